package cn.jixiao.platform.publish;

import static cn.jixiao.infra.jooq.Tables.DOCUMENT_SETTINGS;

import java.time.OffsetDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.templates.render.RenderOptions;

/** The district's document settings (cover title, footer, logo) as render options. */
@Repository
class DocumentSettingsStore {

    private final DSLContext dsl;

    DocumentSettingsStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    RenderOptions options() {
        return dsl.selectFrom(DOCUMENT_SETTINGS)
                .fetchOptional(s -> new RenderOptions(s.getTitleOverride(), s.getFooterText(), s.getLogoPng(),
                        RenderOptions.DEFAULT_TEMPLATE_VERSION))
                .orElse(RenderOptions.defaults());
    }

    void save(RenderOptions options) {
        dsl.insertInto(DOCUMENT_SETTINGS)
                .set(DOCUMENT_SETTINGS.TENANT_ID, CurrentTenant.require().value())
                .set(DOCUMENT_SETTINGS.TITLE_OVERRIDE, options.titleOverride())
                .set(DOCUMENT_SETTINGS.FOOTER_TEXT, options.footerText())
                .set(DOCUMENT_SETTINGS.LOGO_PNG, options.logoPng())
                .onConflict(DOCUMENT_SETTINGS.TENANT_ID)
                .doUpdate()
                .set(DOCUMENT_SETTINGS.TITLE_OVERRIDE, options.titleOverride())
                .set(DOCUMENT_SETTINGS.FOOTER_TEXT, options.footerText())
                .set(DOCUMENT_SETTINGS.LOGO_PNG, options.logoPng())
                .set(DOCUMENT_SETTINGS.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }
}
