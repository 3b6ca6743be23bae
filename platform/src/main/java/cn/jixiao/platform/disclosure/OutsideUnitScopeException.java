package cn.jixiao.platform.disclosure;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A unit editor's save touched what belongs to another unit or to the whole department; nothing was stored. 403. */
public class OutsideUnitScopeException extends Refusal {

    OutsideUnitScopeException(String what) {
        super(HttpStatus.FORBIDDEN, "超出单位权限", "单位填报人只能修改本单位的项目：本次保存修改了" + what + "，未保存任何内容");
    }
}
