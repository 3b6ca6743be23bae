package cn.jixiao.platform.users;

public class UserExistsException extends RuntimeException {

    public UserExistsException(String username) {
        super("用户名 " + username + " 已存在");
    }
}
