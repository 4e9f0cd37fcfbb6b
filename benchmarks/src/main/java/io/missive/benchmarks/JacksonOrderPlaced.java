package io.missive.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a Jackson databind user writes by hand for the same CloudEvents JSON as
 * {@link OrderPlacedEvent}: a record of the attributes with {@code time} as an {@link Instant} and
 * {@code data} as a nested record. {@link Orders} checks that both write the same bytes.
 */
@JsonPropertyOrder({
  "specversion", "id", "source", "type", "time", "datacontenttype", "schemaversion",
  "correlationid", "causationid", "data"
})
public record JacksonOrderPlaced(
    String specversion,
    String id,
    String source,
    String type,
    Instant time,
    String datacontenttype,
    int schemaversion,
    String correlationid,
    @JsonInclude(JsonInclude.Include.NON_NULL) String causationid,
    Data data) {

  /** The payload. */
  @JsonPropertyOrder({"orderId", "customerId", "items", "total"})
  public record Data(String orderId, String customerId, List<LineItem> items, BigDecimal total) {}
}
