package cn.jixiao.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Db;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.infra.testing.Sql;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;

/** The district's log page reads in Chinese: what was done, to what, with which details; the codes stay in the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditPageTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Test
    void anAdminReadsTheLogInChinese() throws Exception {
        String slug = Slugs.unique("auditpage");
        UUID tenant = TestTenants.withSeed(commands, slug, "audit-secret");
        TestUsers.create(tenant, "chief", "TENANT_ADMIN", "chief-password-1");
        Db.asOperators(c -> Sql.update(c, "insert into audit_log (tenant_id, actor, action, target, detail)"
                + " values (?, 'operator:alice', 'OPERATOR_PUBLIC_PAGES_TAKEN_DOWN', 'tenant/x', '{\"publicPages\": false}')", tenant));
        Browser admin = new Browser(port);
        admin.login(slug, "chief", "chief-password-1");

        var page = admin.get("/app/audit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(">新建<", "部门 202 · 2025 年度", "修订版：", "第 1 版", "内容摘要：", "来源：", "演示数据")
                .contains("关闭公开网站", "公开网站：", "关闭", "operator:alice")
                .contains("data-action=\"DISCLOSURE_CREATED\"")
                .doesNotContain("{note=", ">DISCLOSURE_CREATED<", "kind=DEMO");
    }
}
