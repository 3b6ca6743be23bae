package cn.jixiao.templates.importer.safety;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The entries of a zip that passed {@link ZipGuard}: inflated, within the limits, CRC-checked, names unique. */
public final class ZipArchive {

    private final Map<String, byte[]> entries;

    ZipArchive(Map<String, byte[]> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** Entry names in archive order. */
    public Set<String> names() {
        return entries.keySet();
    }

    /** The entry's bytes, or {@code null}; names are matched exactly, then ignoring case (some writers vary it). */
    public byte[] get(String name) {
        byte[] exact = entries.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
