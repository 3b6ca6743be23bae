package cn.jixiao.platform.board;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.department.DepartmentDirectory;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.platform.disclosure.StoredDisclosure;
import cn.jixiao.platform.forms.FormTemplateCatalog;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.validation.ValidationReport;
import cn.jixiao.templates.validation.Validator;

/**
 * How far a district is with a fiscal year: every department with its disclosure's status, the
 * findings of its form template, its last change, and the days left to the publication deadline.
 */
@Service
public class YearBoard {

    /** A year's board; {@code deadline} is empty until the admin enters the budget approval date. */
    public record Board(int fiscalYear, List<BoardRow> rows, Optional<PublicationDeadline> deadline, LocalDate today) {

        public Optional<Long> daysLeft() {
            return deadline.map(d -> d.daysLeft(today));
        }

        public long count(DisclosureStatus status) {
            return rows.stream().filter(r -> r.status() == status).count();
        }

        public long notStarted() {
            return rows.stream().filter(r -> !r.started()).count();
        }
    }

    private final DepartmentDirectory departments;
    private final DisclosureQueries disclosures;
    private final FormTemplateCatalog templates;
    private final DeadlineStore deadlines;

    YearBoard(DepartmentDirectory departments, DisclosureQueries disclosures, FormTemplateCatalog templates,
              DeadlineStore deadlines) {
        this.departments = departments;
        this.disclosures = disclosures;
        this.templates = templates;
        this.deadlines = deadlines;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SCOPE_disclosures.read')")
    public Board of(int fiscalYear, LocalDate today) {
        Map<String, StoredDisclosure> byDepartment = disclosures.allOfYear(fiscalYear).stream()
                .collect(Collectors.toMap(s -> s.content().department().code(), Function.identity()));
        List<BoardRow> rows = departments.list().stream()
                .map(department -> row(department, byDepartment.get(department.code())))
                .toList();
        return new Board(fiscalYear, rows, deadlines.find(fiscalYear), today);
    }

    private BoardRow row(Department department, StoredDisclosure stored) {
        if (stored == null) {
            return new BoardRow(department.code(), department.name(), null, 0, 0, 0, null, null);
        }
        ValidationReport report = Validator.validate(stored.content(), stored.customFields(), templates.get(stored.template()));
        return new BoardRow(department.code(), department.name(), stored.status(), stored.revision().number(),
                report.errors().size(), report.warnings().size(), stored.revision().createdAt(), stored.revision().createdBy());
    }
}
