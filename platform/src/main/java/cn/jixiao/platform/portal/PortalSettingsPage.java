package cn.jixiao.platform.portal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import cn.jixiao.platform.tenancy.TenantDirectory;
import cn.jixiao.platform.web.DistrictUser;
import cn.jixiao.platform.web.WebPage;

/**
 * {@code /app/settings/portal}: the admin lists the origins allowed to frame the widget (refused
 * lines come back as typed, with their reasons), sees the portal's addresses and the widget's embed
 * code, and downloads the static export.
 */
@Controller
@WebPage
class PortalSettingsPage {

    private final PortalSettings settings;
    private final PortalExport export;
    private final TenantDirectory tenants;

    PortalSettingsPage(PortalSettings settings, PortalExport export, TenantDirectory tenants) {
        this.settings = settings;
        this.export = export;
        this.tenants = tenants;
    }

    @GetMapping("/app/settings/portal")
    String page(@AuthenticationPrincipal DistrictUser user, Model model) {
        mayChange(user);
        if (!model.containsAttribute("origins")) {
            model.addAttribute("origins", String.join("\n", settings.frameOrigins()));
            model.addAttribute("errors", List.of());
        }
        model.addAttribute("slug", tenants.current().slug());
        return "app/portal-settings";
    }

    @PostMapping("/app/settings/portal")
    String save(@AuthenticationPrincipal DistrictUser user, @RequestParam(defaultValue = "") String origins, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        mayChange(user);
        FrameOrigins parsed = FrameOrigins.parse(origins);
        if (parsed.valid()) {
            settings.replaceFrameOrigins(parsed.origins());
            redirect.addFlashAttribute("notice", parsed.origins().isEmpty() ? "已保存：任何网站都不能嵌入公开小窗口"
                    : "已保存：" + parsed.origins().size() + " 个网站可以嵌入公开小窗口（一分钟内生效）");
            return "redirect:/app/settings/portal";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("origins", origins);
        model.addAttribute("errors", parsed.errors());
        return page(user, model);
    }

    /**
     * The static export of what is published now, built before answering (documents not rendered yet
     * are rendered first, which may take minutes: longer than an asynchronous response may wait).
     */
    @GetMapping("/app/settings/portal/export.zip")
    ResponseEntity<byte[]> exportZip(@AuthenticationPrincipal DistrictUser user) {
        mayChange(user);
        String name = tenants.current().slug() + "-portal-" + LocalDate.now() + ".zip";
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        export.write(zip);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(zip.toByteArray());
    }

    private static void mayChange(DistrictUser user) {
        if (!user.has("disclosures.write") || user.writableUnits().isPresent()) {
            throw new AccessDeniedException("只有区县管理员能修改公开网站设置");
        }
    }
}
