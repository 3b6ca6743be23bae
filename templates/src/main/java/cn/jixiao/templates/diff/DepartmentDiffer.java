package cn.jixiao.templates.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Unit;

/** Compares the department's code, name and units (matched by unit code). */
final class DepartmentDiffer {

    private DepartmentDiffer() {}

    static DepartmentChange diff(Department from, Department to) {
        return new DepartmentChange(from.code(), to.code(), TextChange.between(from.name(), to.name()),
                units(from.units(), to.units()));
    }

    private static ListChanges<Unit, UnitChange> units(List<Unit> from, List<Unit> to) {
        if (from.equals(to)) {
            return ListChanges.none();
        }
        Map<String, Integer> toByCode = new HashMap<>();
        for (int j = to.size() - 1; j >= 0; j--) {
            toByCode.put(to.get(j).code(), j);
        }
        List<IndexPair> pairs = new ArrayList<>();
        boolean[] toTaken = new boolean[to.size()];
        for (int i = 0; i < from.size(); i++) {
            Integer j = toByCode.get(from.get(i).code());
            if (j != null && !toTaken[j]) {
                toTaken[j] = true;
                pairs.add(new IndexPair(i, j));
            }
        }
        return ListDiffer.diff(from, to, pairs, (pair, a, b, moved) -> {
            TextChange name = TextChange.between(a.name(), b.name());
            return name == null && !moved
                    ? null : new UnitChange(pair.fromIndex(), pair.toIndex(), moved, a.code(), name);
        });
    }
}
