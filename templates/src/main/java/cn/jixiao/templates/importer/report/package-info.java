/**
 * The import report: where every value came from, what was not imported and why, and what was ambiguous.
 */
package cn.jixiao.templates.importer.report;
