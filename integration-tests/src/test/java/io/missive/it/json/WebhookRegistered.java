package io.missive.it.json;

import io.missive.DomainEvent;
import java.net.URL;

/** URLs as the payload's own fields: written as their text, compared by it, never looked up. */
@DomainEvent(source = "/webhooks")
public interface WebhookRegistered {
  String subscriber();

  URL callback();

  @Nullable
  URL fallback();
}
