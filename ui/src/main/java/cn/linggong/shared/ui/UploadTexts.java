package cn.linggong.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** What an upload widget says, in the screen's language (Vaadin's own texts are English only). */
public final class UploadTexts {

  private UploadTexts() {}

  /**
   * Sets the widget's texts and says, in a notification, why a file it refused before sending it
   * (its type or size) was not taken, naming the file; a refused file would otherwise just vanish.
   */
  public static void prepare(com.vaadin.flow.component.upload.Upload upload, Component on) {
    upload.setI18n(of(on));
    upload.addFileRejectedListener(
        e ->
            com.vaadin.flow.component.notification.Notification.show(
                    on.getTranslation(
                        "upload.rejected",
                        e.getFileName(),
                        e.getErrorMessage(),
                        String.join(", ", upload.getAcceptedFileTypes())))
                .addThemeVariants(
                    com.vaadin.flow.component.notification.NotificationVariant.LUMO_WARNING));
  }

  public static UploadI18N of(Component on) {
    return new UploadI18N()
        .setDropFiles(
            new UploadI18N.DropFiles()
                .setOne(on.getTranslation("upload.drop.one"))
                .setMany(on.getTranslation("upload.drop.many")))
        .setAddFiles(
            new UploadI18N.AddFiles()
                .setOne(on.getTranslation("upload.add.one"))
                .setMany(on.getTranslation("upload.add.many")))
        .setError(
            new UploadI18N.Error()
                .setTooManyFiles(on.getTranslation("upload.error.tooMany"))
                .setFileIsTooBig(on.getTranslation("upload.error.tooBig"))
                .setIncorrectFileType(on.getTranslation("upload.error.type")))
        .setUploading(
            new UploadI18N.Uploading()
                .setStatus(
                    new UploadI18N.Uploading.Status()
                        .setConnecting(on.getTranslation("upload.status.connecting"))
                        .setStalled(on.getTranslation("upload.status.stalled"))
                        .setProcessing(on.getTranslation("upload.status.processing"))
                        .setHeld(on.getTranslation("upload.status.held")))
                .setRemainingTime(
                    new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(on.getTranslation("upload.remaining"))
                        .setUnknown(on.getTranslation("upload.remaining.unknown")))
                .setError(
                    new UploadI18N.Uploading.Error()
                        .setServerUnavailable(on.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(on.getTranslation("upload.error.server"))
                        .setForbidden(on.getTranslation("upload.error.forbidden"))))
        .setFile(
            new UploadI18N.File()
                .setRetry(on.getTranslation("upload.file.retry"))
                .setStart(on.getTranslation("upload.file.start"))
                .setRemove(on.getTranslation("upload.file.remove")))
        .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
  }
}
