package cn.jixiao.platform.instance;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This running instance of the platform, among the several behind a load balancer: its id names
 * it in the job queue's claims, on the tasks it finished, in the {@code X-Jixiao-Instance} response
 * header and on the operators' health page. Set {@code jixiao.instance.id} for a stable name
 * (e.g. the pod's); the default is the host name plus a random suffix, new at each start.
 */
@Component
public class PlatformInstance {

    /** The response header naming the instance that answered. */
    public static final String HEADER = "X-Jixiao-Instance";

    private final String id;
    private final Instant startedAt = Instant.now();

    public PlatformInstance(@Value("${jixiao.instance.id:}") String configured) {
        this.id = configured.isBlank() ? hostName() + "-" + UUID.randomUUID().toString().substring(0, 8) : configured;
    }

    public String id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "instance";
        }
    }
}
