package cn.jixiao.platform.opendata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;

import cn.jixiao.platform.portal.PortalChrome;
import cn.jixiao.platform.portal.PortalTenants;

/** {@code /public/{slug}/opendata}: the district's open data files by year, and the licence they are published under. */
@Controller
class OpenDataPage {

    /** A year's files: the whole-district zip and each department's JSON and CSV. */
    record YearFiles(int year, FileEntry zip, List<DepartmentFiles> departments) {
    }

    record DepartmentFiles(String code, String name, FileEntry json, FileEntry csv) {
    }

    private final PortalTenants districts;
    private final OpenData openData;

    OpenDataPage(PortalTenants districts, OpenData openData) {
        this.districts = districts;
        this.openData = openData;
    }

    @GetMapping("/public/{slug}/opendata")
    String page(@PathVariable String slug, Model model, HttpServletResponse response) {
        boolean found = districts.read(slug, d -> {
            model.addAttribute("district", d);
            PortalChrome.addTo(model, d.slug(), false);
            model.addAttribute("licence", openData.licence());
            model.addAttribute("years", byYear(openData.files()));
            return true;
        }).orElse(false);
        if (!found) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该区县的公开数据");
        }
        response.setHeader("Cache-Control", OpenDataController.CACHE.getHeaderValue());
        return "public/opendata";
    }

    static List<YearFiles> byYear(List<FileEntry> files) {
        Map<Integer, FileEntry> zips = new LinkedHashMap<>();
        Map<Integer, Map<String, List<FileEntry>>> departments = new LinkedHashMap<>();
        for (FileEntry f : files) {
            departments.computeIfAbsent(f.fiscalYear(), y -> new LinkedHashMap<>());
            if (f.departmentCode() == null) {
                zips.put(f.fiscalYear(), f);
            } else {
                departments.get(f.fiscalYear()).computeIfAbsent(f.departmentCode(), c -> new ArrayList<>()).add(f);
            }
        }
        List<YearFiles> years = new ArrayList<>();
        departments.forEach((year, depts) -> years.add(new YearFiles(year, zips.get(year), depts.entrySet().stream()
                .map(e -> new DepartmentFiles(e.getKey(), e.getValue().get(0).title(), find(e.getValue(), "data.json"),
                        find(e.getValue(), "indicators.csv")))
                .toList())));
        return years;
    }

    private static FileEntry find(List<FileEntry> files, String name) {
        return files.stream().filter(f -> f.fileName().equals(name)).findFirst().orElse(null);
    }
}
