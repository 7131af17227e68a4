package nl.gesprekswijzer.service.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps every request body at {@code maxBytes}, whether it declares its length or arrives chunked. A
 * body that declares more fails at its first read, before a byte is buffered; a chunked one as soon
 * as it crosses the limit. The {@link BodyTooLargeException} reaches {@link ProblemHandler} through
 * Spring's message reading, which answers 413.
 *
 * <p>Jackson's own document limit cannot do this: it counts characters after decoding and only
 * knows "invalid input", so the client would get a 400 for what is a size problem.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final Map<String, Long> maxBytesByPath;

  BodySizeLimitFilter(long maxBytes) {
    this(maxBytes, Map.of());
  }

  /**
   * @param maxBytesByPath a limit of its own for a path (the request URI without a query), such as
   *     the batch endpoint's, whose body holds up to a thousand requests
   */
  BodySizeLimitFilter(long maxBytes, Map<String, Long> maxBytesByPath) {
    this.maxBytes = maxBytes;
    this.maxBytesByPath = Map.copyOf(maxBytesByPath);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = maxBytesByPath.getOrDefault(request.getRequestURI(), maxBytes);
    chain.doFilter(new LimitedRequest(request, limit), response);
  }

  /** Only the stream is wrapped: this API reads JSON bodies through Jackson, never a Reader. */
  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long maxBytes;
    private LimitedInputStream body;

    LimitedRequest(HttpServletRequest request, long maxBytes) {
      super(request);
      this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body == null) {
        body = new LimitedInputStream(super.getInputStream(), getContentLengthLong(), maxBytes);
      }
      return body;
    }
  }

  private static final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long declaredLength;
    private final long maxBytes;
    private long read;

    LimitedInputStream(ServletInputStream in, long declaredLength, long maxBytes) {
      this.in = in;
      this.declaredLength = declaredLength;
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      checkDeclaredLength();
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      checkDeclaredLength();
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void checkDeclaredLength() throws BodyTooLargeException {
      if (declaredLength > maxBytes) {
        throw new BodyTooLargeException(maxBytes);
      }
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > maxBytes) {
        throw new BodyTooLargeException(maxBytes);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
