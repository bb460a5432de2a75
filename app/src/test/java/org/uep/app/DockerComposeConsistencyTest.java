package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml against the application's configuration, without Docker and without a Spring context.
 * <p>
 * The {@code uep} service's environment is resolved the way the application would see it: application.yml plus the
 * service's variables as a system-environment property source, with Spring Boot's relaxed binding
 * ({@link ConfigurationPropertySources#attach}). The resolved addresses must name services of the compose file and the
 * ports those containers listen on inside the network, and every variable must be read by the application.
 * Compose interpolation ({@code ${VAR:-default}}) is resolved with the defaults only, whatever the shell has set.
 * <p>
 * The nested {@link DetectsInconsistencies} tests feed the same checks a compose file broken in memory to show that
 * each kind of mistake is reported.
 */
class DockerComposeConsistencyTest {

    private static final String APP = "uep";
    private static final String REALM_FILE = "identity/keycloak/uep-realm.json";
    private static final String KEYCLOAK_IMPORT_DIR = "/opt/keycloak/data/import/";
    /** Read by the JVM or the OS, not by Spring: allowed on the app container without a property behind them. */
    private static final Set<String> NOT_FOR_SPRING = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "TZ", "LANG");

    private static final Path ROOT = findRepositoryRoot();

    // ---------------------------------------------------------------------------------------------------------------
    // The checks, run on the repository's files

    /** docker-compose itself accepts the file (there is no Docker engine here to run it). Required in CI. */
    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/docker-compose"))
                || Files.isExecutable(Path.of("/usr/local/bin/docker-compose"));
        if (!installed) {
            assertThat(System.getenv("CI")).as("docker-compose must be installed in CI (.ci/run does it)").isNotEqualTo("true");
            System.err.println("\n!!! docker-compose is not installed: docker-compose.yml was NOT validated "
                    + "(apt-get install docker-compose) !!!\n");
            Assumptions.abort("docker-compose not installed");
        }
        Process check = new ProcessBuilder("docker-compose", "-f", "docker-compose.yml", "config", "-q")
                .directory(ROOT.toFile()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(2, TimeUnit.MINUTES)).as("docker-compose config finished").isTrue();
        assertThat(check.exitValue()).as("docker-compose config -q says: " + output).isZero();
    }

    @Test
    void everyVariableOfTheAppServiceIsReadByTheApplication() {
        checkVariablesAreRead(Stack.ofRepository());
    }

    @Test
    void localhostDefaultsOfApplicationYmlAreOverriddenInTheAppService() {
        checkLocalhostDefaultsAreOverridden(Stack.ofRepository());
    }

    @Test
    void databaseUrlNamesThePostgresService() {
        checkDatabase(Stack.ofRepository());
    }

    @Test
    void zeebeAddressesNameTheZeebeService() {
        checkZeebe(Stack.ofRepository());
    }

    @Test
    void tokensAreValidatedWithKeysFromTheKeycloakServiceAndTheIssuerUsersSee() {
        checkKeycloak(Stack.ofRepository());
    }

    @Test
    void publishedPortIsTheServerPort() {
        checkPublishedPort(Stack.ofRepository());
    }

    @Test
    void keycloakImportsTheRealmFileOfTheRepository() {
        checkRealmImport(Stack.ofRepository());
    }

    @Test
    void appServiceWaitsUntilTheOtherServicesAreHealthy() {
        checkDependencies(Stack.ofRepository());
    }

    @Test
    void imagesAreTheVersionsTheBuildTestsAgainst() {
        checkImageVersions(Stack.ofRepository());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The checks can fail: the same checks on compose files broken in memory

    @Nested
    class DetectsInconsistencies {

        @Test
        void aWrongDatabasePort() {
            Stack broken = Stack.ofRepository().withCompose("jdbc:postgresql://postgres:5432/", "jdbc:postgresql://postgres:5433/");
            assertThatThrownBy(() -> checkDatabase(broken))
                    .hasMessageContaining("spring.datasource.url")
                    .hasMessageContaining("5433")
                    .hasMessageContaining("5432");
        }

        @Test
        void aGrpcAddressOnTheRestPort() {
            Stack broken = Stack.ofRepository().withCompose("http://zeebe:26500", "http://zeebe:8080");
            assertThatThrownBy(() -> checkZeebe(broken))
                    .hasMessageContaining("camunda.client.grpc-address")
                    .hasMessageContaining("26500");
        }

        @Test
        void aServiceThatDoesNotExist() {
            Stack broken = Stack.ofRepository().withCompose("http://keycloak:8080/realms/", "http://identity:8080/realms/");
            assertThatThrownBy(() -> checkKeycloak(broken))
                    .hasMessageContaining("identity")
                    .hasMessageContaining("no such service");
        }

        @Test
        void anIssuerOnAnotherPortThanKeycloakIsPublishedOn() {
            Stack broken = Stack.ofRepository().withCompose("\"8180:8080\"", "\"8181:8080\"");
            assertThatThrownBy(() -> checkKeycloak(broken))
                    .hasMessageContaining("8180")
                    .hasMessageContaining("8181");
        }

        @Test
        void aVariableNothingReads() {
            Stack broken = Stack.ofRepository().withCompose("      UEP_DB_URL:", "      UEP_DATABASE_URL:");
            assertThatThrownBy(() -> checkVariablesAreRead(broken))
                    .hasMessageContaining("UEP_DATABASE_URL");
            assertThatThrownBy(() -> checkLocalhostDefaultsAreOverridden(broken))
                    .hasMessageContaining("UEP_DB_URL");
        }

        @Test
        void anotherPublishedPort() {
            Stack broken = Stack.ofRepository().withCompose("\"8080:8080\"", "\"9090:8080\"");
            assertThatThrownBy(() -> checkPublishedPort(broken)).hasMessageContaining("9090");
        }

        @Test
        void anotherRealmFile() {
            Stack broken = Stack.ofRepository().withCompose("./identity/keycloak/uep-realm.json:", "./identity/keycloak/other-realm.json:");
            assertThatThrownBy(() -> checkRealmImport(broken)).hasMessageContaining("other-realm.json");
        }

        @Test
        void aMissingDependency() {
            Stack broken = Stack.ofRepository().withCompose("      zeebe:\n        condition: service_healthy\n", "");
            assertThatThrownBy(() -> checkDependencies(broken)).hasMessageContaining("zeebe");
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Checks

    static void checkVariablesAreRead(Stack stack) {
        Set<String> placeholders = stack.placeholderNames();
        Map<String, Boolean> mapTyped = knownPropertyNames(stack);
        List<String> unread = new ArrayList<>();
        stack.environment(APP).forEach((variable, value) -> {
            if (NOT_FOR_SPRING.contains(variable) || placeholders.contains(variable)
                    || readAsProperty(variable, value, mapTyped) != null) {
                return;
            }
            unread.add(variable);
        });
        assertThat(unread)
                .as("service %s sets these variables, but the application reads none of them: no ${NAME} placeholder in "
                        + "application.yml and no Spring property (application.yml or Spring configuration metadata) "
                        + "whose relaxed-binding environment name it is. Typo, or a property that does not exist?", APP)
                .isEmpty();
    }

    static void checkLocalhostDefaultsAreOverridden(Stack stack) {
        Map<String, String> environment = stack.environment(APP);
        List<String> missing = new ArrayList<>();
        stack.placeholderDefaults().forEach((variable, defaultValue) -> {
            if (defaultValue.contains("localhost") && !environment.containsKey(variable)) {
                missing.add(variable + " (default " + defaultValue + ")");
            }
        });
        assertThat(missing)
                .as("application.yml falls back to localhost for these variables, which inside the %s container is the "
                        + "container itself; service %s must set them", APP, APP)
                .isEmpty();
    }

    static void checkDatabase(Stack stack) {
        StandardEnvironment app = stack.appEnvironment();
        String url = required(app, "spring.datasource.url");
        assertThat(url).as("spring.datasource.url resolved from service %s", APP).startsWith("jdbc:postgresql://");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String service = uri.getHost();
        Map<String, String> environment = stack.serviceOrFail(service, "spring.datasource.url = " + url);
        assertThat(stack.image(service))
                .as("spring.datasource.url = %s names service %s, which does not run PostgreSQL", url, service)
                .startsWith("postgres");
        int listening = Integer.parseInt(environment.getOrDefault("PGPORT", "5432"));
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        assertThat(port)
                .as("spring.datasource.url = %s uses port %d, but service %s listens on %d inside the network",
                        url, port, service, listening)
                .isEqualTo(listening);
        String database = uri.getPath().replaceFirst("^/", "");
        assertThat(database)
                .as("spring.datasource.url = %s names database %s, service %s creates POSTGRES_DB=%s",
                        url, database, service, environment.get("POSTGRES_DB"))
                .isEqualTo(environment.get("POSTGRES_DB"));
        assertThat(required(app, "spring.datasource.username"))
                .as("spring.datasource.username of service %s vs. POSTGRES_USER of service %s", APP, service)
                .isEqualTo(environment.get("POSTGRES_USER"));
        assertThat(required(app, "spring.datasource.password"))
                .as("spring.datasource.password of service %s vs. POSTGRES_PASSWORD of service %s", APP, service)
                .isEqualTo(environment.get("POSTGRES_PASSWORD"));
    }

    static void checkZeebe(Stack stack) {
        StandardEnvironment app = stack.appEnvironment();
        for (String property : List.of("camunda.client.grpc-address", "camunda.client.rest-address")) {
            String address = required(app, property);
            URI uri = URI.create(address);
            String service = uri.getHost();
            Map<String, String> environment = stack.serviceOrFail(service, property + " = " + address);
            assertThat(stack.image(service))
                    .as("%s = %s names service %s, which does not run Zeebe", property, address, service)
                    .containsAnyOf("camunda/zeebe", "camunda/camunda");
            int listening = property.contains("grpc")
                    ? Integer.parseInt(environment.getOrDefault("ZEEBE_BROKER_GATEWAY_NETWORK_PORT", "26500"))
                    : Integer.parseInt(environment.getOrDefault("SERVER_PORT", "8080"));
            assertThat(uri.getPort())
                    .as("%s = %s uses port %d, but service %s serves %s on %d inside the network",
                            property, address, uri.getPort(), service, property.contains("grpc") ? "gRPC" : "REST", listening)
                    .isEqualTo(listening);
        }
    }

    static void checkKeycloak(Stack stack) {
        StandardEnvironment app = stack.appEnvironment();
        String realm = required(app, "uep.keycloak.realm");

        // Keys: fetched by the app inside the network.
        String jwkSetUri = app.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
        assertThat(jwkSetUri)
                .as("service %s sets no spring.security.oauth2.resourceserver.jwt.jwk-set-uri: the app would discover "
                        + "the keys from the issuer URL, which names the host (localhost), not the Keycloak container", APP)
                .isNotBlank();
        URI jwk = URI.create(jwkSetUri);
        String service = jwk.getHost();
        Map<String, String> environment = stack.serviceOrFail(service, "jwk-set-uri = " + jwkSetUri);
        assertThat(stack.image(service))
                .as("jwk-set-uri = %s names service %s, which does not run Keycloak", jwkSetUri, service)
                .contains("keycloak");
        int listening = Integer.parseInt(environment.getOrDefault("KC_HTTP_PORT", "8080"));
        int port = jwk.getPort() < 0 ? 80 : jwk.getPort();
        assertThat(port)
                .as("jwk-set-uri = %s uses port %d, but service %s listens on %d inside the network",
                        jwkSetUri, port, service, listening)
                .isEqualTo(listening);
        assertThat(jwk.getPath())
                .as("jwk-set-uri = %s is not the certificate endpoint of realm %s (uep.keycloak.realm)", jwkSetUri, realm)
                .isEqualTo("/realms/" + realm + "/protocol/openid-connect/certs");

        // Issuer: what Keycloak writes into every token, and what the app compares `iss` with.
        String hostname = environment.get("KC_HOSTNAME");
        assertThat(hostname)
                .as("service %s has no KC_HOSTNAME: the token issuer would depend on the address a client used "
                        + "(localhost:<published port> from the host, %s:%d inside the network), so no single "
                        + "issuer-uri could accept both", service, service, listening)
                .isNotBlank();
        String issuerUri = required(app, "spring.security.oauth2.resourceserver.jwt.issuer-uri");
        String expectedIssuer = hostname.replaceFirst("/+$", "") + "/realms/" + realm;
        assertThat(issuerUri)
                .as("issuer-uri of service %s (from UEP_KEYCLOAK_URL) is %s, but service %s issues tokens as %s "
                        + "(KC_HOSTNAME)", APP, issuerUri, service, expectedIssuer)
                .isEqualTo(expectedIssuer);
        URI issuer = URI.create(hostname);
        if ("localhost".equals(issuer.getHost()) || "127.0.0.1".equals(issuer.getHost())) {
            List<Integer> published = stack.publishedPortsFor(service, listening);
            assertThat(published)
                    .as("KC_HOSTNAME = %s, so users reach Keycloak at port %d of the host, but service %s publishes "
                            + "its port %d as %s", hostname, issuer.getPort(), service, listening, published)
                    .contains(issuer.getPort());
        }
    }

    static void checkPublishedPort(Stack stack) {
        int serverPort = Integer.parseInt(required(stack.appEnvironment(), "server.port"));
        List<int[]> ports = stack.ports(APP);
        assertThat(ports.stream().map(p -> p[0] + ":" + p[1]).toList())
                .as("service %s must publish server.port %d as %d:%d (the console's redirect URIs in the realm use "
                        + "http://localhost:%d)", APP, serverPort, serverPort, serverPort, serverPort)
                .contains(serverPort + ":" + serverPort);
        Matcher expose = Pattern.compile("(?m)^EXPOSE\\s+(\\d+)").matcher(stack.read("app/Dockerfile"));
        assertThat(expose.find()).as("app/Dockerfile has no EXPOSE line").isTrue();
        assertThat(Integer.parseInt(expose.group(1)))
                .as("app/Dockerfile exposes %s, the application listens on server.port %d", expose.group(1), serverPort)
                .isEqualTo(serverPort);
    }

    static void checkRealmImport(Stack stack) {
        String keycloak = stack.serviceWithImage("keycloak");
        List<String> imports = new ArrayList<>();
        for (String volume : stack.list(keycloak, "volumes")) {
            String[] parts = volume.split(":");
            if (parts.length >= 2 && parts[1].startsWith(KEYCLOAK_IMPORT_DIR)) {
                imports.add(parts[0]);
            }
        }
        assertThat(imports)
                .as("service %s must mount exactly one realm file into %s", keycloak, KEYCLOAK_IMPORT_DIR)
                .hasSize(1);
        Path mounted = ROOT.resolve(imports.get(0)).normalize();
        assertThat(mounted)
                .as("service %s imports %s, but the realm of this repository is %s", keycloak, imports.get(0), REALM_FILE)
                .isEqualTo(ROOT.resolve(REALM_FILE).normalize());
        assertThat(mounted).as("realm file %s mounted into service %s", imports.get(0), keycloak).isRegularFile();
        assertThat(String.join(" ", stack.list(keycloak, "command")))
                .as("service %s mounts a realm but does not start with --import-realm", keycloak)
                .contains("--import-realm");
        String realmName;
        try {
            JsonNode realm = new ObjectMapper().readTree(mounted.toFile());
            realmName = realm.path("realm").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + mounted, e);
        }
        String configured = required(stack.appEnvironment(), "uep.keycloak.realm");
        assertThat(realmName)
                .as("%s defines realm %s, the application uses uep.keycloak.realm = %s", REALM_FILE, realmName, configured)
                .isEqualTo(configured);
    }

    static void checkDependencies(Stack stack) {
        Map<String, Object> dependsOn = stack.map(APP, "depends_on");
        for (String other : stack.serviceNames()) {
            if (other.equals(APP)) {
                continue;
            }
            assertThat(dependsOn)
                    .as("service %s does not depend on service %s", APP, other)
                    .containsKey(other);
            Object condition = dependsOn.get(other) instanceof Map<?, ?> m ? m.get("condition") : null;
            assertThat(condition)
                    .as("service %s starts before service %s is healthy (depends_on %s: condition: service_healthy)",
                            APP, other, other)
                    .isEqualTo("service_healthy");
            assertThat(stack.map(other, "healthcheck"))
                    .as("service %s waits for service %s to be healthy, but %s has no healthcheck", APP, other, other)
                    .containsKey("test");
        }
    }

    static void checkImageVersions(Stack stack) {
        String pom = stack.read("pom.xml");
        Map<String, String> expected = Map.of(
                stack.serviceWithImage("camunda/zeebe"), pomProperty(pom, "camunda.version"),
                stack.serviceWithImage("keycloak"), pomProperty(pom, "keycloak.version"));
        expected.forEach((service, version) -> {
            String image = stack.image(service);
            assertThat(image.substring(image.lastIndexOf(':') + 1))
                    .as("service %s runs %s, but the build and its tests use version %s (parent pom.xml)",
                            service, image, version)
                    .isEqualTo(version);
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Relaxed binding

    /** The Spring property the variable sets through relaxed binding, or null. */
    private static String readAsProperty(String variable, String value, Map<String, Boolean> knownNames) {
        // Spring Boot applies its environment-variable mapping to sources by this name only.
        ConfigurationPropertySource source = ConfigurationPropertySource.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, value)));
        for (Map.Entry<String, Boolean> known : knownNames.entrySet()) {
            ConfigurationPropertyName name = ConfigurationPropertyName.ofIfValid(known.getKey());
            if (name == null) {
                continue;
            }
            ConfigurationProperty property = source.getConfigurationProperty(name);
            if (property != null) {
                return known.getKey();
            }
            if (known.getValue() && source.containsDescendantOf(name) == ConfigurationPropertyState.PRESENT) {
                return known.getKey() + ".*";
            }
        }
        return null;
    }

    /** Property names of application.yml and of every Spring configuration metadata file, to "is a map". */
    private static Map<String, Boolean> knownPropertyNames(Stack stack) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (PropertySource<?> source : stack.applicationYml()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    names.put(name, false);
                }
            }
        }
        names.putAll(METADATA);
        return names;
    }

    private static final Map<String, Boolean> METADATA = loadMetadata();

    private static Map<String, Boolean> loadMetadata() {
        Map<String, Boolean> names = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String file : List.of("META-INF/spring-configuration-metadata.json",
                    "META-INF/additional-spring-configuration-metadata.json")) {
                Enumeration<URL> resources = DockerComposeConsistencyTest.class.getClassLoader().getResources(file);
                for (URL url : Collections.list(resources)) {
                    try (InputStream in = url.openStream()) {
                        for (JsonNode property : json.readTree(in).path("properties")) {
                            String type = property.path("type").asText("");
                            names.merge(property.path("name").asText(), type.startsWith("java.util.Map"), Boolean::logicalOr);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(names)
                .as("Spring configuration metadata on the test classpath (spring-boot-autoconfigure)")
                .containsKey("spring.security.oauth2.resourceserver.jwt.jwk-set-uri");
        return names;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The compose file and application.yml

    /** The repository's docker-compose.yml (interpolated with defaults) and application.yml. */
    record Stack(String composeText, Map<String, Object> compose, String applicationYmlText) {

        static Stack ofRepository() {
            return of(readFile(ROOT.resolve("docker-compose.yml")),
                    readFile(ROOT.resolve("app/src/main/resources/application.yml")));
        }

        @SuppressWarnings("unchecked")
        static Stack of(String composeText, String applicationYmlText) {
            Object parsed = interpolateAll(new Yaml().load(composeText));
            assertThat(parsed).as("docker-compose.yml is not a YAML mapping").isInstanceOf(Map.class);
            return new Stack(composeText, (Map<String, Object>) parsed, applicationYmlText);
        }

        /** This stack with one piece of docker-compose.yml replaced (which must be there). */
        Stack withCompose(String original, String replacement) {
            assertThat(composeText).as("docker-compose.yml no longer contains %s; adapt this self-test", original)
                    .contains(original);
            return of(composeText.replace(original, replacement), applicationYmlText);
        }

        String read(String relativePath) {
            return readFile(ROOT.resolve(relativePath));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> services() {
            Object services = compose.get("services");
            assertThat(services).as("docker-compose.yml has no services").isInstanceOf(Map.class);
            return (Map<String, Object>) services;
        }

        Set<String> serviceNames() {
            return services().keySet();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> service(String name) {
            Object service = services().get(name);
            assertThat(service).as("docker-compose.yml has no service %s (services: %s)", name, serviceNames())
                    .isInstanceOf(Map.class);
            return (Map<String, Object>) service;
        }

        /** The environment of a service that an address of the app names; fails if there is no such service. */
        Map<String, String> serviceOrFail(String name, String whereNamed) {
            if (!serviceNames().contains(name)) {
                fail("%s names host %s, but docker-compose.yml has no such service (services: %s)",
                        whereNamed, name, serviceNames());
            }
            return environment(name);
        }

        String serviceWithImage(String imagePart) {
            List<String> matching = serviceNames().stream().filter(s -> image(s).contains(imagePart)).toList();
            assertThat(matching).as("services running an image %s*", imagePart).hasSize(1);
            return matching.get(0);
        }

        String image(String service) {
            return String.valueOf(service(service).getOrDefault("image", ""));
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(String service, String key) {
            Object value = service(service).get(key);
            if (value instanceof List<?> list) { // short form, e.g. depends_on: [a, b]
                Map<String, Object> asMap = new LinkedHashMap<>();
                list.forEach(item -> asMap.put(String.valueOf(item), Map.of()));
                return asMap;
            }
            return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        }

        List<String> list(String service, String key) {
            Object value = service(service).get(key);
            if (value instanceof List<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            return value == null ? List.of() : List.of(String.valueOf(value));
        }

        Map<String, String> environment(String service) {
            Object environment = service(service).get("environment");
            Map<String, String> variables = new LinkedHashMap<>();
            if (environment instanceof Map<?, ?> m) {
                m.forEach((k, v) -> variables.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
            } else if (environment instanceof List<?> list) {
                for (Object item : list) {
                    String[] kv = String.valueOf(item).split("=", 2);
                    variables.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
            }
            return variables;
        }

        /** Port mappings of a service as {published, target}; published = -1 when not published on the host. */
        @SuppressWarnings("unchecked")
        List<int[]> ports(String service) {
            Object ports = service(service).get("ports");
            List<int[]> mappings = new ArrayList<>();
            if (!(ports instanceof List<?> list)) {
                return mappings;
            }
            for (Object port : list) {
                if (port instanceof Map<?, ?> longSyntax) {
                    Map<String, Object> m = (Map<String, Object>) longSyntax;
                    mappings.add(new int[] {
                            m.containsKey("published") ? Integer.parseInt(String.valueOf(m.get("published"))) : -1,
                            Integer.parseInt(String.valueOf(m.get("target")))});
                } else {
                    String[] parts = String.valueOf(port).replaceFirst("/(tcp|udp)$", "").split(":");
                    int target = Integer.parseInt(parts[parts.length - 1]);
                    int published = parts.length > 1 ? Integer.parseInt(parts[parts.length - 2]) : -1;
                    mappings.add(new int[] {published, target});
                }
            }
            return mappings;
        }

        List<Integer> publishedPortsFor(String service, int target) {
            return ports(service).stream().filter(p -> p[1] == target).map(p -> p[0]).toList();
        }

        List<PropertySource<?>> applicationYml() {
            try {
                return new YamlPropertySourceLoader().load("application.yml",
                        new ByteArrayResource(applicationYmlText.getBytes(StandardCharsets.UTF_8), "application.yml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * What the application in the app container resolves: application.yml below the container's environment,
         * with Spring Boot's relaxed binding, and nothing from the JVM running this test.
         */
        StandardEnvironment appEnvironment() {
            StandardEnvironment environment = new StandardEnvironment();
            environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
            environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
            environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                    StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(environment(APP))));
            applicationYml().forEach(environment.getPropertySources()::addLast);
            ConfigurationPropertySources.attach(environment);
            return environment;
        }

        /** Names used as ${NAME} or ${NAME:default} in application.yml. */
        Set<String> placeholderNames() {
            return new TreeSet<>(placeholderDefaults().keySet());
        }

        /** ${NAME:default} placeholders of application.yml, NAME to default ("" if none). */
        Map<String, String> placeholderDefaults() {
            Map<String, String> placeholders = new LinkedHashMap<>();
            Matcher m = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)(?::([^}]*))?}").matcher(applicationYmlText);
            while (m.find()) {
                placeholders.put(m.group(1), Objects.requireNonNullElse(m.group(2), ""));
            }
            return placeholders;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static String required(StandardEnvironment environment, String property) {
        String value = environment.getProperty(property);
        assertThat(value).as("%s is not set for service %s (application.yml + its environment)", property, APP)
                .isNotBlank();
        return value;
    }

    private static String pomProperty(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as("parent pom.xml has no property %s", name).isTrue();
        return m.group(1).trim();
    }

    /** Compose interpolation with the defaults only: ${VAR:-default}, ${VAR-default}, ${VAR}, $VAR, $$. */
    private static Object interpolateAll(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(k, interpolateAll(v)));
            return result;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(DockerComposeConsistencyTest::interpolateAll).toList();
        }
        return node instanceof String s ? interpolate(s) : node;
    }

    private static final Pattern COMPOSE_VARIABLE = Pattern.compile(
            "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?]([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private static String interpolate(String value) {
        Matcher m = COMPOSE_VARIABLE.matcher(value);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String replacement = m.group().equals("$$") ? "$" : Objects.requireNonNullElse(m.group(2), "");
            m.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(result);
        return result.toString();
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The directory holding docker-compose.yml and the app module, from wherever the test runs (app/ in Maven). */
    private static Path findRepositoryRoot() {
        Set<Path> tried = new LinkedHashSet<>();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            tried.add(dir);
            if (Files.isRegularFile(dir.resolve("docker-compose.yml"))
                    && Files.isRegularFile(dir.resolve("app/src/main/resources/application.yml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no docker-compose.yml next to app/ in " + tried);
    }
}
