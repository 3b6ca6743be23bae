package cn.jixiao.platform.disclosure;

import java.util.List;

import cn.jixiao.templates.diff.DisclosureDiffResult;

/**
 * What changed between the revision an edit was based on and the current one, so the person can
 * see it next to what they typed.
 *
 * @param revisions the revisions saved meanwhile (who, when, note), oldest first
 * @param diff      the content changes from the base revision to the current one
 */
public record ConflictChanges(List<Revision> revisions, DisclosureDiffResult diff) {
}
