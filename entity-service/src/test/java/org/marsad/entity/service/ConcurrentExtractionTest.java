package org.marsad.entity.service;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.postgres.LocalPostgresResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction under concurrent delivery, over real HTTP and PostgreSQL: the same article delivered many times at
 * once is stored once, and two tellings of one happening delivered at the same instant become one event. The
 * short articles are SYNTHETIC (written for the tests, not real news).
 */
@QuarkusTest
@WithTestResource(value = LocalPostgresResource.class, initArgs = @ResourceArg(name = "database", value = "marsad_entities_test"))
class ConcurrentExtractionTest {

    private static final String TOKEN = "Bearer test-token";

    @Inject
    EntityManager em;

    @BeforeEach
    @Transactional
    void emptyGraph() {
        TestGraph.keepOnlyTheKnowledgeBase(em);
    }

    @Test
    void oneArticleDeliveredTwentyTimesAtOnceIsStoredOnce() throws Exception {
        String text = meeting("أمس الثلاثاء بالرباط", "سيلين برتون");
        List<Response> answers = atOnce(20, i -> () -> deliver("synthetic-twenty", "2024-03-13", text));
        for (Response answer : answers) {
            assertEquals(200, answer.statusCode(), answer.asString());
            assertEquals("synthetic-twenty", answer.jsonPath().getString("articleId"));
        }
        assertEquals(1, answers.stream().map(a -> a.jsonPath().getInt("events")).distinct().count(), "every answer acknowledges the same run");

        // The graph of one delivery: the same text delivered once under another id brings as many mentions and sources.
        deliver("synthetic-once", "2024-03-13", text).then().statusCode(200);
        long mentions = count("SELECT count(*) FROM mention WHERE article_id = 'synthetic-twenty'");
        long sources = count("SELECT count(*) FROM event_source WHERE article_id = 'synthetic-twenty'");
        assertTrue(mentions > 0 && sources > 0, "the synthetic article should give mentions and an event");
        assertEquals(count("SELECT count(*) FROM mention WHERE article_id = 'synthetic-once'"), mentions);
        assertEquals(count("SELECT count(*) FROM event_source WHERE article_id = 'synthetic-once'"), sources);
        assertEquals(1, count("SELECT count(*) FROM extraction_run WHERE article_id = 'synthetic-twenty'"));
        assertEquals(answers.get(0).jsonPath().getInt("events"), sources);
    }

    @Test
    void twoTellingsOfOneMeetingDeliveredAtTheSameInstantGiveOneEvent() throws Exception {
        // Each round is another meeting (another day) of the same two people, told by two outlets at once.
        for (int day = 3; day <= 24; day += 3) {
            int d = day;
            List<Response> answers = atOnce(2, i -> () -> deliver("synthetic-" + d + "-" + i, "2024-03-%02d".formatted(d + 1),
                    i == 0 ? meeting("أمس بالرباط", "سيلين برتون") : meeting("يوم " + d + " مارس 2024 بالرباط", "سيلين بيرتون")));
            answers.forEach(a -> assertEquals(200, a.statusCode(), a.asString()));
        }
        List<?> perDay = meetingsPerDay();
        assertEquals(8, perDay.size(), () -> "one meeting per day: " + rows(perDay));
        for (Object row : perDay) {
            Object[] r = (Object[]) row;
            assertEquals(1L, ((Number) r[1]).longValue(), () -> "two events for one meeting: " + rows(perDay));
            assertEquals(2L, ((Number) r[2]).longValue(), () -> "a meeting without both its sources: " + rows(perDay));
        }
    }

    private static String meeting(String when, String guest) {
        return """
                (نص تجريبي) استقبل المدير العام للأمن الوطني ولمراقبة التراب الوطني، عبد اللطيف حموشي، %s، \
                المديرة العامة للأمن الداخلي الفرنسي %s، وذلك لبحث سبل تعزيز التعاون الأمني بين البلدين."""
                .formatted(when, guest);
    }

    private static Response deliver(String articleId, String publishedAt, String text) {
        Map<String, Object> body = new HashMap<>(Map.of("articleId", articleId, "text", text, "publishedAt", publishedAt));
        return given().header("Authorization", TOKEN).contentType(ContentType.JSON).body(body).when().post("/extractions");
    }

    /** Runs n calls released together by a barrier; their answers in call order. */
    private static List<Response> atOnce(int n, java.util.function.IntFunction<Callable<Response>> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Response> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return c.call();
                }));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @Transactional
    List<?> meetingsPerDay() {
        return em.createNativeQuery("""
                SELECT e.date, count(DISTINCT e.id), count(s.article_id) FROM event e JOIN event_source s ON s.event_id = e.id
                WHERE e.type = 'MEETING' GROUP BY e.date ORDER BY e.date""").getResultList();
    }

    @Transactional
    long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static String rows(List<?> rows) {
        return rows.stream().map(r -> java.util.Arrays.toString((Object[]) r)).toList().toString();
    }
}
