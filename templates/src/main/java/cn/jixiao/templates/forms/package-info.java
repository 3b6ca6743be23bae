/**
 * Form templates: versioned JSON documents (schema {@code forms/form-template.schema.json}) that define the
 * sections and fields of a disclosure, the indicator hierarchy, the grammar of indicator values and the rule set.
 * {@link cn.jixiao.templates.forms.FormTemplates} loads, derives and writes them;
 * {@link cn.jixiao.templates.forms.TemplateMigration} reports what changes between two versions.
 */
package cn.jixiao.templates.forms;
