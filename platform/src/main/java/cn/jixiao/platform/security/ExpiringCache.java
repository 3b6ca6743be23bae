package cn.jixiao.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Keeps what a loader found (or that it found nothing) for a while. Bounded: when full of live
 * entries, new results are used without being kept, so tokens naming ever new issuers cannot grow it.
 */
public final class ExpiringCache<K, V> {

    private record Entry<V>(Optional<V> value, Instant expires) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;

    public ExpiringCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.value();
        }
        Optional<V> value = loader.apply(key);
        if (!ttl.isZero() && !ttl.isNegative()) {
            if (entries.size() >= maxEntries) {
                entries.values().removeIf(e -> !now.isBefore(e.expires()));
            }
            if (entries.size() < maxEntries || entries.containsKey(key)) {
                entries.put(key, new Entry<>(value, now.plus(ttl)));
            }
        }
        return value;
    }
}
