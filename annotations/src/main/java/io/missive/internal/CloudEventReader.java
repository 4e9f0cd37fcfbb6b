package io.missive.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.missive.Message;
import io.missive.MessageFormatException;
import io.missive.MessageJson;
import io.missive.MessageJsonReader;
import io.missive.json.JsonObject;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads one CloudEvents 1.0 event in JSON structured mode: the attributes, then the payload through the
 * codec of its type. The payload streams straight into the generated reader when the type and the
 * current version come before {@code data} (as every writer we know puts them); otherwise it is held as
 * a tree until the end, then upcast if older and read.
 *
 * <p>Every problem it meets, its own or one that a helper or the generated code found, leaves it as a
 * {@link MessageFormatException} that names the message type (once it is known) and the JSON path.
 */
public final class CloudEventReader {

  /**
   * Makes the message of a type that no codec reads, from its attributes and data as read: what a
   * {@link MessageJsonReader} that keeps unknown types hands back.
   */
  @FunctionalInterface
  public interface UnknownTypes {
    Message<?> message(
        String id,
        String type,
        String source,
        Instant time,
        int version,
        String correlationId,
        String causationId,
        Map<String, Object> attributes,
        boolean hasData,
        Object data);
  }

  /**
   * How a reader treats input that CloudEvents or Missive would refuse by default; immutable. The
   * default refuses attribute names other than lowercase letters and digits, extension values that
   * are objects, arrays or numbers other than 32-bit integers, and events without a schema version;
   * it reads with the limits of
   * {@link MessageJson#factory()}.
   */
  public static final class Options {
    /** The default: strict attributes, a schema version required, the limits of {@link MessageJson}. */
    public static final Options DEFAULT = new Options(false, false, MessageJson.factory());

    final boolean lenientAttributes;
    final boolean unversionedAsOldest;
    final JsonFactory factory;

    private Options(boolean lenientAttributes, boolean unversionedAsOldest, JsonFactory factory) {
      this.lenientAttributes = lenientAttributes;
      this.unversionedAsOldest = unversionedAsOldest;
      this.factory = factory;
    }

    /** These options, accepting any attribute name and extension values of any JSON type or size. */
    public Options lenientAttributes() {
      return new Options(true, unversionedAsOldest, factory);
    }

    /** These options, reading an event of a known type without a schema version as its oldest. */
    public Options unversionedAsOldest() {
      return new Options(lenientAttributes, true, factory);
    }

    /** These options, reading with parsers of {@code factory} and its read limits. */
    public Options factory(JsonFactory factory) {
      return new Options(lenientAttributes, unversionedAsOldest, Objects.requireNonNull(factory));
    }

    /** The factory parsers are made with. */
    public JsonFactory factory() {
      return factory;
    }
  }

  private static final int NO_VERSION = Integer.MIN_VALUE;
  /** The prefix of a {@code dataschema} that names a Missive type and version. */
  private static final String DATASCHEMA_PREFIX = "urn:missive:";
  private static final char[] SPEC_VERSION_CHARS = MessageJson.SPEC_VERSION.toCharArray();
  private static final char[] CONTENT_TYPE_CHARS = MessageJson.CONTENT_TYPE.toCharArray();

  // The attributes read, numbered in the order Missive writes them; the reader expects them in turn.
  // Those of binary mode are the slots of BinaryAttributes.
  private static final int SPECVERSION = BinaryAttributes.SPECVERSION;
  private static final int ID = BinaryAttributes.ID;
  private static final int SOURCE = BinaryAttributes.SOURCE;
  private static final int TYPE = BinaryAttributes.TYPE;
  private static final int TIME = BinaryAttributes.TIME;
  private static final int DATACONTENTTYPE = BinaryAttributes.DATACONTENTTYPE;
  private static final int SCHEMAVERSION = BinaryAttributes.SCHEMAVERSION;
  private static final int CORRELATIONID = BinaryAttributes.CORRELATIONID;
  private static final int CAUSATIONID = BinaryAttributes.CAUSATIONID;
  private static final int DATA = 9;
  private static final int DATA_BASE64 = 10;
  /** Any other member. */
  private static final int OTHER = 11;
  /** The end of the object. */
  private static final int END = -1;

  /** The names of the attributes, by number. */
  private static final SerializedString[] ATTRIBUTES = {
    CloudEventCodec.SPECVERSION,
    CloudEventCodec.ID,
    CloudEventCodec.SOURCE,
    CloudEventCodec.TYPE,
    CloudEventCodec.TIME,
    CloudEventCodec.DATACONTENTTYPE,
    CloudEventCodec.SCHEMAVERSION,
    CloudEventCodec.CORRELATIONID,
    CloudEventCodec.CAUSATIONID,
    CloudEventCodec.DATA
  };

  private final JsonParser parser;
  /** The one codec of {@link CloudEventCodec#read}, or {@code null} for a {@link MessageJsonReader}. */
  private final CloudEventCodec<?> only;
  private final Map<String, ? extends CloudEventCodec<?>> registry;
  /** What makes the messages of unknown types, or {@code null} when they are refused. */
  private final UnknownTypes unknown;
  /** The attributes as read, kept only when unknown types are handed back. */
  private final Map<String, Object> raw;
  private final Options options;

  private JsonStreamContext top;
  /** The index in {@link #ATTRIBUTES} of the attribute expected next. */
  private int expected;
  private boolean specVersion;
  private String id;
  private String source;
  private String type;
  private Instant time;
  private int version = NO_VERSION;
  /** Where {@link #version} came from: {@code schemaversion}, {@code dataschema}, or {@code null}. */
  private String versionFrom;
  /** The type a {@code dataschema} of Missive's names, or {@code null}. */
  private String schemaType;
  private String correlationId;
  private String causationId;
  private CloudEventCodec<?> codec;
  private boolean dataSeen;
  private boolean dataRead;
  private Object data;
  private Object dataTree;
  /** The extension attributes read (string, integer or boolean values), or null for none. */
  private Map<String, Object> extensions;

  /**
   * A reader of one message from {@code parser}: of the type of {@code only}, or else of a type in
   * {@code registry}, or else, when {@code unknown} is not {@code null}, of any type.
   */
  public CloudEventReader(
      JsonParser parser,
      CloudEventCodec<?> only,
      Map<String, ? extends CloudEventCodec<?>> registry,
      UnknownTypes unknown) {
    this(parser, only, registry, unknown, Options.DEFAULT);
  }

  /** As {@link #CloudEventReader(JsonParser, CloudEventCodec, Map, UnknownTypes)}, with {@code options}. */
  public CloudEventReader(
      JsonParser parser,
      CloudEventCodec<?> only,
      Map<String, ? extends CloudEventCodec<?>> registry,
      UnknownTypes unknown,
      Options options) {
    this.parser = parser;
    this.only = only;
    this.registry = registry;
    this.unknown = unknown;
    this.raw = unknown != null ? new LinkedHashMap<>() : null;
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Reads a whole document: one message and nothing after it. */
  public static Message<?> readDocument(
      String json,
      CloudEventCodec<?> only,
      Map<String, ? extends CloudEventCodec<?>> registry,
      UnknownTypes unknown) {
    return readDocument(json, only, registry, unknown, Options.DEFAULT);
  }

  /** Reads a whole document with {@code options}: one message and nothing after it. */
  public static Message<?> readDocument(
      String json,
      CloudEventCodec<?> only,
      Map<String, ? extends CloudEventCodec<?>> registry,
      UnknownTypes unknown,
      Options options) {
    long limit = options.factory.streamReadConstraints().getMaxDocumentLength();
    if (limit > 0 && json.length() > limit) {
      throw tooLong(only, json.length() + " chars", limit);
    }
    try (JsonParser parser = options.factory.createParser(json)) {
      return readDocument(parser, only, registry, unknown, options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a whole document in UTF-8: one message and nothing after it. */
  public static Message<?> readDocument(
      byte[] json,
      CloudEventCodec<?> only,
      Map<String, ? extends CloudEventCodec<?>> registry,
      UnknownTypes unknown) {
    return readDocument(json, only, registry, unknown, Options.DEFAULT);
  }

  /** Reads a whole document in UTF-8 with {@code options}: one message and nothing after it. */
  public static Message<?> readDocument(
      byte[] json,
      CloudEventCodec<?> only,
      Map<String, ? extends CloudEventCodec<?>> registry,
      UnknownTypes unknown,
      Options options) {
    long limit = options.factory.streamReadConstraints().getMaxDocumentLength();
    if (limit > 0 && json.length > limit) {
      throw tooLong(only, json.length + " bytes", limit);
    }
    try (JsonParser parser = options.factory.createParser(json)) {
      return readDocument(parser, only, registry, unknown, options);
    } catch (CharConversionException e) {
      // Jackson guesses the encoding from the first bytes; zero bytes there are never UTF-8 JSON.
      throw new MessageFormatException(only == null ? null : only.type(), "", notText(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageFormatException tooLong(CloudEventCodec<?> only, String length, long limit) {
    return new MessageFormatException(
        only == null ? null : only.type(),
        "",
        "the input is " + length + " long, over the limit of " + limit,
        null);
  }

  private static Message<?> readDocument(
      JsonParser parser,
      CloudEventCodec<?> only,
      Map<String, ? extends CloudEventCodec<?>> registry,
      UnknownTypes unknown,
      Options options)
      throws IOException {
    CloudEventReader reader = new CloudEventReader(parser, only, registry, unknown, options);
    Message<?> message = reader.read();
    JsonToken after;
    try {
      after = parser.nextToken();
    } catch (JsonProcessingException e) {
      throw new MessageFormatException(
          reader.typeForErrors(), "", "after the message: " + problem(e), e);
    } catch (CharConversionException e) {
      throw new MessageFormatException(reader.typeForErrors(), "", "after the message: " + notText(e), e);
    }
    if (after != null) {
      throw new MessageFormatException(
          reader.typeForErrors(), "", "found " + Json.describe(after) + " after the message", null);
    }
    return message;
  }

  /**
   * Reads one event of a protocol binding's binary mode: its attributes as text (as headers carry
   * them: {@code attributes} maps each name, without the binding's prefix, to its value; the data's
   * content type is {@code datacontenttype}) and its data, the JSON value in UTF-8 {@code data}, read
   * straight into the codec's data reader. Each attribute is checked as the structured reader checks
   * it, in the order Missive writes them, then the others in the map's order; a problem with an
   * attribute is a {@link MessageFormatException} at the attribute's name, one in the data at
   * {@code data} and the JSON path within it.
   *
   * <p>Attribute values are text, so an extension is kept as a string.
   */
  public static Message<?> readBinary(
      Map<String, String> attributes,
      byte[] data,
      CloudEventCodec<?> only,
      Map<String, ? extends CloudEventCodec<?>> registry,
      UnknownTypes unknown,
      Options options) {
    long limit = options.factory.streamReadConstraints().getMaxDocumentLength();
    if (limit > 0 && data.length > limit) {
      throw tooLong(only, data.length + " bytes", limit);
    }
    CloudEventReader reader = new CloudEventReader(null, only, registry, unknown, options);
    return reader.readBinary(BinaryAttributes.of(attributes), data);
  }

  private Message<?> readBinary(BinaryAttributes attributes, byte[] data) {
    String name = null;
    try {
      for (int attribute = SPECVERSION; attribute <= CAUSATIONID; attribute++) {
        String value = attributes.own(attribute);
        if (value != null) {
          name = BinaryAttributes.name(attribute);
          attribute(attribute, name, value);
        }
      }
      for (int i = 0; i < attributes.otherCount(); i++) {
        name = attributes.otherName(i);
        if (number(name) == OTHER) {
          attribute(OTHER, name, attributes.otherValue(i));
        }
      }
      name = null;
    } catch (ReadProblem e) {
      throw e.placed(typeForErrors(), name == null ? "" : name);
    } catch (MessageFormatException e) {
      throw typed(e, typeForErrors());
    } catch (RuntimeException e) {
      throw new MessageFormatException(typeForErrors(), name == null ? "" : name, invalid(e), e);
    }
    dataSeen = true;
    try (JsonParser in = options.factory.createParser(data)) {
      try {
        JsonToken value = in.nextToken();
        if (value == null) {
          throw new ReadProblem("expected the data, a JSON value, found nothing", null);
        }
        if (codec != null && version != NO_VERSION) {
          codec.checkVersion(version);
        }
        if (codec != null && version == codec.version()) {
          this.data = codec.readData(in);
          dataRead = true;
        } else {
          if (value != JsonToken.START_OBJECT && raw == null) {
            throw JsonRead.wrongType("an object", in);
          }
          dataTree = Json.readTree(in, value);
        }
        JsonToken after = in.nextToken();
        if (after != null) {
          throw new MessageFormatException(
              typeForErrors(), "data", "found " + Json.describe(after) + " after the data", null);
        }
      } catch (ReadProblem e) {
        throw e.placed(typeForErrors(), JsonPaths.of(in.getParsingContext(), null, "data"));
      } catch (MessageFormatException e) {
        throw typed(e, typeForErrors());
      } catch (JsonProcessingException e) {
        throw new MessageFormatException(
            typeForErrors(), JsonPaths.of(in.getParsingContext(), null, "data"), problem(e), e);
      } catch (CharConversionException e) {
        throw new MessageFormatException(typeForErrors(), "data", notText(e), e);
      } catch (RuntimeException e) {
        throw new MessageFormatException(
            typeForErrors(), JsonPaths.of(in.getParsingContext(), null, "data"), invalid(e), e);
      }
    } catch (CharConversionException e) {
      // From creating the parser: Jackson guesses the encoding from the first bytes.
      throw new MessageFormatException(typeForErrors(), "data", notText(e), e);
    } catch (IOException e) {
      // Parsing bytes in memory does no I/O.
      throw new UncheckedIOException(e);
    }
    try {
      return finish();
    } catch (ReadProblem e) {
      throw e.placed(typeForErrors(), "");
    } catch (MessageFormatException e) {
      throw typed(e, typeForErrors());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new MessageFormatException(typeForErrors(), "", invalid(e), e);
    }
  }

  /**
   * Checks and takes the text {@code value} of attribute number {@code attribute} named {@code name},
   * as {@link #member} does a JSON string.
   */
  private void attribute(int attribute, String name, String value) {
    if (raw != null) {
      raw.put(name, value);
    }
    switch (attribute) {
      case SPECVERSION:
        if (!value.equals(MessageJson.SPEC_VERSION)) {
          throw new ReadProblem("expected \"1.0\" (CloudEvents 1.0), found " + quote(value), null);
        }
        specVersion = true;
        break;
      case ID:
        id = nonEmpty(value);
        break;
      case SOURCE:
        source = only != null && value.equals(only.source()) ? only.source() : nonEmpty(value);
        break;
      case TYPE:
        type(value);
        break;
      case TIME:
        time = time(value);
        break;
      case DATACONTENTTYPE:
        contentType(value);
        break;
      case SCHEMAVERSION:
        version(version(value), "schemaversion");
        break;
      case CORRELATIONID:
        correlationId = id != null && value.equals(id) ? id : nonEmpty(value);
        break;
      case CAUSATIONID:
        causationId = nonEmpty(value);
        break;
      default:
        extension(name, value);
        break;
    }
  }

  /**
   * Reads the message: the object at the parser's current token, or at the next token when it has
   * none yet or is on a member name. Leaves the parser on the message's closing {@code END_OBJECT}.
   *
   * @throws MessageFormatException if it is no valid message of a type this reader reads
   * @throws IOException if the parser's input fails
   */
  public Message<?> read() throws IOException {
    try {
      JsonToken token = parser.currentToken();
      if (token == null || token == JsonToken.FIELD_NAME) {
        token = parser.nextToken();
      }
      if (token != JsonToken.START_OBJECT) {
        throw new ReadProblem(
            "expected a JSON object (a CloudEvents event), found " + Json.describe(token), null);
      }
      top = parser.getParsingContext();
      for (int attribute = nextAttribute(); attribute != END; attribute = nextAttribute()) {
        JsonToken value = parser.nextToken();
        if (attribute == OTHER) {
          extension(value);
        }
        if (raw != null && value.isScalarValue() && attribute != DATA) {
          String name = parser.currentName();
          raw.put(name, Json.readTree(parser, value, name));
        }
        member(attribute, value);
      }
      return finish();
    } catch (ReadProblem e) {
      throw e.placed(typeForErrors(), path());
    } catch (MessageFormatException e) {
      throw typed(e, typeForErrors());
    } catch (JsonProcessingException e) {
      throw new MessageFormatException(typeForErrors(), path(), problem(e), e);
    } catch (CharConversionException e) {
      // Bytes that Jackson took for UTF-16 or UTF-32 (from their zero bytes) and that are not.
      throw new MessageFormatException(typeForErrors(), path(), notText(e), e);
    } catch (RuntimeException e) {
      throw new MessageFormatException(typeForErrors(), path(), invalid(e), e);
    }
  }

  /**
   * Moves to the next member and returns its number, or {@link #END}. Tries the attribute that
   * Missive writes next first: the parser then matches its bytes instead of looking the name up.
   */
  private int nextAttribute() throws IOException {
    if (expected < ATTRIBUTES.length && parser.nextFieldName(ATTRIBUTES[expected])) {
      return expected;
    }
    String name = expected < ATTRIBUTES.length ? parser.currentName() : parser.nextFieldName();
    if (parser.currentToken() != JsonToken.FIELD_NAME) {
      return END;
    }
    return number(name);
  }

  /** The number of the member {@code name}: one of Missive's attributes, {@code data}, or {@link #OTHER}. */
  private static int number(String name) {
    switch (name) {
      case "specversion":
        return SPECVERSION;
      case "id":
        return ID;
      case "source":
        return SOURCE;
      case "type":
        return TYPE;
      case "time":
        return TIME;
      case "datacontenttype":
        return DATACONTENTTYPE;
      case "schemaversion":
        return SCHEMAVERSION;
      case "correlationid":
        return CORRELATIONID;
      case "causationid":
        return CAUSATIONID;
      case "data":
        return DATA;
      case "data_base64":
        return DATA_BASE64;
      default:
        return OTHER;
    }
  }

  /** Reads the value of attribute number {@code attribute}, at token {@code value}. */
  private void member(int attribute, JsonToken value) throws IOException {
    if (attribute < OTHER) {
      // After an attribute, the next one in Missive's order is expected.
      expected = attribute + 1;
    }
    switch (attribute) {
      case SPECVERSION:
        if (value != JsonToken.VALUE_STRING) {
          throw JsonRead.wrongType("a string", parser);
        }
        if (!textIs(value, SPEC_VERSION_CHARS)) {
          throw new ReadProblem(
              "expected \"1.0\" (CloudEvents 1.0), found " + Json.quote(parser), null);
        }
        specVersion = true;
        break;
      case ID:
        id = nonEmpty(value);
        break;
      case SOURCE:
        // The usual source is the type's own: keep that string rather than a copy of it.
        source = only != null && textIs(value, only.sourceChars) ? only.source() : nonEmpty(value);
        break;
      case TYPE:
        type(value);
        break;
      case TIME:
        time = time(value);
        break;
      case DATACONTENTTYPE:
        contentType(value);
        break;
      case SCHEMAVERSION:
        version(version(value), "schemaversion");
        break;
      case CORRELATIONID:
        // A message that starts a flow is its own correlation: keep the id's string.
        correlationId = id != null && textIs(value, id) ? id : nonEmpty(value);
        break;
      case CAUSATIONID:
        causationId = value == JsonToken.VALUE_NULL ? null : nonEmpty(value);
        break;
      case DATA:
        data(value);
        break;
      case DATA_BASE64:
        throw new ReadProblem(
            "binary data is not supported: the data of a message is a JSON object in \"data\"", null);
      default:
        // Checked and kept as an extension by extension(), which read() calls for every such attribute.
        if (raw != null && !value.isScalarValue() && !value.isStructEnd()) {
          String name = parser.currentName();
          raw.put(name, Json.readTree(parser, value, name));
        } else {
          parser.skipChildren();
        }
        break;
    }
  }

  /**
   * Checks an attribute other than Missive's at token {@code value}: its name, its value, and a
   * {@code dataschema} that names the version; then keeps it as an extension.
   */
  private void extension(JsonToken value) throws IOException {
    String name = parser.currentName();
    Json.checkName(parser, name);
    if (!options.lenientAttributes) {
      if (!CloudEventRules.isAttributeName(name)) {
        throw new ReadProblem(notAttributeName(name), null);
      }
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        // At the attribute, not inside its value: the name is a plain path.
        throw new MessageFormatException(
            typeForErrors(),
            name,
            "expected a string, boolean or integer of 32 bits (a CloudEvents extension value), found "
                + Json.describe(value)
                + " (read with MessageJsonReader.lenientAttributes() to accept it)",
            null);
      }
      if (value == JsonToken.VALUE_NUMBER_FLOAT
          || (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() != JsonParser.NumberType.INT)) {
        // CloudEvents integers are 32 bits, and it has no other numbers (the SDKs refuse them too).
        throw new ReadProblem(
            "expected a string, boolean or integer of 32 bits (a CloudEvents extension value), found "
                + Json.describe(value) + " " + shorten(parser.getText())
                + " (read with MessageJsonReader.lenientAttributes() to accept it)",
            null);
      }
    }
    if (value == JsonToken.VALUE_STRING && name.equals("dataschema") && versionIn(parser.getText())) {
      return;
    }
    keep(name, value);
  }

  /** As {@link #extension(JsonToken)}, for an attribute of binary mode: its name and its text. */
  private void extension(String name, String value) {
    Json.checkName(name, options.factory.streamReadConstraints().getMaxNameLength());
    if (value == null) {
      // Only a caller's map can hold one; a header always has text.
      throw new ReadProblem("expected the attribute's text, found null", null);
    }
    if (!options.lenientAttributes && !CloudEventRules.isAttributeName(name)) {
      throw new ReadProblem(notAttributeName(name), null);
    }
    if (name.equals("dataschema") && versionIn(value)) {
      return;
    }
    if (Extensions.isExtensionName(name)) {
      if (extensions == null) {
        extensions = new LinkedHashMap<>();
      }
      extensions.put(name, value);
    }
  }

  private static String notAttributeName(String name) {
    return "\"" + name + "\" is not a CloudEvents attribute name: names are lowercase letters a-z and"
        + " digits 0-9 only (read with MessageJsonReader.lenientAttributes() to accept it)";
  }

  /**
   * Takes the type and version of a {@code dataschema} that names Missive's, returning whether it did;
   * fails on one that starts as Missive's and is malformed.
   */
  private boolean versionIn(String schema) {
    {
      if (schema.startsWith(DATASCHEMA_PREFIX)) {
        int colon = schema.lastIndexOf(':');
        String digits = schema.substring(colon + 1);
        if (colon < DATASCHEMA_PREFIX.length()
            || digits.isEmpty()
            || digits.length() > 9
            || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
          throw new ReadProblem(
              "expected urn:missive:<type>:<version> such as urn:missive:OrderPlaced:2, found "
                  + quote(schema),
              null);
        }
        schemaType = schema.substring(DATASCHEMA_PREFIX.length(), colon);
        version(Integer.parseInt(digits), "dataschema");
        // The version it names is the message's, written back as schemaversion; kept, it would
        // contradict that once the message is upcast.
        return true;
      }
    }
    return false;
  }

  /** Takes the schema version {@code found} in attribute {@code from}, which must agree with another. */
  private void version(int found, String from) {
    if (version != NO_VERSION && version != found && !from.equals(versionFrom)) {
      throw new ReadProblem(
          "version " + found + " disagrees with version " + version + " in " + versionFrom, null);
    }
    version = found;
    versionFrom = from;
  }

  /**
   * Keeps an extension attribute of a valid name whose value has a CloudEvents JSON type (string,
   * integer, boolean); other members are ignored, as a tolerant reader does.
   */
  private void keep(String name, JsonToken value) throws IOException {
    Object extension;
    switch (value) {
      case VALUE_STRING:
        extension = parser.getText();
        break;
      case VALUE_TRUE:
        extension = Boolean.TRUE;
        break;
      case VALUE_FALSE:
        extension = Boolean.FALSE;
        break;
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
          return;
        }
        extension = parser.getIntValue();
        break;
      default:
        return;
    }
    if (!Extensions.isExtensionName(name)) {
      return;
    }
    if (extensions == null) {
      extensions = new LinkedHashMap<>();
    }
    extensions.put(name, extension);
  }

  private void type(JsonToken token) throws IOException {
    if (only != null) {
      if (!textIs(token, only.typeChars)) {
        String value = nonEmpty(token);
        throw new ReadProblem(
            "found type \"" + value + "\", another message; this reads only \"" + only.type() + "\"",
            null);
      }
      type = only.type();
      codec = only;
      return;
    }
    type(nonEmpty(token));
  }

  /** As {@link #type(JsonToken)}, for the text {@code value}. */
  private void type(String value) {
    if (only != null) {
      if (!value.equals(only.type())) {
        throw new ReadProblem(
            "found type \"" + nonEmpty(value) + "\", another message; this reads only \"" + only.type() + "\"",
            null);
      }
      type = only.type();
      codec = only;
      return;
    }
    nonEmpty(value);
    type = value;
    codec = registry.get(value);
    if (codec == null && raw == null) {
      throw new ReadProblem(
          "unknown message type \"" + value + "\"; this reader knows " + registry.keySet()
              + ". Register its codec in MessageJsonReader.of(...), or hand unknown types back with"
              + " keepingUnknownTypes()",
          null);
    }
  }

  private void data(JsonToken value) throws IOException {
    if (dataSeen) {
      throw new ReadProblem("data appears twice", null);
    }
    dataSeen = true;
    if (codec != null && version != NO_VERSION) {
      codec.checkVersion(version);
      if (version == codec.version()) {
        data = codec.readData(parser);
        dataRead = true;
        return;
      }
      if (codec.readsTyped(version)) {
        // A version the typed upcasters take: read into its frozen record, never into a tree.
        data = codec.readTyped(version, parser);
        dataRead = true;
        return;
      }
    }
    if (value != JsonToken.START_OBJECT && raw == null) {
      throw JsonRead.wrongType("an object", parser);
    }
    // Unrooted: the codec roots it for its upcasters, and an unknown message's data is rooted below.
    dataTree = Json.readTree(parser, value);
  }

  private Message<?> finish() throws IOException {
    if (!specVersion) {
      throw ReadProblem.missing("specversion");
    }
    requirePresent(id, "id");
    requirePresent(source, "source");
    requirePresent(type, "type");
    requirePresent(time, "time");
    if (schemaType != null && !schemaType.equals(type)) {
      throw ReadProblem.at(
          "dataschema",
          "names type \"" + schemaType + "\", but the event's type is \"" + type + "\"");
    }
    if (codec == null || !source.equals(codec.source())) {
      // The codec's own source was checked when the processor generated it.
      String problem = CloudEventRules.uriReferenceProblem(source);
      if (problem != null) {
        throw ReadProblem.at(
            "source", "\"" + shorten(source) + "\" is not a URI reference (" + problem
                + "), as CloudEvents requires");
      }
    }
    if (codec == null) {
      Object unknownData = dataTree;
      Json.repath(unknownData, "data");
      return unknown.message(
          id,
          type,
          source,
          time,
          version == NO_VERSION ? 0 : version,
          correlationId == null ? id : correlationId,
          causationId,
          raw,
          dataSeen,
          unknownData);
    }
    if (!dataSeen) {
      throw ReadProblem.missing("data");
    }
    if (version == NO_VERSION) {
      if (!options.unversionedAsOldest) {
        throw ReadProblem.at(
            "schemaversion",
            "missing (neither schemaversion nor a dataschema urn:missive:" + type + ":<version> says"
                + " which version the data has; read with"
                + " MessageJsonReader.unversionedAsOldest() to take it as the oldest version read, "
                + codec.oldestVersion() + ")");
      }
      version = codec.oldestVersion();
    }
    codec.checkVersion(version);
    if (!dataRead) {
      if (!(dataTree instanceof JsonObject object)) {
        throw ReadProblem.at(
            "data", "expected an object, found " + Json.describeTree(dataTree));
      }
      data = codec.readTree(object, version);
    }
    Message<?> message =
        codec.create(id, source, time, correlationId == null ? id : correlationId, causationId, data);
    if (extensions != null && message instanceof AbstractMessage<?> built) {
      built.initExtensions(extensions);
    }
    return message;
  }

  private static void requirePresent(Object value, String name) {
    if (value == null) {
      throw ReadProblem.missing(name);
    }
  }

  /**
   * Whether the current token is a string of exactly the chars of {@code expected}, compared in the
   * parser's buffer without creating a string.
   */
  private boolean textIs(JsonToken value, String expected) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      return false;
    }
    int length = parser.getTextLength();
    if (length != expected.length()) {
      return false;
    }
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    for (int i = 0; i < length; i++) {
      if (chars[offset + i] != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** As {@link #textIs(JsonToken, String)}, for the chars of a constant. */
  private boolean textIs(JsonToken value, char[] expected) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      return false;
    }
    int length = parser.getTextLength();
    if (length != expected.length) {
      return false;
    }
    int offset = parser.getTextOffset();
    return Arrays.equals(parser.getTextCharacters(), offset, offset + length, expected, 0, length);
  }

  private String string(JsonToken value) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      throw JsonRead.wrongType("a string", parser);
    }
    return parser.getText();
  }

  private String nonEmpty(JsonToken value) throws IOException {
    return nonEmpty(string(value));
  }

  private static String nonEmpty(String text) {
    if (text.isEmpty()) {
      throw new ReadProblem("must not be empty", null);
    }
    return text;
  }

  /** {@code text} quoted for an error message, shortened as {@link Json#quote(JsonParser)} does. */
  private static String quote(String text) {
    return '"' + shorten(text) + '"';
  }

  private Instant time(JsonToken value) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      throw JsonRead.wrongType("a timestamp string", parser);
    }
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    Instant instant = Rfc3339.tryParse(chars, offset, length);
    if (instant == null) {
      throw badTime(chars, offset, length, Json.quote(parser));
    }
    return instant;
  }

  private static Instant time(String value) {
    char[] chars = value.toCharArray();
    Instant instant = Rfc3339.tryParse(chars, 0, chars.length);
    if (instant == null) {
      throw badTime(chars, 0, chars.length, quote(value));
    }
    return instant;
  }

  private static ReadProblem badTime(char[] chars, int offset, int length, String quoted) {
    String problem = Rfc3339.problem(chars, offset, length);
    return new ReadProblem(
        problem != null
            ? "found " + quoted + ": " + problem
            : "expected an RFC 3339 timestamp with seconds such as 2026-03-15T10:30:00Z, found " + quoted,
        null);
  }

  private void contentType(JsonToken value) throws IOException {
    if (textIs(value, CONTENT_TYPE_CHARS)) {
      return;
    }
    contentType(string(value));
  }

  private static void contentType(String text) {
    if (text.equals(MessageJson.CONTENT_TYPE)) {
      return;
    }
    String contentType = text.toLowerCase(Locale.ROOT);
    int parameters = contentType.indexOf(';');
    String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim();
    if (!mediaType.equals(MessageJson.CONTENT_TYPE) && !mediaType.endsWith("+json")) {
      throw new ReadProblem(
          "expected application/json, found " + quote(text) + "; the data of a message is a JSON object",
          null);
    }
  }

  private int version(JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      // CloudEvents SDKs may carry integer extensions as strings.
      return version(parser.getText());
    }
    return JsonRead.intValue(parser);
  }

  private static int version(String text) {
    int length = text.length();
    if (length == 0 || length >= 10) {
      throw badVersion(text);
    }
    int version = 0;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw badVersion(text);
      }
      version = version * 10 + (c - '0');
    }
    return version;
  }

  private static ReadProblem badVersion(String text) {
    return new ReadProblem("expected a schema version (an integer), found " + quote(text), null);
  }

  /**
   * {@code e}, or when it does not name the message type, a copy that does, the same in all else: path,
   * problem, cause, stack trace and suppressed exceptions. A {@link JsonObject}'s getters, in an
   * upcaster, cannot know the type.
   */
  private static MessageFormatException typed(MessageFormatException e, String type) {
    if (e.messageType() != null || type == null) {
      return e;
    }
    MessageFormatException typed = new MessageFormatException(type, e.path(), e.problem(), e.getCause());
    typed.setStackTrace(e.getStackTrace());
    for (Throwable suppressed : e.getSuppressed()) {
      typed.addSuppressed(suppressed);
    }
    return typed;
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private String typeForErrors() {
    return only != null ? only.type() : type;
  }

  /** Where the parser is, relative to the message object. */
  private String path() {
    return top == null ? "" : JsonPaths.of(parser.getParsingContext(), top, "");
  }

  static String problem(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    String message = e.getOriginalMessage();
    if (location != null && location.getLineNr() > 0) {
      message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return message;
  }

  private static String notText(CharConversionException e) {
    return "the bytes are not text in the encoding they seem to be in (" + e.getMessage()
        + "); a message is JSON in UTF-8";
  }

  static String invalid(RuntimeException e) {
    return "invalid value: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getName());
  }
}
