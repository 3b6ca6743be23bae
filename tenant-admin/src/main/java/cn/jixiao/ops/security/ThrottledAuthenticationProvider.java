package cn.jixiao.ops.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import cn.jixiao.infra.login.LoginThrottle;

/**
 * Puts the login throttle in front of password checking, for form login and HTTP Basic alike: a
 * locked username is refused without looking at the password; bad credentials (unknown usernames
 * included, so the lock reveals nothing) count as failures; a success clears the count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        if (throttle.isLocked(username)) {
            throw new LockedException(LoginLockMessage.of(throttle));
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.reset(username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username);
            throw new BadCredentialsException("用户名或密码不正确", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
