package cn.jixiao.platform.publish;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.jixiao.platform.jobs.JobHandler;

/**
 * One task of a district batch: a department's DOCX, PDF and HTML, or the district volume. Safe to
 * repeat: documents are stored by content key, so a redelivered task finds them and renders nothing.
 */
@Component
class DocumentBatchHandler implements JobHandler {

    private final Documents documents;

    DocumentBatchHandler(Documents documents) {
        this.documents = documents;
    }

    @Override
    public String kind() {
        return DocumentBatches.KIND;
    }

    @Override
    public Map<String, Object> run(JobTask task) {
        int year = ((Number) task.params().get("fiscalYear")).intValue();
        Map<String, Object> links = new LinkedHashMap<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            RenderedDocument document = DocumentBatches.VOLUME_TASK.equals(task.taskKey())
                    ? documents.districtVolume(year, format)
                    : documents.department(task.taskKey(), year, format);
            links.put(format.extension(), "/api/v1/documents/" + document.contentKey() + "." + format.extension());
        }
        return links;
    }
}
