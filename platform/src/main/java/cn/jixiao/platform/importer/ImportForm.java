package cn.jixiao.platform.importer;

import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What the upload page sends: the file and what to import it as (department fields optional). */
record ImportForm(
        MultipartFile file,
        @NotNull(message = YEAR) @Min(value = 2000, message = YEAR) @Max(value = 2100, message = YEAR) Integer fiscalYear,
        String deptCode,
        String deptName) {

    static final String YEAR = "年度应在 2000 到 2100 之间";

    @AssertTrue(message = "没有收到文件，或文件是空的（0 字节）")
    boolean isFileSent() {
        return file != null && !file.isEmpty();
    }

    ImportRequest request() {
        return new ImportRequest(fiscalYear, blankToNull(deptCode), blankToNull(deptName));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
