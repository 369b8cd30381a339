package com.mallboard.sync.cafe24.demomall;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A local stand-in for Cafe24's Admin REST API on 127.0.0.1, holding any number of malls in memory. Requests under
 * {@code /malls/{mallId}/api/v2/...} go to that mall, requests under plain {@code /api/v2/...} to mall "demo".
 * With a {@linkplain DemoMallSettings#stateFile() state file} the malls outlive the server: loaded at start,
 * saved after changes and on {@link #close()}.
 */
public final class DemoMallServer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DemoMallServer.class.getName());
    private static final Pattern MALL_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final DemoMallSettings settings;
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService orderClock;
    private final Map<String, DemoMallState> malls = new ConcurrentHashMap<>();
    private final OAuthEndpoints oauth = new OAuthEndpoints();
    private final AdminGateway admin = new AdminGateway();
    private final Optional<StateSaver> saver;

    static {
        // The JDK server delays small responses (Nagle) by ~40 ms each, which would cap the demo mall near 20 calls a
        // second whatever its bucket says. Read once, when the first server of the JVM is made.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private DemoMallServer(DemoMallSettings settings) throws IOException {
        this.settings = settings;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
        // Several workers, so one slow-response fault does not hold up every other client.
        this.workers = Executors.newCachedThreadPool(daemonThreads("demo-mall-http"));
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        this.orderClock = Executors.newSingleThreadScheduledExecutor(daemonThreads("demo-mall-orders"));
        this.saver = settings.stateFile().map(file -> new StateSaver(new StateFile(file), this::captureMalls,
                daemonThreads("demo-mall-state")));
    }

    /**
     * Binds 127.0.0.1 on the settings' port (0 picks a free one), loads the state file if there is one, and starts
     * serving. A state file that cannot be read is moved aside and the server starts with no malls.
     */
    public static DemoMallServer start(DemoMallSettings settings) {
        try {
            DemoMallServer demo = new DemoMallServer(settings);
            demo.restoreSavedMalls();
            demo.server.start();
            demo.scheduleOrders();
            demo.saver.ifPresent(StateSaver::start);
            return demo;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the demo mall on port " + settings.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>/malls/<mallId>}; a client appends {@code /api/v2/...}. */
    public String baseUrl(String mallId) {
        return "http://127.0.0.1:" + port() + "/malls/" + mallId;
    }

    /** The mall with this id, created empty on first use. */
    public DemoMallState mall(String mallId) {
        if (!MALL_ID.matcher(mallId).matches()) {
            throw new IllegalArgumentException("A mall id is 1-40 letters, digits, '-' or '_': " + mallId);
        }
        return malls.computeIfAbsent(mallId, id -> new DemoMallState(id, settings, this::mallChanged));
    }

    /** Stops serving and, with a state file, saves what changed since the last save. */
    @Override
    public void close() {
        orderClock.shutdownNow();
        server.stop(0);
        workers.shutdownNow();
        saver.ifPresent(StateSaver::close);
    }

    private void restoreSavedMalls() {
        saver.map(StateSaver::file).ifPresent(file -> {
            try {
                file.read().ifPresent(state -> state.malls()
                        .forEach(saved -> SavedMallMapper.restore(mall(saved.mallId()), saved)));
            } catch (IOException | RuntimeException e) {
                // Anything may be wrong in a damaged file; an empty mall beats a half-restored one or no app.
                malls.clear();
                file.setAside(e);
            }
        });
    }

    private SavedState captureMalls() {
        List<SavedState.SavedMall> saved = malls.values().stream().sorted(Comparator.comparing(DemoMallState::mallId))
                .map(SavedMallMapper::save).toList();
        return new SavedState(SavedState.CURRENT_VERSION, saved);
    }

    private void mallChanged() {
        saver.ifPresent(StateSaver::changed);
    }

    private void scheduleOrders() {
        long every = settings.orderInterval().toMillis();
        if (every <= 0) {
            return;
        }
        orderClock.scheduleAtFixedRate(() -> {
            try {
                malls.values().forEach(mall -> mall.generateOrders(1));
            } catch (RuntimeException e) {
                // A failed tick must not cancel the schedule; the next one tries again.
                LOG.log(System.Logger.Level.WARNING, "Generating demo orders failed", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    private void handle(HttpExchange exchange) {
        try {
            route(exchange);
        } catch (ApiException e) {
            trySendError(exchange, e);
        } catch (IOException e) {
            // The client went away mid-call; nothing to answer.
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Demo mall failed on " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath(), e);
            trySendError(exchange, new ApiException(500, "Internal Server Error"));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        List<String> segments = Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty()).map(HttpIo::decode).toList();
        String mallId = DemoMall.DEFAULT_MALL_ID;
        if (segments.size() >= 2 && segments.get(0).equals("malls")) {
            mallId = segments.get(1);
            segments = segments.subList(2, segments.size());
        }
        if (!MALL_ID.matcher(mallId).matches() || segments.size() < 4 || !segments.get(0).equals("api")
                || !segments.get(1).equals("v2")) {
            throw ApiException.notFound("No such endpoint: " + rawPath);
        }
        DemoMallState mall = mall(mallId);
        String area = segments.get(2);
        List<String> rest = segments.subList(3, segments.size());
        if (area.equals("oauth") && rest.size() == 1) {
            oauth.handle(exchange, mall, rest.get(0));
        } else if (area.equals("admin")) {
            admin.handle(exchange, mall, rest, selfUrl(exchange, rawPath));
        } else {
            throw ApiException.notFound("No such endpoint: " + rawPath);
        }
    }

    private String selfUrl(HttpExchange exchange, String rawPath) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        return "http://" + (host == null || host.isBlank() ? "127.0.0.1:" + port() : host) + rawPath;
    }

    private static void trySendError(HttpExchange exchange, ApiException error) {
        try {
            HttpIo.sendError(exchange, error);
        } catch (IOException | RuntimeException e) {
            // Headers already sent or the client is gone: the connection closes, which is all we can do.
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
