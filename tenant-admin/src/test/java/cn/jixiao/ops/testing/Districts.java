package cn.jixiao.ops.testing;

import java.net.http.HttpResponse;

import cn.jixiao.infra.testing.Slugs;

/** Districts subscribed through the API for tests, with unique slugs. */
public final class Districts {

    private Districts() {
    }

    public static String subscribeJson(String slug, String name, String regionCode, String adminUsername, String adminName) {
        return """
                {"slug": "%s", "name": "%s", "regionCode": "%s", "admin": {"username": "%s", "displayName": "%s"}}
                """.formatted(slug, name, regionCode, adminUsername, adminName);
    }

    /** Subscribes a district with admin {@code admin}; returns its slug. */
    public static String subscribe(OpsHttp http, String prefix) {
        String slug = Slugs.unique(prefix);
        HttpResponse<String> response = http.api("POST", "/api/ops/v1/tenants", subscribeJson(slug, "测试区 " + slug, "130203", "admin", "张管理"));
        if (response.statusCode() != 201) {
            throw new AssertionError("subscribe failed: " + response.statusCode() + " " + response.body());
        }
        return slug;
    }
}
