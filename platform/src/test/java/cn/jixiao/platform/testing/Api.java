package cn.jixiao.platform.testing;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import cn.jixiao.infra.testing.TestHttp;

/** A real HTTP client of the running platform: tokens from its authorization server, calls to its API. */
public final class Api {

    private final TestHttp http;

    public Api(int port) {
        this.http = TestHttp.of(TestHttp.localhost(port));
    }

    /** Client-credentials grant; returns the raw response so tests can check refusals too. */
    public HttpResponse<String> tokenResponse(String clientId, String secret, String scope) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("grant_type", "client_credentials");
        if (scope != null) {
            fields.put("scope", scope);
        }
        return http.send(http.formRequest("/oauth2/token", fields).header("Authorization", TestHttp.basic(clientId, secret)));
    }

    public String token(String clientId, String secret) {
        HttpResponse<String> response = tokenResponse(clientId, secret, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("token request failed: " + response.statusCode() + " " + response.body());
        }
        return json(response.body()).get("access_token").asString();
    }

    public HttpResponse<String> get(String path, String bearer) {
        return http.send(withBearer(http.request(path).GET(), bearer));
    }

    /** A request with a JSON body (PUT, POST); {@code json} may be null for an empty body. */
    public HttpResponse<String> send(String method, String path, String bearer, String json) {
        return http.send(withBearer(http.jsonRequest(method, path, json), bearer));
    }

    public static JsonNode json(String body) {
        return TestHttp.json(body);
    }

    private static HttpRequest.Builder withBearer(HttpRequest.Builder request, String bearer) {
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }
}
