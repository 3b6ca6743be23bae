package cn.jixiao.platform.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;

import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.ItemizedGoal;

/**
 * Part 1 as typed: paragraphs of 总体绩效目标 ({@code overall}) and 保障措施 ({@code measures}),
 * 分项绩效目标 rows ({@code itemTitle}, {@code itemGoal}, {@code itemIndicator}); rows whose number
 * is in {@code remove*} are deleted, blank rows dropped when saved; the form template's custom
 * fields as {@code custom.<id>}.
 */
record GoalsForm(int baseRevision, List<String> overall, List<ItemizedGoal> itemized, List<String> measures,
                 Map<String, String> custom) {

    private static final String CUSTOM = "custom.";

    static GoalsForm of(int baseRevision, DepartmentGoals goals, Map<String, String> custom) {
        return new GoalsForm(baseRevision, goals.overall(), goals.itemized(), goals.measures(), custom);
    }

    /** The typed value of a custom field, empty when none. */
    public String custom(String fieldId) {
        return custom.getOrDefault(fieldId, "");
    }

    GoalsForm rebasedOn(int revision) {
        return new GoalsForm(revision, overall, itemized, measures, custom);
    }

    /** Read from the raw parameters: a textarea's commas must not split it, as Spring's List conversion would. */
    static GoalsForm read(MultiValueMap<String, String> params) {
        List<String> titles = values(params, "itemTitle");
        List<String> goals = values(params, "itemGoal");
        List<String> indicators = values(params, "itemIndicator");
        List<ItemizedGoal> itemized = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            itemized.add(new ItemizedGoal(titles.get(i), at(goals, i), at(indicators, i)));
        }
        int base = TypedRevision.parse(params.getFirst("baseRevision"));
        Map<String, String> custom = new LinkedHashMap<>();
        params.forEach((name, v) -> {
            if (name.startsWith(CUSTOM) && !v.isEmpty()) {
                custom.put(name.substring(CUSTOM.length()), v.get(0).strip());
            }
        });
        return new GoalsForm(base, without(values(params, "overall"), removed(params, "removeOverall")),
                without(itemized, removed(params, "removeItem")), without(values(params, "measures"), removed(params, "removeMeasure")),
                custom);
    }

    /** The form with one blank row more in {@code section} (overall, itemized, measures), to type into. */
    GoalsForm withBlank(String section) {
        List<String> o = new ArrayList<>(overall);
        List<ItemizedGoal> it = new ArrayList<>(itemized);
        List<String> m = new ArrayList<>(measures);
        switch (section) {
            case "overall" -> o.add("");
            case "itemized" -> it.add(new ItemizedGoal("", "", ""));
            default -> m.add("");
        }
        return new GoalsForm(baseRevision, o, it, m, custom);
    }

    DepartmentGoals goals() {
        return new DepartmentGoals(overall.stream().filter(s -> !s.isBlank()).toList(),
                itemized.stream().filter(g -> !(g.title().isBlank() && g.goal().isBlank() && g.indicator().isBlank())).toList(),
                measures.stream().filter(s -> !s.isBlank()).toList());
    }

    private static List<String> values(MultiValueMap<String, String> params, String name) {
        List<String> v = params.get(name);
        return v == null ? List.of() : v.stream().map(String::strip).toList();
    }

    private static String at(List<String> list, int i) {
        return i < list.size() ? list.get(i) : "";
    }

    private static Set<Integer> removed(MultiValueMap<String, String> params, String name) {
        return values(params, name).stream().map(Integer::valueOf).collect(Collectors.toSet());
    }

    private static <T> List<T> without(List<T> list, Set<Integer> numbers) {
        List<T> kept = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!numbers.contains(i + 1)) {
                kept.add(list.get(i));
            }
        }
        return kept;
    }
}
