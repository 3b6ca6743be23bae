package cn.jixiao.platform.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.jixiao.infra.testing.Slugs;
import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.testing.Browser;
import cn.jixiao.platform.testing.TestTenants;
import cn.jixiao.platform.testing.TestUsers;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.render.DocxRenderer;
import cn.jixiao.templates.render.RenderOptions;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import cn.jixiao.templates.testing.SeedDocument;

/** A new district's admin onboards a department by uploading its Word file in the browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    DisclosureCommands commands;

    @Test
    void anUploadedWordFileBecomesADraftAfterReview() {
        String slug = Slugs.unique("onboard");
        UUID tenant = TestTenants.create(slug, "unused-secret");
        TestUsers.create(tenant, "chen", "TENANT_ADMIN", "chen-secret-2026");
        Browser admin = new Browser(port);
        admin.login(slug, "chen", "chen-secret-2026");
        Disclosure department = SyntheticDistrict.generate(3, 2026, 1, 2, 5).get(0);
        byte[] docx = new DocxRenderer().render(SyntheticDistrict.DISTRICT, department, RenderOptions.defaults());

        var form = admin.get("/app/imports/new");
        var refused = admin.upload(form, "/app/imports", Map.of("fiscalYear", "2026"), "file", "空.docx", new byte[0]);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("文件是空的");

        var unnamed = admin.upload(form, "/app/imports", Map.of("fiscalYear", "2026"), "file", "第一部门.docx", docx);
        assertThat(unnamed.statusCode()).isEqualTo(422);
        assertThat(unnamed.body()).contains("请在导入时填写部门名称");

        var uploaded = admin.upload(form, "/app/imports",
                Map.of("fiscalYear", "2026", "deptName", department.department().name()), "file", "第一部门.docx", docx);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        var review = admin.follow(uploaded);
        assertThat(review.body()).contains("第一部门.docx", "已读取", "accept-import");

        String accept = review.body().replaceAll("(?s).*action=\"(/app/imports/[^\"]+/accept)\".*", "$1");
        var disclosure = admin.follow(admin.submit(review, accept, Map.of()));
        assertThat(disclosure.statusCode()).isEqualTo(200);
        assertThat(disclosure.body()).contains("2026 年度部门预算绩效目标", department.department().name());
    }

    @Test
    void aFileWithoutUnitCodesIsCompletedOnTheReviewPageByChoosingFromTheDirectory() throws Exception {
        String slug = Slugs.unique("onboard");
        UUID tenant = TestTenants.withSeed(commands, slug, "unused-secret");
        TestUsers.create(tenant, "chen", "TENANT_ADMIN", "chen-secret-2026");
        Browser admin = new Browser(port);
        admin.login(slug, "chen", "chen-secret-2026");
        // the seed's department and units are in the directory; next year's file lost its unit codes
        String text = SeedDocument.text().replace("\t202001", "\t").replace("\t202003", "\t");

        var form = admin.get("/app/imports/new");
        assertThat(form.body()).as("the department field suggests the directory's departments")
                .contains("list=\"known-departments\"", "<option value=\"202\">");
        var uploaded = admin.upload(form, "/app/imports", Map.of("fiscalYear", "2026", "deptCode", "202", "deptName", "督查室"),
                "file", "无单位编码.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        var review = admin.follow(uploaded);
        assertThat(review.body()).contains("读取的版式", "项目绩效目标表（目标表与指标表）", "各项目的单位",
                "<option value=\"202001\">202001 ", "<option value=\"__new\">新建单位");
        String accept = review.body().replaceAll("(?s).*action=\"(/app/imports/[^\"]+/accept)\".*", "$1");

        // a new unit without its code: refused with the reason, every choice shown again as made
        var refused = admin.submitRepeated(review, accept, choices("202", "202001", "202001", "202001", "__new", "", "便民服务新单位"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("第 4 个项目选择了“新建单位”，请填写新单位的编码和名称",
                "<option value=\"202\" selected=\"selected\">", "value=\"便民服务新单位\"");
        assertThat(refused.body().split("<option value=\"202001\" selected=\"selected\">", -1)).hasSize(4);

        var disclosure = admin.follow(admin.submitRepeated(refused, accept,
                choices("202", "202001", "202001", "202001", "__new", "202009", "便民服务新单位")));
        assertThat(disclosure.statusCode()).isEqualTo(200);
        assertThat(disclosure.body()).contains("2026 年度部门预算绩效目标", "202009", "便民服务新单位");
    }

    /** The review form's fields: the department, then per project its unit choice and the new unit's code and name. */
    private static List<Map.Entry<String, String>> choices(String department, String unit1, String unit2, String unit3,
                                                           String unit4, String newCode4, String newName4) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(Map.entry("department", department),
                Map.entry("newDeptCode", ""), Map.entry("newDeptName", "")));
        String[] units = {unit1, unit2, unit3, unit4};
        for (int i = 0; i < units.length; i++) {
            fields.add(Map.entry("unit", units[i]));
            fields.add(Map.entry("newUnitCode", i == 3 ? newCode4 : ""));
            fields.add(Map.entry("newUnitName", i == 3 ? newName4 : ""));
        }
        return fields;
    }
}
