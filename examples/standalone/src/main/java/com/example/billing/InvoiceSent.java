package com.example.billing;

import io.missive.DomainEvent;
import java.math.BigDecimal;

@DomainEvent(source = "billing-service")
public interface InvoiceSent {
  String invoiceId();

  BigDecimal amount();
}
