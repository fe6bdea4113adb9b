/** Word-level diff of linked passages; the only package that imports java-diff-utils. */
package app.parallax.core.diff;
