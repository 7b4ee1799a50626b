package org.marsad.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.marsad.article.domain.Article;
import org.marsad.article.domain.OutboxMessage;
import org.marsad.article.repository.ArticleRepository;
import org.marsad.article.repository.ArticleRepository.ArticleFilter;
import org.marsad.article.repository.ArticleRepository.ArticlePosition;
import org.marsad.article.repository.ArticleRepository.Ranked;
import org.marsad.article.repository.NearDuplicateRepository;
import org.marsad.article.repository.OutboxRepository;
import org.marsad.article.repository.NearDuplicateRepository.Link;
import org.marsad.article.search.SearchFolding;
import org.marsad.article.search.Snippets;
import org.marsad.commons.paging.Ids;
import org.marsad.commons.paging.KeysetCursor;
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
    /** Cursor kinds: a listing's cursor is refused by a search and the other way round. */
    private static final String LISTING = "article";
    private static final String SEARCH = "article-search";

    private final ArticleRepository articles;
    private final NearDuplicateRepository nearDuplicates;
    private final OutboxRepository outbox;

    public ArticleQueryService(ArticleRepository articles, NearDuplicateRepository nearDuplicates, OutboxRepository outbox) {
        this.articles = articles;
        this.nearDuplicates = nearDuplicates;
        this.outbox = outbox;
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

    /**
     * A page of articles: ranked by relevance with a snippet each when {@code search} is given, else newest first.
     * Cursors hold the item's sort position (rank, date, id), so pages stay put while articles arrive.
     */
    public Slice page(String search, String outlet, String from, String to, ExtractionStatus extraction, Integer first, String after) {
        int size = KeysetCursor.pageSize(first, 20);
        var filter = new ArticleFilter(Inputs.blankToNull(outlet),
                date("from", from, PartialDates.firstDay(from)), date("to", to, PartialDates.lastDay(to)), extraction);
        String query = Inputs.blankToNull(search);
        if (query != null && query.length() > MAX_SEARCH_LENGTH) {
            throw ApiException.badRequest("search is longer than " + MAX_SEARCH_LENGTH + " characters");
        }
        if (query == null) {
            ArticlePosition position = KeysetCursor.decode(after, LISTING, 2)
                    .map(k -> new ArticlePosition(null, KeysetCursor.day(k.get(0)), KeysetCursor.number(k.get(1)))).orElse(null);
            PageOf<Article> page = articles.page(filter, position, size);
            List<ArticleView> views = views(page.items());
            List<Hit> hits = new ArrayList<>(views.size());
            for (int i = 0; i < views.size(); i++) {
                Article a = page.items().get(i);
                hits.add(new Hit(views.get(i), null, KeysetCursor.encode(LISTING, a.publishedOn, a.id)));
            }
            return new Slice(hits, page.total(), page.hasNext());
        }
        ArticlePosition position = KeysetCursor.decode(after, SEARCH, 3)
                .map(k -> new ArticlePosition(KeysetCursor.real(k.get(0)), KeysetCursor.day(k.get(1)), KeysetCursor.number(k.get(2)))).orElse(null);
        PageOf<Ranked> page = articles.search(SearchFolding.fold(query), filter, position, size);
        List<ArticleView> views = views(page.items().stream().map(Ranked::article).toList());
        List<Hit> hits = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            Ranked r = page.items().get(i);
            hits.add(new Hit(views.get(i), Snippets.of(r.article().body, query),
                    KeysetCursor.encode(SEARCH, r.rank(), r.article().publishedOn, r.article().id)));
        }
        return new Slice(hits, page.total(), page.hasNext());
    }


    private List<ArticleView> views(List<Article> batch) {
        List<Long> ids = batch.stream().filter(Objects::nonNull).map(a -> a.id).toList();
        Map<Long, List<Link>> links = nearDuplicates.linksOf(ids);
        Map<Long, OutboxMessage> messages = outbox.byArticles(ids);
        return batch.stream().map(a -> ArticleView.of(a, links.getOrDefault(a.id, List.of()), messages.get(a.id))).toList();
    }

    /** An article in a page, with the passage that matched the search (null without a search) and its cursor. */
    public record Hit(ArticleView article, String snippet, String cursor) {
    }

    /** A page of articles, with the total that matched and whether more follow. */
    public record Slice(List<Hit> items, long total, boolean hasNext) {
    }

    private static LocalDate date(String name, String value, Optional<LocalDate> parsed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parsed.orElseThrow(() -> new ApiException(400, "INVALID_DATE", name + " must be an ISO date (2024, 2024-06 or 2024-06-26)"));
    }
}
