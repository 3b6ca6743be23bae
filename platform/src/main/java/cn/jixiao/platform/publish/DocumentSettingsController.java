package cn.jixiao.platform.publish;

import java.util.Base64;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.templates.render.RenderOptions;
import jakarta.validation.constraints.Size;

/** {@code /api/v1/document-settings}: the district's cover title, footer line and logo for its documents. */
@RestController
@RequestMapping("/api/v1/document-settings")
class DocumentSettingsController {

    private final DocumentSettings settings;

    DocumentSettingsController(DocumentSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    Settings get() {
        return Settings.of(settings.current());
    }

    /** Replaces the settings; documents rendered before keep their own content key and stay as they were. */
    @PutMapping
    @PreAuthorize("hasAuthority('SCOPE_disclosures.write') and @unitScope.unrestricted()") // before decoding the logo
    Settings put(@RequestBody @jakarta.validation.Valid Settings input) {
        byte[] logo;
        try {
            logo = input.logoPngBase64() == null ? null : Base64.getDecoder().decode(input.logoPngBase64());
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
        return Settings.of(settings.replace(input.titleOverride(), input.footerText(), logo));
    }

    record Settings(@Size(max = 200, message = "封面标题最多 200 字") String titleOverride,
                    @Size(max = 200, message = "页脚文字最多 200 字") String footerText,
                    @Size(max = 1_400_000, message = "徽标最大 1 MB") String logoPngBase64) {

        static Settings of(RenderOptions options) {
            byte[] logo = options.logoPng();
            return new Settings(options.titleOverride(), options.footerText(),
                    logo == null ? null : Base64.getEncoder().encodeToString(logo));
        }
    }
}
