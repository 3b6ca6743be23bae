package cn.jixiao.platform.portal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.disclosure.PublishedDisclosure;
import cn.jixiao.platform.disclosure.PublishedEntry;
import cn.jixiao.platform.tenancy.TenantDirectory;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.disclosure.Unit;

/** What the current district has published, as the portal's pages show it; read as its public visitor. */
@Component
class PublishedSite {

    /** A year on the district home. */
    record Year(int year, int departments, OffsetDateTime lastPublished) {
    }

    /** A department on a year's page, with the units its published disclosure covers. */
    record Department(String code, String name, List<Unit> units, int projects, OffsetDateTime publishedAt) {
    }

    private final DisclosureQueries disclosures;
    private final TenantDirectory tenants;

    PublishedSite(DisclosureQueries disclosures, TenantDirectory tenants) {
        this.disclosures = disclosures;
        this.tenants = tenants;
    }

    District district() {
        return tenants.current();
    }

    /** Years with anything published, newest first. */
    @Transactional(readOnly = true)
    List<Year> years() {
        Map<Integer, List<PublishedEntry>> byYear = new LinkedHashMap<>();
        disclosures.publishedList().forEach(e -> byYear.computeIfAbsent(e.fiscalYear(), y -> new ArrayList<>()).add(e));
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, entries) -> years.add(new Year(year, entries.size(), entries.stream()
                .map(PublishedEntry::publishedAt).filter(t -> t != null).max(OffsetDateTime::compareTo).orElse(null))));
        return years;
    }

    /** The year's published departments by code; one published revision read per department. */
    @Transactional(readOnly = true)
    List<Department> departments(int year) {
        return disclosures.publishedList().stream().filter(e -> e.fiscalYear() == year)
                .flatMap(e -> disclosures.published(e.departmentCode(), year).stream())
                .map(p -> new Department(p.content().department().code(), p.content().department().name(),
                        p.content().department().units(), p.content().projects().size(), p.publishedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<PublishedDisclosure> disclosure(String departmentCode, int year) {
        return disclosures.published(departmentCode, year);
    }

    /** Every published (year, department code), newest year first. */
    @Transactional(readOnly = true)
    List<PublishedEntry> entries() {
        return disclosures.publishedList();
    }
}
