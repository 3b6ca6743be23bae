package cn.jixiao.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client of a running application, for the apps' own clients (API, console, browser)
 * to build on. Redirects are never followed, so tests see them; {@link #withCookies} keeps a cookie
 * jar as a browser does.
 */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient http;
    private final String base;

    private TestHttp(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        this.http = (cookies == null ? builder : builder.cookieHandler(cookies)).build();
    }

    /** Without cookies, like an API client. */
    public static TestHttp of(String base) {
        return new TestHttp(base, null);
    }

    /** With its own cookie jar, like a browser. */
    public static TestHttp withCookies(String base) {
        return new TestHttp(base, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    public static String localhost(int port) {
        return "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    /** A request to a path of this application, or to a full URL (e.g. a redirect's Location). */
    public HttpRequest.Builder request(String pathOrUrl) {
        return HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl));
    }

    /** A request with a JSON body (PUT, POST); {@code json} may be null for an empty body. */
    public HttpRequest.Builder jsonRequest(String method, String path, String json) {
        return request(path)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
    }

    /** A form POST as a browser sends it. */
    public HttpRequest.Builder formRequest(String pathOrUrl, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request(pathOrUrl)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of a cookie in this client's jar, or null. */
    public String cookie(String name) {
        if (cookies == null) {
            return null;
        }
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** An {@code Authorization} header value for HTTP Basic. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** The CSRF token of the (first) form in a page. */
    public static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token on the page: " + html);
        }
        return m.group(1);
    }
}
