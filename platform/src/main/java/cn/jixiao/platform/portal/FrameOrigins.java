package cn.jixiao.platform.portal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The origins allowed to frame the widget, as the admin types them (one a line): each
 * {@code https://host[:port]}, nothing else (no path, no wildcard, no plain http), so it can go into
 * a {@code frame-ancestors} directive as it is.
 *
 * @param origins normalised (lower case), duplicates dropped, in the order typed
 * @param errors  one Chinese reason per refused line
 */
record FrameOrigins(List<String> origins, List<String> errors) {

    static final int MAX = 20;
    private static final Pattern HOST = Pattern.compile("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$");

    static FrameOrigins parse(String text) {
        Set<String> origins = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String origin = origin(line);
            if (origin == null) {
                errors.add("“" + line + "”不是网站来源：请写成 https://域名 或 https://域名:端口，不带路径");
            } else {
                origins.add(origin);
            }
        }
        if (origins.size() > MAX) {
            errors.add("最多填写 " + MAX + " 个网站来源");
        }
        return new FrameOrigins(List.copyOf(origins), errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    private static String origin(String line) {
        try {
            URI uri = new URI(line);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
            if (!"https".equalsIgnoreCase(uri.getScheme()) || host == null || !HOST.matcher(host).matches() || !bare
                    || uri.getPort() == 0 || uri.getPort() > 65535) {
                return null;
            }
            return "https://" + host + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
