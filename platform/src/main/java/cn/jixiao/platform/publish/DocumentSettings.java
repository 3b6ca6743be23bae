package cn.jixiao.platform.publish;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.templates.render.RenderOptions;

/** The district's document settings as the API and the settings page read and replace them. */
@Service
public class DocumentSettings {

    /** Longest cover title and footer line, in characters. */
    public static final int MAX_TEXT = 200;
    /** Largest logo, in bytes (1 MiB). */
    public static final int MAX_LOGO_BYTES = 1024 * 1024;

    private final DocumentSettingsStore store;

    DocumentSettings(DocumentSettingsStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SCOPE_disclosures.read')")
    public RenderOptions current() {
        return store.options();
    }

    /**
     * Replaces the settings (blank texts mean none); documents rendered before keep their own content key.
     *
     * @throws InvalidSettingsException when the logo is not a PNG
     */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_disclosures.write') and @unitScope.unrestricted()")
    public RenderOptions replace(String titleOverride, String footerText, byte[] logoPng) {
        RenderOptions options;
        try {
            options = new RenderOptions(blankToNull(titleOverride), blankToNull(footerText), logoPng,
                    RenderOptions.DEFAULT_TEMPLATE_VERSION);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
        store.save(options);
        return options;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
