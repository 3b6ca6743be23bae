package cn.jixiao.platform.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Characters and character bigrams of a text, the search's index terms. Chinese words are mostly
 * two characters: a bigram index finds them, a trigram index cannot (docs/benchmarks.md). A query
 * of one character looks up that character; a longer one all its bigrams, then the text itself.
 */
final class Grams {

    private Grams() {
    }

    /** Lower case, runs of white space as one space, trimmed: the same for the index and the query. */
    static String normalize(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The index terms of a text: every character and every pair of adjacent characters, once each. */
    static String[] of(String text) {
        int[] cps = normalize(text).codePoints().toArray();
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i < cps.length; i++) {
            grams.add(new String(cps, i, 1));
            if (i + 1 < cps.length) {
                grams.add(new String(cps, i, 2));
            }
        }
        return grams.toArray(String[]::new);
    }

    /** The terms every matching text has: the character itself, or every bigram of the query. */
    static String[] query(String normalizedQuery) {
        int[] cps = normalizedQuery.codePoints().toArray();
        if (cps.length == 1) {
            return new String[] {normalizedQuery};
        }
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 1 < cps.length; i++) {
            String g = new String(cps, i, 2);
            if (!grams.contains(g)) {
                grams.add(g);
            }
        }
        return grams.toArray(String[]::new);
    }
}
