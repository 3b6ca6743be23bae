package cn.jixiao.templates.diff;

import java.util.List;

/**
 * A changed text (a name, 资金用途, 绩效目标, a paragraph…) as character-level edits; both versions can be
 * read back from the edits, so the change alone is enough to apply it.
 *
 * @param edits runs from {@link TextDiff#diff(String, String)}
 */
public record TextChange(List<TextEdit> edits) {

    public TextChange {
        edits = List.copyOf(edits);
    }

    /** The change from {@code a} to {@code b}, or {@code null} when they are equal (null counts as ""). */
    public static TextChange between(String a, String b) {
        String from = a == null ? "" : a;
        String to = b == null ? "" : b;
        return from.equals(to) ? null : new TextChange(TextDiff.diff(from, to));
    }

    /** The old text: equal and deleted runs. */
    public String from() {
        return join(TextEdit.Op.DELETE);
    }

    /** The new text: equal and inserted runs. */
    public String to() {
        return join(TextEdit.Op.INSERT);
    }

    private String join(TextEdit.Op side) {
        StringBuilder sb = new StringBuilder();
        for (TextEdit e : edits) {
            if (e.op() == TextEdit.Op.EQUAL || e.op() == side) {
                sb.append(e.text());
            }
        }
        return sb.toString();
    }
}
