package cn.jixiao.platform.workflow;

import java.util.UUID;

import cn.jixiao.infra.disclosure.PublicationKind;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * A disclosure became public or was withdrawn. Published inside the move's transaction, so a
 * listener that renders the public pages shares its fate: a failed render undoes the publication.
 *
 * @param revision the revision that became public, or the one that stopped being public
 */
public record PublicationChanged(TenantId tenant, UUID disclosureId, String departmentCode, int fiscalYear,
        int revision, PublicationKind kind) {
}
