package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.missive.EventMessage;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BillingTest {

  @Test
  void buildsTheGeneratedEnvelope() {
    EventMessage<InvoiceSent> event = Billing.sendInvoice("inv-1", new BigDecimal("59.98"));
    assertEquals("InvoiceSent", event.type());
    assertEquals("billing-service", event.source());
    assertEquals(1, event.version());
    assertEquals("inv-1", event.data().invoiceId());
    assertEquals(event.id(), event.correlationId());
    assertNotNull(event.timestamp());
  }
}
