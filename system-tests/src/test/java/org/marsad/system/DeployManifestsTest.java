package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import static org.marsad.system.RenderedManifests.name;
import static org.marsad.system.RenderedManifests.podLabels;
import static org.marsad.system.RenderedManifests.podSpec;
import static org.marsad.system.RenderedManifests.selects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders {@code deploy/overlays/dev} and {@code prod} with {@code kubectl kustomize} and checks what an operator
 * relies on, for every workload: probes, sized resources, a locked-down security context, an HPA and a PDB per
 * Deployment, network isolation, no secret values in the manifests, pinned images in prod, the database of each
 * overlay. Skipped, saying so, where kubectl is not installed.
 */
class DeployManifestsTest {

    private static final Set<String> SERVICES = Set.of("gateway", "article-service", "entity-service");
    /** Names of settings that hold credentials (MARSAD_GRAPHQL_MAX_TOKENS is a limit, not a token). */
    private static final String SECRET_NAME = ".*(PASSWORD|SECRET|API_TOKEN|ACCESS_KEY).*";
    private static final Path ROOT = Path.of(System.getProperty("marsad.root", "..")).toAbsolutePath().normalize();

    private static List<RenderedManifests> overlays;

    @BeforeAll
    static void render() throws Exception {
        var kubectl = RenderedManifests.kubectl();
        if (kubectl.isEmpty()) {
            // Printed as well, so that the build log says it, not only the test report.
            String message = "kubectl is not on the PATH: the Kubernetes manifests in deploy/ were NOT checked (install kubectl to check them)";
            System.out.println("DeployManifestsTest skipped: " + message);
            Assumptions.abort(message);
        }
        overlays = List.of(RenderedManifests.render(kubectl.get(), ROOT, "dev"),
                RenderedManifests.render(kubectl.get(), ROOT, "prod"));
    }

    @Test
    void everyServiceHasItsDeploymentServiceAccountServiceAutoscalerAndDisruptionBudget() {
        forEachOverlay(m -> {
            for (String service : SERVICES) {
                JsonNode deployment = m.named("Deployment", service);
                assertFalse(deployment.isMissingNode(), m.overlay() + ": no Deployment " + service);
                assertFalse(m.named("Service", service).isMissingNode(), m.overlay() + ": no Service " + service);
                JsonNode account = m.named("ServiceAccount", podSpec(deployment).path("serviceAccountName").asText());
                assertFalse(account.isMissingNode(), m.overlay() + ": " + service + " runs under a ServiceAccount the overlay lacks");
                assertFalse(account.path("automountServiceAccountToken").asBoolean(true), m.overlay() + ": " + service + "'s ServiceAccount mounts a token");
            }
            for (JsonNode deployment : m.ofKind("Deployment")) {
                String where = m.overlay() + "/" + name(deployment);
                long autoscalers = m.ofKind("HorizontalPodAutoscaler").stream()
                        .filter(h -> h.at("/spec/scaleTargetRef/kind").asText().equals("Deployment")
                                && h.at("/spec/scaleTargetRef/name").asText().equals(name(deployment)))
                        .peek(h -> assertTrue(h.at("/spec/minReplicas").asInt() >= 1
                                && h.at("/spec/maxReplicas").asInt() > h.at("/spec/minReplicas").asInt(), where + ": HPA range"))
                        .peek(h -> assertTrue(metricNames(h).contains("cpu"), where + ": HPA without a CPU metric"))
                        .count();
                assertEquals(1, autoscalers, where + ": HorizontalPodAutoscalers targeting it");
                long budgets = m.ofKind("PodDisruptionBudget").stream()
                        .filter(p -> selects(p.path("spec").path("selector"), podLabels(deployment))).count();
                assertEquals(1, budgets, where + ": PodDisruptionBudgets selecting its pods");
                assertFalse(podSpec(deployment).path("topologySpreadConstraints").isEmpty(), where + ": no topologySpreadConstraints");
            }
        });
    }

    @Test
    void everyWorkloadHasProbesResourcesAndALockedDownSecurityContext() {
        forEachOverlay(m -> {
            assertFalse(m.workloads().isEmpty(), m.overlay() + ": no workloads rendered");
            for (JsonNode workload : m.workloads()) {
                JsonNode pod = podSpec(workload);
                String where = m.overlay() + "/" + name(workload);
                assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), where + ": runAsNonRoot");
                assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText(), where + ": seccomp");
                assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), where + ": token automount");
                for (JsonNode container : pod.path("containers")) {
                    String c = where + "/" + container.path("name").asText();
                    for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                        assertFalse(container.path(probe).isMissingNode(), c + ": no " + probe);
                    }
                    if (workload.path("kind").asText().equals("Deployment")) {
                        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText(), c);
                        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), c);
                        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), c);
                    }
                    long request = mebibytes(container.at("/resources/requests/memory").asText(), c);
                    long limit = mebibytes(container.at("/resources/limits/memory").asText(), c);
                    assertTrue(request > 0 && limit >= request, c + ": memory request " + request + " Mi, limit " + limit + " Mi");
                    assertFalse(container.at("/resources/requests/cpu").asText().isEmpty(), c + ": no CPU request");
                    JsonNode security = container.path("securityContext");
                    assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), c + ": allowPrivilegeEscalation");
                    assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), c + ": readOnlyRootFilesystem");
                    assertTrue(texts(security.at("/capabilities/drop")).contains("ALL"), c + ": capabilities not dropped");
                    String tmpVolume = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                            .filter(v -> v.path("mountPath").asText().equals("/tmp")).map(v -> v.path("name").asText())
                            .findFirst().orElse("");
                    assertTrue(StreamSupport.stream(pod.path("volumes").spliterator(), false)
                            .anyMatch(v -> v.path("name").asText().equals(tmpVolume) && v.has("emptyDir")), c + ": /tmp is not an emptyDir");
                }
            }
        });
    }

    @Test
    void servicesTakeTheirSettingsFromTheConfigMapAndTheirSecretsByReference() {
        forEachOverlay(m -> {
            Set<String> configMaps = new HashSet<>(m.ofKind("ConfigMap").stream().map(RenderedManifests::name).toList());
            for (JsonNode workload : m.workloads()) {
                for (JsonNode container : podSpec(workload).path("containers")) {
                    String c = m.overlay() + "/" + name(workload) + "/" + container.path("name").asText();
                    for (JsonNode from : container.path("envFrom")) {
                        assertTrue(configMaps.contains(from.at("/configMapRef/name").asText()), c + ": envFrom names a missing ConfigMap");
                    }
                    if (SERVICES.contains(name(workload))) {
                        assertTrue(container.path("envFrom").size() > 0, c + ": settings not from a ConfigMap");
                    }
                    for (JsonNode env : container.path("env")) {
                        String variable = env.path("name").asText();
                        if (variable.matches(SECRET_NAME)) {
                            assertTrue(env.has("valueFrom") && !env.has("value"), c + ": " + variable + " has an inline value");
                        }
                    }
                }
            }
            for (JsonNode configMap : m.ofKind("ConfigMap")) {
                configMap.path("data").fieldNames().forEachRemaining(key -> assertFalse(key.matches(SECRET_NAME),
                        m.overlay() + ": secret-looking " + key + " in ConfigMap " + name(configMap)));
            }
        });
    }

    @Test
    void noSecretValueIsCommitted() {
        RenderedManifests prod = overlay("prod");
        assertTrue(prod.ofKind("Secret").isEmpty(), "prod renders Secrets: they must be created out of band");
        // dev generates its secrets from placeholders that say what they are.
        for (JsonNode secret : overlay("dev").ofKind("Secret")) {
            secret.path("data").fields().forEachRemaining(e -> {
                String value = new String(Base64.getDecoder().decode(e.getValue().asText()), StandardCharsets.UTF_8);
                if (!e.getKey().equals("username")) {
                    assertTrue(value.contains("change-me"), "dev secret " + name(secret) + "/" + e.getKey() + " is not an obvious placeholder");
                }
            });
        }
    }

    @Test
    void networkPoliciesDenyByDefaultAndOpenOnlyTheSystemsOwnPaths() {
        forEachOverlay(m -> {
            List<JsonNode> policies = m.ofKind("NetworkPolicy");
            assertTrue(policies.stream().anyMatch(p -> p.at("/spec/podSelector").isEmpty()
                            && texts(p.at("/spec/policyTypes")).containsAll(List.of("Ingress", "Egress"))
                            && !p.path("spec").has("ingress") && !p.path("spec").has("egress")),
                    m.overlay() + ": no default-deny NetworkPolicy");
            for (JsonNode workload : m.workloads()) {
                String where = m.overlay() + "/" + name(workload);
                List<JsonNode> from = ingressPeers(policies, podLabels(workload));
                assertFalse(from.isEmpty(), where + ": no NetworkPolicy lets anything reach it");
                switch (name(workload)) {
                    case "gateway" -> assertTrue(from.stream().anyMatch(p -> namespace(p).equals("ingress-nginx")),
                            where + ": unreachable from the ingress controller");
                    case "article-service" -> assertOnlyFrom(from, Set.of("gateway", "entity-service"), where);
                    case "entity-service" -> assertOnlyFrom(from, Set.of("gateway", "article-service"), where);
                    default -> { // the database
                    }
                }
            }
            // PostgreSQL: from its two services (and, in prod, the operator, its own replicas and Prometheus).
            List<JsonNode> toDatabase = ingressPeers(policies, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                    .objectNode().put("marsad.org/database", "true"));
            Set<String> apps = new HashSet<>();
            for (JsonNode peer : toDatabase) {
                if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
                    apps.add(peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText());
                } else {
                    assertTrue(Set.of("cnpg-system", "monitoring").contains(namespace(peer)), m.overlay() + ": database open to " + peer);
                }
            }
            assertEquals(Set.of("article-service", "entity-service"), apps, m.overlay() + ": pods allowed to reach the database");
        });
    }

    @Test
    void theGatewayIsPublishedOverTlsAndEverythingIsScraped() {
        forEachOverlay(m -> {
            JsonNode ingress = m.named("Ingress", "gateway");
            assertFalse(ingress.at("/spec/tls/0/secretName").asText().isEmpty(), m.overlay() + ": Ingress without a TLS secret");
            assertEquals(ingress.at("/spec/tls/0/hosts/0").asText(), ingress.at("/spec/rules/0/host").asText());
            for (JsonNode path : ingress.at("/spec/rules/0/http/paths")) {
                assertEquals("gateway", path.at("/backend/service/name").asText(), m.overlay() + ": Ingress reaches past the gateway");
            }
            for (String service : SERVICES) {
                JsonNode annotations = m.named("Deployment", service).at("/spec/template/metadata/annotations");
                assertEquals("true", annotations.path("prometheus.io/scrape").asText(), m.overlay() + "/" + service + ": not scraped");
                assertEquals("/q/metrics", annotations.path("prometheus.io/path").asText());
            }
        });
        JsonNode monitor = overlay("prod").named("ServiceMonitor", "marsad");
        assertEquals(SERVICES, new HashSet<>(texts(monitor.at("/spec/selector/matchExpressions/0/values"))), "prod ServiceMonitor");
    }

    @Test
    void prodPinsItsImagesAndRunsPostgresAsABackedUpCloudNativePgCluster() {
        RenderedManifests prod = overlay("prod");
        List<String> images = new ArrayList<>();
        prod.workloads().forEach(w -> podSpec(w).path("containers").forEach(c -> images.add(c.path("image").asText())));
        JsonNode cluster = prod.named("Cluster", "marsad-db");
        images.add(cluster.at("/spec/imageName").asText());
        for (String image : images) {
            String tag = image.contains(":") ? image.substring(image.lastIndexOf(':') + 1) : "";
            assertTrue(!tag.isEmpty() && !tag.equals("latest") && !tag.contains("/"), "prod image not pinned by tag: " + image);
        }
        assertEquals(3, cluster.at("/spec/instances").asInt(), "instances");
        assertTrue(prod.workloads().stream().noneMatch(w -> name(w).equals("postgres")), "prod must not run the dev StatefulSet");
        // Both databases and both roles, created by the cluster, not by the services.
        assertEquals("marsad_articles", cluster.at("/spec/bootstrap/initdb/database").asText());
        assertEquals("marsad-article-db", cluster.at("/spec/bootstrap/initdb/secret/name").asText());
        assertEquals("entity_service", cluster.at("/spec/managed/roles/0/name").asText());
        assertEquals("marsad-entity-db", cluster.at("/spec/managed/roles/0/passwordSecret/name").asText());
        JsonNode entities = prod.named("Database", "marsad-entities");
        assertEquals("marsad_entities", entities.at("/spec/name").asText());
        assertEquals("entity_service", entities.at("/spec/owner").asText());
        // Backups: WAL archived by the plugin to an object store whose credentials are referenced, and a schedule.
        assertTrue(cluster.at("/spec/plugins/0/isWALArchiver").asBoolean(), "WAL archiving");
        JsonNode store = prod.named("ObjectStore", cluster.at("/spec/plugins/0/parameters/barmanObjectName").asText());
        assertTrue(store.at("/spec/configuration/destinationPath").asText().startsWith("s3://"), "backup destination");
        assertFalse(store.at("/spec/configuration/s3Credentials/accessKeyId/name").asText().isEmpty(), "backup credentials");
        assertTrue(prod.ofKind("ScheduledBackup").stream().anyMatch(b -> b.at("/spec/cluster/name").asText().equals("marsad-db")),
                "no ScheduledBackup");
        JsonNode config = prod.ofKind("ConfigMap").get(0).path("data");
        assertTrue(config.path("MARSAD_ARTICLE_DB_URL").asText().startsWith("jdbc:postgresql://marsad-db-rw:"), "article-service not on -rw");
        assertTrue(config.path("MARSAD_ENTITY_DB_URL").asText().startsWith("jdbc:postgresql://marsad-db-rw:"), "entity-service not on -rw");
    }

    @Test
    void devRunsPostgresAsAStatefulSetWithAVolume() {
        RenderedManifests dev = overlay("dev");
        JsonNode postgres = dev.named("StatefulSet", "postgres");
        assertEquals(1, postgres.at("/spec/replicas").asInt());
        assertEquals("data", postgres.at("/spec/volumeClaimTemplates/0/metadata/name").asText());
        assertEquals("true", podLabels(postgres).path("marsad.org/database").asText());
        assertFalse(dev.named("Service", "postgres").isMissingNode());
        String url = dev.ofKind("ConfigMap").stream().filter(c -> c.path("data").has("MARSAD_ARTICLE_DB_URL")).findFirst()
                .orElseThrow().at("/data/MARSAD_ARTICLE_DB_URL").asText();
        assertTrue(url.startsWith("jdbc:postgresql://postgres:5432/"), url);
    }

    private static void assertOnlyFrom(List<JsonNode> peers, Set<String> apps, String where) {
        for (JsonNode peer : peers) {
            if (peer.has("namespaceSelector")) {
                assertEquals("monitoring", namespace(peer), where + ": reachable from namespace " + peer);
            } else {
                String app = peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText();
                assertTrue(apps.contains(app), where + ": reachable from " + peer);
            }
        }
    }

    /** The "from" peers of every policy selecting pods with these labels; an empty peer list would mean "anyone". */
    private static List<JsonNode> ingressPeers(List<JsonNode> policies, JsonNode labels) {
        List<JsonNode> peers = new ArrayList<>();
        for (JsonNode policy : policies) {
            if (!selects(policy.at("/spec/podSelector"), labels)) {
                continue;
            }
            for (JsonNode rule : policy.at("/spec/ingress")) {
                assertFalse(rule.path("from").isEmpty(), name(policy) + ": an ingress rule open to every source");
                rule.path("from").forEach(peers::add);
            }
        }
        return peers;
    }

    private static String namespace(JsonNode peer) {
        return peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText();
    }

    private static List<String> metricNames(JsonNode autoscaler) {
        List<String> names = new ArrayList<>();
        autoscaler.at("/spec/metrics").forEach(metric -> names.add(metric.at("/resource/name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static long mebibytes(String quantity, String where) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2)) * 1024;
        }
        if (quantity.endsWith("Mi")) {
            return Long.parseLong(quantity.substring(0, quantity.length() - 2));
        }
        throw new AssertionError(where + ": memory quantity not in Mi or Gi: '" + quantity + "'");
    }

    private static RenderedManifests overlay(String name) {
        return overlays.stream().filter(o -> o.overlay().equals(name)).findFirst().orElseThrow();
    }

    private static void forEachOverlay(Consumer<RenderedManifests> check) {
        overlays.forEach(check);
    }
}
