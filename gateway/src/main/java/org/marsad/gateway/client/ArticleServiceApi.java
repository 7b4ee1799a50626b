package org.marsad.gateway.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Query;
import org.marsad.gateway.client.ArticleServiceData.ArticleData;
import org.marsad.gateway.client.ArticleServiceData.ArticlePageData;
import org.marsad.gateway.model.ExtractionStatus;

import java.util.List;

/** article-service's GraphQL subgraph. */
@GraphQLClientApi(configKey = "article-service")
interface ArticleServiceApi {

    @Query("article")
    ArticleData article(@Id String id);

    @Query("articlesByIds")
    List<ArticleData> articlesByIds(List<String> ids);

    @Query("articles")
    ArticlePageData articles(String search, String outlet, String from, String to, ExtractionStatus extraction, Integer first, String after);
}
