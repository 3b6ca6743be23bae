package cn.jixiao.ops.catalog;

import static cn.jixiao.infra.jooq.Tables.PLATFORM_TEMPLATE;
import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import cn.jixiao.ops.tenant.LatestTemplateVersion;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplates;

/** The published platform template versions after the built-in one (platform_template rows) and the districts' pins. */
@Repository
public class PlatformTemplateRows implements LatestTemplateVersion {

    /** The version shipped in the templates library (as the platform reads it too); rows start after it. */
    public static final int BUILT_IN_VERSION = FormTemplates.platformDefault().version();

    private final DSLContext dsl;

    PlatformTemplateRows(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The current (latest published) platform version, the built-in one when nothing was published. */
    @Override
    public int latestVersion() {
        Integer max = dsl.select(DSL.max(PLATFORM_TEMPLATE.VERSION)).from(PLATFORM_TEMPLATE)
                .where(PLATFORM_TEMPLATE.TEMPLATE_ID.eq(platformId()))
                .fetchOne(0, Integer.class);
        return max == null ? BUILT_IN_VERSION : max;
    }

    public boolean exists(int version) {
        return version == BUILT_IN_VERSION || dsl.fetchExists(PLATFORM_TEMPLATE,
                PLATFORM_TEMPLATE.TEMPLATE_ID.eq(platformId()).and(PLATFORM_TEMPLATE.VERSION.eq(version)));
    }

    List<PublishedRow> published() {
        return dsl.select(PLATFORM_TEMPLATE.VERSION, PLATFORM_TEMPLATE.PUBLISHED_AT, PLATFORM_TEMPLATE.PUBLISHED_BY)
                .from(PLATFORM_TEMPLATE)
                .where(PLATFORM_TEMPLATE.TEMPLATE_ID.eq(platformId()))
                .orderBy(PLATFORM_TEMPLATE.VERSION)
                .fetch(r -> new PublishedRow(r.value1(), r.value2().toInstant(), r.value3()));
    }

    Optional<String> body(int version) {
        return dsl.select(PLATFORM_TEMPLATE.BODY).from(PLATFORM_TEMPLATE)
                .where(PLATFORM_TEMPLATE.TEMPLATE_ID.eq(platformId()), PLATFORM_TEMPLATE.VERSION.eq(version))
                .fetchOptional(r -> r.value1().data());
    }

    /** False when this version exists already (another operator published it first). */
    boolean insert(FormTemplate template, String publishedBy) {
        return dsl.insertInto(PLATFORM_TEMPLATE)
                .set(PLATFORM_TEMPLATE.TEMPLATE_ID, template.id())
                .set(PLATFORM_TEMPLATE.VERSION, template.version())
                .set(PLATFORM_TEMPLATE.BODY, JSONB.valueOf(FormTemplates.toJson(template)))
                .set(PLATFORM_TEMPLATE.PUBLISHED_BY, publishedBy)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Slugs of the districts pinned to each version. */
    Map<Integer, List<String>> pins() {
        return dsl.select(TENANT.PLATFORM_TEMPLATE_VERSION, TENANT.SLUG).from(TENANT)
                .orderBy(TENANT.SLUG)
                .fetchGroups(TENANT.PLATFORM_TEMPLATE_VERSION, TENANT.SLUG);
    }

    static String platformId() {
        return FormTemplates.platformDefault().id();
    }

    record PublishedRow(int version, java.time.Instant publishedAt, String publishedBy) {
    }
}
