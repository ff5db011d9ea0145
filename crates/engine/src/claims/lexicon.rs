//! The claims' word lists: cues, lead-ins and trailing adverbs of speaker phrases, and
//! the words that type a source. Data only (Simplified; the text is read through its
//! normalized view).

/// Speech and cognition cues (Simplified; the text is read through its normalized view).
pub(super) const CUES: &[&str] = &[
    "补充说",
    "补充道",
    "表示",
    "说道",
    "说",
    "称",
    "指出",
    "强调",
    "认为",
    "透露",
    "宣布",
    "回忆",
    "形容",
    "描述",
    "写道",
    "告诉",
    "预计",
    "坦言",
    "直言",
    "补充",
    "警告",
    "承认",
    "否认",
    "声称",
    "表明",
    "看来",
    "报道",
    "报导",
    "提到",
    "解释",
    "重申",
    "呼吁",
    "回应",
    "证实",
    "暗示",
    "估计",
    "预测",
    "相信",
    "坚称",
    "批评",
    "谈到",
    "分析",
    "指",
    "回复",
    "答复",
    "显示",
    "发现",
    "话",
    "讲",
    "said",
    "told",
    "says",
    "建议",
    "公布",
    "确认",
    "得出结论",
    "总结",
    "回覆",
    "答覆",
    // Hearsay leads: with no source before them, an anonymous source ([`REPORT_CUES`]).
    "据了解",
    "据悉",
    "据知",
    "据闻",
    "据传",
    "据报",
];

/// Words a one-character cue may be glued to when the segmenter knows no such word
/// (他稱, 時說, 並指, 續指): the cue still counts, the word before it is its own.
pub(super) const GLUED_BEFORE_CUE: &[char] = &[
    '他', '她', '佢', '时', '并', '又', '也', '还', '续', '则', '亦', '更', '均', '皆', '仍', '都', '就', '只', '曾',
    '即',
];
/// Phrases before a source that mean "according to": `根据《华盛顿邮报》，……`.
pub(super) const ACCORDING_TO: &[&str] = &["根据", "据", "依据", "according to", "According to"];

/// Speakers of transcript lines that ask rather than claim (`问：`).
pub(super) const QUESTIONERS: &[&str] = &["问", "记者问", "提问", "主持人", "q", "Q"];

pub(super) const OPEN_QUOTES: &[char] = &['“', '「', '『', '"', '‘'];

pub(super) const CLOSE_QUOTES: &[char] = &['”', '」', '』', '"', '’'];

/// Words that introduce a clause, stripped from the front of a speaker phrase.
pub(super) const LEAD_INS: &[&str] = &[
    "但是", "但", "而且", "而", "此外", "同时", "不过", "然而", "另外", "对此", "他还", "并", "也", "因此", "据", "在",
];

/// Adverbs between speaker and cue, stripped from the end of a speaker phrase.
pub(super) const TRAIL: &[&str] = &[
    "也",
    "还",
    "则",
    "曾",
    "都",
    "已",
    "更",
    "再次",
    "进一步",
    "公开",
    "私下",
    "普遍",
    "一直",
    "均",
    "亦",
    "早前",
    "日前",
    "此前",
    "随后",
    "最近",
    "近日",
    "同样",
    "多次",
    "明确",
    "又",
    "续",
    "仅",
    "只",
    "向路透",
    "对记者",
    "在声明中",
    "在一份声明中",
];

pub(super) const ANONYMOUS: &[&str] =
    &["知情人士", "消息人士", "消息来源", "匿名", "不愿具名", "一位", "一名", "某位", "某", "知情者", "人士"];

pub(super) const GROUP: &[&str] = &[
    "员工",
    "们",
    "市场",
    "专家",
    "分析师",
    "投资者",
    "高管",
    "官员",
    "业界",
    "业内",
    "外界",
    "舆论",
    "民众",
    "网友",
    "消费者",
    "用户",
    "客户",
    "学者",
    "人们",
    "观察家",
    "研究人员",
    "工程师",
    "同事",
    // People by what they do (批評者, 支持者, 受訪者) and quantified plurals (一些分析,
    // 部分學者, 多位議員).
    "者",
    "一些",
    "部分",
    "多位",
    "多名",
    "不少",
];

pub(super) const ORG_WORDS: &[&str] =
    &["该公司", "公司", "该部", "政府", "当局", "部门", "该行", "该机构", "官方", "声明"];

crate::lexicon!(pub(super) cues, CUES);
crate::lexicon!(pub(super) according_to_words, ACCORDING_TO);
crate::lexicon!(pub(super) continuations, CONTINUATIONS);

/// Cues that are themselves a report (有报道指, 据报道): with no source before them, the
/// source is anonymous and the phrase with the cue is its text.
pub(super) const REPORT_CUES: &[&str] =
    &["报道", "报导", "传闻", "消息", "据报", "据了解", "据悉", "据知", "据闻", "据传"];
/// How many sentences back a claim whose phrase names no source (又表示, 并强调) takes
/// the last claim's speaker.
pub(super) const CONTINUITY: usize = 2;
/// Words that name no source but carry the speech on (又表示, 并强调, 同时批评, 会后表示):
/// a speaker phrase made only of these takes its source from the sentence's subject or
/// the last speaker.
pub(super) const CONTINUATIONS: &[&str] = &[
    "又",
    "并",
    "也",
    "还",
    "亦",
    "则",
    "更",
    "再",
    "续",
    "另",
    "同时",
    "此后",
    "其后",
    "随后",
    "稍后",
    "之后",
    "会后",
    "事后",
    "另外",
    "此外",
    "并且",
    "而且",
    "同样",
    "接着",
    "继而",
    "最后",
    "当时",
    "其时",
    "有",
    "她续",
    "他续",
    "昨",
    "今",
    "昨日",
    "今日",
    "昨天",
    "今天",
    "早前",
    "日前",
    "最近",
    "近日",
    "其间",
    "当中",
    "其中",
    "对此",
    "就此",
    "只",
    "仅",
    "亦曾",
    "曾",
    "再次",
    "进一步",
    "补充",
    // First person outside quotes (a speech: 我相信, 我們會): the speaker speaking on.
    "我",
    "我们",
    "我哋",
    "本人",
];
/// First-person pronouns: a speaker phrase made of one names no source by itself (the
/// speech's speaker is found by speech continuity).
pub(super) const FIRST_PERSON: &[&str] = &["我", "我们", "我哋", "本人"];
/// Ends of a clause that tells when, not who (步出法院后, 被问到……时): a speaker phrase that
/// ends so names no source.
pub(super) const WHEN_ENDS: &[&str] = &["后", "时", "期间", "之际", "前"];
/// Part-of-speech tags of a last word that make a phrase no source (率先, 若, 第四個,
/// 港府因為沒有, 會晤): verbs, adverbs, conjunctions, numerals, measure words,
/// prepositions, particles, time words. A phrase ending in a noun stays a group source.
pub(super) const NON_SOURCE_TAGS: &[&str] = &[
    "v", "vd", "vi", "vq", "d", "c", "m", "mq", "q", "p", "u", "uj", "ul", "uz", "uv", "ud", "ug", "y", "t", "tg", "z",
    "zg",
];
/// Cues that only attribute a statement to a source that is data, not a speaker: the
/// phrase must end in one of [`DATA_NOUNS`] (某某數據顯示, 某某調查發現).
pub(super) const DATA_CUES: &[&str] = &["显示", "发现"];
/// What data sources are called (研究資料, 行業數據, 該報告).
pub(super) const DATA_NOUNS: &[&str] =
    &["数据", "资料", "报告", "调查", "研究", "统计", "公告", "报道", "民调", "文件", "裁决书"];
/// Colloquial (Cantonese) cues that count only after a person, named or referred to
/// (佢話, 佢講, 陳生話).
pub(super) const COLLOQUIAL_CUES: &[&str] = &["话", "讲"];
/// Heads of organization names: a speaker phrase no entity matched that ends in one is
/// an organization source (氣象局, 天文台, 審計部門).
pub(super) const ORG_HEADS: &[&str] = &[
    "局",
    "署",
    "部",
    "部门",
    "委员会",
    "公司",
    "集团",
    "银行",
    "法院",
    "政府",
    "大学",
    "天文台",
    "气象台",
    "研究院",
    "协会",
    "当局",
    "机构",
    "交易所",
    "央行",
    "官方",
];
/// Who speaks for an organization: with the organization named in the phrase, the
/// source is that organization (Google的一位發言人), not an anonymous person.
pub(super) const SPOKESPEOPLE: &[&str] = &["发言人", "新闻官", "公关部", "公关"];
/// Cues that, opening a clause with no subject of their own (`，預計明年落成`), tell what
/// is expected or found rather than who says it: no claim without a speaker phrase.
pub(super) const HEDGE_CUES: &[&str] = &[
    "预计", "估计", "预测", "相信", "显示", "发现", "看来", "分析", "形容", "描述", "告诉", "承认", "否认", "暗示",
    "证实", "补充",
];
/// Ends of a sentence inside a quotation: the subject of a phrase that names none is not
/// looked for beyond one.
pub(super) const SENTENCE_ENDS: &[char] = &['。', '!', '?', '！', '？', '\n'];
/// How many clauses back the subject of a phrase that names none is looked for.
pub(super) const SUBJECT_REACH: usize = 3;
/// Cues that take a thing as their object (公布財報): a statement only when a
/// comma or a colon follows them (`公布，將……`).
pub(super) const OBJECT_CUES: &[&str] = &["公布"];
