package cn.jixiao.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * The cached read of a disclosure's JSON: 304 for a client's current ETag, a new ETag (and JSON) whenever
 * anything in it changes, with or without a new revision, and two districts with identical content never
 * sharing an entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureReadCacheTest {

    private static final String PATH = "/api/v1/disclosures/202/2025";

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DisclosureJsonCache cache;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnchangedDisclosureIsNotModifiedAndAnyChangeGivesNewJson() throws Exception {
        String slug = Slugs.unique("etag");
        UUID tenant = TestTenants.withSeed(commands, slug, "etag-secret", "disclosures.read", "disclosures.write");
        String token = new Api(port).token(slug + "-api", "etag-secret");

        HttpResponse<String> first = get(token, null);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(cache.holds(new DisclosureJsonCache.Key(tenant, etag.replace("\"", "")))).isTrue();

        HttpResponse<String> again = get(token, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(token, null).body()).isEqualTo(first.body());

        // the directory renames the department: no new revision, but the JSON says the new name
        Db.asTenant(tenant, "update department set name = '改名后的督查室' where code = '202' returning name");
        HttpResponse<String> renamed = get(token, etag);
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(renamed.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        JsonNode json = Api.json(renamed.body());
        assertThat(json.get("department").get("name").asString()).isEqualTo("改名后的督查室");
        assertThat(json.get("revision").get("number").asInt()).isEqualTo(1);
    }

    @Test
    void twoDistrictsWithTheSameContentNeverShareAnEntry() throws Exception {
        String slugA = Slugs.unique("cachea");
        String slugB = Slugs.unique("cacheb");
        UUID a = TestTenants.withSeed(commands, slugA, "a-secret", "disclosures.read");
        UUID b = TestTenants.create(slugB, "b-secret", "disclosures.read");
        String tokenA = new Api(port).token(slugA + "-api", "a-secret");
        String tokenB = new Api(port).token(slugB + "-api", "b-secret");

        HttpResponse<String> readA = get(tokenA, null);
        assertThat(readA.statusCode()).isEqualTo(200);
        String etagA = readA.headers().firstValue("ETag").orElseThrow();
        // B has no disclosure: A's cached entry is not found through B, whatever B sends
        assertThat(get(tokenB, null).statusCode()).isEqualTo(404);
        assertThat(get(tokenB, etagA).statusCode()).isEqualTo(404);
        assertThat(cache.holds(new DisclosureJsonCache.Key(b, etagA.replace("\"", "")))).isFalse();

        // now B has the very same content (same revision content hash): its own entry, its own district
        CurrentTenant.callAs(new TenantId(b), "test", () -> commands.create(TestDisclosures.seedWithoutErrors(), Origin.demo(), "seed"));
        HttpResponse<String> readB = get(tokenB, etagA);
        assertThat(readB.statusCode()).as("A's ETag means nothing to B").isEqualTo(200);
        assertThat(Api.json(readB.body()).get("revision").get("contentHash").asString())
                .isEqualTo(Api.json(readA.body()).get("revision").get("contentHash").asString());
        assertThat(Api.json(readB.body()).get("district").get("slug").asString()).isEqualTo(slugB);
        assertThat(Api.json(get(tokenA, null).body()).get("district").get("slug").asString()).isEqualTo(slugA);
        assertThat(cache.holds(new DisclosureJsonCache.Key(a, etagA.replace("\"", "")))).isTrue();
    }

    private HttpResponse<String> get(String token, String ifNoneMatch) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH)).header("Authorization", "Bearer " + token);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
