package cn.jixiao.platform.login;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A web sign-in that failed at its return (code exchange, ID token, user) goes back to the login
 * page with a message in Chinese: ours as they are; Spring's (in English, naming protocol details)
 * replaced by a general one and logged.
 */
public final class SignInFailures extends SimpleUrlAuthenticationFailureHandler {

    static final String GENERAL = "统一身份认证登录失败，请重新登录；如仍失败，请联系本区管理员";

    private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

    public SignInFailures() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (isChinese(exception.getMessage())) {
            super.onAuthenticationFailure(request, response, exception);
            return;
        }
        log.info("web sign-in failed: {}", exception.getMessage());
        super.onAuthenticationFailure(request, response,
                new OAuth2AuthenticationException(new OAuth2Error("sign_in_failed"), GENERAL, exception));
    }

    private static boolean isChinese(String message) {
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
