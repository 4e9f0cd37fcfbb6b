package io.missive.it.json;

import io.missive.DomainEvent;

/** Binary content: {@code byte[]} as Base64, copied in and out, compared by content. */
@DomainEvent(source = "/documents")
public interface DocumentSigned {
  String name();

  byte[] content();

  @Nullable
  byte[] signature();

  int pages();
}
