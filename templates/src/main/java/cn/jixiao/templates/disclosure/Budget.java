package cn.jixiao.templates.disclosure;

import java.math.BigDecimal;

/**
 * Budget of a project in 万元, with the scale as written ("3.60" keeps scale 2); {@code null} means a blank cell.
 *
 * @param total  预算数
 * @param fiscal 其中：财政资金
 * @param other  其他资金
 */
public record Budget(BigDecimal total, BigDecimal fiscal, BigDecimal other) {}
