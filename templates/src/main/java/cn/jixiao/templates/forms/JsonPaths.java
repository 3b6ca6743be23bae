package cn.jixiao.templates.forms;

import com.networknt.schema.path.NodePath;
import java.util.regex.Pattern;

/** JSON paths in the "$.rules[3].severity" notation used in every message. */
final class JsonPaths {

    static final String ROOT = "$";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPaths() {}

    static String child(String parent, String name) {
        return PLAIN_NAME.matcher(name).matches() ? parent + "." + name : parent + "['" + name + "']";
    }

    static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    static String of(NodePath path) {
        String s = ROOT;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object e = path.getElement(i);
            s = e instanceof Integer n ? index(s, n) : child(s, String.valueOf(e));
        }
        return s;
    }
}
