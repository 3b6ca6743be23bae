package cn.jixiao.ops.tenant;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.infra.tenant.TenantStatus;
import cn.jixiao.ops.OpsRefusal;

/**
 * The operators' JSON API of districts: the console's operations for scripts (HTTP Basic with an operator
 * account). The rest of {@code /api/ops/v1} is in the features' own API controllers.
 */
@RestController
@RequestMapping("/api/ops/v1")
class TenantsApiController {

    private final TenantDirectory tenants;
    private final TenantSubscriptions subscriptions;
    private final TenantControls controls;

    TenantsApiController(TenantDirectory tenants, TenantSubscriptions subscriptions, TenantControls controls) {
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.controls = controls;
    }

    record SubscribeBody(String slug, String name, String regionCode, AdminBody admin) {
    }

    record AdminBody(String username, String displayName) {
    }

    record StatusBody(TenantStatus status) {
    }

    record PublicPagesBody(Boolean published) {
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
}
