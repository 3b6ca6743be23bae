package cn.jixiao.platform.search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.security.CanReadPublished;

/** Searches a district's published disclosures, for the public search page. */
@Service
public class PublicSearch {

    static final int PAGE_SIZE = 20;

    private final SearchEntries entries;

    PublicSearch(SearchEntries entries) {
        this.entries = entries;
    }

    /** @param page from 0 */
    @Transactional(readOnly = true)
    @CanReadPublished
    public SearchEntries.Page search(String normalizedQuery, int page) {
        return entries.search(normalizedQuery, page * PAGE_SIZE, PAGE_SIZE);
    }
}
