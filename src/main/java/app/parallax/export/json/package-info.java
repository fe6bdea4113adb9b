/** JSON export of a comparison, for scripts and other tools. */
package app.parallax.export.json;
