package cn.jixiao.infra.audit;

import java.util.Map;

/**
 * The Chinese names of the audit log's actions, as the district's pages and the operators' console show them (the log
 * itself and both APIs keep the codes). An action without a name shows as recorded.
 */
public final class AuditActions {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("DISCLOSURE_CREATED", "新建"),
            Map.entry("DISCLOSURE_SAVED", "保存全文"),
            Map.entry("GOALS_EDITED", "修改第一部分"),
            Map.entry("PROJECT_ADDED", "新增项目"),
            Map.entry("PROJECT_EDITED", "修改项目"),
            Map.entry("PROJECT_MOVED", "调整项目顺序"),
            Map.entry("PROJECT_DELETED", "删除项目"),
            Map.entry("SPEND_PLAN_REPLACED", "修改资金支出计划"),
            Map.entry("INDICATOR_ADDED", "新增指标"),
            Map.entry("INDICATOR_EDITED", "修改指标"),
            Map.entry("INDICATOR_MOVED", "调整指标顺序"),
            Map.entry("INDICATOR_DELETED", "删除指标"),
            Map.entry("INDICATORS_REPLACED", "修改指标表"),
            Map.entry("DISCLOSURE_SUBMITTED", "提交审核"),
            Map.entry("DISCLOSURE_APPROVED", "审核通过"),
            Map.entry("DISCLOSURE_RETURNED", "退回修改"),
            Map.entry("DISCLOSURE_PUBLISHED", "公开"),
            Map.entry("DISCLOSURE_WITHDRAWN", "撤回公开"),
            Map.entry("DISCLOSURE_TEMPLATE_MIGRATED", "更换表单模板"),
            Map.entry("REVIEW_COMMENT_RESOLVED", "审核意见已处理"),
            Map.entry("IMPORT_UPLOADED", "上传导入文件"),
            Map.entry("MATCH_OVERRIDES_SET", "调整年度对照的匹配"),
            Map.entry("PUBLICATION_DEADLINE_SET", "设置公开时限"),
            Map.entry("FORM_TEMPLATE_DERIVED", "派生表单模板"),
            Map.entry("FORM_TEMPLATE_DEFAULT", "设置默认表单模板"),
            Map.entry("PORTAL_SETTINGS_SET", "修改公开网站设置"),
            Map.entry("OPENDATA_LICENCE_SET", "设置开放许可"),
            Map.entry("DEPARTMENT_CREATED", "新建部门"),
            Map.entry("DEPARTMENT_RENAMED", "部门更名"),
            Map.entry("UNIT_CREATED", "新建单位"),
            Map.entry("UNIT_RENAMED", "单位更名"),
            Map.entry("UNIT_MOVED", "单位改属其他部门"),
            Map.entry("USER_CREATED", "新建用户"),
            Map.entry("USER_SETUP_LINK_ISSUED", "重新发放设置密码链接"),
            Map.entry("USER_PASSWORD_SET", "设置密码"),
            Map.entry("USER_DISABLED", "停用用户"),
            Map.entry("OPERATOR_TENANT_SUBSCRIBED", "开通本区"),
            Map.entry("OPERATOR_TENANT_SUSPENDED", "暂停本区使用"),
            Map.entry("OPERATOR_TENANT_RESUMED", "恢复本区使用"),
            Map.entry("OPERATOR_PUBLIC_PAGES_TAKEN_DOWN", "关闭公开网站"),
            Map.entry("OPERATOR_PUBLIC_PAGES_RESTORED", "恢复公开网站"),
            Map.entry("OPERATOR_SETUP_LINK_REISSUED", "重新发放设置密码链接"),
            Map.entry("OPERATOR_TEMPLATE_ROLLED_OUT", "推送平台表单模板新版本"),
            Map.entry("OPERATOR_IDENTITY_PROVIDER_SET", "设置统一身份认证"),
            Map.entry("OPERATOR_IDENTITY_PROVIDER_REMOVED", "移除统一身份认证"));

    private AuditActions() {
    }

    public static String label(String action) {
        return LABELS.getOrDefault(action, action);
    }
}
