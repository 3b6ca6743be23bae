package cn.jixiao.ops.tenant;

import java.util.UUID;

/** A district just subscribed: its id and slug, its pinned platform template version and its admin's setup link. */
public record Subscription(UUID tenantId, String slug, int platformTemplateVersion, SetupLink adminSetupLink) {
}
