package cn.jixiao.templates.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Loading, deriving and writing form templates. */
public final class FormTemplates {

    /** Classpath location of the platform's default template. */
    public static final String PLATFORM_DEFAULT_RESOURCE = "/forms/platform-default-v1.json";

    private static final class PlatformDefault {
        // Loaded on first use; a broken shipped template fails loudly there
        static final FormTemplate INSTANCE = parse(resource(PLATFORM_DEFAULT_RESOURCE));
    }

    private FormTemplates() {}

    /** The platform's default template, {@code forms/platform-default-v1.json} on the classpath. */
    public static FormTemplate platformDefault() {
        return PlatformDefault.INSTANCE;
    }

    /**
     * Reads a template document and checks it against {@code forms/form-template.schema.json} and the rules the
     * schema cannot express (unique ids, fields in their sections, references into the hierarchy).
     *
     * @throws FormTemplateException listing every problem with its JSON path, in Chinese
     */
    public static FormTemplate parse(String json) {
        JsonNode root = JsonDocuments.read(json, "模板");
        List<TemplateProblem> problems = SchemaCheck.TEMPLATE.check(root);
        if (!problems.isEmpty()) {
            throw new FormTemplateException("模板无效", problems);
        }
        FormTemplate template = TemplateReader.read(root);
        problems = TemplateConsistency.check(template);
        if (!problems.isEmpty()) {
            throw new FormTemplateException("模板无效", problems);
        }
        return template;
    }

    /**
     * Derives a tenant's template from {@code base} with a derivation document
     * ({@code forms/form-template-derivation.schema.json}); the result carries {@code basedOn} = base id and version.
     *
     * @throws FormTemplateException when the document is invalid or would loosen the base
     */
    public static FormTemplate derive(FormTemplate base, String derivationJson) {
        FormTemplate derived = TemplateDerivation.derive(base, JsonDocuments.read(derivationJson, "派生文件"));
        // The result must itself be a valid template document
        return parse(toJson(derived));
    }

    /** The template as a JSON document that {@link #parse(String)} reads back to an equal template. */
    public static String toJson(FormTemplate template) {
        return TemplateWriter.write(template);
    }

    private static String resource(String name) {
        try (InputStream in = FormTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
