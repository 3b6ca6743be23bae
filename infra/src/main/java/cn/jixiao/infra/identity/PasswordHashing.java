package cn.jixiao.infra.identity;

import java.util.Map;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How both applications hash passwords and client secrets (see docs/benchmarks.md for what it costs). */
public final class PasswordHashing {

    /** The id new hashes are written under: Argon2id with Spring Security's 5.8 parameters. */
    public static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    private PasswordHashing() {
    }

    /** Argon2id for every new hash; bcrypt hashes written before are still verified (and upgraded on use). */
    public static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
