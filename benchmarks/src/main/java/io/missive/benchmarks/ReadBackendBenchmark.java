package io.missive.benchmarks;

import com.alibaba.fastjson2.JSONReader;
import com.alibaba.fastjson2.util.Fnv;
import com.dslplatform.json.DslJson;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.NumberConverter;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import io.missive.internal.Rfc3339;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a reader of the envelope could cost on other parsers: the evidence for the choice of JSON
 * backend (BENCHMARKS.md, "The parser"). Each reader takes the same bytes into the same record as
 * Jackson databind ({@link JacksonOrderPlaced}), with no checks beyond what its parser does: the
 * lowest cost a reader on that parser can have, not a replacement of Missive's reader, which checks
 * every attribute. Setup checks that each reads what databind reads.
 *
 * <ul>
 *   <li>{@code jacksonCore}: jackson-core's streaming parser, the one Missive reads with;
 *   <li>{@code dslJson}: dsl-json's byte-level {@code JsonReader};
 *   <li>{@code fastjson2}: fastjson2's {@code JSONReader} over UTF-8 bytes.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class ReadBackendBenchmark {

  @Param({Orders.ENVELOPE, Orders.ONE_KB})
  public String payload;

  private byte[] json;
  private ObjectReader databind;
  private final JsonFactory factory = new JsonFactory();
  private final DslJson<Object> dsl = new DslJson<>();

  @Setup
  public void setUp() throws IOException {
    json = Orders.event(Orders.itemCount(payload)).toJsonBytes();
    databind = Orders.MAPPER.readerFor(JacksonOrderPlaced.class);
    JacksonOrderPlaced expected = databind.readValue(json);
    check("jacksonCore", jacksonCore(), expected);
    check("dslJson", dslJson(), expected);
    check("fastjson2", fastjson2(), expected);
    check("missive", Orders.jackson(missive()), expected);
  }

  private static void check(String reader, JacksonOrderPlaced read, JacksonOrderPlaced expected) {
    if (!read.equals(expected)) {
      throw new IllegalStateException(reader + " read " + read + ", databind " + expected);
    }
  }

  @Benchmark
  public JacksonOrderPlaced databind() throws IOException {
    return databind.readValue(json);
  }

  @Benchmark
  public OrderPlacedEvent missive() {
    return OrderPlacedEvent.fromJson(json);
  }

  @Benchmark
  public JacksonOrderPlaced jacksonCore() throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      p.nextToken();
      String specversion = null, id = null, source = null, type = null, contentType = null;
      String correlationId = null, causationId = null;
      Instant time = null;
      int version = 0;
      JacksonOrderPlaced.Data data = null;
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken token = p.nextToken();
        switch (name) {
          case "specversion" -> specversion = p.getText();
          case "id" -> id = p.getText();
          case "source" -> source = p.getText();
          case "type" -> type = p.getText();
          case "time" ->
              time = Rfc3339.parse(new String(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()));
          case "datacontenttype" -> contentType = p.getText();
          case "schemaversion" -> version = p.getIntValue();
          case "correlationid" -> correlationId = p.getText();
          case "causationid" -> causationId = token == JsonToken.VALUE_NULL ? null : p.getText();
          case "data" -> data = jacksonData(p);
          default -> p.skipChildren();
        }
      }
      return new JacksonOrderPlaced(
          specversion, id, source, type, time, contentType, version, correlationId, causationId, data);
    }
  }

  private static JacksonOrderPlaced.Data jacksonData(JsonParser p) throws IOException {
    String orderId = null, customerId = null;
    List<LineItem> items = null;
    BigDecimal total = null;
    String name;
    while ((name = p.nextFieldName()) != null) {
      p.nextToken();
      switch (name) {
        case "orderId" -> orderId = p.getText();
        case "customerId" -> customerId = p.getText();
        case "items" -> {
          items = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            String productId = null;
            int quantity = 0;
            BigDecimal price = null;
            String item;
            while ((item = p.nextFieldName()) != null) {
              p.nextToken();
              switch (item) {
                case "productId" -> productId = p.getText();
                case "quantity" -> quantity = p.getIntValue();
                case "price" -> price = p.getDecimalValue();
                default -> p.skipChildren();
              }
            }
            items.add(new LineItem(productId, quantity, price));
          }
        }
        case "total" -> total = p.getDecimalValue();
        default -> p.skipChildren();
      }
    }
    return new JacksonOrderPlaced.Data(orderId, customerId, List.copyOf(items), total);
  }

  private static final int SPECVERSION = dslHash("specversion");
  private static final int ID = dslHash("id");
  private static final int SOURCE = dslHash("source");
  private static final int TYPE = dslHash("type");
  private static final int TIME = dslHash("time");
  private static final int DATACONTENTTYPE = dslHash("datacontenttype");
  private static final int SCHEMAVERSION = dslHash("schemaversion");
  private static final int CORRELATIONID = dslHash("correlationid");
  private static final int CAUSATIONID = dslHash("causationid");
  private static final int DATA = dslHash("data");
  private static final int ORDER_ID = dslHash("orderId");
  private static final int CUSTOMER_ID = dslHash("customerId");
  private static final int ITEMS = dslHash("items");
  private static final int TOTAL = dslHash("total");
  private static final int PRODUCT_ID = dslHash("productId");
  private static final int QUANTITY = dslHash("quantity");
  private static final int PRICE = dslHash("price");

  /** dsl-json's name hash, FNV-1a over the bytes of an ASCII name, as {@code fillName} computes it. */
  private static int dslHash(String name) {
    long hash = 0x811c9dc5L;
    for (int i = 0; i < name.length(); i++) {
      hash ^= (byte) name.charAt(i);
      hash *= 0x1000193;
    }
    return (int) hash;
  }

  @Benchmark
  public JacksonOrderPlaced dslJson() throws IOException {
    JsonReader<Object> r = dsl.newReader(json);
    r.getNextToken(); // {
    String specversion = null, id = null, source = null, type = null, contentType = null;
    String correlationId = null, causationId = null;
    Instant time = null;
    int version = 0;
    JacksonOrderPlaced.Data data = null;
    byte next = r.getNextToken();
    while (next == '"') {
      int name = r.fillName();
      r.getNextToken();
      if (name == SPECVERSION) {
        specversion = r.readString();
      } else if (name == ID) {
        id = r.readString();
      } else if (name == SOURCE) {
        source = r.readString();
      } else if (name == TYPE) {
        type = r.readString();
      } else if (name == TIME) {
        time = Rfc3339.parse(r.readString());
      } else if (name == DATACONTENTTYPE) {
        contentType = r.readString();
      } else if (name == SCHEMAVERSION) {
        version = NumberConverter.deserializeInt(r);
      } else if (name == CORRELATIONID) {
        correlationId = r.readString();
      } else if (name == CAUSATIONID) {
        causationId = r.wasNull() ? null : r.readString();
      } else if (name == DATA) {
        data = dslData(r);
      } else {
        throw new IllegalStateException("a member this reader does not read");
      }
      next = r.getNextToken();
      if (next == ',') {
        next = r.getNextToken();
      }
    }
    return new JacksonOrderPlaced(
        specversion, id, source, type, time, contentType, version, correlationId, causationId, data);
  }

  private static JacksonOrderPlaced.Data dslData(JsonReader<Object> r) throws IOException {
    String orderId = null, customerId = null;
    List<LineItem> items = null;
    BigDecimal total = null;
    byte next = r.getNextToken();
    while (next == '"') {
      int name = r.fillName();
      r.getNextToken();
      if (name == ORDER_ID) {
        orderId = r.readString();
      } else if (name == CUSTOMER_ID) {
        customerId = r.readString();
      } else if (name == ITEMS) {
        items = new ArrayList<>();
        byte element = r.getNextToken();
        while (element == '{') {
          String productId = null;
          int quantity = 0;
          BigDecimal price = null;
          byte member = r.getNextToken();
          while (member == '"') {
            int item = r.fillName();
            r.getNextToken();
            if (item == PRODUCT_ID) {
              productId = r.readString();
            } else if (item == QUANTITY) {
              quantity = NumberConverter.deserializeInt(r);
            } else if (item == PRICE) {
              price = NumberConverter.deserializeDecimal(r);
            } else {
              throw new IllegalStateException("a member this reader does not read");
            }
            member = r.getNextToken();
            if (member == ',') {
              member = r.getNextToken();
            }
          }
          items.add(new LineItem(productId, quantity, price));
          element = r.getNextToken();
          if (element == ',') {
            element = r.getNextToken();
          }
        }
      } else if (name == TOTAL) {
        total = NumberConverter.deserializeDecimal(r);
      } else {
        throw new IllegalStateException("a member this reader does not read");
      }
      next = r.getNextToken();
      if (next == ',') {
        next = r.getNextToken();
      }
    }
    return new JacksonOrderPlaced.Data(orderId, customerId, List.copyOf(items), total);
  }

  private static final long F_SPECVERSION = Fnv.hashCode64("specversion");
  private static final long F_ID = Fnv.hashCode64("id");
  private static final long F_SOURCE = Fnv.hashCode64("source");
  private static final long F_TYPE = Fnv.hashCode64("type");
  private static final long F_TIME = Fnv.hashCode64("time");
  private static final long F_DATACONTENTTYPE = Fnv.hashCode64("datacontenttype");
  private static final long F_SCHEMAVERSION = Fnv.hashCode64("schemaversion");
  private static final long F_CORRELATIONID = Fnv.hashCode64("correlationid");
  private static final long F_CAUSATIONID = Fnv.hashCode64("causationid");
  private static final long F_DATA = Fnv.hashCode64("data");
  private static final long F_ORDER_ID = Fnv.hashCode64("orderId");
  private static final long F_CUSTOMER_ID = Fnv.hashCode64("customerId");
  private static final long F_ITEMS = Fnv.hashCode64("items");
  private static final long F_TOTAL = Fnv.hashCode64("total");
  private static final long F_PRODUCT_ID = Fnv.hashCode64("productId");
  private static final long F_QUANTITY = Fnv.hashCode64("quantity");
  private static final long F_PRICE = Fnv.hashCode64("price");

  @Benchmark
  public JacksonOrderPlaced fastjson2() {
    try (JSONReader r = JSONReader.of(json)) {
      r.nextIfObjectStart();
      String specversion = null, id = null, source = null, type = null, contentType = null;
      String correlationId = null, causationId = null;
      Instant time = null;
      int version = 0;
      JacksonOrderPlaced.Data data = null;
      while (!r.nextIfObjectEnd()) {
        long name = r.readFieldNameHashCode();
        if (name == F_SPECVERSION) {
          specversion = r.readString();
        } else if (name == F_ID) {
          id = r.readString();
        } else if (name == F_SOURCE) {
          source = r.readString();
        } else if (name == F_TYPE) {
          type = r.readString();
        } else if (name == F_TIME) {
          time = Rfc3339.parse(r.readString());
        } else if (name == F_DATACONTENTTYPE) {
          contentType = r.readString();
        } else if (name == F_SCHEMAVERSION) {
          version = r.readInt32Value();
        } else if (name == F_CORRELATIONID) {
          correlationId = r.readString();
        } else if (name == F_CAUSATIONID) {
          causationId = r.readString();
        } else if (name == F_DATA) {
          data = fastjson2Data(r);
        } else {
          r.skipValue();
        }
      }
      return new JacksonOrderPlaced(
          specversion, id, source, type, time, contentType, version, correlationId, causationId, data);
    }
  }

  private static JacksonOrderPlaced.Data fastjson2Data(JSONReader r) {
    r.nextIfObjectStart();
    String orderId = null, customerId = null;
    List<LineItem> items = null;
    BigDecimal total = null;
    while (!r.nextIfObjectEnd()) {
      long name = r.readFieldNameHashCode();
      if (name == F_ORDER_ID) {
        orderId = r.readString();
      } else if (name == F_CUSTOMER_ID) {
        customerId = r.readString();
      } else if (name == F_ITEMS) {
        items = new ArrayList<>();
        r.nextIfArrayStart();
        while (!r.nextIfArrayEnd()) {
          r.nextIfObjectStart();
          String productId = null;
          int quantity = 0;
          BigDecimal price = null;
          while (!r.nextIfObjectEnd()) {
            long item = r.readFieldNameHashCode();
            if (item == F_PRODUCT_ID) {
              productId = r.readString();
            } else if (item == F_QUANTITY) {
              quantity = r.readInt32Value();
            } else if (item == F_PRICE) {
              price = r.readBigDecimal();
            } else {
              r.skipValue();
            }
          }
          items.add(new LineItem(productId, quantity, price));
        }
      } else if (name == F_TOTAL) {
        total = r.readBigDecimal();
      } else {
        r.skipValue();
      }
    }
    return new JacksonOrderPlaced.Data(orderId, customerId, List.copyOf(items), total);
  }
}
