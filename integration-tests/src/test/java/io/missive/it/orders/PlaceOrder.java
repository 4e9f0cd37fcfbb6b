package io.missive.it.orders;

import io.missive.Command;
import java.util.List;

@Command
public interface PlaceOrder extends HasCustomer {
  List<LineItem> items();
}
