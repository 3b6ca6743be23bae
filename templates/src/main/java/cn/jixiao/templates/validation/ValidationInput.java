package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.forms.FormTemplate;
import java.util.List;
import java.util.Map;

/**
 * Everything the rules of one run share.
 *
 * @param disclosure        the disclosure
 * @param customFieldValues custom field values by field id
 * @param template          the template
 * @param indicatorRows     all indicator rows, placed in the template's hierarchy once
 */
record ValidationInput(Disclosure disclosure, Map<String, String> customFieldValues, FormTemplate template,
                       List<IndicatorRow> indicatorRows) {}
