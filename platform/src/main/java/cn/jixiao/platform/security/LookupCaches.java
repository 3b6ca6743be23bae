package cn.jixiao.platform.security;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Caffeine caches of lookups: what a loader found is kept for a while (as an {@link Optional}, so is
 * that it found nothing). Bounded, so tokens naming ever new issuers cannot grow them.
 */
public final class LookupCaches {

    private LookupCaches() {
    }

    /** Keeps each result for {@code ttl} (zero or less: not at all), at most {@code maxEntries} of them. */
    public static <K, V> Cache<K, V> expiring(Duration ttl, long maxEntries) {
        return expiring(ttl, maxEntries, Ticker.systemTicker());
    }

    static <K, V> Cache<K, V> expiring(Duration ttl, long maxEntries, Ticker ticker) {
        return Caffeine.newBuilder()
                .expireAfterWrite(ttl.isNegative() ? Duration.ZERO : ttl)
                .maximumSize(maxEntries)
                .ticker(ticker)
                .build();
    }
}
