package de.globallokal.support.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents our APIs answer with. */
public final class Problems {

    public static final String TYPE_BASE = "urn:globallokal:problem:";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        return problem;
    }

    public static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input",
                "The request has " + errors.size() + " invalid field(s); nothing was stored.");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors);
        return problem;
    }

}
