package nl.gesprekswijzer.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SendAnswersBeforeShutdownFilterTests {

  private final SendAnswersBeforeShutdownFilter filter = new SendAnswersBeforeShutdownFilter();

  @Test
  void leavesTheAnswerToTomcatWhileTheServiceRuns() throws Exception {
    MockHttpServletResponse response = answer();

    assertThat(response.isCommitted()).isFalse();
  }

  @Test
  void sendsTheAnswerWithinTheRequestOnceTheServiceShutsDown() throws Exception {
    filter.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));

    MockHttpServletResponse response = answer();

    assertThat(response.isCommitted()).isTrue();
    assertThat(response.getContentAsString()).isEqualTo("{}");
  }

  private MockHttpServletResponse answer() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        new MockHttpServletRequest("POST", "/api/v1/advice"),
        response,
        (request, written) -> written.getWriter().write("{}"));
    return response;
  }
}
