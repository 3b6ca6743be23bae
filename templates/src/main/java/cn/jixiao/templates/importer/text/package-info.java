/**
 * The plain-text export of a disclosure Word file: table cells are lines starting with a TAB, table rows are
 * separated by blank lines, and {@code [bookmark: …]} prefixes mark headings. {@link
 * cn.jixiao.templates.importer.text.TextGridReader} turns it into the grid model the layout readers share;
 * {@link cn.jixiao.templates.importer.text.PlainTextDisclosureReader} reads a disclosure from it, strictly.
 */
package cn.jixiao.templates.importer.text;
