package org.cabletrends.topics;

/** Loads a saved {@link FittedModel} by optimizer. */
final class FittedModels {
    private FittedModels() {
    }

    static FittedModel load(String optimizer, String dir) {
        return switch (optimizer) {
            case "online", "em" -> MllibModel.load(optimizer, dir);
            case "gibbs" -> GibbsModel.load(dir);
            default -> throw new IllegalArgumentException("Cannot load a topic model of optimizer '" + optimizer
                    + "' (known: online, em, gibbs)");
        };
    }
}
