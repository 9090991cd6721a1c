package cn.linggong.calendar;

import cn.linggong.shared.ui.FieldErrors;
import cn.linggong.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Adds a year with no holidays yet, naming the notice its dates will come from. */
class YearDialog extends Dialog {

  YearDialog(CalendarMaintenance maintenance, String actor, Consumer<Integer> added) {
    setHeaderTitle(getTranslation("calendar.addYear"));
    IntegerField year = new IntegerField(getTranslation("calendar.year"));
    year.setId("new-year");
    TextField source = new TextField(getTranslation("calendar.sourceField"));
    source.setId("new-year-source");
    source.setWidthFull();
    source.setPlaceholder(getTranslation("calendar.sourcePlaceholder"));
    add(new VerticalLayout(year, source));
    Button save =
        new Button(
            getTranslation("action.save"),
            e -> {
              try {
                if (year.getValue() == null) {
                  throw InvalidInputException.of("year", "validation.required");
                }
                if (maintenance.year(year.getValue()).isPresent()) {
                  throw InvalidInputException.of("year", "calendar.year.exists", year.getValue());
                }
                maintenance.replaceYear(year.getValue(), source.getValue(), List.of(), actor);
                close();
                added.accept(year.getValue());
              } catch (InvalidInputException invalid) {
                FieldErrors.show(this, invalid, Map.of("year", year, "source", source));
              }
            });
    save.setId("new-year-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
  }
}
