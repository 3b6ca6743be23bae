package cn.jixiao.templates.validation;

/** Where rules come from, as quoted in findings. */
final class Sources {

    static final String PLATFORM = "本平台模板";
    static final String MOF_2015_GOALS = "《中央部门预算绩效目标管理办法》（财预〔2015〕88号）";
    static final String MOF_2020_EVALUATION = "《项目支出绩效评价管理办法》（财预〔2020〕10号）";
    static final String MOF_2021_INDICATORS = "《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）";
    static final String INDICATOR_SYSTEM = MOF_2020_EVALUATION + "及" + MOF_2021_INDICATORS;

    private Sources() {}
}
