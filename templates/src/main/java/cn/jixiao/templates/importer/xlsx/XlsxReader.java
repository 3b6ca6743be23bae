package cn.jixiao.templates.importer.xlsx;

import cn.jixiao.templates.importer.ImportLimits;
import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import cn.jixiao.templates.importer.grid.DocumentBlock;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.grid.GridTable;
import cn.jixiao.templates.importer.grid.SourceDocument;
import cn.jixiao.templates.importer.grid.UnreadCell;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.SourceFormat;
import cn.jixiao.templates.importer.report.SourceLocation;
import cn.jixiao.templates.importer.safety.SizeGuard;
import cn.jixiao.templates.importer.safety.ZipArchive;
import cn.jixiao.templates.text.WordText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads every worksheet of an .xlsx into a grid table with Apache POI. Cells are read as Excel shows them
 * (DataFormatter: 3.6 formatted "0.00" is "3.60", 0.2 formatted "0%" is "20%"); formulas give their cached
 * result and are never evaluated. Merged regions become one cell spanning the columns, with empty
 * merged-from-above cells below it, exactly like Word's gridSpan and vMerge. A formula saved without a result
 * (written by a program that does not calculate) reads as blank and is reported, never as POI's 0.
 */
public final class XlsxReader {

    private XlsxReader() {}

    public static SourceDocument read(ZipArchive zip, String fileName, ImportLimits limits) {
        SizeGuard guard = new SizeGuard(limits);
        XlsxPreflight.check(zip, guard);
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        formatter.setUseCachedValuesForFormulaCells(true);
        List<DocumentBlock> tables = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        List<UnreadCell> unread = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ValidatedEntrySource(zip));
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                GridTable table = new SheetGrid(sheet, s + 1, fileName, formatter, guard, notes, unread).table();
                if (!table.rows().isEmpty()) {
                    tables.add(table);
                }
            }
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw new ImportRejectedException(RejectionReason.CORRUPT,
                    "文件已损坏：无法读取Excel工作簿，请用Excel重新保存为.xlsx后上传", e);
        }
        return new SourceDocument(fileName, SourceFormat.XLSX, tables, notes, unread);
    }

    // a real sheet merges a handful of regions per row; thousands only come from a crafted file
    private static final int MAX_MERGES_PER_ROW = 1_000;

    /** One sheet as a grid: columns left of the leftmost used one dropped, merged regions folded. */
    private record SheetGrid(Sheet sheet, int number, String fileName, DataFormatter formatter, SizeGuard guard,
                             List<Finding> notes, List<UnreadCell> unread) {

        GridTable table() {
            List<CellRangeAddress> merged = new ArrayList<>(sheet.getMergedRegions());
            merged.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
            int firstColumn = firstUsedColumn(merged);
            List<GridRow> rows = new ArrayList<>();
            List<CellRangeAddress> active = new ArrayList<>();
            int next = 0;
            for (Row row : sheet) { // existing rows, top to bottom
                int r = row.getRowNum();
                while (next < merged.size() && merged.get(next).getFirstRow() <= r) {
                    active.add(merged.get(next++));
                }
                active.removeIf(region -> region.getLastRow() < r);
                if (active.size() > MAX_MERGES_PER_ROW) {
                    throw new ImportRejectedException(RejectionReason.TOO_LARGE,
                            "文件过大：工作表“" + sheet.getSheetName() + "”第" + (r + 1) + "行的合并单元格超过"
                                    + MAX_MERGES_PER_ROW + "个，请检查文件");
                }
                List<GridCell> cells = cells(row, r, firstColumn, active);
                if (!cells.isEmpty()) {
                    rows.add(new GridRow(r + 1, cells));
                }
            }
            return new GridTable(number, sheet.getSheetName(), rows);
        }

        private List<GridCell> cells(Row row, int r, int firstColumn, List<CellRangeAddress> merged) {
            int last = Math.max(row.getLastCellNum() - 1, -1);
            for (CellRangeAddress region : merged) {
                last = Math.max(last, region.getFirstColumn());
            }
            List<GridCell> cells = new ArrayList<>();
            for (int c = firstColumn; c <= last; c++) {
                CellRangeAddress region = regionAt(merged, r, c);
                int span = 1;
                boolean fromAbove = false;
                if (region != null) {
                    if (c != region.getFirstColumn()) {
                        continue; // covered by the region's first column
                    }
                    span = region.getLastColumn() - region.getFirstColumn() + 1;
                    fromAbove = r != region.getFirstRow();
                }
                SourceLocation.SheetCell location = new SourceLocation.SheetCell(fileName, number, sheet.getSheetName(), r + 1, c + 1);
                String text = fromAbove ? "" : text(row.getCell(c), location);
                cells.add(new GridCell(text, c - firstColumn, span, fromAbove, location));
                c += span - 1;
            }
            // trailing blank cells carry nothing
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank() && !cells.get(cells.size() - 1).mergedFromAbove()) {
                cells.remove(cells.size() - 1);
            }
            return cells;
        }

        private String text(Cell cell, SourceLocation location) {
            if (cell == null) {
                return "";
            }
            if (withoutResult(cell)) {
                notes.add(new Finding(FindingKind.VALUE_NOT_PARSED, location,
                        "公式“=" + cell.getCellFormula() + "”没有保存计算结果（文件未经Excel计算后保存）",
                        "该格按空白导入（不是0），请在Excel中打开并保存后重新导入，或导入后补录"));
                unread.add(new UnreadCell(location, "=" + cell.getCellFormula(), "公式没有保存计算结果，未导入"));
                return "";
            }
            String text = formatter.formatCellValue(cell);
            guard.text(text.length());
            return WordText.isBlank(text) ? "" : text;
        }

        private static boolean withoutResult(Cell cell) {
            return cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell xssf && !xssf.getCTCell().isSetV();
        }

        private int firstUsedColumn(List<CellRangeAddress> merged) {
            int first = Integer.MAX_VALUE;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (!withoutResult(cell) && !WordText.isBlank(formatter.formatCellValue(cell))) {
                        first = Math.min(first, cell.getColumnIndex());
                        break;
                    }
                }
            }
            for (CellRangeAddress region : merged) {
                first = Math.min(first, region.getFirstColumn());
            }
            return first == Integer.MAX_VALUE ? 0 : first;
        }

        private static CellRangeAddress regionAt(List<CellRangeAddress> merged, int r, int c) {
            for (CellRangeAddress region : merged) {
                if (region.isInRange(r, c)) {
                    return region;
                }
            }
            return null;
        }
    }
}
