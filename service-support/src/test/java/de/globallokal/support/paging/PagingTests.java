package de.globallokal.support.paging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagingTests {

    @Test
    void aPageWhoseStartOverflowsAnIntStartsNowhere() {
        assertThat(Paging.skip(10737419, 200)).isEmpty();
        assertThat(Paging.skip(Integer.MAX_VALUE, 1)).hasValue(Integer.MAX_VALUE);
    }

    @Test
    void anOrdinaryPageStartsAfterThePagesBefore() {
        assertThat(Paging.skip(0, 50)).hasValue(0);
        assertThat(Paging.skip(3, 50)).hasValue(150);
    }

    @Test
    void theLastIntPageHasNoNextPage() {
        assertThat(Paging.hasNext(Integer.MAX_VALUE, 200, 10)).isFalse();
        assertThat(Paging.hasNext(0, 50, 51)).isTrue();
        assertThat(Paging.hasNext(0, 50, 50)).isFalse();
    }

}
