package cn.jixiao.platform.search;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import cn.jixiao.platform.portal.PortalChrome;
import cn.jixiao.platform.portal.PortalTenants;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /public/{slug}/search?q=}: the district's published projects by name, code, indicator
 * text or department, each result a link to the project on its disclosure page. The words typed
 * always come back in the box, with a Chinese reason when they cannot be searched.
 */
@Controller
class SearchPage {

    /** The published pages' policy, except that this page's own form may submit to itself. */
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** How many matched texts a result shows. */
    static final int SHOWN_MATCHES = 3;

    record Match(String label, List<Highlight.Piece> pieces) {
    }

    record Result(String href, String title, int fiscalYear, String departmentName, String projectCode,
                  List<Match> matches, int more) {
    }

    private final PortalTenants districts;
    private final PublicSearch search;

    SearchPage(PortalTenants districts, PublicSearch search) {
        this.districts = districts;
        this.search = search;
    }

    @GetMapping("/public/{slug}/search")
    String page(@PathVariable String slug, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "1") String page, Model model, HttpServletResponse response) {
        SearchQuery query = SearchQuery.of(q);
        int pageNo = page.matches("^[1-9][0-9]{0,3}$") ? Integer.parseInt(page) : 1;
        boolean found = districts.read(slug, district -> {
            model.addAttribute("district", district);
            PortalChrome.addTo(model, district.slug(), true);
            model.addAttribute("query", query);
            model.addAttribute("searched", q != null);
            query.searchable().ifPresent(normalized -> {
                SearchEntries.Page results = search.search(normalized, pageNo - 1);
                model.addAttribute("total", results.total());
                model.addAttribute("results", results.hits().stream().map(h -> result(district.slug(), h, normalized)).toList());
                model.addAttribute("pageNo", pageNo);
                model.addAttribute("pages", (results.total() + PublicSearch.PAGE_SIZE - 1) / PublicSearch.PAGE_SIZE);
            });
            return true;
        }).orElse(false);
        if (!found) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该区县");
        }
        if (q != null && query.refusal() != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Cache-Control", "public, max-age=60");
        return "public/search";
    }

    private static Result result(String slug, SearchEntries.Hit hit, String normalized) {
        String href = "/public/" + UriUtils.encodePathSegment(slug, UTF_8) + "/" + hit.fiscalYear() + "/"
                + UriUtils.encodePathSegment(hit.departmentCode(), UTF_8)
                + (hit.projectCode() == null ? "" : "#project-" + UriUtils.encodeFragment(hit.projectCode(), UTF_8));
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN_MATCHES, hit.bodies().size()); i++) {
            matches.add(new Match(hit.fields().get(i).label(), Highlight.of(hit.bodies().get(i), normalized)));
        }
        return new Result(href, hit.projectCode() == null ? hit.departmentName() : hit.projectName(), hit.fiscalYear(),
                hit.departmentName(), hit.projectCode(), matches, Math.max(0, hit.bodies().size() - SHOWN_MATCHES));
    }
}
