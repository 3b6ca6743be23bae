package cn.jixiao.platform.publicsite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.publish.DocumentFormat;
import cn.jixiao.platform.publish.Documents;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DocxText;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TestDistrict;
import cn.jixiao.platform.testing.TestTenants;
import tools.jackson.databind.node.ObjectNode;

/**
 * The anonymous public pages: only published disclosures, only their published revision; 404 for
 * anything else; taken down by operators, kept up for a suspended district.
 */
class PublicPagesTest extends DistrictUsersTest {

    @Autowired
    DisclosureQueries queries;

    @Autowired
    Documents documents;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aDraftIsNotPublicAPublishedDisclosureIs() throws Exception {
        String index = "/public/" + district.slug();
        String page = index + "/2025/202";
        assertThat(get(index).statusCode()).isEqualTo(200);
        assertThat(body(get(index))).contains("暂无已公开").doesNotContain("督查");
        assertThat(get(page).statusCode()).as("a draft").isEqualTo(404);
        assertThat(get(page + ".docx").statusCode()).isEqualTo(404);

        publish();
        var listing = get(index);
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("text/html"));
        assertThat(body(listing)).contains("lang=\"zh-CN\"", "2025 年度", "督查室", "/public/" + district.slug() + "/2025/202");

        var shown = get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(body(shown)).contains("督查车辆租用经费", "第一部分", ".docx", ".pdf");
        // no script may run on a published page; its inline stylesheet may apply
        assertThat(shown.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'none'")
                .doesNotContain("script-src");

        var docx = get(page + ".docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        assertThat(DocxText.documentXml(docx.body())).contains("督查车辆租用经费");

        assertThat(get(page + ".txt").statusCode()).isEqualTo(404);
        assertThat(get(index + "/2024/202").statusCode()).isEqualTo(404);
        assertThat(get(index + "/20x5/202").statusCode()).isEqualTo(404);
        assertThat(get("/public/no-such-district").statusCode()).isEqualTo(404);
        assertThat(get("/public/NOT_A_SLUG").statusCode()).isEqualTo(404);
    }

    @Test
    void aWithdrawnDisclosureLeavesAndItsNextDraftNeverLeaks() throws Exception {
        publish();
        String page = "/public/" + district.slug() + "/2025/202";
        assertThat(get(page).statusCode()).isEqualTo(200);

        assertThat(move("DRAFT").statusCode()).isEqualTo(200);
        assertThat(get(page).statusCode()).as("withdrawn").isEqualTo(404);
        var read = api.get(TestDistrict.DISCLOSURE, district.admin());
        ObjectNode input = TestDistrict.input(Api.json(read.body()));
        ((ObjectNode) input.get("projects").get(0)).put("name", "尚未公开的草稿名称");
        assertThat(api.send("PUT", TestDistrict.DISCLOSURE, district.admin(), input.toString()).statusCode()).isEqualTo(200);
        assertThat(body(get(page))).doesNotContain("尚未公开的草稿名称");
        assertThat(body(get("/public/" + district.slug()))).doesNotContain("督查室");

        publish();
        assertThat(body(get(page))).contains("尚未公开的草稿名称");
    }

    @Test
    void operatorsTakePagesDownASuspendedDistrictKeepsThem() throws Exception {
        publish();
        String page = "/public/" + district.slug() + "/2025/202";
        TestTenants.suspend(district.id());
        assertThat(get(page).statusCode()).as("suspended: still public").isEqualTo(200);
        TestTenants.publicPages(district.id(), false);
        assertThat(get(page).statusCode()).isEqualTo(404);
        assertThat(get("/public/" + district.slug()).statusCode()).isEqualTo(404);
        assertThat(body(get(page))).doesNotContain("督查");
    }

    @Test
    void thePublicVisitorReadsPublishedMaterialOnlyAndWritesNothing() {
        publish();
        TenantId tenant = new TenantId(district.id());
        PublicVisitor visitor = new PublicVisitor(tenant);
        assertThat(CurrentTenant.runAs(visitor, () -> queries.published("202", 2025))).isPresent();
        assertThat(CurrentTenant.runAs(visitor, () -> documents.published("202", 2025, DocumentFormat.HTML).bytes())).isNotEmpty();
        assertThatThrownBy(() -> CurrentTenant.runAs(visitor, () -> queries.find("202", 2025)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentTenant.runAs(visitor, () -> documents.department("202", 2025, DocumentFormat.HTML)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CurrentTenant.runAs(visitor, () -> commands.rollForward("202", 2025)))
                .isInstanceOf(AccessDeniedException.class);
        // and the readers of published material are not for API tokens either
        assertThatThrownBy(() -> CurrentTenant.callAs(tenant, "test", () -> queries.published("202", 2025)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void publish() {
        for (String to : new String[] {"SUBMITTED", "APPROVED", "PUBLISHED"}) {
            assertThat(move(to).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> move(String to) {
        return api.send("POST", TestDistrict.DISCLOSURE + "/status", district.admin(), "{\"to\":\"" + to + "\"}");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
