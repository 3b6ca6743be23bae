package cn.jixiao.platform.forms;

import static cn.jixiao.infra.jooq.Tables.FORM_TEMPLATE;
import static cn.jixiao.infra.jooq.Tables.PLATFORM_TEMPLATE;
import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplates;
import cn.jixiao.templates.forms.TemplateRef;

/**
 * The current tenant's derived form templates, one immutable row per version; the platform
 * template versions operators published after the built-in one; and the district's pin to one of them.
 */
@Repository
class FormTemplateStore {

    private final DSLContext dsl;

    FormTemplateStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<FormTemplate> find(TemplateRef ref) {
        return dsl.select(FORM_TEMPLATE.BODY).from(FORM_TEMPLATE)
                .where(FORM_TEMPLATE.TEMPLATE_ID.eq(ref.id()), FORM_TEMPLATE.VERSION.eq(ref.version()))
                .fetchOptional(r -> FormTemplates.parse(r.value1().data()));
    }

    List<TemplateRef> list() {
        return dsl.select(FORM_TEMPLATE.TEMPLATE_ID, FORM_TEMPLATE.VERSION).from(FORM_TEMPLATE)
                .orderBy(FORM_TEMPLATE.TEMPLATE_ID, FORM_TEMPLATE.VERSION)
                .fetch(r -> new TemplateRef(r.value1(), r.value2()));
    }

    Optional<TemplateRef> tenantDefault() {
        return dsl.select(FORM_TEMPLATE.TEMPLATE_ID, FORM_TEMPLATE.VERSION).from(FORM_TEMPLATE)
                .where(FORM_TEMPLATE.IS_DEFAULT)
                .fetchOptional(r -> new TemplateRef(r.value1(), r.value2()));
    }

    /** Inserts a new version; false when that id and version already exist. */
    boolean insert(FormTemplate template, String createdBy) {
        return dsl.insertInto(FORM_TEMPLATE)
                .set(FORM_TEMPLATE.TENANT_ID, CurrentTenant.require().value())
                .set(FORM_TEMPLATE.TEMPLATE_ID, template.id())
                .set(FORM_TEMPLATE.VERSION, template.version())
                .set(FORM_TEMPLATE.BODY, JSONB.valueOf(FormTemplates.toJson(template)))
                .set(FORM_TEMPLATE.BASED_ON_ID, template.basedOn().id())
                .set(FORM_TEMPLATE.BASED_ON_VERSION, template.basedOn().version())
                .set(FORM_TEMPLATE.CREATED_BY, createdBy)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** The platform template version the district is pinned to (operators roll versions out by moving it). */
    int pinnedPlatformVersion() {
        return dsl.select(TENANT.PLATFORM_TEMPLATE_VERSION).from(TENANT)
                .where(TENANT.ID.eq(CurrentTenant.require().value()))
                .fetchSingle(TENANT.PLATFORM_TEMPLATE_VERSION);
    }

    /** A published platform template version (not the built-in one, which the library ships). */
    Optional<FormTemplate> findPlatform(String templateId, int version) {
        return dsl.select(PLATFORM_TEMPLATE.BODY).from(PLATFORM_TEMPLATE)
                .where(PLATFORM_TEMPLATE.TEMPLATE_ID.eq(templateId), PLATFORM_TEMPLATE.VERSION.eq(version))
                .fetchOptional(r -> FormTemplates.parse(r.value1().data()));
    }

    /** The published platform versions up to {@code maxVersion}, in order. */
    List<Integer> platformVersions(String templateId, int maxVersion) {
        return dsl.select(PLATFORM_TEMPLATE.VERSION).from(PLATFORM_TEMPLATE)
                .where(PLATFORM_TEMPLATE.TEMPLATE_ID.eq(templateId), PLATFORM_TEMPLATE.VERSION.le(maxVersion))
                .orderBy(PLATFORM_TEMPLATE.VERSION)
                .fetch(PLATFORM_TEMPLATE.VERSION);
    }

    /** Makes one of the tenant's templates the default for new disclosures, or none (platform default). */
    void setDefault(TemplateRef ref) {
        dsl.update(FORM_TEMPLATE).set(FORM_TEMPLATE.IS_DEFAULT, false).where(FORM_TEMPLATE.IS_DEFAULT).execute();
        if (ref != null) {
            dsl.update(FORM_TEMPLATE).set(FORM_TEMPLATE.IS_DEFAULT, true)
                    .where(FORM_TEMPLATE.TEMPLATE_ID.eq(ref.id()), FORM_TEMPLATE.VERSION.eq(ref.version()))
                    .execute();
        }
    }
}
