package cn.jixiao.platform.disclosure;

/** The base revision a page form names, as typed in its hidden field. */
final class TypedRevision {

    private TypedRevision() {
    }

    /** -1 when missing or not a number: the service answers that as a conflict, with nothing saved. */
    static int parse(String typed) {
        try {
            return typed == null ? -1 : Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
