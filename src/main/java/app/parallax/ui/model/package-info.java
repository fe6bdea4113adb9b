/**
 * The reader's state and its workers: {@link app.parallax.ui.model.ReaderViewModel} is the front door
 * the views observe; loading, editing the story, comparing (fast then full), navigation and
 * notes/export are package-private workers sharing one state. Imports no {@code javafx.scene}.
 */
package app.parallax.ui.model;
