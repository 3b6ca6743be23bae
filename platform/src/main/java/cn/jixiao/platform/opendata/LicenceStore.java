package cn.jixiao.platform.opendata;

import static cn.jixiao.infra.jooq.Tables.OPENDATA_LICENCE;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.jixiao.platform.tenancy.CurrentTenant;

/** The district's licence row (V25 {@code opendata_licence}); none means the default. */
@Component
class LicenceStore {

    private final DSLContext dsl;

    LicenceStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Licence> find() {
        var l = OPENDATA_LICENCE;
        return dsl.select(l.NAME, l.TITLE, l.URL, l.STATEMENT).from(l)
                .fetchOptional(r -> new Licence(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    void replace(Licence licence, String actor) {
        var l = OPENDATA_LICENCE;
        dsl.insertInto(l, l.TENANT_ID, l.NAME, l.TITLE, l.URL, l.STATEMENT, l.UPDATED_BY)
                .values(CurrentTenant.require().value(), licence.name(), licence.title(), licence.url(), licence.statement(), actor)
                .onConflict(l.TENANT_ID).doUpdate()
                .set(l.NAME, licence.name()).set(l.TITLE, licence.title()).set(l.URL, licence.url())
                .set(l.STATEMENT, licence.statement()).set(l.UPDATED_BY, actor).set(l.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }
}
