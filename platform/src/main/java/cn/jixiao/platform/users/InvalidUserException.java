package cn.jixiao.platform.users;

import java.util.List;

/** A user that cannot be created as given; the messages say why, in Chinese. */
public class InvalidUserException extends RuntimeException {

    private final List<String> problems;

    public InvalidUserException(List<String> problems) {
        super(String.join("；", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
