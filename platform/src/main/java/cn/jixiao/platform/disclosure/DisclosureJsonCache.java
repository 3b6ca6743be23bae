package cn.jixiao.platform.disclosure;

import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The serialized JSON of disclosures, by tenant and head fingerprint (see {@link DisclosureHead}): an entry
 * is never stale, it only stops being asked for. Bounded by bytes; the tenant in the key keeps two districts'
 * identical content apart, and which fingerprint is current is decided by a read under row-level security.
 */
@Component
class DisclosureJsonCache {

    record Key(UUID tenant, String fingerprint) {
    }

    private final Cache<Key, byte[]> cache;

    DisclosureJsonCache(@Value("${jixiao.read-cache.max-size:64MB}") DataSize maxSize) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxSize.toBytes())
                .weigher((Key key, byte[] json) -> json.length + 200)
                .build();
    }

    byte[] get(Key key, Supplier<byte[]> render) {
        return cache.get(key, k -> render.get());
    }

    /** Whether an entry is held (for tests). */
    boolean holds(Key key) {
        return cache.getIfPresent(key) != null;
    }
}
