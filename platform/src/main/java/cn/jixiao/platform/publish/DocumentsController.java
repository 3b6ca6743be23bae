package cn.jixiao.platform.publish;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Publication documents: per department, the district volume, stored documents, and district batches. */
@RestController
class DocumentsController {

    private final Documents documents;
    private final DocumentBatches batches;

    DocumentsController(Documents documents, DocumentBatches batches) {
        this.documents = documents;
        this.batches = batches;
    }

    @GetMapping("/api/v1/disclosures/{deptCode}/{year}/document.{format}")
    ResponseEntity<byte[]> department(@PathVariable String deptCode, @PathVariable int year, @PathVariable String format) {
        return DocumentResponses.download(documents.department(deptCode, year, DocumentResponses.format(format)));
    }

    @GetMapping("/api/v1/district-volumes/{year}/volume.{format}")
    ResponseEntity<byte[]> volume(@PathVariable int year, @PathVariable String format) {
        return DocumentResponses.download(documents.districtVolume(year, DocumentResponses.format(format)));
    }

    @GetMapping("/api/v1/documents/{key}.{format}")
    ResponseEntity<byte[]> stored(@PathVariable String key, @PathVariable String format) {
        DocumentFormat documentFormat = DocumentResponses.format(format);
        byte[] bytes = documents.stored(key, documentFormat).orElseThrow(() -> new DocumentNotFoundException(key));
        return DocumentResponses.download(new RenderedDocument(key, documentFormat, key + "." + documentFormat.extension(), bytes));
    }

    /** Starts a district batch; its progress is at the returned job's URL. */
    @PostMapping("/api/v1/document-batches")
    ResponseEntity<Map<String, Object>> startBatch(@Valid @RequestBody BatchRequest request) {
        UUID job = batches.start(request.fiscalYear());
        URI location = URI.create("/api/v1/jobs/" + job);
        return ResponseEntity.accepted().location(location).body(Map.of("job", job, "progress", location.toString()));
    }

    record BatchRequest(@NotNull(message = "必须给出年度 fiscalYear") @Min(2000) @Max(2100) Integer fiscalYear) {
    }


}
