package org.cabletrends.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {
    @Test
    void optimalAgainstBruteForceOnRandomRectangularMatrices() {
        Random random = new Random(17);
        for (int n = 0; n < 300; n++) {
            int rows = 1 + random.nextInt(6);
            int cols = 1 + random.nextInt(6);
            double[][] cost = new double[rows][cols];
            for (double[] row : cost) {
                for (int c = 0; c < cols; c++) {
                    // coarse values make ties common
                    row[c] = random.nextInt(5) / 4.0;
                }
            }
            int[] assigned = Hungarian.assign(cost);
            assertThat(assigned).hasSize(rows);
            assertThat(Arrays.stream(assigned).filter(c -> c >= 0).count()).isEqualTo(Math.min(rows, cols));
            assertThat(Arrays.stream(assigned).filter(c -> c >= 0).distinct().count())
                    .isEqualTo(Math.min(rows, cols));
            assertThat(total(cost, assigned)).isCloseTo(bruteForce(cost, 0, new boolean[cols]), within(1e-12));
        }
    }

    @Test
    void tiesGiveTheIdentityAndTheSameAnswerEachTime() {
        double[][] flat = new double[4][4];
        assertThat(Hungarian.assign(flat)).containsExactly(0, 1, 2, 3);
        double[][] wide = {{1, 1, 1}, {1, 1, 1}};
        assertThat(Hungarian.assign(wide)).containsExactly(0, 1);
        double[][] tall = {{1, 1}, {1, 1}, {1, 1}};
        assertThat(Hungarian.assign(tall)).containsExactly(0, 1, -1);
        double[][] cost = {{0.3, 0.1, 0.1}, {0.1, 0.3, 0.1}, {0.1, 0.1, 0.3}};
        assertThat(Hungarian.assign(cost)).isEqualTo(Hungarian.assign(cost));
    }

    @Test
    void emptyAndInvalidMatrices() {
        assertThat(Hungarian.assign(new double[0][0])).isEmpty();
        assertThat(Hungarian.assign(new double[2][0])).containsExactly(-1, -1);
        assertThatThrownBy(() -> Hungarian.assign(new double[][] {{1, 2}, {1}}))
                .hasMessageStartingWith("Invalid cost matrix: row 1 has 1 columns");
        assertThatThrownBy(() -> Hungarian.assign(new double[][] {{Double.NaN}}))
                .hasMessageStartingWith("Invalid cost NaN at (0, 0)");
    }

    private static double total(double[][] cost, int[] assigned) {
        double sum = 0;
        for (int r = 0; r < assigned.length; r++) {
            sum += assigned[r] >= 0 ? cost[r][assigned[r]] : 0;
        }
        return sum;
    }

    /** Least total over assignments of min(rows, cols) pairs (rows may be skipped only when rows > cols). */
    private static double bruteForce(double[][] cost, int row, boolean[] used) {
        if (row == cost.length) {
            return 0;
        }
        int free = 0;
        for (boolean u : used) {
            free += u ? 0 : 1;
        }
        double best = Double.POSITIVE_INFINITY;
        if (cost.length - row > free) { // more rows left than columns: this row may stay unassigned
            best = bruteForce(cost, row + 1, used);
        }
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                used[c] = true;
                best = Math.min(best, cost[row][c] + bruteForce(cost, row + 1, used));
                used[c] = false;
            }
        }
        return best;
    }
}
