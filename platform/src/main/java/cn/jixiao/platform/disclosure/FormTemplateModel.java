package cn.jixiao.platform.disclosure;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import cn.jixiao.platform.forms.FormTemplateCatalog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every page that shows a disclosure ({@code stored} in its model) also gets its form template as
 * {@code fields}: the forms take their labels, required marks and custom fields from it, so a
 * district's derived template changes the pages without touching them.
 */
@Configuration(proxyBeanMethods = false)
class FormTemplateModel implements WebMvcConfigurer, HandlerInterceptor {

    private final FormTemplateCatalog templates;

    FormTemplateModel(FormTemplateCatalog templates) {
        this.templates = templates;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/app/disclosures/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view != null && view.getModel().get("stored") instanceof StoredDisclosure stored && !view.getModel().containsKey("fields")) {
            view.addObject("fields", templates.get(stored.template()));
        }
    }
}
