package cn.jixiao.templates.importer.safety;

import cn.jixiao.templates.importer.ImportLimits;
import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;

/** Counts rows, cells and paragraphs while a reader streams, and stops it at the first limit passed. */
public final class SizeGuard {

    private final ImportLimits limits;
    private int rows;
    private int cells;
    private int paragraphs;

    public SizeGuard(ImportLimits limits) {
        this.limits = limits;
    }

    public void row() {
        if (++rows > limits.maxRows()) {
            throw tooLarge("表格行数超过上限" + limits.maxRows() + "行");
        }
    }

    public void cell() {
        if (++cells > limits.maxCells()) {
            throw tooLarge("单元格数超过上限" + limits.maxCells() + "个");
        }
    }

    public void paragraph() {
        if (++paragraphs > limits.maxParagraphs()) {
            throw tooLarge("段落数超过上限" + limits.maxParagraphs() + "段");
        }
    }

    /** Checks the length of a cell or paragraph being read; call as it grows. */
    public void text(int length) {
        if (length > limits.maxCellChars()) {
            throw tooLarge("单个单元格或段落超过" + limits.maxCellChars() + "个字符");
        }
    }

    public void tableDepth(int depth) {
        if (depth > limits.maxTableDepth()) {
            throw new ImportRejectedException(RejectionReason.TABLES_TOO_DEEP,
                    "表格嵌套超过" + limits.maxTableDepth() + "层，文件结构异常，请检查文件");
        }
    }

    private static ImportRejectedException tooLarge(String what) {
        return new ImportRejectedException(RejectionReason.TOO_LARGE, "文件过大：" + what + "，请拆分后再上传");
    }
}
