package cn.jixiao.platform.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.jixiao.platform.portal.PortalTenant;
import tools.jackson.databind.json.JsonMapper;

/**
 * A district's year as a Frictionless Data Package (https://specs.frictionlessdata.io/data-package/):
 * a zip of every published department's {@code data.json} and {@code indicators.csv} under its code,
 * described by {@code datapackage.json} (the CSVs with their Table Schema, the licence).
 */
final class DataPackage {

    /** Fixed entry times: the same files give the same zip, so its ETag changes only with its content. */
    private static final long ENTRY_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

    private DataPackage() {
    }

    /** @param files the year's department files, paths {@code year/dept/name} */
    static byte[] zip(JsonMapper json, PortalTenant district, int fiscalYear, Licence licence, List<StoredFile> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "datapackage.json", json.writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(descriptor(district, fiscalYear, licence, files)));
            for (StoredFile f : files) {
                entry(zip, inZip(f.path()), f.content());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, Object> descriptor(PortalTenant district, int fiscalYear, Licence licence, List<StoredFile> files) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("profile", "data-package");
        d.put("name", district.slug() + "-" + fiscalYear + "-budget-performance-goals");
        d.put("title", district.name() + " " + fiscalYear + " 年度预算绩效目标");
        d.put("description", "各部门已公开的预算绩效目标：每个部门一个 JSON 文件（完整内容，字段见 docs/opendata.md）"
                + "和一个指标表 CSV（UTF-8，带 BOM）。金额单位为万元，以十进制字符串表示。");
        d.put("licenses", List.of(licence(licence)));
        d.put("sources", List.of(Map.of("title", district.name() + " 预算绩效目标公开", "path", "/public/" + district.slug())));
        List<Map<String, Object>> resources = new ArrayList<>();
        for (StoredFile f : files) {
            resources.add(resource(f));
        }
        d.put("resources", resources);
        return d;
    }

    private static Map<String, Object> licence(Licence licence) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("name", licence.name());
        l.put("path", licence.url());
        l.put("title", licence.title());
        return l;
    }

    private static Map<String, Object> resource(StoredFile f) {
        String path = inZip(f.path());
        boolean csv = path.endsWith(".csv");
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", path.replace('/', '-').replace(".csv", "").replace(".json", "").toLowerCase());
        r.put("path", path);
        r.put("title", f.title() + (csv ? " 绩效指标表" : " 预算绩效目标"));
        r.put("profile", csv ? "tabular-data-resource" : "data-resource");
        r.put("format", csv ? "csv" : "json");
        r.put("mediatype", csv ? "text/csv" : "application/json");
        r.put("encoding", "utf-8");
        r.put("bytes", f.content().length);
        r.put("hash", "sha256:" + f.sha256());
        if (csv) {
            r.put("dialect", Map.of("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"", "doubleQuote", true,
                    "header", true));
            r.put("schema", tableSchema());
        }
        return r;
    }

    static Map<String, Object> tableSchema() {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (IndicatorTable.Column c : IndicatorTable.COLUMNS) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", c.name());
            field.put("type", c.type());
            if (c.format() != null) {
                field.put("format", c.format());
            }
            if (c.description() != null) {
                field.put("description", c.description());
            }
            fields.add(field);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("primaryKey", List.of("指标标识"));
        schema.put("missingValues", List.of(""));
        return schema;
    }

    /** {@code 2025/202/data.json} → {@code 202/data.json}. */
    private static String inZip(String path) {
        return path.substring(path.indexOf('/') + 1);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
