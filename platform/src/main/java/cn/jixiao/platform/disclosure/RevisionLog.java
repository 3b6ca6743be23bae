package cn.jixiao.platform.disclosure;

import static cn.jixiao.infra.jooq.Tables.REVISION;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.digest.Sha256;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.templates.disclosure.Disclosure;
import tools.jackson.databind.json.JsonMapper;

/** Appends immutable snapshots of whole disclosures, each with the SHA-256 of its JSON. */
@Repository
class RevisionLog {

    private final DSLContext dsl;
    private final JsonMapper json;

    RevisionLog(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    Revision append(UUID disclosureId, int number, Disclosure content, String actor, String note) {
        String snapshot = json.writeValueAsString(content);
        String hash = Sha256.hex(snapshot);
        return dsl.insertInto(REVISION)
                .set(REVISION.TENANT_ID, CurrentTenant.require().value())
                .set(REVISION.DISCLOSURE_ID, disclosureId)
                .set(REVISION.REVISION_NO, number)
                .set(REVISION.CONTENT_HASH, hash)
                .set(REVISION.SNAPSHOT, JSONB.valueOf(snapshot))
                .set(REVISION.CREATED_BY, actor)
                .set(REVISION.NOTE, note)
                .returning(REVISION.CREATED_AT)
                .fetchOne(r -> new Revision(number, hash, r.getCreatedAt(), actor, note));
    }

    /** The content as it was at a revision, from its snapshot. */
    Optional<Disclosure> snapshot(UUID disclosureId, int number) {
        return dsl.select(REVISION.SNAPSHOT).from(REVISION)
                .where(REVISION.DISCLOSURE_ID.eq(disclosureId), REVISION.REVISION_NO.eq(number))
                .fetchOptional(r -> json.readValue(r.value1().data(), Disclosure.class));
    }
}
