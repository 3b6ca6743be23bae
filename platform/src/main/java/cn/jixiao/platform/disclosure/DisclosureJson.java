package cn.jixiao.platform.disclosure;

/**
 * A disclosure's JSON as sent, with its entity tag.
 *
 * @param etag a strong entity tag, quoted: the head's fingerprint
 */
public record DisclosureJson(String etag, byte[] body) {
}
