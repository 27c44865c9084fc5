package de.globallokal.support.web;

/**
 * One bad field of a request, named by its JSON path such as
 * {@code partner.location.lat}.
 */
public record FieldError(String field, String message) {
}
