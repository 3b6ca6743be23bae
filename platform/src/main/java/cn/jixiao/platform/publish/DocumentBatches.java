package cn.jixiao.platform.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.jobs.JobView;
import cn.jixiao.platform.jobs.Jobs;
import cn.jixiao.platform.security.CanWriteAllUnits;

/** Starts a district batch: every department's documents of a year plus the combined volume, as one background job. */
@Service
public class DocumentBatches {

    static final String KIND = "DOCUMENT_BATCH";
    static final String VOLUME_TASK = "volume";

    private final DisclosureQueries disclosures;
    private final Jobs jobs;

    DocumentBatches(DisclosureQueries disclosures, Jobs jobs) {
        this.disclosures = disclosures;
        this.jobs = jobs;
    }

    @Transactional
    @CanWriteAllUnits
    public UUID start(int fiscalYear) {
        List<String> tasks = new ArrayList<>(disclosures.departmentsWithDisclosure(fiscalYear));
        if (!tasks.isEmpty()) {
            tasks.add(VOLUME_TASK);
        }
        return jobs.submit(KIND, Map.of("fiscalYear", fiscalYear), tasks);
    }

    /** The year's most recent batch, finished or not, so a page can show its progress after a reload. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SCOPE_disclosures.read') and @unitScope.unrestricted()")
    public Optional<JobView> latest(int fiscalYear) {
        return jobs.latest(KIND, "fiscalYear", fiscalYear);
    }
}
