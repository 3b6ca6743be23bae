package cn.jixiao.platform.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

import cn.jixiao.platform.disclosure.PublishedEntry;
import cn.jixiao.platform.publish.DocumentFormat;
import cn.jixiao.platform.publish.Documents;
import cn.jixiao.platform.security.CanWriteAllUnits;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * The portal as a zip a website without any integration can host, or a person open from disk: the
 * same pages as the live portal with relative links ({@link PortalLinks.Export}), plus each
 * disclosure's DOCX and PDF and each year's volume. Read as the district's public visitor, so
 * only what is published goes in, whoever asks.
 */
@Component
class PortalExport {

    private final PortalPages pages;
    private final Documents documents;

    PortalExport(PortalPages pages, Documents documents) {
        this.pages = pages;
        this.documents = documents;
    }

    @CanWriteAllUnits
    public void write(OutputStream out) {
        TenantId tenant = CurrentTenant.require();
        PortalTenants.asVisitor(tenant, () -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                put(zip, "index.html", pages.home(PortalLinks.export(0)));
                List<PublishedEntry> entries = pages.entries();
                for (int year : new TreeSet<>(entries.stream().map(PublishedEntry::fiscalYear).toList())) {
                    put(zip, year + "/index.html", pages.year(year, PortalLinks.export(1)));
                    for (DocumentFormat f : List.of(DocumentFormat.DOCX, DocumentFormat.PDF)) {
                        put(zip, year + "/volume." + f.extension(), documents.publishedVolume(year, f).bytes());
                    }
                }
                for (PublishedEntry e : entries) {
                    int y = e.fiscalYear();
                    String dept = e.departmentCode();
                    put(zip, PortalLinks.Export.file(y, dept, ".html"), pages.disclosure(y, dept, PortalLinks.export(1)));
                    put(zip, PortalLinks.Export.file(y, dept, "-changes.html"), pages.changes(y, dept, PortalLinks.export(1)));
                    for (DocumentFormat f : List.of(DocumentFormat.DOCX, DocumentFormat.PDF)) {
                        put(zip, PortalLinks.Export.file(y, dept, "." + f.extension()), documents.published(dept, y, f).bytes());
                    }
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            return null;
        });
    }

    private static void put(ZipOutputStream zip, String name, Optional<String> html) throws IOException {
        if (html.isPresent()) {
            put(zip, name, html.get());
        }
    }

    private static void put(ZipOutputStream zip, String name, String html) throws IOException {
        put(zip, name, html.getBytes(StandardCharsets.UTF_8));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        // the file names as the links write them (department codes are encoded path segments)
        zip.putNextEntry(new ZipEntry(java.net.URLDecoder.decode(name, StandardCharsets.UTF_8)));
        zip.write(bytes);
        zip.closeEntry();
    }
}
