package cn.jixiao.platform.tenancy;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    /** Replaces Boot's transaction manager: every transaction of the application role is tenant-bound. */
    @Bean
    TenantBindingTransactionManager transactionManager(DataSource dataSource) {
        return new TenantBindingTransactionManager(dataSource);
    }
}
