package cn.jixiao.platform.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jixiao.platform.forms.FormTemplateCatalog;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.IndicatorHierarchy;
import cn.jixiao.templates.forms.IndicatorRef;
import cn.jixiao.templates.forms.Level2Node;
import cn.jixiao.templates.forms.RequiredIndicator;
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

    /**
     * The rows a new project starts with: one for each indicator the template requires (its first
     * choice; a 一级指标 alone gets its first 二级指标 unless another row already has it).
     */
    List<IndicatorRowForm> requiredRows(StoredDisclosure stored) {
        FormTemplate template = templates.get(stored.template());
        Map<String, IndicatorRowForm> rows = new LinkedHashMap<>();
        for (RequiredIndicator required : template.requiredIndicators()) {
            IndicatorRef ref = required.anyOf().get(0);
            String level2 = ref.level2() != null ? ref.level2() : template.hierarchy().find(ref.level1())
                    .flatMap(n -> n.children().stream().findFirst()).map(Level2Node::name).orElse("");
            if (ref.level2() == null && rows.values().stream().anyMatch(r -> r.level1().equals(ref.level1()))) {
                continue;
            }
            rows.putIfAbsent(ref.level1() + "/" + level2, new IndicatorRowForm(ref.level1(), level2, "", "", "", ""));
        }
        return List.copyOf(rows.values());
    }

    IndicatorHierarchy hierarchy(StoredDisclosure stored) {
        return templates.get(stored.template()).hierarchy();
    }
}
