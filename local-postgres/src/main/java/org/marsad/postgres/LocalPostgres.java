package org.marsad.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster run from the machine's own server binaries: no Docker, no download.
 *
 * <p>The cluster lives in one folder (data, socket, log, password). When the JVM runs as root the
 * server commands run as the {@code postgres} user through {@code runuser}, because {@code initdb}
 * refuses root. The same class serves the tests (a throwaway cluster in a temp folder) and
 * {@code ./marsad up} (a cluster kept in the git-ignored state folder), through {@link #main}.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "marsad";
    private static final String SERVER_USER = "postgres";

    private final Path home;
    private final int port;
    private final Path bin;
    private final boolean throwaway;
    private final String password;

    private LocalPostgres(Path home, int port, Path bin, boolean throwaway, String password) {
        this.home = home;
        this.port = port;
        this.bin = bin;
        this.throwaway = throwaway;
        this.password = password;
    }

    /** Starts a cluster in a new temp folder on a free port; {@link #close()} stops it and deletes the folder. */
    public static LocalPostgres startThrowaway() {
        try {
            Path home = Files.createTempDirectory("marsad-pg-");
            return start(home, freePort(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the cluster kept in {@code home} on {@code port}, creating it first when the folder holds none.
     * Starting a cluster that already runs is harmless.
     */
    public static LocalPostgres start(Path home, int port, boolean throwaway) {
        Path bin = findBinaries();
        try {
            Files.createDirectories(home);
            boolean fresh = !Files.exists(home.resolve("data/PG_VERSION"));
            String password = fresh ? newPassword() : Files.readString(home.resolve("password")).strip();
            LocalPostgres pg = new LocalPostgres(home.toAbsolutePath(), port, bin, throwaway, password);
            if (fresh) {
                pg.initialize();
            }
            if (!pg.isRunning()) {
                pg.startServer(throwaway);
            }
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** JDBC URL of a database on this cluster (the services create their database when it is missing). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public boolean isRunning() {
        return run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "status"), false) == 0;
    }

    /** Stops the server; a throwaway cluster's folder is deleted too. */
    @Override
    public void close() {
        if (isRunning()) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "fast", "-w", "stop"), true);
        }
        if (throwaway) {
            deleteTree(home);
        }
    }

    private Path data() {
        return home.resolve("data");
    }

    private void initialize() throws IOException {
        Path pwFile = home.resolve("password");
        Files.writeString(pwFile, password + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(pwFile, PosixFilePermissions.fromString("rw-------"));
        handToServerUser(pwFile);
        handToServerUser(home);
        run(List.of(bin.resolve("initdb").toString(), "-D", data().toString(), "-U", USER, "--pwfile=" + pwFile,
                "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"), true);
    }

    private void startServer(boolean throwaway) throws IOException {
        Path socketDir = home.resolve("socket");
        Files.createDirectories(socketDir);
        handToServerUser(socketDir);
        // Loopback only; durability settings off for a throwaway cluster, where speed is all that counts.
        String options = "-p " + port + " -k " + socketDir + " -c listen_addresses=127.0.0.1 -c max_connections=200"
                + (throwaway ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "");
        Path log = home.resolve("postgres.log");
        if (!Files.exists(log)) {
            Files.createFile(log);
            handToServerUser(log);
        }
        int code = run(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-l", log.toString(),
                "-o", options, "-w", "-t", "60", "start"), false);
        if (code != 0) {
            throw new IllegalStateException("PostgreSQL did not start on port " + port + "; see " + log);
        }
    }

    /** Runs a server command, as the postgres user when we are root. */
    private static int run(List<String> command, boolean mustSucceed) {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", full));
            }
            if (mustSucceed && process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void handToServerUser(Path path) throws IOException {
        if (!isRoot()) {
            return;
        }
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = users.lookupPrincipalByName(SERVER_USER);
        Files.setOwner(path, owner);
    }

    /** $MARSAD_PG_BIN, else the newest /usr/lib/postgresql/N/bin, else pg_ctl on the PATH. */
    static Path findBinaries() {
        String configured = System.getenv("MARSAD_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return requireServer(Path.of(configured));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var newest = versions.filter(p -> Files.isExecutable(p.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(LocalPostgres::majorVersion));
                if (newest.isPresent()) {
                    return newest.get().resolve("bin");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "initdb"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException("No PostgreSQL server binaries found: install PostgreSQL 15 or newer "
                + "(Debian: apt-get install postgresql), set MARSAD_PG_BIN to its bin folder, "
                + "or point MARSAD_DB_URL at a running server.");
    }

    private static Path requireServer(Path bin) {
        if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
            throw new IllegalStateException("MARSAD_PG_BIN=" + bin + " holds no initdb/pg_ctl");
        }
        return bin;
    }

    private static int majorVersion(Path versionDir) {
        try {
            return Integer.parseInt(versionDir.getFileName().toString().split("\\.")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Command line for ./marsad: {@code start HOME PORT} prints {@code port user password} once the server
     * accepts connections; {@code stop HOME PORT} stops it; {@code status HOME PORT} exits 0 when it runs.
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: LocalPostgres start|stop|status HOME PORT");
            System.exit(2);
        }
        Path home = Path.of(args[1]);
        int port = Integer.parseInt(args[2]);
        try {
            switch (args[0]) {
                case "start" -> {
                    LocalPostgres pg = start(home, port, false);
                    System.out.println(pg.port() + " " + pg.user() + " " + pg.password());
                }
                case "stop" -> {
                    if (Files.exists(home.resolve("data/PG_VERSION"))) {
                        new LocalPostgres(home.toAbsolutePath(), port, findBinaries(), false, "").close();
                    }
                }
                case "status" -> System.exit(Files.exists(home.resolve("data/PG_VERSION"))
                        && new LocalPostgres(home.toAbsolutePath(), port, findBinaries(), false, "").isRunning() ? 0 : 3);
                default -> {
                    System.err.println("unknown command " + Arrays.toString(args));
                    System.exit(2);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }
}
