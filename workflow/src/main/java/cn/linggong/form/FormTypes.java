package cn.linggong.form;

import java.util.Set;

/** The form-js component types Linggong renders. Any other type is refused when forms load. */
public final class FormTypes {

  public static final String TEXTFIELD = "textfield";
  public static final String TEXTAREA = "textarea";
  public static final String NUMBER = "number";
  public static final String CHECKBOX = "checkbox";
  public static final String CHECKLIST = "checklist";
  public static final String RADIO = "radio";
  public static final String SELECT = "select";
  public static final String TAGLIST = "taglist";
  public static final String DATETIME = "datetime";
  public static final String GROUP = "group";
  public static final String TEXT = "text";
  public static final String SEPARATOR = "separator";

  public static final Set<String> INPUTS =
      Set.of(TEXTFIELD, TEXTAREA, NUMBER, CHECKBOX, CHECKLIST, RADIO, SELECT, TAGLIST, DATETIME);
  public static final Set<String> ALL =
      Set.of(
          TEXTFIELD, TEXTAREA, NUMBER, CHECKBOX, CHECKLIST, RADIO, SELECT, TAGLIST, DATETIME, GROUP,
          TEXT, SEPARATOR);
  public static final Set<String> WITH_OPTIONS = Set.of(CHECKLIST, RADIO, SELECT, TAGLIST);

  private FormTypes() {}
}
