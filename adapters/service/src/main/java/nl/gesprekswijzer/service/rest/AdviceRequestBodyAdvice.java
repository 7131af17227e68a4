package nl.gesprekswijzer.service.rest;

import java.lang.reflect.Type;
import nl.gesprekswijzer.api.AdviceRequest;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every advice request read by Spring MVC, whichever form of the answer is asked for: takes the
 * answer's language from {@code Accept-Language} when the request names none ({@link
 * AnswerLanguage}), and notes the conversation type for {@link AdviceMetrics}.
 */
@ControllerAdvice
class AdviceRequestBodyAdvice extends RequestBodyAdviceAdapter {

  @Override
  public boolean supports(
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    return targetType == AdviceRequest.class;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage inputMessage,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    if (!(body instanceof AdviceRequest request)) {
      return body; // the JSON literal null: refused as a missing body, as before
    }
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
      AdviceMetrics.noteType(servlet.getRequest(), request);
    }
    return AnswerLanguage.applyTo(
        request, inputMessage.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE));
  }
}
