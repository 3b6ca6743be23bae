package cn.jixiao.platform.tenancy;

import java.util.Objects;
import java.util.UUID;

/** The id of a district (tenant), as bound to every transaction of tenant-facing code. */
public record TenantId(UUID value) implements java.io.Serializable {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
