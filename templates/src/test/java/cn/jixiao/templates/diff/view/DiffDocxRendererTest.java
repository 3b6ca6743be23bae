package cn.jixiao.templates.diff.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jakarta.xml.bind.JAXBElement;
import org.docx4j.TraversalUtil;
import org.docx4j.XmlUtils;
import org.docx4j.finders.ClassFinder;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.jixiao.templates.diff.DiffFixtures;
import cn.jixiao.templates.render.RenderOptions;
import cn.jixiao.templates.render.Seed;

/** The seed's 2025 → 2026 diff as a Word report, read back with docx4j: it opens, and holds the same facts. */
class DiffDocxRendererTest {

    private static final DiffDocxRenderer RENDERER = new DiffDocxRenderer();

    private static WordprocessingMLPackage docx;
    private static String xml;

    @BeforeAll
    static void render() throws Exception {
        byte[] bytes = RENDERER.render(Seed.DISTRICT, DiffFixtures.edited2026().department(), ViewFixtures.seedDiff(),
                RenderOptions.defaults().withFooterText("唐山市路南区财政局公开"));
        Seed.output("diff-seed.docx", bytes);
        docx = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));
        xml = XmlUtils.marshaltoString(docx.getMainDocumentPart().getJaxbElement(), true, false);
    }

    @Test
    void opensWithTheDisclosureTemplatesPageSetupAndVersion() {
        MainDocumentPart main = docx.getMainDocumentPart();
        assertThat(docx.getDocPropsCustomPart().getProperty("JixiaoTemplateVersion").getLpwstr()).isEqualTo("v1");
        SectPr body = main.getJaxbElement().getBody().getSectPr();
        assertThat(body.getPgSz().getW().intValue()).isEqualTo(11906);
        assertThat(body.getPgSz().getH().intValue()).isEqualTo(16838);
        assertThat(body.getPgNumType().getStart().intValue()).isEqualTo(1);
        assertThat(body.getEGHdrFtrReferences()).isNotEmpty();
        assertThat(main.getStyleDefinitionsPart().getStyleById("JxBody")).isNotNull();
        assertThat(docx.getDocPropsCorePart().getJaxbElement().getTitle().getValue().getContent())
                .containsExactly("唐山市路南区" + Seed.DEPARTMENT_NAME + "2026年度预算绩效目标较上年变化说明");
        assertThat(xml).contains("TOC \\o").doesNotContain("\uE000", "${");
    }

    @Test
    void containsTheSameFactsAsThePage() {
        String text = String.join("", texts(docx, r -> true));

        assertThat(text).contains("唐山市路南区", Seed.DEPARTMENT_NAME, "2026年度预算绩效目标较上年变化说明",
                "一、变化概况", "与2025年度相比，2026年度新增项目1个、删除项目1个、调整项目3个",
                "新增项目", "民呼我应热线平台运行维护经费", "招商引资专项业务费",
                "督查车辆租用经费", "督查车辆租赁经费",
                "13.0015.00+2.00+15.38%", "76.6088.60+12.00+15.67%",
                "目标提高（+5百分比）", "≥90百分比", "≥95百分比",
                "做到事事有回音，件件有落实，定期通报进展。");
    }

    @Test
    void deletionsAreStruckThroughAndInsertionsUnderlined() {
        assertThat(texts(docx, r -> r.getRPr() != null && r.getRPr().getStrike() != null))
                .containsExactly("加删除线的文字", "用", "0");
        assertThat(texts(docx, r -> r.getRPr() != null && r.getRPr().getU() != null))
                .containsExactly("加下划线的文字", "，定期通报进展", "赁", "5");
        RPr deleted = runs(docx).stream().filter(r -> texts(r).equals("用")).findFirst().orElseThrow().getRPr();
        assertThat(deleted.getColor().getVal()).isEqualTo("B00020");
    }

    @Test
    void emptyDiffSaysNoChange() throws Exception {
        byte[] bytes = RENDERER.render(Seed.DISTRICT, ViewFixtures.emptyDiff());
        WordprocessingMLPackage empty = WordprocessingMLPackage.load(new ByteArrayInputStream(bytes));

        String text = String.join("", texts(empty, r -> true));
        assertThat(text).contains("部门编码 202", "无变化：2026年度与2025年度相比，预算项目、资金、绩效指标和部门整体绩效目标均无变化。");
        assertThat(texts(empty, r -> r.getRPr() != null && r.getRPr().getB() != null)).contains("无变化");
        assertThat(texts(empty, r -> r.getRPr() != null && r.getRPr().getStrike() != null)).isEmpty();
    }

    private static List<R> runs(WordprocessingMLPackage wordPackage) {
        ClassFinder finder = new ClassFinder(R.class);
        new TraversalUtil(wordPackage.getMainDocumentPart().getContent(), finder);
        return finder.results.stream().map(R.class::cast).toList();
    }

    /** Text of the runs that pass {@code filter}, one element per run, empty runs left out. */
    private static List<String> texts(WordprocessingMLPackage wordPackage, Predicate<R> filter) {
        List<String> texts = new ArrayList<>();
        for (R r : runs(wordPackage)) {
            String text = texts(r);
            if (filter.test(r) && !text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String texts(R r) {
        StringBuilder sb = new StringBuilder();
        for (Object o : r.getContent()) {
            if (o instanceof JAXBElement<?> e && e.getValue() instanceof Text t && e.getName().getLocalPart().equals("t")) {
                sb.append(t.getValue());
            }
        }
        return sb.toString();
    }
}
