/**
 * Import of existing disclosures (Word, Excel, the plain-text export) into a draft {@code Disclosure} with a
 * report of where every value came from: {@link cn.jixiao.templates.importer.DisclosureImporter}. See
 * docs/import.md.
 */
package cn.jixiao.templates.importer;
