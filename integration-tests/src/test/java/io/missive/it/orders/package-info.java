/** Order messages used as fixtures: every message here gets the package's source. */
@MessageSource("order-service")
package io.missive.it.orders;

import io.missive.MessageSource;
