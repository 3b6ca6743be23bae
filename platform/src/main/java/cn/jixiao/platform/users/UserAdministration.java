package cn.jixiao.platform.users;

import static cn.jixiao.infra.jooq.Tables.APP_USER;
import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.UNIT;
import static cn.jixiao.infra.jooq.Tables.USER_UNIT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.identity.Role;
import cn.jixiao.infra.identity.SetupToken;
import cn.jixiao.infra.identity.SetupTokens;
import cn.jixiao.infra.identity.UserStatus;
import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.security.CanManageUsers;
import cn.jixiao.platform.tenancy.CurrentTenant;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * A district admin's management of the district's users: create (with a one-time link to set the
 * password), list, issue a new link (also how a forgotten password is reset), disable. Every change
 * is audited. Passwords are never seen here.
 */
@Service
public class UserAdministration {

    /** The platform writes expiries in the server's zone, as before the links were shared. */
    private static final Clock CLOCK = Clock.systemDefaultZone();

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Validator validator;

    UserAdministration(DSLContext dsl, AuditLog audit, Validator validator) {
        this.dsl = dsl;
        this.audit = audit;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    @CanManageUsers
    public List<UserView> list() {
        Map<UUID, List<String>> units = new LinkedHashMap<>();
        dsl.select(USER_UNIT.USER_ID, UNIT.CODE).from(USER_UNIT)
                .join(UNIT).on(UNIT.TENANT_ID.eq(USER_UNIT.TENANT_ID), UNIT.ID.eq(USER_UNIT.UNIT_ID))
                .orderBy(UNIT.CODE)
                .forEach(r -> units.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(u -> new UserView(u.getUsername(),
                u.getDisplayName(), u.getRole(), u.getStatus(), units.getOrDefault(u.getId(), List.of()),
                u.getLastLoginAt(), u.getPasswordHash() == null));
    }

    /** The units editors can be given. */
    @Transactional(readOnly = true)
    @CanManageUsers
    public List<UnitChoice> units() {
        return dsl.select(UNIT.CODE, UNIT.NAME, DEPARTMENT.NAME).from(UNIT)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(UNIT.TENANT_ID), DEPARTMENT.ID.eq(UNIT.DEPARTMENT_ID))
                .orderBy(UNIT.CODE)
                .fetch(r -> new UnitChoice(r.value1(), r.value2(), r.value3()));
    }

    /**
     * @throws InvalidUserException when a field is missing or wrong (nothing is created)
     * @throws UserExistsException  when the username is taken in this district
     */
    @Transactional
    @CanManageUsers
    public SetupLink create(NewUser user) {
        String username = user.username();
        List<String> problems = new ArrayList<>(validator.validate(user).stream().map(ConstraintViolation::getMessage).toList());
        List<UUID> unitIds = new ArrayList<>();
        if (user.role() == Role.UNIT_EDITOR) {
            if (user.unitCodes().isEmpty()) {
                problems.add("单位填报人至少需要负责一个单位");
            }
            for (String code : user.unitCodes()) {
                UUID id = dsl.select(UNIT.ID).from(UNIT).where(UNIT.CODE.eq(code)).fetchOne(UNIT.ID);
                if (id == null) {
                    problems.add("没有编码为 " + code + " 的单位");
                } else {
                    unitIds.add(id);
                }
            }
        } else if (user.role() != null && !user.unitCodes().isEmpty()) {
            problems.add("只有单位填报人按单位授权，" + user.role().label() + "可处理全部单位");
        }
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems);
        }
        if (dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
            throw new UserExistsException(username);
        }
        SetupToken token = SetupTokens.issue(CLOCK);
        UUID tenant = CurrentTenant.require().value();
        UUID userId = dsl.insertInto(APP_USER)
                .set(APP_USER.TENANT_ID, tenant)
                .set(APP_USER.USERNAME, username)
                .set(APP_USER.DISPLAY_NAME, user.displayName().strip())
                .set(APP_USER.ROLE, user.role())
                .set(APP_USER.CREATED_BY, actor())
                .set(token.columns())
                .returning(APP_USER.ID).fetchSingle().getId();
        for (UUID unitId : unitIds) {
            dsl.insertInto(USER_UNIT).set(USER_UNIT.TENANT_ID, tenant).set(USER_UNIT.USER_ID, userId)
                    .set(USER_UNIT.UNIT_ID, unitId).execute();
        }
        audit.record("USER_CREATED", "user/" + username,
                Map.of("role", user.role().name(), "units", user.unitCodes()));
        return new SetupLink(username, token);
    }

    /** A new one-time link; the user's current password (if any) stops working. */
    @Transactional
    @CanManageUsers
    public SetupLink issueSetupLink(String username) {
        SetupToken token = SetupTokens.issue(CLOCK);
        int updated = dsl.update(APP_USER)
                .setNull(APP_USER.PASSWORD_HASH)
                .set(token.columns())
                .where(APP_USER.USERNAME.eq(username)).execute();
        if (updated == 0) {
            throw new UserNotFoundException(username);
        }
        audit.record("USER_SETUP_LINK_ISSUED", "user/" + username, Map.of());
        return new SetupLink(username, token);
    }

    @Transactional
    @CanManageUsers
    public void disable(String username) {
        if (username.equals(actor())) {
            throw new InvalidUserException(List.of("不能停用自己的账户"));
        }
        int updated = dsl.update(APP_USER).set(APP_USER.STATUS, UserStatus.DISABLED).where(APP_USER.USERNAME.eq(username)).execute();
        if (updated == 0) {
            throw new UserNotFoundException(username);
        }
        audit.record("USER_DISABLED", "user/" + username, Map.of());
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
