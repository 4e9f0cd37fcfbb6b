package io.missive.processor.read;

import io.missive.processor.model.JsonMember;
import io.missive.processor.model.JsonMember.Include;
import io.missive.processor.model.ValueObject;
import io.missive.processor.model.ValueObject.Kind;
import io.missive.processor.model.ValueObject.Member;
import io.missive.processor.model.ValueObject.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads the Jackson annotations ({@code com.fasterxml.jackson.annotation}) the user's payload types
 * carry, by name: the runtime does not depend on jackson-annotations, and a user without it simply
 * has none. What Missive honours is read into the model ({@link JsonMember}, {@link ValueObject});
 * what it cannot honour is read by name for the rules to reject.
 */
final class Jackson {

  static final String PACKAGE = "com.fasterxml.jackson.annotation.";
  static final String DATABIND_PACKAGE = "com.fasterxml.jackson.databind.annotation.";

  static final String JSON_PROPERTY = PACKAGE + "JsonProperty";
  static final String JSON_ALIAS = PACKAGE + "JsonAlias";
  static final String JSON_VALUE = PACKAGE + "JsonValue";
  static final String JSON_CREATOR = PACKAGE + "JsonCreator";
  static final String JSON_INCLUDE = PACKAGE + "JsonInclude";
  static final String JSON_IGNORE = PACKAGE + "JsonIgnore";
  static final String JSON_ENUM_DEFAULT_VALUE = PACKAGE + "JsonEnumDefaultValue";
  static final String JSON_TYPE_INFO = PACKAGE + "JsonTypeInfo";
  static final String JSON_SUB_TYPES = PACKAGE + "JsonSubTypes";
  static final String JSON_TYPE_NAME = PACKAGE + "JsonTypeName";

  /**
   * A polymorphic type's settings as read: the discriminator's member, what Missive cannot follow,
   * and the subtypes {@code @JsonSubTypes} lists with the names it gives them (empty when it is not
   * there).
   */
  record TypeInfo(String property, List<String> unhonoured, List<TypeElement> listed, List<String> listedNames) {}

  /** Whether {@code type} is polymorphic: {@code sealed}, or marked {@code @JsonTypeInfo}. */
  static boolean isPolymorphic(TypeElement type) {
    if (type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.ENUM) {
      return false;
    }
    return type.getModifiers().contains(Modifier.SEALED) || Annotations.mirror(type, JSON_TYPE_INFO) != null;
  }

  /** The settings of polymorphic {@code type}. */
  static TypeInfo typeInfo(TypeElement type) {
    String property = "@type";
    List<String> unhonoured = new ArrayList<>();
    AnnotationMirror info = Annotations.mirror(type, JSON_TYPE_INFO);
    if (info != null) {
      Map<String, AnnotationValue> values = Annotations.values(info);
      String use = constant(values.get("use"));
      if (use != null && !use.equals("NAME") && !use.equals("SIMPLE_NAME")) {
        unhonoured.add("@JsonTypeInfo(use = " + use + ")");
      }
      String include = constant(values.get("include"));
      if (include != null && !include.equals("PROPERTY")) {
        unhonoured.add("@JsonTypeInfo(include = " + include + ")");
      }
      if (values.containsKey("defaultImpl")) {
        unhonoured.add("@JsonTypeInfo(defaultImpl = ...)");
      }
      String named = string(values.get("property"));
      if (named != null && !named.isEmpty()) {
        property = named;
      }
    }
    List<TypeElement> listed = new ArrayList<>();
    List<String> listedNames = new ArrayList<>();
    AnnotationMirror subTypes = Annotations.mirror(type, JSON_SUB_TYPES);
    if (subTypes != null && Annotations.values(subTypes).get("value") != null
        && Annotations.values(subTypes).get("value").getValue() instanceof List<?> entries) {
      for (Object entry : entries) {
        if (entry instanceof AnnotationValue value && value.getValue() instanceof AnnotationMirror subType) {
          Map<String, AnnotationValue> members = Annotations.values(subType);
          AnnotationValue classValue = members.get("value");
          if (classValue != null
              && classValue.getValue() instanceof javax.lang.model.type.DeclaredType declared
              && declared.asElement() instanceof TypeElement listedType) {
            listed.add(listedType);
            String name = string(members.get("name"));
            List<String> names = strings(members.get("names"));
            listedNames.add(name != null && !name.isEmpty() ? name : names.isEmpty() ? null : names.get(0));
          }
        }
      }
    }
    return new TypeInfo(property, unhonoured, listed, listedNames);
  }

  /**
   * The discriminator value of variant {@code type}: {@code @JsonTypeName}, else Jackson's default,
   * its binary name without the package ({@code PaymentMethod$Card}).
   */
  static String typeName(TypeElement type, Elements elements) {
    AnnotationMirror mirror = Annotations.mirror(type, JSON_TYPE_NAME);
    if (mirror != null) {
      String value = string(Annotations.values(mirror).get("value"));
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    String binary = elements.getBinaryName(type).toString();
    return binary.substring(binary.lastIndexOf('.') + 1);
  }

  /**
   * Annotations on a member (accessor, record component) that change its JSON in a way the generated
   * codec does not follow. Documentation-only ones ({@code @JsonPropertyDescription}) are harmless
   * and not listed.
   */
  private static final Set<String> UNHONOURED_ON_MEMBERS =
      Set.of(
          "JsonUnwrapped", "JsonAnySetter", "JsonAnyGetter", "JsonRawValue", "JsonFormat", "JsonManagedReference",
          "JsonBackReference", "JsonView", "JsonMerge", "JsonKey", "JsonTypeId", "JsonGetter", "JsonSetter",
          "JsonIdentityReference", "JsonIdentityInfo", "JsonTypeInfo", "JsonSubTypes", "JsonIgnoreProperties",
          "JsonIncludeProperties", "JsonFilter", "JsonAutoDetect", "JsonRootName", "JsonNaming",
          "JsonPropertyOrder", "JsonSerialize", "JsonDeserialize", "JsonAppend", "JsonPOJOBuilder",
          "JsonTypeResolver", "JsonValueInstantiator");

  /**
   * Annotations on a type (the message interface, a record, an enum or a value class) that change
   * its JSON in a way the generated codec does not follow.
   */
  private static final Set<String> UNHONOURED_ON_TYPES =
      Set.of(
          "JsonNaming", "JsonPropertyOrder", "JsonRootName", "JsonAutoDetect", "JsonFormat", "JsonSerialize",
          "JsonDeserialize", "JsonFilter", "JsonIdentityInfo", "JsonAppend", "JsonIncludeProperties",
          "JsonIgnoreType", "JsonPOJOBuilder", "JsonValueInstantiator", "JsonTypeResolver");

  private Jackson() {}

  /**
   * The Jackson annotations on {@code type} that Missive cannot honour, by simple name, in the order
   * written; {@code @JsonIgnoreProperties(ignoreUnknown = true)} alone is what Missive does anyway.
   * Called for types that are not read as polymorphic (the message interface, a record, an enum, a
   * value class), on which {@code @JsonTypeInfo} and {@code @JsonSubTypes} cannot be honoured either.
   */
  static List<String> typeUnhonoured(TypeElement type) {
    List<String> unhonoured = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String qualified = qualifiedName(mirror);
      if (!qualified.startsWith(PACKAGE) && !qualified.startsWith(DATABIND_PACKAGE)) {
        continue;
      }
      String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
      Map<String, AnnotationValue> values = Annotations.values(mirror);
      if (simple.equals("JsonIgnoreProperties")) {
        if (!strings(values.get("value")).isEmpty()
            || Boolean.TRUE.equals(values.get("allowGetters") == null ? null : values.get("allowGetters").getValue())
            || Boolean.TRUE.equals(values.get("allowSetters") == null ? null : values.get("allowSetters").getValue())) {
          add(unhonoured, simple);
        }
      } else if (simple.equals("JsonTypeInfo") || simple.equals("JsonSubTypes")) {
        add(unhonoured, simple);
      } else if (UNHONOURED_ON_TYPES.contains(simple)) {
        add(unhonoured, simple);
      }
    }
    return unhonoured;
  }

  /**
   * How the field that {@code element} declares appears in JSON.
   *
   * @param name the field's Java name
   * @param elements where the annotations sit: for a record component, the component and its accessor
   * @param typeInclude {@code @JsonInclude} of the type that holds the field, which the field's own
   *     overrides
   */
  static JsonMember member(String name, List<? extends Element> elements, Include typeInclude) {
    String jsonName = name;
    List<String> aliases = new ArrayList<>();
    Include include = typeInclude;
    List<String> unhonoured = new ArrayList<>();
    for (Element element : elements) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        String qualified = qualifiedName(mirror);
        if (!qualified.startsWith(PACKAGE) && !qualified.startsWith(DATABIND_PACKAGE)) {
          continue;
        }
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        Map<String, AnnotationValue> values = Annotations.values(mirror);
        switch (simple) {
          case "JsonProperty" -> {
            String value = string(values.get("value"));
            if (value != null && !value.isEmpty()) {
              jsonName = value;
            }
            String access = constant(values.get("access"));
            if (access != null && !access.equals("AUTO") && !access.equals("READ_WRITE")) {
              add(unhonoured, "JsonProperty(access = " + access + ")");
            }
          }
          case "JsonAlias" -> {
            for (String alias : strings(values.get("value"))) {
              if (!aliases.contains(alias)) {
                aliases.add(alias);
              }
            }
          }
          case "JsonInclude" -> {
            Include read = include(values, unhonoured);
            if (read != null) {
              include = read;
            }
          }
          case "JsonIgnore" -> {
            AnnotationValue value = values.get("value");
            if (value == null || Boolean.TRUE.equals(value.getValue())) {
              add(unhonoured, simple);
            }
          }
          default -> {
            if (UNHONOURED_ON_MEMBERS.contains(simple)) {
              add(unhonoured, simple);
            }
          }
        }
      }
    }
    aliases.remove(jsonName);
    return new JsonMember(jsonName, aliases, include, unhonoured);
  }

  /** {@code @JsonInclude} on a type, or {@link Include#ALWAYS}; what it cannot honour into {@code unhonoured}. */
  static Include typeInclude(Element type, List<String> unhonoured) {
    AnnotationMirror mirror = Annotations.mirror(type, JSON_INCLUDE);
    if (mirror == null) {
      return Include.ALWAYS;
    }
    Include include = include(Annotations.values(mirror), unhonoured);
    return include == null ? Include.ALWAYS : include;
  }

  /** The inclusion {@code @JsonInclude}'s values ask for; {@code null} for {@code USE_DEFAULTS}. */
  private static Include include(Map<String, AnnotationValue> values, List<String> unhonoured) {
    String content = constant(values.get("content"));
    if (content != null && !content.equals("ALWAYS") && !content.equals("USE_DEFAULTS")) {
      add(unhonoured, "JsonInclude(content = " + content + ")");
    }
    String value = constant(values.get("value"));
    if (value == null) {
      return Include.ALWAYS;
    }
    switch (value) {
      case "ALWAYS":
        return Include.ALWAYS;
      case "NON_NULL":
        return Include.NON_NULL;
      case "NON_ABSENT":
        return Include.NON_ABSENT;
      case "NON_EMPTY":
        return Include.NON_EMPTY;
      case "USE_DEFAULTS":
        return null;
      default:
        add(unhonoured, "JsonInclude(" + value + ")");
        return null;
    }
  }

  /**
   * The value object {@code type} declares, or {@code null} when no method, field or constructor of
   * it carries {@code @JsonValue} or {@code @JsonCreator}.
   */
  static ValueObject valueObject(TypeElement type, String simpleName, Elements elements) {
    List<Member> values = new ArrayList<>();
    List<Member> creators = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      AnnotationMirror value = Annotations.mirror(member, JSON_VALUE);
      if (value != null && isTrue(Annotations.values(value).get("value"))) {
        values.add(member(member, false));
      }
      AnnotationMirror creator = Annotations.mirror(member, JSON_CREATOR);
      if (creator != null && member instanceof ExecutableElement executable) {
        String mode = constant(Annotations.values(creator).get("mode"));
        if (mode != null && mode.equals("DISABLED")) {
          continue;
        }
        boolean properties = "PROPERTIES".equals(mode);
        if (mode == null || mode.equals("DEFAULT")) {
          for (VariableElement parameter : executable.getParameters()) {
            if (Annotations.mirror(parameter, JSON_PROPERTY) != null) {
              properties = true;
            }
          }
        }
        creators.add(member(member, properties));
      }
    }
    if (values.isEmpty() && creators.isEmpty()) {
      return null;
    }
    return new ValueObject(
        simpleName,
        elements.getPackageOf(type).getQualifiedName().toString(),
        values,
        creators,
        !type.getTypeParameters().isEmpty(),
        type.getKind() == ElementKind.ENUM);
  }

  private static Member member(Element element, boolean propertiesMode) {
    Kind kind =
        switch (element.getKind()) {
          case CONSTRUCTOR -> Kind.CONSTRUCTOR;
          case METHOD -> Kind.METHOD;
          default -> Kind.FIELD;
        };
    int parameters = element instanceof ExecutableElement executable ? executable.getParameters().size() : 0;
    return new Member(
        kind,
        element.getSimpleName().toString(),
        parameters,
        element.getModifiers().contains(Modifier.STATIC),
        visibility(element),
        propertiesMode);
  }

  /** Who may use {@code element}: the most restrictive of it and the types around it. */
  static Visibility visibility(Element element) {
    Visibility visibility = Visibility.PUBLIC;
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)) {
        return Visibility.PRIVATE;
      }
      boolean implicitlyPublic = e.getEnclosingElement() != null
          && e.getEnclosingElement().getKind() == ElementKind.INTERFACE;
      if (!modifiers.contains(Modifier.PUBLIC) && !implicitlyPublic) {
        visibility = Visibility.PACKAGE;
      }
    }
    return visibility;
  }

  /** The name JSON uses for enum constant {@code constant}: {@code @JsonProperty("...")}, else its name. */
  static String constantName(Element constant) {
    AnnotationMirror mirror = Annotations.mirror(constant, JSON_PROPERTY);
    if (mirror != null) {
      String value = string(Annotations.values(mirror).get("value"));
      if (value != null && !value.isEmpty()) {
        return value;
      }
    }
    return constant.getSimpleName().toString();
  }

  /**
   * The other strings enum constant {@code constant} is read by: {@code @JsonAlias} on it, in the
   * order written, without repeats and without {@code wireName}, the string it is written as (an
   * alias naming it changes nothing, to Jackson either).
   */
  static List<String> constantAliases(Element constant, String wireName) {
    List<String> aliases = new ArrayList<>();
    AnnotationMirror mirror = Annotations.mirror(constant, JSON_ALIAS);
    if (mirror != null) {
      for (String alias : strings(Annotations.values(mirror).get("value"))) {
        if (!alias.equals(wireName) && !aliases.contains(alias)) {
          aliases.add(alias);
        }
      }
    }
    return aliases;
  }

  static boolean isEnumDefault(Element constant) {
    return Annotations.mirror(constant, JSON_ENUM_DEFAULT_VALUE) != null;
  }

  private static void add(List<String> unhonoured, String name) {
    if (!unhonoured.contains(name)) {
      unhonoured.add(name);
    }
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static boolean isTrue(AnnotationValue value) {
    return value == null || Boolean.TRUE.equals(value.getValue());
  }

  private static String string(AnnotationValue value) {
    return value != null && value.getValue() instanceof String s ? s : null;
  }

  private static List<String> strings(AnnotationValue value) {
    List<String> found = new ArrayList<>();
    if (value == null) {
      return found;
    }
    if (value.getValue() instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof AnnotationValue inner && inner.getValue() instanceof String s) {
          found.add(s);
        }
      }
    } else if (value.getValue() instanceof String s) {
      found.add(s);
    }
    return found;
  }

  /** The simple name of an enum constant value, such as {@code NON_NULL}. */
  private static String constant(AnnotationValue value) {
    return value != null && value.getValue() instanceof VariableElement constant
        ? constant.getSimpleName().toString()
        : null;
  }
}
