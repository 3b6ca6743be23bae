package cn.jixiao.platform.disclosure;

import org.springframework.stereotype.Component;

import cn.jixiao.platform.forms.FormTemplateCatalog;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.forms.IndicatorHierarchy;
import cn.jixiao.templates.validation.Validator;

/** What the editing pages ask of a disclosure's form template: its findings on some content (nothing saved) and the allowed indicator names. */
@Component
class PageChecks {

    private final FormTemplateCatalog templates;

    PageChecks(FormTemplateCatalog templates) {
        this.templates = templates;
    }

    PageFindings findings(StoredDisclosure stored, Disclosure content) {
        return PageFindings.of(Validator.validate(content, stored.customFields(), templates.get(stored.template())));
    }

    IndicatorHierarchy hierarchy(StoredDisclosure stored) {
        return templates.get(stored.template()).hierarchy();
    }
}
