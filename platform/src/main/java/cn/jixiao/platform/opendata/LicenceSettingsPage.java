package cn.jixiao.platform.opendata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.web.WebPage;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /app/settings/opendata}: the district admin's open licence (identifier, name, link and
 * statement), shown on the public open data page and written into every year's datapackage.json.
 * A refused save comes back with the reasons beside the fields and the texts as typed.
 */
@Controller
@WebPage
class LicenceSettingsPage {

    record LicenceForm(String name, String title, String url, String statement, Map<String, String> errors) {
    }

    private final OpenDataLicences licences;

    LicenceSettingsPage(OpenDataLicences licences) {
        this.licences = licences;
    }

    @GetMapping("/app/settings/opendata")
    String page(@AuthenticationPrincipal DistrictUser user, Model model) {
        mayChange(user);
        if (!model.containsAttribute("form")) {
            Licence l = licences.current();
            model.addAttribute("form", new LicenceForm(l.name(), l.title(), l.url(), l.statement(), Map.of()));
        }
        model.addAttribute("defaultLicence", Licence.DEFAULT);
        model.addAttribute("slug", user.tenantSlug());
        return "app/opendata-settings";
    }

    @PostMapping("/app/settings/opendata")
    String save(@AuthenticationPrincipal DistrictUser user, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String url,
                @RequestParam(defaultValue = "") String statement, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        mayChange(user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!name.strip().matches("^[A-Za-z0-9.+-]{1,64}$")) {
            errors.put("name", "请填写许可协议标识，如 CC-BY-4.0（字母、数字、点、加号和连字符，最多 64 个）");
        }
        if (title.isBlank() || title.length() > 200) {
            errors.put("title", "请填写许可协议名称，最多 200 字");
        }
        if (!url.strip().matches("^https?://\\S{1,500}$")) {
            errors.put("url", "请填写以 http:// 或 https:// 开头的许可协议链接");
        }
        if (statement.isBlank() || statement.length() > Licence.MAX_STATEMENT) {
            errors.put("statement", "请填写开放许可声明，最多 " + Licence.MAX_STATEMENT + " 字");
        }
        if (errors.isEmpty()) {
            licences.replace(new Licence(name.strip(), title.strip(), url.strip(), statement.strip()));
            redirect.addFlashAttribute("notice", "开放许可已保存；开放数据页面和各年度数据包已使用新的许可");
            return "redirect:/app/settings/opendata";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("form", new LicenceForm(name, title, url, statement, errors));
        return page(user, model);
    }

    /** The licence covers the whole district's data: admins only, as the document settings. */
    private static void mayChange(DistrictUser user) {
        if (!user.has("disclosures.write") || user.writableUnits().isPresent()) {
            throw new AccessDeniedException("只有区县管理员能修改开放许可");
        }
    }
}
