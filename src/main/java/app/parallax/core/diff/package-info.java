/** Word-level diff of linked passages; the only package that imports java-diff-utils. */
@NullMarked
package app.parallax.core.diff;

import org.jspecify.annotations.NullMarked;
