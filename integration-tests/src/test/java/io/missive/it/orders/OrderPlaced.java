package io.missive.it.orders;

import io.missive.DomainEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@DomainEvent(version = 2, readsFrom = 2)
public interface OrderPlaced extends HasCustomer {
  String orderId();

  List<LineItem> items();

  BigDecimal total();

  Set<String> tags();

  Map<String, String> attributes();

  Optional<String> note();

  int priority();

  @Nullable
  String coupon();

  default int itemCount() {
    return items().size();
  }
}
