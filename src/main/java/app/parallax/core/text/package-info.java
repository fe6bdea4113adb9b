/**
 * Text handling: boilerplate lines, sentence segmentation (ICU), tokens with exact offsets and
 * comparison keys (Snowball stemming, transliteration folding).
 */
package app.parallax.core.text;
