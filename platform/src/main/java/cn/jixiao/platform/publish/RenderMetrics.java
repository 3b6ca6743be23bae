package cn.jixiao.platform.publish;

import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import cn.jixiao.templates.render.OfficePool;
import cn.jixiao.templates.render.OfficePoolStats;
import cn.jixiao.templates.render.PdfConverter;

/**
 * Rendering as metrics: {@code jixiao.render} (each rendering's duration by format and document, department
 * or volume; a PDF includes its wait for a LibreOffice process) and, with the LibreOffice pool,
 * {@code jixiao.pdf.pool.active} / {@code .queued} (conversions now), {@code .restarts}, {@code .retries}
 * and {@code .conversions} (counters since start).
 */
@Component
class RenderMetrics {

    private final MeterRegistry registry;

    RenderMetrics(MeterRegistry registry, PdfConverter converter) {
        this.registry = registry;
        if (converter instanceof OfficePool pool) {
            gauge("jixiao.pdf.pool.active", "PDF conversions running in a LibreOffice process", pool, OfficePoolStats::active);
            gauge("jixiao.pdf.pool.queued", "PDF conversions waiting for a free LibreOffice process", pool, OfficePoolStats::queued);
            counter("jixiao.pdf.pool.restarts", "LibreOffice processes started to replace one (crash, timeout, task limit)", pool,
                    OfficePoolStats::restarts);
            counter("jixiao.pdf.pool.retries", "PDF conversions repeated once because their LibreOffice process died", pool,
                    OfficePoolStats::retries);
            counter("jixiao.pdf.pool.conversions", "PDF conversions finished", pool, OfficePoolStats::conversions);
            Gauge.builder("jixiao.pdf.pool.size", pool, p -> p.settings().processes())
                    .description("LibreOffice processes configured").register(registry);
        }
    }

    <T> T time(DocumentFormat format, String document, Supplier<T> rendering) {
        return Timer.builder("jixiao.render").description("rendering of one publication document")
                .tag("format", format.extension()).tag("document", document)
                .register(registry).record(rendering);
    }

    private void gauge(String name, String description, OfficePool pool, ToDoubleFunction<OfficePoolStats> value) {
        Gauge.builder(name, pool, p -> value.applyAsDouble(p.stats())).description(description).register(registry);
    }

    private void counter(String name, String description, OfficePool pool, ToDoubleFunction<OfficePoolStats> value) {
        FunctionCounter.builder(name, pool, p -> value.applyAsDouble(p.stats())).description(description).register(registry);
    }
}
