package cn.jixiao.templates.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.fixtures.Cell;
import cn.jixiao.templates.importer.fixtures.DisclosureDocx;
import cn.jixiao.templates.importer.fixtures.DocxBuilder;
import cn.jixiao.templates.importer.fixtures.SeedLayout;
import cn.jixiao.templates.importer.fixtures.SourceCounter;
import cn.jixiao.templates.importer.report.SourceEntry;
import cn.jixiao.templates.render.DocxRenderer;
import cn.jixiao.templates.render.RenderOptions;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A cover and a table of contents in front of a disclosure, in the forms Word, WPS and people write them, are
 * listed as not mapped and never steer the readers, though every contents entry repeats a heading. The body's
 * headings are split into runs and spaced with full-width blanks.
 */
class TableOfContentsImportTest {

    private static final Disclosure DEPARTMENT = SyntheticDistrict.generate(3, 2025, 1, 2, 3).get(0);
    private static final String RUN = DocxBuilder.RUN_BREAK;
    private static final String COVER = "封面，未导入";
    private static final String CONTENTS_TITLE = "目录标题，未导入";
    private static final String CONTENTS_ENTRY = "目录条目，未导入";
    private static final String FIELD_END = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
    private static final Pattern HEADING = Pattern.compile("^(第.部分|[一二三]、|\\d+\\.)(.*)$");

    /** How the front matter is written. */
    enum Front {
        /** Word: a "Table of Contents" control, a TOC field, TOC1/TOC2 styles, _Toc links with PAGEREF. */
        WORD,
        /** WPS: styles with numeric ids named "toc 1", "toc 2"; nothing else marks the entries. */
        STYLES_ONLY,
        /** A TOC field around plain paragraphs, no styles or links. */
        FIELD_ONLY,
        /** _Toc links with PAGEREF page numbers, no field, style or control. */
        LINKS_ONLY,
        /** Typed by hand: heading, leader, page number. */
        TYPED,
        /** A TOC field that never ends (a damaged file): only the typed entries are contents, not the body. */
        UNCLOSED_FIELD,
        /** Word's cover page control and no contents. */
        COVER_PAGE
    }

    @ParameterizedTest
    @EnumSource(Front.class)
    void coverAndContentsAreListedNotRead(Front front) {
        DocxBuilder doc = new DocxBuilder();
        Map<String, String> written = writeFront(doc, front);
        byte[] docx = DisclosureDocx.write(doc, DEPARTMENT, DisclosureDocx.Tables.SEPARATE,
                TableOfContentsImportTest::respell);

        ImportResult result = DisclosureImporter.importFile("toc.docx", docx, target(DEPARTMENT), ImportLimits.defaults());

        assertThat(result.draft()).as(front.name()).isEqualTo(DEPARTMENT);
        assertThat(result.report().entries()).hasSize(SourceCounter.docx(docx));
        assertThat(notMapped(result)).as(front.name()).containsExactlyEntriesOf(written);
    }

    @Test
    void ourOwnPublicationListsItsCoverAndContents() {
        byte[] docx = new DocxRenderer().render(SyntheticDistrict.DISTRICT, DEPARTMENT, RenderOptions.defaults());

        ImportResult result = DisclosureImporter.importFile("own.docx", docx, target(DEPARTMENT), ImportLimits.defaults());

        assertThat(result.draft()).isEqualTo(DEPARTMENT);
        assertThat(result.report().entries()).hasSize(SourceCounter.docx(docx));
        Map<String, String> expected = cover();
        expected.put("目　录", CONTENTS_TITLE);
        contents().forEach(entry -> expected.put(entry + "\t", CONTENTS_ENTRY));
        assertThat(notMapped(result)).containsExactlyEntriesOf(expected);
    }

    @Test
    void aProjectNamedOnlyByItsHeadingGetsNoBlankFromIt() {
        byte[] docx = new DocxBuilder()
                .heading("1．" + RUN + "　" + RUN + "档案数字化" + RUN + "经费　绩效目标表")
                .table(5)
                .row(Cell.of("202001某某单位"), Cell.span("单位：万元", 4))
                .row(Cell.of("项目编码"), Cell.span("13020225P000000000001", 4))
                .row(Cell.of("绩效目标"), Cell.span("完成历史档案数字化。", 4))
                .row(Cell.row("一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"))
                .row(Cell.row("产出指标", "数量指标", "扫描页数", "≥1000页", "工作计划"))
                .endTable()
                .build();

        ImportResult result = DisclosureImporter.importFile("heading.docx", docx, new ImportTarget("202", "某某部门", 2025),
                ImportLimits.defaults());

        assertThat(result.draft().projects()).extracting(p -> p.name()).containsExactly("档案数字化经费");
    }

    private static Map<String, String> writeFront(DocxBuilder doc, Front front) {
        Map<String, String> written = new LinkedHashMap<>();
        switch (front) {
            case WORD -> {
                written.putAll(writeCover(doc));
                written.put("目录", CONTENTS_TITLE);
                StringBuilder sdt = new StringBuilder("<w:sdt><w:sdtPr><w:docPartObj>"
                        + "<w:docPartGallery w:val=\"Table of Contents\"/><w:docPartUnique/></w:docPartObj></w:sdtPr>"
                        + "<w:sdtContent>" + paragraph("TOCHeading", run("目录")));
                List<String> entries = contents();
                for (int i = 0; i < entries.size(); i++) {
                    String bookmark = "_Toc18000" + i;
                    String link = "<w:hyperlink w:anchor=\"" + bookmark + "\" w:history=\"1\">" + run(entries.get(i))
                            + "<w:r><w:tab/></w:r>" + field("PAGEREF " + bookmark + " \\h", run(String.valueOf(i + 2)))
                            + "</w:hyperlink>";
                    String begin = i == 0 ? fieldStart("TOC \\o \"1-2\" \\h \\z \\u") : "";
                    sdt.append(paragraph(entryStyle(entries.get(i), "TOC1", "TOC2"), begin + link));
                    written.put(entries.get(i) + "\t" + (i + 2), CONTENTS_ENTRY);
                }
                sdt.append(paragraph(null, FIELD_END)).append("</w:sdtContent></w:sdt>");
                doc.xml(sdt.toString());
            }
            case STYLES_ONLY -> {
                doc.paragraphStyle("11", "toc 1").paragraphStyle("12", "toc 2");
                for (String entry : contents()) {
                    doc.xml(paragraph(entryStyle(entry, "11", "12"), run(entry)));
                    written.put(entry, CONTENTS_ENTRY);
                }
            }
            case FIELD_ONLY -> {
                written.putAll(writeCover(doc));
                List<String> entries = contents();
                for (int i = 0; i < entries.size(); i++) {
                    String begin = i == 0 ? fieldStart("TOC \\o \"1-2\"") : "";
                    doc.xml(paragraph(null, begin + run(entries.get(i))));
                    written.put(entries.get(i), CONTENTS_ENTRY);
                }
                doc.xml(paragraph(null, FIELD_END));
            }
            case LINKS_ONLY -> {
                for (String entry : contents()) {
                    doc.xml(paragraph(null, "<w:hyperlink w:anchor=\"_Toc4711\">" + run(entry)
                            + field("PAGEREF _Toc4711 \\h", run("3")) + "</w:hyperlink>"));
                    written.put(entry + "3", CONTENTS_ENTRY);
                }
            }
            case TYPED -> {
                written.putAll(writeCover(doc));
                doc.paragraph("目　录");
                written.put("目　录", CONTENTS_TITLE);
                List<String> leaders = List.of("……………", "\t", " ········ ", "  ");
                List<String> entries = contents();
                for (int i = 0; i < entries.size(); i++) {
                    String line = entries.get(i) + leaders.get(i % leaders.size()) + (i + 1);
                    doc.paragraph(line);
                    written.put(line, CONTENTS_ENTRY);
                }
            }
            case UNCLOSED_FIELD -> {
                List<String> entries = contents();
                for (int i = 0; i < entries.size(); i++) {
                    String begin = i == 0 ? fieldStart("TOC \\o \"1-2\"") : "";
                    doc.xml(paragraph(null, begin + run(entries.get(i) + "\t" + (i + 1))));
                    written.put(entries.get(i) + "\t" + (i + 1), CONTENTS_ENTRY);
                }
            }
            case COVER_PAGE -> {
                StringBuilder sdt = new StringBuilder("<w:sdt><w:sdtPr><w:docPartObj>"
                        + "<w:docPartGallery w:val=\"Cover Pages\"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>");
                cover().keySet().forEach(line -> sdt.append(paragraph(null, run(line))));
                doc.xml(sdt.append("</w:sdtContent></w:sdt>").toString());
                written.putAll(cover());
            }
        }
        return written;
    }

    private static Map<String, String> writeCover(DocxBuilder doc) {
        Map<String, String> cover = cover();
        cover.keySet().forEach(doc::paragraph);
        return cover;
    }

    private static Map<String, String> cover() {
        Map<String, String> cover = new LinkedHashMap<>();
        cover.put(SyntheticDistrict.DISTRICT.name(), COVER);
        cover.put(DEPARTMENT.department().name(), COVER);
        cover.put(DEPARTMENT.fiscalYear() + "年度预算绩效目标", COVER);
        return cover;
    }

    /** The headings a table of contents lists, in order. */
    private static List<String> contents() {
        List<String> entries = new ArrayList<>(List.of("第一部分　部门整体绩效目标", "一、总体绩效目标", "二、分项绩效目标",
                "三、工作保障措施", "第二部分　预算项目绩效目标"));
        for (int i = 0; i < DEPARTMENT.projects().size(); i++) {
            entries.add(SeedLayout.heading(i + 1, DEPARTMENT.projects().get(i)));
        }
        return entries;
    }

    /** Headings in the body as Word may hold them: numbering, a full-width blank and the title in separate runs. */
    private static String respell(String line) {
        Matcher m = HEADING.matcher(line);
        // "1." starts item titles and measures too, which are kept as written: only project headings are respelled
        if (!m.matches() || m.group(1).endsWith(".") && !line.endsWith("绩效目标表")) {
            return line;
        }
        String title = m.group(2);
        int half = title.length() / 2;
        return m.group(1) + RUN + "　" + RUN + title.substring(0, half) + RUN + title.substring(half);
    }

    private static String entryStyle(String entry, String level1, String level2) {
        return entry.startsWith("第") ? level1 : level2;
    }

    private static Map<String, String> notMapped(ImportResult result) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (SourceEntry entry : result.report().notMapped()) {
            notes.put(entry.text(), entry.note());
        }
        return notes;
    }

    private static String fieldStart(String instruction) {
        return "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> "
                + instruction + " </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>";
    }

    private static String field(String instruction, String result) {
        return fieldStart(instruction) + result + FIELD_END;
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String paragraph(String style, String content) {
        String properties = style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
        return "<w:p>" + properties + content + "</w:p>";
    }

    private static ImportTarget target(Disclosure d) {
        return new ImportTarget(d.department().code(), d.department().name(), d.fiscalYear());
    }
}
