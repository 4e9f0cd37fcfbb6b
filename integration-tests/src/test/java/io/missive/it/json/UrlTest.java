package io.missive.it.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.missive.MessageFormatException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@code URL} in a payload: its text, as databind writes and reads it; equal and hashed by that text
 * without any host lookup (which {@code URL.equals} would do); bad text rejected with its path.
 */
class UrlTest {

  private static final ObjectMapper DATABIND = new ObjectMapper();

  static WebhookRegisteredEvent hook(URL callback, URL fallback) {
    return WebhookRegisteredEvent.builder()
        .id("w-1")
        .timestamp(Instant.parse("2026-03-15T10:30:00Z"))
        .subscriber("billing")
        .callback(callback)
        .fallback(fallback)
        .build();
  }

  @SuppressWarnings("deprecation") // URL(String) is what databind reads with; deprecated from Java 20
  private static URL url(String text) {
    try {
      return new URL(text);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void aUrlIsWrittenAsItsText() {
    assertThat(hook(url("https://billing.example.com/hooks?v=2#top"), null).toJson())
        .endsWith(
            "\"data\":{\"subscriber\":\"billing\",\"callback\":\"https://billing.example.com/hooks?v=2#top\","
                + "\"fallback\":null}}");
  }

  @Property(tries = 300)
  void aPlainObjectMapperWritesAndReadsTheSame(@ForAll("hooks") WebhookRegisteredEvent hook) throws Exception {
    WebhookRegistered data = hook.data();
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("subscriber", data.subscriber());
    plain.put("callback", data.callback());
    plain.put("fallback", data.fallback());
    String json = hook.toJson();
    String missive = json.substring(json.indexOf("\"data\":") + 7, json.length() - 1);
    assertThat(missive).isEqualTo(DATABIND.writeValueAsString(plain));
    record Plain(String subscriber, URL callback, URL fallback) {}
    Plain read = DATABIND.readValue(missive, Plain.class);
    assertThat(read.callback().toExternalForm()).isEqualTo(data.callback().toExternalForm());
  }

  @Property(tries = 300)
  void writeThenReadIsTheIdentity(@ForAll("hooks") WebhookRegisteredEvent hook) {
    assertThat(WebhookRegisteredEvent.fromJson(hook.toJson())).isEqualTo(hook);
    assertThat(WebhookRegisteredEvent.fromJson(hook.toJsonBytes()).hashCode()).isEqualTo(hook.hashCode());
  }

  /** A handler that counts the host lookups URL.equals and URL.hashCode would make through it. */
  private static final class CountingHandler extends URLStreamHandler {
    final AtomicInteger lookups = new AtomicInteger();

    @Override
    protected URLConnection openConnection(URL u) throws IOException {
      throw new IOException("not connected");
    }

    @Override
    protected InetAddress getHostAddress(URL u) {
      lookups.incrementAndGet();
      return null;
    }
  }

  @Test
  void payloadsCompareUrlsByTextAndNeverLookTheHostUp() throws Exception {
    CountingHandler handler = new CountingHandler();
    URL a = new URL(null, "http://a.example/hooks", handler);
    URL sameText = new URL(null, "http://a.example/hooks", handler);
    URL otherHost = new URL(null, "http://b.example/hooks", handler);
    WebhookRegisteredEvent first = hook(a, null);
    Set<Object> seen = new HashSet<>();
    seen.add(first.data());
    seen.add(hook(sameText, null).data());
    seen.add(hook(otherHost, otherHost).data());
    assertThat(seen).hasSize(2);
    assertThat(first).isEqualTo(hook(sameText, null)).isNotEqualTo(hook(otherHost, null));
    assertThat(first.data()).isNotEqualTo(hook(a, a).data());
    assertThat(first.hashCode()).isEqualTo(hook(sameText, null).hashCode());
    assertThat(handler.lookups).hasValue(0);
    // URL's own equals would have asked the handler for both hosts.
    assertThat(a.equals(otherHost)).isFalse();
    assertThat(handler.lookups.get()).isPositive();
  }

  @Test
  void badUrlsAreRejectedWithTheirPath() {
    String json = hook(url("https://billing.example.com/hooks"), null).toJson();
    assertThatThrownBy(() -> WebhookRegisteredEvent.fromJson(json.replace("https://billing", "nope://billing")))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("data.callback");
              assertThat(e.problem())
                  .startsWith("expected an absolute URL such as https://example.com/orders/1, found \"nope://");
              assertThat(e.getCause()).isInstanceOf(MalformedURLException.class);
            });
    assertThatThrownBy(() -> WebhookRegisteredEvent.fromJson(json.replace("\"https://billing.example.com/hooks\"", "7")))
        .isInstanceOfSatisfying(
            MessageFormatException.class,
            e -> assertThat(e.problem()).isEqualTo("expected a URL string, found an integer"));
  }

  @Provide
  Arbitrary<WebhookRegisteredEvent> hooks() {
    Arbitrary<String> hosts = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> paths = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('/', '-', '_', '.')
        .ofMaxLength(20);
    Arbitrary<String> schemes = Arbitraries.of("http", "https", "ftp", "file", "jar:file");
    Arbitrary<URL> urls =
        Combinators.combine(schemes, hosts, paths)
            .as((scheme, host, path) -> scheme.equals("jar:file")
                ? url("jar:file:/" + host + ".jar!/" + path)
                : url(scheme + "://" + host + ".example/" + path));
    return Combinators.combine(urls, urls.injectNull(0.3)).as(UrlTest::hook);
  }
}
