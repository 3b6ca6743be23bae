package cn.jixiao.platform.disclosure;

import java.util.List;
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

    /** Codes of the departments that have a disclosure for the year, ordered by code. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.read', 'SYSTEM')")
    public List<String> departmentsWithDisclosure(int fiscalYear) {
        return reader.departmentsWithDisclosure(fiscalYear);
    }
}
