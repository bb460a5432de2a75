package org.uep.app.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One real Keycloak process (the {@code keycloak-quarkus-dist} from Maven Central) for a test run or the local run,
 * with realm {@code uep} imported fresh from {@code identity/keycloak/uep-realm.json} (classpath
 * {@code keycloak/uep-realm.json}) on every start.
 *
 * <ul>
 *   <li>The distribution ({@code uep.keycloak.dist}, set by app/pom.xml; else the file in ~/.m2) is extracted once per
 *       machine into {@code ~/.cache/uep/keycloak-26.7.3} (into a temp dir, then renamed) and kept, so Keycloak's
 *       one-time build step (≈ 30 s) also happens only once.</li>
 *   <li>Started as {@code kc.sh start-dev --http-port=<port> --http-management-port=<port+1000> --db=dev-mem}: an
 *       in-memory H2 database, so each start imports the current realm file. The realm is imported from a directory of
 *       its own per port ({@code ~/.cache/uep/keycloak-runs/<port>/import}, passed as
 *       {@code -Dkeycloak.migration.dir}, which is all {@code --import-realm} does with {@code data/import}), so a
 *       test instance (18180) and a local-run instance (8180) can run side by side.</li>
 *   <li>Log: {@code ~/.cache/uep/keycloak-runs/<port>/keycloak.log}. Pid file next to it: a Keycloak left behind by a
 *       crashed JVM is killed on the next start (after checking its command line is this Keycloak).</li>
 *   <li>If a healthy Keycloak with realm {@code uep} already answers on the port (another JVM's, or started by hand),
 *       it is reused and left alone.</li>
 *   <li>File locks: per port (one JVM decides what runs on a port) and per installation until the first start has
 *       finished the build step; after that, instances on different ports start in parallel.</li>
 *   <li>Stopped by a JVM shutdown hook (the whole process tree). With {@code -Duep.keycloak.keep=true} it is left
 *       running and the next JVM started with the same flag reuses it as long as the realm file is unchanged (fast
 *       test iterations; tests that change the realm must then restore what they changed). A JVM without the flag
 *       replaces a kept instance with a fresh one.</li>
 * </ul>
 * The master realm gets the temporary admin {@code admin}/{@code admin} (admin console at
 * {@code http://localhost:<port>/admin}) — local and test use only, like everything here.
 */
public final class KeycloakServer {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "uep";
    public static final int TEST_PORT = 18180;
    public static final int LOCAL_PORT = 8180;
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /** Keycloak build-time options: changing them makes the next start rebuild (≈ 30 s). */
    private static final String BUILD_OPTIONS = "--db=dev-mem";
    private static final String REALM_RESOURCE = "keycloak/uep-realm.json";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration LOCK_TIMEOUT = Duration.ofMinutes(6);
    private static final Map<Integer, KeycloakServer> SHARED = new HashMap<>();
    private static final Map<Integer, RuntimeException> FAILED = new HashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final int port;
    private final Path cacheRoot;
    private final Path home;
    private final Path runDir;
    private Process process;
    private boolean owned;
    private Duration startTime = Duration.ZERO;
    private KeycloakTokens tokens;

    private KeycloakServer(int port) {
        this.port = port;
        this.cacheRoot = Path.of(System.getProperty("uep.cache.dir",
                Path.of(System.getProperty("user.home"), ".cache", "uep").toString()));
        this.home = cacheRoot.resolve("keycloak-" + VERSION);
        this.runDir = cacheRoot.resolve("keycloak-runs").resolve(String.valueOf(port));
    }

    /**
     * The Keycloak for {@code port}, started (or found) once per JVM. A failed start is remembered, so later test
     * classes fail at once instead of waiting for the timeout again.
     */
    public static synchronized KeycloakServer shared(int port) {
        RuntimeException failure = FAILED.get(port);
        if (failure != null) {
            throw new IllegalStateException("Keycloak on port " + port + " failed to start earlier in this JVM",
                    failure);
        }
        KeycloakServer server = SHARED.get(port);
        if (server == null) {
            server = new KeycloakServer(port);
            try {
                server.startOrReuse();
            } catch (RuntimeException e) {
                FAILED.put(port, e);
                throw e;
            }
            SHARED.put(port, server);
        }
        return server;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The value for {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenUri() {
        return issuerUri() + "/protocol/openid-connect/token";
    }

    /** Whether this JVM started the process (false: an already running Keycloak was reused). */
    public boolean isOwned() {
        return owned;
    }

    /** How long start-up (or finding a running instance) took. */
    public Duration startTime() {
        return startTime;
    }

    public Path logFile() {
        return runDir.resolve("keycloak.log");
    }

    public synchronized KeycloakTokens tokens() {
        if (tokens == null) {
            tokens = new KeycloakTokens(tokenUri());
        }
        return tokens;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void startOrReuse() {
        long started = System.nanoTime();
        try {
            Files.createDirectories(runDir);
            byte[] realm = realmJson();
            String realmHash = sha256(realm);
            // Per port: one JVM at a time decides to reuse, replace or start the instance on this port.
            try (FileChannel portChannel = FileChannel.open(runDir.resolve("keycloak.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lock(portChannel)) {
                if (reuseRecorded(realmHash) || reuseAnswering()) {
                    owned = false;
                } else {
                    if (isListening(port)) {
                        throw new IllegalStateException("Port " + port + " is in use by something that is not a "
                                + "Keycloak serving realm " + REALM + ": stop it or choose another port");
                    }
                    // Per machine: extraction and Keycloak's build step (it rewrites lib/quarkus) happen once, so
                    // until the first start has succeeded, starts on all ports queue here.
                    try (FileChannel homeChannel = FileChannel.open(cacheRoot.resolve("keycloak.lock"),
                            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                         FileLock homeLock = lock(homeChannel)) {
                        ensureExtracted();
                        prepareImport(realm);
                        if (isBuilt()) {
                            homeLock.release();
                        }
                        launch(realmHash);
                        markBuilt();
                    }
                    owned = true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            startTime = Duration.ofNanos(System.nanoTime() - started);
        }
        log("Keycloak %s on %s %s in %.1f s%s", VERSION, baseUrl(), owned ? "started" : "reused",
                startTime.toMillis() / 1000.0, owned ? " (log: " + logFile() + ")" : "");
    }

    private static FileLock lock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + LOCK_TIMEOUT.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another process has been starting Keycloak for over " + LOCK_TIMEOUT);
            }
            sleep(500);
        }
    }

    /** Deals with the instance our pid file names: reuse it (live owner, or kept with the same realm) or kill it. */
    private boolean reuseRecorded(String realmHash) throws IOException {
        Path pidFile = pidFile();
        if (!Files.exists(pidFile)) {
            return false;
        }
        Properties recorded = new Properties();
        try (InputStream in = Files.newInputStream(pidFile)) {
            recorded.load(in);
        }
        List<ProcessHandle> alive = keycloakProcesses(recorded.getProperty("pids", ""));
        if (alive.isEmpty()) {
            Files.deleteIfExists(pidFile);
            return false;
        }
        boolean ownerAlive = ProcessHandle.of(Long.parseLong(recorded.getProperty("owner", "-1")))
                .map(ProcessHandle::isAlive).orElse(false);
        boolean sameRealm = realmHash.equals(recorded.getProperty("realmSha256"));
        boolean kept = Boolean.parseBoolean(recorded.getProperty("keep"));
        if (ownerAlive && waitUntilReady(alive.getFirst(), READY_TIMEOUT)) {
            log("Reusing the Keycloak on port %d started by process %s%s", port, recorded.getProperty("owner"),
                    sameRealm ? "" : " (WARNING: started with an older realm file)");
            return true;
        }
        if (!ownerAlive && kept && Boolean.getBoolean("uep.keycloak.keep") && sameRealm && isReady()) {
            log("Reusing the Keycloak kept running on port %d (same realm file)", port);
            return true;
        }
        log("Stopping a stale Keycloak on port %d (pids %s, owner %s %s)", port, recorded.getProperty("pids"),
                recorded.getProperty("owner"), ownerAlive ? "alive" : "gone");
        alive.forEach(KeycloakServer::destroyTree);
        Files.deleteIfExists(pidFile);
        return false;
    }

    private List<ProcessHandle> keycloakProcesses(String pids) {
        List<ProcessHandle> result = new ArrayList<>();
        for (String pid : pids.split(",")) {
            if (pid.isBlank()) {
                continue;
            }
            ProcessHandle.of(Long.parseLong(pid.strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(this::isOurKeycloak)
                    .ifPresent(result::add);
        }
        return result;
    }

    /** Only a process whose command line runs this Keycloak installation is ever killed. */
    private boolean isOurKeycloak(ProcessHandle handle) {
        String commandLine = handle.info().commandLine().orElse("");
        return commandLine.contains(home.toString())
                && (commandLine.contains("kc.sh") || commandLine.contains("QuarkusEntryPoint"));
    }

    private boolean reuseAnswering() {
        if (isReady()) {
            log("A Keycloak with realm %s already answers on port %d: reusing it (not started, will not be stopped "
                    + "by this JVM; its realm may be older than identity/keycloak/uep-realm.json)", REALM, port);
            return true;
        }
        return false;
    }

    private void ensureExtracted() throws IOException {
        Path marker = home.resolve(".uep-extracted");
        if (Files.isRegularFile(marker) && Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return;
        }
        Path dist = distribution();
        log("Extracting %s into %s (once per machine)", dist, home);
        deleteTree(home); // an incomplete earlier attempt
        try (Stream<Path> leftovers = Files.list(cacheRoot)) { // interrupted extractions (we hold the lock)
            for (Path leftover : leftovers.filter(p -> p.getFileName().toString()
                    .startsWith("keycloak-" + VERSION + ".extracting-")).toList()) {
                deleteTree(leftover);
            }
        }
        Path temp = Files.createTempDirectory(cacheRoot, "keycloak-" + VERSION + ".extracting-");
        try {
            Process tar = new ProcessBuilder("tar", "-xzf", dist.toString(), "-C", temp.toString(),
                    "--strip-components=1")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (tar.waitFor() != 0 || !Files.isRegularFile(temp.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("Extracting " + dist + " failed: " + output);
            }
            Files.writeString(temp.resolve(".uep-extracted"), dist + "\n");
            Files.move(temp, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while extracting Keycloak", e);
        } finally {
            deleteTree(temp);
        }
    }

    /** Keycloak's build step has run for the build options used here ({@link #BUILD_OPTIONS}). */
    private boolean isBuilt() throws IOException {
        Path marker = home.resolve(".uep-built");
        return Files.isRegularFile(marker) && Files.readString(marker).strip().equals(BUILD_OPTIONS);
    }

    private void markBuilt() throws IOException {
        if (!isBuilt()) {
            Files.writeString(home.resolve(".uep-built"), BUILD_OPTIONS + "\n");
        }
    }

    static Path distribution() {
        String configured = System.getProperty("uep.keycloak.dist", "");
        Path dist = configured.isBlank() || configured.startsWith("${")
                ? Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".tar.gz")
                : Path.of(configured);
        if (!Files.isRegularFile(dist)) {
            throw new IllegalStateException("Keycloak distribution not found at " + dist + ": run the build through "
                    + "Maven once (app's test dependency org.keycloak:keycloak-quarkus-dist:" + VERSION + ":tar.gz)"
                    + " or set -Duep.keycloak.dist=<path to the tar.gz>");
        }
        return dist;
    }

    private void prepareImport(byte[] realm) throws IOException {
        Path importDir = runDir.resolve("import");
        deleteTree(importDir);
        Files.createDirectories(importDir);
        Files.write(importDir.resolve("uep-realm.json"), realm);
    }

    private void launch(String realmHash) throws IOException {
        List<String> command = List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + (port + 1000),
                BUILD_OPTIONS,
                // Brute-force detection stays on, but two logins of one demo user that overlap (a browser login while
                // a test fetches that user's API token) are not taken for an attack and refused (user_temporarily_disabled).
                "--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true",
                // What --import-realm does, but from a directory of this port's own (see the class comment).
                "-Dkeycloak.migration.dir=" + runDir.resolve("import"),
                // Narayana's object store would otherwise be shared by all instances in <home>/data.
                "-Dquarkus.transaction-manager.object-store.directory=" + runDir.resolve("transaction-logs"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(runDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(logFile().toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("KEYCLOAK_")
                || name.startsWith("QUARKUS_") || name.startsWith("JAVA_OPTS") || name.equals("JAVA"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        log("Starting Keycloak %s on port %d: %s", VERSION, port, String.join(" ", command));
        process = builder.start();
        boolean keep = Boolean.getBoolean("uep.keycloak.keep");
        writePidFile(realmHash, keep);
        if (!keep) {
            Thread hook = new Thread(this::stop, "keycloak-" + port + "-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
        }
        if (!waitUntilReady(process.toHandle(), READY_TIMEOUT)) {
            String state = process.isAlive() ? "still running after " + READY_TIMEOUT.toSeconds() + " s, stopped"
                    : "exited with " + process.exitValue();
            stop();
            throw new IllegalStateException("Keycloak on port " + port + " did not become ready (" + state + "). Log "
                    + logFile() + ", last lines:\n" + logTail(60));
        }
        writePidFile(realmHash, keep); // now with the JVM under kc.sh
    }

    private void writePidFile(String realmHash, boolean keep) throws IOException {
        List<String> pids = new ArrayList<>();
        pids.add(String.valueOf(process.pid()));
        process.descendants().forEach(child -> pids.add(String.valueOf(child.pid())));
        Properties properties = new Properties();
        properties.setProperty("owner", String.valueOf(ProcessHandle.current().pid()));
        properties.setProperty("pids", String.join(",", pids));
        properties.setProperty("port", String.valueOf(port));
        properties.setProperty("realmSha256", realmHash);
        properties.setProperty("keep", String.valueOf(keep));
        Path temp = runDir.resolve("keycloak.pid.tmp");
        try (var out = Files.newOutputStream(temp)) {
            properties.store(out, "Keycloak started by the UEP test/local-run launcher (KeycloakServer)");
        }
        Files.move(temp, pidFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Path pidFile() {
        return runDir.resolve("keycloak.pid");
    }

    private boolean waitUntilReady(ProcessHandle handle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (isReady()) {
                return true;
            }
            if (!handle.isAlive()) {
                return false;
            }
            sleep(500);
        }
        return false;
    }

    /** The realm's discovery document answers 200 and names the expected issuer. */
    boolean isReady() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(issuerUri() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            JsonNode discovery = JSON.readTree(response.body());
            return issuerUri().equals(discovery.path("issuer").asText());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the process tree this JVM started (no-op for a reused instance). */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        destroyTree(process.toHandle());
        process = null;
        try {
            Files.deleteIfExists(pidFile());
        } catch (IOException e) {
            // best effort during shutdown
        }
    }

    private static void destroyTree(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroy); // SIGTERM: Keycloak shuts down cleanly
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        for (ProcessHandle handle : all) {
            while (handle.isAlive() && System.nanoTime() < deadline) {
                sleep(100);
            }
            if (handle.isAlive()) {
                handle.destroyForcibly();
            }
        }
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static byte[] realmJson() throws IOException {
        try (InputStream in = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(KeycloakServer.class.getClassLoader()).getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(REALM_RESOURCE + " is not on the classpath (it comes with uep-identity)");
            }
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    private static void log(String format, Object... args) {
        System.out.println("[KeycloakServer] " + String.format(format, args));
    }
}
