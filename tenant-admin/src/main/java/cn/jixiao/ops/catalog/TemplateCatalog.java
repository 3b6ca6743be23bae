package cn.jixiao.ops.catalog;

import static cn.jixiao.infra.jooq.Tables.TENANT;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.ops.OpsRefusal;
import cn.jixiao.ops.audit.OperatorAudit;
import cn.jixiao.ops.tenant.TenantDirectory;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplateException;
import cn.jixiao.templates.forms.FormTemplates;

/**
 * The platform template catalog: the built-in platform-default@1 and the versions operators
 * publish after it (immutable, numbered in sequence), and rolling a version out to districts by
 * moving their pin. A district's new disclosures use its pinned version (the platform reads the pin).
 */
@Service
public class TemplateCatalog {

    private final DSLContext dsl;
    private final PlatformTemplateRows rows;
    private final TenantDirectory tenants;
    private final OperatorAudit audit;

    TemplateCatalog(DSLContext dsl, PlatformTemplateRows rows, TenantDirectory tenants, OperatorAudit audit) {
        this.dsl = dsl;
        this.rows = rows;
        this.tenants = tenants;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CatalogVersion> versions() {
        Map<Integer, List<String>> pins = rows.pins();
        FormTemplate builtIn = FormTemplates.platformDefault();
        List<CatalogVersion> versions = new ArrayList<>();
        versions.add(new CatalogVersion(builtIn.id(), builtIn.version(), builtIn.name(), null, null,
                pins.getOrDefault(builtIn.version(), List.of())));
        for (PlatformTemplateRows.PublishedRow row : rows.published()) {
            String name = rows.body(row.version()).map(FormTemplates::parse).map(FormTemplate::name).orElse("");
            versions.add(new CatalogVersion(PlatformTemplateRows.platformId(), row.version(), name, row.publishedAt(),
                    row.publishedBy(), pins.getOrDefault(row.version(), List.of())));
        }
        return versions;
    }

    /** The template document of a version, as stored (the built-in one as the library writes it). */
    @Transactional(readOnly = true)
    public String body(int version) {
        if (version == PlatformTemplateRows.BUILT_IN_VERSION) {
            return FormTemplates.toJson(FormTemplates.platformDefault());
        }
        return rows.body(version).orElseThrow(() -> versionNotFound(version));
    }

    /**
     * Publishes the next platform version.
     *
     * @throws FormTemplateException when the document is not a valid template (every problem with its JSON path)
     * @throws OpsRefusal            INVALID for another template id or a derived template; CONFLICT unless version = latest + 1
     */
    @Transactional
    public CatalogVersion publish(String templateJson, String operator) {
        FormTemplate template = FormTemplates.parse(templateJson);
        String platformId = PlatformTemplateRows.platformId();
        if (!template.id().equals(platformId)) {
            throw new OpsRefusal(OpsRefusal.Kind.INVALID, "平台模板的编号必须是“" + platformId + "”，而不是“" + template.id() + "”");
        }
        if (template.basedOn() != null) {
            throw new OpsRefusal(OpsRefusal.Kind.INVALID, "平台模板不能派生自其他模板（请去掉 basedOn）");
        }
        // one publisher at a time: the version check and the insert must see the same latest version
        dsl.execute("select pg_advisory_xact_lock(hashtext('jixiao.platform_template.publish'))");
        int next = rows.latestVersion() + 1;
        if (template.version() != next || !rows.insert(template, operator)) {
            throw new OpsRefusal(OpsRefusal.Kind.CONFLICT, "新版本号应为 " + next + "（当前最新为第 " + (next - 1)
                    + " 版），提交的是第 " + template.version() + " 版；已发布的版本不能修改。");
        }
        return new CatalogVersion(platformId, template.version(), template.name(), java.time.Instant.now(), operator, List.of());
    }

    /**
     * Pins the chosen districts to a version (a later or an earlier one), all or none.
     *
     * @return the slugs whose pin changed
     * @throws OpsRefusal NOT_FOUND for an unknown version or district; INVALID when no district is chosen
     */
    @Transactional
    public List<String> rollOut(int version, List<String> slugs, String operator) {
        if (!rows.exists(version)) {
            throw versionNotFound(version);
        }
        Set<String> chosen = new LinkedHashSet<>(slugs == null ? List.of() : slugs);
        if (chosen.isEmpty()) {
            throw OpsRefusal.invalid(List.of("请至少选择一个区"));
        }
        List<String> changed = new ArrayList<>();
        for (String slug : chosen) {
            UUID id = tenants.lockId(slug);
            Integer from = dsl.select(TENANT.PLATFORM_TEMPLATE_VERSION).from(TENANT).where(TENANT.ID.eq(id)).fetchSingle(TENANT.PLATFORM_TEMPLATE_VERSION);
            if (from == version) {
                continue;
            }
            dsl.update(TENANT).set(TENANT.PLATFORM_TEMPLATE_VERSION, version).set(TENANT.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(TENANT.ID.eq(id)).execute();
            audit.record(id, operator, "OPERATOR_TEMPLATE_ROLLED_OUT", "form-template/" + PlatformTemplateRows.platformId(),
                    Map.of("fromVersion", from, "toVersion", version));
            changed.add(slug);
        }
        return changed;
    }

    private static OpsRefusal versionNotFound(int version) {
        return new OpsRefusal(OpsRefusal.Kind.NOT_FOUND, "平台模板没有第 " + version + " 版");
    }
}
