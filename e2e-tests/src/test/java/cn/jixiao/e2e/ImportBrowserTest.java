package cn.jixiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.render.DocxRenderer;
import cn.jixiao.templates.render.RenderOptions;
import cn.jixiao.templates.synthetic.SyntheticDistrict;

/**
 * Issue 14 in Chromium: the demo admin uploads a Word file whose unit lines carry names but no unit codes, picks
 * the department and each project's unit from the directory on the review page (one unit new), is refused once
 * for a new unit without its name with every choice kept, and accepts: the draft exists with those units.
 */
class ImportBrowserTest {

    private static final String NEW_UNIT = "浏览器新建的服务站";

    private static PlatformProcess platform;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Chrome.installed(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
        platform = PlatformProcess.startHealthy();
        base = "http://127.0.0.1:" + platform.port;
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) { // not started without Chromium
            platform.close();
        }
    }

    /** A department's 2027 file as another office wrote it: units named, without codes. */
    private static byte[] withoutUnitCodes() {
        Disclosure d = SyntheticDistrict.generate(5, 2027, 1, 2, 3).get(0);
        List<Unit> units = d.department().units().stream().map(u -> new Unit("", u.name())).toList();
        List<Project> projects = d.projects().stream().map(p -> new Project("", p.code(), p.name(), p.budget(), p.purpose(),
                p.spendPlan(), p.goal(), p.indicators())).toList();
        Disclosure nameless = new Disclosure(new Department(d.department().code(), d.department().name(), units),
                d.fiscalYear(), d.goals(), projects);
        return new DocxRenderer().render(SyntheticDistrict.DISTRICT, nameless, RenderOptions.defaults());
    }

    @Test
    void theDemoAdminImportsAFileWithoutUnitCodesByChoosingTheUnitsOnThePage() throws Exception {
        Path upload = Files.createTempFile("no-unit-codes-", ".docx");
        Files.write(upload, withoutUnitCodes());
        try (Chrome chrome = new Chrome()) {
            chrome.open(base + "/app");
            chrome.signIn("lunan", "admin", "jixiao-demo-pass");
            chrome.awaitText("h1", "唐山市路南区");

            chrome.open(base + "/app/imports/new");
            chrome.find("#file").sendKeys(upload.toString());
            chrome.type("#fiscalYear", "2027");
            // without unit codes the department code cannot be inferred: the upload form asks for it
            chrome.type("#deptCode", "202");
            chrome.type("#deptName", "文件中的部门");
            chrome.click("#upload");
            chrome.awaitText("h1", "导入：");
            assertThat(chrome.find("#import-files .import-layouts").getText()).contains("项目绩效目标表");
            assertThat(chrome.find("#assign-1 .import-units tbody").getText()).contains("（没有单位编码）");
            chrome.assertAccessible();

            // keyboard: the department select takes focus and its option is chosen with the arrow keys
            new Select(chrome.find("#dept-1")).selectByValue("");
            chrome.find("#dept-1").sendKeys(Keys.ARROW_DOWN);
            assertThat(new Select(chrome.find("#dept-1")).getFirstSelectedOption().getAttribute("value")).isEqualTo("202");
            new Select(chrome.find("#unit-1-0")).selectByValue("202001");
            new Select(chrome.find("#unit-1-1")).selectByValue("202003");
            new Select(chrome.find("#unit-1-2")).selectByValue("__new");
            chrome.type("#new-unit-code-1-2", "202077");
            chrome.click("#accept-1");

            chrome.awaitText("#accept-error-1", "第 3 个项目选择了“新建单位”，请填写新单位的编码和名称");
            assertThat(new Select(chrome.find("#dept-1")).getFirstSelectedOption().getAttribute("value")).isEqualTo("202");
            assertThat(new Select(chrome.find("#unit-1-0")).getFirstSelectedOption().getAttribute("value")).isEqualTo("202001");
            assertThat(new Select(chrome.find("#unit-1-1")).getFirstSelectedOption().getAttribute("value")).isEqualTo("202003");
            assertThat(new Select(chrome.find("#unit-1-2")).getFirstSelectedOption().getAttribute("value")).isEqualTo("__new");
            assertThat(chrome.find("#new-unit-code-1-2").getAttribute("value")).isEqualTo("202077");
            chrome.assertAccessible();

            chrome.type("#new-unit-name-1-2", NEW_UNIT);
            chrome.click("#accept-1");
            chrome.awaitText("h1", "2027 年度部门预算绩效目标");
            assertThat(chrome.url()).contains("/app/disclosures/202/2027");
            assertThat(chrome.driver.findElements(By.cssSelector(".edit-project"))).hasSize(3);
            assertThat(chrome.page()).contains("202001", "202003", "202077", NEW_UNIT);

            chrome.open(base + "/app/disclosures/202/2027");
            assertThat(chrome.page()).contains(NEW_UNIT);
        } finally {
            Files.deleteIfExists(upload);
        }
    }
}
