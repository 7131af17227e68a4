package nl.gesprekswijzer.service.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an answer to the client before its request counts as finished, once the service is
 * shutting down.
 *
 * <p>Graceful shutdown waits until no request is inside a servlet, then stops Tomcat, which closes
 * every connection. But Tomcat writes a small answer only after the request has left the servlet
 * and its filters, so an answer finished just before the wait ends can be cut off with the
 * connection: the client sees the connection closed without a byte (seen on a loaded two-core CI
 * machine). Flushing inside the filter chain puts the answer on the wire first. While the service
 * runs normally nothing is flushed early, so answers keep their {@code Content-Length}.
 */
final class SendAnswersBeforeShutdownFilter extends OncePerRequestFilter
    implements ApplicationListener<ContextClosedEvent> {

  private volatile boolean shuttingDown;

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    // Published before the web server's graceful shutdown begins.
    shuttingDown = true;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    if (shuttingDown && !request.isAsyncStarted()) {
      response.flushBuffer();
    }
  }
}
