package cn.jixiao.infra.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * A small properties file through which another process on the same machine (tenant-admin in
 * development) finds the embedded PostgreSQL and Redis that the platform started on random ports.
 * Each server records its URL when it starts and removes it at exit if the entry is still its own.
 */
public final class EmbeddedServicesDiscovery {

    public static final String POSTGRES_PORT = "postgres.port";
    public static final String REDIS_URL = "redis.url";

    private EmbeddedServicesDiscovery() {
    }

    /** {@code ${java.io.tmpdir}/jixiao/embedded-services.properties} */
    public static Path file() {
        return Path.of(System.getProperty("java.io.tmpdir"), "jixiao", "embedded-services.properties");
    }

    /** The recorded value, if a running (or crashed) embedded server left one. */
    public static Optional<String> read(String key) {
        return Optional.ofNullable(load().getProperty(key));
    }

    static synchronized void record(String key, String value) {
        Properties props = load();
        props.setProperty(key, value);
        store(props);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> forget(key, value), "embedded-discovery-forget"));
    }

    private static synchronized void forget(String key, String value) {
        Properties props = load();
        if (value.equals(props.getProperty(key))) {
            props.remove(key);
            store(props);
        }
    }

    private static Properties load() {
        Properties props = new Properties();
        Path file = file();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                props.load(in);
            } catch (IOException e) {
                // an unreadable file is as good as none: nothing is discovered
            }
        }
        return props;
    }

    private static void store(Properties props) {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "embedded-services", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                props.store(out, "Jixiao embedded services of running development processes");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
