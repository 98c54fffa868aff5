package dev.codeatlas.search;

/** One search: the query text, the channels to use, how many results, and filters. */
public record SearchRequest(String query, SearchMode mode, int limit, SearchFilters filters) {

    public static final int MAX_LIMIT = 200;

    public SearchRequest {
        query = query == null ? "" : query;
        mode = mode == null ? SearchMode.HYBRID : mode;
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        filters = filters == null ? SearchFilters.NONE : filters;
    }

    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, SearchMode.HYBRID, limit, SearchFilters.NONE);
    }
}
