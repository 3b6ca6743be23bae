package cn.jixiao.templates.diff;

import static cn.jixiao.templates.diff.TextEdit.delete;
import static cn.jixiao.templates.diff.TextEdit.equal;
import static cn.jixiao.templates.diff.TextEdit.insert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void equalAndEmptyTexts() {
        assertThat(TextDiff.diff("", "")).isEmpty();
        assertThat(TextDiff.diff("督查", "督查")).containsExactly(equal("督查"));
        assertThat(TextDiff.diff("", "督查")).containsExactly(insert("督查"));
        assertThat(TextDiff.diff("督查", "")).containsExactly(delete("督查"));
    }

    @Test
    void changesChineseCharactersWithoutTokenising() {
        assertThat(TextDiff.diff("督查车辆租用经费", "督查车辆租赁经费"))
                .containsExactly(equal("督查车辆租"), delete("用"), insert("赁"), equal("经费"));
        assertThat(TextDiff.diff("做到事事有回音，件件有落实。", "做到事事有回音，件件有落实，定期通报。"))
                .containsExactly(equal("做到事事有回音，件件有落实"), insert("，定期通报"), equal("。"));
    }

    @Test
    void deletionComesBeforeInsertionInsideAChangedStretch() {
        assertThat(TextDiff.diff("年初安排", "工作需求"))
                .containsExactly(delete("年初安排"), insert("工作需求"));
        assertThat(TextDiff.diff("提升服务质量", "提高服务水平"))
                .containsExactly(equal("提"), delete("升"), insert("高"), equal("服务"), delete("质量"), insert("水平"));
    }

    @Test
    void supplementaryCharactersAreNeverSplit() {
        // 𠀀 (U+20000) is one code point but two UTF-16 chars sharing their high surrogate with 𠀁
        assertThat(TextDiff.diff("甲𠀀乙", "甲𠀁乙")).containsExactly(equal("甲"), delete("𠀀"), insert("𠀁"), equal("乙"));
    }

    @Test
    void textChangeReadsBothVersionsBack() {
        TextChange change = TextChange.between("≥90百分比", "≥95百分比");

        assertThat(change.from()).isEqualTo("≥90百分比");
        assertThat(change.to()).isEqualTo("≥95百分比");
        assertThat(TextChange.between("同", "同")).isNull();
        assertThat(TextChange.between(null, "")).isNull();
    }

    @Property(tries = 500)
    void editsRebuildBothTextsCanonically(@ForAll @Chars({'督', '查', '经', '费', '，', '。', 'a', '1'})
                                          @StringLength(max = 30) String a,
                                          @ForAll @Chars({'督', '查', '经', '费', '，', '。', 'a', '1'})
                                          @StringLength(max = 30) String b) {
        List<TextEdit> edits = TextDiff.diff(a, b);

        assertThat(join(edits, TextEdit.Op.DELETE)).isEqualTo(a);
        assertThat(join(edits, TextEdit.Op.INSERT)).isEqualTo(b);
        for (int i = 1; i < edits.size(); i++) {
            TextEdit.Op before = edits.get(i - 1).op();
            TextEdit.Op after = edits.get(i).op();
            assertThat(before).isNotEqualTo(after);
            assertThat(before == TextEdit.Op.INSERT && after == TextEdit.Op.DELETE).as("delete before insert").isFalse();
        }
    }

    @Property(tries = 500)
    void keepsALongestCommonSubsequence(@ForAll @Chars({'甲', '乙', '丙', '丁'}) @StringLength(max = 40) String a,
                                        @ForAll @Chars({'甲', '乙', '丙', '丁'}) @StringLength(max = 40) String b) {
        int kept = TextDiff.diff(a, b).stream().filter(e -> e.op() == TextEdit.Op.EQUAL)
                .mapToInt(e -> e.text().codePointCount(0, e.text().length())).sum();

        assertThat(kept).isEqualTo(lcs(a, b));
        double ratio = a.isEmpty() && b.isEmpty() ? 1.0 : 2.0 * kept / (a.length() + b.length());
        assertThat(Similarity.ratio(a, b, 0.0)).isCloseTo(ratio, offset(1e-9));
        assertThat(Similarity.ratio(a, b, 0.6)).isEqualTo(ratio >= 0.6 ? Similarity.ratio(a, b, 0.0) : 0.0);
    }

    /** Speed is measured by DiffBenchmark (docs/benchmarks.md), not here; this checks the long case is correct. */
    @Test
    void longUnrelatedParagraphsAreDiffedCorrectly() {
        String a = "甲乙丙丁".repeat(2_000);
        String b = "戊己庚辛".repeat(2_000) + a.substring(0, 100);

        List<TextEdit> edits = TextDiff.diff(a, b);

        assertThat(join(edits, TextEdit.Op.INSERT)).isEqualTo(b);
        assertThat(join(edits, TextEdit.Op.DELETE)).isEqualTo(a);
    }

    private static String join(List<TextEdit> edits, TextEdit.Op side) {
        StringBuilder sb = new StringBuilder();
        edits.stream().filter(e -> e.op() == TextEdit.Op.EQUAL || e.op() == side).forEach(e -> sb.append(e.text()));
        return sb.toString();
    }

    /** Textbook dynamic programme, the reference for minimality. */
    private static int lcs(String a, String b) {
        int[][] t = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                t[i][j] = a.charAt(i) == b.charAt(j) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0];
    }
}
