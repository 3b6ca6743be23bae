package cn.jixiao.platform.users;

import java.time.OffsetDateTime;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cn.jixiao.infra.identity.SetupToken;
import cn.jixiao.infra.identity.SetupTokens;

/** A one-time link's secret part, shown once to the admin who hands it to the user. */
public record SetupLink(String username, String token, OffsetDateTime expiresAt) {

    SetupLink(String username, SetupToken issued) {
        this(username, issued.token(), issued.expiresAt());
    }

    /** The link on the host the admin is using (the setup page, {@code /setup/{token}}). */
    public String url() {
        return SetupTokens.url(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(), token);
    }
}
