package cn.jixiao.templates.disclosure;

/** Relation between an actual result and a quantitative target value (指标值). */
public enum Comparator {
    GE("≥"), GT(">"), LE("≤"), LT("<"), EQ("=");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical symbol, e.g. "≥". */
    public String symbol() {
        return symbol;
    }
}
