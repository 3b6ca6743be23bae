package cn.jixiao.ops.catalog;

import java.time.Instant;
import java.util.List;

/**
 * One version of the platform template and the districts pinned to it.
 *
 * @param publishedAt {@code null} for the built-in version
 * @param publishedBy who published it; {@code null} for the built-in version
 */
public record CatalogVersion(String templateId, int version, String name, Instant publishedAt, String publishedBy,
                             List<String> pinnedTenants) {

    public boolean builtIn() {
        return version == PlatformTemplateRows.BUILT_IN_VERSION;
    }
}
