package cn.jixiao.platform.users;

import java.time.OffsetDateTime;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A one-time link's secret part, shown once to the admin who hands it to the user. */
public record SetupLink(String username, String token, OffsetDateTime expiresAt) {

    /** The link on the host the admin is using (the setup page, {@code /setup/{token}}). */
    public String url() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/setup/{token}").buildAndExpand(token).toUriString();
    }
}
