package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.text.WordText;
import java.util.ArrayList;
import java.util.List;

/** Department code and name found in the document (部门名称, 主管部门, 部门编码 cells), in document order. */
final class DepartmentClues {

    /** A value and the cell it is in (the value may be part of the cell, as in "部门：…"). */
    record Clue(String text, GridCell cell) {}

    private final List<Clue> codes = new ArrayList<>();
    private final List<Clue> names = new ArrayList<>();

    void code(GridCell cell) {
        if (cell != null && !cell.isBlank()) {
            codes.add(new Clue(WordText.strip(cell.text()), cell));
        }
    }

    void name(GridCell cell) {
        if (cell != null && !cell.isBlank()) {
            names.add(new Clue(WordText.strip(cell.text()), cell));
        }
    }

    void name(String text, GridCell cell) {
        names.add(new Clue(WordText.strip(text), cell));
    }

    List<Clue> codes() {
        return codes;
    }

    List<Clue> names() {
        return names;
    }
}
