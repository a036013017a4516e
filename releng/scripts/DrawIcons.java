/*
 * Copyright (c) 2026 the Samverka contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/** Draws the product icons (bundles/se.samverka.workbench/icons): java releng/scripts/DrawIcons.java bundles/se.samverka.workbench/icons */
public class DrawIcons {
  static void icon(int s, String out) throws Exception {
    BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    double u = s / 16.0;
    g.setColor(new Color(0x00, 0x5b, 0x99));
    g.fill(new RoundRectangle2D.Double(0.5*u, 0.5*u, 15*u, 15*u, 4*u, 4*u));
    g.setStroke(new BasicStroke((float)(1.2*u)));
    g.setColor(Color.WHITE);
    g.draw(new Line2D.Double(5*u, 5.5*u, 11*u, 10.5*u));
    g.draw(new Line2D.Double(5*u, 5.5*u, 5*u, 11*u));
    g.fill(new Ellipse2D.Double(2.8*u, 3.3*u, 4.4*u, 4.4*u));
    g.setColor(new Color(0xf2, 0xa9, 0x00));
    g.fill(new Ellipse2D.Double(8.8*u, 8.3*u, 4.4*u, 4.4*u));
    g.fill(new Ellipse2D.Double(3.2*u, 9.6*u, 3.6*u, 3.6*u));
    g.dispose();
    ImageIO.write(img, "png", new File(out));
  }
  public static void main(String[] a) throws Exception {
    String d = a[0];
    icon(16, d + "/samverka16.png"); icon(32, d + "/samverka32.png"); icon(48, d + "/samverka48.png");
    BufferedImage about = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = about.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE); g.fillRect(0,0,200,200);
    File big = File.createTempFile("samverka", ".png");
    icon(128, big.getPath());
    g.drawImage(ImageIO.read(big), 36, 20, null);
    big.delete();
    g.setColor(new Color(0x00,0x5b,0x99)); g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
    g.drawString("Samverka", 40, 185);
    g.dispose();
    ImageIO.write(about, "png", new File(d + "/samverka-about.png"));
  }
}
