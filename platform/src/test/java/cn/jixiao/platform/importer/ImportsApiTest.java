package cn.jixiao.platform.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestTenants;
import tools.jackson.databind.JsonNode;
import cn.jixiao.templates.testing.SeedDocument;

/**
 * A new district onboards: it uploads the seed as a Word file made by another program, reviews the
 * report, accepts the draft and has the same disclosure the demo district has. Broken and hostile
 * uploads are refused with a clear message and nothing stored; a zip of many files is read in the
 * background, one refused file not stopping the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportsApiTest {

    private static final String DEPT = "中共唐山市路南区委唐山市路南区人民政府督查室";

    @LocalServerPort
    int port;

    Api api;
    String token;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void newDistrict() {
        api = new Api(port);
        String slug = Slugs.unique("onboard");
        TestTenants.create(slug, "onboard-secret", "disclosures.read", "disclosures.write");
        token = api.token(slug + "-api", "onboard-secret");
    }

    @Test
    void theSeedDocxImportsToTheDemoDistrictsDisclosure() throws Exception {
        var upload = upload("lunan-2025.docx", resource("lunan-2025.docx"), "202");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        JsonNode view = Api.json(upload.body());
        assertThat(view.get("status").asString()).isEqualTo("DONE");
        JsonNode file = view.get("files").get(0);
        assertThat(file.get("status").asString()).isEqualTo("PARSED");
        assertThat(file.get("report").get("provenance").size()).as("where every value came from").isGreaterThan(200);
        assertThat(file.get("layouts").findValuesAsString("name")).as("the layouts it was read as")
                .containsExactly("PART_ONE_PARAGRAPHS", "PROJECT_TABLES");
        assertThat(file.get("layouts").findValuesAsString("label")).contains("项目绩效目标表（目标表与指标表）");
        assertThat(file.get("validation").get("findings").findValuesAsString("ruleId")).contains("indicator.money.outsideCost");
        assertThat(api.get("/api/v1/disclosures/202/2025", token).statusCode()).as("nothing before acceptance").isEqualTo(404);

        var accepted = api.send("POST", "/api/v1/imports/" + view.get("id").asString() + "/files/1/accept", token, null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonNode imported = Api.json(api.get("/api/v1/disclosures/202/2025", token).body());
        JsonNode demo = Api.json(api.get("/api/v1/disclosures/202/2025", api.token("lunan-api", "lunan-demo-secret")).body());
        // the .docx was made from HTML by another program, which collapsed runs of spaces: compare without them
        assertThat(withoutSpaceRuns(imported.get("projects"))).isEqualTo(withoutSpaceRuns(demo.get("projects")));
        assertThat(withoutSpaceRuns(imported.get("goals"))).isEqualTo(withoutSpaceRuns(demo.get("goals")));
        assertThat(imported.get("department")).isEqualTo(demo.get("department"));
        assertThat(imported.get("revision").get("note").asString()).contains("lunan-2025.docx");

        var again = api.send("POST", "/api/v1/imports/" + view.get("id").asString() + "/files/1/accept", token, null);
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void brokenAndHostileUploadsAreRefusedClearlyAndNothingIsStored() throws Exception {
        byte[] docx = resource("lunan-2025.docx");
        assertRefused(upload("notes.txt", "这只是一段普通的文字，没有任何表格。".getBytes(StandardCharsets.UTF_8), "202"), 422);
        assertRefused(upload("old.doc", legacyWordFile(), "202"), 415);
        assertRefused(upload("cut.docx", Arrays.copyOf(docx, docx.length / 2), "202"), 400);
        assertRefused(upload("picture.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0, 1, 2, 3}, "202"), 415);
        var empty = upload("empty.docx", new byte[0], "202");
        assertRefused(empty, 422);
        assertThat(Api.json(empty.body()).get("reason").asString()).isEqualTo("EMPTY_DOCUMENT");
        assertThat(api.get("/api/v1/disclosures/202/2025", token).statusCode()).isEqualTo(404);
    }

    @Test
    void aFileOverTheConfiguredUploadLimitIsRefusedNamingTheLimit() throws Exception {
        var upload = upload("huge.docx", new byte[20 * 1024 * 1024 + 1], "202"); // spring.servlet.multipart.max-file-size: 20MB
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(413);
        JsonNode problem = Api.json(upload.body());
        assertThat(problem.get("title").asString()).isEqualTo("文件过大");
        assertThat(problem.get("detail").asString()).isEqualTo("上传的文件超过了允许的大小（20 MB），未保存任何内容");
    }

    @Test
    void aZipOfManyFilesIsReadInTheBackgroundAndOneBadFileDoesNotStopTheOthers() throws Exception {
        byte[] zip = zip("lunan-2025.docx", resource("lunan-2025.docx"), "seed.txt", SeedDocument.bytes(),
                "broken.docx", "PK not really".getBytes(StandardCharsets.US_ASCII));
        var upload = upload("district.zip", zip, "202");
        assertThat(upload.statusCode()).as(upload.body()).isIn(201, 202);
        String id = Api.json(upload.body()).get("id").asString();

        JsonNode view = awaitDone(id);
        assertThat(view.get("total").asInt()).isEqualTo(3);
        java.util.List<String> names = new java.util.ArrayList<>();
        java.util.List<String> statuses = new java.util.ArrayList<>();
        view.get("files").forEach(f -> {
            names.add(f.get("fileName").asString());
            statuses.add(f.get("status").asString());
        });
        assertThat(names).containsExactly("broken.docx", "lunan-2025.docx", "seed.txt");
        assertThat(statuses).containsExactly("REJECTED", "PARSED", "PARSED");
        assertThat(view.get("files").get(0).get("error").asString()).isNotBlank();
    }

    @Test
    void acceptNeverMovesAUnitOfAnotherDepartment() throws Exception {
        String first = Api.json(upload("lunan-2025.docx", resource("lunan-2025.docx"), "202").body()).get("id").asString();
        assertThat(api.send("POST", "/api/v1/imports/" + first + "/files/1/accept", token, null).statusCode()).isEqualTo(201);

        var upload = upload("again.docx", resource("lunan-2025.docx"), "999", "新设部门");
        String second = Api.json(upload.body()).get("id").asString();
        var accepted = api.send("POST", "/api/v1/imports/" + second + "/files/1/accept", token, null);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(409);
        assertThat(Api.json(accepted.body()).get("detail").asString()).contains("单位 202001", "属于部门 202（" + DEPT + "）");
        assertThat(api.get("/api/v1/disclosures/999/2025", token).statusCode()).as("nothing stored").isEqualTo(404);
        JsonNode owner = Api.json(api.get("/api/v1/disclosures/202/2025", token).body());
        assertThat(owner.get("department").get("units").findValuesAsString("code")).containsExactly("202001", "202003");
    }

    @Test
    void aFileWithoutUnitCodesIsAcceptedWithTheUnitsThePersonChooses() throws Exception {
        String text = SeedDocument.text()
                .replace("\t202001", "\t").replace("\t202003", "\t");
        var upload = upload("no-codes.txt", text.getBytes(StandardCharsets.UTF_8), "202");
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String id = Api.json(upload.body()).get("id").asString();
        assertThat(api.send("POST", "/api/v1/imports/" + id + "/files/1/accept", token, null).statusCode())
                .as("no unit chosen: refused").isEqualTo(422);

        String chosen = """
                {"projects": [{"unitCode": "202001", "unitName": "督查室本级"}, {"unitCode": "202001"}, {"unitCode": "202001"},
                              {"unitCode": "202003", "unitName": "便民服务中心"}]}""";
        var accepted = api.send("POST", "/api/v1/imports/" + id + "/files/1/accept", token, chosen);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        JsonNode stored = Api.json(api.get("/api/v1/disclosures/202/2025", token).body());
        assertThat(stored.get("projects").findValuesAsString("unitCode")).containsExactly("202001", "202001", "202001", "202003");
        assertThat(stored.get("department").get("units").findValuesAsString("name")).containsExactly("督查室本级", "便民服务中心");
    }

    private static String withoutSpaceRuns(JsonNode node) {
        return node.toString().replaceAll(" +\"", "\"").replaceAll(" {2,}", " ");
    }

    /** A Word 97-2003 file: an OLE2 compound document with a WordDocument stream. */
    private static byte[] legacyWordFile() throws IOException {
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private JsonNode awaitDone(String id) {
        return await("import finished").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(300))
                .until(() -> Api.json(api.get("/api/v1/imports/" + id, token).body()), view -> view.get("status").asString().equals("DONE"));
    }

    private static void assertRefused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode problem = Api.json(response.body());
        assertThat(problem.get("detail").asString()).as("a Chinese message").matches(".*[\\u4e00-\\u9fa5].*");
        assertThat(problem.get("reason").asString()).isNotBlank();
    }

    private HttpResponse<String> upload(String fileName, byte[] content, String deptCode) throws Exception {
        return upload(fileName, content, deptCode, DEPT);
    }

    private HttpResponse<String> upload(String fileName, byte[] content, String deptCode, String deptName) throws Exception {
        String boundary = "----jixiao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "fiscalYear", null, "2025".getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "deptCode", null, deptCode.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "deptName", null, deptName.getBytes(StandardCharsets.UTF_8));
        part(body, boundary, "file", fileName, content);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String fileName, byte[] content) throws IOException {
        String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
        out.write(header.getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportsApiTest.class.getResourceAsStream("/imports/" + name)) {
            return in.readAllBytes();
        }
    }
}
