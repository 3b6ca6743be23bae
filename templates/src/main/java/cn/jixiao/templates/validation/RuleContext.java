package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.forms.FieldDef;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.RuleSetting;
import cn.jixiao.templates.forms.ValueGrammar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What one rule sees while it runs, and where it reports. */
final class RuleContext {

    private final ValidationInput input;
    private final Rule rule;
    private final RuleSetting setting;
    private final List<Finding> sink;

    RuleContext(ValidationInput input, Rule rule, RuleSetting setting, List<Finding> sink) {
        this.input = input;
        this.rule = rule;
        this.setting = setting;
        this.sink = sink;
    }

    Disclosure disclosure() {
        return input.disclosure();
    }

    Map<String, String> customFieldValues() {
        return input.customFieldValues();
    }

    FormTemplate template() {
        return input.template();
    }

    RuleSetting setting() {
        return setting;
    }

    ValueGrammar grammar() {
        return input.template().valueGrammar();
    }

    List<IndicatorRow> indicatorRows() {
        return input.indicatorRows();
    }

    String label(String fieldId) {
        return input.template().label(fieldId);
    }

    Optional<FieldDef> field(String fieldId) {
        return input.template().field(fieldId);
    }

    /** Adds a finding; the message is the place, the problem and the source. */
    void report(Location location, String problem) {
        String place = Places.describe(location, input.disclosure(), input.template());
        String message = place + "：" + problem + "。依据：" + rule.source();
        sink.add(new Finding(rule.id(), setting.severity(), location, message, rule.source()));
    }
}
