package io.missive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the payload accessor whose value is the message's partition key: the generated builder sets
 * the CloudEvents {@code partitionkey} extension (the Partitioning extension) from it on every
 * {@code build()}, so transports that key by it (Kafka's {@code MessageRecords}) keep every message of
 * one order, account or device in order on one partition.
 *
 * <pre>{@code
 * @DomainEvent(source = "orders")
 * public interface OrderPlaced {
 *   @PartitionKey String orderId();
 *   long totalCents();
 * }
 * // OrderPlacedEvent.builder().orderId("ord-1")...build().extensions()  ->  {partitionkey=ord-1}
 * }</pre>
 *
 * <p>At most one accessor of a message is marked, and it is required (neither {@code @Nullable} nor
 * an {@code Optional}): a message without a key would silently lose its order. Its type has one text
 * form: {@code String}, {@code UUID}, an enum (its constant's name), {@code int}, {@code long},
 * {@code short}, {@code byte} or their boxes (in decimal), or a value object whose {@code @JsonValue}
 * is a {@code String}. Anything else is the compile error {@code [MissivePartitionKey]}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PartitionKey {}
