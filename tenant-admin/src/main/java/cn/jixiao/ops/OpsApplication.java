package cn.jixiao.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * tenant-admin: the operators' console and API. Connects to the platform's database as the
 * operators' role, which manages tenants and reads usage but never disclosure contents; the
 * platform owns and migrates the schema.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpsApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpsApplication.class, args);
    }
}
