package de.globallokal.webui.events;

import java.time.Duration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The HTTP client for events-service: short timeouts, so a page never hangs on it. */
final class EventsServiceClient {

    private EventsServiceClient() {
    }

    static RestClient create(RestClient.Builder builder, String eventsUrl) {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(10));
        return builder.baseUrl(eventsUrl).requestFactory(timeouts).build();
    }
}
