package cn.jixiao.platform.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.disclosure.StoredDisclosure;
import cn.jixiao.platform.security.CanReadDisclosures;
import cn.jixiao.platform.security.CanReadPublished;
import cn.jixiao.platform.security.CanWriteAllUnits;
import cn.jixiao.templates.diff.DisclosureDiff;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.diff.DistrictDiff;
import cn.jixiao.templates.diff.DistrictDiffResult;
import cn.jixiao.templates.diff.MatchOverride;
import cn.jixiao.templates.disclosure.Disclosure;

/** What changed between two versions of a department's disclosure, or of the whole district between two years. */
@Service
public class Diffs {

    private final DisclosureQueries disclosures;
    private final MatchOverrideStore overrides;
    private final AuditLog audit;

    Diffs(DisclosureQueries disclosures, MatchOverrideStore overrides, AuditLog audit) {
        this.disclosures = disclosures;
        this.overrides = overrides;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @CanReadDisclosures
    public DisclosureDiffResult compare(String departmentCode, VersionRef from, VersionRef to) {
        return DisclosureDiff.compare(load(departmentCode, from), load(departmentCode, to),
                overrides.find(departmentCode, from.fiscalYear(), to.fiscalYear()));
    }

    /**
     * What changed between two published versions the caller read (the public's 与上年相比), matched
     * with the district's stored decisions for the department and years.
     */
    @Transactional(readOnly = true)
    @CanReadPublished
    public DisclosureDiffResult betweenPublished(Disclosure from, Disclosure to) {
        return DisclosureDiff.compare(from, to, overrides.find(to.department().code(), from.fiscalYear(), to.fiscalYear()));
    }

    /** All departments of two years, current revisions, with each department's stored overrides. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public DistrictDiffResult district(int fromYear, int toYear) {
        List<Disclosure> from = all(fromYear);
        List<Disclosure> to = all(toYear);
        Map<String, List<MatchOverride>> byDepartment = new HashMap<>();
        from.forEach(d -> byDepartment.put(d.department().code(), overrides.find(d.department().code(), fromYear, toYear)));
        return DistrictDiff.compare(from, to, byDepartment);
    }

    /**
     * Stores the district's matching decisions for a department and pair of years, checked by
     * comparing with them once (an override naming an unknown or already used code is refused).
     */
    @Transactional
    @CanWriteAllUnits
    public DisclosureDiffResult setOverrides(String departmentCode, VersionRef from, VersionRef to, List<MatchOverride> decisions) {
        DisclosureDiffResult result;
        try {
            result = DisclosureDiff.compare(load(departmentCode, from), load(departmentCode, to), decisions);
        } catch (IllegalArgumentException e) {
            throw new InvalidOverrideException(e.getMessage());
        }
        overrides.replace(departmentCode, from.fiscalYear(), to.fiscalYear(), decisions,
                SecurityContextHolder.getContext().getAuthentication().getName());
        audit.record("MATCH_OVERRIDES_SET", "diff/" + departmentCode + "/" + from.fiscalYear() + "-" + to.fiscalYear(),
                Map.of("count", decisions.size()));
        return result;
    }

    private Disclosure load(String departmentCode, VersionRef version) {
        var content = version.revision() == null
                ? disclosures.find(departmentCode, version.fiscalYear()).map(StoredDisclosure::content)
                : disclosures.atRevision(departmentCode, version.fiscalYear(), version.revision());
        return content.orElseThrow(() -> new VersionNotFoundException(departmentCode, version));
    }

    private List<Disclosure> all(int year) {
        return disclosures.allOfYear(year).stream().map(StoredDisclosure::content).toList();
    }
}
