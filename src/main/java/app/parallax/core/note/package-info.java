/** The reader's notes on article text: plain values shared by the reader and the PDF export. */
package app.parallax.core.note;
