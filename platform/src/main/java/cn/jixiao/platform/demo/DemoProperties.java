package cn.jixiao.platform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled               load the demo district 唐山市路南区 at start
 * @param allowExternalDatabase the demo's API secret is public: loading it into a database that is
 *                              not the embedded one needs this explicit confirmation
 * @param opsUsername           operators' role used to create the demo tenant and its API client
 * @param opsPassword           its password
 */
@ConfigurationProperties("jixiao.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("false") boolean allowExternalDatabase,
        @DefaultValue("jixiao_ops") String opsUsername,
        @DefaultValue("") String opsPassword) {
}
