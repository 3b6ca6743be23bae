package cn.jixiao.platform.diff;

import java.util.Map;

/** The Chinese names of the audit log's actions on a disclosure, as its history shows them. */
final class HistoryAction {

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
            Map.entry("DISCLOSURE_SUBMITTED", "提交审核"),
            Map.entry("DISCLOSURE_APPROVED", "审核通过"),
            Map.entry("DISCLOSURE_RETURNED", "退回修改"),
            Map.entry("DISCLOSURE_PUBLISHED", "公开"),
            Map.entry("DISCLOSURE_WITHDRAWN", "撤回公开"),
            Map.entry("DISCLOSURE_TEMPLATE_MIGRATED", "更换表单模板"),
            Map.entry("REVIEW_COMMENT_RESOLVED", "审核意见已处理"));

    private HistoryAction() {
    }

    static String label(String action, boolean revision) {
        if (action == null) {
            return revision ? "保存" : "";
        }
        return LABELS.getOrDefault(action, action);
    }
}
