package cn.jixiao.platform.testing;

import java.util.UUID;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fresh district holding the seed's department 202 (units 202001: projects 1–3, 202003: project 4)
 * and its 2025 disclosure without validation errors, with a token for each kind of user.
 */
public record TestDistrict(UUID id, String slug, String admin, String reviewer, String editor202001, String editor202003) {

    public static final String DISCLOSURE = "/api/v1/disclosures/202/2025";

    public static TestDistrict create(String prefix, DisclosureCommands commands, UserTokens tokens) {
        String slug = Slugs.unique(prefix);
        UUID id = TestTenants.withSeed(commands, slug, "unused-secret", "disclosures.read");
        return new TestDistrict(id, slug, tokens.mint(id, Role.TENANT_ADMIN), tokens.mint(id, Role.REVIEWER),
                tokens.mint(id, Role.UNIT_EDITOR, "202001"), tokens.mint(id, Role.UNIT_EDITOR, "202003"));
    }

    public TenantState state() {
        return TenantState.of(id, "202", 2025);
    }

    /** The PUT body a client builds from what it read: content plus the revision it is based on. */
    public static ObjectNode input(JsonNode read) {
        ObjectNode input = ((ObjectNode) read.deepCopy()).retain("goals", "projects");
        input.put("baseRevision", read.get("revision").get("number").asInt());
        input.get("projects").forEach(p -> p.get("indicators").forEach(i -> ((ObjectNode) i).put("value",
                i.get("value").get("text").asString())));
        return input;
    }
}
