package cn.jixiao.templates.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Applies a derivation document (schema {@code forms/form-template-derivation.schema.json}) to a base template.
 * It may rename, require, reorder, add custom fields and tighten rules; anything that would loosen the base
 * (lower an ERROR, disable an error rule, make a required field optional, widen a limit) is refused.
 */
final class TemplateDerivation {

    private final FormTemplate base;
    private final List<TemplateProblem> problems = new ArrayList<>();

    private TemplateDerivation(FormTemplate base) {
        this.base = base;
    }

    static FormTemplate derive(FormTemplate base, JsonNode doc) {
        List<TemplateProblem> schemaProblems = SchemaCheck.DERIVATION.check(doc);
        if (!schemaProblems.isEmpty()) {
            throw new FormTemplateException("派生文件无效", schemaProblems);
        }
        TemplateDerivation d = new TemplateDerivation(base);
        FormTemplate derived = d.apply(doc);
        if (!d.problems.isEmpty()) {
            throw new FormTemplateException("派生模板被拒绝（基础模板 " + base.ref() + "）", d.problems);
        }
        return derived;
    }

    private FormTemplate apply(JsonNode doc) {
        TemplateRef ref = new TemplateRef(doc.get("id").stringValue(), doc.get("version").intValue());
        if (doc.has("basedOn")) {
            TemplateRef declared = TemplateReader.ref(doc.get("basedOn"));
            if (!declared.equals(base.ref())) {
                problem("$.basedOn", "派生文件声明基于 " + declared + "，但提供的基础模板是 " + base.ref());
            }
        }
        if (ref.equals(base.ref())) {
            problem("$.version", "派生模板的 id 和版本不能与基础模板（" + base.ref() + "）相同");
        }
        List<FieldDef> custom = new ArrayList<>(base.customFields());
        custom.addAll(newCustomFields(doc.path("customFields")));
        List<Section> sections = new ArrayList<>(base.sections());
        for (var e : doc.path("fields").properties()) {
            overrideField(e.getKey(), e.getValue(), sections, custom);
        }
        for (var e : doc.path("order").properties()) {
            reorder(e.getKey(), TemplateReader.strings(e.getValue()), sections, custom);
        }
        return new FormTemplate(ref.id(), ref.version(), doc.get("name").stringValue(), base.ref(), sections, custom,
                base.hierarchy(), requiredIndicators(doc.path("requiredIndicators")),
                grammar(doc.path("vaguePatterns")), rules(doc.path("rules")));
    }

    private List<FieldDef> newCustomFields(JsonNode array) {
        Set<String> taken = new HashSet<>();
        base.customFields().forEach(f -> taken.add(f.id()));
        List<FieldDef> added = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            FieldDef f = TemplateReader.field(array.get(i));
            String path = "$.customFields[" + i + "]";
            if (!taken.add(f.id())) {
                problem(path + ".id", "自定义字段「" + f.id() + "」已存在");
            }
            problems.addAll(TemplateConsistency.customFieldProblems(path, f));
            added.add(f);
        }
        return added;
    }

    private void overrideField(String id, JsonNode change, List<Section> sections, List<FieldDef> custom) {
        String path = JsonPaths.child("$.fields", id);
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            List<FieldDef> fields = new ArrayList<>(section.fields());
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).id().equals(id)) {
                    fields.set(i, changed(path, fields.get(i), change));
                    sections.set(s, new Section(section.id(), section.label(), fields));
                    return;
                }
            }
        }
        for (int i = 0; i < custom.size(); i++) {
            if (custom.get(i).id().equals(id)) {
                custom.set(i, changed(path, custom.get(i), change));
                return;
            }
        }
        problem(path, "基础模板中没有字段「" + id + "」");
    }

    private FieldDef changed(String path, FieldDef f, JsonNode change) {
        FieldDef out = f;
        if (change.has("label")) {
            out = out.withLabel(change.get("label").stringValue());
        }
        if (change.has("required")) {
            boolean required = change.get("required").booleanValue();
            if (f.required() && !required) {
                problem(path + ".required", "字段「" + f.label() + "」在基础模板中为必填，派生模板不能改为选填");
            }
            out = out.withRequired(required);
        }
        FieldLimits wanted = TemplateReader.limits(change);
        FieldLimits old = f.limits();
        if (wanted.maxLength() != null && !f.type().isText()) {
            problem(path + ".maxLength", "字段「" + f.label() + "」不是文本，不能设置 maxLength");
        }
        if ((wanted.min() != null || wanted.max() != null || wanted.maxDecimals() != null) && !f.type().isNumeric()) {
            problem(path, "字段「" + f.label() + "」不是数值，不能设置 min、max 或 maxDecimals");
        }
        Integer maxLength = tighterUpper(path + ".maxLength", f, "最大长度", old.maxLength(), wanted.maxLength());
        BigDecimal min = tighterLower(path + ".min", f, old.min(), wanted.min());
        BigDecimal max = tighterUpper(path + ".max", f, "最大值", old.max(), wanted.max());
        Integer maxDecimals = tighterUpper(path + ".maxDecimals", f, "小数位数", old.maxDecimals(),
                wanted.maxDecimals());
        return out.withLimits(new FieldLimits(maxLength, min, max, maxDecimals));
    }

    private <T extends Comparable<T>> T tighterUpper(String path, FieldDef f, String what, T old, T wanted) {
        if (wanted == null) {
            return old;
        }
        if (old != null && wanted.compareTo(old) > 0) {
            problem(path, "不能放宽字段「" + f.label() + "」的" + what + "：基础模板为 " + Describe.value(old) + "，派生模板为 "
                    + Describe.value(wanted));
        }
        return wanted;
    }

    private BigDecimal tighterLower(String path, FieldDef f, BigDecimal old, BigDecimal wanted) {
        if (wanted == null) {
            return old;
        }
        if (old != null && wanted.compareTo(old) < 0) {
            problem(path, "不能放宽字段「" + f.label() + "」的最小值：基础模板为 " + Describe.value(old) + "，派生模板为 "
                    + Describe.value(wanted));
        }
        return wanted;
    }

    private void reorder(String sectionId, List<String> order, List<Section> sections, List<FieldDef> custom) {
        String path = JsonPaths.child("$.order", sectionId);
        List<FieldDef> current = sectionId.equals("customFields") ? custom
                : sections.stream().filter(s -> s.id().equals(sectionId)).findFirst().map(Section::fields)
                        .orElse(null);
        if (current == null) {
            problem(path, "基础模板中没有栏目「" + sectionId + "」");
            return;
        }
        Set<String> have = new LinkedHashSet<>(current.stream().map(FieldDef::id).toList());
        Set<String> missing = new LinkedHashSet<>(have);
        order.forEach(missing::remove);
        Set<String> extra = new LinkedHashSet<>(order);
        extra.removeAll(have);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            problem(path, "新顺序须恰好列出该栏目的全部字段" + (missing.isEmpty() ? "" : "，缺少：" + String.join("、", missing))
                    + (extra.isEmpty() ? "" : "，多出：" + String.join("、", extra)));
            return;
        }
        List<FieldDef> reordered = order.stream()
                .map(id -> current.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow())
                .toList();
        if (sectionId.equals("customFields")) {
            custom.clear();
            custom.addAll(reordered);
        } else {
            for (int s = 0; s < sections.size(); s++) {
                if (sections.get(s).id().equals(sectionId)) {
                    sections.set(s, new Section(sectionId, sections.get(s).label(), reordered));
                }
            }
        }
    }

    private List<RequiredIndicator> requiredIndicators(JsonNode array) {
        List<RequiredIndicator> out = new ArrayList<>(base.requiredIndicators());
        for (int i = 0; i < array.size(); i++) {
            RequiredIndicator r = TemplateReader.requiredIndicator(array.get(i));
            problems.addAll(TemplateConsistency.requiredIndicatorProblems("$.requiredIndicators[" + i + "]", r,
                    base.hierarchy()));
            out.add(r);
        }
        return out;
    }

    private ValueGrammar grammar(JsonNode patterns) {
        ValueGrammar g = base.valueGrammar();
        Set<String> all = new LinkedHashSet<>(g.vaguePatterns());
        List<String> added = TemplateReader.strings(patterns);
        for (int i = 0; i < added.size(); i++) {
            problems.addAll(TemplateConsistency.patternProblems("$.vaguePatterns[" + i + "]", added.get(i)));
            all.add(added.get(i));
        }
        return new ValueGrammar(g.percentUnits(), g.moneyUnits(), List.copyOf(all), g.unitRequired());
    }

    private List<RuleSetting> rules(JsonNode changes) {
        return RuleTightening.apply(base.rules(), changes, problems);
    }


    private void problem(String path, String message) {
        problems.add(new TemplateProblem(path, message));
    }
}
