import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Benchmark baseline only (bench/update-check.sh): answers GET and POST with the bytes of the file
 * named by the system property {@code bench.bytes}, read once at init (the first request: the
 * script writes the file after the portal started), as {@code application/jose}
 * with an ETag, without security or JAX-RS, in a WAR of its own beside the portal.
 */
@WebServlet("/*")
public class BareBytesServlet extends HttpServlet {

  private byte[] bytes;
  private String etag;

  @Override
  public void init() throws ServletException {
    String file = System.getProperty("bench.bytes");
    if (file == null) {
      throw new ServletException("system property bench.bytes is not set");
    }
    try {
      bytes = Files.readAllBytes(Path.of(file));
      etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          + "\"";
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new ServletException(e);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    answer(response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Read the request body as the portal has to, so both see the same work on the way in.
    request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    answer(response);
  }

  private void answer(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/jose");
    response.setHeader("ETag", etag);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
