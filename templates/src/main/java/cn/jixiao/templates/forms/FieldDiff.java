package cn.jixiao.templates.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Differences between the fields (built-in and custom) of two templates. */
final class FieldDiff {

    private FieldDiff() {}

    static List<FieldChange> between(FormTemplate from, FormTemplate to) {
        Map<String, Placed> before = placed(from);
        Map<String, Placed> after = placed(to);
        List<FieldChange> out = new ArrayList<>();
        for (Placed a : after.values()) {
            Placed b = before.get(a.field().id());
            if (b == null) {
                out.add(new FieldChange(ChangeKind.ADDED, a.field().id(), a.field().label(), List.of(
                        "类型：" + a.field().type().label(), "必填：" + Describe.yesNo(a.field().required()))));
                continue;
            }
            List<String> details = details(b, a);
            if (!details.isEmpty()) {
                out.add(new FieldChange(ChangeKind.CHANGED, a.field().id(), a.field().label(), details));
            }
        }
        for (Placed b : before.values()) {
            if (!after.containsKey(b.field().id())) {
                out.add(new FieldChange(ChangeKind.REMOVED, b.field().id(), b.field().label(), List.of()));
            }
        }
        return out;
    }

    private static List<String> details(Placed b, Placed a) {
        FieldDef x = b.field();
        FieldDef y = a.field();
        List<String> d = new ArrayList<>();
        Describe.change(d, "标签", x.label(), y.label());
        Describe.change(d, "类型", x.type().label(), y.type().label());
        Describe.change(d, "必填", Describe.yesNo(x.required()), Describe.yesNo(y.required()));
        Describe.change(d, "最大长度", x.limits().maxLength(), y.limits().maxLength());
        Describe.change(d, "最小值", x.limits().min(), y.limits().min());
        Describe.change(d, "最大值", x.limits().max(), y.limits().max());
        Describe.change(d, "小数位数", x.limits().maxDecimals(), y.limits().maxDecimals());
        Describe.change(d, "选项", String.join("、", x.options()), String.join("、", y.options()));
        Describe.change(d, "位置", b.where(), a.where());
        return d;
    }

    /** A field with the place it is shown at, e.g. "栏目「绩效指标表」第3位". */
    private record Placed(FieldDef field, String where) {}

    private static Map<String, Placed> placed(FormTemplate t) {
        Map<String, Placed> out = new LinkedHashMap<>();
        for (Section s : t.sections()) {
            for (int i = 0; i < s.fields().size(); i++) {
                FieldDef f = s.fields().get(i);
                out.put(f.id(), new Placed(f, "栏目「" + s.label() + "」第" + (i + 1) + "位"));
            }
        }
        for (int i = 0; i < t.customFields().size(); i++) {
            out.put(t.customFields().get(i).id(), new Placed(t.customFields().get(i), "自定义字段第" + (i + 1) + "位"));
        }
        return out;
    }
}
