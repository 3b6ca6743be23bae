package cn.jixiao.platform.disclosure;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.jixiao.platform.department.UnitUsage;

/** A unit's projects in its department's disclosures of every year. */
@Component
class DisclosureUnitUsage implements UnitUsage {

    private final DisclosureReader reader;

    DisclosureUnitUsage(DisclosureReader reader) {
        this.reader = reader;
    }

    @Override
    public List<String> disclosuresWithProjectsOf(String departmentCode, String unitCode) {
        return reader.years().stream().sorted()
                .flatMap(year -> reader.find(departmentCode, year).stream())
                .filter(stored -> stored.content().projects().stream().anyMatch(p -> p.unitCode().equals(unitCode)))
                .map(stored -> stored.content().fiscalYear() + " 年度")
                .toList();
    }
}
