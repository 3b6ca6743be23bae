package cn.jixiao.infra.disclosure;

/** publication_event.kind: a disclosure became public, or was taken back. */
public enum PublicationKind {
    PUBLISHED("公开"), WITHDRAWN("撤回");

    private final String label;

    PublicationKind(String label) {
        this.label = label;
    }

    /** The event as users read it (zh-CN). */
    public String label() {
        return label;
    }
}
