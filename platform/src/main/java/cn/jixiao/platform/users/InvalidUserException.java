package cn.jixiao.platform.users;

import java.util.List;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A user that cannot be created as given; the messages say why, in Chinese. 400 with each problem. */
public class InvalidUserException extends Refusal {

    private final List<String> problems;

    public InvalidUserException(List<String> problems) {
        super(HttpStatus.BAD_REQUEST, "用户信息无效", String.join("；", problems));
        this.problems = List.copyOf(problems);
        with("problems", this.problems);
    }

    public List<String> problems() {
        return problems;
    }
}
