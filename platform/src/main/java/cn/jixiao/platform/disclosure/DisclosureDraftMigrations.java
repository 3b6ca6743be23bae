package cn.jixiao.platform.disclosure;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.platform.forms.DraftMigrations;
import cn.jixiao.templates.forms.MigrationReport;
import cn.jixiao.templates.forms.TemplateRef;

/** The drafts and their template migration, for the templates page. */
@Component
class DisclosureDraftMigrations implements DraftMigrations {

    private final DisclosureQueries queries;
    private final DisclosureCommands commands;

    DisclosureDraftMigrations(DisclosureQueries queries, DisclosureCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @Override
    public List<Draft> drafts() {
        return queries.withStatus(DisclosureStatus.DRAFT).stream()
                .map(d -> new Draft(d.departmentCode(), d.departmentName(), d.fiscalYear()))
                .toList();
    }

    @Override
    public MigrationReport migrate(String departmentCode, int fiscalYear, TemplateRef target, boolean apply) {
        return commands.migrateTemplate(departmentCode, fiscalYear, target, apply);
    }
}
