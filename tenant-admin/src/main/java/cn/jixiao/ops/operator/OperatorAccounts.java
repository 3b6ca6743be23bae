package cn.jixiao.ops.operator;

import static cn.jixiao.infra.jooq.Tables.OPERATOR_ACCOUNT;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The operators' accounts: username and password hash (as written by the delegating encoder, {@code {argon2@SpringSecurity_v5_8}…}). */
@Repository
public class OperatorAccounts {

    private final DSLContext dsl;

    OperatorAccounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> passwordHash(String username) {
        return dsl.select(OPERATOR_ACCOUNT.PASSWORD_HASH).from(OPERATOR_ACCOUNT)
                .where(OPERATOR_ACCOUNT.USERNAME.eq(username))
                .fetchOptional(OPERATOR_ACCOUNT.PASSWORD_HASH);
    }

    /** Creates the account unless it exists; true when created. */
    boolean createIfMissing(String username, String passwordHash) {
        return dsl.insertInto(OPERATOR_ACCOUNT)
                .set(OPERATOR_ACCOUNT.USERNAME, username)
                .set(OPERATOR_ACCOUNT.PASSWORD_HASH, passwordHash)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** Replaces the stored hash, e.g. when the encoder upgrades it to a stronger setting. */
    void updatePasswordHash(String username, String passwordHash) {
        dsl.update(OPERATOR_ACCOUNT).set(OPERATOR_ACCOUNT.PASSWORD_HASH, passwordHash)
                .where(OPERATOR_ACCOUNT.USERNAME.eq(username))
                .execute();
    }
}
