package cn.jixiao.platform.portal;

import static cn.jixiao.infra.jooq.Tables.PORTAL_PAGE;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import cn.jixiao.platform.tenancy.CurrentTenant;

/** The current district's stored portal pages ({@code portal_page}), by path, stamped with the renderer's version. */
@Repository
class PortalPageStore {

    private final DSLContext dsl;
    private final PortalVersion version;

    PortalPageStore(DSLContext dsl, PortalVersion version) {
        this.dsl = dsl;
        this.version = version;
    }

    Optional<PortalPage> find(String path) {
        return dsl.select(PORTAL_PAGE.PATH, PORTAL_PAGE.CONTENT_TYPE, PORTAL_PAGE.BODY, PORTAL_PAGE.ETAG,
                        PORTAL_PAGE.RENDERER_VERSION, PORTAL_PAGE.RENDERED_AT)
                .from(PORTAL_PAGE).where(PORTAL_PAGE.PATH.eq(path))
                .fetchOptional(r -> new PortalPage(r.value1(), r.value2(), r.value3(), r.value4(),
                        version.outdated(r.value5(), r.value6())));
    }

    /** Whether any of the district's pages is to be rendered again ({@link PortalVersion#outdated}). */
    boolean anyOutdated() {
        return dsl.fetchExists(PORTAL_PAGE, PORTAL_PAGE.RENDERER_VERSION.ne(version.value())
                .and(PORTAL_PAGE.RENDERED_AT.lt(version.started())));
    }

    /** Until the transaction ends, no other transaction renders this district's pages. */
    void lockDistrict() {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class,
                DSL.function("hashtext", Integer.class, DSL.val("portal:" + CurrentTenant.require().value()))))
                .fetch();
    }

    void put(PortalPage page) {
        dsl.insertInto(PORTAL_PAGE)
                .set(PORTAL_PAGE.TENANT_ID, CurrentTenant.require().value())
                .set(PORTAL_PAGE.PATH, page.path())
                .set(PORTAL_PAGE.CONTENT_TYPE, page.contentType())
                .set(PORTAL_PAGE.BODY, page.body())
                .set(PORTAL_PAGE.ETAG, page.etag())
                .set(PORTAL_PAGE.RENDERER_VERSION, version.value())
                .onConflict(PORTAL_PAGE.TENANT_ID, PORTAL_PAGE.PATH)
                .doUpdate()
                .set(PORTAL_PAGE.CONTENT_TYPE, page.contentType())
                .set(PORTAL_PAGE.BODY, page.body())
                .set(PORTAL_PAGE.ETAG, page.etag())
                .set(PORTAL_PAGE.RENDERER_VERSION, version.value())
                .set(PORTAL_PAGE.RENDERED_AT, OffsetDateTime.now())
                .execute();
    }

    void delete(String path) {
        dsl.deleteFrom(PORTAL_PAGE).where(PORTAL_PAGE.PATH.eq(path)).execute();
    }

    /** The year's page and every page under it. */
    void deleteYear(int year) {
        String path = String.valueOf(year);
        dsl.deleteFrom(PORTAL_PAGE).where(PORTAL_PAGE.PATH.eq(path).or(PORTAL_PAGE.PATH.startsWith(path + "/"))).execute();
    }
}
