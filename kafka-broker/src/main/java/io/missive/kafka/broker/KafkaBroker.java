package io.missive.kafka.broker;

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
 * A real Kafka broker for Missive's Kafka tests and the sample app's Kafka run, not part of any API:
 * the {@code kafka_2.13} server of the caller's class path (which this module does not bring) in a
 * child JVM, in KRaft mode, one node that is both broker and controller, on loopback, on free ports,
 * with a fresh data directory in the temp directory. {@link #start} returns once the broker answers
 * an admin request; {@link #stop()} ends it and deletes its directory. A shutdown hook stops it if the
 * caller's JVM ends first, and PID files in its directory let a later start of the same name end a
 * broker whose JVM was killed before it could (and leave alone one whose JVM still runs).
 */
public final class KafkaBroker implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  /** The system property that marks a broker's JVM as the one of its directory. */
  private static final String MARKER = "-Dmissive.broker=";

  private final Path directory;
  private final Path logCopy;
  private final int brokerPort;
  private final int controllerPort;
  private final Path properties;
  private final Thread shutdownHook;
  private Process process;

  private KafkaBroker(String name, Path logCopy) throws IOException {
    String prefix = "missive-" + name + "-broker-";
    endLeftovers(prefix);
    directory = Files.createTempDirectory(prefix);
    this.logCopy = logCopy;
    Files.writeString(directory.resolve("owner.pid"), Long.toString(ProcessHandle.current().pid()));
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

  /**
   * Formats a new data directory and starts the broker.
   *
   * @param name what the broker is for, in the name of its directory ({@code missive-<name>-broker-*})
   * @param logCopy where {@link #stop()} copies the broker's log, if that file's directory exists
   */
  public static KafkaBroker start(String name, Path logCopy) throws IOException, InterruptedException {
    if (!name.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("a broker's name is lower-case letters, digits and dashes: " + name);
    }
    KafkaBroker broker = new KafkaBroker(name, logCopy);
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

  /** An admin client of the broker; the caller closes it. */
  public Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000));
  }

  /** Kills the broker's JVM at once (SIGKILL), as a crash would; {@link #restart()} starts it again. */
  public void kill() {
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

  /** Starts the broker again on the same ports and data, after {@link #kill()}. */
  public void restart() throws Exception {
    kill();
    launch();
    try (Admin admin = admin()) {
      java.util.Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      if (!topics.isEmpty()) {
        awaitLeaders(admin, topics);
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

  /** Copies the broker's log to where it was asked for, such as target/, where a failed build's logs are looked for. */
  private void keepLog() {
    Path log = directory.resolve("broker.log");
    Path target = logCopy.toAbsolutePath().getParent();
    if (Files.exists(log) && target != null && Files.isDirectory(target)) {
      try {
        Files.copy(log, logCopy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
    command.add(MARKER + directory);
    command.add("-cp");
    command.add(classPath());
    command.add(mainClass);
    command.addAll(List.of(arguments));
    return new ProcessBuilder(command).directory(directory.toFile());
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

  /**
   * The caller's class path, which holds the broker: under {@code mvn exec:java} it is the class
   * loader of the app, not the JVM's {@code java.class.path}, which is Maven's own.
   */
  private static String classPath() {
    ClassLoader loader = KafkaBroker.class.getClassLoader();
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

  /**
   * Ends the brokers of earlier runs whose JVM was killed before it could stop them, and deletes
   * their directories; a broker whose JVM still runs (another build on the machine) is left alone.
   */
  static void endLeftovers(String prefix) throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(temp, prefix + "*")) {
      for (Path leftover : leftovers) {
        if (alive(leftover.resolve("owner.pid")).isPresent()) {
          continue;
        }
        alive(leftover.resolve("broker.pid"))
            .filter(h -> h.info().commandLine().map(c -> c.contains(MARKER + leftover)).orElse(false))
            .ifPresent(ProcessHandle::destroyForcibly);
        delete(leftover);
      }
    }
  }

  /** The live process whose PID {@code pidFile} holds, if the file is there and it still runs. */
  private static Optional<ProcessHandle> alive(Path pidFile) throws IOException {
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    String pid = Files.readString(pidFile).trim();
    if (!pid.matches("\\d{1,19}")) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
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
