package cn.jixiao.templates.importer.corpus;

import static cn.jixiao.templates.importer.fixtures.Cell.of;

import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.importer.corpus.CorpusContent.Source;
import cn.jixiao.templates.importer.corpus.Expected.Proj;
import cn.jixiao.templates.importer.corpus.Expected.UnitRef;
import cn.jixiao.templates.importer.fixtures.Cell;
import cn.jixiao.templates.importer.fixtures.DocxBuilder;
import cn.jixiao.templates.importer.fixtures.XlsxBuilder;
import cn.jixiao.templates.render.DistrictVolumeRenderer;
import cn.jixiao.templates.render.RenderOptions;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the import corpus ({@code templates/src/test/resources/importer/corpus/<folder>/}): every style of
 * {@link CorpusStyle} for each department of {@link CorpusContent} as Word (docx4j) and Excel (POI), the defects
 * of issue 14 that are no style (a unit line of only a code or only a name, an Excel formula saved without its
 * result), and documents that are no goal tables; each with {@code <file>.json} ({@link Expected}).
 * {@code corpus/libreoffice.sh} then adds the files LibreOffice writes from some of them.
 *
 * <p>Run from {@code templates/}: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * cn.jixiao.templates.importer.corpus.CorpusFiles src/test/resources/importer/corpus}
 */
public final class CorpusFiles {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record CorpusFile(String folder, String name, byte[] content, Expected expected) {}

    private CorpusFiles() {}

    static List<CorpusFile> all() {
        List<CorpusFile> files = new ArrayList<>();
        for (CorpusStyle style : CorpusStyle.values()) {
            for (int i = 0; i < CorpusContent.ALL.size(); i++) {
                Source s = CorpusContent.ALL.get(i);
                String base = style.folder() + "-" + s.department().code();
                files.add(file(style, base + (i == 1 ? "-b" : "") + ".docx", s, i == 1, Sink.docx()));
                files.add(file(style, base + (i == 2 ? "-b" : "") + ".xlsx", s, i == 2, Sink.xlsx()));
            }
        }
        files.addAll(unitLines());
        files.addAll(formulas());
        files.addAll(notGoalTables());
        return files;
    }

    private static CorpusFile file(CorpusStyle style, String name, Source s, boolean alternate, Sink sink) {
        style.write(s, sink, alternate);
        return new CorpusFile(style.folder(), name, sink.build(), style.expected(s, alternate));
    }

    /** Unit lines holding only the unit's code ("346001") or only its name (the person picks the unit on accept). */
    private static List<CorpusFile> unitLines() {
        List<CorpusFile> files = new ArrayList<>();
        for (Source s : List.of(CorpusContent.CULTURE, CorpusContent.HEALTH)) {
            for (Sink sink : List.of(Sink.docx(), Sink.xlsx())) {
                Source codesOnly = new Source(new Expected.Dept(s.department().code(), s.department().name(),
                        s.department().units().stream().map(u -> new UnitRef(u.code(), "")).toList()), s.projects());
                CorpusStyle.HEBEI.write(codesOnly, sink, false);
                files.add(new CorpusFile("unit-code-only", "code-only-" + s.department().code() + "." + sink.extension(),
                        sink.build(), CorpusStyle.HEBEI.expected(codesOnly, false)));
            }
            for (Sink sink : List.of(Sink.docx(), Sink.xlsx())) {
                Source namesOnly = new Source(new Expected.Dept(s.department().code(), s.department().name(),
                        s.department().units().stream().map(u -> new UnitRef("", u.name())).toList()),
                        s.projects().stream().map(p -> p.withUnitCode("")).toList());
                CorpusStyle.HEBEI.write(namesOnly, sink, false);
                Expected named = CorpusStyle.HEBEI.expected(namesOnly, false);
                files.add(new CorpusFile("no-unit-code", "name-only-" + s.department().code() + "." + sink.extension(),
                        sink.build(), new Expected(named.style(), named.layouts(), named.target(), null,
                        new Expected.Dept(s.department().code(), s.department().name(), List.of()), named.projects())));
            }
        }
        return files;
    }

    /** The seed layout in Excel with 预算数 a formula saved without its result (as programs that never calculate write it). */
    private static List<CorpusFile> formulas() {
        List<CorpusFile> files = new ArrayList<>();
        for (Source s : List.of(CorpusContent.CULTURE, CorpusContent.AGRICULTURE)) {
            Sink sink = Sink.xlsx();
            CorpusStyle.HEBEI.write(s, sink, false);
            byte[] written = withoutResults(sink.build());
            Expected e = CorpusStyle.HEBEI.expected(s, false);
            List<Proj> projects = e.projects().stream().map(p -> p.withTotal(null)).toList();
            files.add(new CorpusFile("excel-formula", "formula-" + s.department().code() + ".xlsx", written,
                    new Expected(e.style(), e.layouts(), e.target(), null, e.department(), projects)));
        }
        return files;
    }

    /** On every project sheet, 预算数 (row 4, column C) becomes "=E4+G4" with no cached value. */
    private static byte[] withoutResults(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                for (Row row : sheet) {
                    if (row.getCell(1) != null && row.getCell(1).toString().equals("预算数")) {
                        XSSFCell cell = (XSSFCell) row.getCell(2);
                        int excelRow = row.getRowNum() + 1;
                        cell.setCellFormula("E" + excelRow + "+G" + excelRow);
                        if (cell.getCTCell().isSetV()) {
                            cell.getCTCell().unsetV();
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CorpusFile> notGoalTables() {
        List<CorpusFile> files = new ArrayList<>();
        files.add(refused("toc.docx", new DocxBuilder().paragraph("某某区农业农村局2025年部门预算公开").paragraph("目录")
                .paragraph("一、部门收支总表").paragraph("二、部门收入总表").paragraph("三、部门支出总表")
                .paragraph("四、财政拨款收支总表").paragraph("五、项目支出绩效目标表").paragraph("六、部门整体绩效目标表")
                .build(), "NO_RECOGNIZABLE_TABLES"));
        files.add(refused("toc-traditional.docx", new DocxBuilder().paragraph("目錄").paragraph("一、部門收支總表……1")
                .paragraph("二、項目支出績效目標表……12").paragraph("三、部門整體績效目標表……20").build(), "NO_RECOGNIZABLE_TABLES"));
        files.add(refused("income-expenditure.docx", new DocxBuilder().paragraph("部门收支总表").paragraph("单位：万元")
                .table(4).row(Cell.span("收入", 2), Cell.span("支出", 2)).row(Cell.row("项目", "预算数", "项目", "预算数"))
                .row(Cell.row("一般公共预算拨款收入", "8827.62", "农林水支出", "8827.62"))
                .row(Cell.row("收入总计", "8827.62", "支出总计", "8827.62")).endTable().build(), "NO_RECOGNIZABLE_TABLES"));
        files.add(refused("income-expenditure.xlsx", new XlsxBuilder().sheet("收支总表").row(of("部门收支总表"))
                .row(of("单位：万元")).row(Cell.span("收入", 2), Cell.span("支出", 2)).row(Cell.row("项目", "预算数", "项目", "预算数"))
                .row(Cell.row("一般公共预算拨款收入", "=n:8827.62", "农林水支出", "=n:8827.62"))
                .row(Cell.row("收入总计", "=n:8827.62", "支出总计", "=n:8827.62")).build(), "NO_RECOGNIZABLE_TABLES"));
        files.add(refused("self-evaluation.docx", new DocxBuilder().paragraph("项目支出绩效自评表").table(7)
                .row(of("项目名称"), Cell.span("农村道路养护", 6))
                .row(Cell.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"))
                .row(Cell.row("产出指标", "数量指标", "养护里程", "≥120公里", "125公里", "20", "20"))
                .endTable().build(), "SELF_EVALUATION"));
        files.add(refused("self-evaluation.xlsx", new XlsxBuilder().sheet("自评表").row(of("2024年度项目支出绩效自评表"))
                .row(of("项目名称"), Cell.span("高标准农田建设", 6))
                .row(Cell.row("一级指标", "二级指标", "三级指标", "年度指标值", "全年执行数", "分值", "得分"))
                .row(Cell.row("产出指标", "数量指标", "新建面积", "≥2000亩", "2100亩", "30", "30")).build(), "SELF_EVALUATION"));
        var departments = SyntheticDistrict.generate(14, FISCAL_YEAR_VOLUME, 3, 3, 4);
        files.add(refused("district-volume.docx", new DistrictVolumeRenderer().renderDocx(
                new District("demo", "某某区", "130202"), FISCAL_YEAR_VOLUME, departments, RenderOptions.defaults()),
                "DISTRICT_VOLUME"));
        return files;
    }

    private static final int FISCAL_YEAR_VOLUME = 2025;

    private static CorpusFile refused(String name, byte[] content, String reason) {
        return new CorpusFile("not-goal-tables", name, content, new Expected("not-goal-tables", List.of(),
                new Expected.Target("820", "某某区农业农村局", FISCAL_YEAR_VOLUME), reason, null, List.of()));
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/importer/corpus");
        for (CorpusFile f : all()) {
            Path folder = Files.createDirectories(root.resolve(f.folder()));
            Files.write(folder.resolve(f.name()), f.content());
            Files.writeString(folder.resolve(f.name() + ".json"), JSON.writeValueAsString(f.expected()) + "\n");
        }
    }
}
