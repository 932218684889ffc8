package org.cabletrends.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vectors;
import org.junit.jupiter.api.Test;

class ThemeAucCeilingTest {
    /** 40 posts of 7 cables each; every third cable tagged. */
    private static List<ThemeAucCeiling.Example> examples() {
        List<ThemeAucCeiling.Example> out = new ArrayList<>();
        for (int i = 0; i < 280; i++) {
            out.add(new ThemeAucCeiling.Example("POST" + i / 7, i % 3 == 0, 0, Vectors.sparse(1, new int[0],
                    new double[0])));
        }
        return out;
    }

    @Test
    void foldsByPostNeverSplitAPost() {
        List<ThemeAucCeiling.Example> examples = examples();
        int[] fold = ThemeAucCeiling.folds(examples, true, 1);
        Map<String, Integer> postFold = new HashMap<>();
        for (int i = 0; i < fold.length; i++) {
            Integer before = postFold.putIfAbsent(examples.get(i).post(), fold[i]);
            assertThat(before == null || before == fold[i]).as("post %s", examples.get(i).post()).isTrue();
        }
        assertThat(postFold.values()).containsOnly(0, 1, 2, 3, 4);
        assertThat(postFold.values().stream().filter(f -> f == 0).count()).isEqualTo(8);
    }

    @Test
    void randomFoldsAreStratifiedAndSeeded() {
        List<ThemeAucCeiling.Example> examples = examples();
        int[] fold = ThemeAucCeiling.folds(examples, false, 1);
        int[] tagged = new int[5];
        int[] all = new int[5];
        for (int i = 0; i < fold.length; i++) {
            all[fold[i]]++;
            tagged[fold[i]] += examples.get(i).label() ? 1 : 0;
        }
        for (int f = 0; f < 5; f++) { // 94 tagged and 186 untagged, each dealt over the 5 folds
            assertThat(tagged[f]).isBetween(18, 19);
            assertThat(all[f]).isBetween(55, 57);
        }
        assertThat(ThemeAucCeiling.folds(examples, false, 1)).isEqualTo(fold);
        assertThat(ThemeAucCeiling.folds(examples, false, 2)).isNotEqualTo(fold);
    }
}
