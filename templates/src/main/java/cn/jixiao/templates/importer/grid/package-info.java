/**
 * The neutral grid model (paragraphs, tables, rows, cells with merges and source locations) that the .docx,
 * .xlsx and text readers produce and the layout readers consume.
 */
package cn.jixiao.templates.importer.grid;
