package cn.jixiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

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

/** A form the pages refuse says why in Chinese and keeps what was typed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedFormsTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    String slug;

    @BeforeAll
    void district() {
        slug = Slugs.unique("forms");
        UUID tenant = TestTenants.withSeed(commands, slug, "forms-secret", "disclosures.read", "disclosures.write");
        TestUsers.create(tenant, "boss", "TENANT_ADMIN", "boss-password-1");
    }

    @Test
    void aNewUserWithoutANameKeepsWhatWasTyped() {
        Browser admin = new Browser(port);
        admin.login(slug, "boss", "boss-password-1");
        var page = admin.get("/app/users");
        var refused = admin.submit(page, "/app/users", Map.of("username", "li.si", "displayName", " ",
                "role", "UNIT_EDITOR", "units", "202003"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("请填写姓名", "value=\"li.si\"")
                .containsPattern("value=\"UNIT_EDITOR\"[^>]*checked")
                .containsPattern("value=\"202003\"[^>]*checked")
                .doesNotContainPattern("value=\"202001\"[^>]*checked")
                .doesNotContain("id=\"setup-link\"");

        var badRole = admin.submit(page, "/app/users", Map.of("username", "li.si", "displayName", "李四", "role", "KING"));
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(badRole.body()).contains("请选择角色");
    }

    @Test
    void anImportWithAYearOutOfRangeKeepsWhatWasTyped() {
        Browser admin = new Browser(port);
        admin.login(slug, "boss", "boss-password-1");
        var form = admin.get("/app/imports/new");
        var refused = admin.upload(form, "/app/imports", Map.of("fiscalYear", "1999", "deptName", "某某部门"),
                "file", "一.txt", "x".getBytes());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("年度应在 2000 到 2100 之间", "value=\"1999\"", "value=\"某某部门\"")
                .doesNotContain("文件是空的");

        var notANumber = admin.upload(form, "/app/imports", Map.of("fiscalYear", "二〇二六"), "file", "一.txt", "x".getBytes());
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("年度应在 2000 到 2100 之间");
    }
}
