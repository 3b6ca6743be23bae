package cn.jixiao.platform.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.forms.FormTemplateCatalog;
import cn.jixiao.platform.security.CanWriteAllUnits;
import cn.jixiao.platform.security.CanWriteDisclosures;
import cn.jixiao.platform.security.UnitScope;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.diff.DisclosureDiff;
import cn.jixiao.templates.forms.FormTemplate;
import cn.jixiao.templates.forms.MigrationReport;
import cn.jixiao.templates.forms.TemplateMigration;
import cn.jixiao.templates.forms.TemplateRef;
import cn.jixiao.templates.validation.Finding;
import cn.jixiao.templates.validation.Severity;
import cn.jixiao.templates.validation.ValidationReport;
import cn.jixiao.templates.validation.Validator;

/**
 * Changes to disclosures. An edit is checked against the disclosure's form template first: rules
 * of severity ERROR reject it with nothing stored. Every accepted save or edit writes one immutable
 * revision (only its changed parts are new) and one audit entry in one transaction; one based on an
 * outdated revision changes nothing and says what changed meanwhile. Operations on the whole department are not for principals limited to units.
 */
@Service
public class DisclosureCommands {

    private final ContentStore store;
    private final DisclosureReader reader;
    private final AuditLog audit;
    private final FormTemplateCatalog templates;

    DisclosureCommands(ContentStore store, DisclosureReader reader, AuditLog audit, FormTemplateCatalog templates) {
        this.store = store;
        this.reader = reader;
        this.audit = audit;
        this.templates = templates;
    }

    /**
     * Saves an edit as the revision after {@code baseRevision} (0 creates the disclosure under the
     * district's default template). Only a draft can be edited; a principal limited to some units
     * may change only their projects ({@link EditScope}).
     *
     * @throws DisclosureNotDraftException when the disclosure is submitted, approved or published
     * @throws RevisionConflictException   when {@code baseRevision} is not the current revision
     * @throws OutsideUnitScopeException   when a unit editor's save changes anything outside its units
     * @throws DisclosureRejectedException when the template's ERROR rules fail
     */
    @Transactional
    @CanWriteDisclosures
    public SaveOutcome save(Disclosure disclosure, Map<String, String> customFields, int baseRevision, String note) {
        Optional<CurrentContent> current = reader.current(disclosure.department().code(), disclosure.fiscalYear());
        current.ifPresent(c -> requireEditable(c, baseRevision));
        return store(current, disclosure, customFields, baseRevision, "DISCLOSURE_SAVED", null, note);
    }

    /**
     * Applies one edit at the level a person works at ({@link ContentEdit}: Part 1, a project, an
     * indicator row, a spending plan) to revision {@code baseRevision}, with the same checks as
     * {@link #save}: one revision, one audit entry naming the edit.
     *
     * @throws DisclosureNotFoundException when there is no such disclosure
     * @throws PositionNotFoundException   when the edit addresses a project or row the revision does not have;
     *                                     otherwise the refusals of {@link #save}
     */
    @Transactional
    @CanWriteDisclosures
    public SaveOutcome edit(String departmentCode, int fiscalYear, int baseRevision, ContentEdit edit) {
        CurrentContent current = reader.current(departmentCode, fiscalYear)
                .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fiscalYear));
        requireEditable(current, baseRevision);
        Disclosure next = edit.change().apply(current.stored().content());
        return store(Optional.of(current), next, edit.customFields().apply(current.stored().customFields()), baseRevision,
                edit.action(), edit.target(), null);
    }

    /**
     * Only a draft can be edited, and only from its current revision; otherwise the refusal says
     * what changed since the base revision (content diff, who and when).
     */
    private void requireEditable(CurrentContent current, int baseRevision) {
        StoredDisclosure s = current.stored();
        Disclosure content = s.content();
        if (s.status() != DisclosureStatus.DRAFT) {
            throw new DisclosureNotDraftException(content.department().code(), content.fiscalYear(), s.status(), "修改内容");
        }
        int now = s.revision().number();
        if (now != baseRevision) {
            ConflictChanges changes = baseRevision >= 1 && baseRevision < now
                    ? reader.content(s.id(), baseRevision).map(base -> new ConflictChanges(
                            reader.revisionsBetween(s.id(), baseRevision, now), DisclosureDiff.compare(base, content))).orElse(null)
                    : null;
            throw new RevisionConflictException(baseRevision, now, changes);
        }
    }

    /**
     * Checks and stores the next content: a unit editor may change only its units' projects
     * ({@link EditScope}) and is held only by errors in them; anyone else by all ERROR findings.
     */
    private SaveOutcome store(Optional<CurrentContent> current, Disclosure disclosure, Map<String, String> customFields,
                              int baseRevision, String action, String target, String note) {
        Optional<StoredDisclosure> stored = current.map(CurrentContent::stored);
        UnitScope.current().ifPresent(units -> EditScope.check(
                stored.map(StoredDisclosure::content).orElseGet(() -> new Disclosure(disclosure.department(),
                        disclosure.fiscalYear(), DepartmentGoals.empty(), List.of())),
                stored.map(StoredDisclosure::customFields).orElse(Map.of()), disclosure, customFields, units));
        TemplateRef templateRef = stored.map(StoredDisclosure::template).orElseGet(templates::defaultRef);
        ValidationReport report = Validator.validate(disclosure, customFields, templates.get(templateRef));
        ValidationReport blocking = UnitScope.current()
                .map(units -> ownErrors(report, disclosure, units))
                .orElse(report);
        if (blocking.hasErrors()) {
            throw new DisclosureRejectedException(blocking);
        }
        return new SaveOutcome(write(current, disclosure, templateRef, customFields, baseRevision, null, action, target, note),
                report);
    }

    /**
     * Creates a disclosure whose content came from elsewhere (demo seed, import, roll-forward),
     * recording where. It is a draft: the template's findings, errors included, are returned, not enforced.
     */
    @Transactional
    @CanWriteAllUnits
    public SaveOutcome create(Disclosure disclosure, Origin origin, String note) {
        TemplateRef templateRef = templates.defaultRef();
        ValidationReport report = Validator.validate(disclosure, Map.of(), templates.get(templateRef));
        return new SaveOutcome(write(Optional.empty(), disclosure, templateRef, Map.of(), 0, origin, "DISCLOSURE_CREATED", null, note),
                report);
    }

    /**
     * Creates year {@code fromYear + 1}'s draft from year {@code fromYear}'s current revision:
     * codes and values copied, same template, status draft, the source year and revision recorded.
     *
     * @throws DisclosureNotFoundException when there is nothing to roll forward
     * @throws RevisionConflictException   when the next year already exists
     */
    @Transactional
    @CanWriteAllUnits
    public SaveOutcome rollForward(String departmentCode, int fromYear) {
        StoredDisclosure source = reader.find(departmentCode, fromYear)
                .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fromYear));
        Disclosure from = source.content();
        Disclosure next = new Disclosure(from.department(), fromYear + 1, from.goals(), from.projects());
        ValidationReport report = Validator.validate(next, source.customFields(), templates.get(source.template()));
        Revision revision = write(Optional.empty(), next, source.template(), source.customFields(), 0,
                Origin.rolledForwardFrom(fromYear, source.revision().number()), "DISCLOSURE_CREATED", null,
                "由 " + fromYear + " 年度修订版 " + source.revision().number() + " 结转");
        return new SaveOutcome(revision, report);
    }

    /**
     * Moves a draft to another template version, explicitly: reports what changed between the
     * versions and what the new one finds in the draft; with {@code apply} the draft is put under it.
     *
     * @throws DisclosureNotDraftException when the disclosure is no longer a draft
     */
    @Transactional
    @CanWriteAllUnits
    public MigrationReport migrateTemplate(String departmentCode, int fiscalYear, TemplateRef target, boolean apply) {
        StoredDisclosure stored = reader.find(departmentCode, fiscalYear)
                .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fiscalYear));
        FormTemplate to = templates.get(target);
        MigrationReport report = TemplateMigration.between(templates.get(stored.template()), to, stored.content(),
                stored.customFields());
        if (apply) {
            if (stored.status() != DisclosureStatus.DRAFT) {
                throw new DisclosureNotDraftException(departmentCode, fiscalYear, stored.status(), "更换表单模板");
            }
            store.changeTemplate(stored.id(), target);
            audit.record("DISCLOSURE_TEMPLATE_MIGRATED", "disclosure/" + departmentCode + "/" + fiscalYear,
                    Map.of("from", stored.template().id() + "@" + stored.template().version(),
                            "to", target.id() + "@" + target.version()));
        }
        return report;
    }

    /**
     * The errors a unit editor must fix before saving: those in its own units' projects. Errors
     * elsewhere are other units' to fix (it may not touch them); they are returned with the saved
     * revision and still stop the disclosure from going to review.
     */
    private static ValidationReport ownErrors(ValidationReport report, Disclosure disclosure, Set<String> units) {
        List<Finding> own = report.findings().stream()
                .filter(f -> f.severity() != Severity.ERROR || inUnits(f, disclosure, units))
                .toList();
        return new ValidationReport(report.templateId(), report.templateVersion(), own);
    }

    /** A finding on a project of these units, or on the department when they include its own unit (本级). */
    private static boolean inUnits(Finding finding, Disclosure disclosure, Set<String> units) {
        Integer project = finding.location() == null ? null : finding.location().project();
        if (project == null) {
            return EditScope.speaksForDepartment(units, disclosure.department().code());
        }
        return project >= 1 && project <= disclosure.projects().size()
                && units.contains(disclosure.projects().get(project - 1).unitCode());
    }

    private Revision write(Optional<CurrentContent> current, Disclosure disclosure, TemplateRef template,
                           Map<String, String> customFields, int baseRevision, Origin origin, String action, String target,
                           String note) {
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Revision revision = store.write(disclosure, current, baseRevision, template, customFields, origin, actor, note);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("revision", revision.number());
        detail.put("contentHash", revision.contentHash());
        detail.put("note", note == null ? "" : note);
        if (target != null) {
            detail.put("edit", target);
        }
        if (origin != null) {
            detail.put("origin", origin);
        }
        audit.record(action, "disclosure/" + disclosure.department().code() + "/" + disclosure.fiscalYear(), detail);
        return revision;
    }
}
