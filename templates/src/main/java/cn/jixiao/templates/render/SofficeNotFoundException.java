package cn.jixiao.templates.render;

/** LibreOffice is not installed, so no PDF can be made; the message names the packages to install. */
public class SofficeNotFoundException extends RenderException {

    static final String PACKAGES = "libreoffice-writer-nogui fonts-noto-cjk";

    SofficeNotFoundException(String command) {
        super("未找到 LibreOffice（" + command + "），无法生成 PDF。请安装 Debian 软件包：apt-get install " + PACKAGES
                + " / LibreOffice (" + command + ") not found, cannot make PDF; install the Debian packages: "
                + "apt-get install " + PACKAGES);
    }
}
