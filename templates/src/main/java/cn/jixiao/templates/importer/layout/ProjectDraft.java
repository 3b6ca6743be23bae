package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.importer.grid.GridCell;
import java.util.List;

/**
 * A project read from the document with the unit that owns it.
 *
 * @param project       the project, fields recorded in the report already
 * @param unit          its unit, or {@code null} when the document does not say
 * @param unitCodeCells where the unit code was written (the same cell as the name in "202001某单位")
 * @param unitNameCells where the unit name was written
 */
record ProjectDraft(Project project, Unit unit, List<GridCell> unitCodeCells, List<GridCell> unitNameCells) {
    ProjectDraft {
        unitCodeCells = List.copyOf(unitCodeCells);
        unitNameCells = List.copyOf(unitNameCells);
    }
}
