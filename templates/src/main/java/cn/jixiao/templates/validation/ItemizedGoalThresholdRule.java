package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.forms.BuiltInField;
import java.util.List;
import java.util.regex.Pattern;

/** goals.itemized.threshold: each 分项绩效目标's 绩效指标 states a measurable target such as "大于90%". */
final class ItemizedGoalThresholdRule implements Rule {

    private static final String NUMBER = "[0-9０-９]+(?:[.．][0-9０-９]+)?";

    // A comparator followed by a number ("大于90%", "≥95%", "不少于3次"), a percentage ("100%"),
    // or a number with a bound word ("3个工作日内", "10次以上")
    private static final Pattern THRESHOLD = Pattern.compile(
            "(?:[≥≤><=＞＜＝]|不低于|不少于|不小于|不高于|不超过|不多于|不大于|大于|小于|高于|低于|超过|多于|少于|达到|等于)\\s*"
                    + NUMBER
                    + "|" + NUMBER + "\\s*(?:%|％|百分比)"
                    + "|" + NUMBER + "\\s*\\S{1,4}?(?:以上|以下|以内|之内|内)");

    @Override
    public String id() {
        return "goals.itemized.threshold";
    }

    @Override
    public String source() {
        return Sources.MOF_2015_GOALS;
    }

    @Override
    public void check(RuleContext ctx) {
        List<ItemizedGoal> items = ctx.disclosure().goals().itemized();
        for (int i = 0; i < items.size(); i++) {
            String text = items.get(i).indicator();
            if (!text.isBlank() && !THRESHOLD.matcher(text).find()) {
                ctx.report(Locations.itemized(i + 1, BuiltInField.ITEMIZED_INDICATOR.id()),
                        "绩效指标「" + text + "」没有可衡量的目标值，应写明比较符和数值，如“完成率大于90%”");
            }
        }
    }
}
