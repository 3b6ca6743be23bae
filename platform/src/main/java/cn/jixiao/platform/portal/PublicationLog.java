package cn.jixiao.platform.portal;

import static cn.jixiao.infra.jooq.Tables.PUBLICATION_EVENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.disclosure.PublicationKind;

/** The district's publications and withdrawals ({@code publication_event}, V23), newest first: the feed and the widget. */
@Repository
class PublicationLog {

    record Event(UUID id, String departmentCode, String departmentName, int fiscalYear, int revision, PublicationKind kind,
                 OffsetDateTime occurredAt) {
    }

    private final DSLContext dsl;

    PublicationLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Event> latest(int limit) {
        return dsl.select(PUBLICATION_EVENT.ID, PUBLICATION_EVENT.DEPARTMENT_CODE, PUBLICATION_EVENT.DEPARTMENT_NAME,
                        PUBLICATION_EVENT.FISCAL_YEAR, PUBLICATION_EVENT.REVISION_NO, PUBLICATION_EVENT.KIND,
                        PUBLICATION_EVENT.OCCURRED_AT)
                .from(PUBLICATION_EVENT)
                .orderBy(PUBLICATION_EVENT.SEQ.desc())
                .limit(limit)
                .fetch(r -> new Event(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }
}
