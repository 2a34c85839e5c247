package com.eumsocial.whatsapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeployLowerBoundTest {

    @Test
    void aBucketLetsTheBurstThroughThenOnePerIntervalOfTheRate() {
        DeployLowerBound.Bucket bucket = new DeployLowerBound.Bucket(10, 3);
        assertThat(bucket.take(0)).isEqualTo(0);
        assertThat(bucket.take(0)).isEqualTo(0);
        assertThat(bucket.take(0)).isEqualTo(0);
        assertThat(bucket.take(0)).isCloseTo(0.1, within(1e-9));
        assertThat(bucket.take(0)).isCloseTo(0.2, within(1e-9));
        // After a pause it refills, but never beyond the burst.
        assertThat(bucket.take(5)).isEqualTo(5);
        assertThat(bucket.take(5)).isEqualTo(5);
        assertThat(bucket.take(5)).isEqualTo(5);
        assertThat(bucket.take(5)).isCloseTo(5.1, within(1e-9));
        assertThatThrownBy(() -> new DeployLowerBound.Bucket(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withEqualReviewsTheBoundIsTheCreateQueuePlusTheReview() {
        List<Double> reviews = Collections.nCopies(250, 5.0);
        DeployLowerBound.Bound bound = DeployLowerBound.compute(reviews, 10, 10);
        // 10 at once, then 240 at 10 per second: the last create at 24 s, seen approved at 29 s.
        assertThat(bound.lastCreateSeconds()).isCloseTo(24.0, within(1e-6));
        assertThat(bound.seconds()).isCloseTo(29.0, within(1e-6));
        assertThat(DeployLowerBound.simple(reviews, 10, 10)).isCloseTo(29.0, within(1e-9));
    }

    @Test
    void aLongReviewEarlyCostsLessThanTheSimpleBoundAssumes() {
        List<Double> reviews = new ArrayList<>(Collections.nCopies(100, 2.0));
        reviews.set(0, 20.0);
        DeployLowerBound.Bound bound = DeployLowerBound.compute(reviews, 10, 10);
        // The first template is created at 0 and approved at 20; the last at 9 s + 2 s.
        assertThat(bound.seconds()).isCloseTo(20.0, within(1e-6));
        assertThat(DeployLowerBound.simple(reviews, 10, 10)).isCloseTo(29.0, within(1e-9));
    }

    @Test
    void approvalsBunchedTogetherWaitForGetTokens() {
        // 30 templates created in 2 s, reviews arranged so all are approved at the same moment:
        // the Get bucket (10 now, then 10 per second) needs 2 more seconds to see them all.
        List<Double> reviews = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            double created = i < 10 ? 0 : (i - 9) * 0.1;
            reviews.add(10.0 - created);
        }
        DeployLowerBound.Bound bound = DeployLowerBound.compute(reviews, 10, 10);
        assertThat(bound.seconds()).isCloseTo(12.0, within(1e-6));
    }
}
