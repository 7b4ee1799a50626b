package org.marsad.article.dedup;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinHashTest {

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("../seeds/articles/" + name));
    }

    @Test
    void aRepostWithAnotherFooterAndAnEditedSentenceIsNear() throws IOException {
        String body = seed("002_ebefaa4b2a4efc4e.txt");
        String repost = body.replaceFirst("حموشي", "الحموشي") + "\n\nSynthetic footer: follow us on our channels.";
        double similarity = MinHash.similarity(MinHash.signature(body), MinHash.signature(repost));
        assertTrue(similarity >= 0.8, "similarity " + similarity);
        assertTrue(sharesABand(body, repost));
    }

    @Test
    void anotherStoryOnTheSameTopicIsNot() throws IOException {
        double similarity = MinHash.similarity(MinHash.signature(seed("002_ebefaa4b2a4efc4e.txt")),
                MinHash.signature(seed("003_7d07bd42072f3ba6.txt")));
        assertTrue(similarity < 0.3, "similarity " + similarity);
    }

    @Test
    void signaturesAreDeterministicAndIgnoreLetterVariants() {
        String a = "Synthetic: the director general received the delegation of the Spanish police in Rabat on Monday.";
        assertArrayEquals(MinHash.signature(a), MinHash.signature(a));
        assertEquals(1.0, MinHash.similarity(MinHash.signature("استقبل الحموشي وفدا إسبانيا رفيع المستوى بالرباط"),
                MinHash.signature("استقبل الحموشى وفدا اسبانيا رفيع المستوي بالرباط")));
    }

    private static boolean sharesABand(String a, String b) {
        long[] x = MinHash.bands(MinHash.signature(a));
        long[] y = MinHash.bands(MinHash.signature(b));
        for (int i = 0; i < x.length; i++) {
            if (x[i] == y[i]) {
                return true;
            }
        }
        return false;
    }
}
