package cn.jixiao.platform.opendata;

import static cn.jixiao.infra.jooq.Tables.OPENDATA_FILE;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.digest.Sha256;
import cn.jixiao.platform.tenancy.CurrentTenant;

/** The stored open data files (V25 {@code opendata_file}) of the current district. */
@Component
class OpenDataFiles {

    private final DSLContext dsl;

    OpenDataFiles(DSLContext dsl) {
        this.dsl = dsl;
    }

    void put(String path, int fiscalYear, String departmentCode, String title, String mediaType, byte[] content) {
        var f = OPENDATA_FILE;
        String sha = Sha256.hex(content);
        dsl.insertInto(f, f.TENANT_ID, f.PATH, f.FISCAL_YEAR, f.DEPARTMENT_CODE, f.TITLE, f.MEDIA_TYPE, f.CONTENT, f.SHA256)
                .values(CurrentTenant.require().value(), path, fiscalYear, departmentCode, title, mediaType, content, sha)
                .onConflict(f.TENANT_ID, f.PATH).doUpdate()
                .set(f.TITLE, title).set(f.MEDIA_TYPE, mediaType).set(f.CONTENT, content).set(f.SHA256, sha)
                .set(f.CREATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    Optional<StoredFile> find(String path) {
        var f = OPENDATA_FILE;
        return dsl.select(f.PATH, f.TITLE, f.MEDIA_TYPE, f.CONTENT, f.SHA256).from(f).where(f.PATH.eq(path))
                .fetchOptional(r -> new StoredFile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** A department's files of a year, in path order. */
    List<StoredFile> ofDepartments(int fiscalYear) {
        var f = OPENDATA_FILE;
        return dsl.select(f.PATH, f.TITLE, f.MEDIA_TYPE, f.CONTENT, f.SHA256).from(f)
                .where(f.FISCAL_YEAR.eq(fiscalYear).and(f.DEPARTMENT_CODE.isNotNull()))
                .orderBy(f.PATH)
                .fetch(r -> new StoredFile(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Every file without its bytes, newest year first. */
    List<FileEntry> list() {
        var f = OPENDATA_FILE;
        return dsl.select(f.PATH, f.FISCAL_YEAR, f.DEPARTMENT_CODE, f.TITLE, f.MEDIA_TYPE, DSL.field("octet_length({0})", Integer.class, f.CONTENT), f.SHA256)
                .from(f)
                .orderBy(f.FISCAL_YEAR.desc(), f.DEPARTMENT_CODE.asc().nullsFirst(), f.PATH)
                .fetch(r -> new FileEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    List<Integer> years() {
        var f = OPENDATA_FILE;
        return dsl.selectDistinct(f.FISCAL_YEAR).from(f).orderBy(f.FISCAL_YEAR.desc()).fetch(f.FISCAL_YEAR);
    }

    /** Until the transaction ends, no other transaction rebuilds this district's year. */
    void lockYear(int fiscalYear) {
        dsl.select(DSL.function("pg_advisory_xact_lock", Object.class,
                DSL.function("hashtext", Integer.class, DSL.val("opendata:" + CurrentTenant.require().value() + ":" + fiscalYear))))
                .fetch();
    }

    void deleteDepartment(int fiscalYear, String departmentCode) {
        var f = OPENDATA_FILE;
        dsl.deleteFrom(f).where(f.FISCAL_YEAR.eq(fiscalYear).and(f.DEPARTMENT_CODE.eq(departmentCode))).execute();
    }

    void delete(String path) {
        var f = OPENDATA_FILE;
        dsl.deleteFrom(f).where(f.PATH.eq(path)).execute();
    }
}
