package org.cabletrends.topics;

import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.cabletrends.topics.gibbs.GibbsLDAModel;

/**
 * {@link FittedModel} over the project's {@link GibbsLDAModel}. The training documents' mixtures come from the final
 * sampler state (as MALLET's doc-topics) rather than from a second round of sampling; new documents are inferred.
 */
final class GibbsModel implements FittedModel {
    static final String FOLDER = "gibbs";

    private final GibbsLDAModel model;
    private final boolean fitted;

    GibbsModel(GibbsLDAModel model, boolean fitted) {
        this.model = model;
        this.fitted = fitted;
    }

    static GibbsModel load(String dir) {
        return new GibbsModel(GibbsLDAModel.load(dir), false);
    }

    @Override
    public String optimizer() {
        return "gibbs";
    }

    @Override
    public int k() {
        return model.getK();
    }

    @Override
    public int vocabularySize() {
        return model.vocabSize();
    }

    @Override
    public double[][] topicTerms() {
        return MllibModel.normalisedColumns(model.topicsMatrix());
    }

    @Override
    public Dataset<Row> transform(Dataset<Row> vectors) {
        return model.transform(vectors);
    }

    /** doc_id → topicDistribution of the training documents, from the sampler's final assignments. */
    @Override
    public Optional<Dataset<Row>> trainingDistributions() {
        return fitted ? Optional.of(model.trainingTopicDistributions()) : Optional.empty();
    }

    /** MALLET's model log-likelihood of the final training state. */
    @Override
    public OptionalDouble logLikelihood(Dataset<Row> vectors) {
        return fitted ? OptionalDouble.of(model.logLikelihood()) : OptionalDouble.empty();
    }

    @Override
    public void save(String dir) {
        model.save(dir);
    }
}
