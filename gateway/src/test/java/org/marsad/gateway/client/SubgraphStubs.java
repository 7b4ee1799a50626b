package org.marsad.gateway.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Both subgraphs stubbed by one WireMock server on a free port (entity-service at /entity/graphql, article-service at
 * /article/graphql), so that the gateway's clients can be given canned answers, partial and failed ones included,
 * and their requests counted and read. Tests get the server through {@link Stubs}.
 */
public class SubgraphStubs implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's {@link WireMockServer} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Stubs {
    }

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of("quarkus.smallrye-graphql-client.entity-service.url", base + "/entity/graphql",
                "quarkus.smallrye-graphql-client.article-service.url", base + "/article/graphql");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Stubs.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
