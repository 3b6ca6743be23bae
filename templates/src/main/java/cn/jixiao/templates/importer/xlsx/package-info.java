/**
 * .xlsx reading with Apache POI over the entries the zip guard already checked, after a streaming count of
 * rows, cells and string lengths; every sheet becomes a grid table.
 */
package cn.jixiao.templates.importer.xlsx;
