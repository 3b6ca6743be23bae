package cn.jixiao.templates.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.filter.DefaultFilterChain;
import org.jodconverter.local.filter.text.TableOfContentUpdaterFilter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PDF through long-lived LibreOffice processes managed by JODConverter: no start-up per document. The
 * processes start on the first conversion (so a platform without LibreOffice starts, and says what to
 * install when a PDF is asked for); JODConverter restarts one that crashes, times out or has done
 * {@code maxTasksPerProcess} conversions. A conversion whose process dies under it is repeated once,
 * on a fresh process. Each process sees the fontconfig file that maps the Chinese office fonts to Noto
 * CJK. Thread-safe; {@link #close()} stops the processes.
 */
public final class OfficePool implements PdfConverter, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OfficePool.class);
    /** How long an office process may take to start (JODConverter's default process timeout). */
    private static final Duration PROCESS_START_TIMEOUT = Duration.ofMinutes(2);

    private final OfficePoolSettings settings;
    /** One permit per process: a conversion holding one is active, one waiting for one is queued. */
    private final Semaphore processes;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong conversions = new AtomicLong();
    private volatile Running running;
    private boolean closed;

    public OfficePool(OfficePoolSettings settings) {
        this.settings = settings;
        this.processes = new Semaphore(settings.processes(), true);
    }

    @Override
    public byte[] convert(byte[] docx) {
        Running pool = started();
        waiting.incrementAndGet();
        boolean acquired;
        try {
            acquired = processes.tryAcquire(settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("PDF 转换被中断 / PDF conversion interrupted", e);
        } finally {
            waiting.decrementAndGet();
        }
        if (!acquired) {
            throw new RenderException("PDF 转换排队超过 " + settings.queueTimeout().toSeconds() + " 秒，请稍后再试"
                    + " / PDF conversion waited longer than " + settings.queueTimeout().toSeconds() + " s for LibreOffice");
        }
        try {
            byte[] pdf = convertRetryingOnce(pool, docx);
            conversions.incrementAndGet();
            return pdf;
        } finally {
            processes.release();
        }
    }

    /**
     * The one retry: an office process killed or crashed mid-conversion fails that conversion, and
     * JODConverter replaces the process; the same document then goes to a live one. A timeout is not
     * repeated (it would only take as long again), nor is a second failure.
     */
    private byte[] convertRetryingOnce(Running pool, byte[] docx) {
        try {
            return pool.convert(docx);
        } catch (OfficeException first) {
            if (timedOut(first)) {
                throw timeout(first);
            }
            retries.incrementAndGet();
            log.warn("PDF conversion failed ({}); retrying once on a fresh office process", first.getMessage());
            try {
                return pool.convert(docx);
            } catch (OfficeException second) {
                if (timedOut(second)) {
                    throw timeout(second);
                }
                second.addSuppressed(first);
                throw new RenderException("LibreOffice 转换 PDF 失败（已重试一次）/ LibreOffice failed to convert, retried once: "
                        + second.getMessage(), second);
            }
        }
    }

    private RenderException timeout(OfficeException e) {
        return new RenderException("LibreOffice 超时（" + settings.taskTimeout().toSeconds() + " 秒）/ LibreOffice timed out after "
                + settings.taskTimeout().toSeconds() + " s", e);
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    public OfficePoolStats stats() {
        Running pool = running;
        long starts = pool == null ? 0 : pool.processes.starts();
        int active = settings.processes() - processes.availablePermits();
        return new OfficePoolStats(active, waiting.get(), starts, Math.max(0, starts - settings.processes()),
                retries.get(), conversions.get());
    }

    public OfficePoolSettings settings() {
        return settings;
    }

    /** Process ids of the running office processes (empty before the first conversion), e.g. for operators. */
    public Set<Long> processIds() {
        Running pool = running;
        return pool == null ? Set.of() : pool.processes.ids();
    }

    private Running started() {
        Running pool = running;
        if (pool != null) {
            return pool;
        }
        synchronized (this) {
            if (closed) {
                throw new RenderException("PDF 转换服务已关闭 / the PDF converter is shut down");
            }
            if (running == null) {
                // looked up on each attempt until it starts, so installing LibreOffice later needs no restart
                running = Running.start(settings, Soffice.locate(settings.sofficeCommand()));
            }
            return running;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    /** The started JODConverter pool, its converter and its working directory. */
    private record Running(LocalOfficeManager manager, LocalConverter converter, StartedProcesses processes, Path work) {

        static Running start(OfficePoolSettings settings, Path soffice) {
            Path officeHome = officeHome(soffice);
            Path work = null;
            try {
                Path base = Path.of(System.getProperty("java.io.tmpdir"));
                OfficeWorkDirs.reapOrphans(base);
                work = OfficeWorkDirs.create(base);
                Path fonts = LibreOfficeConverter.copyResource("fonts.conf", work.resolve("fonts.conf"));
                Files.createDirectories(work.resolve("home"));
                // every process (and restart) copies this profile instead of making one, which costs a second start
                Path profile = work.resolve("profile");
                LibreOfficeConverter.initProfile(soffice, work, fonts, profile, PROCESS_START_TIMEOUT);
                StartedProcesses processes = new StartedProcesses(LocalOfficeUtils.findBestProcessManager());
                LocalOfficeManager manager = LocalOfficeManager.builder()
                        .officeHome(officeHome.toFile())
                        .portNumbers(freePorts(settings.processes()))
                        .workingDir(work.toFile())
                        .templateProfileDir(profile.toFile())
                        // JODConverter sets no environment of its own: env(1) in front of soffice.bin gives each
                        // process the fonts mapping, and a home inside the working directory
                        .runAsArgs("env", "FONTCONFIG_FILE=" + fonts, "HOME=" + work.resolve("home"))
                        .processManager(processes)
                        .taskExecutionTimeout(settings.taskTimeout().toMillis())
                        .taskQueueTimeout(settings.queueTimeout().toMillis())
                        .maxTasksPerProcess(settings.maxTasksPerProcess())
                        // start() waits for the processes (else the first conversion's timeout includes their start)
                        .startFailFast(true)
                        .build();
                manager.start();
                LocalConverter converter = LocalConverter.builder()
                        .officeManager(manager)
                        // what the one-shot converter's macro does: rebuild the contents, then refresh the fields
                        .filterChain(new DefaultFilterChain(new TableOfContentUpdaterFilter(), new TextFieldsRefreshFilter()))
                        .build();
                log.info("LibreOffice pool started: {} processes from {}", settings.processes(), officeHome);
                return new Running(manager, converter, processes, work);
            } catch (OfficeException e) {
                LibreOfficeConverter.deleteQuietly(work);
                throw new RenderException("LibreOffice 无法启动 / LibreOffice did not start: " + e.getMessage(), e);
            } catch (IOException e) {
                LibreOfficeConverter.deleteQuietly(work);
                throw new UncheckedIOException(e);
            }
        }

        byte[] convert(byte[] docx) throws OfficeException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(docx.length, 64 * 1024));
            converter.convert(new ByteArrayInputStream(docx)).as(DefaultDocumentFormatRegistry.DOCX)
                    .to(out).as(DefaultDocumentFormatRegistry.PDF)
                    .execute();
            if (out.size() == 0) {
                throw new RenderException("LibreOffice 未生成 PDF / LibreOffice produced no PDF");
            }
            return out.toByteArray();
        }

        void stop() {
            try {
                manager.stop();
            } catch (OfficeException e) {
                log.warn("LibreOffice pool did not stop cleanly: {}", e.getMessage());
            } finally {
                LibreOfficeConverter.deleteQuietly(work);
            }
        }

        /** soffice on PATH is a link to {@code <home>/program/soffice}; JODConverter wants the home. */
        private static Path officeHome(Path soffice) {
            try {
                Path program = soffice.toRealPath().getParent();
                Path home = program == null ? null : program.getParent();
                if (home == null) {
                    throw new SofficeNotFoundException(soffice.toString());
                }
                LocalOfficeUtils.validateOfficeHome(home.toFile());
                return home;
            } catch (IOException | IllegalStateException e) {
                throw new SofficeNotFoundException(soffice.toString());
            }
        }

        private static int[] freePorts(int count) throws IOException {
            int[] ports = new int[count];
            ServerSocket[] sockets = new ServerSocket[count];
            try {
                for (int i = 0; i < count; i++) {
                    sockets[i] = new ServerSocket(0);
                    ports[i] = sockets[i].getLocalPort();
                }
            } finally {
                for (ServerSocket socket : sockets) {
                    if (socket != null) {
                        socket.close();
                    }
                }
            }
            return ports;
        }
    }
}
