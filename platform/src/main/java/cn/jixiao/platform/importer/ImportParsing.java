package cn.jixiao.platform.importer;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import cn.jixiao.platform.forms.FormTemplateCatalog;
import cn.jixiao.templates.importer.DisclosureImporter;
import cn.jixiao.templates.importer.ImportLimits;
import cn.jixiao.templates.importer.ImportResult;
import cn.jixiao.templates.importer.ImportTarget;
import cn.jixiao.templates.importer.safety.FileKind;
import cn.jixiao.templates.importer.safety.ZipArchive;
import cn.jixiao.templates.importer.safety.ZipGuard;
import cn.jixiao.templates.validation.ValidationReport;
import cn.jixiao.templates.validation.Validator;

/** The importer of the templates library with this installation's limits, plus validation of its draft. */
@Component
class ImportParsing {

    private final ImportLimits limits;
    private final FormTemplateCatalog templates;

    ImportParsing(Limits configured, FormTemplateCatalog templates) {
        ImportLimits d = ImportLimits.defaults();
        this.limits = new ImportLimits(configured.maxFileBytes() > 0 ? configured.maxFileBytes() : d.maxFileBytes(),
                d.maxZipEntries(), d.maxUncompressedBytes(), d.maxCompressionRatio(), d.ratioGraceBytes(), d.maxRows(),
                d.maxCells(), d.maxParagraphs(), d.maxCellChars(), d.maxTableDepth());
        this.templates = templates;
    }

    /** A parsed file: the draft with its import report, and what the district's template finds in it. */
    record Parsed(ImportResult result, ValidationReport validation) {
    }

    /** @throws cn.jixiao.templates.importer.ImportRejectedException when the file cannot be imported */
    Parsed parse(String fileName, byte[] content, ImportRequest request) {
        ImportResult result = DisclosureImporter.importFile(fileName, content,
                new ImportTarget(request.departmentCode(), request.departmentName(), request.fiscalYear()), limits);
        return new Parsed(result, Validator.validate(result.draft(), templates.get(templates.defaultRef())));
    }

    /**
     * The documents inside a plain zip archive (a district's many files), or null when the upload
     * is one document (a .docx/.xlsx is a zip too, but an Office package). Bomb limits apply.
     */
    List<Entry> archiveEntries(byte[] upload) {
        if (FileKind.of(upload) != FileKind.ZIP) {
            return null;
        }
        ZipArchive zip = ZipGuard.open(upload, limits);
        if (zip.names().contains("[Content_Types].xml")) {
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        for (String name : zip.names().stream().sorted().toList()) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (name.endsWith("/") || name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty()) {
                continue; // folders and the archivers' own bookkeeping
            }
            entries.add(new Entry(name, zip.get(name)));
        }
        return entries;
    }

    record Entry(String name, byte[] content) {
    }

    /** @param maxFileBytes largest accepted upload (0: the importer's default, 20 MiB) */
    @ConfigurationProperties("jixiao.import")
    record Limits(@DefaultValue("0") long maxFileBytes) {
    }
}
