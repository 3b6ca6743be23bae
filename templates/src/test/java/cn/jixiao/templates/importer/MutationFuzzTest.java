package cn.jixiao.templates.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.jixiao.templates.importer.fixtures.ZipBytes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged files of every kind end in a draft or an {@link ImportRejectedException}, never in another exception
 * (which the platform would turn into a 500): random bytes flipped in the zip, and junk spliced into the XML.
 */
class MutationFuzzTest {

    private static final String[] JUNK = {"", "<", ">", "</w:tc>", "<w:tc>", "<w:tr>", "</w:tbl>", "<w:vMerge/>",
        "<w:gridSpan w:val=\"-5\"/>", "<w:gridSpan w:val=\"99999999999\"/>", "&amp;", "<c r=\"ZZZ1\"/>", "<row r=\"-1\">",
        "<mergeCell ref=\"A1:XFD1048576\"/>", "<c r=\"B2\" t=\"s\"><v>99999</v></c>"};

    @ParameterizedTest
    @ValueSource(strings = {"seed-fused.docx", "lunan-2025.docx", "seed-sheets.xlsx", "flat-budget-system.xlsx"})
    void damagedFilesAreImportedOrRefusedNeverCrash(String fixture) {
        byte[] original = Fixtures.fixture(fixture);
        Map<String, byte[]> entries = ZipBytes.entries(original);
        String part = fixture.endsWith(".xlsx") ? "xl/worksheets/sheet2.xml" : "word/document.xml";
        if (!entries.containsKey(part)) {
            part = "xl/worksheets/sheet1.xml";
        }
        String xml = new String(entries.get(part), StandardCharsets.UTF_8);
        Random random = new Random(fixture.hashCode());
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            byte[] damaged;
            if (i % 2 == 0) {
                damaged = original.clone();
                for (int k = 0; k <= random.nextInt(4); k++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
            } else {
                int from = random.nextInt(xml.length());
                int to = Math.min(xml.length(), from + random.nextInt(200));
                damaged = ZipBytes.with(original, part, xml.substring(0, from) + JUNK[random.nextInt(JUNK.length)] + xml.substring(to));
            }
            try {
                DisclosureImporter.importFile(fixture, damaged, new ImportTarget(null, null, 2025), ImportLimits.defaults());
            } catch (ImportRejectedException e) {
                refused++;
            } catch (RuntimeException | Error e) {
                fail("mutation " + i + " of " + fixture + " threw " + e, e);
            }
        }
        assertThat(refused).isPositive();
    }
}
