/**
 * Typed values in a passage (numbers with unit and hedge, money, percent, dates, weekdays, months,
 * years, clock times, ordinals, names) and the rules that say whether two of one type can be the
 * same value written two ways. Pure functions over tokens.
 */
@NullMarked
package app.parallax.core.values;

import org.jspecify.annotations.NullMarked;
