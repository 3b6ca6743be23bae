package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.text.WordText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Department code and name found in the document (部门名称, 主管部门, 部门编码 cells), in document order. Budget
 * systems write a department as "820-XX部门": that is code 820 and name XX部门.
 */
final class DepartmentClues {

    private static final Pattern CODE_AND_NAME = Pattern.compile("^(\\d{3,}+)\\s*[-－—_]\\s*(\\S.*)$", Pattern.DOTALL);

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
            name(cell.text(), cell);
        }
    }

    void name(String text, GridCell cell) {
        Matcher m = CODE_AND_NAME.matcher(WordText.strip(text));
        if (m.matches()) {
            codes.add(new Clue(m.group(1), cell));
            names.add(new Clue(WordText.strip(m.group(2)), cell));
        } else {
            names.add(new Clue(WordText.strip(text), cell));
        }
    }

    List<Clue> codes() {
        return codes;
    }

    List<Clue> names() {
        return names;
    }
}
