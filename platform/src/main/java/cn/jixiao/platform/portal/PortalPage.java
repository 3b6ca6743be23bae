package cn.jixiao.platform.portal;

import java.nio.charset.StandardCharsets;

import cn.jixiao.infra.digest.Sha256;

/**
 * One stored portal page: what a request is answered with, byte for byte.
 *
 * @param path        relative to {@code /public/{slug}/}; {@code ""} is the district home
 * @param etag        strong validator: the SHA-256 of {@code body}, quoted as HTTP wants it
 * @param outdated    stored by another version of the renderer ({@link PortalVersion#outdated}): to be rendered again
 */
record PortalPage(String path, String contentType, byte[] body, String etag, boolean outdated) {

    static final String HTML = "text/html;charset=UTF-8";
    static final String ATOM = "application/atom+xml;charset=UTF-8";
    static final String XML = "application/xml;charset=UTF-8";

    static PortalPage of(String path, String contentType, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        return new PortalPage(path, contentType, body, "\"" + Sha256.hex(body) + "\"", false);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
