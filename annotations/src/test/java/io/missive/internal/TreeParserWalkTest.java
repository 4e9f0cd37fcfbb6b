package io.missive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import io.missive.MessageJson;
import io.missive.json.JsonArray;
import io.missive.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A {@link TreeParser} driven by the calls a reader makes ({@code nextToken}, both
 * {@code nextFieldName}s, {@code skipChildren}) in any order answers as Jackson's parser of the tree's
 * text does, call by call.
 */
class TreeParserWalkTest {

  /** What a name to match is, for {@code nextFieldName(SerializableString)}. */
  enum Match {
    /** The name the parser is about to read, when it is about to read one. */
    NEXT,
    /** One of the names the trees use, often another. */
    POOL,
    /** A name no tree has. */
    NONE
  }

  /** The calls a reader makes. */
  enum Kind {
    NEXT_TOKEN("nextToken"),
    NEXT_FIELD_NAME("nextFieldName()"),
    /** {@code nextFieldName(SerializableString)}. */
    NEXT_FIELD_NAME_MATCHING("nextFieldName(x)"),
    /** {@code skipChildren()}, made only on a start token ({@code nextToken()} elsewhere). */
    SKIP_CHILDREN("skipChildren");

    private final String call;

    Kind(String call) {
      this.call = call;
    }
  }

  /** One call; for {@code nextFieldName(x)}, how {@code x} is chosen, and a name of the pool. */
  record Call(Kind kind, Match match, String other) {
    static final Call NEXT_TOKEN = new Call(Kind.NEXT_TOKEN, null, null);

    @Override
    public String toString() {
      return kind == Kind.NEXT_FIELD_NAME_MATCHING
          ? kind.call + "[" + match + (match == Match.POOL ? " " + other : "") + "]"
          : kind.call;
    }
  }

  private static final List<String> NAMES =
      List.of("a", "b", "id", "qty", "a b", "é", "日本", "c\"d", "", "x.y", "\uD83D\uDE00");

  private static final String NO_NAME = "\u0000no tree has this name";

  // Without edge cases mixed in, which are mostly tiny trees and scripts.
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void aTreeParserAnswersEveryCallAsTheParserOfItsText(
      @ForAll("objects") String json, @ForAll("calls") List<Call> calls) throws IOException {
    JsonObject tree = JsonObject.parse(json);
    String text = tree.toString();
    try (JsonParser expected = MessageJson.factory().createParser(text);
        JsonParser actual = new TreeParser(tree)) {
      Iterator<Call> script = calls.iterator();
      List<String> done = new ArrayList<>();
      int skipped = 0;
      int matched = 0;
      int deepest = 0;
      for (int step = 0; ; step++) {
        assertThat(step).as("steps for %s", text).isLessThan(10_000);
        // When the script runs out, nextToken to the end.
        Call call = script.hasNext() ? script.next() : Call.NEXT_TOKEN;
        JsonToken at = expected.currentToken();
        if (call.kind() == Kind.SKIP_CHILDREN && (at == null || !at.isStructStart())) {
          call = Call.NEXT_TOKEN;
        }
        String name = call.kind() == Kind.NEXT_FIELD_NAME_MATCHING ? nameToMatch(call, expected, tree) : null;
        done.add(call.toString() + (name == null ? "" : "=" + name));
        String description = text + " after " + done;
        Object expectedResult = perform(expected, call, name);
        Object actualResult = perform(actual, call, name);
        assertThat(actualResult).as("result of %s", description).isEqualTo(expectedResult);
        assertThat(state(actual)).as("state after %s", description).isEqualTo(state(expected));
        if (call.kind() == Kind.SKIP_CHILDREN) {
          skipped++;
        }
        deepest = Math.max(deepest, expected.getParsingContext().getNestingDepth());
        if (Boolean.TRUE.equals(expectedResult)) {
          matched++;
        }
        if (expected.currentToken() == null && actual.currentToken() == null) {
          break;
        }
      }
      Statistics.label("skipChildren called").collect(skipped > 0);
      Statistics.label("nextFieldName(x) matched").collect(matched > 0);
      Statistics.label("walked 4 or more deep").collect(deepest >= 4);
      Statistics.label("skipChildren called").coverage(c -> c.check(true).percentage(p -> p >= 30));
      Statistics.label("nextFieldName(x) matched").coverage(c -> c.check(true).percentage(p -> p >= 30));
      Statistics.label("walked 4 or more deep").coverage(c -> c.check(true).percentage(p -> p >= 25));
      // Both stay at the end.
      assertThat(actual.nextToken()).isNull();
      assertThat(expected.nextToken()).isNull();
    }
  }

  /** The name {@code nextFieldName(x)} is called with. */
  private static String nameToMatch(Call call, JsonParser parser, JsonObject tree) {
    switch (call.match()) {
      case NEXT:
        String next = nextName(parser, tree);
        return next == null ? call.other() : next;
      case POOL:
        return call.other();
      default:
        return NO_NAME;
    }
  }

  /**
   * The name of the member that {@code parser} (Jackson's, on the text) reads next, if it is in an
   * object that has one to go; found in {@code tree} from its parsing context.
   */
  private static String nextName(JsonParser parser, JsonObject tree) {
    JsonToken token = parser.currentToken();
    JsonStreamContext context = parser.getParsingContext();
    if (token == null || token == JsonToken.FIELD_NAME || !context.inObject()) {
      return null;
    }
    JsonObject object = (JsonObject) container(context, tree);
    int index = token == JsonToken.START_OBJECT ? 0 : context.getCurrentIndex() + 1;
    return index < object.size() ? List.copyOf(object.names()).get(index) : null;
  }

  /** The object or array that {@code context} (not the root) walks. */
  private static Object container(JsonStreamContext context, JsonObject tree) {
    JsonStreamContext parent = context.getParent();
    if (parent.inRoot()) {
      return tree;
    }
    Object holder = container(parent, tree);
    return parent.inObject()
        ? ((JsonObject) holder).get(parent.getCurrentName())
        : ((JsonArray) holder).get(parent.getCurrentIndex());
  }

  private static Object perform(JsonParser parser, Call call, String name) throws IOException {
    switch (call.kind()) {
      case NEXT_TOKEN:
        return parser.nextToken();
      case NEXT_FIELD_NAME:
        return parser.nextFieldName();
      case NEXT_FIELD_NAME_MATCHING:
        return parser.nextFieldName(new SerializedString(name));
      default:
        assertThat(parser.skipChildren()).isSameAs(parser);
        return parser.currentToken();
    }
  }

  /** What a reader asks of the parser at its current token. */
  private static String state(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    StringBuilder state = new StringBuilder(String.valueOf(token));
    state.append(" hasCurrentToken=").append(parser.hasCurrentToken());
    state.append(" name=").append(parser.currentName());
    state.append(" path=").append(JsonPaths.of(parser.getParsingContext(), null, "data"));
    state.append(" depth=").append(parser.getParsingContext().getNestingDepth());
    if (token != null) {
      state.append(" text=").append(parser.getText());
    }
    if (token != null && token.isScalarValue()) {
      state.append(" chars=")
          .append(new String(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()));
    }
    if (token != null && token.isNumeric()) {
      // The type first, as a reader asks: Jackson's type of a decimal is BIG_DECIMAL once it has been
      // asked for a BigDecimal, DOUBLE before.
      state.append(" type=").append(parser.getNumberType());
      state.append(" decimal=").append(parser.getDecimalValue());
      state.append(" double=").append(parser.getDoubleValue());
      if (token == JsonToken.VALUE_NUMBER_INT) {
        state.append(" integer=").append(parser.getBigIntegerValue());
      }
    }
    return state.toString();
  }

  // --- nextFieldName where there is no name to move to -------------------------------------------

  @Test
  void nextFieldNameOnAnEmptyObjectMovesToItsEnd() throws IOException {
    assertBothGive(
        "{\"o\":{},\"p\":[{}]}",
        List.of(
            "nextToken", "nextFieldName()", "nextToken", "nextFieldName()", "nextFieldName()", "nextToken",
            "nextToken", "nextFieldName(o)", "nextToken", "nextFieldName()", "nextFieldName()"),
        List.of(
            "START_OBJECT name=null path=data",
            "o FIELD_NAME name=o path=data.o",
            "START_OBJECT name=o path=data.o",
            "null END_OBJECT name=o path=data.o",
            "p FIELD_NAME name=p path=data.p",
            "START_ARRAY name=p path=data.p[0]",
            "START_OBJECT name=null path=data.p[0]",
            "false END_OBJECT name=null path=data.p[0]",
            "END_ARRAY name=p path=data.p",
            "null END_OBJECT name=null path=data",
            "null null name=null path=data"));
    assertBothGive(
        "{}",
        List.of("nextFieldName()", "nextFieldName(a)", "nextFieldName()"),
        List.of(
            "null START_OBJECT name=null path=data",
            "false END_OBJECT name=null path=data",
            "null null name=null path=data"));
  }

  @Test
  void nextFieldNameAtTheEndOfAnObjectMovesToItsEndAndThenOn() throws IOException {
    assertBothGive(
        "{\"o\":{\"a\":1},\"b\":[2,{\"c\":true}],\"d\":null}",
        List.of(
            "nextToken", "nextFieldName()", "nextToken", "nextFieldName()", "nextToken", "nextFieldName()",
            "nextFieldName(b)", "nextToken", "nextToken", "nextToken", "nextFieldName(c)", "nextToken",
            "nextFieldName(c)", "nextToken", "nextFieldName(x)", "nextToken", "nextFieldName()", "nextFieldName()"),
        List.of(
            "START_OBJECT name=null path=data",
            "o FIELD_NAME name=o path=data.o",
            "START_OBJECT name=o path=data.o",
            "a FIELD_NAME name=a path=data.o.a",
            "VALUE_NUMBER_INT name=a path=data.o.a",
            "null END_OBJECT name=o path=data.o",
            "true FIELD_NAME name=b path=data.b",
            "START_ARRAY name=b path=data.b[0]",
            "VALUE_NUMBER_INT name=null path=data.b[0]",
            "START_OBJECT name=null path=data.b[1]",
            "true FIELD_NAME name=c path=data.b[1].c",
            "VALUE_TRUE name=c path=data.b[1].c",
            "false END_OBJECT name=null path=data.b[1]",
            "END_ARRAY name=b path=data.b",
            "false FIELD_NAME name=d path=data.d",
            "VALUE_NULL name=d path=data.d",
            "null END_OBJECT name=null path=data",
            "null null name=null path=data"));
  }

  @Test
  void nextFieldNameOnANameMovesToItsValue() throws IOException {
    assertBothGive(
        "{\"a\":{\"b\":1},\"c\":[2],\"d\":\"x\",\"e\":3}",
        List.of(
            "nextToken", "nextToken", "nextFieldName()", "nextFieldName(b)", "nextFieldName(b)", "nextToken",
            "nextFieldName(c)", "nextFieldName(c)", "nextToken", "nextToken", "nextFieldName()", "nextFieldName()",
            "nextFieldName()", "nextFieldName(e)", "nextToken"),
        List.of(
            "START_OBJECT name=null path=data",
            "FIELD_NAME name=a path=data.a",
            "null START_OBJECT name=a path=data.a",
            "true FIELD_NAME name=b path=data.a.b",
            "false VALUE_NUMBER_INT name=b path=data.a.b",
            "END_OBJECT name=a path=data.a",
            "true FIELD_NAME name=c path=data.c",
            "false START_ARRAY name=c path=data.c[0]",
            "VALUE_NUMBER_INT name=null path=data.c[0]",
            "END_ARRAY name=c path=data.c",
            "d FIELD_NAME name=d path=data.d",
            "null VALUE_STRING name=d path=data.d",
            "e FIELD_NAME name=e path=data.e",
            "false VALUE_NUMBER_INT name=e path=data.e",
            "END_OBJECT name=null path=data"));
  }

  /** Runs {@code script} on both parsers of {@code json}: each gives {@code expected}, step by step. */
  private static void assertBothGive(String json, List<String> script, List<String> expected) throws IOException {
    JsonObject tree = JsonObject.parse(json);
    try (JsonParser text = MessageJson.factory().createParser(tree.toString())) {
      assertThat(transcript(text, script)).as("Jackson's parser").isEqualTo(expected);
    }
    try (JsonParser walk = new TreeParser(tree)) {
      assertThat(transcript(walk, script)).as("the tree parser").isEqualTo(expected);
    }
  }

  /**
   * Per call, what it returned (for the {@code nextFieldName}s), then the token, name and path: a
   * call written {@code nextFieldName(b)} is {@code nextFieldName(new SerializedString("b"))}.
   */
  private static List<String> transcript(JsonParser parser, List<String> script) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String call : script) {
      String result;
      if (call.equals("nextToken")) {
        parser.nextToken();
        result = "";
      } else if (call.equals("nextFieldName()")) {
        result = parser.nextFieldName() + " ";
      } else {
        String name = call.substring("nextFieldName(".length(), call.length() - 1);
        result = parser.nextFieldName(new SerializedString(name)) + " ";
      }
      lines.add(
          result
              + parser.currentToken()
              + " name=" + parser.currentName()
              + " path=" + JsonPaths.of(parser.getParsingContext(), null, "data"));
    }
    return lines;
  }

  // --- Generators ---------------------------------------------------------------------------------

  /** JSON text of an object nested up to 5 deep, with duplicate names now and then. */
  @Provide
  Arbitrary<String> objects() {
    return object(5);
  }

  private static Arbitrary<String> value(int depth) {
    if (depth == 0) {
      return scalar();
    }
    return Arbitraries.frequencyOf(
        weighted(2, scalar()),
        weighted(1, Arbitraries.lazy(() -> object(depth - 1))),
        weighted(1, Arbitraries.lazy(() -> array(depth - 1))));
  }

  private static Arbitrary<String> object(int depth) {
    Arbitrary<String> member =
        Combinators.combine(Arbitraries.of(NAMES), value(depth)).as((name, value) -> quote(name) + ":" + value);
    return member
        .list()
        .ofMaxSize(6)
        .withSizeDistribution(RandomDistribution.uniform())
        .map(members -> members.stream().collect(Collectors.joining(",", "{", "}")));
  }

  private static Arbitrary<String> array(int depth) {
    return value(depth)
        .list()
        .ofMaxSize(4)
        .withSizeDistribution(RandomDistribution.uniform())
        .map(elements -> elements.stream().collect(Collectors.joining(",", "[", "]")));
  }

  private static Arbitrary<String> scalar() {
    return Arbitraries.frequencyOf(
        weighted(3, strings().map(TreeParserWalkTest::quote)),
        weighted(3, numbers()),
        weighted(1, Arbitraries.of("true", "false", "null")));
  }

  private static Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "", "x", "é", "ünï", "日本語", "\uD83D\uDE00", "\"q\"", "a\\b", "line\nbreak", "\u0001", "\u2028"),
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('é', '€', '日', '\n', '\t', '"', '\\', '\u0000')
            .ofMaxLength(10));
  }

  private static Arbitrary<String> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "0", "-0", "1", "-1", "-2.50", "0.0", "-0.0", "1E+3", "1e3", "1E3", "-1.5E-7", "2e-2", "0.0000001",
            "100e-2", "0E+5", "12345678901234567890", "-12345678901234567890.123", "2147483647", "2147483648",
            "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "-9223372036854775809", "123456789012345678", "1234567890123456789", "1.7976931348623157E308",
            "4.9E-324", "1e400"),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.longs().map(String::valueOf),
        Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40))
            .map(String::valueOf),
        Arbitraries.bigDecimals()
            .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
            .ofScale(3)
            .map(BigDecimal::toPlainString),
        Arbitraries.doubles().map(String::valueOf));
  }

  @Provide
  Arbitrary<List<Call>> calls() {
    Arbitrary<String> pool = Arbitraries.of(NAMES);
    return Arbitraries.frequencyOf(
            weighted(4, Arbitraries.just(Call.NEXT_TOKEN)),
            weighted(3, Arbitraries.just(new Call(Kind.NEXT_FIELD_NAME, null, null))),
            weighted(3, pool.map(other -> new Call(Kind.NEXT_FIELD_NAME_MATCHING, Match.NEXT, other))),
            weighted(1, pool.map(other -> new Call(Kind.NEXT_FIELD_NAME_MATCHING, Match.POOL, other))),
            weighted(1, Arbitraries.just(new Call(Kind.NEXT_FIELD_NAME_MATCHING, Match.NONE, null))),
            weighted(2, Arbitraries.just(new Call(Kind.SKIP_CHILDREN, null, null))))
        .list()
        .ofMaxSize(150)
        .withSizeDistribution(RandomDistribution.uniform());
  }

  /** {@code text} as a JSON string, with some characters escaped as a writer would not. */
  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < ' ' || c == 'é' || c == '\u2028') {
        quoted.append(String.format("\\u%04x", (int) c));
      } else if (c == '/') {
        quoted.append("\\/");
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(
      int weight, Arbitrary<? extends T> arbitrary) {
    return Tuple.of(weight, arbitrary);
  }
}
