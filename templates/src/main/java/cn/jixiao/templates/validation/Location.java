package cn.jixiao.templates.validation;

/**
 * Where a finding is in the disclosure.
 *
 * @param section     region of the document: "customFields", "goals.overall", "goals.itemized", "goals.measures",
 *                    "projects", "projects.spendPlan" or "projects.indicators"
 * @param project     1-based project number, {@code null} for department-level findings
 * @param projectCode 项目编码 of that project, {@code null} for department-level findings
 * @param row         1-based row inside the section (indicator row, spend-plan checkpoint, itemized goal),
 *                    {@code null} when the finding is about the section or project as a whole
 * @param column      template field id of the cell, e.g. "indicator.value", or the custom field id;
 *                    {@code null} when no single field is meant
 */
public record Location(String section, Integer project, String projectCode, Integer row, String column) {}
