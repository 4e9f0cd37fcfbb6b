/** The order domain's messages: every one of them is emitted by the order service. */
@MessageSource("order-service")
package io.missive.sample.messages;

import io.missive.MessageSource;
