package cn.jixiao.platform.disclosure;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.platform.tenancy.TenantDirectory;

/** {@code /api/v1/disclosures}: a department's disclosure for a fiscal year, as JSON (see docs/api.md). */
@RestController
@RequestMapping("/api/v1/disclosures")
class DisclosureController {

    private final DisclosureQueries queries;
    private final TenantDirectory tenants;

    DisclosureController(DisclosureQueries queries, TenantDirectory tenants) {
        this.queries = queries;
        this.tenants = tenants;
    }

    @GetMapping("/{deptCode}/{year}")
    DisclosureResponse get(@PathVariable String deptCode, @PathVariable int year) {
        StoredDisclosure stored = queries.find(deptCode, year).orElseThrow(() -> notFound(deptCode, year));
        return DisclosureResponse.of(tenants.current(), stored);
    }

    private static ErrorResponseException notFound(String deptCode, int year) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "未找到部门 " + deptCode + " 的 " + year + " 年度预算绩效目标");
        problem.setTitle("未找到");
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
