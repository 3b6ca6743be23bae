package cn.jixiao.templates.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the execution samples of one thread in a JFR recording: where the time is spent (self, by
 * method and by package) and which of the renderer's own steps it is spent under (inclusive).
 *
 * <pre>
 * java -cp … cn.jixiao.templates.bench.JfrSummary recording.jfr [thread, default main]
 * </pre>
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    public static void main(String[] args) throws Exception {
        print(Path.of(args[0]), args.length > 1 ? args[1] : "main", 15);
    }

    static void print(Path recording, String thread, int top) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> selfPackage = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    || event.getThread("sampledThread") == null
                    || !thread.equals(event.getThread("sampledThread").getJavaName())
                    || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            RecordedMethod leaf = frames.get(0).getMethod();
            self.merge(name(leaf), 1, Integer::sum);
            selfPackage.merge(packageOf(leaf.getType().getName()), 1, Integer::sum);
            // each of the project's methods once per sample, however deep the recursion
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String type = frame.getMethod().getType().getName();
                if (type.startsWith("cn.jixiao.templates.render.") && seen.add(name(frame.getMethod()))) {
                    inclusive.merge(name(frame.getMethod()), 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d execution samples of thread %s in %s%n", samples, thread, recording);
        table("inclusive, the renderer's own methods", inclusive, samples, top);
        table("self, by package", selfPackage, samples, top);
        table("self, by method", self, samples, top);
    }

    private static void table(String title, Map<String, Integer> counts, int samples, int top) {
        System.out.println("-- " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> System.out.printf("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }

    private static String name(RecordedMethod method) {
        String type = method.getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + method.getName();
    }

    /** The first three segments of a package: org.docx4j.openpackaging, com.sun.xml… */
    private static String packageOf(String type) {
        String[] parts = type.split("\\.");
        int n = Math.min(3, parts.length - 1);
        return String.join(".", java.util.Arrays.copyOf(parts, n));
    }
}
