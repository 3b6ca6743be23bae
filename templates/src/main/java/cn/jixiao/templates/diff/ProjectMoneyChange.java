package cn.jixiao.templates.diff;

/**
 * A project whose 预算数 changed, for the district's list of biggest changes.
 *
 * @param departmentCode department code
 * @param departmentName department name
 * @param fromCode       old 项目编码, {@code null} for an added project
 * @param toCode         new 项目编码, {@code null} for a removed project
 * @param name           项目名称 (the new one, or the old one for a removed project)
 * @param total          预算数 in both years; a missing project counts as blank
 */
public record ProjectMoneyChange(String departmentCode, String departmentName, String fromCode, String toCode,
                                 String name, MoneyDelta total) {}
