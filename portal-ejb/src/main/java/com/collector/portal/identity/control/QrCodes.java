package com.collector.portal.identity.control;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** QR codes as PNG data URIs, so pages and API clients show them without another request. */
public final class QrCodes {

  private static final int PIXELS_PER_MODULE = 6;

  /** Scanners need four light modules around the code. */
  private static final int QUIET_ZONE = 4;

  private QrCodes() {}

  public static String pngDataUri(String text) {
    QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int side = (code.size + 2 * QUIET_ZONE) * PIXELS_PER_MODULE;
    BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < side; y++) {
      for (int x = 0; x < side; x++) {
        boolean dark =
            code.getModule(x / PIXELS_PER_MODULE - QUIET_ZONE, y / PIXELS_PER_MODULE - QUIET_ZONE);
        image.setRGB(x, y, dark ? 0x000000 : 0xffffff);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write a PNG to memory", e);
    }
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }
}
