package cn.linggong.identity;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A REST operation that takes a {@link LinggongUser} parameter gets the person signed in on the
 * request (the API's sign-in has already refused anybody else), so no controller looks the user up
 * itself. The parameter is not part of the API description.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignedInUser implements WebMvcConfigurer, HandlerMethodArgumentResolver {

  static {
    // the operations' callers never send it: it is who they signed in as
    org.springdoc.core.utils.SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(LinggongUser.class);
  }

  private final CurrentUser currentUser;

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(this);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == LinggongUser.class;
  }

  @Override
  public LinggongUser resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      WebDataBinderFactory binderFactory) {
    return currentUser.require();
  }
}
