package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.missive.MessageFormatException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@code byte[]} in a payload: Base64 as databind writes it, an immutable copy (in and out), equal by
 * content, and bad Base64 rejected with its path.
 */
class BytesTest {

  private static final ObjectMapper DATABIND = new ObjectMapper();

  static DocumentSignedEvent.Builder document(byte[] content, byte[] signature) {
    return DocumentSignedEvent.builder()
        .id("d-1")
        .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
        .name("contract.pdf")
        .content(content)
        .signature(signature)
        .pages(3);
  }

  @Test
  void bytesAreWrittenAsBase64() {
    assertThat(document(new byte[] {1, 2, 3, (byte) 250}, null).build().toJson())
        .endsWith("\"data\":{\"name\":\"contract.pdf\",\"content\":\"AQID+g==\",\"signature\":null,\"pages\":3}}");
  }

  @Property(tries = 300)
  void aPlainObjectMapperWritesAndReadsTheSame(@ForAll("documents") DocumentSignedEvent document) throws Exception {
    DocumentSigned data = document.data();
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("name", data.name());
    plain.put("content", data.content());
    plain.put("signature", data.signature());
    plain.put("pages", data.pages());
    String json = document.toJson();
    String missive = json.substring(json.indexOf("\"data\":") + 7, json.length() - 1);
    assertThat(missive).isEqualTo(DATABIND.writeValueAsString(plain));
    record Plain(String name, byte[] content, byte[] signature, int pages) {}
    Plain read = DATABIND.readValue(missive, Plain.class);
    assertThat(read.content()).isEqualTo(data.content());
    assertThat(read.signature()).isEqualTo(data.signature());
  }

  @Property(tries = 300)
  void writeThenReadIsTheIdentity(@ForAll("documents") DocumentSignedEvent document) {
    assertThat(DocumentSignedEvent.fromJson(document.toJson())).isEqualTo(document);
    assertThat(DocumentSignedEvent.fromJson(document.toJsonBytes()).hashCode()).isEqualTo(document.hashCode());
  }

  @Test
  void thePayloadKeepsItsOwnCopy() {
    byte[] content = {1, 2, 3};
    DocumentSignedEvent document = document(content, new byte[] {9}).build();
    content[0] = 42;
    document.data().content()[1] = 42;
    document.data().signature()[0] = 42;
    assertThat(document.data().content()).containsExactly(1, 2, 3);
    assertThat(document.data().signature()).containsExactly(9);
    assertThat(document).isEqualTo(document(new byte[] {1, 2, 3}, new byte[] {9}).build());
    assertThat(document).isNotEqualTo(document(new byte[] {1, 2, 4}, new byte[] {9}).build());
    assertThat(document.data().toString())
        .isEqualTo("DocumentSignedData[name=contract.pdf, content=[1, 2, 3], signature=[9], pages=3]");
    assertThatThrownBy(() -> document(null, null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("DocumentSigned.content must not be null");
  }

  @Test
  void badBase64IsRejectedWithItsPath() {
    String json = document(new byte[] {1, 2, 3}, null).build().toJson();
    assertThatThrownBy(() -> DocumentSignedEvent.fromJson(json.replace("\"AQID\"", "\"A*ID\"")))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("data.content");
              assertThat(e.problem()).isEqualTo("expected Base64 such as AQID, found \"A*ID\"");
            });
    assertThatThrownBy(() -> DocumentSignedEvent.fromJson(json.replace("\"AQID\"", "[1,2,3]")))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> assertThat(e.problem()).isEqualTo("expected a Base64 string, found an array"));
  }

  @Provide
  Arbitrary<DocumentSignedEvent> documents() {
    Arbitrary<byte[]> bytes =
        Arbitraries.bytes().array(byte[].class).ofMaxSize(64);
    return Combinators.combine(bytes, bytes.injectNull(0.3))
        .as((content, signature) -> document(content, signature).build());
  }

}
