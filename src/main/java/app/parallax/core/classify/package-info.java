/**
 * Judging differences: spelling variant, wording, one-sided detail or factual conflict (and of
 * which kind), and a claim's verdict. Pure functions over tokens and small general lexicons.
 */
@NullMarked
package app.parallax.core.classify;

import org.jspecify.annotations.NullMarked;
