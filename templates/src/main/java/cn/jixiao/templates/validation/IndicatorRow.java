package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.forms.IndicatorHierarchy;
import cn.jixiao.templates.forms.Level1Node;
import cn.jixiao.templates.forms.Level2Node;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator row with its position and where it sits in the template's hierarchy.
 *
 * @param projectNo 1-based project number
 * @param project   the project
 * @param rowNo     1-based row in the project's indicator table
 * @param indicator the row
 * @param level1    its 一级指标 node, {@code null} when the template does not know the label
 * @param level2    its 二级指标 node, {@code null} when unknown or not under {@code level1}
 */
record IndicatorRow(int projectNo, Project project, int rowNo, Indicator indicator, Level1Node level1,
                    Level2Node level2) {

    /** All rows of all projects in document order. */
    static List<IndicatorRow> of(List<Project> projects, IndicatorHierarchy hierarchy) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            for (int r = 0; r < project.indicators().size(); r++) {
                Indicator i = project.indicators().get(r);
                Level1Node l1 = hierarchy.find(i.level1()).orElse(null);
                Level2Node l2 = l1 == null ? null : l1.child(i.level2()).orElse(null);
                rows.add(new IndicatorRow(p + 1, project, r + 1, i, l1, l2));
            }
        }
        return rows;
    }

    /** Location of one cell of this row. */
    Location at(String column) {
        return Locations.indicator(projectNo, project, rowNo, column);
    }

    /** Name of the 二级指标 for messages: the template's name when known, else as written. */
    String level2Name() {
        return level2 == null ? indicator.level2() : level2.name();
    }
}
