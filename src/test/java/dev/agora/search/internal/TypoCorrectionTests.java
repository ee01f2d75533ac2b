package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Relevance helper (issue 12): a misspelt query word is read as the dictionary word it nearly is. */
class TypoCorrectionTests {

    private final TypoCorrection typos = new TypoCorrection(List.of(
            List.of("stroller", "kinderwagen", "poussette"), List.of("road bike", "rennrad"),
            List.of("lawn mower", "rasenmäher"), List.of("headphones", "kopfhörer"), List.of("tent", "zelt")));

    @Test
    void aWordWithinTheTypoBudgetIsReadAsTheDictionaryWord() {
        assertThat(typos.correct("strolller")).contains("stroller"); // one letter too many
        assertThat(typos.correct("raod")).contains("road"); // two letters swapped: one edit
        assertThat(typos.correct("hedphnes")).contains("headphones"); // eight letters: two edits
        assertThat(typos.correct("Rasenmaeher")).contains("rasenmaher");
    }

    @Test
    void knownShortFarOrAmbiguousWordsStayAsTheyAre() {
        assertThat(typos.correct("stroller")).isEmpty(); // known
        assertThat(typos.correct("etnt")).isEmpty(); // the first letter is kept
        assertThat(typos.correct("zel")).isEmpty(); // below four letters: no budget
        assertThat(typos.correct("strawberry")).isEmpty(); // too far
        assertThat(typos.correct("rx100")).isEmpty(); // model numbers are not typos
        TypoCorrection tie = new TypoCorrection(List.of(List.of("bake", "bike"), List.of("bale", "bile")));
        assertThat(tie.correct("bqke")).isEmpty(); // bake and bike are both one edit away
    }

    @Test
    void aClosedCompoundIsReadAsTheOpenOne() {
        assertThat(typos.compound("lawnmower")).contains("lawn mower");
        assertThat(typos.compound("Roadbike")).contains("road bike");
        assertThat(typos.compound("mower")).isEmpty();
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(TypoCorrection.distance("raod", "road", 2)).isEqualTo(1);
        assertThat(TypoCorrection.distance("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(TypoCorrection.distance("abcdef", "uvwxyz", 2)).isEqualTo(3); // gives up beyond the budget
    }
}
