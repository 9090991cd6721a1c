package cn.linggong.identity;

import com.vaadin.flow.component.select.Select;

/**
 * The district a record belongs to: chosen only by city-level staff; a district user's records are
 * always their own district's, so they do not see the field.
 */
public final class DistrictSelect {

  private DistrictSelect() {}

  public static Select<District> of(String label, Districts districts, LinggongUser user) {
    Select<District> district = new Select<>();
    district.setLabel(label);
    district.setItems(districts.districts());
    district.setItemLabelGenerator(District::name);
    district.setVisible(user.cityLevel());
    return district;
  }
}
