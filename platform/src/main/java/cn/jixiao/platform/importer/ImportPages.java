package cn.jixiao.platform.importer;

import java.io.IOException;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import cn.jixiao.infra.importer.ImportFileStatus;
import cn.jixiao.infra.web.Refusal;
import cn.jixiao.platform.department.DepartmentDirectory;
import cn.jixiao.platform.disclosure.SaveOutcome;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.ImportRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** {@code /app/imports}: upload an old Word/Excel file, see what was read, accept it as a draft. */
@Controller
@WebPage
class ImportPages {

    private final Imports imports;
    private final DepartmentDirectory directory;

    ImportPages(Imports imports, DepartmentDirectory directory) {
        this.imports = imports;
        this.directory = directory;
    }

    @GetMapping("/app/imports/new")
    String form(Model model) {
        model.addAttribute("year", Year.now().getValue());
        return uploadForm(model);
    }

    /** The upload form; its department field suggests the directory's departments. */
    private String uploadForm(Model model) {
        model.addAttribute("departments", directory.list());
        return "app/import-new";
    }

    @PostMapping("/app/imports")
    String upload(@Valid ImportForm form, BindingResult binding, Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("year", form == null ? null : form.fiscalYear()); // no form when binding failed
        if (binding.hasErrors()) {
            response.setStatus(400);
            // a year that is no number fails binding; Spring's message for that is not for users
            model.addAttribute("problem", binding.getAllErrors().stream()
                    .map(e -> e instanceof FieldError f && f.isBindingFailure() ? ImportForm.YEAR : e.getDefaultMessage())
                    .distinct().collect(Collectors.joining("；")));
            return uploadForm(model);
        }
        try {
            UUID id = imports.upload(form.file().getOriginalFilename(), form.file().getBytes(), form.request());
            return "redirect:/app/imports/" + id;
        } catch (ImportRejectedException e) {
            response.setStatus(e.reason().httpStatus());
            model.addAttribute("problem", e.getMessage());
            return uploadForm(model);
        }
    }

    @GetMapping("/app/imports/{id}")
    String view(@PathVariable UUID id, Model model) {
        return review(id, model, Map.of());
    }

    /**
     * Accepts a file with the department and units chosen on the page. A refusal shows the page again with the
     * reason and every choice as it was made.
     */
    @PostMapping("/app/imports/{id}/files/{position}/accept")
    String accept(@PathVariable UUID id, @PathVariable int position, ImportChoices choices, Model model,
                  HttpServletResponse response) {
        ImportChoices chosen = choices == null ? ImportChoices.NONE : choices;
        try {
            ImportAssignment assignment = chosen.assignment(directory.list());
            String dept = assignment.deptCode() == null ? imports.draft(id, position).department().code() : assignment.deptCode();
            SaveOutcome outcome = imports.accept(id, position, assignment);
            ImportView batch = imports.find(id);
            return "redirect:/app/disclosures/" + dept + "/" + batch.fiscalYear() + "?imported=" + outcome.revision().number();
        } catch (Refusal refusal) {
            response.setStatus(refusal.getStatusCode().value());
            model.addAttribute("problem", refusal.getMessage());
            model.addAttribute("problemFile", position);
            return review(id, model, Map.of(position, chosen));
        }
    }

    /** The review page: each read file's draft with the department and unit choices (as made, after a refusal). */
    private String review(UUID id, Model model, Map<Integer, ImportChoices> made) {
        ImportView batch = imports.find(id);
        Map<Integer, Disclosure> drafts = new HashMap<>();
        Map<Integer, ImportChoices> choices = new HashMap<>();
        for (ImportView.File f : batch.files()) {
            if (f.status() == ImportFileStatus.PARSED) {
                drafts.put(f.position(), imports.draft(id, f.position()));
                choices.put(f.position(), made.getOrDefault(f.position(), ImportChoices.NONE));
            }
        }
        model.addAttribute("batch", batch);
        model.addAttribute("drafts", drafts);
        model.addAttribute("choices", choices);
        model.addAttribute("departments", directory.list());
        model.addAttribute("newChoice", ImportChoices.NEW);
        return "app/import";
    }
}
