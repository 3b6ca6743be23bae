package cn.jixiao.templates.diff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import cn.jixiao.templates.diff.DiffFixtures;
import cn.jixiao.templates.render.Seed;

/** The seed's 2025 → 2026 diff as a fragment for a page with a strict content security policy. */
class DiffHtmlFragmentTest {

    private static final DiffHtmlRenderer RENDERER = new DiffHtmlRenderer();

    @Test
    void isOneArticleWithoutTitleOrInlineStyle() {
        String html = RENDERER.renderFragment(Seed.DISTRICT, DiffFixtures.edited2026().department(), ViewFixtures.seedDiff());
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(html).startsWith("<article class=\"jx-disclosure jx-diff\">").doesNotContain("<style", "style=", "<h1");
        assertThat(doc.body().children()).hasSize(1);
        assertThat(doc.selectFirst("article > section > h2").text()).isEqualTo("一、变化概况");
        assertThat(doc.select("ins")).isNotEmpty();
        assertThat(doc.select("del")).isNotEmpty();
        assertThat(doc.select("col")).allSatisfy(col -> assertThat(col.className()).matches("jx-w-\\d{1,3}"));
    }

    @Test
    void theStylesheetStylesTheMarksAndTheColumnClasses() {
        assertThat(DiffHtmlRenderer.stylesheet()).contains(".jx-diff ins", ".jx-diff del", "@media print",
                ".jx-disclosure col.jx-w-50 { width: 50%; }");
    }

    @Test
    void aMissingDepartmentIsTheDiffsOwn() {
        String html = RENDERER.renderFragment(Seed.DISTRICT, null, ViewFixtures.seedDiff());
        assertThat(html).contains("变化概况");
    }
}
