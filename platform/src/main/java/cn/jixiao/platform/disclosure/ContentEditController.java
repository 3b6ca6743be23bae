package cn.jixiao.platform.disclosure;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.platform.disclosure.EditInputs.Delete;
import cn.jixiao.platform.disclosure.EditInputs.GoalsEdit;
import cn.jixiao.platform.disclosure.EditInputs.IndicatorEdit;
import cn.jixiao.platform.disclosure.EditInputs.Move;
import cn.jixiao.platform.disclosure.EditInputs.ProjectEdit;
import cn.jixiao.platform.disclosure.EditInputs.SpendPlanEdit;
import jakarta.validation.Valid;

/**
 * Edits at the level a person works at: Part 1, a project, an indicator row, a spending plan.
 * Projects ({@code n}) and rows ({@code i}) are 1-based positions in {@code baseRevision}; each
 * accepted edit is one revision (answered as {@link SaveOutcome}); 409 with what changed meanwhile,
 * 422 with the findings (see docs/api.md).
 */
@RestController
@RequestMapping("/api/v1/disclosures/{deptCode}/{year}")
class ContentEditController {

    private final DisclosureCommands commands;

    ContentEditController(DisclosureCommands commands) {
        this.commands = commands;
    }

    @PutMapping("/goals")
    SaveOutcome goals(@PathVariable String deptCode, @PathVariable int year, @Valid @RequestBody GoalsEdit body) {
        return commands.edit(deptCode, year, body.baseRevision(), ContentEdit.goals(DisclosureInput.goals(body.goals())));
    }

    @PostMapping("/projects")
    SaveOutcome addProject(@PathVariable String deptCode, @PathVariable int year, @Valid @RequestBody ProjectEdit body) {
        return commands.edit(deptCode, year, body.baseRevision(), ContentEdit.addProject(body.position(), body.fields(),
                DisclosureInput.spendPlan(body.spendPlan()),
                DisclosureInput.orEmpty(body.indicators()).stream().map(DisclosureInput::indicator).toList()));
    }

    /** The project's fields; its spending plan and indicator rows stay as they are. */
    @PutMapping("/projects/{n}")
    SaveOutcome editProject(@PathVariable String deptCode, @PathVariable int year, @PathVariable int n,
                            @Valid @RequestBody ProjectEdit body) {
        return commands.edit(deptCode, year, body.baseRevision(), ContentEdit.editProject(n, body.fields()));
    }

    @DeleteMapping("/projects/{n}")
    SaveOutcome deleteProject(@PathVariable String deptCode, @PathVariable int year, @PathVariable int n,
                              @Valid @RequestBody Delete body) {
        return commands.edit(deptCode, year, body.baseRevision(), ContentEdit.deleteProject(n));
    }

    @PostMapping("/projects/{n}/move")
    SaveOutcome moveProject(@PathVariable String deptCode, @PathVariable int year, @PathVariable int n,
                            @Valid @RequestBody Move body) {
        return commands.edit(deptCode, year, body.baseRevision(), ContentEdit.moveProject(n, body.to()));
    }

    @PutMapping("/projects/{n}/spend-plan")
    SaveOutcome spendPlan(@PathVariable String deptCode, @PathVariable int year, @PathVariable int n,
                          @Valid @RequestBody SpendPlanEdit body) {
        return commands.edit(deptCode, year, body.baseRevision(),
                ContentEdit.replaceSpendPlan(n, DisclosureInput.spendPlan(body.checkpoints())));
    }

    @PostMapping("/projects/{n}/indicators")
    SaveOutcome addIndicator(@PathVariable String deptCode, @PathVariable int year, @PathVariable int n,
                             @Valid @RequestBody IndicatorEdit body) {
        return commands.edit(deptCode, year, body.baseRevision(),
                ContentEdit.addIndicator(n, body.position(), DisclosureInput.indicator(body.row())));
    }

    @PutMapping("/projects/{n}/indicators/{i}")
    SaveOutcome editIndicator(@PathVariable String deptCode, @PathVariable int year, @PathVariable int n, @PathVariable int i,
                              @Valid @RequestBody IndicatorEdit body) {
        return commands.edit(deptCode, year, body.baseRevision(),
                ContentEdit.editIndicator(n, i, DisclosureInput.indicator(body.row())));
    }

    @DeleteMapping("/projects/{n}/indicators/{i}")
    SaveOutcome deleteIndicator(@PathVariable String deptCode, @PathVariable int year, @PathVariable int n, @PathVariable int i,
                                @Valid @RequestBody Delete body) {
        return commands.edit(deptCode, year, body.baseRevision(), ContentEdit.deleteIndicator(n, i));
    }

    @PostMapping("/projects/{n}/indicators/{i}/move")
    SaveOutcome moveIndicator(@PathVariable String deptCode, @PathVariable int year, @PathVariable int n, @PathVariable int i,
                              @Valid @RequestBody Move body) {
        return commands.edit(deptCode, year, body.baseRevision(), ContentEdit.moveIndicator(n, i, body.to()));
    }
}
