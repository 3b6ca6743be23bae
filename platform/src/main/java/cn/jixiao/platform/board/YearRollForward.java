package cn.jixiao.platform.board;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.disclosure.DisclosureCommands;
import cn.jixiao.platform.disclosure.DisclosureQueries;

/**
 * Next year's drafts for the whole district: every department of {@code fromYear} that has none
 * yet in the next year gets one (in one transaction: all or none); those that have one keep it.
 */
@Service
public class YearRollForward {

    /** @param created departments that got a draft; {@code kept} those that already had one */
    public record Result(int toYear, List<String> created, List<String> kept) {
    }

    private final DisclosureQueries queries;
    private final DisclosureCommands commands;

    YearRollForward(DisclosureQueries queries, DisclosureCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_disclosures.write') and @unitScope.unrestricted()")
    public Result rollForward(int fromYear) {
        Set<String> existing = new HashSet<>(queries.departmentsWithDisclosure(fromYear + 1));
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String department : queries.departmentsWithDisclosure(fromYear)) {
            if (existing.contains(department)) {
                kept.add(department);
            } else {
                commands.rollForward(department, fromYear);
                created.add(department);
            }
        }
        return new Result(fromYear + 1, created, kept);
    }
}
