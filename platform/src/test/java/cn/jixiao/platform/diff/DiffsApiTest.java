package cn.jixiao.platform.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestDisclosures;
import cn.jixiao.platform.testing.TestTenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Diffs through the running platform: 2025 rolled forward into 2026 and edited in known ways over
 * the API; the diff between the years, and between 2026's revisions, reports exactly those edits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DiffsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    Api api;
    String token;

    @BeforeEach
    void twoYears() {
        api = new Api(port);
        String slug = Slugs.unique("diff");
        TenantId tenant = new TenantId(TestTenants.create(slug, "diff-secret", "disclosures.read", "disclosures.write"));
        CurrentTenant.callAs(tenant, "test", () -> commands.create(TestDisclosures.seedWithoutErrors(), Origin.demo(), "seed"));
        token = api.token(slug + "-api", "diff-secret");
        assertThat(api.send("POST", "/api/v1/disclosures/202/2025/roll-forward", token, null).statusCode()).isEqualTo(201);

        JsonNode read = Api.json(api.get("/api/v1/disclosures/202/2026", token).body());
        ObjectNode input = ((ObjectNode) read.deepCopy()).retain("goals", "projects");
        input.put("baseRevision", 1);
        ArrayNode projects = (ArrayNode) input.get("projects");
        projects.forEach(p -> p.get("indicators").forEach(i -> ((ObjectNode) i).put("value", i.get("value").get("text").asString())));
        ((ObjectNode) projects.get(0)).put("name", "督查车辆租赁经费");                                 // renamed
        ((ObjectNode) projects.get(1).get("budget")).put("total", new java.math.BigDecimal("15.00"))   // money up
                .put("fiscal", new java.math.BigDecimal("15.00"));
        ((ObjectNode) projects.get(3).get("indicators").get(3)).put("value", "≥95百分比");              // tightened
        projects.remove(2);                                                                              // removed
        var response = api.send("PUT", "/api/v1/disclosures/202/2026", token, input.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void betweenTheYearsExactlyTheEditsAreReported() {
        JsonNode diff = diff("from=2025&to=2026");
        JsonNode summary = diff.get("summary");
        assertThat(summary.get("projectsRemoved").asInt()).isEqualTo(1);
        assertThat(summary.get("projectsAdded").asInt()).isZero();
        assertThat(summary.get("projectsRenamed").asInt()).isEqualTo(1);
        assertThat(summary.get("projectsMoneyChanged").asInt()).isEqualTo(1);
        assertThat(summary.get("targetsTightened").asInt()).isEqualTo(1);
        assertThat(summary.get("targetsLoosened").asInt()).isZero();
        assertThat(summary.get("goalChanges").asInt()).isZero();
        assertThat(diff.get("projects").get("removed").get(0).toString()).contains("招商引资专项业务费");
        assertThat(diff.get("totals").get("total").get("delta").decimalValue()).isEqualByComparingTo("-8.00");
        assertThat(diff.toString()).contains("TIGHTENED", "督查车辆租赁经费", "15.38");
    }

    @Test
    void betweenRevisionsOfOneYearTheSameEditsAreReportedAndAVersionAgainstItselfIsEmpty() {
        JsonNode revisions = diff("from=2026r1&to=2026r2");
        assertThat(revisions.get("summary")).isEqualTo(diff("from=2025&to=2026").get("summary"));
        assertThat(diff("from=2026r2&to=2026").get("summary").get("projectsChanged").asInt()).isZero();
        assertThat(diff("from=2025&to=2025").toString()).doesNotContain("TIGHTENED");

        assertThat(api.get("/api/v1/diffs?dept=202&from=2025&to=2026r9", token).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/diffs?dept=202&from=last-year&to=2026", token).statusCode()).isEqualTo(400);
    }

    @Test
    void aStoredMatchOverrideIsUsedInLaterDiffs() {
        JsonNode before = diff("from=2025&to=2026");
        String removedCode = before.get("projects").get("removed").get(0).get("item").get("code").asString();
        String keptCode = before.get("matches").get(0).get("toCode").asString();
        String keptFromCode = before.get("matches").get(0).get("fromCode").asString();

        // the district says project 1 of 2025 has no successor: it is reported removed, 2026's project 1 added
        var set = api.send("PUT", "/api/v1/diffs/overrides?dept=202&from=2025&to=2026", token,
                "[{\"fromCode\": \"" + keptFromCode + "\"}]");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        JsonNode after = diff("from=2025&to=2026");
        assertThat(after.get("summary").get("projectsRemoved").asInt()).isEqualTo(2);
        assertThat(after.get("summary").get("projectsAdded").asInt()).isEqualTo(1);
        assertThat(after.get("projects").get("added").get(0).get("item").get("code").asString()).isEqualTo(keptCode);
        assertThat(after.toString()).contains(removedCode);

        var invalid = api.send("PUT", "/api/v1/diffs/overrides?dept=202&from=2025&to=2026", token,
                "[{\"fromCode\": \"NO-SUCH-CODE\", \"toCode\": \"" + keptCode + "\"}]");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(diff("from=2025&to=2026").get("summary")).as("a refused decision changes nothing").isEqualTo(after.get("summary"));
    }

    @Test
    void theDistrictSummaryListsTheDepartmentWithItsTotals() {
        var response = api.get("/api/v1/district-diffs?from=2025&to=2026&order=TOTAL_DELTA", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode district = Api.json(response.body());
        assertThat(district.get("departments")).hasSize(1);
        assertThat(district.get("departments").get(0).toString()).contains("202", "CHANGED");
        assertThat(district.get("totals").get("total").get("delta").decimalValue()).isEqualByComparingTo("-8.00");
        assertThat(api.get("/api/v1/district-diffs?from=2025&to=2026&order=NONSENSE", token).statusCode()).isEqualTo(400);
    }

    @Test
    void reviewersReadTheChangesAsAPageAndDistrictsAttachThemAsAWordReport() throws Exception {
        var page = api.get("/api/v1/diffs/report.html?dept=202&from=2025&to=2026", token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("lang=\"zh-CN\"", "<del>用</del>", "<ins>赁</ins>", "招商引资专项业务费", "15.38");

        var district = api.get("/api/v1/district-diffs/report.html?from=2025&to=2026", token);
        assertThat(district.statusCode()).isEqualTo(200);
        assertThat(district.body()).contains("202");

        var docx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/v1/diffs/report.docx?dept=202&from=2025&to=2026"))
                        .header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        String xml = documentXml(docx.body());
        assertThat(xml).contains("督查车辆租", "招商引资专项业务费", "w:strike");
    }

    private static String documentXml(byte[] docx) throws Exception {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private JsonNode diff(String versions) {
        var response = api.get("/api/v1/diffs?dept=202&" + versions, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.json(response.body());
    }
}
