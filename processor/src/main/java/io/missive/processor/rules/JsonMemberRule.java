package io.missive.processor.rules;

import com.palantir.javapoet.TypeName;
import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.Field;
import io.missive.processor.model.JsonMember;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.ValueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Jackson annotations on the payload's members and on the records inside it: each one Missive
 * cannot honour is an error (never silently ignored), and the members of one JSON object have
 * different names and aliases.
 */
public final class JsonMemberRule implements Rule {

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Diagnostic> found = new ArrayList<>();
    List<Field> fields = model.fields();
    String owner = "'" + model.simpleName() + "'";
    for (String annotation : model.declaration().jsonUnhonoured()) {
      found.add(unhonoured(Site.type(), "Message interface " + owner, annotation));
    }
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      Site site = Site.accessor(i);
      for (String annotation : field.json().unhonoured()) {
        found.add(unhonoured(site, "Accessor " + field.name() + "() of " + owner, annotation));
      }
      if (emptyValueObjectLeftOut(field)) {
        found.add(emptyValueObject(site, "Accessor " + field.name() + "() of " + owner));
      }
      String clash = clash(fields, i);
      if (clash != null) {
        found.add(
            Diagnostic.of(
                DiagnosticId.JSON_NAME_CLASH,
                site,
                "Accessor " + field.name() + "() of " + owner + " is read by the JSON name \"" + clash
                    + "\", which an accessor before it already has (as its name or an alias), so a"
                    + " member of that name could fill either. Give each accessor its own @JsonProperty"
                    + " name and @JsonAlias names."));
      }
      inner(field.type(), "Accessor " + field.name() + "() of " + owner, site, found, new HashSet<>());
    }
    return found;
  }

  /** The records inside {@code type}, at any depth, each once. */
  private static void inner(ValueType type, String where, Site site, List<Diagnostic> found, Set<TypeName> seen) {
    if (!type.typeUnhonoured().isEmpty() && seen.add(type.typeName())) {
      String kind = switch (type.shape()) {
        case RECORD -> "record";
        case ENUM -> "enum";
        default -> "value object";
      };
      for (String annotation : type.typeUnhonoured()) {
        found.add(
            unhonoured(
                site,
                where + " holds " + kind + " " + Texts.simple(PayloadTypeRule.raw(type.typeName())) + ", which",
                annotation));
      }
      seen.remove(type.typeName());
    }
    switch (type.shape()) {
      case OPTIONAL, LIST, SET -> inner(type.element(), where, site, found, seen);
      case MAP -> inner(type.arguments().get(1), where, site, found, seen);
      case VALUE_OBJECT -> type.arguments().forEach(argument -> inner(argument, where, site, found, seen));
      case POLYMORPHIC -> type.variants().types().forEach(variant -> inner(variant, where, site, found, seen));
      case ENUM -> {
        Diagnostic clash = constantClash(type, where, site);
        if (clash != null && !found.contains(clash)) {
          found.add(clash);
        }
      }
      case RECORD -> {
        if (!seen.add(type.typeName())) {
          return;
        }
        List<Field> components = type.components();
        String record = Texts.simple(PayloadTypeRule.raw(type.typeName()));
        for (int i = 0; i < components.size(); i++) {
          Field component = components.get(i);
          String text = where + " holds record " + record + ", whose component " + component.name();
          for (String annotation : component.json().unhonoured()) {
            found.add(unhonoured(site, text, annotation));
          }
          if (emptyValueObjectLeftOut(component)) {
            found.add(emptyValueObject(site, text));
          }
          String clash = clash(components, i);
          if (clash != null) {
            found.add(
                Diagnostic.of(
                    DiagnosticId.JSON_NAME_CLASH,
                    site,
                    text + " is read by the JSON name \"" + clash + "\", which a component before it"
                        + " already has (as its name or an alias), so a member of that name could fill"
                        + " either. Give each component its own @JsonProperty name and @JsonAlias names."));
          }
          inner(component.type(), where, site, found, seen);
        }
      }
      default -> {}
    }
  }

  /**
   * The error for two constants of enum {@code type} a reader could not tell apart, or {@code null}:
   * both written as one string ({@code @JsonProperty} on one naming the other, or on both), an alias
   * of one that is the string another is written as, or an alias both have. Jackson reads such a
   * string as one of them without a word (a name before an alias, else the first constant); Missive
   * asks which was meant. It is on the later constant of the two, or the one with the alias.
   */
  private static Diagnostic constantClash(ValueType type, String where, Site site) {
    List<String> names = type.wireNames();
    String holds = where + " holds enum " + Texts.simple(PayloadTypeRule.raw(type.typeName())) + ", whose constant";
    for (int i = 0; i < names.size(); i++) {
      String constant = type.constants().get(i);
      Site on = Site.constant(site.index(), type.qualifiedConstant(i));
      int first = names.indexOf(names.get(i));
      if (first < i) {
        return Diagnostic.of(
            DiagnosticId.JSON_NAME_CLASH,
            on,
            holds + "s " + type.constants().get(first) + " and " + constant + " are both written as \""
                + names.get(i) + "\", so a reader could not tell them apart. Give each constant its own"
                + " @JsonProperty name.");
      }
      for (String alias : type.constantAliases().get(i)) {
        int written = names.indexOf(alias);
        if (written >= 0) {
          String other = type.constants().get(written);
          return Diagnostic.of(
              DiagnosticId.JSON_NAME_CLASH,
              on,
              holds + " " + constant + " has the alias \"" + alias + "\", which is the string constant " + other
                  + " is written as, so a reader could not tell them apart (Jackson reads it as " + other
                  + " without a word). Remove \"" + alias + "\" from the @JsonAlias of " + constant
                  + ", or give " + other + " another @JsonProperty name.");
        }
        for (int j = 0; j < i; j++) {
          if (type.constantAliases().get(j).contains(alias)) {
            String other = type.constants().get(j);
            return Diagnostic.of(
                DiagnosticId.JSON_NAME_CLASH,
                on,
                holds + "s " + other + " and " + constant + " both have the alias \"" + alias + "\", so a"
                    + " reader could not tell them apart (Jackson reads it as " + other + " without a word)."
                    + " Keep \"" + alias + "\" in the @JsonAlias of one of them only.");
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether {@code field} is a required value object under {@code @JsonInclude(NON_EMPTY)} whose value
   * can be empty: Jackson leaves it out then, and nothing could be read back for it.
   */
  private static boolean emptyValueObjectLeftOut(Field field) {
    ValueType type = field.type();
    return field.json().include() == JsonMember.Include.NON_EMPTY
        && !field.nullable()
        && type.shape() == ValueType.Shape.VALUE_OBJECT
        && type.valueObject().values().size() == 1
        && (type.arguments().get(0).isCollection()
            || type.arguments().get(0).scalar() == io.missive.processor.model.ScalarType.STRING);
  }

  private static Diagnostic emptyValueObject(Site site, String where) {
    return Diagnostic.of(
        DiagnosticId.JSON_ANNOTATION,
        site,
        where + " is a value object under @JsonInclude(NON_EMPTY), which Jackson leaves out when its"
            + " value is empty; it is required, so nothing could be read back for it then. Mark it"
            + " @Nullable (read back as null), or write @JsonInclude(JsonInclude.Include.NON_ABSENT) on"
            + " it.");
  }

  /** The first name field {@code index} is read by that a field before it is read by too, or {@code null}. */
  private static String clash(List<Field> fields, int index) {
    Map<String, Integer> taken = new LinkedHashMap<>();
    for (int i = 0; i < index; i++) {
      for (String name : fields.get(i).json().readNames()) {
        taken.putIfAbsent(name, i);
      }
    }
    for (String name : fields.get(index).json().readNames()) {
      if (taken.containsKey(name)) {
        return name;
      }
    }
    return null;
  }

  private static Diagnostic unhonoured(Site site, String where, String annotation) {
    return Diagnostic.of(
        DiagnosticId.JSON_ANNOTATION,
        site,
        where + " is marked @" + annotation + ", which Missive cannot honour: " + why(annotation));
  }

  /** Why Missive does not follow {@code annotation}, and what to write instead. */
  private static String why(String annotation) {
    String simple = annotation.contains("(") ? annotation.substring(0, annotation.indexOf('(')) : annotation;
    return switch (simple) {
      case "JsonIgnore" -> "every accessor of a payload is a member of its JSON, and the envelope must"
          + " fill it when it reads one. Remove the accessor from the interface (a default method is not"
          + " part of the payload), or remove @JsonIgnore.";
      case "JsonUnwrapped" -> "the generated codec writes each record as an object of its own. Declare"
          + " the record's components as accessors of the payload instead, or remove @JsonUnwrapped.";
      case "JsonAnySetter", "JsonAnyGetter" -> "a payload has a fixed set of members (unknown members are"
          + " skipped on read). Use a Map<String, ...> accessor to carry open-ended values.";
      case "JsonFormat" -> "each type has one JSON form in Missive (docs/json.md). Remove @JsonFormat, or"
          + " use a value object (@JsonValue and @JsonCreator) that writes the form you need.";
      case "JsonSerialize", "JsonDeserialize", "JsonRawValue" -> "the codec is generated at compile time"
          + " and runs no custom databind code. Use a value object (@JsonValue and @JsonCreator) for a"
          + " custom form.";
      case "JsonGetter", "JsonSetter" -> "Missive names members with @JsonProperty. Use"
          + " @JsonProperty(\"...\") instead.";
      case "JsonProperty" -> "every payload member is both written and read. Remove the access setting.";
      case "JsonNaming" -> "members are named as declared, or by @JsonProperty. Name each member that"
          + " differs with @JsonProperty(\"...\") instead.";
      case "JsonPropertyOrder" -> "members are written in declaration order (inherited accessors first)."
          + " Declare them in the order you want instead.";
      case "JsonIgnoreProperties" -> "Missive skips unknown members on read anyway"
          + " (@JsonIgnoreProperties(ignoreUnknown = true) is fine), and writes every member it has. Remove"
          + " the members it names from the type instead.";
      case "JsonCreator" -> "without @JsonValue an enum is written as its constants' strings and a record"
          + " as its components, and a creator that reads anything else would have Jackson read other JSON"
          + " than it writes. Mark the method that returns the value @JsonValue too (a value object), or"
          + " remove @JsonCreator.";
      case "JsonTypeInfo", "JsonSubTypes" -> "only a sealed interface or an interface or abstract class"
          + " with @JsonTypeInfo(use = NAME) is polymorphic; a record or enum has one shape. Move it to"
          + " the interface its variants implement.";
      case "JsonInclude" -> "Missive leaves members out only for ALWAYS, NON_NULL, NON_ABSENT and"
          + " NON_EMPTY (on the member or its type, not on a container's content). Use one of those.";
      default -> "the generated codec does not follow it, and ignoring it would write other JSON than"
          + " Jackson does. Remove it, or model the shape with records, enums and value objects.";
    };
  }
}
