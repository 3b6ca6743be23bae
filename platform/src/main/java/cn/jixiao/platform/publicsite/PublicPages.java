package cn.jixiao.platform.publicsite;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriUtils;

import cn.jixiao.platform.disclosure.PublishedEntry;
import cn.jixiao.platform.publish.Documents.PublishedArticle;

/** The public pages as HTML (zh-CN), every value escaped. Plain server-rendered pages: no script, no cookies. */
final class PublicPages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));

    private PublicPages() {
    }

    /** A district's published disclosures by year, each with its page and downloads. */
    static String index(PublicTenant tenant, List<PublishedEntry> entries) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(htmlEscape(tenant.name())).append(" 预算绩效目标公开</h1>\n");
        if (entries.isEmpty()) {
            body.append("<p>暂无已公开的预算绩效目标。</p>\n");
        }
        Map<Integer, List<PublishedEntry>> byYear = new LinkedHashMap<>();
        entries.forEach(e -> byYear.computeIfAbsent(e.fiscalYear(), y -> new ArrayList<>()).add(e));
        byYear.forEach((year, list) -> {
            body.append("<section>\n<h2>").append(year).append(" 年度</h2>\n<ul>\n");
            for (PublishedEntry e : list) {
                String base = base(tenant.slug(), year, e.departmentCode());
                body.append("<li><a href=\"").append(base).append("\">").append(htmlEscape(e.departmentName())).append("</a>")
                        .append("（部门编码 ").append(htmlEscape(e.departmentCode())).append("；")
                        .append(e.publishedAt() == null ? "" : DATE.format(e.publishedAt()) + "公开；")
                        .append("下载 <a href=\"").append(base).append(".docx\">Word</a> / <a href=\"").append(base)
                        .append(".pdf\">PDF</a>）</li>\n");
            }
            body.append("</ul>\n</section>\n");
        });
        return page(tenant.name() + " 预算绩效目标公开", body.toString());
    }

    /** One published disclosure: the rendered article and its downloads. */
    static String disclosure(PublicTenant tenant, int year, String departmentCode, PublishedArticle article) {
        String base = base(tenant.slug(), year, departmentCode);
        String title = article.disclosure().content().department().name() + " " + year + " 年度预算绩效目标";
        String body = "<nav><a href=\"/public/" + UriUtils.encodePathSegment(tenant.slug(), UTF_8)
                + "\">返回" + htmlEscape(tenant.name()) + "公开目录</a>　下载 <a href=\"" + base + ".docx\">Word</a> / <a href=\""
                + base + ".pdf\">PDF</a>"
                + (article.disclosure().publishedAt() == null ? "" : "　" + DATE.format(article.disclosure().publishedAt()) + "公开")
                + "</nav>\n" + article.html();
        return page(title, body);
    }

    static String notFound() {
        return page("未找到", "<h1>未找到</h1>\n<p>该页面不存在，或尚未公开。</p>\n");
    }

    private static String base(String slug, int year, String departmentCode) {
        return "/public/" + UriUtils.encodePathSegment(slug, UTF_8) + "/" + year + "/"
                + UriUtils.encodePathSegment(departmentCode, UTF_8);
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + htmlEscape(title)
                + "</title>\n<style>body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;max-width:60rem;"
                + "margin:0 auto;padding:1rem;line-height:1.6}nav{margin-bottom:1rem}</style>\n</head>\n<body>\n<main>\n" + body
                + "</main>\n</body>\n</html>\n";
    }
}
