package cn.jixiao.ops.api;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.ops.OpsRefusal;
import cn.jixiao.ops.audit.OperatorAudit;
import cn.jixiao.ops.audit.OperatorAuditEntry;
import cn.jixiao.ops.catalog.CatalogVersion;
import cn.jixiao.ops.catalog.TemplateCatalog;
import cn.jixiao.ops.identity.IdentityProviderRequest;
import cn.jixiao.ops.identity.IdentityProviders;
import cn.jixiao.ops.tenant.SetupLink;
import cn.jixiao.ops.tenant.SubscribeRequest;
import cn.jixiao.ops.tenant.Subscription;
import cn.jixiao.ops.tenant.TenantAdmin;
import cn.jixiao.ops.tenant.TenantControls;
import cn.jixiao.ops.tenant.TenantDirectory;
import cn.jixiao.ops.tenant.TenantOverview;
import cn.jixiao.infra.tenant.TenantStatus;
import cn.jixiao.ops.tenant.TenantSubscriptions;

/** The operators' JSON API: the console's operations for scripts (HTTP Basic with an operator account). */
@RestController
@RequestMapping("/api/ops/v1")
class OpsApiController {

    private final TenantDirectory tenants;
    private final TenantSubscriptions subscriptions;
    private final TenantControls controls;
    private final TemplateCatalog catalog;
    private final IdentityProviders identityProviders;
    private final OperatorAudit audit;

    OpsApiController(TenantDirectory tenants, TenantSubscriptions subscriptions, TenantControls controls,
                     TemplateCatalog catalog, IdentityProviders identityProviders, OperatorAudit audit) {
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.controls = controls;
        this.catalog = catalog;
        this.identityProviders = identityProviders;
        this.audit = audit;
    }

    record SubscribeBody(String slug, String name, String regionCode, AdminBody admin) {
    }

    record AdminBody(String username, String displayName) {
    }

    record StatusBody(TenantStatus status) {
    }

    record PublicPagesBody(Boolean published) {
    }

    record RolloutBody(List<String> tenants) {
    }

    record TenantDetail(TenantOverview tenant, List<TenantAdmin> admins) {
    }

    @GetMapping("/tenants")
    List<TenantOverview> list() {
        return tenants.list();
    }

    @GetMapping("/tenants/{slug}")
    TenantDetail get(@PathVariable String slug) {
        return new TenantDetail(tenants.get(slug), tenants.admins(slug));
    }

    @PostMapping("/tenants")
    ResponseEntity<Subscription> subscribe(@RequestBody SubscribeBody body, Principal operator) {
        AdminBody admin = body.admin() == null ? new AdminBody(null, null) : body.admin();
        Subscription created = subscriptions.subscribe(
                new SubscribeRequest(body.slug(), body.name(), body.regionCode(), admin.username(), admin.displayName()),
                operator.getName());
        return ResponseEntity.created(URI.create("/api/ops/v1/tenants/" + created.slug())).body(created);
    }

    @PostMapping("/tenants/{slug}/setup-link")
    SetupLink reissueSetupLink(@PathVariable String slug, Principal operator) {
        return subscriptions.reissueSetupLink(slug, operator.getName());
    }

    @PutMapping("/tenants/{slug}/status")
    TenantOverview setStatus(@PathVariable String slug, @RequestBody StatusBody body, Principal operator) {
        if (body.status() == null) {
            throw OpsRefusal.invalid(List.of("status 须为 ACTIVE 或 SUSPENDED"));
        }
        controls.setStatus(slug, body.status(), operator.getName());
        return tenants.get(slug);
    }

    @PutMapping("/tenants/{slug}/public-pages")
    TenantOverview setPublicPages(@PathVariable String slug, @RequestBody PublicPagesBody body, Principal operator) {
        if (body.published() == null) {
            throw OpsRefusal.invalid(List.of("published 须为 true 或 false"));
        }
        controls.setPublicPages(slug, body.published(), operator.getName());
        return tenants.get(slug);
    }

    @PutMapping("/tenants/{slug}/identity-provider")
    TenantOverview setIdentityProvider(@PathVariable String slug, @RequestBody IdentityProviderRequest body, Principal operator) {
        identityProviders.set(slug, body, operator.getName());
        return tenants.get(slug);
    }

    @DeleteMapping("/tenants/{slug}/identity-provider")
    ResponseEntity<Void> removeIdentityProvider(@PathVariable String slug, Principal operator) {
        return identityProviders.remove(slug, operator.getName()) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    @GetMapping("/templates")
    List<CatalogVersion> templates() {
        return catalog.versions();
    }

    @GetMapping(value = "/templates/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    String template(@PathVariable int version) {
        return catalog.body(version);
    }

    @PostMapping(value = "/templates", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CatalogVersion> publish(@RequestBody String templateJson, Principal operator) {
        CatalogVersion published = catalog.publish(templateJson, operator.getName());
        return ResponseEntity.created(URI.create("/api/ops/v1/templates/" + published.version())).body(published);
    }

    @PostMapping("/templates/{version}/rollout")
    Map<String, Object> rollOut(@PathVariable int version, @RequestBody RolloutBody body, Principal operator) {
        return Map.of("version", version, "changed", catalog.rollOut(version, body.tenants(), operator.getName()));
    }

    @GetMapping("/audit")
    List<OperatorAuditEntry> audit(@RequestParam(required = false) String tenant) {
        return audit.latest(tenant);
    }
}
