//! The entity stage's word lists: the suffixes, cues, titles and stop words its rules
//! ask, kept as data apart from the rules (a list lives here once; no rule holds one of
//! its own inside its control flow).

use crate::text::CharSet;

/// Suffixes that make a preceding proper name an organization.
pub(super) const ORG_SUFFIXES: &[&str] = &[
    "公司",
    "集团",
    "银行",
    "大学",
    "学院",
    "协会",
    "委员会",
    "研究院",
    "研究所",
    "基金会",
    "交易所",
    "法院",
    "医院",
    "电视台",
    "通讯社",
    "控股",
    "科技",
    "实验室",
    "工作室",
    "事务所",
    "证券",
    "保险",
    "基金",
];
/// Characters that end place names (州 state, 省 province, 市 city …).
pub(super) const PLACE_SUFFIXES: &[char] =
    &['州', '省', '市', '县', '区', '镇', '村', '岛', '山', '河', '湖', '港', '湾', '洲'];
/// Latin words besides legal forms that end organization names (`… Capital`).
pub(super) const LATIN_ORG_WORDS: &[&str] = &[
    "Group",
    "Bank",
    "Capital",
    "Partners",
    "Holdings",
    "Technologies",
    "Labs",
    "Research",
    "Ventures",
    "Securities",
    "Airlines",
    "Motors",
    "Systems",
    "Networks",
    "Institute",
    "University",
    "Foundation",
];
/// Legal forms: `Grammarly Inc.` and `Grammarly` are one company.
pub(super) const LEGAL_SUFFIXES: &[&str] = &[
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Ltd",
    "Ltd.",
    "LLC",
    "PBC",
    "PLC",
    "plc",
    "Co.",
    "AG",
    "SA",
    "GmbH",
];
/// Common capitalized Latin words that are not names on their own.
pub(super) const LATIN_STOP: &[&str] = &[
    "AI", "CEO", "CTO", "CFO", "COO", "CIO", "GPU", "CPU", "TPU", "API", "IPO", "PC", "TV", "IT", "OK", "App", "APP",
    "I", "A", "The", "This", "That", "What", "When", "Why", "How", "Who", "In", "On", "At", "Of", "And", "But", "For",
    "It", "Is", "Mr", "Mrs", "Ms", "Dr", "PM", "AM", "GDP", "CPI", "ETF", "IoT", "VR", "AR", "EV", "ID", "USB", "OS",
    "Q1", "Q2", "Q3", "Q4", "H1", "H2", "No", "Yes", "Internal", "EUV", "DUV", "LED", "LCD", "OLED", "DNA", "RNA",
    "HBM", "DRAM", "NAND", "SoC", "LLM", "GPT", "PhD", "MBA", "ESG", "M&A", "B2B", "SaaS", "LNG", "EVs",
];
/// Endings of newspaper and magazine titles (inside 《》 they name a media organization).
pub(super) const MEDIA_ENDINGS: &[&str] =
    &["时报", "日报", "晚报", "早报", "邮报", "周刊", "杂志", "新闻", "论坛报", "财经", "商报"];
/// Words that name a model or an edition inside a product's name (Galaxy S24 Ultra,
/// Surface Pro, Xbox Series X, Model 3): with one, a Latin name is a product.
pub(super) const PRODUCT_SERIES_WORDS: &[&str] =
    &["Pro", "Max", "Ultra", "Plus", "Mini", "Air", "Series", "Edition", "Lite", "SE", "Model", "Note", "Fold", "Flip"];
/// Characters typical of transliterated foreign names (拜登, 马斯克, 雷蒙多): a name made
/// only of these, tagged as a person name by jieba, is a person even without a surname.
pub(super) const TRANSLIT: &str = "阿埃艾安奥巴拜班邦贝本比彼毕宾波伯博布查达戴丹德迪蒂丁东杜多厄恩法菲费芬佛夫福盖甘冈戈格哥古哈海汉豪赫亨华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸拉莱赖兰朗劳勒雷蕾里理丽利莉连林琳隆卢鲁路伦罗洛马迈麦曼梅蒙米敏莫姆穆纳娜奈内尼宁纽诺欧帕佩彭皮珀普奇琪乔切琼萨塞桑瑟森沙莎尚舍圣施史斯松苏索塔泰坦汤特提汀图托瓦万威维温翁沃乌西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹兹祖佐尔登";
/// Words after a name that make it a product.
pub(super) const PRODUCT_CUES: &[&str] =
    &["芯片", "模型", "平台", "系统", "手机", "软件", "应用", "服务", "处理器", "大模型", "晶片"];
/// Words after a name that make it an event.
pub(super) const EVENT_CUES: &[&str] = &["大会", "峰会", "论坛", "博览会", "展会", "会议", "开发者大会", "年会"];
/// Words that end the names of events written in Chinese.
pub(super) const HAN_EVENT_ENDINGS: &[&str] = &[
    "大会",
    "峰会",
    "论坛",
    "博览会",
    "运动会",
    "展览会",
    "车展",
    "电影节",
    "艺术节",
    "世博会",
    "奥运会",
    "锦标赛",
    "世界杯",
];
/// Words for a kind of storm, longest first: the name after them (台风“海葵”) or
/// before them in quotes is a named event.
pub(super) const STORM_WORDS: &[&str] =
    &["超强台风", "强热带风暴", "热带低气压", "超强飓风", "强台风", "热带风暴", "热带气旋", "台风", "飓风"];
/// Words after a congress's ordinal (十八大以来, 二十大报告) that make it the party congress.
pub(super) const CONGRESS_FOLLOWERS: &[&str] = &[
    "以来", "报告", "精神", "召开", "期间", "开幕", "闭幕", "代表", "胜利", "提出", "强调", "擘画", "作出", "部署",
    "明确", "之后", "以后", "前夕", "上",
];
/// Party prefixes before a congress (党的二十大, 中共十八大), longest first.
pub(super) const PARTY_PREFIXES: &[&str] = &["中国共产党", "党的", "中共"];
/// Words ending an incident named by its date (911事件, 九一八事变), longest first.
pub(super) const INCIDENT_WORDS: &[&str] = &["事件", "事变", "惨案", "大地震", "地震", "空难", "暴动", "起义"];
/// Words that make an event phrase a named event.
pub(super) const EVENT_QUALIFIERS: &[&str] = &["世界", "国际", "全国", "全球", "亚洲", "欧洲", "年度"];
/// Words before a Latin name that make it an organization.
pub(super) const ORG_CUES_BEFORE: &[&str] =
    &["投行", "公司", "银行", "机构", "集团", "初创公司", "企业", "基金", "媒体", "券商"];
/// Chinese words that jieba may tag as names but are not (generic nouns).
pub(super) const GENERIC: &[&str] = &[
    "员工",
    "市场",
    "公司",
    "初创公司",
    "分析师",
    "政府",
    "总统",
    "官员",
    "客户",
    "用户",
    "投资者",
    "消费者",
    "同事",
    "高管",
    "领导",
    "人士",
    "专家",
    "记者",
    "业内",
    "外界",
    "部门",
    "平台",
    "当局",
    "国家",
    "外国",
    "地区",
    "全球",
    "世界",
    "国际",
    "中央",
    "地方",
    "该公司",
    "这家",
    "本周",
    "周一",
    "周二",
    "周三",
    "周四",
    "周五",
    "周六",
    "周日",
    "纳米",
    "奈米",
    "上市",
    "城市",
    "都市",
    "股市",
    "楼市",
    "车市",
    "超市",
    "门市",
    "新兴产业",
    "养老基金",
];
/// Honorifics after a name: they mark a person but are not roles.
pub(super) const HONORIFICS: &[&str] = &["先生", "女士", "小姐", "同志", "夫人", "博士"];
/// Characters that end organization names jieba tags `nt`; other `nt` words (财务咨询,
/// 新兴产业) are usually activities, not organizations.
pub(super) const ORG_END_CHARS: &str = "部局署院会所厅委社台党军队团司行校处办营组盟署馆府";
/// Characters that do not end a Chinese given name: a name read after a title stops
/// before them (发言人毛宁在 is 毛宁).
pub(super) const NOT_NAME_END: &str = "在的了是和与及也都就说称表对向于将曾又还已被把让给从到为今昨等";
/// Words before a character that make it a measure, not a surname (这段时间, 一段时间).
pub(super) const DEMONSTRATIVES: &str = "这那一每某哪该此各整";
/// Verbs that give a person a new title: `X 接替 Y 成为新任 CEO`.
pub(super) const TAKES_TITLE: &[&str] =
    &["成为", "出任", "担任", "接任", "升任", "兼任", "就任", "转任", "晋升为", "获任"];
/// Industry words that end company names after a proper name (南芯半导体, 武田药品工业).
/// Words that relate two organizations (长和旗下的某公司, 某集团下属某厂): never part of
/// either name.
pub(super) const RELATION_NOUNS: &[&str] = &["旗下", "下属", "属下", "麾下", "附属", "名下"];

/// Legal forms that close a company's full name (Simplified; the text is folded).
pub(super) const LEGAL_FORMS: &[&str] = &["股份有限公司", "有限责任公司", "有限公司", "股份公司", "有限合伙"];

/// Words of company names the segmenter tags as verbs or adjectives (控股/v, 发展/v):
/// inside a name closed by a legal form they are name words.
pub(super) const COMPANY_WORDS: &[&str] = &[
    "控股",
    "发展",
    "制造",
    "贸易",
    "咨询",
    "服务",
    "管理",
    "建设",
    "开发",
    "经营",
    "运营",
    "物流",
    "置业",
    "实业",
    "投资",
    "科技",
    "技术",
    "工程",
    "设计",
    "生产",
    "销售",
    "进出口",
    "创新",
    "金融",
    "租赁",
    "保险",
    "证券",
];

pub(super) const INDUSTRY_SUFFIXES: &[&str] = &[
    "半导体",
    "微电子",
    "电子",
    "制药",
    "药业",
    "药品工业",
    "通信",
    "汽车",
    "能源",
    "电气",
    "光电",
    "材料",
    "航空",
    "钢铁",
    "化工",
    "生物",
    "医药",
    "传媒",
    "资本",
    "电器",
    "网络",
    "软件",
    "物流",
    "地产",
    "置业",
    "股份",
];
/// Nouns after a list (`A、B 和 C 等公司`) that make every item an organization.
pub(super) const LIST_ORG_NOUNS: &[&str] =
    &["公司", "企业", "厂商", "银行", "机构", "品牌", "集团", "车企", "药企", "券商"];
/// Endings of government bodies: 部, 局, 署, 政府, 国会 ….
pub(super) const GOVERNMENT_ENDINGS: &[&str] = &["部", "局", "署", "政府", "国会", "议会", "委员会", "办公室", "军"];
/// Characters common in Chinese given names: those seen at least 20 times after a
/// surname in the person names (`nr`) of jieba's full dictionary
/// (`make dict`).
pub(super) static GIVEN_CHARS: &str = include_str!("../../data/given_chars.txt");
/// Common geographic nouns the segmenter's dictionary tags as place names (山区/ns,
/// 温泉/nr): kinds of places, never a place's name on their own.
pub(super) const GENERIC_PLACES: &[&str] = &[
    "山区", "海岛", "温泉", "高山", "北区", "南区", "东区", "西区", "平原", "高原", "湖泊", "海滩", "城市", "都市",
    "海湾", "河畔", "湖畔", "雪山", "冰川", "海洋", "大洋",
];
/// Words for kinds of sites that, after a proper name, make the name of one (汤山温泉,
/// 浦口校区): `signals/landmarks.rs`.
pub(super) const SITE_HEADS: &[&str] = &[
    "温泉", "校区", "机场", "车站", "公园", "大桥", "广场", "水库", "隧道", "码头", "帝国", "王国", "半岛", "海峡",
    "山脉", "峡谷", "瀑布", "口岸",
];
/// Organization suffixes that, right after a bare place name, make a generic phrase
/// (美国公司 is "an American company"; 美国银行 can be a bank's name).
pub(super) const PLACE_GENERIC_HEADS: &[&str] = &["公司"];
/// Units that follow their parent organization's name (新加坡国立大学 + 商学院).
pub(super) const UNIT_ENDINGS: &[&str] = &["学院", "研究院", "研究所", "实验室", "中心"];
/// Single-character suffixes the segmenter may split from a place name (亚利桑纳/州).
pub(super) const SPLIT_PLACE_SUFFIXES: &str = "州省市县";
/// Characters that start a verb of saying right after a name (陈立文说, 毛宁表示).
pub(super) const SAYING_STARTS: &str = "说表称指认透强告";
/// Verbs before a name that make it the one replaced, not the one taking a title.
pub(super) const REPLACES: &[&str] = &["接替", "取代", "接任", "替代"];
/// Words between a verb of taking a title and the title (成为新任 CEO).
pub(super) const TITLE_QUALIFIERS: &[&str] = &["新任", "新一任", "首任", "下一任", "该公司", "公司"];
/// Verbs after `在 + organization` that make it a workplace (在 AWS 工作).
pub(super) const WORKS_AT: &[&str] = &["工作", "任职", "服务", "供职"];

/// [`TRANSLIT`], [`ORG_END_CHARS`], [`NOT_NAME_END`] and [`DEMONSTRATIVES`] as bitmaps:
/// the rules ask them for every token or char (a `str::contains` per ask showed in
/// the profile).
pub(super) struct CharLists {
    pub translit: CharSet,
    pub org_end: CharSet,
    pub not_name_end: CharSet,
    pub demonstratives: CharSet,
}

pub(super) fn char_lists() -> &'static CharLists {
    static LISTS: std::sync::OnceLock<CharLists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| CharLists {
        translit: CharSet::new(TRANSLIT),
        org_end: CharSet::new(ORG_END_CHARS),
        not_name_end: CharSet::new(NOT_NAME_END),
        demonstratives: CharSet::new(DEMONSTRATIVES),
    })
}

/// Whether a Latin word ends organization names: a legal form or an organization word.
pub(super) fn latin_org_suffix(w: &str) -> bool {
    LEGAL_SUFFIXES.contains(&w) || LATIN_ORG_WORDS.contains(&w)
}

crate::lexicon!(pub(super) honorifics, HONORIFICS);
crate::lexicon!(pub(super) org_suffixes, ORG_SUFFIXES);
crate::lexicon!(pub(super) industry_suffixes, INDUSTRY_SUFFIXES);
crate::lexicon!(pub(super) legal_forms, LEGAL_FORMS);
crate::lexicon!(pub(super) event_cues, EVENT_CUES);
crate::lexicon!(pub(super) product_cues, PRODUCT_CUES);
crate::lexicon!(pub(super) takes_title, TAKES_TITLE);
crate::lexicon!(pub(super) tech, &["科技"]);
