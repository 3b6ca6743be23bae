/**
 * Rule engine that checks a {@link cn.jixiao.templates.disclosure.Disclosure} against a
 * {@link cn.jixiao.templates.forms.FormTemplate}: the template decides which rules run, with which
 * severity and limits; {@link cn.jixiao.templates.validation.Validator} returns the findings in document order.
 */
package cn.jixiao.templates.validation;
