package de.globallokal.support.paging;

import java.util.OptionalInt;

/**
 * Where a page starts. {@code page × size} is worked out in 64 bits: in 32 a page number
 * like 10737419 of size 200 wraps round to 0 and would answer the first page's data. A
 * start beyond what MongoDB's skip can say holds nothing.
 */
public final class Paging {

    private Paging() {
    }

    /** How many entries come before the page; empty when the page is past any data. */
    public static OptionalInt skip(int page, int size) {
        long skip = (long) page * size;
        return skip > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) skip);
    }

    /** Whether entries come after the page, without overflowing on the last int page. */
    public static boolean hasNext(int page, int size, long total) {
        return ((long) page + 1) * size < total;
    }

}
