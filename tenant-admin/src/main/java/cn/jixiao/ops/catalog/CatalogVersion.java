package cn.jixiao.ops.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One version of the platform template and the districts pinned to it.
 *
 * @param publishedAt {@code null} for the built-in version
 * @param publishedBy who published it; {@code null} for the built-in version
 * @param builtIn     the version shipped in the templates library
 */
public record CatalogVersion(String templateId, int version, String name, Instant publishedAt, String publishedBy,
                             List<String> pinnedTenants, boolean builtIn) {

    CatalogVersion(String templateId, int version, String name, Instant publishedAt, String publishedBy, List<String> pinnedTenants) {
        this(templateId, version, name, publishedAt, publishedBy, pinnedTenants, version == PlatformTemplateRows.BUILT_IN_VERSION);
    }
}
