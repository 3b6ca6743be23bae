package cn.jixiao.platform.opendata;

import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.security.CanReadDisclosures;
import cn.jixiao.platform.security.CanWriteAllUnits;

/** The district admin's licence setting; a change is audited and goes into every year's datapackage.json at once. */
@Service
public class OpenDataLicences {

    private final LicenceStore store;
    private final OpenDataPublisher publisher;
    private final AuditLog audit;

    OpenDataLicences(LicenceStore store, OpenDataPublisher publisher, AuditLog audit) {
        this.store = store;
        this.publisher = publisher;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @CanReadDisclosures
    public Licence current() {
        return store.find().orElse(Licence.DEFAULT);
    }

    @Transactional
    @CanWriteAllUnits
    public void replace(Licence licence) {
        store.replace(licence, SecurityContextHolder.getContext().getAuthentication().getName());
        publisher.rebuildZips();
        audit.record("OPENDATA_LICENCE_SET", "opendata/licence", Map.of("name", licence.name()));
    }
}
