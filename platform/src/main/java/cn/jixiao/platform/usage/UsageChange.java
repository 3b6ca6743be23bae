package cn.jixiao.platform.usage;

import cn.jixiao.platform.tenancy.TenantId;

/**
 * What one write added to a district's usage, published in the write's transaction and applied to
 * {@code tenant_usage} only after it commits (a rolled-back write counts nothing). Any change,
 * even all zeros, is activity.
 */
public record UsageChange(TenantId tenant, int departments, int disclosures, long storageBytes) {
}
