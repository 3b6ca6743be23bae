package cn.jixiao.platform.publish;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance makes PDFs (README, "PDF pool").
 *
 * @param poolSize           long-lived LibreOffice processes; 0 starts a fresh LibreOffice for each PDF (the old
 *                           path, 1.5–2 s of start-up each)
 * @param taskTimeout        limit of one conversion
 * @param queueTimeout       how long a conversion waits for a free process before it fails
 * @param maxTasksPerProcess conversions after which a process is replaced
 */
@ConfigurationProperties("jixiao.pdf")
record PdfProperties(
        @DefaultValue("2") int poolSize,
        @DefaultValue("10m") Duration taskTimeout,
        @DefaultValue("10m") Duration queueTimeout,
        @DefaultValue("200") int maxTasksPerProcess) {
}
