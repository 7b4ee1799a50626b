package org.marsad.gateway.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * GraphiQL opens on an example query: its page reads the editor's text from {@code ?query=}, so its bare address
 * redirects there with one. Once the user edits, GraphiQL keeps its own text in the URL. (The gateway's root serves the
 * explorer page, from META-INF/resources.)
 */
@ApplicationScoped
public class GraphiqlExample {

    static final String UI = "/q/graphql-ui/";
    static final String EXAMPLE = """
            # Marsad: news about security cooperation as a graph. The Docs pane (top left) describes every field.
            # Events involving DGSN, newest first, with who took part and the sentence each source states it in:
            {
              events(involving: "DGSN", first: 5) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges {
                  node {
                    type date
                    participants { entity { name fullName } role }
                    sources { article { title outlet publishedAt } evidence { text } }
                  }
                }
              }
            }
            """;

    void routes(@Observes Router router) {
        String target = UI + "?query=" + URLEncoder.encode(EXAMPLE, StandardCharsets.UTF_8).replace("+", "%20");
        for (String path : new String[] {"/q/graphql-ui", UI}) {
            router.route(HttpMethod.GET, path).order(-100).handler(context -> redirect(context, target));
        }
    }

    private static void redirect(RoutingContext context, String target) {
        if (context.request().query() != null && !context.request().query().isEmpty()) {
            context.next();
            return;
        }
        context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, target).end();
    }
}
