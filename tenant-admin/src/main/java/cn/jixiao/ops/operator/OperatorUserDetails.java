package cn.jixiao.ops.operator;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Loads operators for form login and HTTP Basic; every operator has the one role PLATFORM_OPERATOR. */
public class OperatorUserDetails implements UserDetailsService, UserDetailsPasswordService {

    public static final String AUTHORITY = "ROLE_PLATFORM_OPERATOR";

    private final OperatorAccounts accounts;

    public OperatorUserDetails(OperatorAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String hash = accounts.passwordHash(username)
                .orElseThrow(() -> new UsernameNotFoundException("未知的运维账号"));
        return User.withUsername(username).password(hash).authorities(List.of(new SimpleGrantedAuthority(AUTHORITY))).build();
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        accounts.updatePasswordHash(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }
}
