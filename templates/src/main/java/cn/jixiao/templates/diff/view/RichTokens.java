package cn.jixiao.templates.diff.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries {@link Rich} text through the shared writers of {@code cn.jixiao.templates.render}, which take plain
 * strings: a plain text passes as it is, a marked one as a token that the format's writer replaces with its own
 * markup once the shared writer is done. Tokens are made of private-use characters, which no disclosure holds.
 */
final class RichTokens {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern TOKEN = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private final List<Rich> rich = new ArrayList<>();

    /** The string to hand to a shared writer for {@code text}. */
    String text(Rich text) {
        if (text.isPlain()) {
            return text.text();
        }
        rich.add(text);
        return OPEN + String.valueOf(rich.size() - 1) + CLOSE;
    }

    /** True when no marked text was handed out. */
    boolean isEmpty() {
        return rich.isEmpty();
    }

    /** The rich text that {@code s} as a whole stands for, or {@code null}. */
    Rich lookup(String s) {
        Matcher m = TOKEN.matcher(s);
        return m.matches() ? rich.get(Integer.parseInt(m.group(1))) : null;
    }

    /** {@code s} with every token replaced by its rich text as {@code draw} writes it. */
    String expand(String s, Function<Rich, String> draw) {
        return TOKEN.matcher(s).replaceAll(m -> Matcher.quoteReplacement(draw.apply(rich.get(Integer.parseInt(m.group(1))))));
    }
}
