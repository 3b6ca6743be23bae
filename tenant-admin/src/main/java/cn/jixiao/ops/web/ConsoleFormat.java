package cn.jixiao.ops.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import cn.jixiao.infra.tenant.TenantStatus;

/** How the console writes times (Beijing time) and sizes; used from the templates as {@code @consoleFormat}. */
@Component("consoleFormat")
public class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String NONE = "—";

    public String time(Instant instant) {
        return instant == null ? NONE : TIME.format(instant);
    }

    public String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format("%.1f %s", value, units[unit]);
    }

    public String status(TenantStatus status) {
        return status == TenantStatus.SUSPENDED ? "已暂停" : "正常";
    }
}
