package cn.jixiao.templates.text;

/**
 * Blank handling for text that comes out of Word files: NBSP, U+3000 (ideographic space), BOM and
 * zero-width space are blank there, though {@link Character#isWhitespace} does not say so.
 */
public final class WordText {

    private WordText() {
    }

    public static boolean isBlankChar(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    public static boolean isBlank(String s) {
        return s == null || s.codePoints().allMatch(WordText::isBlankChar);
    }

    /** Removes leading and trailing blanks (in the sense above). */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlankChar(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }
}
