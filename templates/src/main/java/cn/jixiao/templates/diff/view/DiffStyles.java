package cn.jixiao.templates.diff.view;

/**
 * What a diff page adds to the disclosure stylesheet ({@code HtmlStyles.CSS}), scoped to {@code .jx-diff}:
 * insertions underlined in green, deletions struck through in red (both readable in black and white), boxed
 * flags, top-aligned side-by-side cells. Screen readers are told where an insertion or deletion starts and ends.
 */
final class DiffStyles {

    static final String CSS = """
            .jx-diff ins { text-decoration: underline; text-decoration-thickness: 0.1em; color: #0b6e2e;
              background: #e3f4e8; }
            .jx-diff del { text-decoration: line-through; color: #b00020; background: #fde8ea; }
            .jx-diff ins::before, .jx-diff ins::after, .jx-diff del::before, .jx-diff del::after {
              position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
            .jx-diff ins::before { content: "［新增："; }
            .jx-diff del::before { content: "［删除："; }
            .jx-diff ins::after, .jx-diff del::after { content: "］"; }
            .jx-diff .jx-flag { color: #b00020; }
            .jx-diff p.jx-alert { text-indent: 0; margin: 0.8em 0; padding: 0.4em 0.8em; border: 1px solid #b00020;
              border-left-width: 0.4em; }
            .jx-diff p.jx-note { text-indent: 0; margin: 0.4em 0; font-size: 0.875em; color: #404040; }
            .jx-diff section > h2 { font-size: 1.4em; margin: 1.2em 0 0.6em; }
            .jx-diff section > h3 { font-size: 1.2em; margin: 1em 0 0.5em; }
            .jx-diff section > h4 { font-size: 1.05em; margin: 1em 0 0.4em; }
            .jx-diff table.jx-sides td, .jx-diff table.jx-indicator-changes td { vertical-align: top; text-align: left; }
            .jx-diff table.jx-departments, .jx-diff table.jx-biggest { font-size: 13px; }
            @media print {
              .jx-diff ins, .jx-diff del { background: none; }
              .jx-diff table.jx-departments, .jx-diff table.jx-biggest { font-size: 9pt; }
            }
            """;

    private DiffStyles() {}
}
