package cn.jixiao.platform.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.security.CanReadDisclosures;
import cn.jixiao.platform.security.CanWriteTemplates;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplateException;
import cn.jixiao.templates.forms.FormTemplates;
import cn.jixiao.templates.forms.TemplateRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form templates a district may use: the platform's default and the district's own, derived
 * from it without ever loosening its errors. The platform default is {@code platform-default@<pin>}:
 * the district's pinned version ({@code tenant.platform_template_version}, moved by operators), whose
 * body is the one shipped with the templates library for version 1, else the published
 * {@code platform_template} row.
 */
@Service
public class FormTemplateCatalog {

    private final FormTemplateStore store;
    private final AuditLog audit;
    private final JsonMapper json;
    /** Published platform versions are immutable (a trigger forbids changes): parsed once per version. */
    private final Map<Integer, FormTemplate> platformVersions = new ConcurrentHashMap<>();

    FormTemplateCatalog(FormTemplateStore store, AuditLog audit, JsonMapper json) {
        this.store = store;
        this.audit = audit;
        this.json = json;
    }

    /** The built-in platform template, version 1, shipped with the templates library. */
    public static TemplateRef platformDefaultRef() {
        FormTemplate platform = FormTemplates.platformDefault();
        return new TemplateRef(platform.id(), platform.version());
    }

    private static boolean isPlatform(TemplateRef ref) {
        return ref.id().equals(platformDefaultRef().id());
    }

    /** @throws TemplateNotFoundException when neither the platform nor the district has it */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public FormTemplate get(TemplateRef ref) {
        if (ref.equals(platformDefaultRef())) {
            return FormTemplates.platformDefault();
        }
        if (isPlatform(ref)) {
            FormTemplate cached = platformVersions.get(ref.version());
            if (cached != null) {
                return cached;
            }
            FormTemplate published = store.findPlatform(ref.id(), ref.version()).orElseThrow(() -> new TemplateNotFoundException(ref));
            platformVersions.put(ref.version(), published);
            return published;
        }
        return store.find(ref).orElseThrow(() -> new TemplateNotFoundException(ref));
    }

    /** The platform versions up to the district's pin, then the district's own templates. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public List<TemplateRef> list() {
        TemplateRef builtIn = platformDefaultRef();
        List<TemplateRef> refs = new ArrayList<>(List.of(builtIn));
        store.platformVersions(builtIn.id(), store.pinnedPlatformVersion())
                .forEach(version -> refs.add(new TemplateRef(builtIn.id(), version)));
        refs.addAll(store.list());
        return refs;
    }

    /** The template new disclosures are written under: the district's chosen default, else its pinned platform version. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public TemplateRef defaultRef() {
        return store.tenantDefault().orElseGet(this::pinnedPlatformRef);
    }

    private TemplateRef pinnedPlatformRef() {
        return new TemplateRef(platformDefaultRef().id(), store.pinnedPlatformVersion());
    }

    /**
     * Derives and stores a district template from the one named in the document's {@code basedOn}
     * (the platform default when absent).
     *
     * @throws FormTemplateException     when the document is invalid or would loosen its base
     * @throws TemplateConflictException when that id and version exist already
     */
    @Transactional
    @CanWriteTemplates
    public FormTemplate derive(String derivationJson) {
        TemplateRef baseRef = basedOn(derivationJson);
        FormTemplate derived = FormTemplates.derive(get(baseRef), derivationJson);
        if (derived.id().equals(platformDefaultRef().id())) {
            throw new TemplateConflictException("模板编号“" + derived.id() + "”是平台模板的编号，请另取一个");
        }
        if (!store.insert(derived, SecurityContextHolder.getContext().getAuthentication().getName())) {
            throw new TemplateConflictException("模板 " + derived.id() + " 第 " + derived.version() + " 版已存在；新版本请用新的版本号");
        }
        audit.record("FORM_TEMPLATE_DERIVED", "form-template/" + derived.id() + "/" + derived.version(),
                Map.of("basedOn", baseRef.id() + "@" + baseRef.version()));
        return derived;
    }

    /**
     * Chooses the template new disclosures use; {@code null} or any platform version returns to the
     * platform default, which is always the district's pinned version.
     */
    @Transactional
    @CanWriteTemplates
    public void setDefault(TemplateRef ref) {
        if (ref != null && isPlatform(ref)) {
            get(ref); // an unknown platform version is still a 404
        }
        if (ref != null && !isPlatform(ref)) {
            store.find(ref).orElseThrow(() -> new TemplateNotFoundException(ref));
            store.setDefault(ref);
        } else {
            store.setDefault(null);
        }
        audit.record("FORM_TEMPLATE_DEFAULT", "form-template/default", Map.of("template", ref == null ? "" : ref.id() + "@" + ref.version()));
    }

    private TemplateRef basedOn(String derivationJson) {
        JsonNode basedOn;
        try {
            basedOn = json.readTree(derivationJson).get("basedOn");
        } catch (RuntimeException e) {
            return platformDefaultRef(); // FormTemplates.derive reports the malformed document precisely
        }
        if (basedOn == null || basedOn.isNull() || basedOn.get("id") == null || basedOn.get("version") == null) {
            return platformDefaultRef();
        }
        return new TemplateRef(basedOn.get("id").asString(), basedOn.get("version").asInt());
    }
}
