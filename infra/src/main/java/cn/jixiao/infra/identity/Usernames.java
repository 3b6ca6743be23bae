package cn.jixiao.infra.identity;

import java.util.regex.Pattern;

/**
 * What a username may look like, for district users and operators alike: the same rule as the
 * {@code app_user_username_format} and {@code operator_account_username_format} constraints.
 */
public final class Usernames {

    /** 2–64 letters, digits or {@code . _ @ -}, starting with a letter or digit (for {@code @Pattern(regexp = …)}). */
    public static final String REGEX = "[A-Za-z0-9][A-Za-z0-9._@-]{1,63}";
    public static final Pattern FORMAT = Pattern.compile(REGEX);

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return username != null && FORMAT.matcher(username).matches();
    }
}
