package cn.linggong.casefile;

import cn.linggong.identity.District;
import cn.linggong.identity.Districts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/** Starts letters in the embedded font, headed with the district bureau's name. */
@Service
public class Letters {

  private final byte[] font;
  private final DocumentProperties properties;
  private final Districts districts;

  Letters(DocumentProperties properties, Districts districts) {
    this.properties = properties;
    this.districts = districts;
    try (InputStream in = new ClassPathResource(properties.font()).getInputStream()) {
      this.font = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The PDF font " + properties.font() + " is missing", e);
    }
  }

  /** A new letter of the district's bureau (city bureau when the district is null). */
  public PdfLetter start(String districtId, String caseNo) {
    return new PdfLetter(font, properties.fontName(), bureauName(districtId), caseNo);
  }

  public String bureauName(String districtId) {
    if (districtId == null) {
      return properties.cityBureauName();
    }
    String name = districts.district(districtId).map(District::name).orElse(districtId);
    return MessageFormat.format(properties.bureauName(), name);
  }
}
