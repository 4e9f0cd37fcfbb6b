/**
 * The small mutable JSON tree that {@link io.missive.Upcast upcasters} change from one version of a
 * payload into the next, and that an {@link io.missive.UnknownMessage} holds its data in:
 * {@link io.missive.json.JsonObject} and {@link io.missive.json.JsonArray}.
 */
package io.missive.json;
