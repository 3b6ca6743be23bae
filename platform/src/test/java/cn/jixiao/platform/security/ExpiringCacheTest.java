package cn.jixiao.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** Issuer settings are reused for the TTL, then read again; ever new keys cannot grow the cache. */
class ExpiringCacheTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aFoundOrMissingValueIsReusedUntilItExpires() {
        var cache = new ExpiringCache<String, String>(Duration.ofMinutes(2), 10, clock);
        AtomicInteger loads = new AtomicInteger();
        String[] configured = {null};
        var loader = (Function<String, Optional<String>>) k -> {
            loads.incrementAndGet();
            return Optional.ofNullable(configured[0]);
        };

        assertThat(cache.get("iss", loader)).isEmpty();
        configured[0] = "tenant-x"; // an operator adds the row
        now = now.plusSeconds(119);
        assertThat(cache.get("iss", loader)).as("not yet seen").isEmpty();
        now = now.plusSeconds(1);
        assertThat(cache.get("iss", loader)).as("seen after the TTL").contains("tenant-x");
        assertThat(cache.get("iss", loader)).contains("tenant-x");
        assertThat(loads).hasValue(2);
    }

    @Test
    void whenFullOfLiveEntriesNewResultsAreNotKept() {
        var cache = new ExpiringCache<String, String>(Duration.ofMinutes(2), 2, clock);
        AtomicInteger loads = new AtomicInteger();
        var loader = (Function<String, Optional<String>>) k -> {
            loads.incrementAndGet();
            return Optional.of(k);
        };
        cache.get("a", loader);
        cache.get("b", loader);
        cache.get("c", loader);
        cache.get("c", loader);
        assertThat(loads).as("c was not kept").hasValue(4);
        cache.get("a", loader);
        assertThat(loads).as("a still is").hasValue(4);

        now = now.plusSeconds(121); // a and b expire and make room
        cache.get("c", loader);
        cache.get("c", loader);
        assertThat(loads).hasValue(5);
    }

    @Test
    void aZeroTtlKeepsNothing() {
        var cache = new ExpiringCache<String, String>(Duration.ZERO, 10, clock);
        AtomicInteger loads = new AtomicInteger();
        cache.get("a", k -> Optional.of(String.valueOf(loads.incrementAndGet())));
        assertThat(cache.get("a", k -> Optional.of(String.valueOf(loads.incrementAndGet())))).contains("2");
    }
}
