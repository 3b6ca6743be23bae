package cn.jixiao.ops.security;

import cn.jixiao.infra.login.LoginThrottle;

/** What an operator reads when their username is locked, naming how long the lock lasts. */
public final class LoginLockMessage {

    private LoginLockMessage() {
    }

    public static String of(LoginThrottle throttle) {
        long minutes = throttle.window().toMinutes();
        return "登录失败次数过多（" + minutes + " 分钟内 " + throttle.limit()
                + " 次），该账号已暂时锁定，请 " + minutes + " 分钟后再试。";
    }
}
