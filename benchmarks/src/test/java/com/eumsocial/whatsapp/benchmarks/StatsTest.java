package com.eumsocial.whatsapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Stats.median(List.of(4L, 1L, 3L, 2L))).isEqualTo(2.5);
        assertThatThrownBy(() -> Stats.median(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentileByNearestRank() {
        List<Integer> values = List.of(5, 1, 4, 2, 3, 6, 7, 8, 9, 10);
        assertThat(Stats.percentile(values, 50)).isEqualTo(5.0);
        assertThat(Stats.percentile(values, 90)).isEqualTo(9.0);
        assertThat(Stats.percentile(values, 100)).isEqualTo(10.0);
        assertThat(Stats.min(values)).isEqualTo(1.0);
        assertThat(Stats.max(values)).isEqualTo(10.0);
    }

    @Test
    void lagLimitIsFiveSecondsOrOneFifthOfTheReview() {
        assertThat(ReviewPollingBenchmark.lagLimitSeconds(30)).isEqualTo(6);
        assertThat(ReviewPollingBenchmark.lagLimitSeconds(10)).isEqualTo(5);
        assertThat(ReviewPollingBenchmark.lagLimitSeconds(86_400)).isEqualTo(17_280);
        assertThat(ListScaleBenchmark.callLimit(6000)).isEqualTo(60);
        assertThat(ListScaleBenchmark.callLimit(6001)).isEqualTo(61);
    }

    @Test
    void jarPrefixesTellSdkServicesApart() {
        assertThat(JarContents.prefix("software/amazon/awssdk/services/cloudwatch/model/X.class", 3))
            .isEqualTo("software/amazon/awssdk/services/cloudwatch");
        assertThat(JarContents.prefix("org/bouncycastle/pqc/crypto/X.class", 3)).isEqualTo("org/bouncycastle/pqc");
        assertThat(JarContents.prefix("schema.json", 3)).isEqualTo("(root files)");
    }
}
