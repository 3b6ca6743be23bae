package cn.jixiao.platform.disclosure;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads disclosures of the current tenant. */
@Service
public class DisclosureQueries {

    private final DisclosureReader reader;

    DisclosureQueries(DisclosureReader reader) {
        this.reader = reader;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.read', 'SYSTEM')")
    public Optional<StoredDisclosure> find(String departmentCode, int fiscalYear) {
        return reader.find(departmentCode, fiscalYear);
    }
}
