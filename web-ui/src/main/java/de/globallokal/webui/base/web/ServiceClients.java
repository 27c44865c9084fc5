package de.globallokal.webui.base.web;

import java.time.Duration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** HTTP clients for the services: short timeouts, so a page never hangs on one. */
public final class ServiceClients {

    private ServiceClients() {
    }

    public static RestClient create(RestClient.Builder builder, String baseUrl) {
        SimpleClientHttpRequestFactory timeouts = new SimpleClientHttpRequestFactory();
        timeouts.setConnectTimeout(Duration.ofSeconds(2));
        timeouts.setReadTimeout(Duration.ofSeconds(10));
        return builder.baseUrl(baseUrl).requestFactory(timeouts).build();
    }

}
