package cn.jixiao.templates.render;

/**
 * The stylesheet, inlined in every page: no web fonts (the reader's own 宋体/仿宋/黑体 or their fallbacks),
 * no external files. Rules are scoped to {@code .jx-disclosure} so an embedded fragment does not restyle
 * the host page. Print rules put each project on a new page and never break a table row.
 */
public final class HtmlStyles {

    public static final String CSS = """
            .jx-disclosure { font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif;
              font-size: 16px; line-height: 1.8; color: #000; max-width: 56em; margin: 0 auto; padding: 1em; }
            .jx-disclosure h1, .jx-disclosure h2, .jx-disclosure h3, .jx-disclosure h4, .jx-disclosure nav h2 {
              font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; font-weight: normal; }
            .jx-disclosure .jx-title { text-align: center; font-size: 1.8em; margin: 1em 0; }
            .jx-disclosure .jx-title span { display: block; }
            .jx-disclosure .jx-title .jx-district, .jx-disclosure .jx-title .jx-department { font-size: 0.7em; }
            .jx-disclosure .jx-title img { display: block; margin: 0 auto 0.5em; max-height: 3em; }
            .jx-disclosure .jx-part > :is(h2, h3, h4), .jx-disclosure .jx-department > :is(h2, h3),
            .jx-disclosure .jx-project > :is(h3, h4) { text-align: center; }
            .jx-disclosure .jx-part > :is(h2, h3) { font-size: 1.5em; }
            .jx-disclosure .jx-section > :is(h3, h4) { font-size: 1.1em; text-indent: 2em; }
            .jx-disclosure p { margin: 0; text-indent: 2em; text-align: justify; }
            .jx-disclosure p.jx-item-title, .jx-disclosure p strong { font-weight: bold; }
            .jx-disclosure nav ol { list-style: none; padding-left: 0; }
            .jx-disclosure nav ol ol { padding-left: 2em; }
            .jx-disclosure table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0 0 1em;
              font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif; font-size: 14px; line-height: 1.5; }
            .jx-disclosure table.jx-goal { margin-bottom: 0; }
            .jx-disclosure table.jx-goal + table.jx-indicators { margin-top: -1px; }
            .jx-disclosure caption { font-weight: bold; padding: 0.3em; }
            .jx-disclosure th, .jx-disclosure td { border: 1px solid #000; padding: 0.2em 0.4em; vertical-align: middle;
              overflow-wrap: anywhere; }
            .jx-disclosure th { font-weight: normal; text-align: center; }
            .jx-disclosure th[scope="col"] { font-weight: bold; }
            .jx-disclosure td { text-align: justify; }
            .jx-disclosure td.jx-number { text-align: center; }
            .jx-disclosure td.jx-note { text-align: right; }
            .jx-disclosure footer { margin-top: 2em; text-align: center; font-size: 0.8em; color: #595959; }
            @media print {
              @page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm; }
              .jx-disclosure { max-width: none; padding: 0; font-size: 16pt; }
              .jx-disclosure table { font-size: 10.5pt; }
              .jx-disclosure nav, .jx-disclosure .jx-part { break-before: page; page-break-before: always; }
              .jx-disclosure .jx-project { break-before: page; page-break-before: always; }
              .jx-disclosure .jx-part > .jx-project:first-of-type { break-before: auto; page-break-before: auto; }
              .jx-disclosure tr, .jx-disclosure th, .jx-disclosure td { break-inside: avoid; page-break-inside: avoid; }
              .jx-disclosure thead { display: table-header-group; }
              .jx-disclosure h2, .jx-disclosure h3, .jx-disclosure h4, .jx-disclosure caption {
                break-after: avoid; page-break-after: avoid; }
              .jx-disclosure a { color: inherit; text-decoration: none; }
            }
            """;

    private HtmlStyles() {
    }
}
