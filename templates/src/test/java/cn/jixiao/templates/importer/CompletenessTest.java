package cn.jixiao.templates.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.importer.fixtures.SourceCounter;
import cn.jixiao.templates.importer.report.Disposition;
import cn.jixiao.templates.importer.report.ImportReport;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.importer.report.SourceEntry;
import cn.jixiao.templates.text.WordText;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing is dropped silently: on every fixture, the non-empty paragraphs and cells counted by an independent
 * reader equal the report's entries, and each entry is a value, a label, or not mapped with a reason that a
 * reader gave (none is left to the report's catch-all).
 */
class CompletenessTest {

    @ParameterizedTest
    @ValueSource(strings = {"lunan-2025.txt", "lunan-2025.docx", "seed-two-tables.docx", "seed-fused.docx",
        "seed-sheets.xlsx", "flat-budget-system.docx", "flat-budget-system.xlsx", "layout-2021.docx",
        "department-form.docx", "variants.docx"})
    void everyNonEmptyParagraphAndCellIsMappedOrListed(String fixture) {
        byte[] content = fixture.endsWith(".txt") ? Fixtures.seedText() : Fixtures.fixture(fixture);
        ImportReport report = Fixtures.importBytes(fixture, content, new ImportTarget("202", Fixtures.DEPARTMENT, 2025))
                .report();

        int counted = fixture.endsWith(".docx") ? SourceCounter.docx(content)
                : fixture.endsWith(".xlsx") ? SourceCounter.xlsx(content)
                : SourceCounter.text(new String(content, StandardCharsets.UTF_8));
        assertThat(counted).as("non-empty paragraphs and cells").isPositive();
        assertThat(report.entries()).hasSize(counted);
        assertThat(report.mapped().size() + report.notMapped().size()).isEqualTo(counted);
        assertThat(new HashSet<>(report.entries().stream().map(SourceEntry::location).toList())).hasSize(counted);

        for (SourceEntry entry : report.entries()) {
            assertThat(WordText.isBlank(entry.text())).as(entry.location().describe()).isFalse();
            assertThat(entry.note()).as(entry.location().describe()).isNotEqualTo(ReportBuilder.UNCLAIMED);
            switch (entry.disposition()) {
                case VALUE -> assertThat(entry.fields()).as(entry.location().describe()).isNotEmpty();
                case LABEL -> assertThat(entry.note()).isNotBlank();
                case NOT_MAPPED -> assertThat(entry.note()).as(entry.location().describe()).isNotBlank();
            }
        }
        assertThat(report.entries()).filteredOn(e -> e.disposition() == Disposition.VALUE)
                .allSatisfy(e -> e.fields().forEach(f -> assertThat(report.sourcesOf(f)).contains(e.location())));
    }
}
