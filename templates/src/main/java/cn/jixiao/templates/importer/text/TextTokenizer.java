package cn.jixiao.templates.importer.text;

import cn.jixiao.templates.text.WordText;

import java.util.ArrayList;
import java.util.List;

/** Turns the export's lines into paragraphs and table rows. */
final class TextTokenizer {

    private TextTokenizer() {}

    static List<Block> tokenize(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<String> cells = null;
        int rowStart = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
            if (line.startsWith("\t")) {
                if (cells == null) {
                    cells = new ArrayList<>();
                    rowStart = i + 1;
                }
                String cell = line.substring(1);
                cells.add(WordText.isBlank(cell) ? "" : cell);
                continue;
            }
            // any non-cell line ends the current row; an empty line is only a row separator
            if (cells != null) {
                blocks.add(new Block.Row(cells, rowStart));
                cells = null;
            }
            String paragraph = Texts.stripBookmarks(line);
            if (!WordText.isBlank(paragraph)) {
                blocks.add(new Block.Paragraph(paragraph, i + 1));
            }
        }
        if (cells != null) {
            blocks.add(new Block.Row(cells, rowStart));
        }
        return blocks;
    }
}
