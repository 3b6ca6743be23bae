package cn.jixiao.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import cn.jixiao.infra.digest.Sha256;
import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Sql;
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
 * The public portal: pages rendered at publication into portal_page and served from those bytes
 * (ETag, 304, Cache-Control); only published disclosures, only their published revision; 404 for
 * anything else; withdrawal removes them; taken down by operators, kept up for a suspended district.
 */
class PortalPagesTest extends DistrictUsersTest {

    @Autowired
    DisclosureQueries queries;

    @Autowired
    Documents documents;

    @Autowired
    PortalTenants tenants;

    @Autowired
    PortalCache cache;

    @Autowired
    PortalSettings settings;

    @Autowired
    cn.jixiao.platform.instance.PlatformInstance instance;

    @Autowired
    PortalVersion version;

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
        assertThat(body(listing)).contains("lang=\"zh-CN\"", "2025 年度", "/public/" + district.slug() + "/2025",
                "href=\"/public/" + district.slug() + "/opendata\"");
        var year = get(index + "/2025");
        assertThat(year.statusCode()).isEqualTo(200);
        assertThat(body(year)).contains("督查室", "/public/" + district.slug() + "/2025/202", "/2025/volume.pdf", "scope=\"row\"");

        var shown = get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(body(shown)).contains("督查车辆租用经费", "第一部分", ".docx", ".pdf", "id=\"project-",
                "/2025/202/data.json", "/2025/202/indicators.csv", "action=\"/public/" + district.slug() + "/search\"");
        // the bytes served are the stored ones, rendered at publication, with their SHA-256 as strong ETag
        List<List<Object>> stored = Db.asTenant(district.id(), "select body, etag from portal_page where path = '2025/202'");
        assertThat(stored).hasSize(1);
        assertThat(shown.body()).isEqualTo((byte[]) stored.get(0).get(0));
        assertThat(shown.headers().firstValue("ETag")).hasValue("\"" + Sha256.hex(shown.body()) + "\"")
                .hasValue((String) stored.get(0).get(1));
        assertThat(shown.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60", "public");
        assertThat(shown.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        var again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                .header("If-None-Match", shown.headers().firstValue("ETag").orElseThrow()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // no script may run on a published page; its inline stylesheet may apply
        assertThat(shown.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "style-src 'unsafe-inline'", "frame-ancestors 'none'")
                .doesNotContain("script-src");
        assertThat(shown.headers().firstValue("X-Frame-Options")).hasValue("DENY");

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
        assertThat(Db.asTenant(district.id(), "select path from portal_page where path like '2025/202%'")).isEmpty();
        assertThat(body(get("/public/" + district.slug() + "/sitemap.xml"))).doesNotContain("/2025/202");
        assertThat(body(get("/public/" + district.slug() + "/2025"))).doesNotContain("督查室");
        var read = api.get(TestDistrict.DISCLOSURE, district.admin());
        ObjectNode input = TestDistrict.input(Api.json(read.body()));
        ((ObjectNode) input.get("projects").get(0)).put("name", "尚未公开的草稿名称");
        assertThat(api.send("PUT", TestDistrict.DISCLOSURE, district.admin(), input.toString()).statusCode()).isEqualTo(200);
        assertThat(body(get(page))).doesNotContain("尚未公开的草稿名称");

        publish();
        assertThat(body(get(page))).contains("尚未公开的草稿名称");
    }

    @Test
    void withdrawingTheLastDepartmentOfAYearTakesTheYearPageAway() throws Exception {
        publish();
        String root = "/public/" + district.slug();
        assertThat(get(root + "/2025").statusCode()).isEqualTo(200);
        assertThat(body(get(root))).contains(root + "/2025\"");

        assertThat(move("DRAFT").statusCode()).isEqualTo(200);
        var year = get(root + "/2025");
        assertThat(year.statusCode()).as("no stored empty year page").isEqualTo(404);
        assertThat(body(year)).doesNotContain("暂无");
        assertThat(Db.asTenant(district.id(), "select path from portal_page where path = '2025' or path like '2025/%'")).isEmpty();
        var home = get(root);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(body(home)).contains("暂无已公开").doesNotContain(root + "/2025", "2025 年度");
        assertThat(body(get(root + "/sitemap.xml"))).doesNotContain(root + "/2025");
        assertThat(body(get(root + "/feed.atom"))).as("the feed still records the withdrawal")
                .contains("term=\"WITHDRAWN\"", "term=\"PUBLISHED\"", root + "/2025/202");

        publish();
        assertThat(get(root + "/2025").statusCode()).as("published again").isEqualTo(200);
    }

    @Test
    void operatorsTakePagesDownASuspendedDistrictKeepsThem() throws Exception {
        publish();
        String page = "/public/" + district.slug() + "/2025/202";
        TestTenants.suspend(district.id());
        assertThat(get(page).statusCode()).as("suspended: still public").isEqualTo(200);
        TestTenants.publicPages(district.id(), false);
        tenants.forget(); // other than in this test, the district's lookup is kept for the pages' cache lifetime
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

    @Test
    void theFeedRecordsPublicationsAndWithdrawalsTheSitemapOnlyWhatIsPublic() throws Exception {
        publish();
        move("DRAFT");
        publish();
        String root = "/public/" + district.slug();
        var feed = get(root + "/feed.atom");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.body()));
        var atom = "http://www.w3.org/2005/Atom";
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(atom);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
        var entries = doc.getElementsByTagNameNS(atom, "entry");
        assertThat(entries.getLength()).isEqualTo(3);
        List<String> kinds = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (org.w3c.dom.Element) entries.item(i);
            assertThat(entry.getElementsByTagNameNS(atom, "id").item(0).getTextContent()).startsWith("urn:uuid:");
            assertThat(entry.getElementsByTagNameNS(atom, "updated").item(0).getTextContent()).matches("\\d{4}-.*Z");
            assertThat(((org.w3c.dom.Element) entry.getElementsByTagNameNS(atom, "link").item(0)).getAttribute("href"))
                    .endsWith(root + "/2025/202");
            kinds.add(((org.w3c.dom.Element) entry.getElementsByTagNameNS(atom, "category").item(0)).getAttribute("term"));
        }
        assertThat(kinds).as("newest first").containsExactly("PUBLISHED", "WITHDRAWN", "PUBLISHED");
        assertThat(doc.getElementsByTagNameNS(atom, "updated").item(0).getTextContent()).isNotBlank();

        var sitemap = body(get(root + "/sitemap.xml"));
        assertThat(sitemap).contains("http://www.sitemaps.org/schemas/sitemap/0.9", root + "/2025/202</loc>", root + "</loc>");
    }

    @Test
    void aDistrictThatPublishedBeforeThePortalGetsItsPagesOnTheFirstRequest() throws Exception {
        publish();
        Db.asTenant(district.id(), c -> Sql.update(c, "delete from portal_page"));
        cache.evict(new TenantId(district.id()));
        var shown = get("/public/" + district.slug() + "/2025/202");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(body(shown)).contains("督查车辆租用经费");
        assertThat(Db.asTenant(district.id(), "select path from portal_page order by path").stream().map(r -> r.get(0)))
                .contains("", "2025", "2025/202", "2025/202/changes", "feed.atom", "sitemap.xml", "widget");
    }

    @Test
    void pagesAnEarlierBuildDrewAreRenderedAgainOnTheFirstReadCurrentOnesAreNotTouched() throws Exception {
        publish();
        String page = "/public/" + district.slug() + "/2025/202";
        TenantId tenant = new TenantId(district.id());
        assertThat(version.value()).matches("[0-9a-f]{64}");
        assertThat(Db.asTenant(district.id(), "select distinct renderer_version from portal_page"))
                .containsExactly(List.of(version.value()));
        // as if rendered before this instance started, by this build: a read after the start renders nothing
        Db.asTenant(district.id(), c -> Sql.update(c, "update portal_page set rendered_at = rendered_at - interval '1 day'"));
        String rows = "select path, renderer_version, etag, rendered_at::text from portal_page order by path";
        List<List<Object>> current = Db.asTenant(district.id(), rows);
        cache.evict(tenant);
        assertThat(get(page).statusCode()).isEqualTo(200);
        assertThat(get("/public/" + district.slug()).statusCode()).isEqualTo(200);
        assertThat(Db.asTenant(district.id(), rows)).as("current pages untouched").isEqualTo(current);

        // another build drew it, before this instance started: the district's pages are rendered again
        Db.asTenant(district.id(), c -> Sql.update(c, "update portal_page set renderer_version = 'earlier-build', "
                + "body = convert_to('旧版页面', 'UTF8'), etag = '\"old\"' where path = '2025/202'"));
        cache.evict(tenant);
        var shown = get(page);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(body(shown)).contains("督查车辆租用经费").doesNotContain("旧版页面");
        assertThat(shown.headers().firstValue("ETag")).hasValue("\"" + Sha256.hex(shown.body()) + "\"");
        assertThat(Db.asTenant(district.id(), "select path from portal_page where renderer_version <> ? "
                + "or rendered_at < now() - interval '1 hour'", version.value())).as("every page rendered again").isEmpty();
        assertThat(Db.asTenant(district.id(), "select body from portal_page where path = '2025/202'").get(0).get(0))
                .isEqualTo(shown.body());

        // another build rendered it since this instance started (a rolling deploy): left to that build
        Db.asTenant(district.id(), c -> Sql.update(c, "update portal_page set renderer_version = 'other-build', "
                + "body = convert_to('另一版本的页面', 'UTF8'), rendered_at = now() where path = '2025/202'"));
        cache.evict(tenant);
        assertThat(body(get(page))).isEqualTo("另一版本的页面");
    }

    @Test
    void theChangesPageComparesThePublishedRevisionsOfTwoYears() throws Exception {
        publish();
        String root = "/public/" + district.slug();
        assertThat(body(get(root + "/2025/202/changes"))).contains("没有已公开的上一年度");
        CurrentTenant.callAs(new TenantId(district.id()), "test", () -> commands.rollForward("202", 2025));
        String next = "/api/v1/disclosures/202/2026";
        ObjectNode input = TestDistrict.input(Api.json(api.get(next, district.admin()).body()));
        ObjectNode first = (ObjectNode) input.get("projects").get(0);
        first.put("name", "二〇二六年改名的项目");
        assertThat(api.send("PUT", next, district.admin(), input.toString()).statusCode()).isEqualTo(200);
        for (String to : new String[] {"SUBMITTED", "APPROVED", "PUBLISHED"}) {
            assertThat(api.send("POST", next + "/status", district.admin(), "{\"to\":\"" + to + "\"}").statusCode()).isEqualTo(200);
        }
        var changes = get(root + "/2026/202/changes");
        assertThat(changes.statusCode()).isEqualTo(200);
        assertThat(body(changes)).contains("比较 2025 年度与 2026 年度", "有变化的项目 1 个", "二〇二六年改名的项目");
        assertThat(body(get(root + "/2026/202"))).contains("/2026/202/changes");
        assertThat(body(get(root))).contains("2026 年度", "2025 年度");
    }

    @Test
    void onlyTheWidgetMayBeFramedAndOnlyByTheListedOrigins() throws Exception {
        publish();
        String widget = "/public/" + district.slug() + "/widget";
        var refused = get(widget);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(body(refused)).contains("督查室");
        assertThat(refused.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        CurrentTenant.callAs(new TenantId(district.id()), "test", () -> {
            settings.replaceFrameOrigins(List.of("https://www.lunan.gov.cn", "https://cms.example.org:8443"));
            return null;
        });
        var allowed = get(widget);
        assertThat(allowed.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors https://www.lunan.gov.cn https://cms.example.org:8443");
        assertThat(allowed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(get("/public/" + district.slug()).headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
    }

    @Test
    void frameOriginsAreHttpsOriginsOnly() {
        FrameOrigins ok = FrameOrigins.parse(" https://WWW.Lunan.gov.cn \n\nhttps://cms.example.org:8443\nhttps://www.lunan.gov.cn");
        assertThat(ok.valid()).isTrue();
        assertThat(ok.origins()).containsExactly("https://www.lunan.gov.cn", "https://cms.example.org:8443");
        for (String bad : List.of("http://www.lunan.gov.cn", "https://*.gov.cn", "https://a.gov.cn/path", "www.lunan.gov.cn",
                "https://a.gov.cn 'unsafe-inline'", "https://a.gov.cn;script-src")) {
            FrameOrigins parsed = FrameOrigins.parse(bad);
            assertThat(parsed.valid()).as(bad).isFalse();
            assertThat(parsed.errors().get(0)).contains("不是网站来源");
        }
    }

    @Test
    void aStoredPageInMemoryIsAnsweredBeforeTheFilterChainsWithTheSameBytesAndHeaders() throws Exception {
        publish();
        String page = "/public/" + district.slug() + "/2025/202";
        cache.clear(); // room: the suite's other districts may have filled it (see PortalCache.clear)
        var throughChain = get(page); // a miss: the chain and the controller load the stored page into memory
        assertThat(throughChain.statusCode()).isEqualTo(200);

        // the filter itself, with a chain that records whether it was asked
        var filter = new StoredPageFilter(tenants, cache, instance, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        var hit = filtered(filter, page, null);
        assertThat(hit.chainCalled()).as("answered from memory").isFalse();
        assertThat(hit.response().getStatus()).isEqualTo(200);
        assertThat(hit.response().getContentAsByteArray()).isEqualTo(throughChain.body());
        var ignored = java.util.Set.of("date", "x-request-id");
        assertThat(headers(hit.response(), ignored)).as("the published pages' chain and controller headers")
                .isEqualTo(headers(throughChain, ignored));
        assertThat(hit.response().getHeader("X-Request-Id")).isNotBlank();

        var notModified = filtered(filter, page, throughChain.headers().firstValue("ETag").orElseThrow());
        assertThat(notModified.chainCalled()).isFalse();
        assertThat(notModified.response().getStatus()).isEqualTo(304);
        assertThat(notModified.response().getHeader("ETag")).isEqualTo(throughChain.headers().firstValue("ETag").orElseThrow());
        assertThat(notModified.response().getContentAsByteArray()).isEmpty();

        for (String unusual : List.of(page + ";jsessionid=x", "/public/" + district.slug() + "/2025/../2025/202",
                page + "/", "/public/" + district.slug() + "/widget", page + ".pdf")) {
            assertThat(filtered(filter, unusual, null).chainCalled()).as("%s left to the chain", unusual).isTrue();
        }
        // over HTTP the same: the second request (a hit) answers what the first did
        var again = get(page);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(throughChain.body());
        assertThat(headers(again, ignored)).isEqualTo(headers(throughChain, ignored));

        assertThat(move("DRAFT").statusCode()).isEqualTo(200);
        assertThat(filtered(filter, page, null).chainCalled()).as("withdrawn: evicted from memory at commit").isTrue();
        assertThat(get(page).statusCode()).isEqualTo(404);
    }

    private record Filtered(org.springframework.mock.web.MockHttpServletResponse response, boolean chainCalled) {
    }

    private static Filtered filtered(StoredPageFilter filter, String uri, String ifNoneMatch) throws Exception {
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", uri);
        if (ifNoneMatch != null) {
            request.addHeader("If-None-Match", ifNoneMatch);
        }
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        var chain = new org.springframework.mock.web.MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Filtered(response, chain.getRequest() != null);
    }

    private static java.util.Map<String, List<String>> headers(org.springframework.mock.web.MockHttpServletResponse response,
                                                               java.util.Set<String> ignored) {
        var kept = new java.util.TreeMap<String, List<String>>();
        for (String name : response.getHeaderNames()) {
            if (!ignored.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                kept.put(name.toLowerCase(java.util.Locale.ROOT), response.getHeaders(name));
            }
        }
        return kept;
    }

    private static java.util.Map<String, List<String>> headers(HttpResponse<?> response, java.util.Set<String> ignored) {
        var kept = new java.util.TreeMap<String, List<String>>();
        response.headers().map().forEach((name, values) -> {
            if (!ignored.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                kept.put(name.toLowerCase(java.util.Locale.ROOT), values);
            }
        });
        return kept;
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
