package de.globallokal.bench;

import de.globallokal.core.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * A page visit the way Vaadin's client script makes it, without a browser: the page, the
 * init request (the server creates the UI), then the navigation event (the server builds
 * the view and answers with its components). What is left on the server afterwards is
 * what a real visitor's tab keeps.
 */
record VaadinVisit(int uiId, String securityKey, String pushId, String firstResponse) {

    static VaadinVisit open(HttpClient browser, String base, String route) throws Exception {
        browser.send(HttpRequest.newBuilder(URI.create(base + "/" + route)).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> init = browser.send(HttpRequest
            .newBuilder(URI
                .create(base + "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200) {
            throw new IllegalStateException("no UI was created: " + init.statusCode());
        }
        JsonNode config = Json.tolerant().readTree(init.body()).path("appConfig");
        int uiId = config.path("v-uiId").asInt();
        String key = config.at("/uidl/Vaadin-Security-Key").asString();
        String pushId = config.at("/uidl/Vaadin-Push-ID").asString();
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"",
                 "appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}""".formatted(key,
                route);
        HttpResponse<String> view = browser.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(navigate))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200 || !view.body().contains("main-content")) {
            throw new IllegalStateException("the view /" + route + " was not built: " + view.statusCode());
        }
        return new VaadinVisit(uiId, key, pushId, view.body());
    }
}
