package de.globallokal.support.web;

import de.globallokal.support.outbox.VersionConflictException;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns bad input into 400 problem details that name every bad field, whether the JSON
 * could not be read at all (unknown field, wrong type) or failed validation.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult()
            .getFieldErrors()
            .stream()
            .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(describe(ex.getCause()))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations()
            .stream()
            .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
        return ResponseEntity.badRequest().body(Problems.invalid(errors));
    }

    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ProblemDetail> versionConflict(VersionConflictException ex) {
        if (ex.currentVersion() == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "It does not exist (any more)."));
        }
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "Someone changed it in the meantime; reload version " + ex.currentVersion()
                        + " and apply your change again.");
        problem.setProperty("currentVersion", ex.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
            .eTag(String.valueOf(ex.currentVersion()))
            .body(problem);
    }

    @ExceptionHandler(IfMatchRequiredException.class)
    ResponseEntity<ProblemDetail> ifMatchRequired(IfMatchRequiredException ex) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED)
            .body(Problems.of(HttpStatus.PRECONDITION_REQUIRED, "if-match-required",
                    "Send the version you changed in an If-Match header, e.g. If-Match: \"3\"."));
    }

    @ExceptionHandler(UnknownReferenceException.class)
    ResponseEntity<ProblemDetail> unknownReference(UnknownReferenceException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference",
                ex.getMessage() + "; nothing was stored.");
        problem.setProperty("errors", ex.errors());
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
            .body(Problems.of(HttpStatus.CONFLICT, "conflict", ex.getMessage()));
    }

    /**
     * A partner's token used on another partnership: said as a problem, like the rest.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
            .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", ex.getMessage() + "; nothing was stored."));
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, ex.retryAfter().toSeconds())))
            .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", ex.getMessage()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex) {
        return ResponseEntity.badRequest().body(Problems.invalid(ex.errors()));
    }

    private static FieldError describe(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), "unknown field");
        }
        if (cause instanceof InvalidFormatException format) {
            return new FieldError(path(format),
                    "cannot read value '" + format.getValue() + "' as " + format.getTargetType().getSimpleName());
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return new FieldError(path(mismatch), "wrong type, expected "
                    + (mismatch.getTargetType() == null ? "another type" : mismatch.getTargetType().getSimpleName()));
        }
        if (cause instanceof DatabindException mapping && !mapping.getPath().isEmpty()) {
            return new FieldError(path(mapping), mapping.getOriginalMessage());
        }
        return new FieldError("", "the body is not valid JSON");
    }

    private static String path(DatabindException ex) {
        return ex.getPath()
            .stream()
            .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    }

}
