package cn.jixiao.platform.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplateException;
import cn.jixiao.templates.forms.FormTemplates;
import cn.jixiao.templates.forms.TemplateRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The form templates a district may use: the platform's default (shipped with the templates
 * library) and the district's own, derived from it without ever loosening its errors.
 */
@Service
public class FormTemplateCatalog {

    private final FormTemplateStore store;
    private final AuditLog audit;
    private final JsonMapper json;

    FormTemplateCatalog(FormTemplateStore store, AuditLog audit, JsonMapper json) {
        this.store = store;
        this.audit = audit;
        this.json = json;
    }

    public static TemplateRef platformDefaultRef() {
        FormTemplate platform = FormTemplates.platformDefault();
        return new TemplateRef(platform.id(), platform.version());
    }

    /** @throws TemplateNotFoundException when neither the platform nor the district has it */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.read', 'SYSTEM')")
    public FormTemplate get(TemplateRef ref) {
        if (ref.equals(platformDefaultRef())) {
            return FormTemplates.platformDefault();
        }
        return store.find(ref).orElseThrow(() -> new TemplateNotFoundException(ref));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.read', 'SYSTEM')")
    public List<TemplateRef> list() {
        List<TemplateRef> refs = new ArrayList<>(List.of(platformDefaultRef()));
        refs.addAll(store.list());
        return refs;
    }

    /** The template new disclosures are written under: the district's chosen default, else the platform's. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.read', 'SYSTEM')")
    public TemplateRef defaultRef() {
        return store.tenantDefault().orElse(platformDefaultRef());
    }

    /**
     * Derives and stores a district template from the one named in the document's {@code basedOn}
     * (the platform default when absent).
     *
     * @throws FormTemplateException     when the document is invalid or would loosen its base
     * @throws TemplateConflictException when that id and version exist already
     */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_templates.write')")
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

    /** Chooses the template new disclosures use; {@code null} returns to the platform default. */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_templates.write')")
    public void setDefault(TemplateRef ref) {
        if (ref != null && !ref.equals(platformDefaultRef())) {
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
