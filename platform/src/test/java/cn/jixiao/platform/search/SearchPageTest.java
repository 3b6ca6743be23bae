package cn.jixiao.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TestDistrict;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public search of the running platform: by project name, code, indicator text and department,
 * Chinese words of one and two characters, only what is published, never another district's, and
 * refusals in Chinese that keep what was typed.
 */
class SearchPageTest extends DistrictUsersTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void findsProjectsByNameCodeIndicatorTextAndDepartment() throws Exception {
        String department = Api.json(api.get(TestDistrict.DISCLOSURE, district.admin()).body()).get("department").get("name").asString();
        publish(district);
        String project = "/public/" + district.slug() + "/2025/202#project-13020225P008969100011";

        var byName = search(district, "车辆租用");
        assertThat(byName.statusCode()).isEqualTo(200);
        assertThat(byName.body()).contains("共 1 项", "href=\"" + project + "\"", "<mark>车辆租用</mark>", "2025 年度", department);
        assertThat(byName.body()).as("the portal's header and footer, without a second search form")
                .contains("class=\"portal-header\"", "href=\"/public/" + district.slug() + "\"", "class=\"portal-footer\"",
                        "href=\"/public/" + district.slug() + "/opendata\"", "<li aria-current=\"page\">搜索</li>")
                .doesNotContain("id=\"portal-q\"");
        assertThat(byName.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self'", "default-src 'none'").doesNotContain("script-src");

        assertThat(search(district, "p008969100011").body()).as("code, any case").contains(project, "<span>项目编码：</span>", "<mark>P008969100011</mark>");
        assertThat(search(district, "用车完成率").body()).as("三级指标").contains(project, "<span>三级指标：</span>", "<mark>用车完成率</mark>");
        assertThat(search(district, "按实际工作需求").body()).as("指标值").contains(project, "<span>指标值：</span>");
        assertThat(search(district, department).body()).as("department name")
                .contains("href=\"/public/" + district.slug() + "/2025/202\"", "<span>部门：</span><mark>" + department + "</mark>");
    }

    @Test
    void chineseWordsOfTwoCharactersAndOneCharacterAreFound() throws Exception {
        publish(district);
        var two = search(district, "招商");
        assertThat(two.body()).contains("招商引资专项业务费", "<mark>招商</mark>").doesNotContain("共 0 项");
        var one = search(district, "商");
        assertThat(one.body()).contains("招商引资专项业务费", "<mark>商</mark>");
        // bigrams of the query are all there, but not in this order: the text check keeps it out
        assertThat(search(district, "费经").body()).contains("共 0 项");
    }

    @Test
    void aWithdrawnDisclosureIsNotFoundAndNeitherIsADraft() throws Exception {
        assertThat(search(district, "车辆").body()).as("a draft").contains("共 0 项");
        publish(district);
        assertThat(search(district, "车辆").body()).contains("督查车辆租用经费");
        move(district, "DRAFT");
        assertThat(search(district, "车辆").body()).contains("共 0 项").doesNotContain("督查车辆租用经费");
    }

    @Test
    void anotherDistrictsPublishedDataNeverAppears() throws Exception {
        TestDistrict other = newDistrict("othersearch");
        var read = api.get(TestDistrict.DISCLOSURE, other.admin());
        ObjectNode input = TestDistrict.input(Api.json(read.body()));
        ((ObjectNode) input.get("projects").get(0)).put("name", "只在另一区县的甲乙项目");
        assertThat(api.send("PUT", TestDistrict.DISCLOSURE, other.admin(), input.toString()).statusCode()).isEqualTo(200);
        publish(other);
        publish(district);

        assertThat(search(other, "甲乙").body()).contains("只在另一区县的甲乙项目", "共 1 项");
        assertThat(search(district, "甲乙").body()).contains("共 0 项").doesNotContain("只在另一区县");
        var shared = search(district, "经费").body();
        assertThat(shared).contains("/public/" + district.slug() + "/").doesNotContain("/public/" + other.slug() + "/2025");
    }

    @Test
    void refusalsAreInChineseAndKeepWhatWasTypedAndWildcardsAreText() throws Exception {
        publish(district);
        var empty = search(district, "   ");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("请输入要搜索的内容", "role=\"alert\"");
        var tooShort = search(district, "%");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("搜索内容太短", "value=\"%\"");
        assertThat(search(district, "x".repeat(51)).body()).contains("最多 50 个字");

        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/" + district.slug() + "/search")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as("no query yet: the form, no refusal").isEqualTo(200);
        assertThat(page.body()).contains("<label for=\"q\">").doesNotContain("role=\"alert\"");

        for (String wild : new String[] {"%%", "__", "车_", "%车", "' or 1=1 --", "\\车"}) {
            var r = search(district, wild);
            assertThat(r.statusCode()).as(wild).isEqualTo(200);
            assertThat(r.body()).as(wild).contains("共 0 项");
        }
        assertThat(search(district, "<script>").body()).contains("value=\"&lt;script&gt;\"").doesNotContain("<script>");
        assertThat(search(district, "车辆").body()).contains("督查车辆租用经费");
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/no-such-district/search?q=x1"))
                .GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> search(TestDistrict d, String q) throws Exception {
        URI uri = URI.create("http://localhost:" + port + "/public/" + d.slug() + "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void publish(TestDistrict d) {
        for (String to : new String[] {"SUBMITTED", "APPROVED", "PUBLISHED"}) {
            move(d, to);
        }
    }

    private void move(TestDistrict d, String to) {
        var r = api.send("POST", TestDistrict.DISCLOSURE + "/status", d.admin(), "{\"to\":\"" + to + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
}
