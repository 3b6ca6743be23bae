package cn.jixiao.platform.disclosure;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** An edit addressed a project or indicator row the base revision does not have (404); nothing was stored. */
public class PositionNotFoundException extends Refusal {

    private final String what;
    private final Integer position;
    private final int last;

    PositionNotFoundException(String what, Integer position, int last) {
        super(HttpStatus.NOT_FOUND, "未找到", "没有第 " + position + " 个" + what + (last == 0 ? "（当前没有" + what + "）" : "（可用位置为 1 至 " + last + "）") + "，未保存任何内容");
        this.what = what;
        this.position = position;
        this.last = last;
    }

    public String what() {
        return what;
    }

    public Integer position() {
        return position;
    }

    public int last() {
        return last;
    }
}
