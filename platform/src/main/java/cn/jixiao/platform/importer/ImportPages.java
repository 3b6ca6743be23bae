package cn.jixiao.platform.importer;

import java.io.IOException;
import java.time.Year;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.jixiao.platform.disclosure.SaveOutcome;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.templates.importer.ImportRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** {@code /app/imports}: upload an old Word/Excel file, see what was read, accept it as a draft. */
@Controller
@WebPage
class ImportPages {

    private final Imports imports;

    ImportPages(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/app/imports/new")
    String form(Model model) {
        model.addAttribute("year", Year.now().getValue());
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
            return "app/import-new";
        }
        try {
            UUID id = imports.upload(form.file().getOriginalFilename(), form.file().getBytes(), form.request());
            return "redirect:/app/imports/" + id;
        } catch (ImportRejectedException e) {
            response.setStatus(e.reason().httpStatus());
            model.addAttribute("problem", e.getMessage());
            return "app/import-new";
        }
    }

    @GetMapping("/app/imports/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("batch", imports.find(id));
        return "app/import";
    }

    @PostMapping("/app/imports/{id}/files/{position}/accept")
    String accept(@PathVariable UUID id, @PathVariable int position, @RequestParam(required = false) String deptCode,
                  @RequestParam(required = false) String deptName, @RequestParam(required = false) String units) {
        ImportAssignment assignment = ImportAssignment.fromForm(deptCode, deptName, units);
        String dept = deptCode == null || deptCode.isBlank() ? imports.draftDepartment(id, position) : deptCode.strip();
        SaveOutcome outcome = imports.accept(id, position, assignment);
        ImportView batch = imports.find(id);
        return "redirect:/app/disclosures/" + dept + "/" + batch.fiscalYear() + "?imported=" + outcome.revision().number();
    }
}
