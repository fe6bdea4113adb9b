package app.parallax.ingest;

/** Short English names of the HTTP statuses a news site commonly answers with. */
final class HttpStatusText {

    private HttpStatusText() {
    }

    static String of(int status) {
        return switch (status) {
            case 300, 301, 302, 303, 307, 308 -> "redirect not followed (too many, or from https to http)";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized (sign-in required)";
            case 402 -> "Payment Required (paywall)";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 429 -> "Too Many Requests";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "server error" : "request refused";
        };
    }
}
