package cn.jixiao.templates.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed file read on its own terms, independent of the importer: its paragraphs and table cells in order,
 * and its tables as rows of cells (a table row is a run of tab-prefixed lines; rows are separated by blank
 * lines; a table ends at a line that is neither).
 */
final class SeedText {

    private SeedText() {
    }

    /** Every non-blank cell and every non-blank paragraph (bookmark markers removed), in order. */
    static List<String> units(String seed) {
        List<String> units = new ArrayList<>();
        for (String line : seed.split("\n", -1)) {
            String text = line.startsWith("\t") ? line.substring(1) : line.replaceAll("\\[bookmark: [^]]*]", "");
            if (!normalize(text).isEmpty()) {
                units.add(text);
            }
        }
        return units;
    }

    /** The seed's tables in order, each a list of rows of cell texts. */
    static List<List<List<String>>> tables(String seed) {
        List<List<List<String>>> tables = new ArrayList<>();
        List<List<String>> table = null;
        List<String> row = null;
        for (String line : seed.split("\n", -1)) {
            if (line.startsWith("\t")) {
                if (table == null) {
                    table = new ArrayList<>();
                    tables.add(table);
                }
                if (row == null) {
                    row = new ArrayList<>();
                    table.add(row);
                }
                row.add(line.substring(1));
            } else if (line.isEmpty()) {
                row = null;
            } else {
                row = null;
                table = null;
            }
        }
        return tables;
    }

    /** Text with every blank removed: the seed pads labels with spaces ("其中：财政    资金") to justify them. */
    static String normalize(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints()
                .filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Checks that {@code expected} occurs in {@code actual} in order (normalized equality, other units may sit
     * between); returns the first expected unit that does not, or {@code null}.
     */
    static String firstMissingInOrder(List<String> expected, List<String> actual) {
        int position = 0;
        for (String unit : expected) {
            String wanted = normalize(unit);
            while (position < actual.size() && !normalize(actual.get(position)).equals(wanted)) {
                position++;
            }
            if (position == actual.size()) {
                return unit;
            }
            position++;
        }
        return null;
    }
}
