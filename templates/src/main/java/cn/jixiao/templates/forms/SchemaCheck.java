package cn.jixiao.templates.forms;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Checks a JSON tree against one of the published schemas in {@code forms/} and reports problems in Chinese. */
final class SchemaCheck {

    private static final String BASE_IRI = "https://jixiao.cn/schemas/";

    // The schemas refer to each other by their $id; map that prefix to the classpath so nothing is fetched
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE_IRI, "classpath:forms/")));

    static final SchemaCheck TEMPLATE = new SchemaCheck("form-template.schema.json");
    static final SchemaCheck DERIVATION = new SchemaCheck("form-template-derivation.schema.json");

    private final Schema schema;

    private SchemaCheck(String file) {
        this.schema = REGISTRY.getSchema(SchemaLocation.of(BASE_IRI + file));
    }

    /** Problems of the document, ordered by path; empty when it conforms. */
    List<TemplateProblem> check(JsonNode document) {
        List<Error> errors = schema.validate(document);
        return errors.stream()
                .map(SchemaMessages::translate)
                .distinct()
                .sorted(Comparator.comparing(TemplateProblem::path))
                .toList();
    }
}
