package cn.jixiao.templates.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jixiao.templates.disclosure.Disclosure;

class SyntheticDistrictTest {

    @Test
    void defaultSizeMatchesTheBenchmarkDistrict() {
        List<Disclosure> district = SyntheticDistrict.generate(42, 2025);

        assertThat(district).hasSize(80);
        assertThat(district.stream().mapToInt(d -> d.department().units().size()).sum()).isEqualTo(200);
        assertThat(district.stream().mapToInt(d -> d.projects().size()).sum()).isEqualTo(1500);
        int indicators = district.stream().flatMap(d -> d.projects().stream()).mapToInt(p -> p.indicators().size()).sum();
        assertThat(indicators).isBetween(18_000, 22_000);
    }

    @Test
    void isDeterministicAndMarkedFictitious() {
        assertThat(SyntheticDistrict.generate(7, 2025, 3, 5, 20)).isEqualTo(SyntheticDistrict.generate(7, 2025, 3, 5, 20));
        assertThat(SyntheticDistrict.generate(7, 2025, 3, 5, 20)).isNotEqualTo(SyntheticDistrict.generate(8, 2025, 3, 5, 20));
        assertThat(SyntheticDistrict.DISTRICT.name()).contains("合成数据");
        SyntheticDistrict.generate(7, 2025, 3, 5, 20).forEach(d -> {
            assertThat(d.department().name()).contains("虚构");
            d.projects().forEach(p -> assertThat(p.budget().total())
                    .isEqualByComparingTo(p.budget().other() == null ? p.budget().fiscal() : p.budget().fiscal().add(p.budget().other())));
        });
    }
}
