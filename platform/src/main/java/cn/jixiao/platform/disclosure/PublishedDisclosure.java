package cn.jixiao.platform.disclosure;

import java.time.OffsetDateTime;

import cn.jixiao.templates.disclosure.Disclosure;

/**
 * A disclosure as the public sees it: the revision recorded when it was published, never a later draft.
 *
 * @param revision the published revision (its hash addresses the documents rendered from it)
 * @param content  that revision's content
 */
public record PublishedDisclosure(CurrentRevision revision, OffsetDateTime publishedAt, Disclosure content) {
}
