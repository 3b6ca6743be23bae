package cn.jixiao.platform.login;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.login.LoginThrottle;

/**
 * Checks a district user's password for the login form: throttled per address, locked per account
 * after repeated failures, refused for suspended districts and disabled users. Unknown users cost
 * the same hashing time as known ones, so timing does not tell which usernames exist.
 */
@Component
class DistrictUserAuthenticationProvider implements AuthenticationProvider {

    static final String BAD_CREDENTIALS = "区县代码、用户名或密码不正确";

    private final LoginAccounts accounts;
    private final LoginThrottle accountThrottle;
    private final LoginThrottle addressThrottle;
    private final PasswordEncoder passwords;
    private final String unknownUserHash;

    DistrictUserAuthenticationProvider(LoginAccounts accounts,
                                       @Qualifier(LoginThrottleConfiguration.ACCOUNTS) LoginThrottle accountThrottle,
                                       @Qualifier(LoginThrottleConfiguration.ADDRESSES) LoginThrottle addressThrottle,
                                       PasswordEncoder passwords) {
        this.accounts = accounts;
        this.accountThrottle = accountThrottle;
        this.addressThrottle = addressThrottle;
        this.passwords = passwords;
        this.unknownUserHash = passwords.encode("no such user: the hash only spends the same time");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        LoginDetails details = authentication.getDetails() instanceof LoginDetails d ? d : new LoginDetails("", "");
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String throttleKey = details.tenantSlug() + ":" + username;
        if (!addressThrottle.admit(details.remoteAddress())) {
            throw new LockedException("登录尝试过于频繁，请一分钟后再试");
        }
        if (accountThrottle.isLocked(throttleKey)) {
            throw new LockedException("密码错误次数过多，账户已锁定，请 " + accountThrottle.window().toMinutes() + " 分钟后再试");
        }
        var account = accounts.find(details.tenantSlug(), username);
        String hash = account.map(LoginAccounts.Account::passwordHash).orElse(null);
        boolean matches = passwords.matches(password, hash == null ? unknownUserHash : hash) && hash != null;
        if (!matches) {
            accountThrottle.recordFailure(throttleKey);
            if (account.isPresent() && hash == null) {
                throw new BadCredentialsException("该账户尚未设置密码，请使用管理员发给您的设置链接");
            }
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        var found = account.get();
        if (!found.tenantActive()) {
            throw new DisabledException("本区县已暂停服务，暂时无法登录");
        }
        if (!found.userActive()) {
            throw new DisabledException("该账户已停用");
        }
        accountThrottle.reset(throttleKey);
        accounts.recordLogin(found.user().tenantId(), found.user().userId(),
                passwords.upgradeEncoding(hash) ? passwords.encode(password) : null);
        return UsernamePasswordAuthenticationToken.authenticated(found.user(), null, List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
