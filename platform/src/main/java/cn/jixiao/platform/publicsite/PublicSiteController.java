package cn.jixiao.platform.publicsite;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.platform.disclosure.DisclosureNotFoundException;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.publish.DocumentFormat;
import cn.jixiao.platform.publish.Documents;
import cn.jixiao.platform.publish.RenderedDocument;

/**
 * The anonymous public pages of a district: {@code /public/{slug}} lists its published disclosures,
 * {@code /public/{slug}/{year}/{deptCode}} shows one (with {@code .docx} and {@code .pdf}
 * downloads). Only PUBLISHED disclosures, only their published revision; 404 for anything else,
 * for unknown districts, and when operators took the district's pages down.
 */
@RestController
class PublicSiteController {

    /** Short: a withdrawn disclosure leaves caches within a minute. */
    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final PublicTenants tenants;
    private final DisclosureQueries disclosures;
    private final Documents documents;

    PublicSiteController(PublicTenants tenants, DisclosureQueries disclosures, Documents documents) {
        this.tenants = tenants;
        this.disclosures = disclosures;
        this.documents = documents;
    }

    @GetMapping("/public/{slug}")
    ResponseEntity<String> index(@PathVariable String slug) {
        return html(tenants.read(slug, tenant -> PublicPages.index(tenant, disclosures.publishedList())));
    }

    @GetMapping("/public/{slug}/{year}/{deptCode:[^.]+}")
    ResponseEntity<String> disclosure(@PathVariable String slug, @PathVariable String year, @PathVariable String deptCode) {
        Optional<Integer> fiscalYear = year(year);
        if (fiscalYear.isEmpty()) {
            return html(Optional.empty());
        }
        return html(published(() -> tenants.read(slug, tenant -> PublicPages.disclosure(tenant, fiscalYear.get(), deptCode,
                documents.publishedArticle(deptCode, fiscalYear.get())))));
    }

    @GetMapping("/public/{slug}/{year}/{deptCode}.{format}")
    ResponseEntity<?> download(@PathVariable String slug, @PathVariable String year, @PathVariable String deptCode,
                               @PathVariable String format) {
        Optional<DocumentFormat> documentFormat = DocumentFormat.byExtension(format).filter(f -> f != DocumentFormat.HTML);
        Optional<Integer> fiscalYear = year(year);
        if (documentFormat.isEmpty() || fiscalYear.isEmpty()) {
            return html(Optional.empty());
        }
        Optional<RenderedDocument> document = published(() -> tenants.read(slug,
                tenant -> documents.published(deptCode, fiscalYear.get(), documentFormat.get())));
        if (document.isEmpty()) {
            return html(Optional.empty());
        }
        RenderedDocument d = document.get();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CACHE)
                .eTag("\"" + d.contentKey() + "\"")
                .body(d.bytes());
    }

    /** An unpublished or unknown disclosure is simply not there. */
    private static <T> Optional<T> published(Supplier<Optional<T>> read) {
        try {
            return read.get();
        } catch (DisclosureNotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> year(String year) {
        return year.matches("^[0-9]{4}$") ? Optional.of(Integer.parseInt(year)) : Optional.empty();
    }

    private static ResponseEntity<String> html(Optional<String> page) {
        return page.map(p -> ResponseEntity.ok().contentType(HTML).cacheControl(CACHE).body(p))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(PublicPages.notFound()));
    }
}
