/**
 * The articles being compared and the passages they are cut into, with exact character offsets.
 * Plain immutable values; no behaviour beyond validation.
 */
@NullMarked
package app.parallax.core.article;

import org.jspecify.annotations.NullMarked;
