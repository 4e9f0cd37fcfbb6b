package com.example.billing;

import java.math.BigDecimal;

public final class Billing {

  private Billing() {}

  public static InvoiceSentEvent sendInvoice(String invoiceId, BigDecimal amount) {
    return InvoiceSentEvent.builder().invoiceId(invoiceId).amount(amount).build();
  }

  public static void main(String[] args) {
    System.out.println(sendInvoice("inv-1", new BigDecimal("59.98")));
  }
}
