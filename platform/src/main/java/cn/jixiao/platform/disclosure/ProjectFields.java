package cn.jixiao.platform.disclosure;

import java.math.BigDecimal;

import cn.jixiao.templates.disclosure.Budget;

/** The fields of a project's goal table a person edits; 预算数 is 财政资金 plus 其他资金 (blank when both are). */
public record ProjectFields(String unitCode, String code, String name, BigDecimal fiscal, BigDecimal other, String purpose,
                            String goal) {

    Budget budget() {
        BigDecimal total = fiscal == null && other == null ? null
                : (fiscal == null ? BigDecimal.ZERO : fiscal).add(other == null ? BigDecimal.ZERO : other);
        return new Budget(total, fiscal, other);
    }
}
