package com.mallboard.sync.cafe24.demomall;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/** Runs a demo mall on its own until killed, for trying a client or the app against it by hand. */
public final class DemoMallMain {

    static final int DEFAULT_PORT = 8124;
    /** The options, one a line, as {@code DemoMallMain --help} and {@code mallboard simulator --help} print them. */
    public static final String OPTIONS = """
              --port            TCP port on 127.0.0.1 (0 = any free port), default 8124
              --bucket          leaky-bucket size per mall (Cafe24: 40)
              --drain           calls per second the bucket drains (Cafe24: 2)
              --order-interval  every mall gets a random order this often: 500ms, 30s, 5m, 1h; 0 = never (default)
              --seed            seed of the random order data, default 42
              --state-file      keep the malls in this JSON file across runs (default: memory only)
            OAuth client: %s / %s. Plain /api/v2/... goes to mall "demo"; /malls/{id}/api/v2/... to mall {id}.
            """.formatted(DemoMall.CLIENT_ID, DemoMall.CLIENT_SECRET);
    private static final String USAGE = """
            Usage: DemoMallMain [--port 8124] [--bucket 40] [--drain 2] [--order-interval 30s] [--seed 42]
                                [--state-file demo-mall.json]
            """ + OPTIONS;

    private DemoMallMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(USAGE);
            return;
        }
        DemoMallSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        DemoMallServer server = DemoMallServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "demo-mall-shutdown"));
        printBanner(System.out, server);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The settings the arguments ask for; an {@link IllegalArgumentException} says what is wrong. */
    static DemoMallSettings parse(String[] args) {
        DemoMallSettings settings = DemoMallSettings.defaults().withPort(DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + option);
            }
            String value = args[++i];
            try {
                settings = switch (option) {
                    case "--port" -> settings.withPort(Integer.parseInt(value));
                    case "--bucket" -> settings.withBucket(Integer.parseInt(value), settings.drainPerSecond());
                    case "--drain" -> settings.withBucket(settings.bucketSize(), Double.parseDouble(value));
                    case "--order-interval" -> settings.withOrderInterval(duration(value));
                    case "--seed" -> settings.withSeed(Long.parseLong(value));
                    case "--state-file" -> settings.withStateFile(Path.of(value));
                    default -> throw new IllegalArgumentException("Unknown option " + option);
                };
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number for " + option + ": " + value);
            }
        }
        return settings;
    }

    /** {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, a plain number of seconds, or ISO-8601 {@code PT30S}. */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("pt")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            long amount = Long.parseLong(value.replaceAll("[smh]$", ""));
            return switch (value.charAt(value.length() - 1)) {
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a duration: " + text + " (try 500ms, 30s, 5m or 1h)");
        }
    }

    private static void printBanner(PrintStream out, DemoMallServer server) {
        out.println("Demo mall running. Base URL: " + server.baseUrl(DemoMall.DEFAULT_MALL_ID));
        out.println("Other malls: " + server.baseUrl("{mallId}") + "   Stop with Ctrl+C.");
    }
}
