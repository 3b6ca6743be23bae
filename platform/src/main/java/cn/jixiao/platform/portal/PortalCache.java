package cn.jixiao.platform.portal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.workflow.PublicationChanged;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The stored pages in memory, in front of {@code portal_page}: a hit touches no database. Bounded by
 * bytes. On this instance a publication or withdrawal evicts the district's pages once its
 * transaction commits; other instances keep a page at most {@link #LIFETIME}, the same as the
 * responses' {@code Cache-Control: max-age}, so a withdrawn disclosure is gone everywhere within it.
 */
@Component
class PortalCache {

    /** The portal's one cache lifetime: in memory here, and in browsers and proxies. */
    static final Duration LIFETIME = Duration.ofSeconds(60);

    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private record Key(TenantId tenant, String path) {
    }

    private final Cache<Key, Optional<PortalPage>> pages = Caffeine.newBuilder()
            .expireAfterWrite(LIFETIME)
            .maximumWeight(MAX_BYTES)
            .<Key, Optional<PortalPage>>weigher((k, v) -> 64 + k.path().length() + v.map(p -> p.body().length).orElse(0))
            .build();

    Optional<PortalPage> get(TenantId tenant, String path, Supplier<Optional<PortalPage>> load) {
        return pages.get(new Key(tenant, path), k -> load.get());
    }

    /** The page if it is in memory now, without loading it. */
    Optional<PortalPage> held(TenantId tenant, String path) {
        Optional<PortalPage> page = pages.getIfPresent(new Key(tenant, path));
        return page == null ? Optional.empty() : page;
    }

    @TransactionalEventListener
    void published(PublicationChanged change) {
        evict(change.tenant());
    }

    void evict(TenantId tenant) {
        pages.asMap().keySet().removeIf(k -> k.tenant().equals(tenant));
    }

    /**
     * Empties the cache (for tests: once it is full, Caffeine's admission policy may turn a page read
     * only once away, so a test that needs a page kept starts with room).
     */
    void clear() {
        pages.invalidateAll();
        pages.cleanUp();
    }
}
