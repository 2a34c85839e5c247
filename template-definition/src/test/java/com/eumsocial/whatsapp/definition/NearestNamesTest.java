package com.eumsocial.whatsapp.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNamesTest {
    private static final List<String> LIBRARY = List.of("payment_received", "payment_reminder", "order_confirmation",
            "shipping_update", "account_update", "delivery_failed");

    @Test
    void aMisspellingFindsTheIntendedNameFirst() {
        assertThat(NearestNames.nearest("payment_recieved", LIBRARY)).containsExactly("payment_received", "payment_reminder");
        assertThat(NearestNames.nearest("shiping_update", LIBRARY)).containsExactly("shipping_update");
        assertThat(NearestNames.nearest("order_confirmation_1", LIBRARY)).containsExactly("order_confirmation");
        assertThat(NearestNames.nearest("PAYMENT_REMINDER", LIBRARY)).first().isEqualTo("payment_reminder");
    }

    @Test
    void namesThatContainTheWantedOneAreSuggestedNearestFirstAndAtMostThree() {
        assertThat(NearestNames.nearest("payment", LIBRARY)).containsExactly("payment_received", "payment_reminder");
        assertThat(NearestNames.nearest("update", LIBRARY)).containsExactly("account_update", "shipping_update");
        List<String> many = List.of("aaaa_1", "aaaa_2", "aaaa_3", "aaaa_4");
        assertThat(NearestNames.nearest("aaaa", many)).hasSize(NearestNames.MAX_SUGGESTIONS);
    }

    @Test
    void nothingNearGivesNothingAndTheExactNameIsNotSuggested() {
        assertThat(NearestNames.nearest("welcome_gift", LIBRARY)).isEmpty();
        assertThat(NearestNames.nearest("payment_received", LIBRARY)).doesNotContain("payment_received");
        assertThat(NearestNames.nearest("", LIBRARY)).isEmpty();
        assertThat(NearestNames.nearest(null, LIBRARY)).isEmpty();
        assertThat(NearestNames.nearest("x", null)).isEmpty();
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(NearestNames.distance("recieved", "received")).isEqualTo(1);
        assertThat(NearestNames.distance("abc", "")).isEqualTo(3);
        assertThat(NearestNames.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void didYouMeanReadsAsASentence() {
        assertThat(NearestNames.didYouMean(List.of())).isEmpty();
        assertThat(NearestNames.didYouMean(List.of("a"))).isEqualTo(" Did you mean a?");
        assertThat(NearestNames.didYouMean(List.of("a", "b", "c"))).isEqualTo(" Did you mean a, b or c?");
    }

    @Test
    void theBundledLibraryNamesAreSortedAndSuggestNearNames() {
        assertThat(LibraryTemplateNames.known()).isSorted().contains("payment_received", "account_update");
        assertThat(LibraryTemplateNames.isKnown("payment_received")).isTrue();
        assertThat(LibraryTemplateNames.isKnown("payment_recieved")).isFalse();
        assertThat(LibraryTemplateNames.nearest("payment_recieved")).first().isEqualTo("payment_received");
    }
}
