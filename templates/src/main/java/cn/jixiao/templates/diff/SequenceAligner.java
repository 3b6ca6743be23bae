package cn.jixiao.templates.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns two lists of texts in order (paragraphs, itemized goals): the order-preserving pairing with the
 * largest total similarity, pairing only texts at least {@code floor} alike. Lists are short (a dozen
 * paragraphs), so the quadratic table is cheap.
 */
final class SequenceAligner {

    private SequenceAligner() {}

    static List<IndexPair> align(List<String> from, List<String> to, double floor) {
        int n = from.size();
        int m = to.size();
        List<IndexPair> pairs = new ArrayList<>();
        if (from.equals(to)) {
            for (int i = 0; i < n; i++) {
                pairs.add(new IndexPair(i, i));
            }
            return pairs;
        }
        double[][] similarity = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                similarity[i][j] = Similarity.ratio(from.get(i), to.get(j), floor);
            }
        }
        // best[i][j]: best total for from[i..] and to[j..]
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double skip = Math.max(best[i + 1][j], best[i][j + 1]);
                double pair = similarity[i][j] > 0 ? similarity[i][j] + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(skip, pair);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (similarity[i][j] > 0 && similarity[i][j] + best[i + 1][j + 1] >= best[i][j]) {
                pairs.add(new IndexPair(i, j));
                i++;
                j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs;
    }
}
