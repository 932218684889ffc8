package org.cabletrends.topics;

import java.io.IOException;
import java.util.OptionalDouble;
import org.apache.spark.ml.clustering.DistributedLDAModel;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@link FittedModel} over MLlib's {@code LDAModel}. An EM model is kept as fitted for the training outputs but saved
 * as its local form ({@code toLocal}), so a saved model never carries the training graph and always loads as a
 * {@link LocalLDAModel}.
 */
final class MllibModel implements FittedModel {
    static final String FOLDER = "mllib";

    private final String optimizer;
    private final LDAModel model;

    MllibModel(String optimizer, LDAModel model) {
        this.optimizer = optimizer;
        this.model = model;
    }

    static MllibModel load(String optimizer, String dir) {
        return new MllibModel(optimizer, LocalLDAModel.load(dir));
    }

    @Override
    public String optimizer() {
        return optimizer;
    }

    @Override
    public int k() {
        return model.getK();
    }

    @Override
    public int vocabularySize() {
        return model.vocabSize();
    }

    /** MLlib's topicsMatrix is V×k: λ (online) or expected counts (EM); each column normalised to a distribution. */
    @Override
    public double[][] topicTerms() {
        return normalisedColumns(model.topicsMatrix());
    }

    /** A V×k matrix as k rows, each scaled to sum to 1. */
    static double[][] normalisedColumns(Matrix m) {
        int v = m.numRows();
        int k = m.numCols();
        double[][] out = new double[k][v];
        for (int t = 0; t < k; t++) {
            double sum = 0;
            for (int w = 0; w < v; w++) {
                out[t][w] = m.apply(w, t);
                sum += out[t][w];
            }
            for (int w = 0; w < v; w++) {
                out[t][w] /= sum;
            }
        }
        return out;
    }

    @Override
    public Dataset<Row> transform(Dataset<Row> vectors) {
        return model.transform(vectors);
    }

    @Override
    public OptionalDouble logLikelihood(Dataset<Row> vectors) {
        return OptionalDouble.of(model.logLikelihood(vectors));
    }

    @Override
    public void save(String dir) throws IOException {
        LDAModel local = model instanceof DistributedLDAModel d ? d.toLocal() : model;
        local.write().overwrite().save(dir);
    }
}
