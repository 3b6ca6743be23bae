package cn.jixiao.ops.identity;

import java.security.Principal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.ops.tenant.TenantDirectory;
import cn.jixiao.ops.tenant.TenantOverview;

/** The operators' API of a district's external identity provider. */
@RestController
@RequestMapping("/api/ops/v1")
class IdentityProvidersApiController {

    private final TenantDirectory tenants;
    private final IdentityProviders identityProviders;

    IdentityProvidersApiController(TenantDirectory tenants, IdentityProviders identityProviders) {
        this.tenants = tenants;
        this.identityProviders = identityProviders;
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
}
