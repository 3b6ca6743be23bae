package cn.jixiao.platform.importer;

import java.io.IOException;
import java.time.Year;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.jixiao.platform.disclosure.SaveOutcome;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.templates.importer.ImportRejectedException;
import jakarta.servlet.http.HttpServletResponse;

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
    String upload(@RequestParam("file") MultipartFile file, @RequestParam int fiscalYear,
                  @RequestParam(required = false) String deptCode, @RequestParam(required = false) String deptName,
                  Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("year", fiscalYear);
        String problem = null;
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            problem = "年度应在 2000 到 2100 之间";
        } else if (file.isEmpty()) {
            problem = "没有收到文件，或文件是空的（0 字节）";
        }
        if (problem == null) {
            try {
                UUID id = imports.upload(file.getOriginalFilename(), file.getBytes(),
                        new ImportRequest(fiscalYear, blankToNull(deptCode), blankToNull(deptName)));
                return "redirect:/app/imports/" + id;
            } catch (ImportRejectedException e) {
                problem = e.getMessage();
                response.setStatus(e.reason().httpStatus());
            }
        } else {
            response.setStatus(400);
        }
        model.addAttribute("problem", problem);
        return "app/import-new";
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
