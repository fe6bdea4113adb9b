/**
 * The archive-scale batch: thousands of stories in (story folders, JSON Lines, Parquet), the same
 * {@link app.parallax.core.Comparison} once per story on Apache Spark, Parquet tables and one HTML
 * report out. Spark types never leave this package; the desktop app and its installers do not
 * carry Spark (it is a {@code provided} dependency, brought by the batch launcher or
 * {@code spark-submit}).
 */
package app.parallax.batch;
