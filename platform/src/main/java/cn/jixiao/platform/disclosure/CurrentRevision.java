package cn.jixiao.platform.disclosure;

import java.util.UUID;

/** Which revision of a disclosure is current, and its content hash: enough to address what was rendered from it. */
public record CurrentRevision(UUID disclosureId, int number, String contentHash) {
}
