package org.partycloud.platform.stats;

/**
 * One figure of a tenant's day: a metric ({@code members.category}), a dimension of it ({@code FULL}, or
 * {@value #TOTAL} for a scalar metric) and its value.
 */
public record DailyFigure(String metric, String dimension, long value) {

    public static final String TOTAL = "total";
    static final int MAX_METRIC = 80;
    static final int MAX_DIMENSION = 120;

    public DailyFigure {
        if (metric == null || metric.isBlank() || metric.length() > MAX_METRIC) {
            throw new IllegalArgumentException("A metric needs a name of 1 to " + MAX_METRIC + " characters: " + metric);
        }
        if (dimension == null || dimension.isBlank() || dimension.length() > MAX_DIMENSION) {
            throw new IllegalArgumentException("A dimension needs a name of 1 to " + MAX_DIMENSION + " characters: "
                    + dimension);
        }
    }

    /** A scalar metric: its only dimension is {@value #TOTAL}. */
    public static DailyFigure total(String metric, long value) {
        return new DailyFigure(metric, TOTAL, value);
    }
}
