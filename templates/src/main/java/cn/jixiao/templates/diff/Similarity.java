package cn.jixiao.templates.diff;

/**
 * How alike two texts are, for matching: 2·LCS / (|a| + |b|) on code points, 1 for equal texts and 0 for
 * texts with nothing in common. Computed as Myers' edit distance, abandoned as soon as the ratio can no
 * longer reach the caller's floor, so comparing many unrelated candidates stays cheap.
 */
final class Similarity {

    private Similarity() {}

    /** The ratio, or 0 when it is below {@code floor}. */
    static double ratio(String a, String b, double floor) {
        if (a.equals(b)) {
            return 1.0;
        }
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int total = x.length + y.length;
        int start = 0;
        while (start < x.length && start < y.length && x[start] == y[start]) {
            start++;
        }
        int endX = x.length;
        int endY = y.length;
        while (endX > start && endY > start && x[endX - 1] == y[endY - 1]) {
            endX--;
            endY--;
        }
        int maxD = (int) Math.floor((1.0 - floor) * total + 1e-9);
        int d = distance(x, start, endX, y, start, endY, maxD);
        if (d < 0) {
            return 0.0;
        }
        double ratio = (double) (total - d) / total;
        return ratio >= floor ? ratio : 0.0;
    }

    /** Insertions plus deletions turning x[xs, xe) into y[ys, ye), or -1 when more than {@code maxD}. */
    private static int distance(int[] x, int xs, int xe, int[] y, int ys, int ye, int maxD) {
        int n = xe - xs;
        int m = ye - ys;
        if (Math.abs(n - m) > maxD) {
            return -1;
        }
        if (n == 0 || m == 0) {
            return n + m;
        }
        int offset = maxD + 1;
        int[] v = new int[2 * maxD + 3];
        for (int d = 0; d <= maxD; d++) {
            for (int k = -d; k <= d; k += 2) {
                int i = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int j = i - k;
                while (i < n && j < m && x[xs + i] == y[ys + j]) {
                    i++;
                    j++;
                }
                v[offset + k] = i;
                if (i >= n && j >= m) {
                    return d;
                }
            }
        }
        return -1;
    }
}
