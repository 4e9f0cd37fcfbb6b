package io.missive.internal;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
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

  /**
   * An object or array being walked; also the parsing context that error paths are made from. As
   * Jackson's parsers do with theirs, a frame is reused for the next object or array at its depth.
   */
  private static final class Frame extends JsonStreamContext {
    final Frame parent;
    /** The object being walked, or {@code null}. */
    JsonObject object;
    /** The array being walked, or {@code null}. */
    JsonArray array;
    String name;
    /** The value of the member last moved to: what the token after its name enters. */
    Object pending;
    /** The frame of the last object or array walked inside this one, for the next. */
    private Frame child;

    Frame(Frame parent) {
      super(JsonStreamContext.TYPE_ROOT, -1);
      this.parent = parent;
      this._nestingDepth = parent == null ? 0 : parent._nestingDepth + 1;
    }

    /** The frame for an object or array inside this one. */
    Frame child(JsonObject object, JsonArray array) {
      Frame next = child;
      if (next == null) {
        child = next = new Frame(this);
      }
      next._type = object != null ? TYPE_OBJECT : TYPE_ARRAY;
      next._index = -1;
      next.object = object;
      next.array = array;
      next.name = null;
      next.pending = null;
      return next;
    }

    /** Moves to the next member of {@code object}, this frame's, and returns its index; -1 after the last. */
    int nextMember(JsonObject object) {
      return _index + 1 < object.size() ? ++_index : -1;
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
  private Frame frame = new Frame(null);
  /** The value at the current token: a string, number, object or array. */
  private Object value;
  private char[] chars;
  private boolean closed;

  TreeParser(JsonObject root) {
    super(MessageJson.factory().streamReadConstraints());
    this.root = root;
  }

  // The generated readers call these for every token. nextToken holds the usual steps (a member's
  // name, then its string or number value) and leaves the others (starts, ends, array elements, null
  // and booleans) to methods of their own; the JIT still compiles it too big to inline, so both
  // nextFieldNames move to the next name in place (nextMember, small enough to be inlined into the
  // readers' member loop) and call it only when there is no next name.

  @Override
  public JsonToken nextToken() throws IOException {
    if (_currToken == JsonToken.FIELD_NAME) {
      chars = null;
      return _currToken = enter(frame.pending);
    }
    return nextMember() ? JsonToken.FIELD_NAME : (_currToken = step());
  }

  /**
   * Moves to the next member's name if the current token is inside an object (and not a name) and
   * the object has members to go; otherwise moves nowhere.
   */
  private boolean nextMember() {
    Frame walked = frame;
    JsonObject object = walked.object;
    int index;
    if (object == null || _currToken == JsonToken.FIELD_NAME || (index = walked.nextMember(object)) < 0) {
      return false;
    }
    walked.name = MEMBERS.name(object, index);
    walked.pending = MEMBERS.value(object, index);
    value = null;
    chars = null;
    _currToken = JsonToken.FIELD_NAME;
    return true;
  }

  /** The token after one that is neither a member's name nor inside an object with members to go. */
  private JsonToken step() throws IOException {
    chars = null;
    if (_currToken == null) {
      return closed ? null : enter(root);
    }
    Frame walked = frame;
    if (walked.object != null) {
      frame = walked.parent;
      return end(JsonToken.END_OBJECT);
    }
    if (walked.array != null) {
      int index = walked.advance();
      if (index < walked.array.size()) {
        return enter(walked.array.get(index));
      }
      frame = walked.parent;
      return end(JsonToken.END_ARRAY);
    }
    // After the root's end.
    closed = true;
    return null;
  }

  // The readers move member by member: the name is the frame's, without the checks of currentName().

  @Override
  public String nextFieldName() throws IOException {
    if (nextMember() || nextToken() == JsonToken.FIELD_NAME) {
      return frame.name;
    }
    return null;
  }

  @Override
  public boolean nextFieldName(SerializableString name) throws IOException {
    return (nextMember() || nextToken() == JsonToken.FIELD_NAME) && name.getValue().equals(frame.name);
  }

  private JsonToken end(JsonToken token) {
    value = null;
    if (frame.parent == null) {
      closed = true;
    }
    return token;
  }

  /** The token that starts {@code member}, entering it if it is an object or array. */
  private JsonToken enter(Object member) throws IOException {
    value = member;
    if (member instanceof String) {
      return JsonToken.VALUE_STRING;
    }
    if (member instanceof BigDecimal number) {
      return number.scale() == 0 ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
    }
    return enterOther(member);
  }

  /** As {@link #enter}, for what is neither a string nor a number. */
  private JsonToken enterOther(Object member) throws IOException {
    if (member == null) {
      return JsonToken.VALUE_NULL;
    }
    if (member instanceof Boolean bool) {
      return bool ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
    }
    if (member instanceof JsonObject object) {
      push(frame.child(object, null));
      return JsonToken.START_OBJECT;
    }
    if (member instanceof JsonArray array) {
      push(frame.child(null, array));
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
