package cn.jixiao.platform.users;

public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(String username) {
        super("没有用户 " + username);
    }
}
