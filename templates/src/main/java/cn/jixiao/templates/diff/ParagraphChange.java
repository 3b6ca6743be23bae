package cn.jixiao.templates.diff;

import java.util.Objects;

/**
 * An edited paragraph (总体绩效目标, 工作保障措施). Paragraphs are aligned in order, so they never move.
 *
 * @param fromIndex position in the old paragraphs
 * @param toIndex   position in the new paragraphs
 * @param text      the edits
 */
public record ParagraphChange(int fromIndex, int toIndex, TextChange text) implements MatchedChange {

    public ParagraphChange {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public boolean moved() {
        return false;
    }
}
