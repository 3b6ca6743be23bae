package cn.jixiao.platform.forms;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplates;
import cn.jixiao.templates.forms.TemplateRef;

/** {@code /api/v1/form-templates}: the platform's and the district's form templates, and deriving new ones. */
@RestController
@RequestMapping("/api/v1/form-templates")
class FormTemplatesController {

    private final FormTemplateCatalog catalog;

    FormTemplatesController(FormTemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    Catalog list() {
        return new Catalog(catalog.list(), catalog.defaultRef());
    }

    /** The template document (schema: forms/form-template.schema.json in the templates library). */
    @GetMapping(value = "/{id}/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    String get(@PathVariable String id, @PathVariable int version) {
        return FormTemplates.toJson(catalog.get(new TemplateRef(id, version)));
    }

    /** Derives a district template from a derivation document; 422 with every problem when invalid or loosening. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> derive(@RequestBody String derivationJson) {
        FormTemplate derived = catalog.derive(derivationJson);
        return ResponseEntity.created(URI.create("/api/v1/form-templates/" + derived.id() + "/" + derived.version()))
                .body(FormTemplates.toJson(derived));
    }

    /** Chooses the template new disclosures are written under. */
    @PutMapping("/default")
    Catalog setDefault(@RequestBody TemplateRef ref) {
        catalog.setDefault(ref);
        return list();
    }

    record Catalog(List<TemplateRef> templates, TemplateRef defaultTemplate) {
    }
}
