package io.missive.processor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A polymorphic type of the payload, such as {@code PaymentMethod} = {@code Card | BankTransfer}: a
 * {@code sealed} interface whose permitted records are the closed set, or an interface or class with
 * {@code @JsonTypeInfo(use = NAME)} and {@code @JsonSubTypes}. Written as the variant's object with
 * the discriminator first, as Jackson writes it; only the closed set is ever read. As read, valid or
 * not: the rules judge.
 *
 * @param simpleName the type's name as users write it, such as {@code PaymentMethod}
 * @param property the discriminator's member name: {@code @JsonTypeInfo(property)}, else Jackson's
 *     default {@code @type}
 * @param names each variant's discriminator value, in the order of {@code types}:
 *     {@code @JsonSubTypes.Type(name)}, else {@code @JsonTypeName}, else Jackson's default, the class
 *     name without its package ({@code PaymentMethod$Card})
 * @param types each variant's type, as classified (a record, unless the rules reject it)
 * @param unhonoured the settings Missive cannot follow, such as {@code use = CLASS} or
 *     {@code include = WRAPPER_OBJECT}, as the user would write them
 * @param notRecords the variants that are not records, as users write their names
 * @param hidden the variants that are private or nested in a private type, which the generated codec
 *     cannot name
 * @param packageOnly the variants that are public only to their own package, each with that package:
 *     a codec generated in another package cannot name them
 */
public record Variants(
    String simpleName,
    String property,
    List<String> names,
    List<ValueType> types,
    List<String> unhonoured,
    List<String> notRecords,
    List<String> hidden,
    Map<String, String> packageOnly) {

  public Variants {
    hidden = List.copyOf(hidden);
    packageOnly = Collections.unmodifiableMap(new LinkedHashMap<>(packageOnly));
    names = List.copyOf(names);
    types = List.copyOf(types);
    unhonoured = List.copyOf(unhonoured);
    notRecords = List.copyOf(notRecords);
  }
}
