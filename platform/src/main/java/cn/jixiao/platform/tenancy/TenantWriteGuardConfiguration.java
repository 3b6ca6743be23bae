package cn.jixiao.platform.tenancy;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts {@link TenantWriteGuard} in front of every write operation of the platform: a method that
 * is secured ({@code @PreAuthorize}) and runs in a read-write transaction. New write services are
 * guarded without doing anything. It runs after the permission check and before the transaction
 * begins, so a refused write opens no write transaction at all.
 */
@Configuration(proxyBeanMethods = false)
class TenantWriteGuardConfiguration {

    private static final String PLATFORM_PACKAGE = "cn.jixiao.platform.";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor tenantWriteGuardAdvisor(ObjectProvider<TenantWriteGuard> guard) {
        MethodInterceptor interceptor = invocation -> {
            guard.getObject().requireWritable();
            return invocation.proceed();
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new SecuredWrites(), interceptor);
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1); // the transaction advisor has the lowest precedence
        return advisor;
    }

    /** Secured methods of platform beans that run in a read-write transaction. */
    static final class SecuredWrites extends StaticMethodMatcherPointcut {

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            if (targetClass == null || !targetClass.getName().startsWith(PLATFORM_PACKAGE)) {
                return false;
            }
            Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
            if (!AnnotatedElementUtils.hasAnnotation(specific, PreAuthorize.class)) {
                return false;
            }
            Transactional tx = AnnotatedElementUtils.findMergedAnnotation(specific, Transactional.class);
            if (tx == null) {
                tx = AnnotatedElementUtils.findMergedAnnotation(specific.getDeclaringClass(), Transactional.class);
            }
            return tx != null && !tx.readOnly();
        }
    }
}
