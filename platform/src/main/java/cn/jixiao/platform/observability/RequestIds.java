package cn.jixiao.platform.observability;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request's id: {@code X-Request-Id} from the proxy when it is a plain token, else a new one. An id
 * only has to be unique, not unguessable, so it comes from a fast non-blocking random source.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static String of(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        if (given != null && TOKEN.matcher(given).matches()) {
            return given;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | (2L << 62)).toString();
    }
}
