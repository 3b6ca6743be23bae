package cn.jixiao.templates.forms;

/** What a 二级指标 expects as 指标值. */
public enum ValueExpectation {
    /** A quantitative value (comparator, number, unit); not money unless the node allows it. */
    QUANTITY("quantity", "定量值"),
    /** A money amount; these values make up the project's cost total. */
    MONEY("money", "金额"),
    /** A percentage. */
    PERCENT("percent", "百分比"),
    /** Anything, qualitative values such as 较好 included. */
    ANY("any", "定量或定性值");

    private final String json;
    private final String label;

    ValueExpectation(String json, String label) {
        this.json = json;
        this.label = label;
    }

    /** Name used in the template JSON. */
    public String json() {
        return json;
    }

    /** Chinese name for messages. */
    public String label() {
        return label;
    }

    /** Whether a number is expected, so a qualitative value is a defect. */
    public boolean expectsNumber() {
        return this != ANY;
    }

    static ValueExpectation fromJson(String name) {
        for (ValueExpectation e : values()) {
            if (e.json.equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
