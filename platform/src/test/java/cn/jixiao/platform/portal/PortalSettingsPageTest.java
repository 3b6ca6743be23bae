package cn.jixiao.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TestDistrict;
import cn.jixiao.platform.testing.TestUsers;

/**
 * The admin's portal settings page: the widget's framing origins (refused lines kept as typed) and
 * the static export, which opens from disk with every link working.
 */
class PortalSettingsPageTest extends DistrictUsersTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");

    @Test
    void theAdminListsFramingOriginsAndBadLinesComeBackAsTyped() {
        TestUsers.create(district.id(), "chief", "TENANT_ADMIN", "chief-password-1");
        Browser admin = new Browser(port);
        admin.login(district.slug(), "chief", "chief-password-1");
        var page = admin.get("/app/settings/portal");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("公开网站设置", "/public/" + district.slug() + "/widget", "export.zip");

        String typed = "https://www.lunan.gov.cn\nhttp://plain.example.org";
        var refused = admin.submit(page, "/app/settings/portal", Map.of("origins", typed));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("“http://plain.example.org”不是网站来源", "https://www.lunan.gov.cn\nhttp://plain.example.org");

        var saved = admin.submit(refused, "/app/settings/portal", Map.of("origins", "https://www.lunan.gov.cn\n"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.follow(saved).body()).contains("1 个网站可以嵌入", "https://www.lunan.gov.cn</textarea>");
    }

    @Test
    void theStaticExportOpensFromDiskWithEveryLinkWorking() throws IOException {
        for (String to : new String[] {"SUBMITTED", "APPROVED", "PUBLISHED"}) {
            assertThat(api.send("POST", TestDistrict.DISCLOSURE + "/status", district.admin(), "{\"to\":\"" + to + "\"}").statusCode())
                    .isEqualTo(200);
        }
        TestUsers.create(district.id(), "chief", "TENANT_ADMIN", "chief-password-1");
        Browser admin = new Browser(port);
        admin.login(district.slug(), "chief", "chief-password-1");
        var zip = admin.download("/app/settings/portal/export.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        Path root = unzip(zip.body());

        assertThat(root.resolve("index.html")).exists();
        assertThat(Files.readAllBytes(root.resolve("2025/202.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(Files.readAllBytes(root.resolve("2025/202.docx"))).startsWith(new byte[] {'P', 'K'});
        assertThat(Files.readAllBytes(root.resolve("2025/volume.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        List<String> checked = new ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(html);
                assertThat(text).as(html.toString()).doesNotContain("/public/").doesNotContain("<form");
                Matcher m = LINK.matcher(text);
                while (m.find()) {
                    String target = m.group(1);
                    if (target.startsWith("#") || target.startsWith("data:")) {
                        continue;
                    }
                    assertThat(target).as("a relative link in %s", html).doesNotContain("://").doesNotStartWith("/");
                    String file = java.net.URLDecoder.decode(target.replaceAll("#.*$", ""), StandardCharsets.UTF_8);
                    assertThat(html.getParent().resolve(file).normalize()).as("%s → %s", html, target).isRegularFile();
                    checked.add(target);
                }
            }
        }
        assertThat(checked).as("links walked").contains("2025/index.html", "../index.html", "../2025/202.html", "../2025/202.pdf", "../2025/volume.docx");
    }

    private static Path unzip(byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("portal-export-");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = dir.resolve(e.getName()).normalize();
                assertThat(target).startsWithRaw(dir);
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        return dir;
    }
}
