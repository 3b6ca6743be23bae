package cn.jixiao.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jixiao.infra.digest.Sha256;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TestDistrict;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The open data files of the running platform: rendered at publication, served with ETag and 304,
 * gone after a withdrawal; the JSON's identifiers carried across two published years by the diff's
 * matching; the CSV for Excel; the year's zip a Frictionless Data Package with the district's licence.
 */
class OpenDataTest extends DistrictUsersTest {

    @Autowired
    OpenDataLicences licences;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void publishedFilesAreServedAsStoredWithEtagAnd304AndWithdrawalRemovesThem() throws Exception {
        String base = "/public/" + district.slug() + "/2025";
        assertThat(get(base + "/202/data.json").statusCode()).as("a draft has no open data").isEqualTo(404);
        publish("202", 2025);

        var json = get(base + "/202/data.json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=60", "public");
        String etag = json.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + Sha256.hex(json.body()) + "\"");

        var again = http.send(HttpRequest.newBuilder(uri(base + "/202/data.json")).header("If-None-Match", etag).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        var stale = http.send(HttpRequest.newBuilder(uri(base + "/202/data.json")).header("If-None-Match", "\"other\"").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(stale.statusCode()).isEqualTo(200);

        var csv = get(base + "/202/indicators.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(get(base + "/opendata.zip").statusCode()).isEqualTo(200);
        assertThat(text(get("/public/" + district.slug() + "/opendata"))).contains("2025 年度", "督查室", "data.json",
                "indicators.csv", "opendata.zip", "CC BY 4.0");
        assertThat(text(get("/public/" + district.slug() + "/opendata"))).as("in the portal's header, with its search")
                .contains("class=\"portal-header\"", "id=\"portal-q\"", "action=\"/public/" + district.slug() + "/search\"",
                        "<li aria-current=\"page\">开放数据</li>");

        move("202", 2025, "DRAFT");
        assertThat(get(base + "/202/data.json").statusCode()).as("withdrawn").isEqualTo(404);
        assertThat(get(base + "/202/indicators.csv").statusCode()).isEqualTo(404);
        assertThat(get(base + "/opendata.zip").statusCode()).as("no department left in the year").isEqualTo(404);
        assertThat(text(get("/public/" + district.slug() + "/opendata"))).contains("暂无已公开的开放数据").doesNotContain("督查室");
        assertThat(get("/public/no-such-district/2025/202/data.json").statusCode()).isEqualTo(404);
    }

    @Test
    void theCsvHasABomForExcelAndQuotesAsRfc4180() throws Exception {
        var read = api.get(TestDistrict.DISCLOSURE, district.admin());
        ObjectNode input = TestDistrict.input(Api.json(read.body()));
        ObjectNode row = (ObjectNode) input.get("projects").get(0).get("indicators").get(0);
        row.put("description", "含逗号,和\"引号\"的描述\n第二行");
        assertThat(api.send("PUT", TestDistrict.DISCLOSURE, district.admin(), input.toString()).statusCode()).isEqualTo(200);
        publish("202", 2025);

        byte[] bytes = get("/public/" + district.slug() + "/2025/202/indicators.csv").body();
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = parseCsv(text);
        assertThat(rows.get(0)).isEqualTo(IndicatorTable.header());
        assertThat(rows.get(1)).contains("含逗号,和\"引号\"的描述\n第二行", "2025", "202");
        assertThat(text).contains("\"含逗号,和\"\"引号\"\"的描述\n第二行\"").contains("\r\n");
        JsonNode json = Api.json(new String(get("/public/" + district.slug() + "/2025/202/data.json").body(), StandardCharsets.UTF_8));
        int indicators = 0;
        for (JsonNode p : json.get("projects")) {
            indicators += p.get("indicators").size();
        }
        assertThat(rows).hasSize(indicators + 1);
        rows.subList(1, rows.size()).forEach(r -> assertThat(r).hasSize(IndicatorTable.COLUMNS.size()));
    }

    @Test
    void idsStayAcrossTwoPublishedYearsWhenTheDiffMatchesARenamedProject() throws Exception {
        publish("202", 2025);
        JsonNode y2025 = json(2025);
        assertThat(y2025.get("schema").asString()).isEqualTo(OpenDataDocument.SCHEMA);
        assertThat(y2025.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(y2025.get("department").get("code").asString()).isEqualTo("202");
        JsonNode p0 = y2025.get("projects").get(0);
        assertThat(p0.get("budget").get("total").isString()).as("money as a decimal string").isTrue();
        assertThat(p0.get("indicators").get(0).get("id").asString()).hasSize(36);
        assertThat(p0.get("unitId").asString()).isEqualTo(y2025.get("units").get(0).get("id").asString());

        assertThat(api.send("POST", "/api/v1/disclosures/202/2025/roll-forward", district.admin(), null).statusCode()).isEqualTo(201);
        JsonNode read = Api.json(api.get("/api/v1/disclosures/202/2026", district.admin()).body());
        ObjectNode input = TestDistrict.input(read);
        ArrayNode projects = (ArrayNode) input.get("projects");
        String renamed = "督查车辆租赁经费";
        String code2026 = "13020226P008969100011";
        ((ObjectNode) projects.get(0)).put("name", renamed).put("code", code2026); // renamed slightly, the code's year moved on
        ArrayNode rows = (ArrayNode) projects.get(0).get("indicators");
        ObjectNode added = (ObjectNode) rows.get(1).deepCopy();
        added.put("level3", "新增的三级指标").put("description", "新增指标的描述");
        rows.add(added);                                                     // a row added at the end
        ((ObjectNode) rows.get(1)).put("description", rows.get(1).get("description").asString() + "（有调整）"); // a row changed
        var saved = api.send("PUT", "/api/v1/disclosures/202/2026", district.admin(), input.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        publish("202", 2026);
        JsonNode y2026 = json(2026);

        JsonNode q0 = y2026.get("projects").get(0);
        assertThat(q0.get("name").asString()).isEqualTo(renamed);
        assertThat(p0.get("code").asString()).isEqualTo("13020225P008969100011");
        assertThat(q0.get("code").asString()).isEqualTo(code2026);
        assertThat(q0.get("id").asString()).isEqualTo(p0.get("id").asString());
        List<String> before = ids(p0.get("indicators"));
        List<String> after = ids(q0.get("indicators"));
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.subList(0, before.size())).as("matched rows, the changed one too, keep their ids").isEqualTo(before);
        assertThat(before).doesNotContain(after.get(before.size()));
        for (int i = 1; i < y2026.get("projects").size(); i++) {
            assertThat(y2026.get("projects").get(i).get("id").asString()).isEqualTo(y2025.get("projects").get(i).get("id").asString());
        }
        assertThat(y2026.get("units").get(0).get("id")).isEqualTo(y2025.get("units").get(0).get("id"));

        // withdrawn and published again, the year keeps its ids
        move("202", 2026, "DRAFT");
        publish("202", 2026);
        assertThat(ids(json(2026).get("projects"))).isEqualTo(ids(y2026.get("projects")));
    }

    @Test
    void theYearZipIsADataPackageWithTheDistrictsLicence() throws Exception {
        publish("202", 2025);
        Map<String, byte[]> zip = unzip(get("/public/" + district.slug() + "/2025/opendata.zip").body());
        assertThat(zip.keySet()).containsExactly("datapackage.json", "202/data.json", "202/indicators.csv");
        JsonNode pkg = Api.json(new String(zip.get("datapackage.json"), StandardCharsets.UTF_8));
        assertThat(pkg.get("name").asString()).matches("^[a-z0-9._-]+$");
        assertThat(pkg.get("licenses").get(0).get("name").asString()).isEqualTo("CC-BY-4.0");
        assertThat(pkg.get("licenses").get(0).get("path").asString()).startsWith("https://creativecommons.org/");
        assertThat(pkg.get("resources")).hasSize(2);
        for (JsonNode r : pkg.get("resources")) {
            String path = r.get("path").asString();
            assertThat(zip).containsKey(path);
            assertThat(r.get("name").asString()).matches("^[a-z0-9._-]+$");
            assertThat(r.get("encoding").asString()).isEqualTo("utf-8");
            assertThat(r.get("bytes").asInt()).isEqualTo(zip.get(path).length);
            assertThat(r.get("hash").asString()).isEqualTo("sha256:" + Sha256.hex(zip.get(path)));
            assertThat(r.get("format").asString()).isIn("csv", "json");
            assertThat(r.get("mediatype").asString()).isIn("text/csv", "application/json");
        }
        JsonNode csv = pkg.get("resources").get(1);
        assertThat(csv.get("profile").asString()).isEqualTo("tabular-data-resource");
        List<String> names = new ArrayList<>();
        for (JsonNode f : csv.get("schema").get("fields")) {
            names.add(f.get("name").asString());
            assertThat(f.get("type").asString()).isIn("string", "integer", "number");
        }
        assertThat(names).isEqualTo(IndicatorTable.header());
        assertThat(zip.get("202/data.json")).isEqualTo(get("/public/" + district.slug() + "/2025/202/data.json").body());

        // the district's own licence goes into the package and onto the page
        CurrentTenant.callAs(new TenantId(district.id()), "admin", () -> {
            licences.replace(new Licence("CC0-1.0", "知识共享 CC0 1.0 公有领域贡献", "https://creativecommons.org/publicdomain/zero/1.0/deed.zh-hans",
                    "本区县放弃对这些数据的全部权利。"));
            return null;
        });
        JsonNode after = Api.json(new String(unzip(get("/public/" + district.slug() + "/2025/opendata.zip").body())
                .get("datapackage.json"), StandardCharsets.UTF_8));
        assertThat(after.get("licenses").get(0).get("name").asString()).isEqualTo("CC0-1.0");
        assertThat(text(get("/public/" + district.slug() + "/opendata"))).contains("本区县放弃对这些数据的全部权利。", "CC0-1.0");
    }

    private JsonNode json(int year) throws Exception {
        var response = get("/public/" + district.slug() + "/" + year + "/202/data.json");
        assertThat(response.statusCode()).isEqualTo(200);
        return Api.json(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    private void publish(String dept, int year) {
        for (String to : new String[] {"SUBMITTED", "APPROVED", "PUBLISHED"}) {
            move(dept, year, to);
        }
    }

    private void move(String dept, int year, String to) {
        var r = api.send("POST", "/api/v1/disclosures/" + dept + "/" + year + "/status", district.admin(), "{\"to\":\"" + to + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** A small RFC 4180 reader, independent of the writer under test. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
