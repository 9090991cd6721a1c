package cn.linggong.inbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * What a bulk action did: a notice when every task went, else a dialog listing each task left as it
 * was with the reason, in the reader's language.
 */
public final class BulkReport {

  private BulkReport() {}

  /** {@code done}: the notice when nothing was refused; {@code partly}: the dialog's title. */
  public static void show(Component on, BulkResult result, String done, String partly) {
    if (result.refused().isEmpty()) {
      Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      return;
    }
    Dialog dialog = new Dialog(partly);
    dialog.setId("bulk-report");
    UnorderedList list = new UnorderedList();
    for (BulkResult.Refusal r : result.refused()) {
      list.add(
          new ListItem(
              on.getTranslation(
                  "inbox.bulk.refusedItem",
                  r.businessKey() == null ? r.taskId() : r.businessKey(),
                  on.getTranslation(r.messageKey(), r.args().toArray()))));
    }
    dialog.add(list);
    dialog.getFooter().add(new Button(on.getTranslation("action.close"), e -> dialog.close()));
    dialog.open();
  }
}
