/**
 * Reader for the plain-text export of a disclosure Word file: table cells are lines starting with a TAB,
 * table rows are separated by blank lines, and {@code [bookmark: …]} prefixes mark headings.
 */
package cn.jixiao.templates.importer.text;
