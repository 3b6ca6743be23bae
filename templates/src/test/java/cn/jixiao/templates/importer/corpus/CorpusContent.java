package cn.jixiao.templates.importer.corpus;

import cn.jixiao.templates.importer.corpus.Expected.Dept;
import cn.jixiao.templates.importer.corpus.Expected.Ind;
import cn.jixiao.templates.importer.corpus.Expected.Proj;
import cn.jixiao.templates.importer.corpus.Expected.UnitRef;
import java.math.BigDecimal;
import java.util.List;

/**
 * The content the corpus files are written from: three fictitious departments, typed by hand with the value
 * forms offices write ("90%以上", "95%及以上", "至少2次", "3个工作日以内", qualitative texts) and what each means.
 */
final class CorpusContent {

    private CorpusContent() {}

    /** A department and its projects, as a person would type them into the platform. */
    record Source(Dept department, List<Proj> projects) {

        UnitRef unit(String code) {
            return department.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
        }
    }

    static final Source CULTURE = new Source(
            new Dept("346", "某某区文化和旅游局", List.of(new UnitRef("346001", "某某区文化和旅游局本级"),
                    new UnitRef("346002", "某某区图书馆"))),
            List.of(
                    new Proj("346001", "34600125P000000000001", "文化惠民工程", amount("12.50"), amount("12.50"), amount("0.00"),
                            "送戏下乡及群众文化活动", "完成送戏下乡演出100场，丰富群众文化生活。", List.of(
                            ind("产出指标", "数量指标", "演出场次", "全年送戏下乡演出场次", "≥100场", "GE", "100", "场", "年度工作计划"),
                            ind("产出指标", "质量指标", "演出合格率", "演出节目审查合格的比例", "95%及以上", "GE", "95", "%", "行业标准"),
                            ind("产出指标", "成本指标", "单场演出成本", "每场演出的平均费用", "≤0.125万元", "LE", "0.125", "万元", "预算测算"),
                            ind("效益指标", "社会效益指标", "惠及群众人次", "观看演出的群众人次", "至少2万人次", "GE", "2", "万人次", "历年数据"),
                            ind("满意度指标", "服务对象满意度指标", "群众满意度", "抽样调查满意度", "90%以上", "GE", "90", "%", "满意度调查"))),
                    new Proj("346002", "34600225P000000000002", "图书馆免费开放", amount("36.80"), amount("30.00"), amount("6.80"),
                            "图书购置及免费开放运行", "保障图书馆全年免费开放，新增藏书5000册。", List.of(
                            ind("产出指标", "数量指标", "新增藏书", "全年新增图书册数", "≥5000册", "GE", "5000", "册", "采购计划"),
                            ind("产出指标", "时效指标", "每周开放时长", "每周免费开放的小时数", "≥56小时", "GE", "56", "小时", "免费开放标准"),
                            qualitative("效益指标", "社会效益指标", "读者服务水平", "读者服务质量", "明显提升", "工作目标"),
                            ind("满意度指标", "服务对象满意度指标", "读者满意度", "读者满意度调查", "≥90%", "GE", "90", "%", "满意度调查")))));

    static final Source AGRICULTURE = new Source(
            new Dept("820", "某某区农业农村局", List.of(new UnitRef("820001", "某某区农业农村局本级"),
                    new UnitRef("820003", "某某区农业技术推广站"))),
            List.of(
                    new Proj("820001", "82000125P000000000001", "农村道路养护", amount("330.98"), amount("330.98"), amount("0.00"),
                            "农村公路日常养护", "完成农村公路养护120公里，路况优良率达到85%以上。", List.of(
                            ind("产出指标", "数量指标", "养护里程", "年度养护的农村公路里程", "≥120公里", "GE", "120", "公里", "养护计划"),
                            ind("产出指标", "质量指标", "路况优良率", "优良路段占比", "85%以上", "GE", "85", "%", "行业标准"),
                            ind("产出指标", "时效指标", "病害处置时限", "发现病害到处置完成", "3个工作日以内", "LE", "3", "个工作日", "养护规范"),
                            ind("满意度指标", "服务对象满意度指标", "群众满意度", "沿线群众满意度", "90%以上", "GE", "90", "%", "满意度调查"))),
                    new Proj("820001", "82000125P000000000002", "高标准农田建设", amount("551.78"), amount("500.00"), amount("51.78"),
                            "新建高标准农田", "新建高标准农田2000亩。", List.of(
                            ind("产出指标", "数量指标", "新建面积", "新建高标准农田面积", "≥2000亩", "GE", "2000", "亩", "建设规划"),
                            ind("产出指标", "质量指标", "验收合格率", "工程验收合格比例", "100%", "EQ", "100", "%", "验收标准"),
                            ind("效益指标", "经济效益指标", "亩均增产", "建成后亩均粮食增产", "≥50公斤", "GE", "50", "公斤", "测算"))),
                    new Proj("820003", "82000325P000000000003", "农技推广", amount("8.00"), amount("8.00"), amount("0.00"),
                            "农业技术培训", "开展农技培训，推广主推技术。", List.of(
                            ind("产出指标", "数量指标", "培训人次", "农民培训人次", "至少200人次", "GE", "200", "人次", "培训计划"),
                            ind("效益指标", "可持续影响指标", "技术到位率", "主推技术到位率", "≥95%", "GE", "95", "%", "推广方案")))));

    static final Source HEALTH = new Source(
            new Dept("512", "某某区卫生健康局", List.of(new UnitRef("512001", "某某区卫生健康局本级"),
                    new UnitRef("512002", "某某区疾病预防控制中心"))),
            List.of(
                    new Proj("512001", "51200125P000000000001", "基本公共卫生服务", amount("1060.68"), amount("1000.00"), amount("60.68"),
                            "国家基本公共卫生服务项目补助", "为辖区常住居民提供基本公共卫生服务，健康档案建档率达到90%以上。", List.of(
                            ind("产出指标", "数量指标", "健康档案建档率", "居民电子健康档案建档率", "≥90%", "GE", "90", "%", "国家基本公共卫生服务规范"),
                            ind("产出指标", "时效指标", "资金拨付及时率", "按季度拨付到位", "100%", "EQ", "100", "%", "资金管理办法"),
                            qualitative("效益指标", "社会效益指标", "居民健康素养水平", "居民健康素养水平", "较上年提高", "健康促进规划"),
                            ind("满意度指标", "服务对象满意度指标", "居民满意度", "居民满意度调查", "95%及以上", "GE", "95", "%", "满意度调查"))),
                    new Proj("512002", "51200225P000000000002", "免疫规划", amount("45.60"), amount("45.60"), amount("0.00"),
                            "免疫规划疫苗接种及冷链运转", "适龄儿童免疫规划疫苗接种率保持在90%以上。", List.of(
                            ind("产出指标", "数量指标", "疫苗接种率", "适龄儿童免疫规划疫苗接种率", "90%以上", "GE", "90", "%", "免疫规划"),
                            ind("产出指标", "质量指标", "冷链设备合格率", "冷链设备运转合格率", "100%", "EQ", "100", "%", "冷链管理规范"),
                            ind("效益指标", "社会效益指标", "疫苗针对传染病暴发", "疫苗针对传染病暴发疫情", "≤0起", "LE", "0", "起", "历年数据"),
                            ind("满意度指标", "服务对象满意度指标", "家长满意度", "受种儿童家长满意度", "至少90%", "GE", "90", "%", "满意度调查")))));

    static final List<Source> ALL = List.of(CULTURE, AGRICULTURE, HEALTH);

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    private static Ind ind(String level1, String level2, String level3, String description, String value,
                           String comparator, String number, String unit, String basis) {
        return new Ind(level1, level2, level3, description, value, comparator, new BigDecimal(number), unit, basis);
    }

    private static Ind qualitative(String level1, String level2, String level3, String description, String value,
                                   String basis) {
        return new Ind(level1, level2, level3, description, value, null, null, null, basis);
    }
}
