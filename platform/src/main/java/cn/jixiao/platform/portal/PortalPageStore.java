package cn.jixiao.platform.portal;

import static cn.jixiao.infra.jooq.Tables.PORTAL_PAGE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import cn.jixiao.platform.tenancy.CurrentTenant;

/** The current district's stored portal pages ({@code portal_page}), by path. */
@Repository
class PortalPageStore {

    private final DSLContext dsl;

    PortalPageStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<PortalPage> find(String path) {
        return dsl.select(PORTAL_PAGE.PATH, PORTAL_PAGE.CONTENT_TYPE, PORTAL_PAGE.BODY, PORTAL_PAGE.ETAG)
                .from(PORTAL_PAGE).where(PORTAL_PAGE.PATH.eq(path))
                .fetchOptional(r -> new PortalPage(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    List<PortalPage> all() {
        return dsl.select(PORTAL_PAGE.PATH, PORTAL_PAGE.CONTENT_TYPE, PORTAL_PAGE.BODY, PORTAL_PAGE.ETAG)
                .from(PORTAL_PAGE).orderBy(PORTAL_PAGE.PATH)
                .fetch(r -> new PortalPage(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    void put(PortalPage page) {
        dsl.insertInto(PORTAL_PAGE)
                .set(PORTAL_PAGE.TENANT_ID, CurrentTenant.require().value())
                .set(PORTAL_PAGE.PATH, page.path())
                .set(PORTAL_PAGE.CONTENT_TYPE, page.contentType())
                .set(PORTAL_PAGE.BODY, page.body())
                .set(PORTAL_PAGE.ETAG, page.etag())
                .onConflict(PORTAL_PAGE.TENANT_ID, PORTAL_PAGE.PATH)
                .doUpdate()
                .set(PORTAL_PAGE.CONTENT_TYPE, page.contentType())
                .set(PORTAL_PAGE.BODY, page.body())
                .set(PORTAL_PAGE.ETAG, page.etag())
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
