package cn.jixiao.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and the BOM, byte for byte. */
class CsvTest {

    @Test
    void quotesOnlyWhatNeedsItDoublesQuotesEndsLinesWithCrlfAfterABom() {
        byte[] bytes = Csv.write(List.of("名称", "值"), List.of(List.of("a,b", "说\"好\""), List.of("两\n行", "≥90%")));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("名称,值\r\n\"a,b\",\"说\"\"好\"\"\"\r\n\"两\n行\",≥90%\r\n");
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }
}
