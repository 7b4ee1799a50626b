package org.marsad.article.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** The identity of a cleaned body: SHA-256 of its NFKC form with white space folded, so reflowed copies match. */
public final class BodyFingerprint {

    private BodyFingerprint() {
    }

    public static String of(String body) {
        String folded = Normalizer.normalize(body, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
