package cn.jixiao.templates.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Character-level diff for Chinese text: Myers' O(ND) algorithm in linear space on Unicode code points
 * (no whitespace tokenisation, which would make a Chinese paragraph one giant token).
 *
 * <p>The result is minimal (it keeps a longest common subsequence) and canonical: runs are merged, an
 * {@code EQUAL} run never follows another, and inside each changed stretch the {@code DELETE} run comes
 * before the {@code INSERT} run. Joining the {@code EQUAL} and {@code DELETE} runs gives {@code a}; joining
 * the {@code EQUAL} and {@code INSERT} runs gives {@code b}.
 */
public final class TextDiff {

    private final int[] a;
    private final int[] b;
    private final List<TextEdit> edits = new ArrayList<>();
    // pending changed stretch since the last equal run, as code-point ranges of a and b
    private int delStart = -1;
    private int delEnd = -1;
    private int insStart = -1;
    private int insEnd = -1;

    private TextDiff(String a, String b) {
        this.a = a.codePoints().toArray();
        this.b = b.codePoints().toArray();
    }

    /** The edits turning {@code a} into {@code b}; empty when both are empty, one {@code EQUAL} run when equal. */
    public static List<TextEdit> diff(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        TextDiff d = new TextDiff(a, b);
        d.compare(0, d.a.length, 0, d.b.length);
        d.flush();
        return List.copyOf(d.edits);
    }

    private void compare(int aStart, int aEnd, int bStart, int bEnd) {
        int prefix = 0;
        while (aStart + prefix < aEnd && bStart + prefix < bEnd && a[aStart + prefix] == b[bStart + prefix]) {
            prefix++;
        }
        equal(aStart, aStart + prefix);
        aStart += prefix;
        bStart += prefix;
        int suffix = 0;
        while (aEnd - suffix > aStart && bEnd - suffix > bStart && a[aEnd - suffix - 1] == b[bEnd - suffix - 1]) {
            suffix++;
        }
        int aMid = aEnd - suffix;
        int bMid = bEnd - suffix;
        if (aStart == aMid) {
            insert(bStart, bMid);
        } else if (bStart == bMid) {
            delete(aStart, aMid);
        } else {
            bisect(aStart, aMid, bStart, bMid);
        }
        equal(aMid, aEnd);
    }

    /** Finds the middle snake of an optimal path and diffs both halves (Myers 1986, section 4b). */
    private void bisect(int aStart, int aEnd, int bStart, int bEnd) {
        int n = aEnd - aStart;
        int m = bEnd - bStart;
        int maxD = (n + m + 1) / 2;
        int offset = maxD;
        int length = 2 * maxD + 2;
        int[] v1 = new int[length];
        int[] v2 = new int[length];
        Arrays.fill(v1, -1);
        Arrays.fill(v2, -1);
        v1[offset + 1] = 0;
        v2[offset + 1] = 0;
        int delta = n - m;
        boolean front = (delta & 1) != 0; // forward paths meet reverse ones when delta is odd
        int k1start = 0;
        int k1end = 0;
        int k2start = 0;
        int k2end = 0;
        for (int d = 0; d < maxD; d++) {
            for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
                int k1Offset = offset + k1;
                int x1 = (k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1]))
                        ? v1[k1Offset + 1] : v1[k1Offset - 1] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && a[aStart + x1] == b[bStart + y1]) {
                    x1++;
                    y1++;
                }
                v1[k1Offset] = x1;
                if (x1 > n) {
                    k1end += 2;
                } else if (y1 > m) {
                    k1start += 2;
                } else if (front) {
                    int k2Offset = offset + delta - k1;
                    if (k2Offset >= 0 && k2Offset < length && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset]) {
                        split(aStart, aEnd, bStart, bEnd, x1, y1);
                        return;
                    }
                }
            }
            for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
                int k2Offset = offset + k2;
                int x2 = (k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1]))
                        ? v2[k2Offset + 1] : v2[k2Offset - 1] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && a[aEnd - x2 - 1] == b[bEnd - y2 - 1]) {
                    x2++;
                    y2++;
                }
                v2[k2Offset] = x2;
                if (x2 > n) {
                    k2end += 2;
                } else if (y2 > m) {
                    k2start += 2;
                } else if (!front) {
                    int k1Offset = offset + delta - k2;
                    if (k1Offset >= 0 && k1Offset < length && v1[k1Offset] != -1) {
                        int x1 = v1[k1Offset];
                        int y1 = offset + x1 - k1Offset;
                        if (x1 >= n - x2) {
                            split(aStart, aEnd, bStart, bEnd, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // nothing in common
        delete(aStart, aEnd);
        insert(bStart, bEnd);
    }

    private void split(int aStart, int aEnd, int bStart, int bEnd, int x, int y) {
        compare(aStart, aStart + x, bStart, bStart + y);
        compare(aStart + x, aEnd, bStart + y, bEnd);
    }

    private void equal(int from, int to) {
        if (from == to) {
            return;
        }
        flush();
        int last = edits.size() - 1;
        String text = new String(a, from, to - from);
        if (last >= 0 && edits.get(last).op() == TextEdit.Op.EQUAL) {
            edits.set(last, TextEdit.equal(edits.get(last).text() + text));
        } else {
            edits.add(TextEdit.equal(text));
        }
    }

    private void delete(int from, int to) {
        if (from == to) {
            return;
        }
        if (delStart < 0) {
            delStart = from;
        }
        delEnd = to; // deleted ranges of one stretch are contiguous in a
    }

    private void insert(int from, int to) {
        if (from == to) {
            return;
        }
        if (insStart < 0) {
            insStart = from;
        }
        insEnd = to;
    }

    private void flush() {
        if (delStart >= 0) {
            edits.add(TextEdit.delete(new String(a, delStart, delEnd - delStart)));
        }
        if (insStart >= 0) {
            edits.add(TextEdit.insert(new String(b, insStart, insEnd - insStart)));
        }
        delStart = delEnd = insStart = insEnd = -1;
    }
}
