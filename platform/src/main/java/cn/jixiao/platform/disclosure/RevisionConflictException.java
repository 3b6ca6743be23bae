package cn.jixiao.platform.disclosure;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.web.Refusal;

/** A save based on a revision that is no longer the current one; nothing was written. 409 with both revisions and what changed between them. */
public class RevisionConflictException extends Refusal {

    private final int baseRevision;
    private final int currentRevision;
    private final ConflictChanges changes;

    /** @param changes what changed since {@code baseRevision}; null when not known (e.g. the disclosure does not exist) */
    public RevisionConflictException(int baseRevision, int currentRevision, ConflictChanges changes) {
        super(HttpStatus.CONFLICT, "修订版冲突", currentRevision == 0
                ? "基于修订版 " + baseRevision + " 保存，但该绩效目标尚不存在（当前修订版 0）"
                : "基于修订版 " + baseRevision + " 保存，但当前已是修订版 " + currentRevision + "：请先获取最新版本再修改");
        this.baseRevision = baseRevision;
        this.currentRevision = currentRevision;
        this.changes = changes;
        with("baseRevision", baseRevision);
        with("currentRevision", currentRevision);
        if (changes != null) {
            with("changes", changes);
        }
    }

    public int baseRevision() {
        return baseRevision;
    }

    public int currentRevision() {
        return currentRevision;
    }

    public ConflictChanges changes() {
        return changes;
    }
}
