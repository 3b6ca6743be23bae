package cn.jixiao.platform.portal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.platform.disclosure.DisclosureNotFoundException;
import cn.jixiao.platform.publish.DocumentFormat;
import cn.jixiao.platform.publish.Documents;
import cn.jixiao.platform.publish.RenderedDocument;
import cn.jixiao.platform.security.ContentSecurityPolicy;
import cn.jixiao.platform.tenancy.TenantId;

/**
 * The public portal, {@code /public/{slug}/…}: stored pages answered byte for byte from
 * {@link PortalCache} (no database, no template, no session on a hit) with a strong ETag
 * (If-None-Match → 304, Spring's conditional handling of {@link ResponseEntity}) and
 * {@code Cache-Control: public, max-age=60}; downloads (a disclosure's DOCX/PDF, the year's
 * volume) from the published revisions' stored documents. 404 for anything not public.
 */
@RestController
class PortalController {

    static final CacheControl CACHE = CacheControl.maxAge(PortalCache.LIFETIME).cachePublic();
    private static final String NOT_FOUND = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>未找到</title></head><body><main><h1>未找到</h1><p>该页面不存在，或尚未公开、已撤回。</p></main></body></html>
            """;

    private final PortalTenants tenants;
    private final PortalCache cache;
    private final PortalPageStore store;
    private final PortalPublisher publisher;
    private final PortalSettings settings;
    private final Documents documents;
    private final TransactionTemplate readOnly;

    PortalController(PortalTenants tenants, PortalCache cache, PortalPageStore store, PortalPublisher publisher,
                     PortalSettings settings, Documents documents, PlatformTransactionManager txManager) {
        this.tenants = tenants;
        this.cache = cache;
        this.store = store;
        this.publisher = publisher;
        this.settings = settings;
        this.documents = documents;
        this.readOnly = new TransactionTemplate(txManager);
        this.readOnly.setReadOnly(true);
    }

    @GetMapping("/public/{slug}")
    ResponseEntity<byte[]> home(@PathVariable String slug) {
        return page(slug, PortalPublisher.HOME);
    }

    @GetMapping("/public/{slug}/{year:[0-9]{4}}")
    ResponseEntity<byte[]> year(@PathVariable String slug, @PathVariable String year) {
        return page(slug, year);
    }

    @GetMapping("/public/{slug}/{year:[0-9]{4}}/{dept:[^.]+}")
    ResponseEntity<byte[]> disclosure(@PathVariable String slug, @PathVariable String year, @PathVariable String dept) {
        return page(slug, year + "/" + dept);
    }

    @GetMapping("/public/{slug}/{year:[0-9]{4}}/{dept}/changes")
    ResponseEntity<byte[]> changes(@PathVariable String slug, @PathVariable String year, @PathVariable String dept) {
        return page(slug, year + "/" + dept + "/changes");
    }

    @GetMapping("/public/{slug}/feed.atom")
    ResponseEntity<byte[]> feed(@PathVariable String slug) {
        return page(slug, PortalPublisher.FEED);
    }

    @GetMapping("/public/{slug}/sitemap.xml")
    ResponseEntity<byte[]> sitemap(@PathVariable String slug) {
        return page(slug, PortalPublisher.SITEMAP);
    }

    /** The one page a district's own site may frame, from the origins its admin listed. */
    @GetMapping("/public/{slug}/widget")
    ResponseEntity<byte[]> widget(@PathVariable String slug) {
        Optional<PortalTenant> tenant = tenants.find(slug);
        var origins = tenant.map(t -> settings.cachedFrameOrigins(t.id(),
                () -> PortalTenants.asVisitor(t.id(), settings::frameOrigins))).orElse(java.util.List.of());
        ResponseEntity<byte[]> page = page(slug, PortalPublisher.WIDGET);
        return ResponseEntity.status(page.getStatusCode()).headers(page.getHeaders())
                .header("Content-Security-Policy", ContentSecurityPolicy.publishedFramedBy(origins))
                .body(page.getBody());
    }

    @GetMapping("/public/{slug}/{year:[0-9]{4}}/volume.{format}")
    ResponseEntity<byte[]> volume(@PathVariable String slug, @PathVariable String year, @PathVariable String format) {
        return download(slug, format, f -> documents.publishedVolume(Integer.parseInt(year), f));
    }

    @GetMapping("/public/{slug}/{year:[0-9]{4}}/{dept}.{format}")
    ResponseEntity<byte[]> document(@PathVariable String slug, @PathVariable String year, @PathVariable String dept,
                                    @PathVariable String format) {
        return download(slug, format, f -> documents.published(dept, Integer.parseInt(year), f));
    }

    private ResponseEntity<byte[]> page(String slug, String path) {
        return tenants.find(slug).flatMap(t -> cache.get(t.id(), path, () -> load(t.id(), path)))
                .map(p -> ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, p.contentType()).cacheControl(CACHE)
                        .eTag(p.etag()).body(p.body()))
                .orElseGet(PortalController::notFound);
    }

    /**
     * From the table; a district without any stored page yet (published before the portal), or with
     * pages an earlier build drew, gets them all now.
     */
    private Optional<PortalPage> load(TenantId tenant, String path) {
        Supplier<Optional<PortalPage>> find = () -> PortalTenants.asVisitor(tenant, () -> readOnly.execute(s -> store.find(path)));
        Optional<PortalPage> page = find.get();
        if (page.isEmpty() && PortalTenants.asVisitor(tenant,
                () -> readOnly.execute(s -> store.find(PortalPublisher.HOME))).isEmpty()) {
            publisher.renderAll(tenant);
            return find.get();
        }
        if (page.filter(PortalPage::outdated).isPresent()) {
            publisher.renderOutdated(tenant); // a deploy changed how pages look
            return find.get();
        }
        return page;
    }

    private ResponseEntity<byte[]> download(String slug, String extension,
                                            java.util.function.Function<DocumentFormat, RenderedDocument> read) {
        Optional<DocumentFormat> format = DocumentFormat.byExtension(extension).filter(f -> f != DocumentFormat.HTML);
        Optional<PortalTenant> tenant = tenants.find(slug);
        if (format.isEmpty() || tenant.isEmpty()) {
            return notFound();
        }
        RenderedDocument d;
        try {
            d = PortalTenants.asVisitor(tenant.get().id(), () -> read.apply(format.get()));
        } catch (DisclosureNotFoundException e) {
            return notFound();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CACHE)
                .eTag("\"" + d.contentKey() + "\"")
                .body(d.bytes());
    }

    private static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header(HttpHeaders.CONTENT_TYPE, PortalPage.HTML)
                .body(NOT_FOUND.getBytes(StandardCharsets.UTF_8));
    }
}
