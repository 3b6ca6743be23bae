/**
 * .docx reading: a StAX parser over word/document.xml (taken from the checked zip) that builds the grid model,
 * with gridSpan/vMerge merges, counted against the limits as it streams. docx4j is not used for reading: see
 * docs/import.md.
 */
package cn.jixiao.templates.importer.docx;
