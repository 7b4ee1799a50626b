package org.marsad.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.marsad.article.domain.Article;
import org.marsad.article.repository.ArticleRepository;
import org.marsad.article.repository.ArticleRepository.ArticleFilter;
import org.marsad.article.repository.NearDuplicateRepository;
import org.marsad.article.repository.NearDuplicateRepository.Link;
import org.marsad.article.search.SearchFolding;
import org.marsad.article.search.Snippets;
import org.marsad.commons.paging.Ids;
import org.marsad.commons.paging.OffsetCursor;
import org.marsad.commons.paging.PageOf;
import org.marsad.commons.rest.ApiException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read side: one article, many by id (in the order asked), and filtered or searched pages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {

    private static final int MAX_SEARCH_LENGTH = 500;

    private final ArticleRepository articles;
    private final NearDuplicateRepository nearDuplicates;

    public ArticleQueryService(ArticleRepository articles, NearDuplicateRepository nearDuplicates) {
        this.articles = articles;
        this.nearDuplicates = nearDuplicates;
    }

    public Optional<ArticleView> byId(String id) {
        return Ids.parse(id).flatMap(articles::findByIdOptional).map(a -> views(List.of(a)).get(0));
    }

    public Optional<String> rawText(String id) {
        return Ids.parse(id).flatMap(articles::findByIdOptional).map(a -> a.rawText);
    }

    /** The articles with these ids, in the same order, null where an id is unknown. */
    public List<ArticleView> byIds(List<String> ids) {
        List<Long> numeric = ids.stream().map(Ids::parse).flatMap(Optional::stream).toList();
        Map<Long, ArticleView> found = views(articles.listByIds(numeric)).stream()
                .collect(Collectors.toMap(v -> Long.valueOf(v.id()), Function.identity()));
        return ids.stream().map(id -> Ids.parse(id).map(found::get).orElse(null)).toList();
    }

    /** A page of articles: ranked by relevance with a snippet each when {@code search} is given, else newest first. */
    public Slice page(String search, String outlet, String from, String to, Integer first, String after) {
        int size = OffsetCursor.pageSize(first, 20);
        int offset = OffsetCursor.startAfter(after);
        var filter = new ArticleFilter(Inputs.blankToNull(outlet),
                date("from", from, PartialDates.firstDay(from)), date("to", to, PartialDates.lastDay(to)));
        String query = Inputs.blankToNull(search);
        if (query != null && query.length() > MAX_SEARCH_LENGTH) {
            throw ApiException.badRequest("search is longer than " + MAX_SEARCH_LENGTH + " characters");
        }
        PageOf<Article> page = query == null ? articles.page(filter, offset, size)
                : articles.search(SearchFolding.fold(query), filter, offset, size);
        List<ArticleView> views = views(page.items());
        List<Hit> hits = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            hits.add(new Hit(views.get(i), query == null ? null : Snippets.of(page.items().get(i).body, query)));
        }
        return new Slice(hits, offset, page.total());
    }

    private List<ArticleView> views(List<Article> batch) {
        Map<Long, List<Link>> links = nearDuplicates.linksOf(batch.stream().filter(Objects::nonNull).map(a -> a.id).toList());
        return batch.stream().map(a -> ArticleView.of(a, links.getOrDefault(a.id, List.of()))).toList();
    }

    /** An article in a page, with the passage that matched the search (null without a search). */
    public record Hit(ArticleView article, String snippet) {
    }

    /** A page of articles, with the offset of its first item and the total that matched. */
    public record Slice(List<Hit> items, int offset, long total) {
        public boolean hasNext() {
            return offset + items.size() < total;
        }
    }

    private static LocalDate date(String name, String value, Optional<LocalDate> parsed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parsed.orElseThrow(() -> new ApiException(400, "INVALID_DATE", name + " must be an ISO date (2024, 2024-06 or 2024-06-26)"));
    }
}
