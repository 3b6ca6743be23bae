package cn.jixiao.platform.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;

/**
 * A district admin sets its documents' cover title, footer and logo in the browser: a bad or too
 * large logo is refused with the reason and the texts kept; the preview serves the logo and a
 * department's document rendered with the settings; a unit editor may not open the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentSettingsPageTest {

    private static final String PAGE = "/app/settings/documents";

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    String slug;
    UUID tenant;

    @BeforeAll
    void district() {
        slug = Slugs.unique("docset");
        tenant = TestTenants.withSeed(commands, slug, "docset-secret");
        TestUsers.create(tenant, "head", "TENANT_ADMIN", "head-password-1");
        TestUsers.create(tenant, "clerk", "UNIT_EDITOR", "clerk-password-1", "202001");
    }

    @Test
    void anAdminSavesTheSettingsAndSeesThemInThePreview() {
        Browser admin = new Browser(port);
        admin.login(slug, "head", "head-password-1");
        var page = admin.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("文档设置", "尚未上传徽标", "href=\"/app/settings/documents\"",
                "href=\"/app/disclosures/202/2025/document.html\"", "href=\"/app/disclosures/202/2025/document.docx\"");
        assertThat(admin.get(PAGE + "/logo.png").statusCode()).isEqualTo(404);

        var notPng = admin.upload(page, PAGE, Map.of("titleOverride", "路南区2025年度预算绩效目标", "footerText", "路南区财政局"),
                "logo", "logo.png", "GIF89a not a png".getBytes());
        assertThat(notPng.statusCode()).isEqualTo(422);
        assertThat(notPng.body()).contains("id=\"logo-error\"", "徽标必须是 PNG 图片",
                "value=\"路南区2025年度预算绩效目标\"", "value=\"路南区财政局\"");

        var tooLarge = admin.upload(page, PAGE, Map.of("titleOverride", "路南区2025年度预算绩效目标", "footerText", ""),
                "logo", "big.png", new byte[1024 * 1024 + 1]);
        assertThat(tooLarge.statusCode()).isEqualTo(422);
        assertThat(tooLarge.body()).contains("徽标最大 1 MB", "value=\"路南区2025年度预算绩效目标\"");

        var longTitle = admin.upload(page, PAGE, Map.of("titleOverride", "长".repeat(201), "footerText", "路南区财政局"),
                "logo", "logo.png", png());
        assertThat(longTitle.statusCode()).isEqualTo(422);
        assertThat(longTitle.body()).contains("id=\"titleOverride-error\"", "封面标题最多 200 字", "value=\"路南区财政局\"");

        byte[] logo = png();
        var saved = admin.upload(page, PAGE, Map.of("titleOverride", "路南区2025年度预算绩效目标", "footerText", "路南区财政局"),
                "logo", "logo.png", logo);
        assertThat(saved.statusCode()).isEqualTo(302);
        var after = admin.follow(saved);
        assertThat(after.body()).contains("文档设置已保存", "value=\"路南区2025年度预算绩效目标\"", "value=\"路南区财政局\"",
                "src=\"/app/settings/documents/logo.png\"", "删除现有徽标");

        HttpResponse<byte[]> served = admin.download(PAGE + "/logo.png");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.body()).isEqualTo(logo);

        var sample = admin.get("/app/disclosures/202/2025/document.html");
        assertThat(sample.statusCode()).isEqualTo(200);
        assertThat(sample.body()).contains("路南区2025年度预算绩效目标", "路南区财政局", "data:image/png;base64,");

        var textsOnly = admin.follow(admin.upload(after, PAGE, Map.of("titleOverride", "", "footerText", "财政局"),
                "logo", "", new byte[0]));
        assertThat(textsOnly.body()).as("no file keeps the logo").contains("value=\"财政局\"", "id=\"logo-preview\"");

        var removed = admin.follow(admin.upload(after, PAGE, Map.of("titleOverride", "", "footerText", "", "removeLogo", "true"),
                "logo", "", new byte[0]));
        assertThat(removed.body()).contains("尚未上传徽标");
    }

    @Test
    void aUnitEditorMayNotOpenIt() {
        Browser editor = new Browser(port);
        var home = editor.login(slug, "clerk", "clerk-password-1");
        assertThat(home.body()).doesNotContain("href=\"/app/settings/documents\"", "href=\"/app/templates\"");
        assertThat(editor.get(PAGE).statusCode()).isEqualTo(403);
    }

    private static byte[] png() {
        BufferedImage image = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xb42318);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
