package cn.jixiao.platform.opendata;

/**
 * The open licence a district publishes its open data under.
 *
 * @param name      SPDX-style identifier, e.g. {@code CC-BY-4.0} (datapackage.json {@code licenses[].name})
 * @param title     the licence's name in Chinese
 * @param url       the licence text
 * @param statement the district's statement shown on the open data page
 */
public record Licence(String name, String title, String url, String statement) {

    static final int MAX_STATEMENT = 2000;

    /** Until the district sets its own: CC BY 4.0, which asks only for attribution. */
    static final Licence DEFAULT = new Licence("CC-BY-4.0", "知识共享署名 4.0 国际许可协议",
            "https://creativecommons.org/licenses/by/4.0/deed.zh-hans",
            "本平台公开的预算绩效目标数据按知识共享署名 4.0 国际许可协议（CC BY 4.0）开放："
                    + "任何人可以自由复制、传播、改编和用于商业目的，使用时须注明数据来源为本区县预算绩效目标公开平台。");
}
