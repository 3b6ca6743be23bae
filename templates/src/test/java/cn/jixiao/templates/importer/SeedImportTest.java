package cn.jixiao.templates.importer;

import static cn.jixiao.templates.importer.Fixtures.SEED_TARGET;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.fixtures.ImportFixtures;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ImportReport;
import cn.jixiao.templates.importer.report.SourceEntry;
import cn.jixiao.templates.importer.report.SourceFormat;
import cn.jixiao.templates.importer.report.SourceLocation;
import cn.jixiao.templates.text.WordText;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed in every form imports to exactly what the plain-text reader reads from it. */
class SeedImportTest {

    private static final Disclosure EXPECTED = ImportFixtures.seed();

    @Test
    void seedTextImportsToExactlyThePlainTextReadersDisclosure() {
        ImportResult result = Fixtures.importBytes("lunan-2025.txt", Fixtures.seedText(), SEED_TARGET);

        assertThat(result.report().format()).isEqualTo(SourceFormat.TEXT);
        assertThat(result.draft()).isEqualTo(EXPECTED);
        assertThat(DisclosureFields.differences(result.draft(), EXPECTED)).isEmpty();
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.report().notMapped()).isEmpty();
    }

    /**
     * The Word file made by another program (LibreOffice from HTML) collapsed two runs of blanks that the text
     * export kept: "…特制定本项目     " lost its five trailing spaces, "…保障。             2.按照…" has one space
     * where the export has thirteen. Everything else is identical field by field; with blank runs collapsed on
     * both sides the disclosures are equal.
     */
    @Test
    void seedDocxFromAnotherProgramDiffersOnlyWhereItsConverterCollapsedBlanks() {
        ImportResult result = Fixtures.importBytes("lunan-2025.docx", Fixtures.fixture("lunan-2025.docx"), SEED_TARGET);
        Disclosure docx = result.draft();

        assertThat(result.report().format()).isEqualTo(SourceFormat.DOCX);
        assertThat(DisclosureFields.differences(docx, EXPECTED))
                .containsExactly("projects[0].purpose", "projects[3].purpose");
        assertThat(DisclosureFields.collapseBlanks(docx.projects().get(0).purpose()))
                .isEqualTo(DisclosureFields.collapseBlanks(EXPECTED.projects().get(0).purpose()));
        assertThat(DisclosureFields.mapTexts(docx, DisclosureFields::collapseBlanks))
                .isEqualTo(DisclosureFields.mapTexts(EXPECTED, DisclosureFields::collapseBlanks));
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.report().notMapped()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed-two-tables.docx", "seed-fused.docx", "seed-sheets.xlsx"})
    void generatedSeedFilesImportToExactlyThePlainTextReadersDisclosure(String fixture) {
        ImportResult result = Fixtures.importBytes(fixture, Fixtures.fixture(fixture), SEED_TARGET);

        assertThat(result.draft()).isEqualTo(EXPECTED);
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.report().notMapped()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lunan-2025.txt", "lunan-2025.docx", "seed-fused.docx", "seed-sheets.xlsx"})
    void everyFieldWithAValueNamesWhereItCameFrom(String fixture) {
        byte[] content = fixture.endsWith(".txt") ? Fixtures.seedText() : Fixtures.fixture(fixture);
        ImportResult result = Fixtures.importBytes(fixture, content, SEED_TARGET);
        ImportReport report = result.report();
        Map<SourceLocation, SourceEntry> entries = report.entries().stream()
                .collect(Collectors.toMap(SourceEntry::location, e -> e));

        for (Map.Entry<String, Object> field : DisclosureFields.flatten(result.draft()).entrySet()) {
            Object value = field.getValue();
            if (value == null || value.equals("")) {
                continue; // a blank field has no source
            }
            List<SourceLocation> sources = report.sourcesOf(field.getKey());
            assertThat(sources).as(field.getKey()).isNotEmpty();
            if (value instanceof String text && !(sources.get(0) instanceof SourceLocation.Parameter)) {
                for (SourceLocation source : sources) {
                    String written = WordText.strip(entries.get(source).text());
                    assertThat(text.contains(written) || written.contains(WordText.strip(text)))
                            .as("%s = “%s” from %s “%s”", field.getKey(), text, source.describe(), written).isTrue();
                    assertThat(entries.get(source).fields()).contains(field.getKey());
                }
            }
            if (value instanceof BigDecimal number) {
                String written = entries.get(sources.get(0)).text();
                assertThat(written).as(field.getKey()).contains(number.stripTrailingZeros().toPlainString());
            }
        }
    }

    @Test
    void reportNamesCellsAndParagraphsAsWordCountsThem() {
        ImportReport report = Fixtures.importBytes("lunan-2025.docx", Fixtures.fixture("lunan-2025.docx"), SEED_TARGET).report();

        assertThat(report.sourcesOf("projects[0].code")).containsExactly(
                new SourceLocation.TableCell("lunan-2025.docx", 1, 2, 2, 0));
        assertThat(report.sourcesOf("projects[0].code").get(0).describe()).isEqualTo("lunan-2025.docx 第1个表格 第2行 第2格");
        // 一级指标 merged down four rows: rows 2-4 take it from the merge's first cell
        assertThat(report.sourcesOf("projects[0].indicators[3].level1")).containsExactly(
                new SourceLocation.TableCell("lunan-2025.docx", 2, 2, 1, 0));
        assertThat(report.sourcesOf("goals.overall[0]")).containsExactly(new SourceLocation.Paragraph("lunan-2025.docx", 4, 0));
        assertThat(report.sourcesOf("department.code")).containsExactly(new SourceLocation.Parameter("deptCode"));
    }

    @Test
    void textReportGivesLinesToo() {
        ImportReport report = Fixtures.importBytes("lunan-2025.txt", Fixtures.seedText(), SEED_TARGET).report();

        SourceLocation code = report.sourcesOf("projects[0].code").get(0);
        assertThat(code).isEqualTo(new SourceLocation.TableCell("lunan-2025.txt", 1, 2, 2, 52));
        assertThat(code.describe()).isEqualTo("lunan-2025.txt 第1个表格 第2行 第2格（第52行）");
    }

    @Test
    void departmentLeftOpenIsTakenFromTheUnitsAndReported() {
        ImportResult result = Fixtures.importBytes("lunan-2025.docx", Fixtures.fixture("seed-fused.docx"),
                new ImportTarget(null, null, 2025));

        assertThat(result.draft()).isEqualTo(EXPECTED);
        assertThat(result.report().findings(FindingKind.DEPARTMENT_INFERRED)).extracting(f -> f.decision()).containsExactly(
                "按单位编码“202001”去掉末三位推定为“202”",
                "按“中共唐山市路南区委唐山市路南区人民政府督查室本级”（部门本级）推定为“中共唐山市路南区委唐山市路南区人民政府督查室”");
        assertThat(result.report().sourcesOf("department.code")).isNotEmpty()
                .allMatch(l -> l instanceof SourceLocation.TableCell);
    }

    @Test
    void formatComesFromTheBytesNotTheName() {
        ImportResult docxNamedTxt = Fixtures.importBytes("seed.txt", Fixtures.fixture("seed-fused.docx"), SEED_TARGET);
        ImportResult textNamedDocx = Fixtures.importBytes("seed.docx", Fixtures.seedText(), SEED_TARGET);

        assertThat(docxNamedTxt.report().format()).isEqualTo(SourceFormat.DOCX);
        assertThat(textNamedDocx.report().format()).isEqualTo(SourceFormat.TEXT);
        assertThat(docxNamedTxt.draft()).isEqualTo(EXPECTED);
        assertThat(textNamedDocx.draft()).isEqualTo(EXPECTED);
    }

    @Test
    void textExportsInOtherEncodingsAreReadAndAGuessIsReported() {
        String text = new String(Fixtures.seedText(), StandardCharsets.UTF_8);
        ImportResult gb = Fixtures.importBytes("gb.txt", text.getBytes(Charset.forName("GB18030")), SEED_TARGET);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        ImportResult bom = Fixtures.importBytes("utf16.txt", utf16, SEED_TARGET);

        assertThat(gb.draft()).isEqualTo(EXPECTED);
        assertThat(gb.report().findings(FindingKind.ENCODING_GUESSED)).singleElement()
                .extracting(f -> f.decision()).asString().startsWith("按GB18030");
        assertThat(bom.draft()).isEqualTo(EXPECTED);
        assertThat(bom.report().findings()).isEmpty();
    }

    @Test
    void streamAndBytesGiveTheSameResult() {
        byte[] docx = Fixtures.fixture("seed-two-tables.docx");
        ImportResult fromStream = DisclosureImporter.importFile("a.docx", new ByteArrayInputStream(docx), SEED_TARGET,
                ImportLimits.defaults());

        assertThat(fromStream.draft()).isEqualTo(EXPECTED);
        assertThat(fromStream.report()).isEqualTo(Fixtures.importBytes("a.docx", docx, SEED_TARGET).report());
    }
}
