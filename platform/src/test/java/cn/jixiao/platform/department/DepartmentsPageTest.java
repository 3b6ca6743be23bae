package cn.jixiao.platform.department;

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
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;
import cn.jixiao.templates.disclosure.Department;

/**
 * A district admin keeps departments and units in the browser: creates, renames, moves a unit; bad
 * input and clashes come back with the reason and what was typed; a unit with projects stays put.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Autowired
    DepartmentDirectory directory;

    String slug;
    UUID tenant;

    @BeforeAll
    void district() {
        slug = Slugs.unique("depts");
        tenant = TestTenants.withSeed(commands, slug, "depts-secret");
        TestUsers.create(tenant, "head", "TENANT_ADMIN", "head-password-1");
        TestUsers.create(tenant, "clerk", "UNIT_EDITOR", "clerk-password-1", "202001");
    }

    @Test
    void anAdminCreatesRenamesAndMovesAndIsToldWhyWhenRefused() {
        Browser admin = new Browser(port);
        admin.login(slug, "head", "head-password-1");
        var page = admin.get("/app/departments");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("部门和单位", "202001", "202003");

        var bad = admin.submit(page, "/app/departments", Map.of("code", "30 5", "name", "区审计局"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("编码只能由字母和数字组成", "value=\"30 5\"", "value=\"区审计局\"");

        var created = admin.submit(page, "/app/departments", Map.of("code", "305", "name", "区审计局"));
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/app/departments#dept-305");
        assertThat(admin.follow(created).body()).contains("已新建部门 305 区审计局");

        var twice = admin.submit(page, "/app/departments", Map.of("code", "305", "name", "另一个"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("部门编码 305 已存在", "value=\"另一个\"");

        assertThat(admin.follow(admin.submit(page, "/app/departments/305/units", Map.of("code", "305001", "name", "区审计局本级")))
                .body()).contains("已在部门 305 下新建单位 305001 区审计局本级");
        var taken = admin.submit(page, "/app/departments/305/units", Map.of("code", "202003", "name", "重复"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("单位编码 202003 已存在（属于部门 202）");

        assertThat(admin.follow(admin.submit(page, "/app/departments/305", Map.of("name", "区审计局（新）"))).body())
                .contains("部门 305 已改名为 区审计局（新）");
        assertThat(admin.follow(admin.submit(page, "/app/units/305001", Map.of("name", "审计局机关"))).body())
                .contains("单位 305001 已改名为 审计局机关");
        var blank = admin.submit(page, "/app/units/305001", Map.of("name", " "));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("请填写名称");

        var stuck = admin.submit(page, "/app/units/202003/department", Map.of("department", "305"));
        assertThat(stuck.statusCode()).isEqualTo(409);
        assertThat(stuck.body()).contains("单位 202003 在部门 202 的 2025 年度公开文件中有项目，不能移到其他部门");

        var moved = admin.follow(admin.submit(page, "/app/units/305001/department", Map.of("department", "202")));
        assertThat(moved.body()).contains("单位 305001 已移到部门 202");

        Department audit = inTenant(() -> directory.find("305")).orElseThrow();
        assertThat(audit.name()).isEqualTo("区审计局（新）");
        assertThat(audit.units()).isEmpty();
        Department office = inTenant(() -> directory.find("202")).orElseThrow();
        assertThat(office.units()).extracting(u -> u.code() + " " + u.name())
                .containsExactly("202001 " + office.units().get(0).name(), "202003 " + office.units().get(1).name(), "305001 审计局机关");
    }

    @Test
    void aUnitEditorCannotChangeTheDirectory() {
        Browser clerk = new Browser(port);
        clerk.login(slug, "clerk", "clerk-password-1");
        assertThat(clerk.get("/app").body()).doesNotContain("部门和单位");
        assertThat(clerk.get("/app/departments").statusCode()).isEqualTo(403);
        var home = clerk.get("/app");
        assertThat(clerk.submit(home, "/app/departments", Map.of("code", "999", "name", "不该有")).statusCode()).isEqualTo(403);
        assertThat(inTenant(() -> directory.find("999"))).isEmpty();
    }

    private <T> T inTenant(java.util.function.Supplier<T> work) {
        return CurrentTenant.callAs(new TenantId(tenant), "test", work);
    }
}
