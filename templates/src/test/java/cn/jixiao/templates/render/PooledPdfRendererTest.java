package cn.jixiao.templates.render;

import org.junit.jupiter.api.AfterAll;

/** The seed through {@link OfficePool}: JODConverter's filters must fill in the contents as the macro does. */
class PooledPdfRendererTest extends PdfRendererTest {

    private final OfficePool pool = new OfficePool(OfficePoolSettings.defaults().withProcesses(1));

    @Override
    PdfRenderer renderer() {
        return new PdfRenderer(pool);
    }

    @Override
    String fileName() {
        return "seed-pooled.pdf";
    }

    @AfterAll
    void stopPool() {
        pool.close();
    }
}
