package cn.jixiao.platform.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.demo.DemoSeed;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.Origin;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Api;
import cn.jixiao.platform.testing.TestTenants;

/** Without LibreOffice a PDF request says what to install; DOCX and HTML still work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // workers=0: this context must not take batch tasks of the other test contexts sharing the queue
        properties = {"jixiao.publish.soffice=/nonexistent/soffice", "jixiao.jobs.workers=0"})
class PdfEngineMissingTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Test
    void aPdfRequestNamesThePackagesToInstall() {
        Api api = new Api(port);
        String slug = Slugs.unique("nopdf");
        TenantId tenant = new TenantId(TestTenants.create(slug, "nopdf-secret", "disclosures.read"));
        CurrentTenant.callAs(tenant, "test", () -> commands.create(DemoSeed.disclosure(), Origin.demo(), "seed"));
        String token = api.token(slug + "-api", "nopdf-secret");

        var pdf = api.get("/api/v1/disclosures/202/2025/document.pdf", token);
        assertThat(pdf.statusCode()).isEqualTo(503);
        assertThat(pdf.body()).contains("libreoffice-writer-nogui", "fonts-noto-cjk");
        assertThat(api.get("/api/v1/disclosures/202/2025/document.html", token).statusCode()).isEqualTo(200);
    }
}
