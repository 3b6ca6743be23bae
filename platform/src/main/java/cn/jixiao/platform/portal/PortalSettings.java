package cn.jixiao.platform.portal;

import static cn.jixiao.infra.jooq.Tables.PORTAL_SETTINGS;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.security.CanWriteAllUnits;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.security.LookupCaches;
import com.github.benmanes.caffeine.cache.Cache;

/** The district's portal settings ({@code portal_settings}): which origins may frame the widget. Audited. */
@Service
class PortalSettings {

    private final DSLContext dsl;
    private final AuditLog audit;
    /** The widget's framing policy per district, for the pages' cache lifetime (saving here evicts it). */
    private final Cache<TenantId, List<String>> framing = LookupCaches.expiring(PortalCache.LIFETIME, 10_000);

    PortalSettings(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    /** The current district's origins; read by the public widget too (no method rule: origins are public in its header anyway). */
    @Transactional(readOnly = true)
    List<String> frameOrigins() {
        return dsl.select(PORTAL_SETTINGS.FRAME_ORIGINS).from(PORTAL_SETTINGS)
                .fetchOptional(r -> List.of(r.value1())).orElse(List.of());
    }

    List<String> cachedFrameOrigins(TenantId tenant, java.util.function.Supplier<List<String>> load) {
        return framing.get(tenant, t -> load.get());
    }

    @Transactional
    @CanWriteAllUnits
    void replaceFrameOrigins(List<String> origins) {
        String[] values = origins.toArray(String[]::new);
        dsl.insertInto(PORTAL_SETTINGS)
                .set(PORTAL_SETTINGS.TENANT_ID, CurrentTenant.require().value())
                .set(PORTAL_SETTINGS.FRAME_ORIGINS, values)
                .set(PORTAL_SETTINGS.UPDATED_BY, SecurityContextHolder.getContext().getAuthentication().getName())
                .onConflict(PORTAL_SETTINGS.TENANT_ID)
                .doUpdate()
                .set(PORTAL_SETTINGS.FRAME_ORIGINS, values)
                .set(PORTAL_SETTINGS.UPDATED_BY, SecurityContextHolder.getContext().getAuthentication().getName())
                .set(PORTAL_SETTINGS.UPDATED_AT, OffsetDateTime.now())
                .execute();
        audit.record("PORTAL_SETTINGS_SET", "portal/frame-origins", Map.of("origins", origins));
        framing.invalidate(CurrentTenant.require());
    }
}
