package cn.jixiao.templates.diff.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.jixiao.templates.diff.TextChange;
import cn.jixiao.templates.diff.TextEdit;

/**
 * Inline text with marks, the content of a paragraph or a table cell of a diff view. Each format draws the
 * marks its own way (HTML {@code <ins>}/{@code <del>}, Word underlined and struck-through runs).
 *
 * @param spans runs in reading order, none empty
 */
record Rich(List<Rich.Span> spans) {

    /** How a run is set. */
    enum Mark {
        PLAIN,
        STRONG,
        /** text only in the new version */
        INSERTED,
        /** text only in the old version */
        DELETED,
        /** a warning a reviewer must not miss */
        FLAG,
        /** a link within the page or to another view of it (HTML only; other formats print the text) */
        LINK
    }

    /**
     * @param mark how it is set
     * @param text the characters; "\n" breaks the line
     * @param href link target, only for {@link Mark#LINK}
     */
    record Span(Mark mark, String text, String href) {
        Span {
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(text, "text");
        }
    }

    static final Rich EMPTY = new Rich(List.of());

    Rich {
        spans = spans.stream().filter(s -> !s.text().isEmpty()).toList();
    }

    static Rich of(Mark mark, String text) {
        return new Rich(List.of(new Span(mark, text, null)));
    }

    static Rich plain(String text) {
        return of(Mark.PLAIN, text);
    }

    static Rich link(String text, String href) {
        return new Rich(List.of(new Span(Mark.LINK, text, href)));
    }

    /** The old side of a change: kept runs plain, deleted runs marked. */
    static Rich before(TextChange change) {
        return side(change, TextEdit.Op.DELETE, Mark.DELETED);
    }

    /** The new side of a change: kept runs plain, inserted runs marked. */
    static Rich after(TextChange change) {
        return side(change, TextEdit.Op.INSERT, Mark.INSERTED);
    }

    private static Rich side(TextChange change, TextEdit.Op op, Mark mark) {
        List<Span> spans = new ArrayList<>();
        for (TextEdit edit : change.edits()) {
            if (edit.op() == TextEdit.Op.EQUAL) {
                spans.add(new Span(Mark.PLAIN, edit.text(), null));
            } else if (edit.op() == op) {
                spans.add(new Span(mark, edit.text(), null));
            }
        }
        return new Rich(spans);
    }

    /** This text followed by {@code other}. */
    Rich plus(Rich other) {
        List<Span> joined = new ArrayList<>(spans);
        joined.addAll(other.spans);
        return new Rich(joined);
    }

    Rich plus(String plainText) {
        return plus(plain(plainText));
    }

    /** True when no run is marked, so the text can travel as a plain string. */
    boolean isPlain() {
        return spans.stream().allMatch(s -> s.mark() == Mark.PLAIN);
    }

    /** The characters without marks. */
    String text() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
