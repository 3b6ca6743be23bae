package cn.jixiao.templates.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.fixtures.DisclosureDocx;
import cn.jixiao.templates.importer.fixtures.DisclosureXlsx;
import cn.jixiao.templates.importer.fixtures.ImportFixtures;
import cn.jixiao.templates.importer.fixtures.SourceCounter;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Disclosures written to Word and Excel by other programs (docx4j, POI) come back field for field. */
class RoundTripTest {

    private static final List<Disclosure> SYNTHETIC = SyntheticDistrict.generate(11, 2025, 2, 5, 30);

    @Test
    void syntheticDepartmentsSurviveWordBothWays() {
        for (Disclosure d : SYNTHETIC) {
            for (DisclosureDocx.Tables tables : DisclosureDocx.Tables.values()) {
                byte[] docx = DisclosureDocx.write(d, tables);
                ImportResult result = DisclosureImporter.importFile("s.docx", docx, target(d), ImportLimits.defaults());

                assertThat(result.draft()).as("%s %s", d.department().code(), tables).isEqualTo(d);
                assertThat(result.report().entries()).hasSize(SourceCounter.docx(docx));
                assertThat(result.report().notMapped()).isEmpty();
            }
        }
    }

    @Test
    void syntheticDepartmentsSurviveExcel() {
        for (Disclosure d : SYNTHETIC) {
            byte[] xlsx = DisclosureXlsx.write(d);
            ImportResult result = DisclosureImporter.importFile("s.xlsx", xlsx, target(d), ImportLimits.defaults());

            assertThat(result.draft()).isEqualTo(d);
            assertThat(result.report().entries()).hasSize(SourceCounter.xlsx(xlsx));
        }
    }

    @Test
    void committedFixturesAreWhatTheGeneratorWrites() {
        for (Map.Entry<String, byte[]> generated : ImportFixtures.all().entrySet()) {
            ImportTarget target = new ImportTarget("202", Fixtures.DEPARTMENT, 2025);
            ImportResult fresh = DisclosureImporter.importFile(generated.getKey(), generated.getValue(), target, ImportLimits.defaults());
            ImportResult committed = Fixtures.importBytes(generated.getKey(), Fixtures.fixture(generated.getKey()), target);

            assertThat(fresh.draft()).as(generated.getKey()).isEqualTo(committed.draft());
            assertThat(fresh.report()).as(generated.getKey()).isEqualTo(committed.report());
        }
    }

    private static ImportTarget target(Disclosure d) {
        return new ImportTarget(d.department().code(), d.department().name(), d.fiscalYear());
    }
}
