package cn.jixiao.platform.forms;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.infra.web.Refusal;
import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.FormTemplateException;
import cn.jixiao.templates.forms.MigrationReport;
import cn.jixiao.templates.forms.RuleSetting;
import cn.jixiao.templates.forms.TemplateProblem;
import cn.jixiao.templates.forms.TemplateRef;
import cn.jixiao.templates.validation.Severity;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /app/templates}: the district admin's form templates: which exist and which is the default,
 * deriving a stricter one, and moving a draft to another template version (preview first, then apply).
 */
@Controller
@WebPage
class FormTemplatesPage {

    /** One template in the list. */
    record TemplateRow(String key, String name, String basedOn, boolean isDefault) {
    }

    /** The small form for the common derivation, as typed: a new id/version/name whose chosen warnings become errors. */
    record QuickDerivation(String id, String version, String name, List<String> strict) {

        /** The derivation document it stands for, based on {@code base}. */
        String toJson(JsonMapper json, TemplateRef base) {
            ObjectNode doc = json.createObjectNode().put("id", id);
            if (version.strip().matches("[0-9]{1,9}")) {
                doc.put("version", Integer.parseInt(version.strip()));
            } else {
                doc.put("version", version); // the schema check says why
            }
            doc.put("name", name);
            doc.putObject("basedOn").put("id", base.id()).put("version", base.version());
            ObjectNode rules = doc.putObject("rules");
            strict.forEach(rule -> rules.putObject(rule).put("severity", "ERROR"));
            return json.writeValueAsString(doc);
        }
    }

    /** A migration shown before it is applied, or after. */
    record Migration(String draft, String target, MigrationReport report, boolean applied) {
    }

    private final FormTemplateCatalog catalog;
    private final DraftMigrations drafts;
    private final JsonMapper json;

    FormTemplatesPage(FormTemplateCatalog catalog, DraftMigrations drafts, JsonMapper json) {
        this.catalog = catalog;
        this.drafts = drafts;
        this.json = json;
    }

    @GetMapping("/app/templates")
    String page(@AuthenticationPrincipal DistrictUser user, Model model) {
        if (!user.has("templates.write")) {
            throw new AccessDeniedException("只有可管理表单模板的用户能打开此页");
        }
        TemplateRef defaultRef = catalog.defaultRef();
        model.addAttribute("templates", catalog.list().stream().map(ref -> row(ref, defaultRef)).toList());
        model.addAttribute("drafts", drafts.drafts());
        model.addAttribute("defaultTemplate", TemplateRefs.format(defaultRef));
        model.addAttribute("warningRules", catalog.get(defaultRef).rules().stream()
                .filter(r -> r.enabled() && r.severity() == Severity.WARNING).map(RuleSetting::id).toList());
        if (!model.containsAttribute("quick")) {
            model.addAttribute("quick", new QuickDerivation("", "1", "", List.of()));
        }
        if (!model.containsAttribute("derivation")) {
            model.addAttribute("derivation", example(defaultRef));
        }
        return "app/templates";
    }

    @PostMapping("/app/templates")
    String derive(@AuthenticationPrincipal DistrictUser user, @RequestParam(defaultValue = "") String derivation,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return derive(user, derivation, "derivation", model, response, redirect);
    }

    /** The common derivation from the small form, based on the current default. */
    @PostMapping("/app/templates/quick")
    String deriveQuick(@AuthenticationPrincipal DistrictUser user, @RequestParam(defaultValue = "") String id,
                       @RequestParam(defaultValue = "") String version, @RequestParam(defaultValue = "") String name,
                       @RequestParam(defaultValue = "") List<String> strict, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        QuickDerivation quick = new QuickDerivation(id, version, name, strict);
        model.addAttribute("quick", quick);
        return derive(user, quick.toJson(json, catalog.defaultRef()), "quick", model, response, redirect);
    }

    /** Derives from the document; a refusal comes back beside the form it came from ({@code derivation} or {@code quick}). */
    private String derive(DistrictUser user, String derivation, String form, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        model.addAttribute("derivationForm", form);
        try {
            FormTemplate derived = catalog.derive(derivation);
            redirect.addFlashAttribute("notice", "已派生模板 " + derived.name() + "（" + TemplateRefs.format(derived.ref()) + "）");
            return "redirect:/app/templates";
        } catch (FormTemplateException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("derivationProblems", e.problems());
        } catch (Refusal e) { // an id/version that is taken, or an unknown base
            response.setStatus(e.getStatusCode().value());
            model.addAttribute("derivationProblems", List.of(new TemplateProblem("$", e.getMessage())));
        }
        if (form.equals("derivation")) {
            model.addAttribute("derivation", derivation);
        }
        return page(user, model);
    }

    @PostMapping("/app/templates/default")
    String setDefault(@AuthenticationPrincipal DistrictUser user, @RequestParam String template, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        try {
            catalog.setDefault(TemplateRefs.parse(template));
            redirect.addFlashAttribute("notice", "新建的公开文件今后使用模板 " + template);
            return "redirect:/app/templates";
        } catch (Refusal | IllegalArgumentException | IndexOutOfBoundsException e) {
            response.setStatus(e instanceof Refusal r ? r.getStatusCode().value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("defaultProblem", e instanceof Refusal ? e.getMessage() : "请选择一个模板");
            return page(user, model);
        }
    }

    /** Without {@code apply}, the report only; with it, the draft is moved and the report shown again. */
    @PostMapping("/app/templates/migration")
    String migrate(@AuthenticationPrincipal DistrictUser user, @RequestParam String draft, @RequestParam String target,
                   @RequestParam(defaultValue = "false") boolean apply, Model model, HttpServletResponse response) {
        try {
            int slash = draft.indexOf('/');
            MigrationReport report = drafts.migrate(draft.substring(0, slash), Integer.parseInt(draft.substring(slash + 1)),
                    TemplateRefs.parse(target), apply);
            model.addAttribute("migration", new Migration(draft, target, report, apply));
        } catch (Refusal e) { // no longer a draft, an unknown disclosure or template
            response.setStatus(e.getStatusCode().value());
            model.addAttribute("migrationProblem", e.getMessage());
            model.addAttribute("migrationTyped", new Migration(draft, target, null, false));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("migrationProblem", "请选择草稿和目标模板");
        }
        return page(user, model);
    }

    private TemplateRow row(TemplateRef ref, TemplateRef defaultRef) {
        FormTemplate template = catalog.get(ref);
        return new TemplateRow(TemplateRefs.format(ref), template.name(),
                template.basedOn() == null ? "" : TemplateRefs.format(template.basedOn()), ref.equals(defaultRef));
    }

    /** A documented starting point: a new version based on the current default that makes vague values errors. */
    private static String example(TemplateRef base) {
        return """
                {
                  "id": "district",
                  "version": 1,
                  "name": "本区模板",
                  "basedOn": {"id": "%s", "version": %d},
                  "rules": {"indicator.value.vague": {"severity": "ERROR"}}
                }
                """.formatted(base.id(), base.version());
    }
}
