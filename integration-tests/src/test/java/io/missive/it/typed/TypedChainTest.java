package io.missive.it.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.missive.MessageFormatException;
import io.missive.MessageJsonReader;
import io.missive.it.typed.RoomReserved.Extra;
import io.missive.it.typed.RoomReserved.Guest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A chain of two typed upcasters and nothing else ({@link RoomReserved}: v1 → v2 → v3, each old
 * version frozen from its snapshot in the lock): each old version reads into the current payload, an
 * upcaster's failure is reported with its step, and a version the typed chain starts from is read
 * from the JSON text into its frozen record, never into a tree.
 */
class TypedChainTest {

  private static final Instant TIME = Instant.parse("2026-03-01T10:00:00Z");
  private static final MessageJsonReader READER = MessageJsonReader.of(RoomReservedEvent.JSON, ShelfCountedEvent.JSON);

  private static final String V1_DATA =
      "{\"reservationId\":\"r-1\",\"guest\":\"Ada Lovelace <ada@example.com>\",\"nights\":2,"
          + "\"priceCents\":24000,\"extras\":[{\"name\":\"breakfast\",\"cents\":1850},{\"name\":\"spa\",\"cents\":5}]}";

  private static final String V2_DATA =
      "{\"reservationId\":\"r-1\",\"guest\":{\"name\":\"Ada Lovelace\",\"email\":\"ada@example.com\"},"
          + "\"nights\":2,\"price\":240.00,\"extras\":[{\"name\":\"breakfast\",\"price\":18.50},"
          + "{\"name\":\"spa\",\"price\":0.05}]}";

  /** The version before the data: the reader knows the version when the data starts. */
  private static String versionFirst(int version, String data) {
    return "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/hotel\",\"type\":\"RoomReserved\",\"time\":\""
        + TIME + "\",\"schemaversion\":" + version + ",\"data\":" + data + "}";
  }

  /** The data before the version: the reader has to hold the data, as a tree, until it knows it. */
  private static String dataFirst(int version, String data) {
    return "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/hotel\",\"type\":\"RoomReserved\",\"time\":\""
        + TIME + "\",\"data\":" + data + ",\"schemaversion\":" + version + "}";
  }

  private static RoomReservedEvent expected() {
    return RoomReservedEvent.builder()
        .id("e-1")
        .timestamp(TIME)
        .reservationId("r-1")
        .guest(new Guest("Ada Lovelace", Optional.of("ada@example.com")))
        .nights(2)
        .price(new BigDecimal("240.00"))
        .currency(Currency.getInstance("EUR"))
        .extras(List.of(new Extra("breakfast", new BigDecimal("18.50")), new Extra("spa", new BigDecimal("0.05"))))
        .build();
  }

  @Test
  void theChainIsTypedFromItsFirstVersion() {
    assertThat(RoomReservedEvent.JSON.oldestVersion()).isEqualTo(1);
    assertThat(RoomReservedEvent.JSON.version()).isEqualTo(3);
  }

  @Test
  void aVersion1EventGoesThroughBothTypedStepsToTheCurrentPayload() {
    RoomReservedEvent read = RoomReservedEvent.fromJson(versionFirst(1, V1_DATA));
    assertThat(read).isEqualTo(expected());
    // Scales as the upcasters made them: cents became euros with two decimals.
    assertThat(read.data().price().scale()).isEqualTo(2);
    assertThat(read.data().extras().get(1).price().scale()).isEqualTo(2);
    // What is written is the current version, and it reads back as it is.
    assertThat(read.toJson()).contains("\"schemaversion\":3", "\"currency\":\"EUR\"");
    assertThat(RoomReservedEvent.fromJson(read.toJson())).isEqualTo(read);
  }

  @Test
  void aVersion2EventGoesThroughTheLastTypedStep() {
    assertThat(RoomReservedEvent.fromJson(versionFirst(2, V2_DATA))).isEqualTo(expected());
    // Bytes read the same way as text.
    assertThat(RoomReservedEvent.fromJson(versionFirst(2, V2_DATA).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(expected());
  }

  @Test
  void aVersion1GuestWithoutAnEmailAndNoExtras() {
    String v1 = "{\"reservationId\":\"r-2\",\"guest\":\" Grace Hopper \",\"nights\":1,\"priceCents\":-1,\"extras\":[]}";
    RoomReserved data = RoomReservedEvent.fromJson(versionFirst(1, v1)).data();
    assertThat(data.guest()).isEqualTo(new Guest("Grace Hopper", Optional.empty()));
    assertThat(data.price()).isEqualTo(new BigDecimal("-0.01"));
    assertThat(data.currency()).isEqualTo(Currency.getInstance("EUR"));
    assertThat(data.extras()).isEmpty();
  }

  @Test
  void eitherOrderOfTheVersionAndTheDataReadsTheSame() {
    assertThat(RoomReservedEvent.fromJson(dataFirst(1, V1_DATA))).isEqualTo(expected());
    assertThat(RoomReservedEvent.fromJson(dataFirst(2, V2_DATA))).isEqualTo(expected());
  }

  @Test
  void theFirstStepsFailureIsReportedWithItsStep() {
    String v1 = V1_DATA.replace("<ada@example.com>", "<ada@example.com");
    for (String json : List.of(versionFirst(1, v1), dataFirst(1, v1))) {
      assertThatThrownBy(() -> RoomReservedEvent.fromJson(json))
          .isInstanceOfSatisfying(
              MessageFormatException.class,
              e -> {
                assertThat(e.messageType()).isEqualTo("RoomReserved");
                assertThat(e.path()).isEqualTo("data");
                assertThat(e.problem())
                    .isEqualTo(
                        "the upcaster from version 1 to 2 failed: java.lang.IllegalArgumentException: the guest"
                            + " \"Ada Lovelace <ada@example.com\" opens an email it does not close");
              })
          .hasCauseInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theSecondStepsFailureIsReportedWithItsStepFromEitherVersion() {
    // The first step takes a blank guest; the current Guest, which the second step builds, does not.
    String v1 = V1_DATA.replace("\"Ada Lovelace <ada@example.com>\"", "\"  \"");
    String v2 = V2_DATA.replace("\"name\":\"Ada Lovelace\"", "\"name\":\"\"");
    for (String json : List.of(versionFirst(1, v1), versionFirst(2, v2), dataFirst(2, v2))) {
      assertThatThrownBy(() -> RoomReservedEvent.fromJson(json))
          .isInstanceOfSatisfying(
              MessageFormatException.class,
              e -> {
                assertThat(e.path()).isEqualTo("data");
                assertThat(e.problem())
                    .isEqualTo(
                        "the upcaster from version 2 to 3 failed: java.lang.IllegalArgumentException: a guest's"
                            + " name must not be blank");
              })
          .hasCauseInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anOldVersionThatLacksAMemberOfItsSnapshotNamesIt() {
    assertThatThrownBy(() -> RoomReservedEvent.fromJson(versionFirst(2, V2_DATA.replace("\"nights\":2,", ""))))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.path()).isEqualTo("data.nights"));
    // A version 2 member is not one of version 1: the v1 reader still wants its own.
    assertThatThrownBy(() -> RoomReservedEvent.fromJson(versionFirst(1, V2_DATA)))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageContaining("data.guest");
  }

  /**
   * Whether a version is read through a tree is observable: building the tree of the data reads
   * every value of it, unknown members too, and refuses what a tree cannot hold (a number no
   * BigDecimal can hold, a member name that is not valid Unicode), where the generated reader of a
   * frozen record skips an unknown member unread. So such a member fails the read exactly when a
   * tree is built: with the data before the version (documented), or with a tree step in the chain
   * ({@link ShelfCounted} v1); a typed read of {@link RoomReserved} v1 or v2 with the version first
   * reads it.
   */
  @Test
  void aTypedReadWithTheVersionFirstBuildsNoTree() {
    List<String> unknownMembers =
        List.of("\"legacy\":1e2147483648,", "\"\\ud800\":1,", "\"legacy\":[{\"deep\":{\"n\":-1E+9999999999}}],");
    for (String unknown : unknownMembers) {
      String v1 = "{" + unknown + V1_DATA.substring(1);
      String v2 = "{" + unknown + V2_DATA.substring(1);
      // Typed, version first: no tree, so the member is skipped and the read succeeds.
      assertThat(RoomReservedEvent.fromJson(versionFirst(1, v1))).as(unknown).isEqualTo(expected());
      assertThat(RoomReservedEvent.fromJson(versionFirst(2, v2))).as(unknown).isEqualTo(expected());
      if (!unknown.contains("\\u")) {
        // From bytes, Jackson's own parser refuses a name that is not valid Unicode, tree or none.
        assertThat(RoomReservedEvent.fromJson(versionFirst(1, v1).getBytes(StandardCharsets.UTF_8)))
            .as(unknown)
            .isEqualTo(expected());
      }
      // The same through a reader of many types, which learns the type before the data.
      assertThat(READER.read(versionFirst(2, v2))).as(unknown).isEqualTo(expected());
      // Data first: the tree is built, and refuses it. The same member, so the difference is the tree.
      assertThatThrownBy(() -> RoomReservedEvent.fromJson(dataFirst(1, v1)))
          .as(unknown)
          .isInstanceOf(MessageFormatException.class)
          .satisfies(e -> assertThat(((MessageFormatException) e).path()).startsWith("data").isNotEqualTo("data"));
      assertThatThrownBy(() -> RoomReservedEvent.fromJson(dataFirst(2, v2)))
          .as(unknown)
          .isInstanceOf(MessageFormatException.class);
      assertThatThrownBy(() -> READER.read(dataFirst(2, v2))).as(unknown).isInstanceOf(MessageFormatException.class);
    }
    // What the tree says, for the two kinds.
    assertThatThrownBy(() -> RoomReservedEvent.fromJson(dataFirst(1, "{\"legacy\":1e2147483648," + V1_DATA.substring(1))))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("data.legacy");
              assertThat(e.problem()).startsWith("expected a number a BigDecimal can hold");
            });
    assertThatThrownBy(() -> RoomReservedEvent.fromJson(dataFirst(1, "{\"\\ud800\":1," + V1_DATA.substring(1))))
        .isInstanceOfSatisfying(
            MessageFormatException.class, e -> assertThat(e.problem()).contains("unpaired surrogate"));
    // A chain with a tree step builds the tree whatever the order: ShelfCounted v1 is upcast on it.
    String shelfV1 = "{\"legacy\":1e2147483648,\"shelf\":\"s-3\",\"counts\":{\"bolts\":40}}";
    String shelfV2 = "{\"legacy\":1e2147483648,\"shelfId\":\"s-3\",\"counts\":{\"bolts\":40}}";
    assertThatThrownBy(() -> ShelfCountedEvent.fromJson(shelf(1, shelfV1)))
        .isInstanceOfSatisfying(MessageFormatException.class, e -> assertThat(e.path()).isEqualTo("data.legacy"));
    // ... and its typed step, from version 2 with the version first, builds none.
    assertThat(ShelfCountedEvent.fromJson(shelf(2, shelfV2)).data().total()).isEqualTo(40);
  }

  private static String shelf(int version, String data) {
    return "{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"/warehouse\",\"type\":\"ShelfCounted\",\"time\":\""
        + TIME + "\",\"schemaversion\":" + version + ",\"data\":" + data + "}";
  }
}
