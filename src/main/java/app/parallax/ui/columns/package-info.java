/**
 * The article columns: one styled text area per article with its header, the connector bands
 * between neighbours, the highlight plan (verdict, hover, selection, note and find marks as style
 * spans) and the geometry that brings linked passages level ({@link app.parallax.ui.columns.ColumnAligner}).
 */
package app.parallax.ui.columns;
