package cn.jixiao.infra.identity;

/** app_user.status: a disabled user cannot sign in or use a setup link. */
public enum UserStatus {
    ACTIVE, DISABLED
}
