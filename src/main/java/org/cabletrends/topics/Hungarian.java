package org.cabletrends.topics;

import java.util.Arrays;

/**
 * Minimum-cost assignment (Kuhn–Munkres, the O(n²m) shortest-augmenting-path form with potentials) for a
 * rectangular cost matrix. Deterministic: rows are added in index order and, among equal reduced costs, the lowest
 * column index is taken, so equal inputs give equal assignments (an all-equal matrix gives the identity).
 */
public final class Hungarian {
    private Hungarian() {
    }

    /**
     * The column assigned to each row, or −1 for rows left over when there are more rows than columns. Every
     * assignment of min(rows, columns) pairs with the least total cost is optimal; this returns one of them.
     */
    public static int[] assign(double[][] cost) {
        int rows = cost.length;
        int cols = rows == 0 ? 0 : cost[0].length;
        for (int r = 0; r < rows; r++) {
            if (cost[r].length != cols) {
                throw new IllegalArgumentException("Invalid cost matrix: row " + r + " has " + cost[r].length
                        + " columns, row 0 has " + cols);
            }
            for (int c = 0; c < cols; c++) {
                if (!Double.isFinite(cost[r][c])) {
                    throw new IllegalArgumentException("Invalid cost " + cost[r][c] + " at (" + r + ", " + c + ")");
                }
            }
        }
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || cols == 0) {
            return result;
        }
        if (rows <= cols) {
            int[] colOfRow = solve(cost, rows, cols, false);
            System.arraycopy(colOfRow, 0, result, 0, rows);
        } else {
            int[] rowOfCol = solve(cost, cols, rows, true);
            for (int c = 0; c < cols; c++) {
                result[rowOfCol[c]] = c;
            }
        }
        return result;
    }

    /** Assigns each of n ≤ m "rows" a distinct "column"; {@code transposed} reads cost[column][row]. */
    private static int[] solve(double[][] cost, int n, int m, boolean transposed) {
        Potentials state = new Potentials(cost, n, m, transposed);
        for (int i = 1; i <= n; i++) {
            state.addRow(i);
        }
        int[] colOfRow = new int[n];
        for (int j = 1; j <= m; j++) {
            if (state.rowAt[j] != 0) {
                colOfRow[state.rowAt[j] - 1] = j - 1;
            }
        }
        return colOfRow;
    }

    /** Dual potentials and the matching so far; indices 1-based, column 0 is the root of each search. */
    private static final class Potentials {
        private final double[][] cost;
        private final boolean transposed;
        private final int m;
        private final double[] u;
        private final double[] v;
        private final int[] rowAt; // row matched to column j, 0 = free
        private final int[] way;

        Potentials(double[][] cost, int n, int m, boolean transposed) {
            this.cost = cost;
            this.transposed = transposed;
            this.m = m;
            this.u = new double[n + 1];
            this.v = new double[m + 1];
            this.rowAt = new int[m + 1];
            this.way = new int[m + 1];
        }

        private double cost(int i, int j) {
            return transposed ? cost[j - 1][i - 1] : cost[i - 1][j - 1];
        }

        /** Matches row i along a shortest augmenting path (Dijkstra over reduced costs), updating the potentials. */
        void addRow(int i) {
            rowAt[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                j0 = step(rowAt[j0], j0, minv, used);
            } while (rowAt[j0] != 0);
            do {
                int j1 = way[j0];
                rowAt[j0] = rowAt[j1];
                j0 = j1;
            } while (j0 != 0);
        }

        /** One Dijkstra step from row i0 (reached through column j0): returns the next column to visit. */
        private int step(int i0, int j0, double[] minv, boolean[] used) {
            double delta = Double.POSITIVE_INFINITY;
            int j1 = 0;
            for (int j = 1; j <= m; j++) {
                if (!used[j]) {
                    double c = cost(i0, j) - u[i0] - v[j];
                    if (c < minv[j]) {
                        minv[j] = c;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for (int j = 0; j <= m; j++) {
                if (used[j]) {
                    u[rowAt[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            return j1;
        }
    }
}
