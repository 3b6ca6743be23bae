package cn.jixiao.templates.forms;

import java.util.Arrays;
import java.util.Optional;

/** Type of a field as written in the template JSON. */
public enum FieldType {
    TEXT("text", "文本"),
    TEXT_LIST("textList", "多段文本"),
    LIST("list", "列表"),
    MONEY("money", "金额"),
    PERCENT("percent", "百分比"),
    NUMBER("number", "数字"),
    DATE("date", "日期"),
    ENUM("enum", "选项"),
    INDICATOR_VALUE("indicatorValue", "指标值");

    private final String json;
    private final String label;

    FieldType(String json, String label) {
        this.json = json;
        this.label = label;
    }

    /** Name used in the template JSON, e.g. "textList". */
    public String json() {
        return json;
    }

    /** Chinese name for messages. */
    public String label() {
        return label;
    }

    /** Whether {@code maxLength} applies. */
    public boolean isText() {
        return this == TEXT || this == TEXT_LIST || this == INDICATOR_VALUE;
    }

    /** Whether {@code min}, {@code max} and {@code maxDecimals} apply. */
    public boolean isNumeric() {
        return this == MONEY || this == PERCENT || this == NUMBER;
    }

    /** Types a tenant may give a custom field. */
    public boolean allowedForCustomField() {
        return this == TEXT || this == NUMBER || this == DATE || this == ENUM;
    }

    static Optional<FieldType> fromJson(String name) {
        return Arrays.stream(values()).filter(t -> t.json.equals(name)).findFirst();
    }
}
