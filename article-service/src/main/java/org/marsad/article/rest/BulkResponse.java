package org.marsad.article.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.marsad.commons.rest.ApiError;

import java.util.List;
import org.marsad.article.service.ArticleView;

/** Answer to a bulk POST: counts, and one result per submitted article in the order sent. */
public record BulkResponse(int created, int duplicates, int failed, List<Item> results) {

    /** The outcome for the article at {@code index}: its id, or the error that refused it (nothing of it stored). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int index, int status, String id, Boolean duplicate, Boolean undated,
                       List<ArticleView.NearDuplicate> nearDuplicates, ApiError error) {

        static Item stored(int index, IngestResponse response) {
            return new Item(index, response.duplicate() ? 200 : 201, response.id(), response.duplicate(), response.undated(),
                    response.nearDuplicates(), null);
        }

        static Item failed(int index, ApiError error) {
            return new Item(index, error.status(), null, null, null, null, error);
        }
    }

    static BulkResponse of(List<Item> results) {
        int created = (int) results.stream().filter(r -> r.status() == 201).count();
        int duplicates = (int) results.stream().filter(r -> r.status() == 200).count();
        return new BulkResponse(created, duplicates, results.size() - created - duplicates, results);
    }
}
