package cn.jixiao.platform.search;

import java.util.ArrayList;
import java.util.List;

/** A matched text cut into plain and matched pieces, for {@code <mark>} (the page escapes every piece). */
final class Highlight {

    /** A piece of text; {@code marked} when it is the query. */
    record Piece(String text, boolean marked) {
    }

    /** Long texts are cut around the first match. */
    static final int CONTEXT = 40;

    private Highlight() {
    }

    static List<Piece> of(String body, String normalizedQuery) {
        String text = body.replaceAll("\\s+", " ").strip();
        int first = indexOf(text, normalizedQuery, 0);
        int from = 0;
        int to = text.length();
        if (first >= 0 && text.length() > 2 * CONTEXT + normalizedQuery.length()) {
            from = Math.max(0, first - CONTEXT);
            to = Math.min(text.length(), first + normalizedQuery.length() + CONTEXT);
        }
        List<Piece> pieces = new ArrayList<>();
        if (from > 0) {
            pieces.add(new Piece("…", false));
        }
        int at = from;
        for (int i = indexOf(text, normalizedQuery, from); i >= 0 && i + normalizedQuery.length() <= to;
             i = indexOf(text, normalizedQuery, i + normalizedQuery.length())) {
            if (i > at) {
                pieces.add(new Piece(text.substring(at, i), false));
            }
            pieces.add(new Piece(text.substring(i, i + normalizedQuery.length()), true));
            at = i + normalizedQuery.length();
        }
        if (at < to) {
            pieces.add(new Piece(text.substring(at, to), false));
        }
        if (to < text.length()) {
            pieces.add(new Piece("…", false));
        }
        return pieces;
    }

    private static int indexOf(String text, String query, int from) {
        for (int i = from; i + query.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, query, 0, query.length())) {
                return i;
            }
        }
        return -1;
    }
}
