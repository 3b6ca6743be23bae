package cn.jixiao.platform.users;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

public class UserExistsException extends Refusal {

    public UserExistsException(String username) {
        super(HttpStatus.CONFLICT, "用户已存在", "用户名 " + username + " 已存在");
    }
}
