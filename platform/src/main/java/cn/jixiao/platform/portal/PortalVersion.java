package cn.jixiao.platform.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.digest.Sha256;

/**
 * The version of the portal's renderer: a SHA-256 over its Thymeleaf templates and its stylesheet
 * as this build carries them, computed once at start. Every stored page records it, so the pages a
 * build that drew them otherwise rendered are known and rendered again.
 */
@Component
class PortalVersion {

    static final String TEMPLATES = "classpath:templates/portal/*.html";
    static final String STYLESHEET = "classpath:portal/portal.css";

    private final String value;
    private final OffsetDateTime started = OffsetDateTime.now();

    PortalVersion() {
        this.value = compute();
    }

    String value() {
        return value;
    }

    OffsetDateTime started() {
        return started;
    }

    /**
     * Whether a page stored with {@code version} at {@code renderedAt} is to be rendered again: by
     * another version, before this instance started. One rendered since by another version comes from
     * an instance still running the other build (a rolling deploy): rendering it back would only make
     * the two instances take turns; the next publication or start renders it.
     */
    boolean outdated(String version, OffsetDateTime renderedAt) {
        return !value.equals(version) && renderedAt.isBefore(started);
    }

    private static String compute() {
        var resolver = new PathMatchingResourcePatternResolver(PortalVersion.class.getClassLoader());
        try {
            Resource[] templates = resolver.getResources(TEMPLATES);
            if (templates.length == 0) {
                throw new IllegalStateException("no portal templates at " + TEMPLATES);
            }
            Arrays.sort(templates, Comparator.comparing(Resource::getFilename));
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (Resource r : templates) {
                add(all, r.getFilename(), r);
            }
            add(all, "portal.css", resolver.getResource(STYLESHEET));
            return Sha256.hex(all.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name too: a template renamed is another renderer. */
    private static void add(ByteArrayOutputStream all, String name, Resource resource) throws IOException {
        all.write(name.getBytes(StandardCharsets.UTF_8));
        all.write(0);
        try (InputStream in = resource.getInputStream()) {
            all.write(in.readAllBytes());
        }
        all.write(0);
    }
}
