package cn.jixiao.platform.forms;

import java.util.List;

import cn.jixiao.templates.forms.MigrationReport;
import cn.jixiao.templates.forms.TemplateRef;

/**
 * The district's drafts as the templates page moves them to another template version. The
 * disclosures implement it, so forms does not depend on how disclosures are stored (they depend on forms).
 */
public interface DraftMigrations {

    /** The district's drafts, oldest change first. */
    List<Draft> drafts();

    /** What moving the draft to {@code target} changes; with {@code apply} it is moved. */
    MigrationReport migrate(String departmentCode, int fiscalYear, TemplateRef target, boolean apply);

    /** A draft as the page offers it. */
    record Draft(String departmentCode, String departmentName, int fiscalYear) {

        /** The form value naming it: {@code 202/2025}. */
        public String key() {
            return departmentCode + "/" + fiscalYear;
        }
    }
}
