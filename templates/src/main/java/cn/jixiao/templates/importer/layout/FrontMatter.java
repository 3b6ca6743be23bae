package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.importer.grid.DocumentBlock;
import cn.jixiao.templates.importer.grid.GridParagraph;
import cn.jixiao.templates.importer.grid.GridTable;
import cn.jixiao.templates.importer.grid.ParagraphRole;
import cn.jixiao.templates.importer.report.ReportBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cover and the table of contents in front of a disclosure (our own publication DOCX has both). A contents
 * entry repeats a heading ("第一部分 部门整体绩效目标", "一、总体绩效目标", "1.…绩效目标表"), so left in place it
 * would open Part 1 or Part 2 before the real heading does; these paragraphs are listed as not mapped and taken
 * out before the readers look for the parts.
 *
 * <p>Contents: what the file's markup marks (TOC field, style, control, _Toc links; see the .docx reader), a
 * "目录" title, and a heading followed by a leader and a page number, as typed by hand or exported as text.
 * Cover: a cover page the markup marks, and the paragraphs before the contents as long as no table or heading of
 * the disclosure comes first.
 */
final class FrontMatter {

    static final String CONTENTS_ENTRY = "目录条目，未导入";
    static final String CONTENTS_TITLE = "目录标题，未导入";
    static final String COVER = "封面，未导入";

    private static final Set<String> CONTENTS_TITLES = Set.of("目录", "目次", "目錄");
    // heading, leader (tabs, dots, ellipses, rules or a run of blanks), page number in digits or roman numerals
    private static final Pattern TYPED_ENTRY = Pattern.compile(
            "^(.+?)\\s*(?:\\t+|[…⋯]+|[.．·・‧_\\-－—]{2,}|\\s{2,})\\s*(?:\\d{1,4}|[ivxlcIVXLC]{1,7})$",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

    private FrontMatter() {}

    /** The blocks without cover and contents paragraphs; those are reported as not mapped. */
    static List<DocumentBlock> remove(List<DocumentBlock> blocks, ReportBuilder report) {
        String[] notes = new String[blocks.size()];
        int firstContents = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof GridParagraph p) {
                notes[i] = contentsNote(p);
                if (notes[i] != null && firstContents < 0) {
                    firstContents = i;
                } else if (notes[i] == null && p.role() == ParagraphRole.COVER) {
                    notes[i] = COVER;
                }
            }
        }
        if (firstContents > 0 && isCover(blocks.subList(0, firstContents))) {
            for (int i = 0; i < firstContents; i++) {
                notes[i] = COVER;
            }
        }
        List<DocumentBlock> rest = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (notes[i] == null) {
                rest.add(blocks.get(i));
            } else {
                report.notMapped(((GridParagraph) blocks.get(i)).location(), notes[i]);
            }
        }
        return rest;
    }

    private static String contentsNote(GridParagraph p) {
        if (CONTENTS_TITLES.contains(Labels.compact(p.text()))) {
            return CONTENTS_TITLE;
        }
        if (p.role() == ParagraphRole.TABLE_OF_CONTENTS || isTypedEntry(p.text())) {
            return CONTENTS_ENTRY;
        }
        return null;
    }

    /** "第一部分 部门整体绩效目标……1", "1.某项目绩效目标表\t5". */
    static boolean isTypedEntry(String text) {
        Matcher m = TYPED_ENTRY.matcher(text.strip());
        return m.matches() && isDisclosureHeading(m.group(1));
    }

    /** Text before the contents is a cover unless the disclosure has already begun there. */
    private static boolean isCover(List<DocumentBlock> before) {
        return before.stream().allMatch(b -> b instanceof GridParagraph p && !isDisclosureHeading(p.text()));
    }

    private static boolean isDisclosureHeading(String text) {
        return PartOneReader.isHeading(text) || ProjectSegment.isHeading(text)
                || Labels.normalize(text).startsWith("第二部分");
    }
}
