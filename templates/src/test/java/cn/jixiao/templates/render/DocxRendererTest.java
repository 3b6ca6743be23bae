package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Project;
import jakarta.xml.bind.JAXBElement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.docx4j.XmlUtils;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.P;
import org.docx4j.wml.RFonts;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed rendered as DOCX and read back with docx4j has everything the seed has, laid out the seed's way. */
class DocxRendererTest {

    private static WordprocessingMLPackage document;
    private static List<Object> body;

    @BeforeAll
    static void render() throws Exception {
        byte[] docx = new DocxRenderer().render(Seed.DISTRICT, Seed.disclosure(), RenderOptions.defaults());
        Seed.output("seed.docx", docx);
        document = DocxReader.load(docx);
        body = DocxReader.bodyWithoutToc(document);
    }

    @Test
    void containsEveryParagraphAndCellOfTheSeedInTheSeedsOrder() {
        List<String> expected = SeedText.units(Seed.text());
        List<String> actual = DocxReader.units(body);

        assertThat(expected).hasSizeGreaterThan(300);
        assertThat(SeedText.firstMissingInOrder(expected, actual)).as("first seed text missing or out of order").isNull();
    }

    @Test
    void printsAmountsAsWritten() {
        assertThat(DocxReader.units(body)).contains("3.60", "13.00", "10.00", "50.00", "≤3.6万元", "20%", "100%");
    }

    @Test
    void everyProjectTableMatchesTheSeedsRowsCellsAndVerticalMerges() {
        List<List<List<String>>> seedTables = SeedText.tables(Seed.text());
        List<Tbl> tables = DocxReader.tables(body);

        assertThat(seedTables).hasSize(8); // goal table and indicator table of 4 projects
        assertThat(tables).hasSize(seedTables.size());
        for (int t = 0; t < tables.size(); t++) {
            List<List<String>> seedRows = seedTables.get(t);
            List<List<Tc>> rows = DocxReader.rows(tables.get(t));
            assertThat(rows).as("rows of table %d", t + 1).hasSize(seedRows.size());
            for (int r = 0; r < rows.size(); r++) {
                List<String> seedCells = seedRows.get(r);
                List<Tc> cells = rows.get(r);
                assertThat(cells).as("cells of table %d row %d", t + 1, r + 1).hasSize(seedCells.size());
                for (int c = 0; c < cells.size(); c++) {
                    String where = "table " + (t + 1) + " row " + (r + 1) + " cell " + (c + 1);
                    String seedCell = SeedText.normalize(seedCells.get(c));
                    String vMerge = DocxReader.vMerge(cells.get(c));
                    if (seedCell.isEmpty()) {
                        // the seed leaves merged cells blank; a blank cell that is not merged stays empty
                        assertThat("continue".equals(vMerge) || DocxReader.cellText(cells.get(c)).isBlank())
                                .as(where + " is a merge continuation or empty").isTrue();
                    } else {
                        assertThat(vMerge).as(where + " starts a cell").isNotEqualTo("continue");
                        assertThat(SeedText.normalize(DocxReader.cellText(cells.get(c)))).as(where).isEqualTo(seedCell);
                    }
                    // a merge restarts exactly where the seed's next row leaves the same cell blank
                    boolean seedContinues = r + 1 < seedRows.size() && c == 0
                            && SeedText.normalize(seedRows.get(r + 1).get(0)).isEmpty() && !seedCell.isEmpty();
                    if (c == 0) {
                        assertThat("restart".equals(vMerge)).as(where + " restarts a merge").isEqualTo(seedContinues);
                    }
                }
            }
        }
    }

    @Test
    void firstProjectsIndicatorTableMergesLevelOneOverItsRows() {
        Tbl indicators = DocxReader.tables(body).get(1);
        List<List<Tc>> rows = DocxReader.rows(indicators);

        assertThat(rows).hasSize(1 + 8);
        List<String> firstColumn = new ArrayList<>();
        for (List<Tc> row : rows.subList(1, rows.size())) {
            Tc first = row.get(0);
            firstColumn.add("continue".equals(DocxReader.vMerge(first)) ? "|" : DocxReader.cellText(first));
        }
        assertThat(firstColumn).containsExactly("产出指标", "|", "|", "|", "效益指标", "|", "|", "满意度指标");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSize(6));
        assertThat(DocxReader.vMerge(rows.get(8).get(0))).as("a one-row group is not merged").isNull();
        // 二级指标 are all different in the seed, so none is merged
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(DocxReader.vMerge(row.get(1))).isNull());
    }

    @Test
    void goalTableMergesItsLabelsVertically() {
        List<List<Tc>> rows = DocxReader.rows(DocxReader.tables(body).get(0));

        assertThat(rows).extracting(List::size).containsExactly(2, 4, 7, 2, 5, 5, 2);
        assertThat(DocxReader.cellText(rows.get(2).get(0))).isEqualTo("预算规模及资金用途");
        assertThat(DocxReader.vMerge(rows.get(2).get(0))).isEqualTo("restart");
        assertThat(DocxReader.vMerge(rows.get(3).get(0))).isEqualTo("continue");
        assertThat(DocxReader.cellText(rows.get(4).get(0))).isEqualTo("资金支出计划（%）");
        assertThat(DocxReader.vMerge(rows.get(4).get(0))).isEqualTo("restart");
        assertThat(DocxReader.vMerge(rows.get(5).get(0))).isEqualTo("continue");
        assertThat(DocxReader.cellText(rows.get(0).get(1))).isEqualTo("单位：万元");
    }

    @Test
    void headerRowsRepeatRowsNeverSplitAndTablesFitTheTextWidth() {
        SectPr sectPr = document.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        long textWidth = sectPr.getPgSz().getW().longValue() - sectPr.getPgMar().getLeft().longValue()
                - sectPr.getPgMar().getRight().longValue();
        for (Tbl tbl : DocxReader.tables(body)) {
            long width = tbl.getTblGrid().getGridCol().stream().map(TblGridCol::getW).mapToLong(BigInteger::longValue).sum();
            assertThat(width).isLessThanOrEqualTo(textWidth);
            List<Tr> trs = DocxReader.trs(tbl);
            assertThat(trs).allSatisfy(tr -> assertThat(flags(tr)).contains("cantSplit"));
            for (List<Tc> row : DocxReader.rows(tbl)) {
                int span = row.stream().mapToInt(DocxReader::gridSpan).sum();
                assertThat(span).as("row spans cover the grid").isEqualTo(tbl.getTblGrid().getGridCol().size());
            }
        }
        List<Tbl> tables = DocxReader.tables(body);
        for (int i = 1; i < tables.size(); i += 2) { // indicator tables
            List<Tr> trs = DocxReader.trs(tables.get(i));
            assertThat(flags(trs.get(0))).contains("tblHeader");
            assertThat(trs.subList(1, trs.size())).allSatisfy(tr -> assertThat(flags(tr)).doesNotContain("tblHeader"));
        }
    }

    @Test
    void pageIsA4WithGovernmentDocumentMarginsAndNumberedFooter() throws Exception {
        SectPr sectPr = document.getMainDocumentPart().getJaxbElement().getBody().getSectPr();
        assertThat(sectPr.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(sectPr.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        // GB/T 9704: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (1 mm = 56.7 twips)
        assertThat(sectPr.getPgMar().getTop().intValue()).isCloseTo(2098, org.assertj.core.data.Offset.offset(3));
        assertThat(sectPr.getPgMar().getBottom().intValue()).isCloseTo(1984, org.assertj.core.data.Offset.offset(3));
        assertThat(sectPr.getPgMar().getLeft().intValue()).isCloseTo(1588, org.assertj.core.data.Offset.offset(3));
        assertThat(sectPr.getPgMar().getRight().intValue()).isCloseTo(1474, org.assertj.core.data.Offset.offset(3));
        assertThat(sectPr.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
        assertThat(sectPr.getEGHdrFtrReferences()).hasSize(1);

        FooterPart footer = document.getDocumentModel().getSections().get(1).getHeaderFooterPolicy().getDefaultFooter();
        assertThat(XmlUtils.marshaltoString(footer.getJaxbElement())).contains("PAGE");
        // the cover and contents section has no footer, so no page number
        assertThat(document.getDocumentModel().getSections()).hasSize(2);
        assertThat(document.getDocumentModel().getSections().get(0).getSectPr().getEGHdrFtrReferences()).isEmpty();
    }

    @Test
    void usesChineseFontsThroughEastAsiaWithLatinFallbacks() {
        RFonts defaults = document.getMainDocumentPart().getStyleDefinitionsPart().getJaxbElement()
                .getDocDefaults().getRPrDefault().getRPr().getRFonts();
        assertThat(defaults.getEastAsia()).isEqualTo("仿宋");
        assertThat(defaults.getAscii()).isEqualTo("Times New Roman");
        assertThat(defaults.getHAnsi()).isEqualTo("Times New Roman");
        assertThat(style("Heading1").getRPr().getRFonts().getEastAsia()).isEqualTo("黑体");
        assertThat(style("Heading2").getRPr().getRFonts().getEastAsia()).isEqualTo("黑体");
        assertThat(style(DocxStyles.TABLE_TEXT).getRPr().getRFonts().getEastAsia()).isEqualTo("宋体");
        assertThat(style(DocxStyles.TABLE_TEXT).getRPr().getRFonts().getAscii()).isEqualTo("Times New Roman");
    }

    @Test
    void coverNamesDistrictDepartmentAndYear() {
        List<String> cover = DocxReader.units(body).subList(0, 3);
        assertThat(cover).containsExactly("唐山市路南区", Seed.DEPARTMENT_NAME, "2025年度预算绩效目标");
    }

    @Test
    void tableOfContentsIsAFieldWithOneLinkedEntryPerHeading() {
        SdtBlock toc = DocxReader.toc(document);
        assertThat(toc).isNotNull();
        String xml = XmlUtils.marshaltoString(toc);
        assertThat(xml).contains("TOC \\o \"1-2\" \\h \\z \\u").contains("PAGEREF");

        List<String> entries = new ArrayList<>();
        for (Object o : toc.getSdtContent().getContent()) {
            if (XmlUtils.unwrap(o) instanceof P p) {
                entries.add(DocxReader.text(p));
            }
        }
        List<String> projects = Seed.disclosure().projects().stream().map(Project::name).toList();
        assertThat(entries).containsExactly(
                "第一部分　部门整体绩效目标", "一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施",
                "第二部分　预算项目绩效目标",
                "1." + projects.get(0) + "绩效目标表", "2." + projects.get(1) + "绩效目标表",
                "3." + projects.get(2) + "绩效目标表", "4." + projects.get(3) + "绩效目标表");

        Set<String> bookmarks = new HashSet<>();
        for (Object o : body) {
            if (o instanceof P p) {
                for (Object c : p.getContent()) {
                    if (c instanceof JAXBElement<?> e && e.getValue() instanceof CTBookmark b) {
                        bookmarks.add(b.getName());
                    }
                }
            }
        }
        List<String> anchors = new ArrayList<>();
        for (Object o : toc.getSdtContent().getContent()) {
            if (XmlUtils.unwrap(o) instanceof P p) {
                for (Object c : p.getContent()) {
                    if (XmlUtils.unwrap(c) instanceof P.Hyperlink link) {
                        anchors.add(link.getAnchor());
                    }
                }
            }
        }
        assertThat(anchors).hasSize(9).doesNotHaveDuplicates();
        assertThat(bookmarks).containsAll(anchors);
    }

    @Test
    void wordUpdatesFieldsOnOpenAndTheTemplateVersionIsRecorded() {
        assertThat(document.getMainDocumentPart().getDocumentSettingsPart().getJaxbElement().getUpdateFields())
                .isNotNull();
        assertThat(document.getDocPropsCustomPart().getProperty(DocxTemplate.VERSION_PROPERTY).getLpwstr())
                .isEqualTo(RenderOptions.DEFAULT_TEMPLATE_VERSION);
    }

    @Test
    void leavesNoPlaceholderBehind() throws Exception {
        String xml = XmlUtils.marshaltoString(document.getMainDocumentPart().getJaxbElement());
        assertThat(xml).doesNotContain("${");
        for (var section : document.getDocumentModel().getSections()) {
            var policy = section.getHeaderFooterPolicy();
            if (policy != null && policy.getDefaultFooter() != null) {
                assertThat(XmlUtils.marshaltoString(policy.getDefaultFooter().getJaxbElement())).doesNotContain("${");
            }
        }
    }

    private static Style style(String id) {
        return document.getMainDocumentPart().getStyleDefinitionsPart().getStyleById(id);
    }

    private static List<String> flags(Tr tr) {
        List<String> flags = new ArrayList<>();
        if (tr.getTrPr() != null) {
            for (JAXBElement<?> e : tr.getTrPr().getCnfStyleOrDivIdOrGridBefore()) {
                flags.add(e.getName().getLocalPart());
            }
        }
        return flags;
    }
}
