package cn.jixiao.platform.review;

import static cn.jixiao.infra.jooq.Tables.REVIEW_COMMENT;
import static org.jooq.Records.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import cn.jixiao.platform.tenancy.CurrentTenant;

/** The current district's review comments. */
@Repository
class ReviewCommentStore {

    private final DSLContext dsl;

    ReviewCommentStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    void add(UUID disclosureId, int revision, List<CommentDraft> drafts, String actor) {
        UUID tenant = CurrentTenant.require().value();
        var insert = dsl.insertInto(REVIEW_COMMENT, REVIEW_COMMENT.TENANT_ID, REVIEW_COMMENT.DISCLOSURE_ID, REVIEW_COMMENT.REVISION_NO,
                REVIEW_COMMENT.PROJECT_CODE, REVIEW_COMMENT.INDICATOR_POSITION, REVIEW_COMMENT.BODY, REVIEW_COMMENT.CREATED_BY);
        for (CommentDraft draft : drafts) {
            insert = insert.values(tenant, disclosureId, revision, draft.projectCode(), draft.indicatorPosition(), draft.body(), actor);
        }
        insert.execute();
    }

    List<ReviewComment> all(UUID disclosureId) {
        return dsl.select(REVIEW_COMMENT.ID, REVIEW_COMMENT.REVISION_NO, REVIEW_COMMENT.PROJECT_CODE,
                        REVIEW_COMMENT.INDICATOR_POSITION, REVIEW_COMMENT.BODY, REVIEW_COMMENT.CREATED_AT,
                        REVIEW_COMMENT.CREATED_BY, REVIEW_COMMENT.RESOLVED_AT, REVIEW_COMMENT.RESOLVED_BY)
                .from(REVIEW_COMMENT)
                .where(REVIEW_COMMENT.DISCLOSURE_ID.eq(disclosureId))
                .orderBy(REVIEW_COMMENT.CREATED_AT, REVIEW_COMMENT.PROJECT_CODE.nullsFirst(), REVIEW_COMMENT.INDICATOR_POSITION)
                .fetch(mapping(ReviewComment::new));
    }

    Optional<ReviewComment> find(UUID disclosureId, UUID id) {
        return all(disclosureId).stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The revision the disclosure was last returned at, if ever. */
    Optional<Integer> lastReturnedRevision(UUID disclosureId) {
        return dsl.select(DSL.max(REVIEW_COMMENT.REVISION_NO)).from(REVIEW_COMMENT)
                .where(REVIEW_COMMENT.DISCLOSURE_ID.eq(disclosureId))
                .fetchOptional().map(r -> r.value1());
    }

    /** @return whether it was open until now */
    boolean resolve(UUID disclosureId, UUID id, String actor) {
        return dsl.update(REVIEW_COMMENT)
                .set(REVIEW_COMMENT.RESOLVED_AT, OffsetDateTime.now())
                .set(REVIEW_COMMENT.RESOLVED_BY, actor)
                .where(REVIEW_COMMENT.DISCLOSURE_ID.eq(disclosureId), REVIEW_COMMENT.ID.eq(id), REVIEW_COMMENT.RESOLVED_AT.isNull())
                .execute() == 1;
    }
}
