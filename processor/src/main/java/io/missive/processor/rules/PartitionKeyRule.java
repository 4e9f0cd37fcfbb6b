package io.missive.processor.rules;

import io.missive.processor.diag.Diagnostic;
import io.missive.processor.diag.DiagnosticId;
import io.missive.processor.diag.Site;
import io.missive.processor.model.Accessor;
import io.missive.processor.model.MessageType;
import io.missive.processor.model.RuntimeNames;
import io.missive.processor.model.ScalarType;
import io.missive.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code @PartitionKey} accessor is one the generated builder can turn into the
 * {@code partitionkey} extension on every message: one accessor at most, always present, of a type
 * with one text form.
 */
public final class PartitionKeyRule implements Rule {

  /** The scalars whose text form is one value: themselves, or their decimal digits. */
  private static final Set<ScalarType> KEY_SCALARS =
      Set.of(ScalarType.STRING, ScalarType.UUID, ScalarType.INT, ScalarType.LONG, ScalarType.SHORT, ScalarType.BYTE);

  private static final String KINDS =
      "a String, a UUID, an enum, an int, long, short or byte (or its box), or a value object whose"
          + " @JsonValue is a String";

  @Override
  public List<Diagnostic> check(MessageType model) {
    List<Diagnostic> found = new ArrayList<>();
    Accessor first = null;
    for (int i = 0; i < model.accessors().size(); i++) {
      Accessor accessor = model.accessors().get(i);
      if (!accessor.partitionKey()) {
        continue;
      }
      Site site = new Site(Site.Part.ACCESSOR, i, RuntimeNames.PARTITION_KEY.canonicalName(), null);
      String where = Texts.accessor(accessor);
      if (first != null) {
        found.add(
            Diagnostic.of(
                DiagnosticId.PARTITION_KEY,
                site,
                where + " is marked @PartitionKey, but " + first.name() + "() already is, and a"
                    + " message has one partition key. Keep @PartitionKey on one accessor; to key by"
                    + " both, add an accessor that returns them combined (such as \"tenant/order\")"
                    + " and mark that one."));
        continue;
      }
      first = accessor;
      ValueType type = accessor.type();
      if (accessor.nullable() || type.isOptional()) {
        found.add(
            Diagnostic.of(
                DiagnosticId.PARTITION_KEY,
                site,
                where + " is marked @PartitionKey, but it "
                    + (accessor.nullable() ? "may be null" : "is an " + Texts.simple(accessor.typeText()))
                    + ": a message without its key would land on any partition and lose its order"
                    + " among the others of its key. Make the key a required field (no @Nullable,"
                    + " no Optional), or leave @PartitionKey off and set .partitionKey(...) on the"
                    + " builder where a key exists."));
      } else if (!hasTextForm(type)) {
        found.add(
            Diagnostic.of(
                DiagnosticId.PARTITION_KEY,
                site,
                where + " is marked @PartitionKey, but its type " + Texts.simple(accessor.typeText())
                    + " has no single text form to write as the partitionkey extension. Mark an"
                    + " accessor that is " + KINDS + ", such as String orderId(); or set"
                    + " .partitionKey(...) on the builder yourself."));
      }
    }
    return found;
  }

  /** Whether the generated builder can write {@code type} as the key's text. */
  static boolean hasTextForm(ValueType type) {
    return switch (type.shape()) {
      case SCALAR -> KEY_SCALARS.contains(type.scalar());
      case ENUM -> true;
      case VALUE_OBJECT ->
          !type.arguments().isEmpty()
              && type.arguments().get(0).shape() == ValueType.Shape.SCALAR
              && type.arguments().get(0).scalar() == ScalarType.STRING;
      default -> false;
    };
  }
}
