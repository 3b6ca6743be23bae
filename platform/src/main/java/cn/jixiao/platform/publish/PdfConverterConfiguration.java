package cn.jixiao.platform.publish;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jixiao.templates.render.OfficePool;
import cn.jixiao.templates.render.OfficePoolSettings;
import cn.jixiao.templates.render.PdfConverter;

/**
 * The instance's PDF converter: the templates library's {@link OfficePool} (its processes start with the
 * first PDF and stop with the application context), or a LibreOffice per PDF when the pool size is 0.
 */
@Configuration(proxyBeanMethods = false)
class PdfConverterConfiguration {

    /** Spring infers the destroy method from the instance: the pool's {@code close()}, nothing for the one-shot one. */
    @Bean
    PdfConverter pdfConverter(PdfProperties pdf, @Value("${jixiao.publish.soffice:soffice}") String soffice) {
        if (pdf.poolSize() == 0) {
            return PdfConverter.oneShot(soffice, pdf.taskTimeout());
        }
        return new OfficePool(new OfficePoolSettings(soffice, pdf.poolSize(), pdf.taskTimeout(), pdf.queueTimeout(),
                pdf.maxTasksPerProcess()));
    }
}
