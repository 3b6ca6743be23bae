package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.importer.grid.GridCell;
import java.util.List;

/**
 * A project read from the document with the unit that owns it.
 *
 * @param project   the project, fields recorded in the report already
 * @param unit      its unit, or {@code null} when the document does not say
 * @param unitCells where the unit was written (code and name, one cell or two)
 */
record ProjectDraft(Project project, Unit unit, List<GridCell> unitCells) {
    ProjectDraft {
        unitCells = List.copyOf(unitCells);
    }
}
