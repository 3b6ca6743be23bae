package cn.jixiao.ops.tenant;

/**
 * The platform template version a new district is pinned to. Declared here and implemented by the
 * catalog, which itself acts on districts: tenant does not depend on catalog.
 */
public interface LatestTemplateVersion {

    /** The current (latest published) platform version. */
    int latestVersion();
}
