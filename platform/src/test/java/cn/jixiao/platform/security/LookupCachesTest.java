package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Ticker;

/** Issuer settings are reused for the TTL, then read again; ever new keys cannot grow the cache. */
class LookupCachesTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @Test
    void aFoundOrMissingValueIsReusedUntilItExpires() {
        var cache = LookupCaches.<String, Optional<String>>expiring(Duration.ofMinutes(2), 10, ticker);
        AtomicInteger loads = new AtomicInteger();
        String[] configured = {null};
        var loader = (Function<String, Optional<String>>) k -> {
            loads.incrementAndGet();
            return Optional.ofNullable(configured[0]);
        };

        assertThat(cache.get("iss", loader)).isEmpty();
        configured[0] = "tenant-x"; // an operator adds the row
        advance(Duration.ofSeconds(119));
        assertThat(cache.get("iss", loader)).as("not yet seen").isEmpty();
        advance(Duration.ofSeconds(1));
        assertThat(cache.get("iss", loader)).as("seen after the TTL").contains("tenant-x");
        assertThat(cache.get("iss", loader)).contains("tenant-x");
        assertThat(loads).hasValue(2);
    }

    /** Which entries stay is Caffeine's (W-TinyLFU); how many stay is ours. */
    @Test
    void everNewKeysDoNotGrowIt() {
        var cache = LookupCaches.<String, Optional<String>>expiring(Duration.ofMinutes(2), 2, ticker);
        AtomicInteger loads = new AtomicInteger();
        var loader = (Function<String, Optional<String>>) k -> {
            loads.incrementAndGet();
            return Optional.of(k);
        };
        for (int i = 0; i < 100; i++) {
            assertThat(cache.get("new-" + i, loader)).contains("new-" + i);
            cache.cleanUp();
            assertThat(cache.estimatedSize()).isLessThanOrEqualTo(2);
        }
        assertThat(loads).hasValue(100);

        advance(Duration.ofSeconds(121)); // what is left expires and makes room
        cache.cleanUp();
        assertThat(cache.estimatedSize()).isZero();
        cache.get("c", loader);
        cache.get("c", loader);
        assertThat(loads).hasValue(101);
    }

    @Test
    void aZeroTtlKeepsNothing() {
        var cache = LookupCaches.<String, Optional<String>>expiring(Duration.ZERO, 10, ticker);
        AtomicInteger loads = new AtomicInteger();
        cache.get("a", k -> Optional.of(String.valueOf(loads.incrementAndGet())));
        assertThat(cache.get("a", k -> Optional.of(String.valueOf(loads.incrementAndGet())))).contains("2");
    }
}
