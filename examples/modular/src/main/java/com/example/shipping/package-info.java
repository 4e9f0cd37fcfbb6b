/** The shipping service: its messages and what it does with them. */
@MessageSource("shipping-service")
package com.example.shipping;

import io.missive.MessageSource;
