package cn.jixiao.templates.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** A small PNG made on the spot, standing in for a district's logo. */
final class TestImages {

    private TestImages() {
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(120, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC0, 0x10, 0x10));
        g.fillOval(4, 4, 112, 112);
        g.setColor(Color.WHITE);
        g.fillOval(34, 34, 52, 52);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
