package cn.jixiao.platform.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.jixiao.platform.publish.Documents.PublishedArticle;
import cn.jixiao.templates.diff.DiffSummary;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.disclosure.Project;

/**
 * The portal's HTML pages, rendered by Thymeleaf to strings once (at publication, or for the static
 * export), never per request. Each page carries its own stylesheet inline: the same bytes work on
 * the portal, framed in a district's site, and opened from disk.
 */
@Component
class PortalRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));
    static final String CSS = resource("portal/portal.css");

    /** The 与上年相比 view: which year it compares with, the library's counts and its rendered diff (null: no earlier year). */
    record Changes(Integer fromYear, DiffSummary summary, String html, String stylesheet) {
    }

    private final ITemplateEngine engine;

    PortalRenderer(ITemplateEngine engine) {
        this.engine = engine;
    }

    String home(District district, List<PublishedSite.Year> years, PortalLinks links) {
        return render("portal/home", district, links, Map.of("years", years));
    }

    String year(District district, int year, List<PublishedSite.Department> departments, PortalLinks links) {
        return render("portal/year", district, links, Map.of("year", year, "departments", departments));
    }

    String disclosure(PublishedArticle article, boolean hasChanges, PortalLinks links) {
        var content = article.disclosure().content();
        return render("portal/disclosure", article.district(), links, Map.of(
                "year", content.fiscalYear(), "department", content.department(),
                "publishedAt", article.disclosure().publishedAt() == null ? "" : DATE.format(article.disclosure().publishedAt()),
                "article", ProjectAnchors.add(article.html(), content.projects()),
                "projects", content.projects().stream().map(Project::code).toList(),
                "hasChanges", hasChanges));
    }

    String changes(District district, PublishedArticle article, Changes changes, PortalLinks links) {
        var content = article.disclosure().content();
        return render("portal/changes", district, links, Map.of("year", content.fiscalYear(),
                "department", content.department(), "changes", changes));
    }

    String widget(District district, List<cn.jixiao.platform.disclosure.PublishedEntry> entries, PortalLinks links) {
        return render("portal/widget", district, links, Map.of("entries", entries));
    }

    private String render(String template, District district, PortalLinks links, Map<String, Object> variables) {
        Context context = new Context(java.util.Locale.SIMPLIFIED_CHINESE);
        context.setVariables(variables);
        context.setVariable("district", district);
        context.setVariable("links", links);
        context.setVariable("css", CSS);
        context.setVariable("dates", new Dates());
        return engine.process(template, context);
    }

    /** Dates as the pages write them. */
    static final class Dates {
        public String format(java.time.temporal.TemporalAccessor t) {
            return t == null ? "" : DATE.format(t);
        }

        public String iso(java.time.OffsetDateTime t) {
            return t == null ? "" : t.toInstant().toString();
        }
    }

    private static String resource(String name) {
        try (InputStream in = PortalRenderer.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
