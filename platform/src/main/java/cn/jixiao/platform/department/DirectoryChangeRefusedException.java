package cn.jixiao.platform.department;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A change to the departments and units that would clash with what exists; the message says what, in Chinese. 409. */
public class DirectoryChangeRefusedException extends Refusal {

    public DirectoryChangeRefusedException(String message) {
        super(HttpStatus.CONFLICT, "状态冲突", message);
    }
}
