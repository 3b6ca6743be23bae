package cn.jixiao.templates.render;

import java.util.Objects;

/**
 * A department's PDF as {@link PdfRenderer} made it, to be bound into a district volume by {@link DistrictVolumePdf}.
 *
 * @param departmentCode e.g. "202"
 * @param departmentName as the volume's contents and bookmarks name it
 * @param pdf            the PDF file's bytes (not copied: callers hand over bytes they no longer change)
 */
public record DepartmentPdf(String departmentCode, String departmentName, byte[] pdf) {
    public DepartmentPdf {
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(departmentName, "departmentName");
        Objects.requireNonNull(pdf, "pdf");
    }
}
