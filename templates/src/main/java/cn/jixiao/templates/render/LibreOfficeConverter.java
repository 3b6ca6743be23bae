package cn.jixiao.templates.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs LibreOffice headless on one DOCX in a temporary directory of its own: its own user profile (so calls
 * never share state or a profile lock), a Basic macro that refreshes the table of contents before exporting
 * the PDF, and a fontconfig file that maps the Chinese office font names to the installed Noto CJK fonts.
 */
final class LibreOfficeConverter implements PdfConverter {

    private static final String RESOURCES = "/render/libreoffice/";
    private static final int OUTPUT_TAIL = 2000;
    /** "LibreOffice 7.4.7.2 40(Build:2)": the major.minor that LibreOffice keeps as the last version run. */
    private static final Pattern PRODUCT_VERSION = Pattern.compile("(\\d+\\.\\d+)\\.\\d+");
    private static final Map<Path, String> PRODUCT_VERSIONS = new ConcurrentHashMap<>();

    private final String command;
    private final Duration timeout;

    LibreOfficeConverter(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    @Override
    public byte[] convert(byte[] docx) {
        Path executable = Soffice.locate(command);
        Path work = null;
        try {
            work = Files.createTempDirectory("jixiao-pdf-");
            Path profile = work.resolve("profile");
            Path fonts = copyResource("fonts.conf", work.resolve("fonts.conf"));
            Path log = work.resolve("soffice.log");
            // the first start lays out a fresh profile; the macro is added to it afterwards
            initProfile(executable, work, fonts, profile, timeout);
            Path basic = profile.resolve("user/basic/Standard");
            Files.createDirectories(basic);
            copyResource("Render.xba", basic.resolve("Render.xba"));
            copyResource("script.xlb", basic.resolve("script.xlb"));
            if (!Files.exists(basic.resolve("Module1.xba"))) {
                copyResource("Module1.xba", basic.resolve("Module1.xba"));
            }

            Path in = Files.write(work.resolve("document.docx"), docx);
            Path out = work.resolve("document.pdf");
            String macro = "macro:///Standard.Render.ExportPdf(\"" + in.toUri() + "\",\"" + out.toUri() + "\")";
            run(executable, work, fonts, log, timeout, List.of("-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--invisible", "--norestore", "--nologo", macro));
            if (!Files.isRegularFile(out) || Files.size(out) == 0) {
                throw new RenderException("LibreOffice 未生成 PDF / LibreOffice produced no PDF: " + tail(log));
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(work);
        }
    }

    /**
     * Lays out a fresh LibreOffice user profile in {@code profile} and stops: a first start in a new profile
     * otherwise restarts itself once (exit code 81) before it does anything.
     */
    static void initProfile(Path executable, Path work, Path fonts, Path profile, Duration timeout) throws IOException {
        Path log = work.resolve("soffice-profile.log");
        run(executable, work, fonts, log, timeout, List.of("-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--terminate_after_init"));
        if (!Files.isDirectory(profile.resolve("user"))) {
            throw new RenderException("LibreOffice 未能建立用户配置 / LibreOffice made no user profile: " + tail(log));
        }
        recordVersionSeen(executable, work, fonts, profile, timeout);
    }

    /**
     * Records in the profile that this LibreOffice version has run in it. A profile made with
     * {@code --terminate_after_init} lacks that entry, so every start from it counts as the first after an upgrade
     * and runs the graphics render tests: 3.8 s to a listening process instead of 0.5 s here (docs/benchmarks.md).
     * Without a readable version nothing is recorded, which costs only that time.
     */
    private static void recordVersionSeen(Path executable, Path work, Path fonts, Path profile, Duration timeout)
            throws IOException {
        String version = productVersion(executable, work, fonts, timeout);
        Path registry = profile.resolve("user/registrymodifications.xcu");
        if (version.isEmpty() || !Files.isRegularFile(registry)) {
            return;
        }
        String items = Files.readString(registry, StandardCharsets.UTF_8);
        int end = items.lastIndexOf("</oor:items>");
        if (end < 0) {
            return;
        }
        String entry = "<item oor:path=\"/org.openoffice.Setup/Product\"><prop oor:name=\"ooSetupLastVersion\" oor:op=\"fuse\">"
                + "<value>" + version + "</value></prop></item>\n";
        Files.writeString(registry, items.substring(0, end) + entry + items.substring(end), StandardCharsets.UTF_8);
    }

    /**
     * The major.minor of {@code soffice --version}, asked once per executable: the one-shot path lays out a profile
     * for every PDF and should not start one more process each time. Empty when the output has no version.
     */
    private static String productVersion(Path executable, Path work, Path fonts, Duration timeout) throws IOException {
        String known = PRODUCT_VERSIONS.get(executable);
        if (known != null) {
            return known;
        }
        Path log = work.resolve("soffice-version.log");
        run(executable, work, fonts, log, timeout, List.of("--version"));
        Matcher found = PRODUCT_VERSION.matcher(Files.readString(log, StandardCharsets.UTF_8));
        String version = found.find() ? found.group(1) : "";
        PRODUCT_VERSIONS.put(executable, version);
        return version;
    }

    private static void run(Path executable, Path work, Path fonts, Path log, Duration timeout, List<String> arguments)
            throws IOException {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(executable.toString());
        commandLine.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(commandLine)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("FONTCONFIG_FILE", fonts.toString());
        builder.environment().put("HOME", work.toString()); // nothing is written to the caller's home
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new RenderException("LibreOffice 超时（" + timeout.toSeconds() + " 秒）/ LibreOffice timed out after "
                        + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RenderException("PDF 转换被中断 / PDF conversion interrupted", e);
        }
    }

    static Path copyResource(String name, Path target) throws IOException {
        try (InputStream in = LibreOfficeConverter.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "(no output)";
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() <= OUTPUT_TAIL ? text : text.substring(text.length() - OUTPUT_TAIL);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover temp directory is harmless
        }
    }
}
