package cn.jixiao.platform.disclosure;

import java.util.Map;
import java.util.UUID;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.forms.TemplateRef;

/**
 * A disclosure as stored: its content plus what the platform keeps about it.
 *
 * @param template     the form template it is written under
 * @param customFields values of the template's custom fields, by field id
 */
public record StoredDisclosure(UUID id, DisclosureStatus status, Revision revision, TemplateRef template,
                               Map<String, String> customFields, Disclosure content) {
}
