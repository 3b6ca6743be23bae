package cn.jixiao.templates.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap while it is open, seen three ways: a poller of {@link MemoryMXBean} every 5 ms, the heap
 * just before each collection (GC notifications, which catch peaks between polls), and the heap just
 * after each collection (an upper bound of the live set, independent of how lazily the GC runs).
 */
final class HeapPeak implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong polled = new AtomicLong();
    private final AtomicLong beforeGc = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread poller;
    private volatile boolean running = true;

    HeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        poller = new Thread(() -> {
            while (running) {
                polled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-peak-poller");
        poller.setDaemon(true);
        poller.start();
    }

    private void onGc(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        beforeGc.accumulateAndGet(sum(info.getMemoryUsageBeforeGc()), Math::max);
        afterGc.accumulateAndGet(sum(info.getMemoryUsageAfterGc()), Math::max);
        collections.incrementAndGet();
    }

    // GC notifications list every pool, heap and non-heap; only the heap pools count
    private static long sum(Map<String, MemoryUsage> usage) {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = usage.get(pool.getName());
            if (pool.getType() == MemoryType.HEAP && u != null) {
                total += u.getUsed();
            }
        }
        return total;
    }

    /** Sum of each heap pool's own peak: an upper bound (the pools need not peak together). */
    private static long poolPeaks() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    /** Peak heap used, the larger of the poller and the before-GC figures. */
    long peakUsed() {
        return Math.max(polled.get(), beforeGc.get());
    }

    long peakAfterGc() {
        return afterGc.get();
    }

    String report() {
        long max = memory.getHeapMemoryUsage().getMax();
        return String.format("peak used %s (poller %s, before GC %s), peak after GC %s, sum of pool peaks %s,"
                        + " %d collections, max heap %s", mib(peakUsed()), mib(polled.get()), mib(beforeGc.get()),
                mib(afterGc.get()), mib(poolPeaks()), collections.get(), max < 0 ? "unbounded" : mib(max));
    }

    static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / 1024.0 / 1024.0);
    }

    @Override
    public void close() {
        running = false;
        poller.interrupt();
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (Exception ignored) {
                // already gone
            }
        }
    }
}
