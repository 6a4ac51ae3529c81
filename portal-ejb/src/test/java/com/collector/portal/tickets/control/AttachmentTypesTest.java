package com.collector.portal.tickets.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collector.portal.platform.boundary.InvalidInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTypesTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

  @Test
  void aFileWhoseFirstBytesFitItsTypeIsTakenWithTheTypeNormalized() {
    assertThat(AttachmentTypes.check("IMAGE/PNG", PNG, PNG.length)).isEqualTo("image/png");
    byte[] log = "2026-12-03 extraction failed".getBytes(StandardCharsets.UTF_8);
    assertThat(AttachmentTypes.check("text/plain; charset=utf-8", log, log.length))
        .isEqualTo("text/plain");
    byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(AttachmentTypes.check("application/pdf", pdf, pdf.length))
        .isEqualTo("application/pdf");
  }

  @Test
  void aFileThatIsNotWhatItsTypeSaysIsRefused() {
    byte[] html = "<html><script>".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> AttachmentTypes.check("image/png", html, html.length))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("contentType")
        .hasMessageContaining("not one");
    assertThatThrownBy(() -> AttachmentTypes.check("text/plain", PNG, PNG.length))
        .hasMessageContaining("binary");
    assertThatThrownBy(() -> AttachmentTypes.check("image/png", PNG, 3))
        .as("too short to be one")
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void typesOutsideTheListAreRefusedNamingTheList() {
    assertThatThrownBy(() -> AttachmentTypes.check("application/x-msdownload", PNG, PNG.length))
        .hasMessageContaining("must be one of")
        .hasMessageContaining("image/png");
    assertThatThrownBy(() -> AttachmentTypes.check(null, PNG, PNG.length))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aFileSentAsOctetStreamIsCheckedAsWhatItsNameSays() {
    assertThat(AttachmentTypes.declared("application/octet-stream", "collector.log"))
        .isEqualTo("text/plain");
    assertThat(AttachmentTypes.declared(null, "shot.PNG")).isEqualTo("image/png");
    assertThat(AttachmentTypes.declared("text/x-log", "collector.log")).isEqualTo("text/plain");
    assertThat(AttachmentTypes.declared("image/png", "notes.txt")).isEqualTo("image/png");
    assertThat(AttachmentTypes.declared("application/octet-stream", "setup.exe"))
        .isEqualTo("application/octet-stream");
  }

  @Test
  void fileNamesLoseFoldersAndControlCharacters() {
    assertThat(AttachmentTypes.fileName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(AttachmentTypes.fileName("C:\\Logs\\collector.log")).isEqualTo("collector.log");
    assertThat(AttachmentTypes.fileName("re\"port\u0007.txt")).isEqualTo("report.txt");
    assertThat(AttachmentTypes.fileName("x".repeat(300) + ".txt")).hasSize(255).endsWith(".txt");
    assertThatThrownBy(() -> AttachmentTypes.fileName(" ")).hasMessageContaining("name");
    assertThatThrownBy(() -> AttachmentTypes.fileName("logs/..")).hasMessageContaining("name");
  }
}
