package cn.jixiao.templates.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.jixiao.templates.disclosure.IndicatorValue;

class ValueComparisonTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "≥85百分比 | ≥90百分比 | TIGHTENED",
            "≥90%     | ≥80%     | LOOSENED",
            ">90%     | >95%     | TIGHTENED",
            "≤3.6万元  | ≤3万元    | TIGHTENED",
            "≤38万元   | ≤40万元   | LOOSENED",
            "<5个工作日 | <3个工作日 | TIGHTENED",
            "100%     | 95%      | LOOSENED",
            "≥90%     | ≥90百分比 | REWORDED",
            "≥90%     | >90%     | COMPARATOR_CHANGED",
            "≥1次     | ≥1人次    | UNIT_CHANGED",
            "100%     | 100      | UNIT_CHANGED",
            "≥90%     | 较好      | KIND_CHANGED",
            "较好      | 良好      | QUALITATIVE_CHANGED",
    })
    void judgesDirectionOnTheParsedForm(String from, String to, ValueChangeKind kind) {
        assertThat(ValueComparison.compare(IndicatorValue.parse(from), IndicatorValue.parse(to)).kind()).isEqualTo(kind);
    }

    @Test
    void reportsTheNumberDeltaInTheSameUnitOnly() {
        assertThat(ValueComparison.compare(IndicatorValue.parse("≥85百分比"), IndicatorValue.parse("≥90%")).numberDelta())
                .isEqualByComparingTo("5");
        assertThat(ValueComparison.compare(IndicatorValue.parse("≥1次"), IndicatorValue.parse("≥2人次")).numberDelta())
                .isNull();
        assertThat(ValueComparison.compare(IndicatorValue.parse("≥90%"), IndicatorValue.parse("≥90%"))).isNull();
    }

    @Test
    void qualitativeChangesComeAsText() {
        ValueChange change = ValueComparison.compare(IndicatorValue.parse("按实际工作需求督查用车"),
                IndicatorValue.parse("按实际需求保障督查用车"));

        assertThat(change.kind()).isEqualTo(ValueChangeKind.QUALITATIVE_CHANGED);
        assertThat(change.text().edits()).containsExactly(TextEdit.equal("按实际"), TextEdit.delete("工作"),
                TextEdit.equal("需求"), TextEdit.insert("保障"), TextEdit.equal("督查用车"));
    }

    @Test
    void emptyValuesAreTheirOwnKind() {
        assertThat(ValueComparison.compare(IndicatorValue.parse(""), IndicatorValue.parse("≥1辆")).kind())
                .isEqualTo(ValueChangeKind.KIND_CHANGED);
        assertThat(ValueComparison.compare(IndicatorValue.parse(""), IndicatorValue.parse(" ")).kind())
                .isEqualTo(ValueChangeKind.REWORDED);
        assertThat(ValueChangeKind.TIGHTENED.label()).isEqualTo("目标提高");
    }
}
