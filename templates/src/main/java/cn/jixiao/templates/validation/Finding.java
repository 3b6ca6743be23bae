package cn.jixiao.templates.validation;

/**
 * One result of a rule.
 *
 * @param ruleId   rule id, e.g. "budget.sum"
 * @param severity severity the template gives the rule
 * @param location where the problem is
 * @param message  Chinese message naming the place, the problem and the source
 * @param source   where the rule comes from, e.g. 《项目支出绩效评价管理办法》（财预〔2020〕10号） or 本平台模板
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String source) {}
