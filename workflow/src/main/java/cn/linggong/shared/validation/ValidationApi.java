package cn.linggong.shared.validation;

import cn.linggong.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets a client check a value with the same validators the screens use, before it submits. */
@RestController
@RequestMapping("/api/validation")
@Tag(
    name = "validation",
    description = "校验身份证号、统一社会信用代码、手机号、金额 · check ID numbers, credit codes, mobiles, amounts")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ValidationApi {

  private final DomainValidators validators;
  private final MessageSource messages;

  record Answer(String validator, boolean valid, String message) {}

  @GetMapping("/{validator}")
  @Operation(summary = "Check a value: validator is resident-id, credit-code, mobile or money")
  Answer check(@PathVariable String validator, @RequestParam String value) {
    DomainValidator found =
        validators
            .find(validator)
            .orElseThrow(() -> new NotFoundException("validation.unknownValidator", validator));
    Locale locale = LocaleContextHolder.getLocale();
    return found
        .check(value)
        .map(
            v ->
                new Answer(
                    validator,
                    false,
                    messages.getMessage(v.messageKey(), v.argumentArray(), locale)))
        .orElseGet(
            () ->
                new Answer(
                    validator,
                    !value.isBlank(),
                    value.isBlank()
                        ? messages.getMessage("validation.required", null, locale)
                        : null));
  }
}
