package cn.jixiao.platform.disclosure;

import java.util.UUID;

import cn.jixiao.templates.disclosure.Disclosure;

/** A disclosure as stored: its content plus what the platform keeps about it. */
public record StoredDisclosure(UUID id, DisclosureStatus status, Revision revision, Disclosure content) {
}
