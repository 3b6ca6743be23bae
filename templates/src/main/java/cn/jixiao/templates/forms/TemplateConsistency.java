package cn.jixiao.templates.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Checks what the schema cannot express: unique ids, fields in their sections, references and regexes. */
final class TemplateConsistency {

    private final List<TemplateProblem> problems = new ArrayList<>();

    private TemplateConsistency() {}

    static List<TemplateProblem> check(FormTemplate t) {
        TemplateConsistency c = new TemplateConsistency();
        c.basedOn(t);
        c.sections(t);
        c.customFields(t);
        c.hierarchy(t);
        c.requiredIndicators(t);
        c.vaguePatterns(t);
        c.rules(t);
        return List.copyOf(c.problems);
    }

    private void basedOn(FormTemplate t) {
        if (t.basedOn() != null && t.basedOn().equals(t.ref())) {
            problem("$.basedOn", "模板不能基于它自己（" + t.ref() + "）");
        }
    }

    private void sections(FormTemplate t) {
        Set<String> sectionIds = new HashSet<>();
        Map<String, String> seenFields = new HashMap<>();
        for (int i = 0; i < t.sections().size(); i++) {
            Section s = t.sections().get(i);
            String sp = "$.sections[" + i + "]";
            if (!sectionIds.add(s.id())) {
                problem(sp + ".id", "栏目「" + s.id() + "」重复");
            }
            for (int j = 0; j < s.fields().size(); j++) {
                FieldDef f = s.fields().get(j);
                String fp = sp + ".fields[" + j + "]";
                String earlier = seenFields.putIfAbsent(f.id(), fp);
                if (earlier != null) {
                    problem(fp + ".id", "字段「" + f.id() + "」重复（已在 " + earlier + " 定义）");
                }
                BuiltInField b = BuiltInField.byId(f.id()).orElseThrow();
                if (!b.section().equals(s.id())) {
                    problem(fp + ".id", "字段「" + f.id() + "」应属于栏目「" + b.section() + "」");
                }
                if (b.type() != f.type()) {
                    problem(fp + ".type", "字段「" + f.id() + "」的类型固定为 " + b.type().json());
                }
                limits(fp, f);
            }
        }
    }

    private void customFields(FormTemplate t) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < t.customFields().size(); i++) {
            FieldDef f = t.customFields().get(i);
            String fp = "$.customFields[" + i + "]";
            if (!ids.add(f.id())) {
                problem(fp + ".id", "自定义字段「" + f.id() + "」重复");
            }
            customField(fp, f);
        }
    }

    private void customField(String fp, FieldDef f) {
        if (f.type() == FieldType.ENUM && f.options().isEmpty()) {
            problem(fp + ".options", "选项类型的字段必须列出 options");
        }
        if (f.type() != FieldType.ENUM && !f.options().isEmpty()) {
            problem(fp + ".options", "只有选项类型（enum）的字段可以设置 options");
        }
        limits(fp, f);
    }

    private void limits(String fp, FieldDef f) {
        FieldLimits l = f.limits();
        boolean text = f.type().isText();
        boolean numeric = f.type().isNumeric();
        if (l.maxLength() != null && !text) {
            problem(fp + ".maxLength", "只有文本字段可以设置 maxLength（该字段为" + f.type().label() + "）");
        }
        if (!numeric) {
            numericOnly(fp, "min", l.min() != null, f);
            numericOnly(fp, "max", l.max() != null, f);
            numericOnly(fp, "maxDecimals", l.maxDecimals() != null, f);
        }
        if (l.min() != null && l.max() != null && l.min().compareTo(l.max()) > 0) {
            problem(fp + ".min", "最小值 " + l.min().toPlainString() + " 大于最大值 " + l.max().toPlainString());
        }
    }

    private void numericOnly(String fp, String limit, boolean set, FieldDef f) {
        if (set) {
            problem(fp + "." + limit, "只有数值字段可以设置 " + limit + "（该字段为" + f.type().label() + "）");
        }
    }

    private void hierarchy(FormTemplate t) {
        Set<String> level1 = new HashSet<>();
        List<Level1Node> nodes = t.hierarchy().level1();
        for (int i = 0; i < nodes.size(); i++) {
            Level1Node n = nodes.get(i);
            String np = "$.indicatorHierarchy[" + i + "]";
            names(np, n.name(), n.aliases(), level1, "一级指标");
            Set<String> level2 = new HashSet<>();
            for (int j = 0; j < n.children().size(); j++) {
                Level2Node c = n.children().get(j);
                names(np + ".children[" + j + "]", c.name(), c.aliases(), level2, "二级指标");
            }
        }
    }

    private void names(String path, String name, List<String> aliases, Set<String> seen, String what) {
        if (!seen.add(IndicatorNames.normalize(name))) {
            problem(path + ".name", what + "「" + name + "」重复（不计末尾的“指标”）");
        }
        for (int k = 0; k < aliases.size(); k++) {
            if (!seen.add(IndicatorNames.normalize(aliases.get(k)))) {
                problem(path + ".aliases[" + k + "]", what + "别名「" + aliases.get(k) + "」与其他名称重复");
            }
        }
    }

    private void requiredIndicators(FormTemplate t) {
        for (int i = 0; i < t.requiredIndicators().size(); i++) {
            requiredIndicator("$.requiredIndicators[" + i + "]", t.requiredIndicators().get(i), t.hierarchy());
        }
    }

    /** Problems of a required indicator whose references do not resolve in the hierarchy. */
    static List<TemplateProblem> requiredIndicatorProblems(String path, RequiredIndicator r, IndicatorHierarchy h) {
        TemplateConsistency c = new TemplateConsistency();
        c.requiredIndicator(path, r, h);
        return List.copyOf(c.problems);
    }

    /** Problems of a custom field on its own: options and limits that do not fit its type. */
    static List<TemplateProblem> customFieldProblems(String path, FieldDef f) {
        TemplateConsistency c = new TemplateConsistency();
        c.customField(path, f);
        return List.copyOf(c.problems);
    }

    /** Problems of a regular expression used as a vague pattern. */
    static List<TemplateProblem> patternProblems(String path, String pattern) {
        try {
            Pattern.compile(pattern);
            return List.of();
        } catch (PatternSyntaxException e) {
            return List.of(new TemplateProblem(path, "不是有效的正则表达式：" + e.getDescription()));
        }
    }

    private void requiredIndicator(String path, RequiredIndicator r, IndicatorHierarchy h) {
        for (int j = 0; j < r.anyOf().size(); j++) {
            IndicatorRef ref = r.anyOf().get(j);
            String rp = path + ".anyOf[" + j + "]";
            var l1 = h.find(ref.level1());
            if (l1.isEmpty()) {
                problem(rp + ".level1", "指标体系中没有一级指标「" + ref.level1() + "」");
            } else if (ref.level2() != null && l1.get().child(ref.level2()).isEmpty()) {
                problem(rp + ".level2", "一级指标「" + l1.get().name() + "」下没有二级指标「" + ref.level2() + "」");
            }
        }
    }

    private void vaguePatterns(FormTemplate t) {
        List<String> patterns = t.valueGrammar().vaguePatterns();
        for (int i = 0; i < patterns.size(); i++) {
            problems.addAll(patternProblems("$.valueGrammar.vaguePatterns[" + i + "]", patterns.get(i)));
        }
    }

    private void rules(FormTemplate t) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < t.rules().size(); i++) {
            RuleSetting r = t.rules().get(i);
            String rp = "$.rules[" + i + "]";
            if (!ids.add(r.id())) {
                problem(rp + ".id", "规则「" + r.id() + "」重复");
            }
            BigDecimal min = r.params().get("min");
            BigDecimal max = r.params().get("max");
            if (min != null && max != null && min.compareTo(max) > 0) {
                problem(rp + ".params.min", "参数 min（" + min.toPlainString() + "）大于 max（" + max.toPlainString() + "）");
            }
        }
    }

    private void problem(String path, String message) {
        problems.add(new TemplateProblem(path, message));
    }
}
