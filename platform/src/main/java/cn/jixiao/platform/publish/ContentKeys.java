package cn.jixiao.platform.publish;

import java.util.List;

import cn.jixiao.infra.digest.Sha256;
import cn.jixiao.templates.render.RenderOptions;

/** Content keys: what a document is rendered from, hashed. Equal inputs, equal key, one rendering. */
final class ContentKeys {

    private ContentKeys() {
    }

    static String department(String revisionHash, RenderOptions options) {
        return sha256("department", revisionHash, fingerprint(options));
    }

    /** @param departmentHashes "deptCode:revisionHash" of every department in the volume, in order */
    static String volume(int fiscalYear, List<String> departmentHashes, RenderOptions options) {
        return sha256("volume", String.valueOf(fiscalYear), String.join(",", departmentHashes), fingerprint(options));
    }

    private static String fingerprint(RenderOptions options) {
        byte[] logo = options.logoPng();
        return sha256(options.templateVersion(), String.valueOf(options.titleOverride()), String.valueOf(options.footerText()),
                logo == null ? "-" : Sha256.hex(logo));
    }

    private static String sha256(String... parts) {
        return Sha256.hex(String.join("\u0000", parts));
    }
}
