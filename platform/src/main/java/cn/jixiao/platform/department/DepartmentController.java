package cn.jixiao.platform.department;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.templates.disclosure.Department;

/** {@code GET /api/v1/departments}: the tenant's departments with their units. */
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentController {

    private final DepartmentDirectory departments;

    DepartmentController(DepartmentDirectory departments) {
        this.departments = departments;
    }

    @GetMapping
    List<Department> list() {
        return departments.list();
    }
}
