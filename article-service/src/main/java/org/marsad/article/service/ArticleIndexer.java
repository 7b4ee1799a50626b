package org.marsad.article.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.marsad.article.dedup.MinHash;
import org.marsad.article.domain.Article;
import org.marsad.article.repository.ArticleRepository;
import org.marsad.article.repository.NearDuplicateRepository;
import org.marsad.article.repository.NearDuplicateRepository.Link;
import org.marsad.article.search.SearchFolding;
import org.marsad.article.search.SearchLanguages;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything derived from a stored article's text: its full-text search vector, and its MinHash
 * signature with the near-duplicate links it brings. Runs inside the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ArticleIndexer {

    /** Bumped whenever {@link SearchFolding} changes, so stored vectors get rebuilt at start. */
    public static final int SEARCH_VERSION = 2;
    /** Candidates compared per article, those sharing the most bands first: bounds the work on a corpus of look-alikes. */
    private static final int MAX_CANDIDATES = 50;

    private final ArticleRepository articles;
    private final NearDuplicateRepository nearDuplicates;
    private final double threshold;

    public ArticleIndexer(ArticleRepository articles, NearDuplicateRepository nearDuplicates,
                          @ConfigProperty(name = "marsad.near-duplicates.threshold") double threshold) {
        this.articles = articles;
        this.nearDuplicates = nearDuplicates;
        this.threshold = threshold;
    }

    /** Indexes the article for search and links it to the stored articles that tell the same story. */
    public List<Link> index(Article article) {
        articles.updateSearchVector(article.id, SearchLanguages.configFor(article.language),
                SearchFolding.fold(article.title), SearchFolding.fold(article.body), SEARCH_VERSION);
        if (article.minhash == null) {
            article.minhash = MinHash.signature(article.body);
        }
        return link(article);
    }

    private List<Link> link(Article article) {
        long[] buckets = MinHash.bands(article.minhash);
        List<Link> found = new ArrayList<>();
        for (var other : nearDuplicates.candidates(article.id, buckets, MAX_CANDIDATES)) {
            double similarity = MinHash.similarity(article.minhash, other.minhash());
            if (similarity >= threshold) {
                nearDuplicates.link(article.id, other.id(), similarity);
                found.add(new Link(other.id(), similarity));
            }
        }
        nearDuplicates.addBands(article.id, buckets);
        found.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return found;
    }
}
