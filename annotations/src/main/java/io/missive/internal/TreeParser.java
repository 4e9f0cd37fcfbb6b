package io.missive.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import io.missive.MessageJson;
import io.missive.json.JsonArray;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Walks a {@link JsonObject} tree as a stream of tokens, so that the generated reader reads an upcast
 * payload just as it reads one from bytes, without writing the tree out and parsing it again. Tokens,
 * numbers and paths are those that parser would give: a number is an integer token exactly when its
 * {@link BigDecimal#scale() scale} is 0, as {@link BigDecimal#toString()} would write it. It walks the
 * tree by position: an object's members in order.
 */
final class TreeParser extends ParserMinimalBase {

  /** An object or array being walked; also the parsing context that error paths are made from. */
  private static final class Frame extends JsonStreamContext {
    final Frame parent;
    /** The object being walked, or {@code null}. */
    final JsonObject object;
    /** The array being walked, or {@code null}. */
    final JsonArray array;
    String name;
    /** The value of the member whose name was the last token. */
    Object pending;

    Frame(Frame parent, int type, JsonObject object, JsonArray array) {
      super(type, -1);
      this.parent = parent;
      this.object = object;
      this.array = array;
      this._nestingDepth = parent == null ? 0 : parent._nestingDepth + 1;
    }

    /** Moves to the next member or element; returns its index. */
    int advance() {
      return ++_index;
    }

    int depth() {
      return _nestingDepth;
    }

    @Override
    public Frame getParent() {
      return parent;
    }

    @Override
    public String getCurrentName() {
      return name;
    }
  }

  private static final TreeMembers MEMBERS = TreeMembers.get();

  private final JsonObject root;
  private Frame frame = new Frame(null, JsonStreamContext.TYPE_ROOT, null, null);
  /** The value at the current token: a string, number, object or array. */
  private Object value;
  private char[] chars;
  private boolean closed;

  TreeParser(JsonObject root) {
    super(MessageJson.factory().streamReadConstraints());
    this.root = root;
  }

  @Override
  public JsonToken nextToken() throws IOException {
    chars = null;
    if (_currToken == null) {
      return _currToken = closed ? null : enter(root);
    }
    if (_currToken == JsonToken.FIELD_NAME) {
      Object member = frame.pending;
      frame.pending = null;
      return _currToken = enter(member);
    }
    if (frame.object != null) {
      int index = frame.advance();
      if (index < frame.object.size()) {
        frame.name = MEMBERS.name(frame.object, index);
        frame.pending = MEMBERS.value(frame.object, index);
        value = null;
        return _currToken = JsonToken.FIELD_NAME;
      }
      frame = frame.parent;
      return end(JsonToken.END_OBJECT);
    }
    if (frame.array != null) {
      int index = frame.advance();
      if (index < frame.array.size()) {
        return _currToken = enter(frame.array.get(index));
      }
      frame = frame.parent;
      return end(JsonToken.END_ARRAY);
    }
    // After the root's end.
    closed = true;
    return _currToken = null;
  }

  private JsonToken end(JsonToken token) {
    value = null;
    if (frame.parent == null) {
      closed = true;
    }
    return _currToken = token;
  }

  /** The token that starts {@code member}, entering it if it is an object or array. */
  private JsonToken enter(Object member) throws IOException {
    value = member;
    if (member == null) {
      return JsonToken.VALUE_NULL;
    }
    if (member instanceof String) {
      return JsonToken.VALUE_STRING;
    }
    if (member instanceof BigDecimal number) {
      return number.scale() == 0 ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
    }
    if (member instanceof Boolean bool) {
      return bool ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
    }
    if (member instanceof JsonObject object) {
      push(new Frame(frame, JsonStreamContext.TYPE_OBJECT, object, null));
      return JsonToken.START_OBJECT;
    }
    if (member instanceof JsonArray array) {
      push(new Frame(frame, JsonStreamContext.TYPE_ARRAY, null, array));
      return JsonToken.START_ARRAY;
    }
    throw new IllegalArgumentException("Not a JSON tree value: " + member.getClass().getName());
  }

  private void push(Frame child) throws IOException {
    _streamReadConstraints.validateNestingDepth(child.depth());
    frame = child;
  }

  @Override
  protected void _handleEOF() {
    // A tree always ends.
  }

  @Override
  public String getCurrentName() {
    if (_currToken == JsonToken.START_OBJECT || _currToken == JsonToken.START_ARRAY) {
      return frame.parent == null ? null : frame.parent.name;
    }
    return frame.name;
  }

  @Override
  public String currentName() {
    return getCurrentName();
  }

  @Override
  public void overrideCurrentName(String name) {
    frame.name = name;
  }

  @Override
  public JsonStreamContext getParsingContext() {
    return frame;
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public String getText() {
    if (_currToken == null) {
      return null;
    }
    switch (_currToken) {
      case FIELD_NAME:
        return frame.name;
      case VALUE_STRING:
        return (String) value;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return value.toString();
      default:
        return _currToken.asString();
    }
  }

  @Override
  public char[] getTextCharacters() {
    if (chars == null) {
      String text = getText();
      chars = text == null ? null : text.toCharArray();
    }
    return chars;
  }

  @Override
  public boolean hasTextCharacters() {
    return false;
  }

  @Override
  public int getTextLength() {
    String text = getText();
    return text == null ? 0 : text.length();
  }

  @Override
  public int getTextOffset() {
    return 0;
  }

  @Override
  public byte[] getBinaryValue(Base64Variant variant) throws IOException {
    throw _constructError("binary values are not part of a JSON tree", null);
  }

  private BigDecimal number() throws IOException {
    if (value instanceof BigDecimal number) {
      return number;
    }
    throw _constructError(
        "Current token (" + _currToken + ") not numeric, can not use numeric value accessors", null);
  }

  @Override
  public Number getNumberValue() throws IOException {
    BigDecimal number = number();
    if (_currToken == JsonToken.VALUE_NUMBER_FLOAT) {
      return number.doubleValue();
    }
    switch (getNumberType()) {
      case INT:
        return number.intValue();
      case LONG:
        return number.longValue();
      default:
        return number.toBigInteger();
    }
  }

  @Override
  public NumberType getNumberType() throws IOException {
    BigDecimal number = number();
    if (_currToken == JsonToken.VALUE_NUMBER_FLOAT) {
      return NumberType.DOUBLE;
    }
    // The smallest type that holds the integer, as a parser reports it.
    if (number.precision() <= 18) {
      long integer = number.longValue();
      return integer == (int) integer ? NumberType.INT : NumberType.LONG;
    }
    int bits = number.unscaledValue().bitLength();
    return bits < 32 ? NumberType.INT : bits < 64 ? NumberType.LONG : NumberType.BIG_INTEGER;
  }

  @Override
  public int getIntValue() throws IOException {
    return number().intValue();
  }

  @Override
  public long getLongValue() throws IOException {
    return number().longValue();
  }

  @Override
  public BigInteger getBigIntegerValue() throws IOException {
    return number().toBigInteger();
  }

  @Override
  public float getFloatValue() throws IOException {
    return number().floatValue();
  }

  @Override
  public double getDoubleValue() throws IOException {
    return number().doubleValue();
  }

  @Override
  public BigDecimal getDecimalValue() throws IOException {
    return number();
  }

  @Override
  public ObjectCodec getCodec() {
    return null;
  }

  @Override
  public void setCodec(ObjectCodec codec) {
    throw new UnsupportedOperationException("A tree parser has no codec");
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public JsonLocation getCurrentLocation() {
    return JsonLocation.NA;
  }

  @Override
  public JsonLocation getTokenLocation() {
    return JsonLocation.NA;
  }
}
