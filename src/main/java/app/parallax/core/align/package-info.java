/**
 * Finding which passages of different articles report the same thing: a candidate index of rare
 * shared terms, a similarity score, passage links, and claims (groups of linked passages).
 */
@NullMarked
package app.parallax.core.align;

import org.jspecify.annotations.NullMarked;
