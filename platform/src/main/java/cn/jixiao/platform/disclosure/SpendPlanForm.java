package cn.jixiao.platform.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.MultiValueMap;

import cn.jixiao.templates.disclosure.SpendCheckpoint;

/** A project's spending plan as typed: checkpoint labels and their cumulative percents (blank allowed). */
record SpendPlanForm(int baseRevision, List<String> labels, List<String> percents) {

    /** The checkpoints a plan has when the project has none yet. */
    static final List<String> DEFAULT_LABELS = List.of("3月底", "6月底", "10月底", "12月底");

    static SpendPlanForm of(int baseRevision, List<SpendCheckpoint> plan) {
        if (plan.isEmpty()) {
            return new SpendPlanForm(baseRevision, DEFAULT_LABELS, DEFAULT_LABELS.stream().map(l -> "").toList());
        }
        return new SpendPlanForm(baseRevision, plan.stream().map(SpendCheckpoint::label).toList(), plan.stream()
                .map(c -> c.cumulativePercent() == null ? "" : c.cumulativePercent().toPlainString()).toList());
    }

    static SpendPlanForm read(MultiValueMap<String, String> params) {
        int base = TypedRevision.parse(params.getFirst("baseRevision"));
        List<String> labels = params.getOrDefault("label", List.of());
        List<String> percents = params.getOrDefault("percent", List.of());
        return new SpendPlanForm(base, labels.stream().map(String::strip).toList(), percents.stream().map(String::strip).toList());
    }

    /** Problems with the typed percents, in Chinese. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < percents.size(); i++) {
            try {
                percent(percents.get(i));
            } catch (NumberFormatException e) {
                problems.add((i < labels.size() ? labels.get(i) : "第 " + (i + 1) + " 列") + "应为百分数，例如 30（表示 30%）");
            }
        }
        return problems;
    }

    List<SpendCheckpoint> checkpoints() {
        List<SpendCheckpoint> plan = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            plan.add(new SpendCheckpoint(labels.get(i), i < percents.size() ? percent(percents.get(i)) : null));
        }
        return plan;
    }

    private static BigDecimal percent(String typed) {
        String v = typed.replace("%", "").replace("％", "").strip();
        return v.isEmpty() ? null : new BigDecimal(v);
    }
}
