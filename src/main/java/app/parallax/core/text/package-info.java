/**
 * Text handling: boilerplate lines (templates, stamps, bylines, credits), sentence segmentation
 * (ICU proposals checked against news abbreviations and quotation habits, scraps joined, long
 * sentences cut at clauses), tokens with exact offsets and comparison keys (Snowball stemming,
 * transliteration folding).
 */
@NullMarked
package app.parallax.core.text;

import org.jspecify.annotations.NullMarked;
