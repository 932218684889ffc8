package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;

import org.cabletrends.config.TopicOptimizer;
import org.cabletrends.config.TopicSettings;
import org.cabletrends.config.TopicUnit;
import org.junit.jupiter.api.Test;

class GibbsScheduleTest {
    private static TopicSettings settings(int iterations) {
        return new TopicSettings(TopicOptimizer.GIBBS, 50, iterations, 200, 10, 42, 20000, 5, 0.5, TopicUnit.CABLE,
                true, 0.2, "", "", "", 0.5, true, 50, 5);
    }

    @Test
    void smallCorporaKeepTheFullSchedule() {
        assertThat(GibbsSchedule.of(settings(0), 2_700_000)).isEqualTo(new GibbsSchedule(1000, 200, 10, 5));
        assertThat(GibbsSchedule.of(settings(0), 1)).isEqualTo(new GibbsSchedule(1000, 200, 10, 5));
    }

    @Test
    void largerCorporaGetFewerSweepsWithBurnInAndIntervalScaled() {
        GibbsSchedule s = GibbsSchedule.of(settings(0), 10_000_000);
        assertThat(s).isEqualTo(new GibbsSchedule(300, 60, 3, 2));
        assertThat((long) s.sweeps() * 10_000_000).isLessThanOrEqualTo(GibbsSchedule.TOKEN_SAMPLES);
    }

    @Test
    void hugeCorporaStopAtTheFloor() {
        GibbsSchedule s = GibbsSchedule.of(settings(0), 1_000_000_000L);
        assertThat(s.sweeps()).isEqualTo(GibbsSchedule.MIN_SWEEPS);
        assertThat(s.burnIn()).isEqualTo(20);
        assertThat(s.optimizeInterval()).isEqualTo(1);
        assertThat(s.syncInterval()).isEqualTo(1);
    }

    @Test
    void explicitIterationsAreUsedAsGiven() {
        assertThat(GibbsSchedule.of(settings(50), 1_000_000_000L)).isEqualTo(new GibbsSchedule(50, 200, 10, 5));
    }
}
