package cn.jixiao.templates.forms;

import java.util.List;

/**
 * A rule whose setting differs between two template versions.
 *
 * @param kind    added, removed or changed
 * @param ruleId  rule id
 * @param details what changed, in Chinese, e.g. "严重级别：警告（WARNING） → 错误（ERROR）"
 */
public record RuleChange(ChangeKind kind, String ruleId, List<String> details) {
    public RuleChange {
        details = List.copyOf(details);
    }
}
