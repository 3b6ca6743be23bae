package cn.jixiao.templates.importer.corpus;

import static cn.jixiao.templates.importer.fixtures.Cell.below;
import static cn.jixiao.templates.importer.fixtures.Cell.of;
import static cn.jixiao.templates.importer.fixtures.Cell.span;
import static cn.jixiao.templates.importer.fixtures.Cell.top;

import cn.jixiao.templates.importer.corpus.CorpusContent.Source;
import cn.jixiao.templates.importer.corpus.Expected.Ind;
import cn.jixiao.templates.importer.corpus.Expected.Proj;
import cn.jixiao.templates.importer.corpus.Expected.UnitRef;
import cn.jixiao.templates.importer.fixtures.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How offices lay out project goal tables, one style per corpus folder. Each writes a {@link Source} into a
 * {@link Sink} (Word or Excel) and says what a person reads from that file: the style decides which of the
 * source's fields the file holds at all (a style without a 资金用途 row holds no purpose).
 * {@code alternate} picks the style's second variant (fused tables, a header not repeated, a column left out).
 */
enum CorpusStyle {

    /** Our own district's layout (Hebei): unit line, 项目编码/名称, 预算规模及资金用途, 绩效目标; indicator table apart or fused. */
    HEBEI("hebei") {
        @Override
        void preface(Sink out) {
            out.paragraph("第二部分").paragraph("预算项目绩效目标");
        }

        @Override
        void project(Source s, Proj p, int n, Sink out, boolean fused) {
            out.heading(n + "." + p.name() + "绩效目标表").table(7);
            for (Cell[] row : seedGoalRows(s, p, out, unitLine(s, p))) {
                out.row(row);
            }
            if (!fused) {
                out.endTable().table(6);
            }
            int last = fused ? 2 : 1;
            out.row(of("一级指标"), of("二级指标"), of("三级指标"), of("绩效指标描述"), of("指标值"), span("指标值确定依据", last));
            levelOneMerged(p.indicators(), (ind, level1) -> new Cell[] {level1, of(ind.level2()), of(ind.level3()),
                of(ind.description()), of(ind.value()), span(ind.basis(), last)}).forEach(out::row);
            out.endTable();
        }
    },

    /**
     * Hubei: 项目名称/项目编码, 主管部门/实施单位, 项目资金（万元） rows with the unit in each amount (财政拨款, 上年结转,
     * 其他资金), 长期目标 and 年度目标, an indicator table "二级指标 | 三级指标 | 绩效标准 | 评（扣）分标准" continued after a page
     * break as a second table with its header repeated ({@code alternate}: not repeated).
     */
    HUBEI("hubei") {
        @Override
        void project(Source s, Proj p, int n, Sink out, boolean headerNotRepeated) {
            UnitRef unit = s.unit(p.unitCode());
            out.paragraph(n + "." + p.name() + "绩效目标表").table(4)
                    .row(of("项目名称"), of(p.name()), of("项目编码"), of(p.code()))
                    .row(of("主管部门"), of(s.department().name()), of("实施单位"), of(unit.code() + unit.name()))
                    .row(top("项目资金（万元）"), of("年度资金总额"), span(p.total().toPlainString() + "万元", 2))
                    .row(below(), of("其中：财政拨款"), span(p.fiscal().toPlainString() + "万", 2))
                    .row(below(), of("上年结转"), span("0万元", 2))
                    .row(below(), of("其他资金"), span(p.other().toPlainString() + "万元", 2))
                    .row(top("绩效目标"), of("长期目标"), span("三年内" + p.name() + "持续发挥效益。", 2))
                    .row(below(), of("年度目标"), span(p.goal(), 2))
                    .endTable();
            int split = (p.indicators().size() + 1) / 2;
            out.table(4).row(Cell.row("二级指标", "三级指标", "绩效标准", "评（扣）分标准"));
            for (int r = 0; r < p.indicators().size(); r++) {
                if (r == split) {
                    out.endTable().table(4);
                    if (!headerNotRepeated) {
                        out.row(Cell.row("二级指标", "三级指标", "绩效标准", "评（扣）分标准"));
                    }
                }
                Ind ind = p.indicators().get(r);
                out.row(of(ind.level2()), of(ind.level3()), of(ind.value()), of("未达到目标值酌情扣分"));
            }
            out.endTable();
        }

        @Override
        Proj holds(Proj p) {
            return p.withPurpose("").withIndicators(p.indicators().stream().map(i -> i.without(true, true)).toList());
        }
    },

    /**
     * Hunan: the seed's goal table, indicator headers "一级指标 | 二级指标 | 指标内容 | 当年预期实现值 | 指标值确定依据"
     * ({@code alternate}: no 一级指标 column, "二级指标 | 三级指标 | 当年预期实现值 | 指标值确定依据").
     */
    HUNAN("hunan") {
        @Override
        void project(Source s, Proj p, int n, Sink out, boolean noLevelOne) {
            out.heading(n + "." + p.name() + "绩效目标表").table(7);
            seedGoalRows(s, p, out, unitLine(s, p)).forEach(out::row);
            out.endTable();
            if (noLevelOne) {
                out.table(4).row(Cell.row("二级指标", "三级指标", "当年预期实现值", "指标值确定依据"));
                p.indicators().forEach(ind -> out.row(Cell.row(ind.level2(), ind.level3(), ind.value(), ind.basis())));
            } else {
                out.table(5).row(Cell.row("一级指标", "二级指标", "指标内容", "当年预期实现值", "指标值确定依据"));
                levelOneMerged(p.indicators(), (ind, level1) -> new Cell[] {level1, of(ind.level2()), of(ind.level3()),
                    of(ind.value()), of(ind.basis())}).forEach(out::row);
            }
            out.endTable();
        }

        @Override
        Proj holds(Proj p) {
            return p.withIndicators(p.indicators().stream().map(i -> i.without(true, false)).toList());
        }
    },

    /**
     * Sichuan: one table per project; 项目资金（万元） rows 年度资金总额 / 其中：财政拨款 / 其他资金, 年度总体目标, and the
     * indicator rows in the same table under a "绩效指标" cell merged down the left.
     */
    SICHUAN("sichuan") {
        @Override
        void project(Source s, Proj p, int n, Sink out, boolean alternate) {
            UnitRef unit = s.unit(p.unitCode());
            out.paragraph("项目支出绩效目标申报表").paragraph("（" + FISCAL_YEAR + "年度）").table(7)
                    .row(of("项目名称"), span(p.name(), 3), of("项目编码"), span(p.code(), 2))
                    .row(of("主管部门"), span(s.department().name(), 3), of("实施单位"), span(unit.code() + unit.name(), 2))
                    .row(top("项目资金（万元）"), span("年度资金总额", 2), span(out.amount(p.total()), 4))
                    .row(below(), span("其中：财政拨款", 2), span(out.amount(p.fiscal()), 4))
                    .row(below(), span("其他资金", 2), span(out.amount(p.other()), 4))
                    .row(of("年度总体目标"), span(p.goal(), 6))
                    .row(top("绩效指标"), of("一级指标"), of("二级指标"), span("三级指标", 2), span("指标值", 2));
            levelOneMerged(p.indicators(), (ind, level1) -> new Cell[] {below(), level1, of(ind.level2()),
                span(ind.level3(), 2), span(ind.value(), 2)}).forEach(out::row);
            out.endTable();
        }

        @Override
        Proj holds(Proj p) {
            return p.withPurpose("").withIndicators(p.indicators().stream().map(i -> i.without(true, true)).toList());
        }
    },

    /**
     * Tianjin: amounts in 元 ("单位：元" beside the 预算单位), 预算金额 / 其中：财政资金 / 其他资金, 资金用途, 绩效目标;
     * indicator headers "一级指标 | 二级指标 | 指标名称 | 目标值 | 指标值设定依据".
     */
    TIANJIN("tianjin") {
        @Override
        void project(Source s, Proj p, int n, Sink out, boolean alternate) {
            UnitRef unit = s.unit(p.unitCode());
            out.heading(n + "." + p.name() + "绩效目标表").table(6)
                    .row(of("预算单位"), span(unit.code() + unit.name(), 4), of("单位：元"))
                    .row(of("项目编码"), span(p.code(), 2), of("项目名称"), span(p.name(), 2))
                    .row(of("预算金额"), of(yuan(p.total())), of("其中：财政资金"), of(yuan(p.fiscal())), of("其他资金"),
                            of(yuan(p.other())))
                    .row(of("资金用途"), span(p.purpose(), 5))
                    .row(of("绩效目标"), span(p.goal(), 5))
                    .endTable()
                    .table(5).row(Cell.row("一级指标", "二级指标", "指标名称", "目标值", "指标值设定依据"));
            levelOneMerged(p.indicators(), (ind, level1) -> new Cell[] {level1, of(ind.level2()), of(ind.level3()),
                of(ind.value()), of(ind.basis())}).forEach(out::row);
            out.endTable();
        }

        @Override
        Proj holds(Proj p) {
            return p.withIndicators(p.indicators().stream().map(i -> i.without(true, false)).toList());
        }
    },

    /**
     * Guangdong: 项目资金（万元） with 年度资金总额 and 其中：财政拨款 side by side, 中长期目标 / 年度目标, and the indicator
     * rows in the same table with 长期指标值 beside 年度指标值.
     */
    GUANGDONG("guangdong") {
        @Override
        void project(Source s, Proj p, int n, Sink out, boolean alternate) {
            UnitRef unit = s.unit(p.unitCode());
            out.heading(n + "." + p.name() + "绩效目标表").table(6)
                    .row(of("项目名称"), span(p.name(), 2), of("项目编码"), span(p.code(), 2))
                    .row(of("主管部门"), span(s.department().name(), 2), of("实施单位"), span(unit.code() + unit.name(), 2))
                    .row(top("项目资金（万元）"), of("年度资金总额"), of(out.amount(p.total())), of("其中：财政拨款"),
                            span(out.amount(p.fiscal()), 2))
                    .row(below(), of("其他资金"), span(out.amount(p.other()), 4))
                    .row(top("绩效目标"), of("中长期目标"), span("到2027年" + p.name() + "全面达标。", 4))
                    .row(below(), of("年度目标"), span(p.goal(), 4))
                    .row(Cell.row("一级指标", "二级指标", "三级指标", "长期指标值", "年度指标值", "指标值确定依据"));
            levelOneMerged(p.indicators(), (ind, level1) -> new Cell[] {level1, of(ind.level2()), of(ind.level3()),
                of(ind.value()), of(ind.value()), of(ind.basis())}).forEach(out::row);
            out.endTable();
        }

        @Override
        Proj holds(Proj p) {
            return p.withPurpose("").withIndicators(p.indicators().stream().map(i -> i.without(true, false)).toList());
        }
    },

    /**
     * Heilongjiang: the seed's table with labels spaced out and broken over lines ("项 目 编 码", "预 算 数",
     * "其中：财政\n资金"), indicator headers "一级\n指标 | 二级\n指标 | 三级\n指标 | 指标\n解释 | 指 标 值 | 设定\n依据".
     */
    HEILONGJIANG("heilongjiang") {
        @Override
        void project(Source s, Proj p, int n, Sink out, boolean alternate) {
            out.heading(n + "." + p.name() + "绩效目标表").table(7)
                    .row(of(unitLine(s, p)), span("单位：万元", 6))
                    .row(of("项 目 编 码"), of(p.code()), of("项 目 名 称"), span(p.name(), 4))
                    .row(top("预算规模\n及资金用途"), of("预 算 数"), of(out.amount(p.total())), of("其中：财政\n资金"),
                            of(out.amount(p.fiscal())), of("其他\n资金"), of(out.amount(p.other())))
                    .row(below(), span(p.purpose(), 6))
                    .row(of("绩 效 目 标"), span(p.goal(), 6))
                    .endTable()
                    .table(6).row(Cell.row("一级\n指标", "二级\n指标", "三级\n指标", "指标\n解释", "指 标 值", "设定\n依据"));
            levelOneMerged(p.indicators(), (ind, level1) -> new Cell[] {level1, of(ind.level2()), of(ind.level3()),
                of(ind.description()), of(ind.value()), of(ind.basis())}).forEach(out::row);
            out.endTable();
        }
    },

    /**
     * A budget system's flat export: title and "单位：元" rows, one header row, a department total row
     * ("820-某某区农业农村局 | | | 8,827,620.53"), 预算数 / 其中：财政资金 / 其他资金 in 元, unit names "820001-…" merged down over their projects, the value
     * split over 指标性质 / 指标值 / 度量单位, 权重; {@code alternate}: the last unit written "-某某…" with no code.
     */
    FLAT("flat-export") {
        @Override
        void write(Source s, Sink out, boolean lastUnitWithoutCode) {
            out.part("项目绩效目标").table(13).row(span(FISCAL_YEAR + "年项目支出绩效目标表", 13)).row(span("单位：元", 13))
                    .row(Cell.row("单位名称", "项目编码", "项目名称", "预算数", "其中：财政资金", "其他资金", "一级指标", "二级指标",
                            "三级指标", "指标性质", "指标值", "度量单位", "权重"));
            BigDecimal sum = s.projects().stream().map(Proj::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.row(of(s.department().code() + "-" + s.department().name()), of(""), of(""),
                    of(String.format("%,.2f", sum.movePointRight(4))));
            List<Proj> projects = s.projects();
            for (int pi = 0; pi < projects.size(); pi++) {
                Proj p = projects.get(pi);
                UnitRef unit = s.unit(p.unitCode());
                boolean unitStarts = pi == 0 || !projects.get(pi - 1).unitCode().equals(p.unitCode());
                boolean noCode = lastUnitWithoutCode && unit.code().equals(projects.get(projects.size() - 1).unitCode())
                        && !unit.code().equals(projects.get(0).unitCode());
                String unitText = noCode ? "-" + unit.name() : unit.code() + "-" + unit.name();
                for (int r = 0; r < p.indicators().size(); r++) {
                    Ind ind = p.indicators().get(r);
                    Cell unitCell = unitStarts && r == 0 ? top(unitText) : below();
                    out.row(unitCell, of(p.code()), of(p.name()), of(yuan(p.total())), of(yuan(p.fiscal())),
                            of(yuan(p.other())), of(ind.level1()), of(ind.level2()),
                            of(ind.level3()), of(comparatorCell(ind)), of(numberCell(ind)), of(unitCell(ind)),
                            of(String.valueOf(100 / p.indicators().size())));
                }
            }
            out.endTable();
        }

        @Override
        Proj holds(Proj p) {
            return p.withPurpose("").withIndicators(p.indicators().stream().map(i -> i.without(true, true)
                    .withValue(composed(i))).toList());
        }

        @Override
        Expected.Target target(Source s) {
            return new Expected.Target(null, null, FISCAL_YEAR); // the total row names the department
        }

        @Override
        String goalOf(Proj p) {
            return "";
        }
    };

    static final int FISCAL_YEAR = 2025;

    private final String folder;

    CorpusStyle(String folder) {
        this.folder = folder;
    }

    String folder() {
        return folder;
    }

    /** The file: what comes before the projects, then each project (in Excel on a sheet of its own). */
    void write(Source source, Sink out, boolean alternate) {
        preface(out);
        for (int i = 0; i < source.projects().size(); i++) {
            project(source, source.projects().get(i), i + 1, out.part("项目" + (i + 1)), alternate);
        }
    }

    void preface(Sink out) {
    }

    /** Project number {@code n}'s tables. */
    void project(Source source, Proj p, int n, Sink out, boolean alternate) {
        throw new UnsupportedOperationException(name() + " writes the whole file at once");
    }

    /** The project as this style's file holds it. */
    Proj holds(Proj p) {
        return p;
    }

    /** The project's goal as the file holds it (a flat export has none). */
    String goalOf(Proj p) {
        return p.goal();
    }

    Expected.Target target(Source s) {
        return new Expected.Target(s.department().code(), s.department().name(), FISCAL_YEAR);
    }

    List<String> layouts() {
        return List.of(this == FLAT ? "FLAT_EXPORT" : "PROJECT_TABLES");
    }

    /** What a person reads from the file this style writes of {@code s}. */
    Expected expected(Source s, boolean alternate) {
        List<Proj> projects = new ArrayList<>();
        List<UnitRef> units = new ArrayList<>();
        boolean noCode = this == FLAT && alternate;
        String lastUnit = s.projects().get(s.projects().size() - 1).unitCode();
        for (Proj source : s.projects()) {
            Proj p = holds(source);
            p = new Proj(p.unitCode(), p.code(), p.name(), p.total(), p.fiscal(), p.other(), p.purpose(), goalOf(p),
                    p.indicators());
            if (noCode && p.unitCode().equals(lastUnit) && !lastUnit.equals(s.projects().get(0).unitCode())) {
                p = p.withUnitCode("");
            } else if (units.stream().noneMatch(u -> u.code().equals(source.unitCode()))) {
                units.add(s.unit(source.unitCode()));
            }
            projects.add(p);
        }
        return new Expected(folder, layouts(), target(s), null,
                new Expected.Dept(s.department().code(), s.department().name(), units), projects);
    }

    // ---- shared pieces of the styles

    static String unitLine(Source s, Proj p) {
        UnitRef unit = s.unit(p.unitCode());
        return unit.code() + unit.name();
    }

    /** The seed's goal rows: unit line, 项目编码/名称, 预算规模及资金用途 with 预算数/财政资金/其他资金 and the purpose, 绩效目标. */
    static List<Cell[]> seedGoalRows(Source s, Proj p, Sink out, String unitLine) {
        return List.of(
                new Cell[] {of(unitLine), span("单位：万元", 6)},
                new Cell[] {of("项目编码"), of(p.code()), of("项目名称"), span(p.name(), 4)},
                new Cell[] {top("预算规模及资金用途"), of("预算数"), of(out.amount(p.total())), of("其中：财政资金"),
                    of(out.amount(p.fiscal())), of("其他资金"), of(out.amount(p.other()))},
                new Cell[] {below(), span(p.purpose(), 6)},
                new Cell[] {of("绩效目标"), span(p.goal(), 6)});
    }

    interface RowOf {
        Cell[] row(Ind indicator, Cell level1);
    }

    /** Indicator rows with the 一级指标 cell merged down over the rows that share it. */
    static List<Cell[]> levelOneMerged(List<Ind> indicators, RowOf rowOf) {
        List<Cell[]> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Ind ind = indicators.get(i);
            boolean continues = i > 0 && indicators.get(i - 1).level1().equals(ind.level1());
            boolean merges = !continues && i + 1 < indicators.size() && indicators.get(i + 1).level1().equals(ind.level1());
            rows.add(rowOf.row(ind, continues ? below() : merges ? top(ind.level1()) : of(ind.level1())));
        }
        return rows;
    }

    static String yuan(BigDecimal wan) {
        return wan.movePointRight(4).setScale(2).toPlainString();
    }

    /** The flat export's 指标性质: a symbol as budget systems write them, or 定性. */
    static String comparatorCell(Ind ind) {
        if (ind.comparator() == null) {
            return "定性";
        }
        return switch (ind.comparator()) {
            case "GE" -> "≥";
            case "LE" -> "≤";
            case "GT" -> "＞";
            case "LT" -> "＜";
            default -> "＝";
        };
    }

    static String numberCell(Ind ind) {
        return ind.number() == null ? ind.value() : ind.number().toPlainString();
    }

    static String unitCell(Ind ind) {
        return ind.unit() == null ? "" : ind.unit();
    }

    /** The value a flat export's split columns mean, with the canonical symbol: "≥120公里", "=100%". */
    static String composed(Ind ind) {
        if (ind.comparator() == null) {
            return ind.value();
        }
        String symbol = switch (ind.comparator()) {
            case "GE" -> "≥";
            case "LE" -> "≤";
            case "GT" -> ">";
            case "LT" -> "<";
            default -> "=";
        };
        return symbol + ind.number().toPlainString() + ind.unit();
    }
}
