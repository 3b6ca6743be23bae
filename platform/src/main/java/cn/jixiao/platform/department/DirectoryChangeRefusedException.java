package cn.jixiao.platform.department;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A change to the departments and units that would clash with what exists; the message says what, in Chinese. */
@ResponseStatus(HttpStatus.CONFLICT)
public class DirectoryChangeRefusedException extends RuntimeException {

    public DirectoryChangeRefusedException(String message) {
        super(message);
    }
}
