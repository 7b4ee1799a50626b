package org.marsad.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One overlay of {@code deploy/} as {@code kubectl kustomize} renders it: the objects an operator would apply. */
record RenderedManifests(String overlay, List<JsonNode> objects) {

    private static final YAMLMapper YAML = new YAMLMapper();

    /** kubectl on the PATH, if any. */
    static Optional<Path> kubectl() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static RenderedManifests render(Path kubectl, Path root, String overlay) throws IOException, InterruptedException {
        Path dir = root.resolve("deploy/overlays").resolve(overlay);
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + output);
        }
        List<JsonNode> objects = new ArrayList<>();
        try (var parser = YAML.createParser(output)) {
            Iterator<JsonNode> documents = YAML.readValues(parser, JsonNode.class);
            documents.forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isEmpty()) {
                    objects.add(node);
                }
            });
        }
        return new RenderedManifests(overlay, objects);
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    /** Deployments and StatefulSets: everything that runs pods. */
    List<JsonNode> workloads() {
        return objects.stream().filter(o -> List.of("Deployment", "StatefulSet").contains(o.path("kind").asText())).toList();
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst().orElse(MissingNode.getInstance());
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    static JsonNode podLabels(JsonNode workload) {
        return workload.path("spec").path("template").path("metadata").path("labels");
    }

    /** Whether a label selector's matchLabels (the only form these manifests use) select the labels; {} selects all. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.has("matchExpressions")) {
            throw new AssertionError("matchExpressions in a NetworkPolicy/PDB selector: extend RenderedManifests.selects");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.path("matchLabels").fields(); it.hasNext(); ) {
            var entry = it.next();
            if (!entry.getValue().asText().equals(labels.path(entry.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
