package cn.jixiao.platform.publish;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.platform.disclosure.CurrentRevision;
import cn.jixiao.platform.disclosure.DisclosureNotFoundException;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.disclosure.PublishedDisclosure;
import cn.jixiao.platform.disclosure.StoredDisclosure;
import cn.jixiao.platform.security.CanReadDisclosures;
import cn.jixiao.platform.security.CanReadPublished;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.tenancy.TenantDirectory;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.render.DepartmentPdf;
import cn.jixiao.templates.render.RenderOptions;

/**
 * Publication documents of the current district, rendered at most once per content key: a
 * department's disclosure (DOCX, PDF, HTML) from its current revision, and the district volume
 * of a year. Rendering runs outside any database transaction, so a slow PDF holds no connection.
 */
@Service
public class Documents {

    private final DisclosureQueries disclosures;
    private final TenantDirectory tenants;
    private final DocumentSettingsStore settings;
    private final DocumentStore store;
    private final DocumentRenderers renderers;
    private final TransactionTemplate tx;
    private final RenderLocks locks;

    Documents(DisclosureQueries disclosures, TenantDirectory tenants, DocumentSettingsStore settings, DocumentStore store,
              DocumentRenderers renderers, PlatformTransactionManager txManager, RenderLocks locks) {
        this.disclosures = disclosures;
        this.tenants = tenants;
        this.settings = settings;
        this.store = store;
        this.renderers = renderers;
        this.tx = new TransactionTemplate(txManager);
        this.locks = locks;
    }

    @CanReadDisclosures
    public RenderedDocument department(String departmentCode, int fiscalYear, DocumentFormat format) {
        // Only the revision hash is read to find a stored document; the content, from the immutable
        // manifest and parts of that same revision, only when something has to be rendered.
        Source source = tx.execute(s -> new Source(tenants.current(), settings.options(),
                disclosures.currentRevision(departmentCode, fiscalYear)
                        .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fiscalYear))));
        String key = ContentKeys.department(source.revision().contentHash(), source.options());
        String fileName = departmentCode + "-" + fiscalYear + "年度预算绩效目标." + format.extension();
        byte[] bytes = cached(key, format, (f, docx) -> renderers.department(source.district(),
                disclosures.content(source.revision()), source.options(), f, docx));
        return new RenderedDocument(key, format, fileName, bytes);
    }

    @CanReadDisclosures
    public RenderedDocument districtVolume(int fiscalYear, DocumentFormat format) {
        VolumeSource source = tx.execute(s -> new VolumeSource(tenants.current(), settings.options(),
                disclosures.allOfYear(fiscalYear)));
        if (source.disclosures().isEmpty()) {
            throw new DisclosureNotFoundException("（全部部门）", fiscalYear);
        }
        return volume(source.district(), fiscalYear, source.disclosures().stream()
                .map(d -> new VolumeMember(d.content(), d.revision().contentHash())).toList(), source.options(), format);
    }

    /**
     * A published disclosure's document for the public pages, rendered from the revision recorded
     * at publication (never a later draft); same content key, so the same stored document, as the
     * API's rendering of that revision.
     *
     * @throws DisclosureNotFoundException when the disclosure is not published
     */
    @CanReadPublished
    public RenderedDocument published(String departmentCode, int fiscalYear, DocumentFormat format) {
        PublishedSource source = publishedSource(departmentCode, fiscalYear);
        String key = ContentKeys.department(source.published().revision().contentHash(), source.options());
        byte[] bytes = cached(key, format, (f, docx) -> renderers.department(source.district(), source.published().content(),
                source.options(), f, docx));
        return new RenderedDocument(key, format, departmentCode + "-" + fiscalYear + "年度预算绩效目标." + format.extension(), bytes);
    }

    /**
     * The district volume of a year for the public pages: the published revisions of the departments
     * published now, nothing else.
     *
     * @throws DisclosureNotFoundException when nothing of the year is published
     */
    @CanReadPublished
    public RenderedDocument publishedVolume(int fiscalYear, DocumentFormat format) {
        PublishedVolumeSource source = tx.execute(s -> new PublishedVolumeSource(tenants.current(), settings.options(),
                disclosures.publishedList().stream().filter(e -> e.fiscalYear() == fiscalYear)
                        .flatMap(e -> disclosures.published(e.departmentCode(), fiscalYear).stream()).toList()));
        if (source.disclosures().isEmpty()) {
            throw new DisclosureNotFoundException("（全部部门）", fiscalYear);
        }
        return volume(source.district(), fiscalYear, source.disclosures().stream()
                .map(d -> new VolumeMember(d.content(), d.revision().contentHash())).toList(), source.options(), format);
    }

    /** A published disclosure as an HTML fragment to embed in the public page (rendered once into the portal's stored pages). */
    @CanReadPublished
    public PublishedArticle publishedArticle(String departmentCode, int fiscalYear) {
        PublishedSource source = publishedSource(departmentCode, fiscalYear);
        return new PublishedArticle(source.district(), source.published(),
                renderers.fragment(source.district(), source.published().content(), source.options()));
    }

    private PublishedSource publishedSource(String departmentCode, int fiscalYear) {
        return tx.execute(s -> new PublishedSource(tenants.current(), settings.options(),
                disclosures.published(departmentCode, fiscalYear)
                        .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fiscalYear))));
    }

    /** A stored document by its key (what a finished batch links to). */
    @CanReadDisclosures
    public Optional<byte[]> stored(String contentKey, DocumentFormat format) {
        return tx.execute(s -> store.find(contentKey, format));
    }

    /**
     * The volume of these revisions, in this order; its key is theirs (and the options'), whatever the format. DOCX
     * and HTML lay the whole volume out; the PDF is bound from the departments' PDFs under their own keys, so it
     * uses what a batch's department tasks stored and renders (once, under their locks) only what is missing.
     */
    private RenderedDocument volume(District district, int fiscalYear, List<VolumeMember> members, RenderOptions options,
                                    DocumentFormat format) {
        List<String> hashes = members.stream().map(m -> m.content().department().code() + ":" + m.revisionHash()).toList();
        String key = ContentKeys.volume(fiscalYear, hashes, options);
        List<Disclosure> contents = members.stream().map(VolumeMember::content).toList();
        byte[] bytes = format == DocumentFormat.PDF
                ? once(key, format, () -> renderers.volumePdf(district, fiscalYear, departmentPdfs(district, members, options), options))
                : cached(key, format, (f, docx) -> renderers.volume(district, fiscalYear, contents, options, f));
        return new RenderedDocument(key, format, district.name() + "-" + fiscalYear + "年度预算绩效目标汇编." + format.extension(), bytes);
    }

    /** Each member's department PDF: the stored one of its content key, or rendered and stored now, as {@link #department} would. */
    private List<DepartmentPdf> departmentPdfs(District district, List<VolumeMember> members, RenderOptions options) {
        return members.stream().map(m -> new DepartmentPdf(m.content().department().code(), m.content().department().name(),
                cached(ContentKeys.department(m.revisionHash(), options), DocumentFormat.PDF,
                        (f, docx) -> renderers.department(district, m.content(), options, f, docx)))).toList();
    }

    /** {@link #once}, with PDF converted from the DOCX of the same key, itself rendered at most once. */
    private byte[] cached(String key, DocumentFormat format, Renderer renderer) {
        return once(key, format, () -> renderer.render(format,
                format == DocumentFormat.PDF ? cached(key, DocumentFormat.DOCX, renderer) : null));
    }

    /** Looks the key up first, and renders at most once across instances (see {@link RenderLocks}), then stores. */
    private byte[] once(String key, DocumentFormat format, Supplier<byte[]> render) {
        return locks.once(CurrentTenant.require() + ":" + key + ":" + format, () -> tx.execute(s -> store.find(key, format)), () -> {
            byte[] bytes = render.get();
            tx.executeWithoutResult(s -> store.put(key, format, bytes));
            return bytes;
        });
    }

    @FunctionalInterface
    private interface Renderer {
        byte[] render(DocumentFormat format, byte[] docxIfKnown);
    }

    private record Source(District district, RenderOptions options, CurrentRevision revision) {
    }

    private record PublishedSource(District district, RenderOptions options, PublishedDisclosure published) {
    }

    /** @param html an {@code <article>} with its own scoped styles */
    public record PublishedArticle(District district, PublishedDisclosure disclosure, String html) {
    }

    private record PublishedVolumeSource(District district, RenderOptions options, List<PublishedDisclosure> disclosures) {
    }

    /** A department in a volume: its content and the hash of the revision it is from. */
    private record VolumeMember(Disclosure content, String revisionHash) {
    }

    private record VolumeSource(District district, RenderOptions options, List<StoredDisclosure> disclosures) {
    }
}
