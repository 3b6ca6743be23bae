package cn.jixiao.templates.forms;

import cn.jixiao.templates.validation.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The rule part of a derivation: severities may only go up, an enabled ERROR rule stays enabled, parameters named
 * "max…" may only go down and "min…" only up, and a rule the base lacks may be added with a severity.
 */
final class RuleTightening {

    private final List<TemplateProblem> problems;

    private RuleTightening(List<TemplateProblem> problems) {
        this.problems = problems;
    }

    /** The base rules with the derivation's changes; every loosening is added to {@code problems}. */
    static List<RuleSetting> apply(List<RuleSetting> base, JsonNode changes, List<TemplateProblem> problems) {
        RuleTightening t = new RuleTightening(problems);
        Map<String, RuleSetting> out = new LinkedHashMap<>();
        base.forEach(r -> out.put(r.id(), r));
        for (var e : changes.properties()) {
            String path = JsonPaths.child("$.rules", e.getKey());
            RuleSetting old = out.get(e.getKey());
            out.put(e.getKey(), old == null ? t.added(path, e.getKey(), e.getValue())
                    : t.tightened(path, old, e.getValue()));
        }
        return List.copyOf(out.values());
    }

    private RuleSetting added(String path, String id, JsonNode change) {
        if (!change.has("severity")) {
            problem(path + ".severity", "基础模板没有规则「" + id + "」，新增规则时必须给出 severity");
            return new RuleSetting(id, Severity.WARNING, false, Map.of());
        }
        boolean enabled = !change.has("enabled") || change.get("enabled").booleanValue();
        return new RuleSetting(id, Severity.valueOf(change.get("severity").stringValue()), enabled,
                TemplateReader.params(change.path("params")));
    }

    private RuleSetting tightened(String path, RuleSetting old, JsonNode change) {
        Severity severity = change.has("severity") ? Severity.valueOf(change.get("severity").stringValue())
                : old.severity();
        boolean enabled = change.has("enabled") ? change.get("enabled").booleanValue() : old.enabled();
        boolean wasBlocking = old.enabled() && old.severity() == Severity.ERROR;
        if (wasBlocking && severity == Severity.WARNING) {
            problem(path + ".severity",
                    "规则「" + old.id() + "」在基础模板中为错误（ERROR），派生模板不能降为警告（WARNING）");
        }
        if (wasBlocking && !enabled) {
            problem(path + ".enabled", "规则「" + old.id() + "」在基础模板中为错误（ERROR），派生模板不能停用它");
        }
        Map<String, BigDecimal> params = new LinkedHashMap<>(old.params());
        for (var p : TemplateReader.params(change.path("params")).entrySet()) {
            String pp = JsonPaths.child(path + ".params", p.getKey());
            BigDecimal before = old.params().get(p.getKey());
            if (before == null) {
                problem(pp, "基础模板中规则「" + old.id() + "」没有参数「" + p.getKey() + "」");
            } else if (loosens(p.getKey(), before, p.getValue())) {
                problem(pp, "不能放宽规则「" + old.id() + "」的参数「" + p.getKey() + "」：基础模板为 "
                        + Describe.value(before) + "，派生模板为 " + Describe.value(p.getValue()) + paramHint(p.getKey()));
            }
            params.put(p.getKey(), p.getValue());
        }
        return new RuleSetting(old.id(), severity, enabled, params);
    }

    // "max…" limits may only go down and "min…" only up; any other parameter is fixed by the base
    private static boolean loosens(String name, BigDecimal before, BigDecimal after) {
        int c = after.compareTo(before);
        if (name.startsWith("max")) {
            return c > 0;
        }
        if (name.startsWith("min")) {
            return c < 0;
        }
        return c != 0;
    }

    private static String paramHint(String name) {
        if (name.startsWith("max")) {
            return "（只能调小）";
        }
        return name.startsWith("min") ? "（只能调大）" : "（不能修改）";
    }

    private void problem(String path, String message) {
        problems.add(new TemplateProblem(path, message));
    }
}
