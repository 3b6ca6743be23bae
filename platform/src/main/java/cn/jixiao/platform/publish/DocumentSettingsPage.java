package cn.jixiao.platform.publish;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.web.WebPage;
import cn.jixiao.templates.render.RenderOptions;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /app/settings/documents}: the district admin's cover title, footer line and logo, with the
 * current logo and a sample department's documents rendered with them. A refused save comes back
 * with the reason beside its field and the texts as typed.
 */
@Controller
@WebPage
class DocumentSettingsPage {

    /** The form as shown: texts (stored or typed), whether a logo is stored, and reasons by field name. */
    record SettingsForm(String titleOverride, String footerText, boolean hasLogo, Map<String, String> errors) {
    }

    /** A department whose documents show the settings. */
    record Sample(String departmentCode, int fiscalYear) {
    }

    private final DocumentSettings settings;
    private final DisclosureQueries disclosures;

    DocumentSettingsPage(DocumentSettings settings, DisclosureQueries disclosures) {
        this.settings = settings;
        this.disclosures = disclosures;
    }

    @GetMapping("/app/settings/documents")
    String page(@AuthenticationPrincipal DistrictUser user, Model model) {
        mayChange(user);
        RenderOptions current = settings.current();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SettingsForm(nn(current.titleOverride()), nn(current.footerText()),
                    current.logoPng() != null, Map.of()));
        }
        model.addAttribute("hasLogo", current.logoPng() != null);
        model.addAttribute("sample", sample().orElse(null));
        model.addAttribute("maxText", DocumentSettings.MAX_TEXT);
        return "app/document-settings";
    }

    @PostMapping("/app/settings/documents")
    String save(@AuthenticationPrincipal DistrictUser user, @RequestParam(defaultValue = "") String titleOverride,
                @RequestParam(defaultValue = "") String footerText, @RequestParam(required = false) MultipartFile logo,
                @RequestParam(defaultValue = "false") boolean removeLogo, Model model, HttpServletResponse response,
                RedirectAttributes redirect) throws IOException {
        mayChange(user);
        Map<String, String> errors = new LinkedHashMap<>();
        if (titleOverride.length() > DocumentSettings.MAX_TEXT) {
            errors.put("titleOverride", "封面标题最多 " + DocumentSettings.MAX_TEXT + " 字");
        }
        if (footerText.length() > DocumentSettings.MAX_TEXT) {
            errors.put("footerText", "页脚文字最多 " + DocumentSettings.MAX_TEXT + " 字");
        }
        boolean newLogo = logo != null && !logo.isEmpty();
        if (newLogo && logo.getSize() > DocumentSettings.MAX_LOGO_BYTES) {
            errors.put("logo", "徽标最大 1 MB，所选文件有 " + (logo.getSize() + 1023) / 1024 + " KB");
        }
        if (errors.isEmpty()) {
            byte[] png = newLogo ? logo.getBytes() : removeLogo ? null : settings.current().logoPng();
            try {
                settings.replace(titleOverride, footerText, png);
                redirect.addFlashAttribute("notice", "文档设置已保存；此后生成的文档使用新设置");
                return "redirect:/app/settings/documents";
            } catch (InvalidSettingsException e) { // the only check on the logo's bytes: not a PNG
                errors.put("logo", e.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("form", new SettingsForm(titleOverride, footerText, settings.current().logoPng() != null, errors));
        return page(user, model);
    }

    /** The stored logo, for the preview. */
    @GetMapping("/app/settings/documents/logo.png")
    ResponseEntity<byte[]> logo() {
        byte[] png = settings.current().logoPng();
        if (png == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache()).body(png);
    }

    /** The first department of the newest year, whose documents the preview links to. */
    private Optional<Sample> sample() {
        return disclosures.years().stream().findFirst().flatMap(year ->
                disclosures.departmentsWithDisclosure(year).stream().findFirst().map(dept -> new Sample(dept, year)));
    }

    /** The settings apply to every unit's documents: admins only, as the API's write. */
    private static void mayChange(DistrictUser user) {
        if (!user.has("disclosures.write") || user.writableUnits().isPresent()) {
            throw new AccessDeniedException("只有区县管理员能修改文档设置");
        }
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }
}
