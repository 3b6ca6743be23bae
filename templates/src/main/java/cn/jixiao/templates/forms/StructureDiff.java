package cn.jixiao.templates.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Differences in name, indicator hierarchy, required indicators and value grammar, described in Chinese. */
final class StructureDiff {

    private StructureDiff() {}

    static List<String> between(FormTemplate from, FormTemplate to) {
        List<String> out = new ArrayList<>();
        Describe.change(out, "模板名称", from.name(), to.name());
        hierarchy(from.hierarchy(), to.hierarchy(), out);
        added(out, "必备指标", names(from.requiredIndicators()), names(to.requiredIndicators()));
        ValueGrammar a = from.valueGrammar();
        ValueGrammar b = to.valueGrammar();
        added(out, "模糊表述", a.vaguePatterns(), b.vaguePatterns());
        added(out, "百分比单位", a.percentUnits(), b.percentUnits());
        added(out, "金额单位", List.copyOf(a.moneyUnits().keySet()), List.copyOf(b.moneyUnits().keySet()));
        Describe.change(out, "定量指标值须带单位", Describe.yesNo(a.unitRequired()), Describe.yesNo(b.unitRequired()));
        return out;
    }

    private static void hierarchy(IndicatorHierarchy from, IndicatorHierarchy to, List<String> out) {
        for (Level1Node n : to.level1()) {
            Optional<Level1Node> old = from.level1().stream().filter(o -> o.name().equals(n.name())).findFirst();
            if (old.isEmpty()) {
                out.add("指标体系新增一级指标「" + n.name() + "」");
                continue;
            }
            for (Level2Node c : n.children()) {
                Optional<Level2Node> oc = old.get().children().stream()
                        .filter(o -> o.name().equals(c.name())).findFirst();
                if (oc.isEmpty()) {
                    out.add("指标体系新增二级指标「" + n.name() + "/" + c.name() + "」");
                } else {
                    Describe.change(out, "「" + n.name() + "/" + c.name() + "」的指标值要求",
                            oc.get().expects().label(), c.expects().label());
                    Describe.change(out, "「" + n.name() + "/" + c.name() + "」允许金额",
                            Describe.yesNo(oc.get().moneyAllowed()), Describe.yesNo(c.moneyAllowed()));
                }
            }
            old.get().children().stream()
                    .filter(oc -> n.children().stream().noneMatch(c -> c.name().equals(oc.name())))
                    .forEach(oc -> out.add("指标体系删除二级指标「" + n.name() + "/" + oc.name() + "」"));
        }
        from.level1().stream()
                .filter(o -> to.level1().stream().noneMatch(n -> n.name().equals(o.name())))
                .forEach(o -> out.add("指标体系删除一级指标「" + o.name() + "」"));
    }

    private static List<String> names(List<RequiredIndicator> required) {
        return required.stream().map(r -> r.name() + "（" + String.join("或",
                r.anyOf().stream().map(IndicatorRef::toString).toList()) + "）").toList();
    }

    private static void added(List<String> out, String what, List<String> before, List<String> after) {
        after.stream().filter(s -> !before.contains(s)).forEach(s -> out.add(what + "新增：" + s));
        before.stream().filter(s -> !after.contains(s)).forEach(s -> out.add(what + "删除：" + s));
    }
}
