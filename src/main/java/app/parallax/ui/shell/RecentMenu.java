package app.parallax.ui.shell;

import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.settings.RecentStories;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * File ▸ Open Recent: the last {@value RecentStories#LIMIT} stories opened, newest first; one whose
 * files are gone is shown disabled. Whether they exist is checked on the io thread whenever the
 * list changes and each time the menu opens.
 */
final class RecentMenu {

    private final ReaderViewModel vm;
    private final Menu menu = new Menu("Open _Recent");

    RecentMenu(ReaderViewModel vm) {
        this.vm = vm;
        menu.setId("menu-recent");
        menu.setOnShowing(e -> vm.checkRecentStories());
        vm.recentStories().addListener((ListChangeListener<List<String>>) c -> {
            rebuild();
            vm.checkRecentStories();
        });
        // in place, not rebuilt: the check answers while the menu is open
        vm.missingRecentStories().addListener((SetChangeListener<List<String>>) c -> markMissing());
        vm.recentTitles().addListener((javafx.collections.MapChangeListener<String, String>) c -> markMissing());
        rebuild();
    }

    Menu menu() {
        return menu;
    }

    private void rebuild() {
        List<List<String>> stories = List.copyOf(vm.recentStories());
        menu.getItems().clear();
        for (int i = 0; i < stories.size(); i++) {
            menu.getItems().add(item(i, stories.get(i)));
        }
        if (stories.isEmpty()) {
            MenuItem none = new MenuItem("No recent stories");
            none.setId("menu-recent-none");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private MenuItem item(int index, List<String> story) {
        MenuItem item = new MenuItem();
        item.setId("menu-recent-" + index);
        item.setMnemonicParsing(false);
        item.setUserData(story);
        item.setOnAction(e -> vm.open(story.stream().map(Path::of).toList()));
        showMissing(item, story);
        return item;
    }

    private void markMissing() {
        for (MenuItem item : menu.getItems()) {
            if (item.getUserData() instanceof List<?> story) {
                showMissing(item, story);
            }
        }
    }

    private void showMissing(MenuItem item, List<?> story) {
        boolean missing = vm.missingRecentStories().contains(story);
        List<String> paths = story.stream().map(String::valueOf).toList();
        item.setText(RecentStories.label(paths, vm.recentTitles().get(RecentStories.key(paths))) + (missing ? " (missing)" : ""));
        item.setDisable(missing);
    }
}
