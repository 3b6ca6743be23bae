package cn.jixiao.ops.catalog;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operators' API of the platform template catalog: versions, publishing, rolling out. */
@RestController
@RequestMapping("/api/ops/v1")
class CatalogApiController {

    private final TemplateCatalog catalog;

    CatalogApiController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    record RolloutBody(List<String> tenants) {
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
}
