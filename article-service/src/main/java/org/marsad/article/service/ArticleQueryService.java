package org.marsad.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.marsad.article.domain.Article;
import org.marsad.article.repository.ArticleRepository;
import org.marsad.article.repository.ArticleRepository.ArticleFilter;
import org.marsad.commons.paging.PageOf;
import org.marsad.commons.paging.Ids;
import org.marsad.commons.paging.OffsetCursor;
import org.marsad.commons.rest.ApiException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read side: one article, many by id (in the order asked), and filtered pages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleQueryService {

    private final ArticleRepository articles;

    public ArticleQueryService(ArticleRepository articles) {
        this.articles = articles;
    }

    public Optional<Article> byId(String id) {
        return Ids.parse(id).flatMap(articles::findByIdOptional);
    }

    /** The articles with these ids, in the same order, null where an id is unknown. */
    public List<Article> byIds(List<String> ids) {
        List<Long> numeric = ids.stream().map(Ids::parse).flatMap(Optional::stream).toList();
        Map<Long, Article> found = articles.listByIds(numeric).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return ids.stream().map(id -> Ids.parse(id).map(found::get).orElse(null)).toList();
    }

    public Slice page(String search, String outlet, String from, String to, Integer first, String after) {
        int size = OffsetCursor.pageSize(first, 20);
        int offset = OffsetCursor.startAfter(after);
        var filter = new ArticleFilter(Inputs.blankToNull(search), Inputs.blankToNull(outlet), date("from", from), date("to", to));
        PageOf<Article> page = articles.page(filter, offset, size);
        return new Slice(page.items(), offset, page.total());
    }

    /** A page of articles, with the offset of its first item and the total that matched. */
    public record Slice(List<Article> items, int offset, long total) {
        public boolean hasNext() {
            return offset + items.size() < total;
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return PartialDates.firstDay(value)
                .orElseThrow(() -> new ApiException(400, "INVALID_DATE", name + " must be an ISO date (2024, 2024-06 or 2024-06-26)"));
    }


}
