package de.globallokal.testkit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Headers of an API call as a staff script sends them: JSON, a bearer token, optionally
 * If-Match.
 */
public final class ApiHeaders {

    private ApiHeaders() {
    }

    public static HttpHeaders json(String token) {
        return json(token, null);
    }

    public static HttpHeaders json(String token, String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return headers;
    }

}
