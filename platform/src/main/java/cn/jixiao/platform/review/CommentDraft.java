package cn.jixiao.platform.review;

/** A comment being written: on the whole disclosure ({@code projectCode} null), a project, or one of its indicator rows. */
public record CommentDraft(String projectCode, Integer indicatorPosition, String body) {
}
