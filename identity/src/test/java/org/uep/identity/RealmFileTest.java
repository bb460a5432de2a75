package org.uep.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks identity/keycloak/uep-realm.json (on the classpath as keycloak/uep-realm.json) without a Keycloak. */
class RealmFileTest {

    private static final Set<String> ADMIN_ROLES = Set.of("system-admin", "security-admin", "audit-admin");
    /** Roles whose holders perform enforcement acts or sign them off: they carry an enforcement certificate. */
    private static final Set<String> ENFORCEMENT_ROLES = Set.of("officer", "squad-leader", "head", "legal-reviewer");
    /** The roles table of ../shared/domain/organisation.md. */
    private static final Set<String> ORGANISATION_ROLES = Set.of("officer", "squad-leader", "legal-reviewer", "head",
            "manager", "supervisor", "coordinator", "police-liaison", "prosecutor", "system-admin", "security-admin",
            "audit-admin");
    /** Realm roles beyond organisation.md's: deciding and collecting fines are separated (行政处罚法 Art. 67). */
    private static final Set<String> COLLECTION_ROLES = Set.of("finance", "payment-collector");
    /** Roles that may have a single demo user (one body holds them in the seed city). */
    private static final Set<String> SINGLE_UNIT_ROLES = Set.of("coordinator", "prosecutor");
    private static final Set<String> KINDS = Set.of("city", "county", "township", "enforcement-team",
            "business-authority", "coordination-office", "justice-bureau", "police", "procuratorate", "court");
    private static final Set<String> LEVELS = Set.of("city", "county", "township");
    /** The 1+8+1 teams, at city level and in every county. */
    private static final List<String> TEAMS = List.of("comprehensive", "market-regulation", "ecology-environment",
            "culture-tourism-sport", "transport", "agriculture-rural", "natural-resources", "emergency-management",
            "health", "maritime");
    private static final List<String> AUTHORITIES = List.of("archives", "development-reform", "public-security",
            "water", "forestry", "economy-informatization", "science-technology", "ethnic-religious-affairs",
            "civil-affairs", "construction", "human-resources-social-security", "veterans-affairs", "grain-reserves",
            "meteorology", "earthquake", "fire-rescue");
    private static final List<String> COUNTIES = List.of("dinghai", "putuo", "daishan", "shengsi");
    private static final List<String> OUTSIDE_BODIES = List.of("justice-bureau", "police", "procuratorate", "court");
    private static final List<String> TOWNSHIPS = List.of("/zhoushan/dinghai/huannan", "/zhoushan/dinghai/baiquan",
            "/zhoushan/putuo/donggang", "/zhoushan/daishan/qushan", "/zhoushan/daishan/changtu",
            "/zhoushan/daishan/xiushan", "/zhoushan/shengsi/yangshan");
    /** Art. 58(3) of the Administrative Penalty Law (2021 revision) took effect on this day. */
    private static final LocalDate LEGAL_REVIEW_QUALIFICATION_FROM = LocalDate.of(2021, 7, 15);
    /** Added to the realm file together with certificate_*: the access token carries them as claims. */
    private static final List<String> UNIT_AND_REVIEW_CLAIMS = List.of("home_unit", "unit_assignments",
            "legal_qualification", "review_started");

    private static JsonNode realm;
    /** Group path → group, in file order. */
    private static final Map<String, JsonNode> GROUPS = new LinkedHashMap<>();

    @BeforeAll
    static void readRealm() throws IOException {
        try (InputStream in = RealmFileTest.class.getResourceAsStream("/keycloak/uep-realm.json")) {
            assertThat(in).as("keycloak/uep-realm.json on the classpath").isNotNull();
            realm = new ObjectMapper().readTree(in);
        }
        collectGroups(realm.path("groups"), "", GROUPS);
    }

    @Test
    void realmBasics() {
        assertThat(realm.path("realm").asText()).isEqualTo("uep");
        assertThat(realm.path("displayName").asText()).isEqualTo("统一执法平台 UEP");
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
        assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isEqualTo(1800);
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        Set<String> realmRoles = new HashSet<>(ORGANISATION_ROLES);
        realmRoles.addAll(COLLECTION_ROLES);
        assertThat(texts(realm.path("roles").path("realm"), "name")).containsExactlyInAnyOrderElementsOf(realmRoles);
        realm.path("roles").path("realm").forEach(role ->
                assertThat(role.path("description").asText()).as(role.path("name").asText()).contains("/")
                        .containsPattern("\\p{IsHan}"));
    }

    @Test
    void textsFitKeycloaksColumns() {
        // Keycloak stores descriptions and attribute values in VARCHAR(255): a longer one fails the import.
        realm.path("roles").path("realm").forEach(role -> assertThat(role.path("description").asText())
                .as("role " + role.path("name").asText()).hasSizeLessThanOrEqualTo(255));
        realm.path("clients").forEach(client -> assertThat(client.path("description").asText())
                .as("client " + client.path("clientId").asText()).hasSizeLessThanOrEqualTo(255));
        GROUPS.forEach((path, group) -> group.path("attributes").properties().forEach(attribute ->
                attribute.getValue().forEach(value -> assertThat(value.asText())
                        .as(path + " " + attribute.getKey()).hasSizeLessThanOrEqualTo(255))));
        for (JsonNode user : people()) {
            user.path("attributes").properties().forEach(attribute -> attribute.getValue().forEach(value ->
                    assertThat(value.asText()).as(user.path("username").asText() + " " + attribute.getKey())
                            .hasSizeLessThanOrEqualTo(255)));
        }
    }

    @Test
    void keycloaksOwnAuditIsOn() {
        assertThat(realm.path("eventsEnabled").asBoolean()).as("login events").isTrue();
        assertThat(realm.path("adminEventsEnabled").asBoolean()).as("admin events").isTrue();
        assertThat(realm.path("adminEventsDetailsEnabled").asBoolean()).as("admin event representations").isTrue();
        long sixMonths = 180L * 24 * 3600; // logs kept at least six months (网络安全法 Art. 21)
        assertThat(realm.path("eventsExpiration").asLong()).isGreaterThanOrEqualTo(sixMonths);
        assertThat(Long.parseLong(realm.path("attributes").path("adminEventsExpiration").asText("0")))
                .isGreaterThanOrEqualTo(sixMonths);
    }

    @Test
    void everyDemoUserIsFullySetUp() {
        assertThat(people()).hasSizeGreaterThanOrEqualTo(30);
        Set<String> emails = new HashSet<>();
        for (JsonNode user : people()) {
            String name = user.path("username").asText();
            assertThat(user.path("email").asText()).as(name + " email").contains("@");
            assertThat(emails.add(user.path("email").asText())).as(name + " email unique").isTrue();
            assertThat(user.path("firstName").asText()).as(name + " firstName").isNotBlank();
            assertThat(user.path("lastName").asText()).as(name + " lastName").isNotBlank();
            assertThat(user.path("enabled").asBoolean()).as(name + " enabled").isTrue();
            assertThat(user.path("emailVerified").asBoolean()).as(name + " emailVerified").isTrue();
            assertThat(user.path("requiredActions")).as(name + " required actions").isEmpty();
            assertThat(user.path("attributes").path("demo").path(0).asText()).as(name + " demo").isEqualTo("true");
            assertThat(user.path("credentials")).as(name + " credentials").hasSize(1);
            assertThat(user.path("credentials").path(0).path("value").asText()).as(name).isEqualTo("demo");
            assertThat(user.path("credentials").path(0).path("temporary").asBoolean()).as(name).isFalse();
        }
    }

    @Test
    void enforcementStaffHaveACertificateWithAnIsoExpiry() {
        for (JsonNode user : people()) {
            Set<String> roles = roles(user);
            roles.retainAll(ENFORCEMENT_ROLES);
            if (roles.isEmpty()) {
                continue;
            }
            JsonNode attributes = user.path("attributes");
            String name = user.path("username").asText();
            assertThat(attributes.path("certificate_number").path(0).asText()).as(name).isNotBlank();
            assertThat(LocalDate.parse(attributes.path("certificate_expiry").path(0).asText())).as(name).isNotNull();
        }
        assertThat(attribute(user("officer.expired"), "certificate_expiry"))
                .as("officer.expired: a certificate that expired (for the certificate refusal)").isEqualTo("2024-12-31");
    }

    @Test
    void noUserHoldsTwoAdministratorRoles() {
        for (JsonNode user : realm.path("users")) {
            Set<String> roles = roles(user);
            roles.retainAll(ADMIN_ROLES);
            assertThat(roles).as(user.path("username").asText() + " (等保: separation of the three admin roles)")
                    .hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void usersOnlyUseGroupsAndRolesThatExist() {
        assertThat(GROUPS.keySet()).contains("/zhoushan", "/zhoushan/comprehensive", "/zhoushan/justice-bureau",
                "/zhoushan/dinghai", "/zhoushan/dinghai/comprehensive", "/zhoushan/dinghai/huannan");
        Set<String> roles = new HashSet<>(texts(realm.path("roles").path("realm"), "name"));
        roles.add("default-roles-uep");
        for (JsonNode user : people()) {
            String name = user.path("username").asText();
            assertThat(texts(user.path("groups"))).as(name + " groups").isNotEmpty().allMatch(GROUPS::containsKey);
            assertThat(texts(user.path("realmRoles"))).as(name + " roles").allMatch(roles::contains);
        }
    }

    @Test
    void everyUserHasAHomeUnitAmongTheirGroupsAndTheirOtherGroupsAreAssignments() {
        for (JsonNode user : people()) {
            String name = user.path("username").asText();
            JsonNode attributes = user.path("attributes");
            assertThat(attributes.path("home_unit")).as(name + " exactly one home unit").hasSize(1);
            String home = attributes.path("home_unit").path(0).asText();
            List<String> assignments = texts(attributes.path("unit_assignments"));
            List<String> groups = texts(user.path("groups"));
            assertThat(groups).as(name + ": home unit is a group of theirs").contains(home);
            assertThat(groups).as(name + ": every assignment is a group of theirs").containsAll(assignments);
            assertThat(assignments).as(name + ": the home unit is no assignment").doesNotContain(home)
                    .doesNotHaveDuplicates();
            Set<String> expected = new HashSet<>(assignments);
            expected.add(home);
            assertThat(new HashSet<>(groups)).as(name + ": groups = home unit + assignments").isEqualTo(expected);
        }
        JsonNode stationed = user("officer.changtu.stationed");
        assertThat(attribute(stationed, "home_unit")).isEqualTo("/zhoushan/daishan/comprehensive");
        assertThat(texts(stationed.path("attributes").path("unit_assignments")))
                .containsExactly("/zhoushan/daishan/changtu/stationed-comprehensive");
    }

    @Test
    void theSeedCityIsTheOrganisationTree() {
        List<String> expected = new ArrayList<>(List.of("/zhoushan", "/zhoushan/authorities",
                "/zhoushan/coordination-office"));
        TEAMS.forEach(team -> expected.add("/zhoushan/" + team));
        AUTHORITIES.forEach(authority -> expected.add("/zhoushan/authorities/" + authority));
        OUTSIDE_BODIES.forEach(body -> expected.add("/zhoushan/" + body));
        for (String county : COUNTIES) {
            expected.add("/zhoushan/" + county);
            TEAMS.forEach(team -> expected.add("/zhoushan/" + county + "/" + team));
            OUTSIDE_BODIES.forEach(body -> expected.add("/zhoushan/" + county + "/" + body));
        }
        expected.addAll(TOWNSHIPS);
        assertThat(GROUPS.keySet()).containsAll(expected);
        Set<String> rest = new TreeSet<>(GROUPS.keySet());
        expected.forEach(rest::remove);
        assertThat(rest).as("groups besides the organisation tree: only stationed teams in townships")
                .allMatch(path -> path.matches("/zhoushan/[a-z]+/[a-z]+/stationed-[a-z-]+")
                        && TOWNSHIPS.contains(parent(path)));

        assertThat(kind("/zhoushan")).isEqualTo("city");
        COUNTIES.forEach(county -> assertThat(kind("/zhoushan/" + county)).isEqualTo("county"));
        TOWNSHIPS.forEach(township -> assertThat(kind(township)).as(township).isEqualTo("township"));
        AUTHORITIES.forEach(a -> assertThat(kind("/zhoushan/authorities/" + a)).isEqualTo("business-authority"));
        assertThat(kind("/zhoushan/coordination-office")).isEqualTo("coordination-office");
        OUTSIDE_BODIES.forEach(body -> assertThat(kind("/zhoushan/" + body)).isEqualTo(body));
        for (String county : COUNTIES) {
            TEAMS.forEach(team -> assertThat(kind("/zhoushan/" + county + "/" + team)).isEqualTo("enforcement-team"));
            OUTSIDE_BODIES.forEach(body -> assertThat(kind("/zhoushan/" + county + "/" + body)).isEqualTo(body));
        }
        TEAMS.forEach(team -> assertThat(kind("/zhoushan/" + team)).isEqualTo("enforcement-team"));
    }

    @Test
    void everyGroupHasAChineseNameAKindAndALevel() {
        assertThat(GROUPS).hasSizeGreaterThanOrEqualTo(100);
        GROUPS.forEach((path, group) -> {
            JsonNode attributes = group.path("attributes");
            assertThat(group.path("name").asText()).as(path + ": kebab-case segment").matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(attributes.path("name_zh")).as(path + " name_zh").hasSize(1);
            assertThat(attributes.path("name_zh").path(0).asText()).as(path + " name_zh").containsPattern("\\p{IsHan}");
            assertThat(attributes.path("kind")).as(path + " kind").hasSize(1);
            assertThat(attributes.path("kind").path(0).asText()).as(path + " kind").isIn(KINDS);
            assertThat(attributes.path("level")).as(path + " level").hasSize(1);
            assertThat(attributes.path("level").path(0).asText()).as(path + " level").isIn(LEVELS);
        });
        // Level = the level of government the unit belongs to: a stationed team is the county department's.
        GROUPS.forEach((path, group) -> {
            String kind = kind(path);
            String level = attribute(group, "level");
            switch (kind) {
                case "city", "county", "township" -> assertThat(level).as(path).isEqualTo(kind);
                default -> assertThat(level).as(path)
                        .isEqualTo(COUNTIES.contains(path.split("/")[2]) ? "county" : "city");
            }
        });
        assertThat(attribute(GROUPS.get("/zhoushan/dinghai/comprehensive"), "name_zh")).isEqualTo("定海区综合行政执法局");
        assertThat(attribute(GROUPS.get("/zhoushan/dinghai/huannan"), "name_zh")).isEqualTo("环南街道");
    }

    @Test
    void townshipsAreEmpoweredOrHaveStationedTeams() {
        Map<String, List<String>> byMode = new TreeMap<>();
        Set<String> covered = new HashSet<>();
        for (String township : TOWNSHIPS) {
            JsonNode group = GROUPS.get(township);
            String mode = attribute(group, "township_mode");
            assertThat(mode).as(township + " township_mode").isIn("empowered", "stationed");
            byMode.computeIfAbsent(mode, m -> new ArrayList<>()).add(township);
            List<String> matters = texts(group.path("attributes").path("empowered_matters"));
            if (mode.equals("empowered")) {
                assertThat(matters).as(township + ": empowered matters (12-digit matter codes)").isNotEmpty()
                        .allMatch(code -> code.matches("\\d{12}")).doesNotHaveDuplicates();
            } else {
                assertThat(matters).as(township + ": a stationed township has no list of its own").isEmpty();
            }
        }
        assertThat(byMode.get("empowered")).as("empowered townships").hasSizeGreaterThanOrEqualTo(2);
        assertThat(byMode.get("stationed")).as("townships with stationed teams").hasSizeGreaterThanOrEqualTo(2);

        List<String> stationedTeams = GROUPS.keySet().stream()
                .filter(path -> path.substring(path.lastIndexOf('/') + 1).startsWith("stationed-")).toList();
        assertThat(stationedTeams).isNotEmpty();
        for (String team : stationedTeams) {
            JsonNode group = GROUPS.get(team);
            String township = parent(team);
            assertThat(attribute(GROUPS.get(township), "township_mode")).as(team + " sits in a stationed township")
                    .isEqualTo("stationed");
            assertThat(kind(team)).as(team).isEqualTo("enforcement-team");
            String countyUnit = attribute(group, "county_unit");
            assertThat(GROUPS).as(team + " county_unit " + countyUnit).containsKey(countyUnit);
            assertThat(kind(countyUnit)).as(team + " county_unit").isEqualTo("enforcement-team");
            assertThat(parent(countyUnit)).as(team + ": the county unit is of the township's county")
                    .isEqualTo(parent(township));
            String teamName = team.substring(team.lastIndexOf('/') + 1 + "stationed-".length());
            assertThat(countyUnit).as(team).endsWith("/" + teamName);
            covered.add(township);
            for (String other : texts(group.path("attributes").path("covers"))) {
                assertThat(TOWNSHIPS).as(team + " covers (1+X) " + other).contains(other);
                assertThat(parent(other)).as(team + " covers a township of the same county").isEqualTo(parent(township));
                covered.add(other);
            }
        }
        assertThat(covered).as("every stationed township has a stationed team or is covered by one (1+X)")
                .containsAll(byMode.get("stationed"));
        assertThat(texts(GROUPS.get("/zhoushan/daishan/changtu/stationed-comprehensive").path("attributes")
                .path("covers"))).contains("/zhoushan/daishan/xiushan");
        assertThat(attribute(GROUPS.get("/zhoushan/daishan/qushan"), "township_mode")).isEqualTo("empowered");
    }

    @Test
    void everyRoleHasDemoUsersInSeveralUnits() {
        Map<String, Set<String>> unitsByRole = new HashMap<>();
        Map<String, List<String>> usersByRole = new HashMap<>();
        for (JsonNode user : people()) {
            for (String role : roles(user)) {
                unitsByRole.computeIfAbsent(role, r -> new TreeSet<>()).add(attribute(user, "home_unit"));
                usersByRole.computeIfAbsent(role, r -> new ArrayList<>()).add(user.path("username").asText());
            }
        }
        for (String role : ORGANISATION_ROLES) {
            if (ADMIN_ROLES.contains(role)) {
                assertThat(usersByRole.get(role)).as(role + ": one administrator each").hasSize(1);
            } else if (SINGLE_UNIT_ROLES.contains(role)) {
                assertThat(usersByRole.get(role)).as(role).isNotEmpty();
            } else {
                assertThat(unitsByRole.get(role)).as(role + ": demo users in at least two units").hasSizeGreaterThanOrEqualTo(2);
            }
        }
        assertThat(roles(user("deputy.dinghai"))).as("deputy.dinghai: for separation-of-duties tests")
                .contains("head", "officer");
    }

    @Test
    void legalReviewersWhoStartedAfterTheLawNeedTheQualification() {
        List<String> afterTheLaw = new ArrayList<>();
        for (JsonNode user : people()) {
            if (!roles(user).contains("legal-reviewer")) {
                assertThat(user.path("attributes").has("review_started")).as(user.path("username").asText()).isFalse();
                continue;
            }
            String name = user.path("username").asText();
            LocalDate started = LocalDate.parse(attribute(user, "review_started"));
            if (started.isAfter(LEGAL_REVIEW_QUALIFICATION_FROM)) {
                afterTheLaw.add(name);
            }
        }
        assertThat(afterTheLaw).as("legal reviewers who started after 2021-07-15")
                .containsExactlyInAnyOrder("reviewer.putuo", "reviewer.daishan");
        assertThat(attribute(user("reviewer.putuo"), "legal_qualification")).isNotBlank();
        assertThat(user("reviewer.daishan").path("attributes").has("legal_qualification"))
                .as("reviewer.daishan lacks the qualification on purpose (for the refusal test)").isFalse();
        assertThat(LocalDate.parse(attribute(user("reviewer.dinghai"), "review_started")))
                .as("reviewer.dinghai is grandfathered").isBefore(LEGAL_REVIEW_QUALIFICATION_FROM);
    }

    @Test
    void clientsIssueTokensForTheApi() {
        JsonNode api = client("uep-api");
        assertThat(api.path("bearerOnly").asBoolean()).isTrue();
        assertThat(api.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(api.path("directAccessGrantsEnabled").asBoolean()).isFalse();

        JsonNode console = client("uep-console");
        assertThat(console.path("publicClient").asBoolean()).isTrue();
        assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");

        JsonNode devTools = client("uep-dev-tools");
        assertThat(devTools.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(devTools.path("description").asText()).contains("DEMO/TEST ONLY");

        for (JsonNode client : List.of(console, devTools)) {
            String id = client.path("clientId").asText();
            JsonNode audience = mapper(client, "oidc-audience-mapper");
            assertThat(audience).as(id + " audience mapper").isNotNull();
            assertThat(audience.path("config").path("included.client.audience").asText()).isEqualTo("uep-api");
            assertThat(audience.path("config").path("access.token.claim").asText()).isEqualTo("true");

            JsonNode groups = mapper(client, "oidc-group-membership-mapper");
            assertThat(groups).as(id + " groups mapper").isNotNull();
            assertThat(groups.path("config").path("full.path").asText()).isEqualTo("true");
            assertThat(groups.path("config").path("claim.name").asText()).isEqualTo(OfficerClaims.GROUPS);

            List<JsonNode> attributeMappers = StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                    .filter(m -> m.path("protocolMapper").asText().equals("oidc-usermodel-attribute-mapper")).toList();
            List<String> attributeClaims = attributeMappers.stream()
                    .map(m -> m.path("config").path("claim.name").asText()).toList();
            assertThat(attributeClaims).as(id).contains(OfficerClaims.CERTIFICATE_NUMBER,
                    OfficerClaims.CERTIFICATE_EXPIRY).containsAll(UNIT_AND_REVIEW_CLAIMS);
            for (JsonNode m : attributeMappers) {
                JsonNode config = m.path("config");
                String claim = config.path("claim.name").asText();
                assertThat(config.path("user.attribute").asText()).as(id + " " + claim).isEqualTo(claim);
                assertThat(config.path("access.token.claim").asText()).as(id + " " + claim).isEqualTo("true");
                assertThat(config.path("aggregate.attrs").asText()).as(id + " " + claim).isEqualTo("false");
                assertThat(config.path("multivalued").asText()).as(id + " " + claim)
                        .isEqualTo(claim.equals("unit_assignments") ? "true" : "false");
            }
            assertThat(texts(client.path("defaultClientScopes"))).as(id + ": name/username and realm roles")
                    .contains("profile", "roles");
            assertThat(texts(client.path("optionalClientScopes"))).as(id + ": microprofile-jwt would overwrite groups")
                    .doesNotContain("microprofile-jwt");
        }
    }

    @Test
    void theDirectoryClientIsAServiceAccountThatOnlyReads() {
        JsonNode directory = client("uep-directory");
        assertThat(directory.path("publicClient").asBoolean()).as("confidential").isFalse();
        assertThat(directory.path("bearerOnly").asBoolean()).isFalse();
        assertThat(directory.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(directory.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(directory.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(directory.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(directory.path("secret").asText()).isEqualTo("uep-directory-demo-secret");

        List<JsonNode> serviceAccounts = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> u.path("serviceAccountClientId").asText().equals("uep-directory")).toList();
        assertThat(serviceAccounts).hasSize(1);
        JsonNode account = serviceAccounts.getFirst();
        assertThat(texts(account.path("clientRoles").path("realm-management")))
                .containsExactlyInAnyOrder("view-users", "query-users", "query-groups", "view-realm");
        assertThat(account.path("realmRoles")).as("no realm roles").isEmpty();
        assertThat(account.path("credentials")).as("no password").isEmpty();
    }

    @Test
    void theCollectionSideConfirmsPaymentsThroughAServiceAccountAndNoPersonDoes() {
        JsonNode collection = client("uep-collection");
        assertThat(collection.path("publicClient").asBoolean()).as("confidential").isFalse();
        assertThat(collection.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(collection.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(collection.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(mapper(collection, "oidc-audience-mapper").path("config").path("included.client.audience").asText())
                .isEqualTo("uep-api");
        assertThat(texts(collection.path("defaultClientScopes"))).as("username and realm roles").contains("profile", "roles");

        List<JsonNode> holders = StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> roles(u).contains("payment-collector")).toList();
        assertThat(holders).extracting(u -> u.path("serviceAccountClientId").asText()).containsExactly("uep-collection");
        assertThat(roles(holders.getFirst())).containsExactly("payment-collector");
        for (JsonNode person : people()) {
            Set<String> roles = roles(person);
            if (roles.contains("finance")) {
                assertThat(roles).as(person.path("username").asText() + ": finance holds no enforcement role (Art. 67)")
                        .doesNotContainAnyElementsOf(ENFORCEMENT_ROLES);
            }
        }
        assertThat(roles(user("finance.dinghai"))).containsExactly("finance");
    }

    @Test
    void theUserProfileLetsOnlyAdministratorsChangeOfficialAttributes() throws IOException {
        JsonNode profile = new ObjectMapper().readTree(realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider").path(0).path("config")
                .path("kc.user.profile.config").path(0).asText());
        Map<String, JsonNode> attributes = new HashMap<>();
        profile.path("attributes").forEach(a -> attributes.put(a.path("name").asText(), a));
        for (String name : List.of("certificate_number", "certificate_expiry", "legal_qualification",
                "review_started", "home_unit", "unit_assignments")) {
            JsonNode attribute = attributes.get(name);
            assertThat(attribute).as(name + " declared").isNotNull();
            assertThat(texts(attribute.path("permissions").path("view"))).as(name).contains("admin", "user");
            assertThat(texts(attribute.path("permissions").path("edit"))).as(name).containsExactly("admin");
            assertThat(attribute.path("multivalued").asBoolean()).as(name + " multivalued")
                    .isEqualTo(name.equals("unit_assignments"));
        }
        String pattern = attributes.get("home_unit").path("validations").path("pattern").path("pattern").asText();
        assertThat(GROUPS.keySet()).allMatch(path -> path.matches(pattern));
    }

    private static List<JsonNode> people() {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(u -> !u.has("serviceAccountClientId")).toList();
    }

    private static JsonNode user(String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static Set<String> roles(JsonNode user) {
        Set<String> roles = new HashSet<>(texts(user.path("realmRoles")));
        roles.remove("default-roles-uep");
        return roles;
    }

    /** The single value of a user's or group's attribute; "" when absent. */
    private static String attribute(JsonNode userOrGroup, String name) {
        JsonNode values = userOrGroup.path("attributes").path(name);
        assertThat(values.size()).as(name).isLessThanOrEqualTo(1);
        return values.path(0).asText();
    }

    private static String kind(String path) {
        assertThat(GROUPS).containsKey(path);
        return attribute(GROUPS.get(path), "kind");
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode mapper(JsonNode client, String type) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (mapper.path("protocolMapper").asText().equals(type)) {
                return mapper;
            }
        }
        return null;
    }

    private static void collectGroups(JsonNode groups, String parent, Map<String, JsonNode> all) {
        for (JsonNode group : groups) {
            String path = parent + "/" + group.path("name").asText();
            assertThat(all.put(path, group)).as("duplicate group " + path).isNull();
            collectGroups(group.path("subGroups"), path, all);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
