/**
 * The table-structure readers: from the grid model (whatever the file format) to a {@code Disclosure}, with every
 * paragraph and cell accounted for in the report. {@link cn.jixiao.templates.importer.layout.GridDisclosureReader}
 * classifies tables (project goal table, indicator table, flat export, department form) and hands each to its
 * reader.
 */
package cn.jixiao.templates.importer.layout;
