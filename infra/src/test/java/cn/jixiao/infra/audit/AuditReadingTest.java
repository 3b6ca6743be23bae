package cn.jixiao.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the log page names actions, targets and details: Chinese for what the applications write, the code otherwise. */
class AuditReadingTest {

    @Test
    void actionsAndTargetsInChinese() {
        assertThat(AuditActions.label("DISCLOSURE_SUBMITTED")).isEqualTo("提交审核");
        assertThat(AuditActions.label("OPERATOR_TENANT_SUSPENDED")).isEqualTo("暂停本区使用");
        assertThat(AuditActions.label("SOMETHING_NEW")).as("an unnamed action shows as recorded").isEqualTo("SOMETHING_NEW");

        assertThat(AuditTarget.describe("disclosure/202/2025")).isEqualTo("部门 202 · 2025 年度");
        assertThat(AuditTarget.describe("diff/202/2024-2025")).isEqualTo("部门 202 · 2024—2025 年度对照");
        assertThat(AuditTarget.describe("unit/202001")).isEqualTo("单位 202001");
        assertThat(AuditTarget.describe("form-template/district-a/2")).isEqualTo("表单模板 district-a 第 2 版");
        assertThat(AuditTarget.describe("form-template/default")).isEqualTo("默认表单模板");
        assertThat(AuditTarget.describe("tenant/lunan")).isEqualTo("本区（lunan）");
        assertThat(AuditTarget.describe("Odd Target")).isEqualTo("Odd Target");
    }

    @Test
    void aSavesDetailSpelledOutWithTheHashShortened() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("revision", 3);
        detail.put("contentHash", "d76808c90af35bfd43cdbf7993473a63e1d9b1c2f0aa33b7c7b0d9e1f2a3b4c5");
        detail.put("note", "");
        detail.put("edit", "projects/2/indicators/4");
        detail.put("origin", Map.of("kind", "ROLL_FORWARD", "fiscalYear", 2024, "revision", 7));
        assertThat(AuditDetail.of(detail)).containsExactly(
                new AuditDetail("修订版", "第 3 版"),
                new AuditDetail("内容摘要", "d76808c90af3…"),
                new AuditDetail("修改位置", "第 2 个项目第 4 行指标"),
                new AuditDetail("来源", "由 2024 年度第 7 版结转"));
    }

    @Test
    void statusesRolesListsAndSwitches() {
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("from", "SUBMITTED");
        move.put("to", "DRAFT");
        move.put("comment", "请补充依据");
        assertThat(AuditDetail.of(move)).containsExactly(new AuditDetail("原为", "待审核"), new AuditDetail("改为", "草稿"),
                new AuditDetail("意见", "请补充依据"));
        assertThat(AuditDetail.of(Map.of("role", "UNIT_EDITOR"))).containsExactly(new AuditDetail("角色", "单位填报人"));
        assertThat(AuditDetail.of(Map.of("units", List.of("202001", "202003")))).containsExactly(new AuditDetail("单位", "202001、202003"));
        assertThat(AuditDetail.of(Map.of("publicPages", false))).containsExactly(new AuditDetail("公开网站", "关闭"));
        assertThat(AuditDetail.of(Map.of("edit", "goals"))).containsExactly(new AuditDetail("修改位置", "第一部分"));
        assertThat(AuditDetail.of(Map.of("edit", "projects/1/spend-plan"))).containsExactly(new AuditDetail("修改位置", "第 1 个项目的资金支出计划"));
        assertThat(AuditDetail.of(Map.of("unknownKey", "x"))).containsExactly(new AuditDetail("unknownKey", "x"));
        assertThat(AuditDetail.of(null)).isEmpty();
    }
}
