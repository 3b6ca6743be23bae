package cn.jixiao.templates.importer.text;

import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the indicator table (一级指标 … 指标值确定依据) that follows a project goal table. */
final class IndicatorTableReader {

    private enum Column { LEVEL1, LEVEL2, LEVEL3, DESCRIPTION, VALUE, BASIS }

    private static final Map<String, Column> HEADER_LABELS = new LinkedHashMap<>();

    static {
        HEADER_LABELS.put("一级指标", Column.LEVEL1);
        HEADER_LABELS.put("二级指标", Column.LEVEL2);
        HEADER_LABELS.put("三级指标", Column.LEVEL3);
        HEADER_LABELS.put("绩效指标描述", Column.DESCRIPTION);
        HEADER_LABELS.put("指标描述", Column.DESCRIPTION);
        HEADER_LABELS.put("指标值", Column.VALUE);
        HEADER_LABELS.put("指标值确定依据", Column.BASIS);
        HEADER_LABELS.put("确定依据", Column.BASIS);
    }

    private static final Map<Column, String> COLUMN_NAMES = Map.of(
            Column.LEVEL1, "一级指标", Column.LEVEL2, "二级指标", Column.LEVEL3, "三级指标",
            Column.DESCRIPTION, "绩效指标描述", Column.VALUE, "指标值", Column.BASIS, "指标值确定依据");

    private IndicatorTableReader() {}

    static boolean isHeader(Block.Row row) {
        return Texts.normalizeLabel(row.cell(0)).equals("一级指标");
    }

    /**
     * Reads the rows below {@code header}; blank 一级/二级 cells continue the row above (merged cells).
     *
     * @param error turns a detail into an exception that names the project table
     */
    static List<Indicator> read(Block.Row header, List<Block.Row> rows,
                                                            Function<String, DisclosureFormatException> error) {
        Map<Column, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column column = HEADER_LABELS.get(Texts.normalizeLabel(header.cell(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        for (Column column : Column.values()) {
            if (!columns.containsKey(column)) {
                throw error.apply("绩效指标表缺少“" + COLUMN_NAMES.get(column) + "”列");
            }
        }
        int width = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;

        List<Indicator> indicators = new ArrayList<>();
        String level1 = "";
        String level2 = "";
        int number = 0;
        for (Block.Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            number++;
            if (row.size() < width) {
                throw error.apply("绩效指标表第" + number + "行只有" + row.size() + "列，应有" + width + "列");
            }
            String cell1 = row.cell(columns.get(Column.LEVEL1));
            if (!cell1.isEmpty()) {
                level1 = cell1;
                level2 = ""; // a new 一级指标 never continues the previous 二级指标
            }
            String cell2 = row.cell(columns.get(Column.LEVEL2));
            if (!cell2.isEmpty()) {
                level2 = cell2;
            }
            indicators.add(new Indicator(level1, level2,
                    row.cell(columns.get(Column.LEVEL3)),
                    row.cell(columns.get(Column.DESCRIPTION)),
                    IndicatorValue.parse(row.cell(columns.get(Column.VALUE))),
                    row.cell(columns.get(Column.BASIS))));
        }
        return indicators;
    }
}
