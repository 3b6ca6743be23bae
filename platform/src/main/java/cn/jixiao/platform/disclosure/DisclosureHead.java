package cn.jixiao.platform.disclosure;

import java.util.List;
import java.util.UUID;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.disclosure.Unit;

/**
 * Everything of a disclosure's JSON that can change without a new revision (status, template, custom
 * fields, the directory's department and units, the district), plus the current revision with its content
 * hash, which stands for the immutable rest (Part 1 and the projects). Equal heads give equal JSON.
 */
record DisclosureHead(UUID disclosureId, DisclosureStatus status, String templateVersion, String customFields,
                      String departmentCode, String departmentName, List<Unit> units, Revision revision, District district) {
}
