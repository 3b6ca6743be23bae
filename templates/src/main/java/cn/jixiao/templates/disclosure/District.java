package cn.jixiao.templates.disclosure;

import java.util.Objects;

/**
 * A district (区) whose departments publish disclosures.
 *
 * @param slug       URL-safe identifier, e.g. "lunan"
 * @param name       display name, e.g. "唐山市路南区"
 * @param regionCode administrative division code, e.g. "130202"
 */
public record District(String slug, String name, String regionCode) {
    public District {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regionCode, "regionCode");
    }
}
