package org.marsad.gateway.http;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The explorer page is served at the gateway's root with everything it loads: its modules, its style and ECharts from
 * the mvnpm jar, compressed. (The page itself is driven in a real browser by system-tests' ExplorerPageIT.)
 */
@QuarkusTest
class ExplorerPageTest {

    @Test
    void theRootServesTheExplorerPage() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<script type=\"module\" src=\"/explorer/app.js\"></script>"))
                .body(containsString("<label for=\"q\""));
    }

    @Test
    void everyModuleThePageImportsIsServedCompressed() {
        for (String module : new String[] {"app.js", "api.js", "charts.js", "text.js"}) {
            String source = given().header("Accept-Encoding", "gzip").when().get("/explorer/" + module)
                    .then().statusCode(200).header("Content-Encoding", "gzip").extract().asString();
            Matcher imports = Pattern.compile("from '\\./([a-z]+\\.js)'").matcher(source);
            while (imports.find()) {
                given().when().get("/explorer/" + imports.group(1)).then().statusCode(200);
            }
        }
        given().header("Accept-Encoding", "gzip").when().get("/explorer/explorer.css")
                .then().statusCode(200).header("Content-Encoding", "gzip");
        given().when().get("/explorer/icon.svg").then().statusCode(200);
    }

    @Test
    void echartsIsServedWithoutItsVersionInThePath() {
        String charts = given().when().get("/explorer/charts.js").then().statusCode(200).extract().asString();
        Matcher library = Pattern.compile("'(/_static/echarts/[^']+)'").matcher(charts);
        org.junit.jupiter.api.Assertions.assertTrue(library.find(), "charts.js names the ECharts it loads");
        given().header("Accept-Encoding", "gzip").when().get(library.group(1))
                .then().statusCode(200).header("Content-Encoding", "gzip").body(containsString("echarts"));
    }
}
