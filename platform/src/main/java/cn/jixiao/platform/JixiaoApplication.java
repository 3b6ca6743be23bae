package cn.jixiao.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Jixiao platform: tenant-facing API and pages around the {@code templates} library. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}
