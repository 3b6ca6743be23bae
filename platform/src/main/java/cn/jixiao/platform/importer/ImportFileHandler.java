package cn.jixiao.platform.importer;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.infra.importer.ImportFileStatus;
import cn.jixiao.platform.jobs.JobHandler;
import cn.jixiao.templates.importer.ImportRejectedException;

/**
 * One file of an uploaded archive. A refused file is a result (REJECTED with its reason), not a
 * failure to retry; running a file again just reads it again.
 */
@Component
class ImportFileHandler implements JobHandler {

    private final ImportStore store;
    private final ImportParsing parsing;
    private final TransactionTemplate tx;

    ImportFileHandler(ImportStore store, ImportParsing parsing, PlatformTransactionManager txManager) {
        this.store = store;
        this.parsing = parsing;
        this.tx = new TransactionTemplate(txManager);
    }

    @Override
    public String kind() {
        return Imports.KIND;
    }

    @Override
    public Map<String, Object> run(JobTask task) {
        UUID importId = UUID.fromString((String) task.params().get("importId"));
        int position = Integer.parseInt(task.taskKey());
        var loaded = tx.execute(s -> {
            var batch = store.batch(importId).orElseThrow(() -> new ImportNotFoundException(importId));
            var file = store.file(importId, position).orElseThrow(() -> new ImportNotFoundException(importId));
            return Map.entry(new ImportRequest(batch.getFiscalYear(), batch.getDepartmentCode(), batch.getDepartmentName()), file);
        });
        String fileName = loaded.getValue().getFileName();
        try {
            ImportParsing.Parsed parsed = parsing.parse(fileName, loaded.getValue().getContent(), loaded.getKey());
            tx.executeWithoutResult(s -> store.parsed(importId, position, parsed.result().draft(), parsed.result().report(),
                    parsed.validation()));
            return Map.of("file", fileName, "status", ImportFileStatus.PARSED.name());
        } catch (ImportRejectedException e) {
            tx.executeWithoutResult(s -> store.rejected(importId, position, e.reason().name(), e.getMessage()));
            return Map.of("file", fileName, "status", ImportFileStatus.REJECTED.name(), "reason", e.getMessage());
        }
    }
}
