package cn.linggong.certification;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * What another case type publishes on the public notices page (a Spring bean): its cards, each with
 * the page's objection form ({@link PublicNoticesView#objectionForm}), so that the page knows no
 * case type but certification's.
 */
public interface PublicNoticeCards {

  List<Component> cards(PublicNoticesView page);
}
