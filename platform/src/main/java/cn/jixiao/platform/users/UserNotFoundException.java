package cn.jixiao.platform.users;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

public class UserNotFoundException extends Refusal {

    public UserNotFoundException(String username) {
        super(HttpStatus.NOT_FOUND, "未找到", "没有用户 " + username);
    }
}
