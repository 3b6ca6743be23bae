package cn.jixiao.platform.department;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.platform.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code /app/departments}: the district admin keeps its departments and units. Every form posts
 * and redirects; a refused one comes back with its reasons beside it and what was typed kept.
 */
@Controller
@WebPage
class DepartmentsPage {

    static final String CODE = "[0-9A-Za-z]{1,20}";

    record CodeAndName(@NotBlank(message = "请填写编码") @Pattern(regexp = CODE, message = "编码只能由字母和数字组成，最多 20 位") String code,
                       @NotBlank(message = "请填写名称") @Size(max = 100, message = "名称最多 100 字") String name) {
    }

    record Name(@NotBlank(message = "请填写名称") @Size(max = 100, message = "名称最多 100 字") String name) {
    }

    record Move(@NotBlank(message = "请选择部门") String department) {
    }

    /**
     * A refused form: which one ({@code form}, e.g. {@code unit-202001-move}), why, and what was typed.
     */
    record Refusal(String form, List<String> reasons, Map<String, String> typed) {

        public String typed(String field, String otherwise) {
            return typed.getOrDefault(field, otherwise);
        }
    }

    private final DepartmentAdministration administration;

    DepartmentsPage(DepartmentAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/app/departments")
    String page(Model model) {
        model.addAttribute("departments", administration.departments());
        return "app/departments";
    }

    @PostMapping("/app/departments")
    String createDepartment(@Valid @ModelAttribute CodeAndName form, BindingResult binding, Model model,
                            HttpServletResponse response, RedirectAttributes redirect) {
        return apply("new-department", binding, Map.of("code", nn(form.code()), "name", nn(form.name())), model, response,
                () -> administration.createDepartment(form.code().strip(), form.name().strip()),
                redirect, "已新建部门 " + form.code() + " " + form.name(), "dept-" + form.code());
    }

    @PostMapping("/app/departments/{code}")
    String renameDepartment(@PathVariable String code, @Valid @ModelAttribute Name form, BindingResult binding, Model model,
                            HttpServletResponse response, RedirectAttributes redirect) {
        return apply("dept-" + code + "-rename", binding, Map.of("name", nn(form.name())), model, response,
                () -> administration.renameDepartment(code, form.name().strip()),
                redirect, "部门 " + code + " 已改名为 " + form.name(), "dept-" + code);
    }

    @PostMapping("/app/departments/{code}/units")
    String createUnit(@PathVariable String code, @Valid @ModelAttribute CodeAndName form, BindingResult binding, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        return apply("dept-" + code + "-unit", binding, Map.of("code", nn(form.code()), "name", nn(form.name())), model, response,
                () -> administration.createUnit(code, form.code().strip(), form.name().strip()),
                redirect, "已在部门 " + code + " 下新建单位 " + form.code() + " " + form.name(), "unit-" + form.code());
    }

    @PostMapping("/app/units/{code}")
    String renameUnit(@PathVariable String code, @Valid @ModelAttribute Name form, BindingResult binding, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        return apply("unit-" + code + "-rename", binding, Map.of("name", nn(form.name())), model, response,
                () -> administration.renameUnit(code, form.name().strip()),
                redirect, "单位 " + code + " 已改名为 " + form.name(), "unit-" + code);
    }

    @PostMapping("/app/units/{code}/department")
    String moveUnit(@PathVariable String code, @Valid @ModelAttribute Move form, BindingResult binding, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return apply("unit-" + code + "-move", binding, Map.of("department", nn(form.department())), model, response,
                () -> administration.moveUnit(code, form.department()),
                redirect, "单位 " + code + " 已移到部门 " + form.department(), "unit-" + code);
    }

    /** Runs a valid form's change and redirects to what it changed; otherwise the page again, with the reasons (422 or 409). */
    private String apply(String formId, BindingResult binding, Map<String, String> typed, Model model,
                         HttpServletResponse response, Runnable change, RedirectAttributes redirect, String notice,
                         String anchor) {
        if (!binding.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/app/departments#" + anchor;
            } catch (DirectoryChangeRefusedException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return refused(model, new Refusal(formId, List.of(e.getMessage()), typed));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return refused(model, new Refusal(formId, binding.getAllErrors().stream().map(ObjectError::getDefaultMessage).toList(), typed));
    }

    private String refused(Model model, Refusal refusal) {
        model.addAttribute("refusal", refusal);
        return page(model);
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }
}
