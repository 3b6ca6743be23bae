package cn.jixiao.platform.disclosure;

import cn.jixiao.templates.validation.ValidationReport;

/** An accepted save: the new revision and what the template's rules found (warnings, or errors of a draft created from elsewhere). */
public record SaveOutcome(Revision revision, ValidationReport validation) {
}
