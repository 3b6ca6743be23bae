package cn.jixiao.templates.importer.xlsx;

import cn.jixiao.templates.importer.safety.ZipArchive;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;

/**
 * Gives POI the entries our zip guard already inflated and checked, so POI never reads the raw zip: what it
 * parses is exactly what was checked (no second zip parser to disagree with the first about local headers).
 */
final class ValidatedEntrySource implements ZipEntrySource {

    private final ZipArchive zip;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    private boolean closed;

    ValidatedEntrySource(ZipArchive zip) {
        this.zip = zip;
        for (String name : zip.names()) {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setSize(zip.get(name).length);
            entries.put(name, entry);
        }
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return Collections.enumeration(entries.values());
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return entries.get(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) {
        return new ByteArrayInputStream(zip.get(entry.getName()));
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
