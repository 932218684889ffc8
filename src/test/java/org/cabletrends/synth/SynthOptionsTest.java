package org.cabletrends.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SynthOptionsTest {
    private final SynthOptions d = SynthOptions.defaults();

    @Test
    void defaultsAreTheDocumentedConstants() {
        assertThat(d.seed()).isEqualTo(SynthOptions.DEFAULT_SEED);
        assertThat(d.cables()).isEqualTo(SynthOptions.DEFAULT_CABLES);
        assertThat(d.topics()).isEqualTo(SynthOptions.DEFAULT_TOPICS);
        assertThat(d.formMix()).isEqualTo(FormMix.DEFAULT);
    }

    @Test
    void invalidValuesAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> d.withCables(0)).hasMessageStartingWith("Invalid cables: 0");
        assertThatThrownBy(() -> d.withMalformedRate(0.9)).hasMessageStartingWith("Invalid malformedRate: 0.9");
        assertThatThrownBy(() -> new SynthOptions(1, 10, 2010, 2003, FormMix.DEFAULT, 0, 0, 0.04, 8, 4, 5))
                .hasMessageStartingWith("Invalid endYear: 2003");
        assertThatThrownBy(() -> new SynthOptions(1, 10, 2003, 2010, FormMix.DEFAULT, 0, 0, 0.04, 13, 4, 5))
                .hasMessageStartingWith("Invalid topics: 13");
        assertThatThrownBy(() -> new SynthOptions(1, 10, 2003, 2010, FormMix.DEFAULT, 0, 1.5, 0.04, 8, 4, 5))
                .hasMessageStartingWith("Invalid tagNoise: 1.5");
    }

    @Test
    void formMixParsesNamedWeightsAndRejectsUnknownForms() {
        FormMix mix = FormMix.parse("site=2, flattened=1");
        assertThat(mix.site()).isEqualTo(2.0);
        assertThat(mix.flattened()).isEqualTo(1.0);
        assertThat(mix.plusd()).isZero();
        assertThatThrownBy(() -> FormMix.parse("html=1")).hasMessageStartingWith("Invalid form name: 'html'");
        assertThatThrownBy(() -> FormMix.parse("site=x")).hasMessageStartingWith("Invalid form weight: 'x'");
        assertThatThrownBy(() -> FormMix.parse("site=0")).hasMessageStartingWith("Invalid form mix");
    }
}
