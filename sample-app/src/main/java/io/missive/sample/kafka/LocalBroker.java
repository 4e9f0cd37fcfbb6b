package io.missive.sample.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker (the {@code kafka_2.13} server of the app's class path, added by the
 * {@code kafka} profile) in a child JVM, started as Missive's Kafka tests start theirs: KRaft
 * mode, one node that is both broker and controller, on loopback, on free ports, with a fresh data
 * directory. {@link #start()} returns once the broker answers an admin request; {@link #stop()} ends
 * it and deletes its directory. A shutdown hook stops it if the app's JVM ends first, and a PID file
 * in its directory lets the next start end a broker that a killed run left behind.
 */
public final class LocalBroker implements AutoCloseable {

  private static final String DIRECTORY_PREFIX = "missive-sample-broker-";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path directory;
  private final int brokerPort;
  private final int controllerPort;
  private final Path properties;
  private final Thread shutdownHook;
  private Process process;

  private LocalBroker() throws IOException {
    endLeftovers();
    directory = Files.createTempDirectory(DIRECTORY_PREFIX);
    int[] ports = freePorts(2);
    brokerPort = ports[0];
    controllerPort = ports[1];
    properties = directory.resolve("server.properties");
    Files.writeString(properties, serverProperties(), StandardCharsets.UTF_8);
    Files.writeString(
        directory.resolve("log4j2.properties"),
        String.join(
            "\n",
            "appender.out.type=Console",
            "appender.out.name=out",
            "appender.out.layout.type=PatternLayout",
            "appender.out.layout.pattern=%d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n",
            "rootLogger.level=INFO",
            "rootLogger.appenderRef.out.ref=out",
            "logger.kafka.name=kafka",
            "logger.kafka.level=WARN",
            "logger.apache.name=org.apache.kafka",
            "logger.apache.level=WARN",
            ""),
        StandardCharsets.UTF_8);
    shutdownHook =
        new Thread(
            () -> {
              kill();
              delete(directory);
            },
            "kafka-broker-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Formats a new data directory and starts the broker. */
  public static LocalBroker start() throws IOException, InterruptedException {
    LocalBroker broker = new LocalBroker();
    try {
      broker.format();
      broker.launch();
      return broker;
    } catch (IOException | InterruptedException | RuntimeException e) {
      broker.close();
      throw e;
    }
  }

  /** {@code host:port} of the broker's listener, for {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  /** Creates {@code topic} with {@code partitions} partitions and waits until each has a leader. */
  public void createTopic(String topic, int partitions) throws Exception {
    try (Admin admin = admin()) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
      awaitLeaders(admin, List.of(topic));
    }
  }

  /** Waits until every partition of {@code topics} has a leader that accepts requests. */
  private static void awaitLeaders(Admin admin, java.util.Collection<String> topics) throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      try {
        boolean led =
            admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS).values().stream()
                .flatMap(description -> description.partitions().stream())
                .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        if (led) {
          // A leader in the metadata is not yet a log that takes writes: ask each partition's
          // leader for its end offset, which it answers only once it leads the partition.
          Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> ends =
              new java.util.HashMap<>();
          admin.describeTopics(topics).allTopicNames().get(5, TimeUnit.SECONDS).values().forEach(
              description -> description.partitions().forEach(
                  partition -> ends.put(
                      new org.apache.kafka.common.TopicPartition(description.name(), partition.partition()),
                      org.apache.kafka.clients.admin.OffsetSpec.latest())));
          admin.listOffsets(ends).all().get(5, TimeUnit.SECONDS);
          return;
        }
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("partitions of " + topics + " have no leader after " + START_TIMEOUT);
      }
      Thread.sleep(100);
    }
  }

  private Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
  }

  /** Kills the broker's JVM at once (SIGKILL). */
  private void kill() {
    Process running = process;
    if (running != null && running.isAlive()) {
      running.destroyForcibly();
      try {
        running.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops the broker and deletes its directory. */
  public void stop() {
    Process running = process;
    if (running != null && running.isAlive()) {
      running.destroy();
      try {
        if (!running.waitFor(20, TimeUnit.SECONDS)) {
          running.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        running.destroyForcibly();
      }
    }
    keepLog();
    delete(directory);
  }

  /** Copies the broker's log to target/, where a failed build's logs are looked for. */
  private void keepLog() {
    Path log = directory.resolve("broker.log");
    Path target = Path.of("sample-app", "target");
    if (!Files.isDirectory(target)) {
      target = Path.of("target");
    }
    if (Files.exists(log) && Files.isDirectory(target)) {
      try {
        Files.copy(log, target.resolve("sample-broker.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        // Only a convenience.
      }
    }
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook runs anyway.
    }
  }

  private String serverProperties() {
    return String.join(
        "\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs=" + directory.resolve("data"),
        "num.partitions=1",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "auto.create.topics.enable=true",
        "")
        + "\n";
  }

  private void format() throws IOException, InterruptedException {
    Process formatting =
        java("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString())
            .redirectOutput(directory.resolve("format.log").toFile())
            .redirectErrorStream(true)
            .start();
    if (!formatting.waitFor(60, TimeUnit.SECONDS)) {
      formatting.destroyForcibly();
      throw new IllegalStateException("formatting the broker's storage took over 60 s" + logTail("format.log"));
    }
    if (formatting.exitValue() != 0) {
      throw new IllegalStateException(
          "formatting the broker's storage failed with exit code " + formatting.exitValue() + logTail("format.log"));
    }
  }

  private void launch() throws IOException, InterruptedException {
    process =
        java("kafka.Kafka", properties.toString())
            .redirectOutput(ProcessBuilder.Redirect.appendTo(directory.resolve("broker.log").toFile()))
            .redirectErrorStream(true)
            .start();
    Files.writeString(directory.resolve("broker.pid"), Long.toString(process.pid()));
    awaitReady();
  }

  private void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    Exception last = null;
    try (Admin admin = admin()) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              "the broker exited with code " + process.exitValue() + " while starting" + logTail("broker.log"));
        }
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
          last = e;
        }
        Thread.sleep(100);
      }
    }
    kill();
    throw new IllegalStateException(
        "the broker did not answer within " + START_TIMEOUT.toSeconds() + " s: " + last + logTail("broker.log"));
  }

  private ProcessBuilder java(String mainClass, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xms128m");
    command.add("-Xmx512m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.awt.headless=true");
    command.add("-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"));
    // Marks the process as this directory's broker, for endLeftovers().
    command.add("-Dmissive.sample.broker=" + directory);
    command.add("-cp");
    command.add(classPath());
    command.add(mainClass);
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).directory(directory.toFile());
  }

  /**
   * The app's class path, which holds the broker: under {@code mvn exec:java} it is the class loader
   * of the app, not the JVM's {@code java.class.path}, which is Maven's own.
   */
  private static String classPath() {
    ClassLoader loader = LocalBroker.class.getClassLoader();
    if (loader instanceof java.net.URLClassLoader urls) {
      List<String> entries = new ArrayList<>();
      for (java.net.URL url : urls.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
          // Not a file: the broker cannot load from it anyway.
        }
      }
      return String.join(java.io.File.pathSeparator, entries);
    }
    return System.getProperty("java.class.path");
  }

  private String logTail(String log) {
    try {
      List<String> lines = Files.readAllLines(directory.resolve(log), StandardCharsets.UTF_8);
      return "; last lines of " + directory.resolve(log) + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }

  /** Ends the brokers of earlier test runs whose JVM was killed before it could stop them. */
  private static void endLeftovers() throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(temp, DIRECTORY_PREFIX + "*")) {
      for (Path leftover : leftovers) {
        Path pidFile = leftover.resolve("broker.pid");
        if (Files.exists(pidFile)) {
          long pid = Long.parseLong(Files.readString(pidFile).trim());
          Optional<ProcessHandle> handle = ProcessHandle.of(pid);
          handle
              .filter(h -> h.info().commandLine().map(c -> c.contains("-Dmissive.sample.broker=" + leftover)).orElse(false))
              .ifPresent(ProcessHandle::destroyForcibly);
        }
        delete(leftover);
      }
    }
  }

  private static int[] freePorts(int count) throws IOException {
    ServerSocket[] sockets = new ServerSocket[count];
    int[] ports = new int[count];
    try {
      for (int i = 0; i < count; i++) {
        sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ports[i] = sockets[i].getLocalPort();
      }
    } finally {
      for (ServerSocket socket : sockets) {
        if (socket != null) {
          socket.close();
        }
      }
    }
    return ports;
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
