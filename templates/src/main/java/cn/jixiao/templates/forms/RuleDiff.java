package cn.jixiao.templates.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Differences between the rule settings of two templates. */
final class RuleDiff {

    private RuleDiff() {}

    static List<RuleChange> between(FormTemplate from, FormTemplate to) {
        List<RuleChange> out = new ArrayList<>();
        for (RuleSetting a : to.rules()) {
            var b = from.rule(a.id());
            if (b.isEmpty()) {
                out.add(new RuleChange(ChangeKind.ADDED, a.id(), List.of(
                        "严重级别：" + severity(a), "启用：" + Describe.yesNo(a.enabled()))));
                continue;
            }
            List<String> d = new ArrayList<>();
            Describe.change(d, "严重级别", severity(b.get()), severity(a));
            Describe.change(d, "启用", Describe.yesNo(b.get().enabled()), Describe.yesNo(a.enabled()));
            Set<String> names = new LinkedHashSet<>(b.get().params().keySet());
            names.addAll(a.params().keySet());
            for (String name : names) {
                BigDecimal before = b.get().params().get(name);
                BigDecimal after = a.params().get(name);
                Describe.change(d, "参数 " + name, before, after);
            }
            if (!d.isEmpty()) {
                out.add(new RuleChange(ChangeKind.CHANGED, a.id(), d));
            }
        }
        for (RuleSetting b : from.rules()) {
            if (to.rule(b.id()).isEmpty()) {
                out.add(new RuleChange(ChangeKind.REMOVED, b.id(), List.of()));
            }
        }
        return out;
    }

    private static String severity(RuleSetting r) {
        return r.severity().label() + "（" + r.severity().name() + "）";
    }
}
