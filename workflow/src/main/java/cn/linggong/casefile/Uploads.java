package cn.linggong.casefile;

import cn.linggong.shared.validation.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.springframework.util.unit.DataSize;

/**
 * What every uploaded file is checked for, whatever it is kept with (a complaint's evidence, a
 * worker's 低保证 scan): not empty, not too large, of an accepted type that its first bytes confirm
 * (not a renamed executable), under a safe name.
 */
public final class Uploads {

  /** The longest name a file is kept under. */
  public static final int FILE_NAME_MAX = 200;

  private Uploads() {}

  /** A file as received. */
  public record Upload(String fileName, String contentType, byte[] content) {

    /** The content type, lower case and trimmed ("" when none was given). */
    public String type() {
      return contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
    }
  }

  /**
   * Adds every problem of the file to {@code errors} under {@code field}; answers the name to keep
   * it under (null when it has none).
   */
  public static String check(
      InvalidInputException.Collector errors,
      String field,
      Upload file,
      List<String> types,
      DataSize maxSize) {
    byte[] content = file.content();
    if (content == null || content.length == 0) {
      errors.add(field, "upload.empty");
    } else if (content.length > maxSize.toBytes()) {
      errors.add(field, "upload.tooLarge", maxSize.toMegabytes());
    } else if (!types.contains(file.type())) {
      errors.add(field, "upload.type", String.join(", ", types));
    } else if (!looksLike(file.type(), content)) {
      // a renamed file: its name says a picture, its first bytes say otherwise
      errors.add(field, "upload.notWhatItSays", file.type(), String.join(", ", types));
    }
    String name = safeFileName(file.fileName());
    if (name == null) {
      errors.add(field, "validation.required");
    } else if (name.length() > FILE_NAME_MAX) {
      errors.add(field, "validation.tooLong", FILE_NAME_MAX);
    }
    return name;
  }

  /**
   * The name a file is kept under: its base name only ({@code ../../etc/passwd.png} is {@code
   * passwd.png}), without control characters; {@code null} when nothing is left.
   */
  public static String safeFileName(String given) {
    if (given == null) {
      return null;
    }
    String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    StringBuilder safe = new StringBuilder();
    name.codePoints()
        .filter(c -> c >= 0x20 && !(c >= 0x7f && c <= 0x9f))
        .forEach(safe::appendCodePoint);
    String trimmed = safe.toString().trim();
    while (trimmed.startsWith(".")) {
      trimmed = trimmed.substring(1).trim();
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** The file really is what its type says (magic bytes), not a renamed executable. */
  static boolean looksLike(String type, byte[] c) {
    return switch (type) {
      case "image/jpeg" -> c.length > 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8;
      case "image/png" -> c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N';
      case "application/pdf" -> c.length > 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D';
      default -> true;
    };
  }
}
