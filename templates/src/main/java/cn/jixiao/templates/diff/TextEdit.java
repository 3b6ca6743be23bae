package cn.jixiao.templates.diff;

import java.util.Objects;

/**
 * One run of a character-level text diff.
 *
 * @param op   what the run does
 * @param text the run's characters, never empty
 */
public record TextEdit(Op op, String text) {

    /** Whether a run is kept, inserted into the new text or deleted from the old one. */
    public enum Op {
        EQUAL("不变"), INSERT("新增"), DELETE("删除");

        private final String label;

        Op(String label) {
            this.label = label;
        }

        /** Chinese label for display. */
        public String label() {
            return label;
        }
    }

    public TextEdit {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty edit");
        }
    }

    /** Shorthand for an equal run. */
    public static TextEdit equal(String text) {
        return new TextEdit(Op.EQUAL, text);
    }

    /** Shorthand for an inserted run. */
    public static TextEdit insert(String text) {
        return new TextEdit(Op.INSERT, text);
    }

    /** Shorthand for a deleted run. */
    public static TextEdit delete(String text) {
        return new TextEdit(Op.DELETE, text);
    }
}
