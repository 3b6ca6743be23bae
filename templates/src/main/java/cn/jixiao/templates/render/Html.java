package cn.jixiao.templates.render;

/** Escaping for text and attribute values; every piece of data goes through it. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Escaped text with "\n" as line breaks. */
    public static String lines(String text) {
        return escape(text).replace("\n", "<br>");
    }

    /** An id safe in HTML and CSS selectors. */
    public static String id(String anchor) {
        return anchor.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
