package cn.jixiao.templates.diff;

import java.util.Arrays;
import java.util.List;

/**
 * Decides which matched items moved: the largest set that kept its relative order (a longest increasing
 * subsequence of old positions, taken in new order) stays; everything else moved.
 */
final class Reordering {

    private Reordering() {}

    /** For pairs sorted by new position: {@code moved[i]} for pair {@code i}. */
    static boolean[] moved(List<IndexPair> pairs) {
        int n = pairs.size();
        boolean[] moved = new boolean[n];
        int[] tails = new int[n]; // index of the pair ending the best run of each length
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int from = pairs.get(i).fromIndex();
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid]).fromIndex() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        Arrays.fill(moved, true);
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            moved[i] = false;
        }
        return moved;
    }
}
