/** The reader's notes on article text: plain values shared by the reader and the PDF export. */
@NullMarked
package app.parallax.core.note;

import org.jspecify.annotations.NullMarked;
