package cn.jixiao.templates.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.templates.disclosure.IndicatorValue.Kind;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import cn.jixiao.templates.testing.SeedDocument;

class IndicatorValueTest {

    record Case(String text, Kind kind, Comparator comparator, String number, String unit) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Every distinct 指标值 of the seed document with its expected parse. */
    static final List<Case> SEED_VALUES = List.of(
            new Case("≤3.6万元", Kind.QUANTITATIVE, Comparator.LE, "3.6", "万元"),
            new Case("≥1辆", Kind.QUANTITATIVE, Comparator.GE, "1", "辆"),
            new Case("按实际工作需求督查用车", Kind.QUALITATIVE, null, null, null),
            new Case("≥90百分比", Kind.QUANTITATIVE, Comparator.GE, "90", "百分比"),
            new Case("根据工作实际需求", Kind.QUALITATIVE, null, null, null),
            new Case("≥1年", Kind.QUANTITATIVE, Comparator.GE, "1", "年"),
            new Case("≤13万元", Kind.QUANTITATIVE, Comparator.LE, "13", "万元"),
            new Case("根据当年工作实际百分百完成案件督查", Kind.QUALITATIVE, null, null, null),
            new Case("较好", Kind.QUALITATIVE, null, null, null),
            new Case("高效", Kind.QUALITATIVE, null, null, null),
            new Case("≥1次", Kind.QUANTITATIVE, Comparator.GE, "1", "次"),
            new Case("能参与招商活动", Kind.QUALITATIVE, null, null, null),
            new Case("截至年底完成情况", Kind.QUALITATIVE, null, null, null),
            new Case("≤10万元", Kind.QUANTITATIVE, Comparator.LE, "10", "万元"),
            new Case("≤1次", Kind.QUANTITATIVE, Comparator.LE, "1", "次"),
            new Case("≤38万元", Kind.QUANTITATIVE, Comparator.LE, "38", "万元"),
            new Case("≥12万元", Kind.QUANTITATIVE, Comparator.GE, "12", "万元"),
            new Case("公共服务水平提升", Kind.QUALITATIVE, null, null, null),
            new Case("良好", Kind.QUALITATIVE, null, null, null));

    static Stream<Case> seedValues() {
        return SEED_VALUES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedValues")
    void parsesEverySeedValue(Case c) {
        IndicatorValue v = IndicatorValue.parse(c.text());

        assertThat(v.text()).isEqualTo(c.text());
        assertThat(v.kind()).isEqualTo(c.kind());
        assertThat(v.comparator()).isEqualTo(c.comparator());
        if (c.number() == null) {
            assertThat(v.number()).isNull();
        } else {
            assertThat(v.number()).isEqualTo(new BigDecimal(c.number()));
        }
        assertThat(v.unit()).isEqualTo(c.unit());
    }

    @Test
    void seedCasesCoverEveryValueOfTheSeed() throws IOException {
        // independent of the reader: the 指标值 is the 5th cell of every 6-cell row except the header
        Set<String> values = new LinkedHashSet<>();
        for (List<String> row : rawRows(seed())) {
            if (row.size() == 6 && !row.get(0).equals("一级指标")) {
                values.add(row.get(4));
            }
        }
        assertThat(values).containsExactlyInAnyOrderElementsOf(SEED_VALUES.stream().map(Case::text).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "≥ 90 %|GE|90|%",
            "≥90%|GE|90|%",
            "100%|EQ|100|%",
            "90％|EQ|90|%",
            "＞5|GT|5|",
            "＜5个|LT|5|个",
            "≧95％|GE|95|%",
            "≦2天|LE|2|天",
            "≥９０％|GE|90|%",
            "＞＝８|GE|8|",
            ">=3|GE|3|",
            "<=3.50万元|LE|3.50|万元",
            "大于等于95%|GE|95|%",
            "不低于95%|GE|95|%",
            "不少于3次|GE|3|次",
            "小于等于10万元|LE|10|万元",
            "不高于10万元|LE|10|万元",
            "不超过5个工作日|LE|5|个工作日",
            "不多于2次|LE|2|次",
            "大于90%|GT|90|%",
            "高于90%|GT|90|%",
            "超过100人|GT|100|人",
            "小于1%|LT|1|%",
            "低于5%|LT|5|%",
            "等于100%|EQ|100|%",
            "90%以上|GE|90|%",
            "95%及以上|GE|95|%",
            "至少2次|GE|2|次",
            "3个工作日以内|LE|3|个工作日",
            "5%以下|LE|5|%",
            "1000以上|GE|1000|",
            "=100%|EQ|100|%",
            "3|EQ|3|",
            "1,000元|EQ|1000|元",
            "≥0.5亿元|GE|0.5|亿元",
    })
    void parsesQuantitativeVariants(String text, Comparator comparator, String number, String unit) {
        IndicatorValue v = IndicatorValue.parse(text);

        assertThat(v.text()).isEqualTo(text);
        assertThat(v.kind()).isEqualTo(Kind.QUANTITATIVE);
        assertThat(v.comparator()).isEqualTo(comparator);
        assertThat(v.number()).isEqualByComparingTo(number);
        assertThat(v.unit()).isEqualTo(unit);
    }

    @Test
    void keepsTheWrittenScale() {
        assertThat(IndicatorValue.parse("<=3.50万元").number()).isEqualTo(new BigDecimal("3.50"));
        assertThat(IndicatorValue.parse("≥90.0%").number().scale()).isEqualTo(1);
    }

    @Test
    void keepsFullWidthTextButNormalisesThePercentUnit() {
        IndicatorValue v = IndicatorValue.parse("≥９０％");

        assertThat(v.text()).isEqualTo("≥９０％");
        assertThat(v.unit()).isEqualTo("%");
        assertThat(v.isPercent()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "较好", "高效", "良好", "公共服务水平提升", "按实际工作需求督查用车", "根据当年工作实际百分百完成案件督查",
            "根据工作实际需求", "能参与招商活动", "截至年底完成情况",
            "12345政务服务便民热线正常运转", "≥90%且≤100%", "大于", "≥", "1.2.3", "达到90%"})
    void treatsProseAsQualitative(String text) {
        IndicatorValue v = IndicatorValue.parse(text);

        assertThat(v.text()).isEqualTo(text);
        assertThat(v.kind()).isEqualTo(Kind.QUALITATIVE);
        assertThat(v.comparator()).isNull();
        assertThat(v.number()).isNull();
        assertThat(v.unit()).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\t", "\u3000", "\u00A0"})
    void treatsNullAndBlankAsEmpty(String text) {
        IndicatorValue v = IndicatorValue.parse(text);

        assertThat(v.kind()).isEqualTo(Kind.EMPTY);
        assertThat(v.text()).isEqualTo(text == null ? "" : text);
        assertThat(v.comparator()).isNull();
        assertThat(v.number()).isNull();
        assertThat(v.unit()).isNull();
    }

    @Test
    void recognisesPercentAndMoneyUnits() {
        assertThat(IndicatorValue.parse("≥90百分比").isPercent()).isTrue();
        assertThat(IndicatorValue.parse("100%").isPercent()).isTrue();
        assertThat(IndicatorValue.parse("≥5百分点").isPercent()).isFalse();
        assertThat(IndicatorValue.parse("≥1辆").isPercent()).isFalse();
        assertThat(IndicatorValue.parse("较好").isPercent()).isFalse();

        assertThat(IndicatorValue.parse("≤3.6万元").isMoney()).isTrue();
        assertThat(IndicatorValue.parse("≤500元").isMoney()).isTrue();
        assertThat(IndicatorValue.parse("≤2亿元").isMoney()).isTrue();
        assertThat(IndicatorValue.parse("≤20千元").isMoney()).isTrue();
        assertThat(IndicatorValue.parse("≥90%").isMoney()).isFalse();
        assertThat(IndicatorValue.parse("").isMoney()).isFalse();
    }

    @Test
    void comparatorsHaveCanonicalSymbols() {
        assertThat(Stream.of(Comparator.values()).map(Comparator::symbol)).containsExactly("≥", ">", "≤", "<", "=");
    }

    @Test
    void rejectsInconsistentValues() {
        assertThatThrownBy(() -> new IndicatorValue("较好", Kind.QUALITATIVE, Comparator.GE, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorValue("≥1", Kind.QUANTITATIVE, null, BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class);
    }

    private static String seed() throws IOException {
        return SeedDocument.text();
    }

    /** Table rows of the export: consecutive TAB lines, cells without the TAB. */
    private static List<List<String>> rawRows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("\t")) {
                if (row == null) {
                    row = new ArrayList<>();
                    rows.add(row);
                }
                row.add(line.substring(1));
            } else {
                row = null;
            }
        }
        return rows;
    }
}
