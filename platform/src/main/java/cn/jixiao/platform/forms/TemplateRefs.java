package cn.jixiao.platform.forms;

import cn.jixiao.templates.forms.TemplateRef;

/** The stored form of a template reference on a disclosure: {@code id@version}. */
public final class TemplateRefs {

    private TemplateRefs() {
    }

    public static String format(TemplateRef ref) {
        return ref.id() + "@" + ref.version();
    }

    public static TemplateRef parse(String stored) {
        int at = stored.lastIndexOf('@');
        return new TemplateRef(stored.substring(0, at), Integer.parseInt(stored.substring(at + 1)));
    }
}
