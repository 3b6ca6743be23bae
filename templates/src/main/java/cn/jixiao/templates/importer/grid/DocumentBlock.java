package cn.jixiao.templates.importer.grid;

/** A paragraph or a table, in document order. */
public sealed interface DocumentBlock permits GridParagraph, GridTable {}
