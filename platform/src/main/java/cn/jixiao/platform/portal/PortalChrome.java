package cn.jixiao.platform.portal;

import org.springframework.ui.Model;

/**
 * The portal's header, footer and stylesheet for the district's live public pages outside the stored portal
 * (search, open data), so a visitor moving between them stays on one site. The pages include
 * {@code portal/layout}'s {@code head}, {@code header} and {@code footer} fragments.
 */
public final class PortalChrome {

    private PortalChrome() {
    }

    /** @param searchPage the search page itself, which leaves the header's search form out */
    public static void addTo(Model model, String slug, boolean searchPage) {
        model.addAttribute("links", PortalLinks.site(slug));
        model.addAttribute("css", PortalRenderer.CSS);
        model.addAttribute("searchPage", searchPage);
    }
}
