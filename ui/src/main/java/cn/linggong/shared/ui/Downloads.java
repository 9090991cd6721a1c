package cn.linggong.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that fetches a stored file (a letter, a record, evidence) when it is clicked. */
public final class Downloads {

  private Downloads() {}

  /** What a link serves: name, type and bytes, fetched (and access-checked) on click. */
  public record File(String fileName, String contentType, byte[] content) {}

  public static Anchor link(String id, String text, String kind, Supplier<File> file) {
    Anchor link =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  File f = file.get();
                  return new DownloadResponse(
                      new ByteArrayInputStream(f.content()),
                      f.fileName(),
                      f.contentType(),
                      f.content().length);
                }),
            text);
    if (id != null) {
      link.setId(id);
    }
    if (kind != null) {
      link.getElement().setAttribute("data-kind", kind);
    }
    link.setTarget("_blank");
    return link;
  }
}
