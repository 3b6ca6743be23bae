package cn.jixiao.platform.search;

import static cn.jixiao.infra.jooq.Tables.SEARCH_ENTRY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;

/** The search table (V25 {@code search_entry}): a published disclosure's texts, and the query over them. */
@Component
class SearchEntries {

    /** One matching project (or the department itself when {@code projectCode} is null) with its matched texts. */
    record Hit(int fiscalYear, String departmentCode, String departmentName, String projectCode, String projectName,
               List<SearchField> fields, List<String> bodies) {
    }

    record Page(long total, List<Hit> hits) {
    }

    private final DSLContext dsl;

    SearchEntries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** For the benchmark's query plans. */
    DSLContext dsl() {
        return dsl;
    }

    /** The disclosure's entries become those of {@code content}. */
    void replace(UUID disclosureId, Disclosure content) {
        delete(disclosureId);
        var s = SEARCH_ENTRY;
        var insert = dsl.insertInto(s, s.TENANT_ID, s.DISCLOSURE_ID, s.ORD, s.FISCAL_YEAR, s.DEPARTMENT_CODE, s.DEPARTMENT_NAME,
                s.PROJECT_POSITION, s.PROJECT_CODE, s.PROJECT_NAME, s.FIELD, s.BODY, s.GRAMS);
        UUID tenant = CurrentTenant.require().value();
        int year = content.fiscalYear();
        String code = content.department().code();
        String name = content.department().name();
        int ord = 0;
        insert.values(tenant, disclosureId, ord++, year, code, name, null, null, null, SearchField.DEPARTMENT.name(), name,
                Grams.of(name));
        for (int position = 0; position < content.projects().size(); position++) {
            Project p = content.projects().get(position);
            List<Object[]> texts = new ArrayList<>();
            texts.add(new Object[] {SearchField.PROJECT_NAME, p.name()});
            texts.add(new Object[] {SearchField.PROJECT_CODE, p.code()});
            for (Indicator i : p.indicators()) {
                texts.add(new Object[] {SearchField.LEVEL3, i.level3()});
                texts.add(new Object[] {SearchField.DESCRIPTION, i.description()});
                texts.add(new Object[] {SearchField.VALUE, i.value().text()});
            }
            for (Object[] t : texts) {
                String body = (String) t[1];
                if (body == null || body.isBlank()) {
                    continue;
                }
                insert.values(tenant, disclosureId, ord++, year, code, name, position, p.code(), p.name(),
                        ((SearchField) t[0]).name(), body, Grams.of(body));
            }
        }
        insert.execute();
    }

    void delete(UUID disclosureId) {
        dsl.deleteFrom(SEARCH_ENTRY).where(SEARCH_ENTRY.DISCLOSURE_ID.eq(disclosureId)).execute();
    }

    /** Projects (and departments) whose texts contain the query, newest year first, in document order. */
    Page search(String normalizedQuery, int offset, int limit) {
        return search(matches(normalizedQuery), offset, limit);
    }

    /** The same grouping and order over any condition on the entries (the benchmark's alternatives). */
    Page search(Condition condition, int offset, int limit) {
        var s = SEARCH_ENTRY;
        var total = DSL.count().over().as("total");
        var fields = DSL.arrayAgg(s.FIELD).orderBy(s.ORD).as("fields");
        var bodies = DSL.arrayAgg(s.BODY).orderBy(s.ORD).as("bodies");
        List<Hit> hits = new ArrayList<>();
        long[] count = {0};
        dsl.select(s.FISCAL_YEAR, s.DEPARTMENT_CODE, s.DEPARTMENT_NAME, s.PROJECT_CODE, s.PROJECT_NAME, fields, bodies, total)
                .from(s)
                .where(condition)
                .groupBy(s.DISCLOSURE_ID, s.FISCAL_YEAR, s.DEPARTMENT_CODE, s.DEPARTMENT_NAME, s.PROJECT_POSITION,
                        s.PROJECT_CODE, s.PROJECT_NAME)
                .orderBy(s.FISCAL_YEAR.desc(), s.DEPARTMENT_CODE, s.PROJECT_POSITION.asc().nullsFirst())
                .offset(offset).limit(limit)
                .forEach(r -> {
                    count[0] = r.get(total);
                    hits.add(new Hit(r.get(s.FISCAL_YEAR), r.get(s.DEPARTMENT_CODE), r.get(s.DEPARTMENT_NAME),
                            r.get(s.PROJECT_CODE), r.get(s.PROJECT_NAME),
                            Arrays.stream(r.get(fields)).map(SearchField::valueOf).toList(), List.of(r.get(bodies))));
                });
        if (hits.isEmpty() && offset > 0) {
            count[0] = dsl.fetchCount(dsl.selectDistinct(s.DISCLOSURE_ID, s.PROJECT_POSITION).from(s).where(condition));
        }
        return new Page(count[0], hits);
    }

    /** Every term of the query in the index (GIN), then the text itself: bigrams alone do not keep their order. */
    static Condition matches(String normalizedQuery) {
        String like = "%" + normalizedQuery.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return SEARCH_ENTRY.GRAMS.contains(Grams.query(normalizedQuery))
                .and(DSL.lower(SEARCH_ENTRY.BODY).like(DSL.val(like), '!'));
    }
}
