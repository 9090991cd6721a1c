package cn.linggong.form;

import cn.linggong.shared.validation.DomainValidators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every Camunda Form shipped in the {@code forms} module, checked at start: valid JSON, known
 * component types, known validators, unique ids, and every {@code camunda:formRef} of every shipped
 * BPMN names one of them. A broken file stops the start with a message naming it.
 */
@Service
public class FormCatalog implements InitializingBean {

  public static final String FORMS = "classpath*:linggong/forms/*.form";
  public static final String PROCESSES = "classpath*:linggong/processes/*.bpmn";
  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  private final DomainValidators validators;
  private final String formLocation;
  private final String processLocation;
  private volatile Map<String, FormDefinition> forms = Map.of();

  public FormCatalog(
      DomainValidators validators,
      @org.springframework.beans.factory.annotation.Value(
              "${linggong.forms.location:" + FORMS + "}")
          String formLocation,
      @org.springframework.beans.factory.annotation.Value(
              "${linggong.processes.location:" + PROCESSES + "}")
          String processLocation) {
    this.validators = validators;
    this.formLocation = formLocation;
    this.processLocation = processLocation;
  }

  @Override
  public void afterPropertiesSet() throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    forms = load(resolver.getResources(formLocation), validators.names());
    checkFormRefs(resolver.getResources(processLocation), forms.keySet());
  }

  public Optional<FormDefinition> find(String formId) {
    return Optional.ofNullable(forms.get(formId));
  }

  public Set<String> ids() {
    return forms.keySet();
  }

  /** Reads forms, refusing duplicates and validators that do not exist. */
  public static Map<String, FormDefinition> load(Resource[] resources, Set<String> validatorNames)
      throws IOException {
    Map<String, FormDefinition> byId = new LinkedHashMap<>();
    for (Resource resource : resources) {
      String name = resource.getFilename();
      String json;
      try (InputStream in = resource.getInputStream()) {
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      FormDefinition form = FormParser.parse(name, json);
      for (FormComponent input : form.inputs()) {
        String validator = input.property("validator");
        if (validator != null && !validatorNames.contains(validator)) {
          throw new FormDefinitionException(
              name
                  + ": field "
                  + input.key()
                  + " names the validator \""
                  + validator
                  + "\", which does not exist; there are "
                  + new java.util.TreeSet<>(validatorNames));
        }
      }
      FormDefinition earlier = byId.put(form.id(), form);
      if (earlier != null) {
        throw new FormDefinitionException(
            name + ": the form id \"" + form.id() + "\" is also used by " + earlier.source());
      }
    }
    return Map.copyOf(byId);
  }

  /** Every camunda:formRef in the BPMN files must name a known form. */
  public static void checkFormRefs(Resource[] processes, Set<String> formIds) throws IOException {
    for (Resource resource : processes) {
      NodeList all;
      try (InputStream in = resource.getInputStream()) {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        all = builder.parse(in).getElementsByTagNameNS("*", "*");
      } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
        throw new FormDefinitionException(
            resource.getFilename() + ": not valid BPMN XML: " + e.getMessage(), e);
      }
      for (int i = 0; i < all.getLength(); i++) {
        Element element = (Element) all.item(i);
        String formRef = element.getAttributeNS(CAMUNDA_NS, "formRef");
        if (!formRef.isEmpty() && !formIds.contains(formRef)) {
          throw new FormDefinitionException(
              resource.getFilename()
                  + ": "
                  + element.getLocalName()
                  + " "
                  + element.getAttribute("id")
                  + " names the form \""
                  + formRef
                  + "\", which no file in forms/ defines");
        }
      }
    }
  }
}
