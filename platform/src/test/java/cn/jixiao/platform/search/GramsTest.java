package cn.jixiao.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Index terms, query checks and highlighting, without the database. */
class GramsTest {

    @Test
    void aTextHasItsCharactersAndBigramsAQueryItsBigramsOrItsOneCharacter() {
        assertThat(Grams.of("资金 P0")).containsExactly("资", "资金", "金", "金 ", " ", " p", "p", "p0", "0");
        assertThat(Grams.query("资金管理")).containsExactly("资金", "金管", "管理");
        assertThat(Grams.query("费")).containsExactly("费");
        assertThat(Grams.query("哈哈哈")).containsExactly("哈哈");
        assertThat(Grams.normalize("  A\t\nB  ")).isEqualTo("a b");
    }

    @Test
    void queriesAreRefusedInChineseWhenEmptyTooShortOrTooLong() {
        assertThat(SearchQuery.of(null).refusal()).contains("请输入");
        assertThat(SearchQuery.of(" \t").refusal()).contains("请输入");
        assertThat(SearchQuery.of("a").refusal()).contains("太短");
        assertThat(SearchQuery.of("费").refusal()).isNull();
        assertThat(SearchQuery.of("长".repeat(51)).refusal()).contains("最多 50 个字");
        assertThat(SearchQuery.of(" P008 ").normalized()).isEqualTo("p008");
        assertThat(SearchQuery.of(" P008 ").typed()).isEqualTo(" P008 ");
    }

    @Test
    void everyOccurrenceIsMarkedAndLongTextsAreCutAroundTheFirst() {
        assertThat(Highlight.of("车辆租用车辆", "车辆")).containsExactly(new Highlight.Piece("车辆", true),
                new Highlight.Piece("租用", false), new Highlight.Piece("车辆", true));
        assertThat(Highlight.of("Code P008", "p008")).containsExactly(new Highlight.Piece("Code ", false),
                new Highlight.Piece("P008", true));
        List<Highlight.Piece> cut = Highlight.of("甲".repeat(100) + "目标" + "乙".repeat(100), "目标");
        assertThat(cut.get(0).text()).isEqualTo("…");
        assertThat(cut.get(2)).isEqualTo(new Highlight.Piece("目标", true));
        assertThat(cut.get(cut.size() - 1).text()).isEqualTo("…");
        assertThat(cut.get(1).text()).hasSize(Highlight.CONTEXT);
    }
}
