package io.missive.processor.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordsTest {

  static Stream<Arguments> names() {
    return Stream.of(
        split("OrderPlaced", "Order", "Placed"),
        split("PDFGenerated", "PDF", "Generated"),
        split("OAuth2TokenIssued", "O", "Auth2", "Token", "Issued"),
        split("HTTPServerStarted", "HTTP", "Server", "Started"),
        split("URLsExpired", "URLs", "Expired"),
        split("UserIDs", "User", "IDs"),
        split("PDFsGenerated", "PDFs", "Generated"),
        split("S3ObjectStored", "S3", "Object", "Stored"),
        split("V2OrderPlaced", "V2", "Order", "Placed"),
        split("OrderV2Placed", "Order", "V2", "Placed"),
        split("3DSecureVerified", "3D", "Secure", "Verified"),
        split("Log4jConfigured", "Log4j", "Configured"),
        split("Base64Encoded", "Base64", "Encoded"),
        split("orderPlaced", "order", "Placed"),
        split("Order_Placed", "Order", "Placed"),
        split("Order$Placed", "Order", "Placed"),
        split("__Order__", "Order"),
        split("ABC", "ABC"),
        split("X", "X"),
        split("x", "x"),
        split("123", "123"),
        split("orderplaced", "orderplaced"),
        split("CommandeCréée", "Commande", "Créée"),
        split("ÜberfallGemeldet", "Überfall", "Gemeldet"),
        split("注文Placed", "注文", "Placed"),
        split("UserSignedUp", "User", "Signed", "Up"),
        split("CheckOutCart", "Check", "Out", "Cart"),
        split("GetURL", "Get", "URL"));
  }

  private static Arguments split(String name, String... words) {
    return Arguments.of(name, List.of(words));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("names")
  void splitsIntoWords(String name, List<String> expected) {
    assertThat(Words.split(name)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void wordsJoinBackToTheNameWithoutSeparators(String name, List<String> ignored) {
    List<String> words = Words.split(name);
    assertThat(String.join("", words)).isEqualTo(name.replaceAll("[^\\p{L}\\p{N}]", ""));
    assertThat(Words.join(words, 0, words.size())).isEqualTo(String.join("", words));
  }

  @Test
  void emptyAndSeparatorOnlyNamesHaveNoWords() {
    assertThat(Words.split("")).isEmpty();
    assertThat(Words.split(null)).isEmpty();
    assertThat(Words.split("___")).isEmpty();
    assertThat(Words.split("$")).isEmpty();
  }

  @Test
  void neverThrowsOnOddCodePoints() {
    for (String name :
        Arrays.asList("\uD83D\uDE00Order", "A\u0301B", "\u0000", "a\uD800", "ǅungla", "ⅫPlaced", " ")) {
      assertThat(Words.split(name)).isNotNull();
    }
  }

  @Test
  void capitalizesAndLowers() {
    assertThat(Words.capitalize("placed")).isEqualTo("Placed");
    assertThat(Words.capitalize("")).isEmpty();
    assertThat(Words.capitalize("évalué")).isEqualTo("Évalué");
    assertThat(Words.lower("PDF")).isEqualTo("pdf");
  }
}
