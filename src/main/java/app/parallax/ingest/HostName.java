package app.parallax.ingest;

import java.net.URI;
import java.util.Locale;

/**
 * A readable outlet name made from a web address when the page names no publisher:
 * {@code www.dailyplanet.com} gives "Dailyplanet", {@code news.bbc.co.uk} gives "BBC".
 */
final class HostName {

    private HostName() {
    }

    /** The outlet name for {@code url}, or "" when it has no host. */
    static String outlet(String url) {
        String label = mainLabel(host(url));
        if (label.isEmpty()) {
            return "";
        }
        if (label.length() <= 3 && label.chars().allMatch(Character::isLetter)) {
            return label.toUpperCase(Locale.ROOT);
        }
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** The host of {@code url} in lower case, or "". */
    static String host(String url) {
        try {
            String host = url == null ? null : URI.create(url.strip()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** "www.nytimes.com" gives "nytimes"; "bbc.co.uk" gives "bbc"; an IP address stays whole. */
    static String mainLabel(String host) {
        if (host.isEmpty() || host.matches("[\\d.]+|\\[.*]")) {
            return host;
        }
        String[] labels = host.split("\\.");
        int last = labels.length - 1;
        if (last == 0) {
            return labels[0];
        }
        boolean countrySecondLevel = labels[last].length() == 2 && labels[last - 1].length() <= 3 && last >= 2;
        return labels[countrySecondLevel ? last - 2 : last - 1];
    }
}
