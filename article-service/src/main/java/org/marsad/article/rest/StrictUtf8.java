package org.marsad.article.rest;

import org.marsad.commons.rest.ApiException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a request body as UTF-8 and refuses invalid bytes, rather than storing replacement characters. */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    static String decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw ApiException.badRequest("the request body is empty: send the article's page or text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "INVALID_ENCODING", "the request body is not valid UTF-8; convert the page to UTF-8 first");
        }
    }
}
