package cn.jixiao.templates.importer;

import static cn.jixiao.templates.importer.fixtures.Cell.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jixiao.templates.importer.fixtures.Cell;
import cn.jixiao.templates.importer.fixtures.DocxBuilder;
import org.junit.jupiter.api.Test;

/** Documents a district keeps next to its goal tables are refused with a reason, never imported as empty or phantom drafts. */
class NotAGoalTableTest {

    private static final ImportTarget TARGET = new ImportTarget("820", "某某区农业农村局", 2025);

    private static ImportRejectedException refused(byte[] file) {
        return catchThrowableOfType(ImportRejectedException.class,
                () -> DisclosureImporter.importFile("other.docx", file, TARGET, ImportLimits.defaults()));
    }

    @Test
    void aBudgetDisclosureTableOfContentsIsRefused() {
        byte[] toc = new DocxBuilder().paragraph("某某区农业农村局2025年部门预算公开").paragraph("目录")
                .paragraph("一、部门收支总表").paragraph("二、部门收入总表").paragraph("三、部门支出总表")
                .paragraph("四、财政拨款收支总表").paragraph("五、项目支出绩效目标表").paragraph("六、部门整体绩效目标表")
                .build();
        ImportRejectedException e = refused(toc);
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(RejectionReason.NO_RECOGNIZABLE_TABLES);
    }

    @Test
    void aTraditionalCharacterTableOfContentsIsRefused() {
        byte[] toc = new DocxBuilder().paragraph("目錄").paragraph("一、部門收支總表……1").paragraph("二、項目支出績效目標表……12")
                .paragraph("三、部門整體績效目標表……20").build();
        ImportRejectedException e = refused(toc);
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(RejectionReason.NO_RECOGNIZABLE_TABLES);
    }

    @Test
    void anIncomeAndExpenditureTableIsRefused() {
        byte[] table = new DocxBuilder().paragraph("部门收支总表").paragraph("单位：万元").table(4)
                .row(Cell.span("收入", 2), Cell.span("支出", 2))
                .row(Cell.row("项目", "预算数", "项目", "预算数"))
                .row(Cell.row("一般公共预算拨款收入", "8827.62", "农林水支出", "8827.62"))
                .row(Cell.row("收入总计", "8827.62", "支出总计", "8827.62"))
                .endTable().build();
        ImportRejectedException e = refused(table);
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(RejectionReason.NO_RECOGNIZABLE_TABLES);
    }

    @Test
    void aSelfEvaluationIsRefusedAsSuch() {
        byte[] table = new DocxBuilder().paragraph("项目支出绩效自评表").table(7)
                .row(of("项目名称"), Cell.span("农村道路养护", 6))
                .row(Cell.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"))
                .row(Cell.row("产出指标", "数量指标", "养护里程", "≥120公里", "125公里", "20", "20"))
                .endTable().build();
        ImportRejectedException e = refused(table);
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(RejectionReason.SELF_EVALUATION);
        assertThat(e.getMessage()).contains("绩效自评表");
    }

    @Test
    void ourOwnDistrictVolumeIsRefusedAsAVolume() {
        var district = new cn.jixiao.templates.disclosure.District("demo", "某某区", "130202");
        var departments = cn.jixiao.templates.synthetic.SyntheticDistrict.generate(14, 2025, 3, 3, 4);
        byte[] volume = new cn.jixiao.templates.render.DistrictVolumeRenderer().renderDocx(district, 2025, departments,
                cn.jixiao.templates.render.RenderOptions.defaults());

        ImportRejectedException e = refused(volume);
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(RejectionReason.DISTRICT_VOLUME);
        assertThat(e.getMessage()).contains("出现了3次", "分别上传各部门的文件");
    }
}
