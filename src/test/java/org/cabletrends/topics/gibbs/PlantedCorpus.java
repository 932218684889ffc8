package org.cabletrends.topics.gibbs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A corpus drawn from LDA's own generative story with known parameters: topic-word distributions φ_t ~ Dir(β),
 * document mixtures θ_d ~ Dir(α), tokens by topic then word. Term counts go straight into "features" (refid "d17").
 */
final class PlantedCorpus {
    static final StructType SCHEMA = new StructType().add("refid", DataTypes.StringType, false)
            .add("features", SQLDataTypes.VectorType(), false);

    final int k;
    final int vocabSize;
    final double[][] phi;
    final double[][] theta;
    final List<int[]> counts = new ArrayList<>();

    PlantedCorpus(int k, int vocabSize, int docs, int docLength, double alpha, double beta, long seed) {
        this.k = k;
        this.vocabSize = vocabSize;
        Random random = new Random(seed);
        phi = new double[k][];
        for (int t = 0; t < k; t++) {
            phi[t] = DirichletTest.dirichlet(filled(vocabSize, beta), random);
        }
        theta = new double[docs][];
        for (int d = 0; d < docs; d++) {
            theta[d] = DirichletTest.dirichlet(filled(k, alpha), random);
            int[] c = new int[vocabSize];
            for (int i = 0; i < docLength; i++) {
                int t = draw(theta[d], random);
                c[draw(phi[t], random)]++;
            }
            counts.add(c);
        }
    }

    Dataset<Row> frame(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < counts.size(); d++) {
            double[] values = new double[vocabSize];
            for (int w = 0; w < vocabSize; w++) {
                values[w] = counts.get(d)[w];
            }
            rows.add(RowFactory.create("d" + d, Vectors.dense(values).compressed()));
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    long tokens() {
        long n = 0;
        for (int[] c : counts) {
            for (int x : c) {
                n += x;
            }
        }
        return n;
    }

    /** 1 − Jensen–Shannon divergence (base 2, so in [0, 1]). */
    static double similarity(double[] p, double[] q) {
        double js = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2;
            js += term(p[i], m) / 2 + term(q[i], m) / 2;
        }
        return 1 - js;
    }

    private static double term(double x, double m) {
        return x == 0 ? 0 : x * Math.log(x / m) / Math.log(2);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static int draw(double[] p, Random random) {
        double u = random.nextDouble();
        int j = 0;
        while (j < p.length - 1 && u >= p[j]) {
            u -= p[j++];
        }
        return j;
    }
}
