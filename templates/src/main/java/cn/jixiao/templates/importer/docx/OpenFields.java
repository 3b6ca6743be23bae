package cn.jixiao.templates.importer.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The Word fields open at the parser's position. A complex field (fldChar begin, instrText, separate, result,
 * end) may span paragraphs, as a TOC field's result does; fields nest (each TOC entry holds a PAGEREF).
 * Only the start of an instruction is kept: the importer needs its keyword and first argument.
 */
final class OpenFields {

    static final int MAX_INSTRUCTION = 256; // "PAGEREF _Toc123456789 \h" is about 25

    /** One field: its instruction, whether its result has started, whether it was ever closed. */
    static final class Field {
        private final StringBuilder instruction = new StringBuilder();
        private final boolean simple;
        private boolean inResult;
        private boolean closed;

        private Field(String instruction, boolean simple) {
            this.simple = simple;
            this.inResult = simple;
            addCode(instruction);
        }

        private void addCode(String code) {
            int room = MAX_INSTRUCTION - instruction.length();
            if (room > 0) {
                instruction.append(code, 0, Math.min(room, code.length()));
            }
        }

        private String[] words() {
            return instruction.toString().strip().split("\\s+", 3);
        }

        boolean isToc() {
            return words()[0].toUpperCase(Locale.ROOT).equals("TOC");
        }

        boolean isPageRef() {
            return words()[0].toUpperCase(Locale.ROOT).equals("PAGEREF");
        }

        /** A page reference to a heading bookmark a table of contents made ("PAGEREF _Toc123 \h"). */
        boolean isPageRefToContents() {
            String[] words = words();
            return isPageRef() && words.length > 1 && words[1].startsWith("_Toc");
        }

        boolean closed() {
            return closed;
        }
    }

    private final Deque<Field> open = new ArrayDeque<>();

    /** fldChar begin. */
    void begin() {
        open.push(new Field("", false));
    }

    /** instrText: belongs to the innermost field still reading its instruction. */
    void code(String text) {
        Field top = open.peek();
        if (top != null && !top.inResult) {
            top.addCode(text);
        }
    }

    /** fldChar separate: the innermost field's result starts. Returns that field, or {@code null}. */
    Field separate() {
        Field top = open.peek();
        if (top != null) {
            top.inResult = true;
        }
        return top;
    }

    /** fldChar end: closes the innermost complex field. Returns it, or {@code null} for an unmatched end. */
    Field end() {
        for (Field field : open) {
            if (!field.simple) {
                open.remove(field);
                field.closed = true;
                return field;
            }
        }
        return null;
    }

    /** w:fldSimple: the instruction is an attribute, the content is the result. */
    Field beginSimple(String instruction) {
        Field field = new Field(instruction == null ? "" : instruction, true);
        open.push(field);
        return field;
    }

    /** End of a w:fldSimple element. */
    void endSimple() {
        for (Field field : open) {
            if (field.simple) {
                open.remove(field);
                field.closed = true;
                return;
            }
        }
    }

    /** The TOC field whose result the current position is in, or {@code null}. */
    Field tocResult() {
        for (Field field : open) {
            if (field.inResult && field.isToc()) {
                return field;
            }
        }
        return null;
    }
}
