//! Entities: mentions from several signals, merged into one entity per referent, with
//! roles and the affiliation / ownership phrases that later become relations.
//!
//! Signals, strongest first: the gazetteer (known names with bilingual aliases), Latin
//! name sequences typed by their context, organization/place suffixes, and jieba's POS
//! tags for Chinese names. Overlaps are resolved in favour of the stronger, then the
//! longer mention.

use crate::analysis::{Entity, Mention};
use crate::gazetteer::CharMap;
use crate::gazetteer::Gazetteer;
use crate::segment::{Pos, Token};
use crate::text::{is_han, CharSet, Lexicon, Text};
use std::collections::{BTreeMap, HashMap};

/// Suffixes that make a preceding proper name an organization.
const ORG_SUFFIXES: &[&str] = &[
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
const PLACE_SUFFIXES: &[char] = &['州', '省', '市', '县', '区', '镇', '村', '岛', '山', '河', '湖', '港', '湾', '洲'];
/// Latin words besides legal forms that end organization names (`… Capital`).
const LATIN_ORG_WORDS: &[&str] = &[
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

/// Whether a Latin word ends organization names: a legal form or an organization word.
fn latin_org_suffix(w: &str) -> bool {
    LEGAL_SUFFIXES.contains(&w) || LATIN_ORG_WORDS.contains(&w)
}
/// Legal forms: `Grammarly Inc.` and `Grammarly` are one company.
const LEGAL_SUFFIXES: &[&str] = &[
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
const LATIN_STOP: &[&str] = &[
    "AI", "CEO", "CTO", "CFO", "COO", "CIO", "GPU", "CPU", "TPU", "API", "IPO", "PC", "TV", "IT", "OK", "App", "APP",
    "I", "A", "The", "This", "That", "What", "When", "Why", "How", "Who", "In", "On", "At", "Of", "And", "But", "For",
    "It", "Is", "Mr", "Mrs", "Ms", "Dr", "PM", "AM", "GDP", "CPI", "ETF", "IoT", "VR", "AR", "EV", "ID", "USB", "OS",
    "Q1", "Q2", "Q3", "Q4", "H1", "H2", "No", "Yes", "Internal", "EUV", "DUV", "LED", "LCD", "OLED", "DNA", "RNA",
    "HBM", "DRAM", "NAND", "SoC", "LLM", "GPT", "PhD", "MBA", "ESG", "M&A", "B2B", "SaaS", "LNG", "EVs",
];
/// Endings of newspaper and magazine titles (inside 《》 they name a media organization).
const MEDIA_ENDINGS: &[&str] =
    &["时报", "日报", "晚报", "早报", "邮报", "周刊", "杂志", "新闻", "论坛报", "财经", "商报"];
/// Characters common in Chinese given names: those seen at least 20 times after a
/// surname in the person names (`nr`) of jieba's full dictionary
/// (`make dict`).
static GIVEN_CHARS: &str = include_str!("../data/given_chars.txt");

/// Part of speech for three-character words the dictionary does not know.
/// jieba-rs guesses it with a POS HMM that ships only with its compiled-in dictionary
/// (2.5 MB), which NewsLens leaves out; the entity rules need only to know which new
/// words look like Chinese names: a surname followed by two given-name characters (with
/// one, too many common pairs like 高达 or 曾以 would pass).
pub(crate) fn guess_unknown_pos(gaz: &Gazetteer, tokens: &mut [Token]) {
    for t in tokens.iter_mut().filter(|t| !t.known && t.pos == "x") {
        let w: Vec<char> = t.word.chars().collect();
        let Some(sl) = gaz.surname_at(&w, 0) else { continue };
        if w.len() == sl + 2 && w[sl..].iter().all(|c| GIVEN_CHARS.contains(*c)) {
            t.pos = Pos::new("nr");
        }
    }
}

/// Characters typical of transliterated foreign names (拜登, 马斯克, 雷蒙多): a name made
/// only of these, tagged as a person name by jieba, is a person even without a surname.
const TRANSLIT: &str = "阿埃艾安奥巴拜班邦贝本比彼毕宾波伯博布查达戴丹德迪蒂丁东杜多厄恩法菲费芬佛夫福盖甘冈戈格哥古哈海汉豪赫亨华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸拉莱赖兰朗劳勒雷蕾里理丽利莉连林琳隆卢鲁路伦罗洛马迈麦曼梅蒙米敏莫姆穆纳娜奈内尼宁纽诺欧帕佩彭皮珀普奇琪乔切琼萨塞桑瑟森沙莎尚舍圣施史斯松苏索塔泰坦汤特提汀图托瓦万威维温翁沃乌西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹兹祖佐尔登";
/// Words after a name that make it a product.
const PRODUCT_CUES: &[&str] =
    &["芯片", "模型", "平台", "系统", "手机", "软件", "应用", "服务", "处理器", "大模型", "晶片"];
/// Words after a name that make it an event.
const EVENT_CUES: &[&str] = &["大会", "峰会", "论坛", "博览会", "展会", "会议", "开发者大会", "年会"];
/// Words that end the names of events written in Chinese.
const HAN_EVENT_ENDINGS: &[&str] = &[
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
/// Words that make an event phrase a named event.
const EVENT_QUALIFIERS: &[&str] = &["世界", "国际", "全国", "全球", "亚洲", "欧洲", "年度"];
/// Words before a Latin name that make it an organization.
const ORG_CUES_BEFORE: &[&str] = &["投行", "公司", "银行", "机构", "集团", "初创公司", "企业", "基金", "媒体", "券商"];
/// Chinese words that jieba may tag as names but are not (generic nouns).
const GENERIC: &[&str] = &[
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
const HONORIFICS: &[&str] = &["先生", "女士", "小姐", "同志", "夫人", "博士"];
/// Characters that end organization names jieba tags `nt`; other `nt` words (财务咨询,
/// 新兴产业) are usually activities, not organizations.
const ORG_END_CHARS: &str = "部局署院会所厅委社台党军队团司行校处办营组盟署馆府";
/// Characters that do not end a Chinese given name: a name read after a title stops
/// before them (发言人毛宁在 is 毛宁).
const NOT_NAME_END: &str = "在的了是和与及也都就说称表对向于将曾又还已被把让给从到为今昨等";
/// Words before a character that make it a measure, not a surname (这段时间, 一段时间).
const DEMONSTRATIVES: &str = "这那一每某哪该此各整";

/// [`TRANSLIT`], [`ORG_END_CHARS`], [`NOT_NAME_END`] and [`DEMONSTRATIVES`] as bitmaps:
/// the rules ask them for every token or char (a `str::contains` per ask showed in
/// the profile).
struct CharLists {
    translit: CharSet,
    org_end: CharSet,
    not_name_end: CharSet,
    demonstratives: CharSet,
}

fn char_lists() -> &'static CharLists {
    static LISTS: std::sync::OnceLock<CharLists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| CharLists {
        translit: CharSet::new(TRANSLIT),
        org_end: CharSet::new(ORG_END_CHARS),
        not_name_end: CharSet::new(NOT_NAME_END),
        demonstratives: CharSet::new(DEMONSTRATIVES),
    })
}
/// Verbs that give a person a new title: `X 接替 Y 成为新任 CEO`.
const TAKES_TITLE: &[&str] = &["成为", "出任", "担任", "接任", "升任", "兼任", "就任", "转任", "晋升为", "获任"];
/// Industry words that end company names after a proper name (南芯半导体, 武田药品工业).
const INDUSTRY_SUFFIXES: &[&str] = &[
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
const LIST_ORG_NOUNS: &[&str] = &["公司", "企业", "厂商", "银行", "机构", "品牌", "集团", "车企", "药企", "券商"];

/// Where a mention came from, strongest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Signal {
    /// A surname with a title (赖总统): only a reference to a full name in the text.
    Reference,
    Pos,
    /// The learned tagger ([`crate::ner`]).
    Model,
    Suffix,
    Latin,
    Gazetteer,
}

#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    kind: &'static str,
    signal: Signal,
    entry: Option<usize>,
}

/// The entities with the phrase-level links found while reading them.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub entities: Vec<Entity>,
    /// Every mention span with the index of its entity, sorted by start.
    pub spans: Vec<(usize, usize, usize)>,
    /// `(person, organization, char position)`: the person belongs to the organization.
    pub affiliations: Vec<(usize, usize, usize)>,
    /// `(child, parent, char position)`: the first organization is part of the second.
    pub part_of: Vec<(usize, usize, usize)>,
}

impl Extracted {
    /// The entity index owning the mention that covers `[start, end)` exactly.
    pub fn entity_at(&self, start: usize, end: usize) -> Option<usize> {
        self.spans.iter().find(|s| s.0 == start && s.1 == end).map(|s| s.2)
    }
}

crate::lexicon!(honorifics, HONORIFICS);
crate::lexicon!(org_suffixes, ORG_SUFFIXES);
crate::lexicon!(industry_suffixes, INDUSTRY_SUFFIXES);
crate::lexicon!(event_cues, EVENT_CUES);
crate::lexicon!(product_cues, PRODUCT_CUES);
crate::lexicon!(takes_title, TAKES_TITLE);
crate::lexicon!(tech, &["科技"]);

/// The end of the longest word of `list` at char `i`.
fn has_any_at(text: &Text<'_>, i: usize, list: &Lexicon) -> Option<usize> {
    list.longest_at(&text.norm, i).map(|w| i + w.chars().count())
}

fn has_any_before(text: &Text<'_>, end: usize, list: &[&str]) -> bool {
    list.iter().any(|w| text.norm_has_before(end, w))
}

fn skip_spaces(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() && chars[i] == ' ' {
        i += 1;
    }
    i
}

fn skip_spaces_back(chars: &[char], mut i: usize) -> usize {
    while i > 0 && chars[i - 1] == ' ' {
        i -= 1;
    }
    i
}

/// A Latin word: `[A-Za-z0-9]` with inner `.'’:&-`, plus a final `.` for abbreviations.
fn latin_word(chars: &[char], i: usize) -> Option<usize> {
    if !chars.get(i)?.is_ascii_alphanumeric() || (i > 0 && chars[i - 1].is_ascii_alphanumeric()) {
        return None;
    }
    let mut j = i;
    while j < chars.len() {
        let c = chars[j];
        let inner = matches!(c, '.' | '\'' | '’' | ':' | '&' | '-')
            && chars.get(j + 1).is_some_and(|n| n.is_ascii_alphanumeric());
        if c.is_ascii_alphanumeric() || inner {
            j += 1;
        } else {
            break;
        }
    }
    let word: String = chars[i..j].iter().collect();
    if chars.get(j) == Some(&'.') && latin_org_suffix(&format!("{word}.")) {
        j += 1;
    }
    Some(j)
}

/// Stock tickers (`QCOM.O`, `4502.T`, `SHP.L`) stand beside names; they are not names.
fn is_ticker(word: &str) -> bool {
    word.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty()
            && a.len() <= 6
            && a.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && (1..=2).contains(&b.len())
            && b.chars().all(|c| c.is_ascii_uppercase())
    })
}

fn qualifies(word: &str) -> bool {
    // 5G, 4G: technology generations, not names.
    let generation =
        word.len() <= 3 && word.ends_with('G') && word[..word.len() - 1].chars().all(|c| c.is_ascii_digit());
    !generation
        && !is_ticker(word)
        && word.chars().any(|c| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_alphabetic())
        && !LATIN_STOP.contains(&word)
        && !LATIN_STOP.contains(&word.trim_end_matches('.'))
}

/// Sentence-level shares of Han characters (computed once per sentence): English
/// sentences need stronger evidence.
fn han_shares(text: &Text<'_>, sentences: &[(usize, usize)]) -> Vec<f64> {
    sentences
        .iter()
        .map(|&(s, e)| {
            let han = text.norm[s..e].iter().filter(|&&c| is_han(c)).count();
            let latin = text.norm[s..e].iter().filter(|c| c.is_ascii_alphabetic()).count();
            if han + latin == 0 {
                1.0
            } else {
                // Weigh Latin letters as a third of a Han character each (a Han character
                // carries about as much as a short English word), so a Chinese sentence
                // with a few long English names is still Chinese.
                han as f64 / (han as f64 + latin as f64 / 3.0)
            }
        })
        .collect()
}

/// Extracts, merges and annotates the entities of a text.
pub fn extract(
    text: &Text<'_>,
    tokens: &[Token],
    sentences: &[(usize, usize)],
    gaz: &Gazetteer,
    learned: &[(usize, usize, &'static str)],
) -> Extracted {
    let chars = &text.norm;
    let n = chars.len();
    let mut boundary = vec![false; n + 1];
    boundary[0] = true;
    for t in tokens {
        boundary[t.start] = true;
        boundary[t.end] = true;
    }
    let mut cands: Vec<Candidate> = Vec::new();
    // Built on first use (a text without learned mentions may never ask).
    let spans = std::cell::OnceCell::new();
    let spans = || spans.get_or_init(|| TokenSpans::new(tokens));
    // Asked of every token: a fast hash (the default SipHash showed in the profile).
    let generic: std::collections::HashSet<&str, std::hash::BuildHasherDefault<crate::gazetteer::CharHasher>> =
        GENERIC.iter().copied().collect();
    let is_generic = |s: usize, e: usize| generic.contains(text.norm_slice(s, e));
    let titles = TitleIndex::new(gaz, chars);
    // Surname lengths at word starts, looked up once: several rules below ask.
    let surname: Vec<Option<usize>> =
        (0..n).map(|i| if boundary[i] && is_han(chars[i]) { gaz.surname_at(chars, i) } else { None }).collect();

    // 1. Gazetteer.
    let mut i = 0;
    while i < n {
        if let Some((mut end, id)) = gaz.name_at(text, i, |s, e| boundary[s] && boundary[e]) {
            // A known Latin name followed by a legal suffix (Anthropic PBC) takes it along.
            let after = skip_spaces(chars, end);
            if after > end {
                if let Some(we) = latin_word(chars, after) {
                    let w: String = chars[after..we].iter().collect();
                    if latin_org_suffix(&w) {
                        end = we;
                    }
                }
            }
            cands.push(Candidate {
                start: i,
                end,
                kind: gaz.entries[id].kind,
                signal: Signal::Gazetteer,
                entry: Some(id),
            });
            i = end;
        } else {
            i += 1;
        }
    }

    // 我国 ("our country") names the home country of the news: China in Simplified
    // text, Taiwan in Traditional text.
    let traditional = text.chars.iter().zip(&text.norm).any(|(a, b)| a != b && is_han(*a));
    let home = gaz.entry_named(if traditional { "台湾" } else { "中国" });
    if let Some(id) = home {
        for i in 0..n.saturating_sub(1) {
            if chars[i] == '我' && chars[i + 1] == '国' && boundary[i] && boundary[i + 2] {
                cands.push(Candidate {
                    start: i,
                    end: i + 2,
                    kind: "place",
                    signal: Signal::Gazetteer,
                    entry: Some(id),
                });
            }
        }
    }

    // 2. Latin name sequences.
    let shares = han_shares(text, sentences);
    let mut i = 0;
    while i < n {
        let Some(mut j) = latin_word(chars, i) else {
            i += 1;
            continue;
        };
        let first: String = chars[i..j].iter().collect();
        if !qualifies(&first) {
            i = j;
            continue;
        }
        let start = i;
        let mut words = vec![first];
        loop {
            let k = j + 1;
            if chars.get(j) != Some(&' ') {
                break;
            }
            // `Moor Insights & Strategy`, `Johnson & Johnson`: an ampersand between words.
            if chars.get(k) == Some(&'&') && chars.get(k + 1) == Some(&' ') {
                if let Some(e) = latin_word(chars, k + 2) {
                    let w: String = chars[k + 2..e].iter().collect();
                    if qualifies(&w) {
                        words.push("&".into());
                        words.push(w);
                        j = e;
                        continue;
                    }
                }
                break;
            }
            let Some(e) = latin_word(chars, k) else { break };
            let w: String = chars[k..e].iter().collect();
            // A model number inside a name counts when a capitalized word follows (Mate 60 Pro).
            let inner_number = w.chars().all(|c| c.is_ascii_digit())
                && chars.get(e) == Some(&' ')
                && latin_word(chars, e + 1).is_some_and(|e2| qualifies(&chars[e + 1..e2].iter().collect::<String>()));
            if !qualifies(&w) && !latin_org_suffix(&w) && !inner_number {
                break;
            }
            words.push(w);
            j = e;
        }
        i = j;
        let si = sentences.partition_point(|&(_, e)| e <= start);
        let english_context = sentences.get(si).is_some_and(|&(s, _)| s <= start) && shares[si] < 0.3;
        if english_context {
            continue;
        }
        let kind = type_latin(text, &titles, start, j, &words);
        let mut start = start;
        if kind == "product" && start > 0 && is_han(chars[start - 1]) {
            // A Chinese brand written against a model number (麒麟9000S) is one product name.
            if let Some(t) = token_ending_at(tokens, start) {
                let w: Vec<char> = t.word.chars().collect();
                if (2..=4).contains(&w.len())
                    && w.iter().all(|&c| is_han(c))
                    && t.pos.starts_with('n')
                    && !PRODUCT_CUES.contains(&t.word.as_str())
                {
                    start = t.start;
                }
            }
        }
        cands.push(Candidate { start, end: j, kind, signal: Signal::Latin, entry: None });
    }

    // Titles in 《》 that end like a newspaper or magazine name a media organization.
    for (i, &c) in chars.iter().enumerate() {
        if c != '《' {
            continue;
        }
        if let Some(close) = (i + 1..n.min(i + 20)).find(|&k| chars[k] == '》') {
            if close > i + 1 && MEDIA_ENDINGS.iter().any(|e| text.norm_has_before(close, e)) {
                cands.push(Candidate {
                    start: i + 1,
                    end: close,
                    kind: "organization",
                    signal: Signal::Suffix,
                    entry: None,
                });
            }
        }
    }

    // 3. Chinese names from POS tags and suffixes.
    let title_or_honorific_at = |i: usize| titles.at(i).is_some() || has_any_at(text, i, honorifics()).is_some();
    let lists = char_lists();
    let after_demonstrative = |i: usize| i > 0 && lists.demonstratives.contains(chars[i - 1]);
    for (ti, t) in tokens.iter().enumerate() {
        // The token's chars (tokens are slices of the normalized text).
        let w = &chars[t.start..t.end];
        debug_assert!(t.word.chars().eq(w.iter().copied()), "{} at {}", t.word, t.start);
        if !w.iter().all(|&c| is_han(c) || c == '·') || is_generic(t.start, t.end) || after_demonstrative(t.start) {
            continue;
        }
        let kind = match t.pos.as_str() {
            "nr" | "nrfg" | "nrt" => {
                // jieba's dictionary tags many common two-character words as names (顾问,
                // 高昂), so a two-character name must be new to the dictionary or stand
                // next to a title (川普总统, 习近平总书记); longer ones may be known.
                let titled = titles.ending(t.start).is_some() || title_or_honorific_at(t.end);
                let fresh = !t.known || w.len() >= 3 || titled;
                let chinese_name = gaz.surname_at(w, 0).is_some_and(|sl| (2..=3 + sl - 1).contains(&w.len()));
                let translit = || w.iter().all(|c| lists.translit.contains(*c));
                let person = (chinese_name && fresh)
                    || (t.pos != "nrt" && w.contains(&'·'))
                    // Without a surname, a title after the word vouches only for a new
                    // word or a transliteration (小提琴教授 is a violin professor).
                    || ((2..=4).contains(&w.len()) && title_or_honorific_at(t.end) && (!t.known || translit()))
                    || ((2..=5).contains(&w.len()) && fresh && translit());
                person.then_some("person")
            }
            // jieba tags many common words ns; alone, only names with a place suffix count.
            "ns" if w.len() >= 2 && PLACE_SUFFIXES.contains(&w[w.len() - 1]) => Some("place"),
            "nt" if w.len() >= 2
                && (lists.org_end.contains(w[w.len() - 1]) || ORG_SUFFIXES.iter().any(|s| t.word.ends_with(s))) =>
            {
                Some("organization")
            }
            _ => None,
        };
        if let Some(kind) = kind {
            cands.push(Candidate { start: t.start, end: t.end, kind, signal: Signal::Pos, entry: None });
        }
        // A place name the segmenter split from its suffix: 亚利桑纳/州.
        if t.pos == "ns" && w.len() >= 2 && !gaz.place_at(text, t.start, t.end) {
            if let Some(next) = tokens.get(ti + 1).filter(|n| n.start == t.end && n.word.chars().count() == 1) {
                if next.word.chars().next().is_some_and(|c| "州省市县".contains(c)) {
                    cands.push(Candidate {
                        start: t.start,
                        end: next.end,
                        kind: "place",
                        signal: Signal::Pos,
                        entry: None,
                    });
                }
            }
        }
        // Proper name (+ up to two common nouns) + organization suffix: 台湾经济研究院,
        // 北京邮电大学. The name must be a proper noun, so 科技咨询公司 is not an org.
        // Weak suffixes (科技, 半导体, 汽车) also follow places in generic phrases
        // (中国半导体, 美国科技), so with them the name must not be a place.
        let strong = has_any_at(text, t.end, org_suffixes()).filter(|&e| !text.norm_has_before(e, "科技"));
        let weak = has_any_at(text, t.end, industry_suffixes()).or_else(|| has_any_at(text, t.end, tech()));
        if let Some(end) = strong.or(weak) {
            let mut first = None;
            for back in 0..3 {
                let Some(k) = ti.checked_sub(back) else { break };
                let tk = &tokens[k];
                let place = tk.pos == "ns" || gaz.place_at(text, tk.start, tk.end);
                // A Han word new to the dictionary before a strong suffix (海澜/银行) is a
                // name too: jieba gives new words no POS without its 2.5 MB POS model.
                let fresh = !tk.known && tk.pos == "x" && tk.word.chars().count() >= 2 && tk.word.chars().all(is_han);
                let named = is_proper(tk) || (fresh && strong.is_some());
                if named && !generic.contains(tk.word.as_str()) && (strong.is_some() || !place) {
                    first = Some(k);
                    break;
                }
                if !is_common_noun(tk) {
                    break;
                }
            }
            if let Some(k) = first.filter(|&k| !GENERIC.contains(&text.norm_slice(tokens[k].start, end))) {
                cands.push(Candidate {
                    start: tokens[k].start,
                    end,
                    kind: "organization",
                    signal: Signal::Suffix,
                    entry: None,
                });
            }
        }
    }

    // Named events: a qualified phrase ending in an event word (世界人工智能大会,
    // 中国国际进口博览会, 第十五届全国运动会). A qualifier — a proper name, 世界/国际/全国,
    // a year or an ordinal — separates them from generic ones (股东大会).
    for (ti, t) in tokens.iter().enumerate() {
        // The word read from the text, not from the token: the text is read in order,
        // each token's own string would be a cache miss.
        let word = text.norm_slice(t.start, t.end);
        if !HAN_EVENT_ENDINGS.iter().any(|e| word.ends_with(e)) || !word.chars().all(is_han) {
            continue;
        }
        let mut start = t.start;
        let mut qualified = t.pos == "nz" && t.word.chars().count() > 3;
        for k in (0..ti).rev() {
            let tk = &tokens[k];
            if tk.end != start || t.end - tk.start > 14 {
                break;
            }
            let ordinal = tk.pos == "m" && (tk.word.starts_with('第') || tk.word.chars().all(|c| c.is_ascii_digit()));
            let ok = ordinal || matches!(tk.pos.as_str(), "n" | "nz" | "ns" | "nt" | "vn" | "j" | "nr" | "eng");
            if !ok || generic.contains(tk.word.as_str()) && !EVENT_QUALIFIERS.contains(&tk.word.as_str()) {
                break;
            }
            qualified |= ordinal || is_proper(tk) || EVENT_QUALIFIERS.contains(&tk.word.as_str());
            start = tk.start;
        }
        if qualified && t.end - start >= 3 {
            cands.push(Candidate { start, end: t.end, kind: "event", signal: Signal::Suffix, entry: None });
        }
    }

    // Surname + given name + title or honorific, where the segmenter split the name
    // (蒋/渭水/先生): the title vouches for the name. A single dictionary word (高层主管)
    // is a common noun, not a name.
    for i in 0..n {
        let Some(sl) = surname[i] else { continue };
        if after_demonstrative(i) {
            continue;
        }
        for l in [sl + 2, sl + 1] {
            let e = i + l;
            if e > n || !boundary[e] || !chars[i..e].iter().all(|&c| is_han(c)) || !title_or_honorific_at(e) {
                continue;
            }
            if lists.not_name_end.contains(chars[e - 1]) || titles.at(i + sl).is_some_and(|te| te <= e) {
                continue;
            }
            let at_i = spans().starting_before(i);
            let starting = || tokens[at_i..].iter().take_while(|t| t.start == i);
            let single = starting().find(|t| t.end == e);
            // The surname must stand as a name part, not as a preposition (向酒家负责人).
            let surname_token = starting().any(|t| t.end == i + sl && (t.pos.starts_with('n') || !t.known));
            let ok = match single {
                Some(t) => t.pos.starts_with("nr") || !t.known,
                None => surname_token,
            };
            if ok && !is_generic(i, e) {
                cands.push(Candidate { start: i, end: e, kind: "person", signal: Signal::Pos, entry: None });
                break;
            }
        }
    }

    // A surname right after a title starts a name (董事长魏哲家, 发言人毛宁) even where
    // the segmenter split it into single characters or glued the title's last character
    // to the name (美国商务部/长雷蒙多).
    for i in 0..n {
        let Some(p) = titles.at(i) else { continue };
        let glued = chars[p - 1] == '长';
        if p >= n || i > 0 && !boundary[i] && !glued || !(boundary[p] || glued) {
            continue;
        }
        let Some(sl) = gaz.surname_at(chars, p).or_else(|| lists.translit.contains(chars[p]).then_some(1)) else {
            continue;
        };
        let translit_only = gaz.surname_at(chars, p).is_none();
        // The segmenter may glue a following verb to the given name (陈立/文说): a
        // character that commonly follows names closes a three-character name anyway.
        let closes =
            |k: usize| k < n && (lists.not_name_end.contains(chars[k]) || "说表称指认透强告".contains(chars[k]));
        let len = [sl + 2, sl + 1].into_iter().find(|&l| {
            p + l <= n
                && (boundary[p + l] || (l == sl + 2 && closes(p + l)))
                && chars[p..p + l].iter().all(|&c| is_han(c))
                && !lists.not_name_end.contains(chars[p + l - 1])
                && (!translit_only || chars[p..p + l].iter().all(|c| lists.translit.contains(*c)))
        });
        if let Some(l) = len {
            if !is_generic(p, p + l) && titles.at(p).is_none() {
                cands.push(Candidate { start: p, end: p + l, kind: "person", signal: Signal::Pos, entry: None });
            }
        }
    }

    // Surname + title (赖总统, 王董事长) refers to a person named in full elsewhere.
    for (i, sl) in surname.iter().enumerate() {
        let Some(sl) = *sl else { continue };
        if after_demonstrative(i) {
            continue;
        }
        if let Some(te) = titles.at(i + sl).filter(|&te| boundary[te]) {
            cands.push(Candidate { start: i, end: te, kind: "person", signal: Signal::Reference, entry: None });
        }
    }

    // A Chinese rendering right before a Latin name in parentheses is the same referent:
    // `高级分析师赛格（Ahsel Sag）`, `美国科技咨询公司（Moor Insights & Strategy）`.
    let latin: Vec<Candidate> = cands.iter().filter(|c| c.signal == Signal::Latin).cloned().collect();
    // Gazetteer candidates by start, in candidate order (all were found in the first pass).
    let mut gazetteer_at: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, g) in cands.iter().enumerate().filter(|(_, g)| g.signal == Signal::Gazetteer) {
        gazetteer_at.entry(g.start).or_default().push(k);
    }
    for c in &latin {
        let open = skip_spaces_back(chars, c.start);
        if open == 0 || chars[open - 1] != '(' || chars.get(skip_spaces(chars, c.end)) != Some(&')') {
            continue;
        }
        let end = skip_spaces_back(chars, open - 1);
        let limit = if c.kind == "person" { 4 } else { 10 };
        let mut start = end;
        for t in tokens[..spans().ending_by(end)].iter().rev() {
            let han = t.word.chars().all(is_han);
            let stop = !han
                || t.pos == "nnt"
                || titles.ending(t.end).is_some()
                || matches!(t.pos.as_str(), "v" | "p" | "uj" | "c" | "r" | "d" | "m" | "q" | "x" | "u" | "ul")
                || end - t.start > limit
                || t.end != start;
            if stop {
                break;
            }
            start = t.start;
        }
        // A place at the front (美国科技咨询公司) stays its own mention.
        let front = gazetteer_at.get(&start).and_then(|ks| ks.iter().map(|&k| &cands[k]).find(|g| g.end < end));
        if let Some(g) = front {
            if g.kind == "place" {
                start = g.end;
            }
        }
        if end > start && (c.kind != "person" || end - start >= 2) {
            cands.push(Candidate { start, end, kind: c.kind, signal: Signal::Latin, entry: None });
        }
    }

    // A stock ticker in parentheses (`Rockwell Collins(COL.N)`, `武田药品工业(4502.T)`)
    // follows a listed company.
    let mut latin_ending: HashMap<usize, usize> = HashMap::new();
    for (k, c) in cands.iter().enumerate().filter(|(_, c)| c.signal == Signal::Latin) {
        latin_ending.entry(c.end).or_insert(k);
    }
    for i in 0..n {
        if chars[i] != '(' {
            continue;
        }
        let Some(we) = latin_word(chars, i + 1) else { continue };
        let word: String = chars[i + 1..we].iter().collect();
        if !is_ticker(&word) || chars.get(we) != Some(&')') {
            continue;
        }
        let end = skip_spaces_back(chars, i);
        if let Some(&k) = latin_ending.get(&end) {
            cands[k].kind = "organization";
            continue;
        }
        let mut start = end;
        let mut back = tokens[..spans().ending_by(end)].iter().rev().peekable();
        while let Some(t) = back.next() {
            if t.end != start || !t.word.chars().all(is_han) || end - t.start > 8 {
                break;
            }
            let proper = |t: &Token| is_proper(t) && !GENERIC.contains(&t.word.as_str());
            // A common noun (制药) belongs to the name when a name or a word new to the
            // dictionary (the segmenter's guess at a name, 蓝溪) precedes it.
            let keep =
                proper(t) || !t.known || (is_common_noun(t) && back.peek().is_some_and(|p| proper(p) || !p.known));
            if !keep {
                break;
            }
            start = t.start;
        }
        if end > start + 1 {
            cands.push(Candidate { start, end, kind: "organization", signal: Signal::Suffix, entry: None });
        }
    }

    // The learned tagger's mentions: names no rule knows (a person without title, a
    // company without suffix). Generic words and single characters are left out.
    for &(s, e, ty) in learned {
        // Names are short: a tagged run longer than 24 chars is a tagging accident.
        if e <= s + 1 || e > n || e - s > 24 || is_generic(s, e) || !boundary[s] || !boundary[e] {
            continue;
        }
        // Names are letters: no quotes or punctuation inside (“初创公司).
        if !chars[s..e]
            .iter()
            .all(|&c| is_han(c) || c.is_ascii_alphanumeric() || matches!(c, '·' | ' ' | '&' | '.' | '-'))
        {
            continue;
        }
        // A short word alone in quotation marks (「西进」) is a coined term, not a name.
        let quoted = s > 0
            && e < n
            && matches!(chars[s - 1], '「' | '“' | '『' | '"')
            && matches!(chars[e], '」' | '”' | '』' | '"');
        if quoted {
            continue;
        }
        let word: String = chars[s..e].iter().collect();
        if chars[s].is_ascii_alphanumeric() && word.split(' ').any(|w| !qualifies(w) && !latin_org_suffix(w)) {
            continue;
        }
        // A single dictionary word that jieba reads as a common word (麦克风, 西进) is
        // not a name, nor is a phrase opening with a generic word (全球半导体公司).
        let first_token = spans().starting_before(s);
        let inside: Vec<&Token> = tokens[first_token..].iter().take_while(|t| t.end <= e).collect();
        let common = |t: &Token| {
            t.known && !t.pos.starts_with("nr") && !matches!(t.pos.as_str(), "ns" | "nt" | "nz" | "eng" | "j")
        };
        if inside.len() == 1 && common(inside[0]) || inside.first().is_some_and(|t| generic.contains(t.word.as_str())) {
            continue;
        }
        // jieba's dictionary tags some common words as names (麦克风/nr): a known
        // dictionary word read as a person needs one of our surnames.
        if ty == "PER" && inside.len() == 1 && inside[0].known && surname[s].is_none() && !word.contains('·') {
            continue;
        }
        let kind = match ty {
            "PER" => "person",
            "ORG" => "organization",
            _ => "place",
        };
        cands.push(Candidate { start: s, end: e, kind, signal: Signal::Model, entry: None });
    }

    // A unit after its parent organization is one name: 新加坡国立大学 + 商学院.
    let orgs: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.kind == "organization" && c.signal <= Signal::Gazetteer)
        .map(|c| (c.start, c.end))
        .collect();
    let mut by_start: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(s2, e2) in &orgs {
        by_start.entry(s2).or_default().push(e2);
    }
    for &(s1, e1) in &orgs {
        for &e2 in by_start.get(&e1).map(Vec::as_slice).unwrap_or(&[]) {
            let s2 = e1;
            if e2 - s2 <= 6
                && ["学院", "研究院", "研究所", "实验室", "中心"].iter().any(|u| text.norm_has_before(e2, u))
            {
                cands.push(Candidate { start: s1, end: e2, kind: "organization", signal: Signal::Latin, entry: None });
            }
        }
    }

    // Items of a list that ends in `等公司` (`大立光、稳懋，以及日本村田等公司`) are
    // organizations.
    list_items(text, tokens, &mut cands);

    // An organization named by a suffix (台湾经济研究院, 华为技术公司) swallows the names
    // inside it; when it starts with a known organization it is another name of it.
    // (Candidates are looked up through an index by start and dropped by a flag, so a
    // long text with thousands of each costs no scan per organization.)
    let suffixed: Vec<(usize, usize)> =
        cands.iter().filter(|c| c.signal == Signal::Suffix).map(|c| (c.start, c.end)).collect();
    let mut by_start: Vec<usize> = (0..cands.len()).collect();
    by_start.sort_by_key(|&k| (cands[k].start, k));
    let mut dropped = vec![false; cands.len()];
    for (s, e) in suffixed {
        // Every candidate inside [s, e] starts in it.
        let from = by_start.partition_point(|&k| cands[k].start < s);
        let to = by_start.partition_point(|&k| cands[k].start <= e);
        let inside = &by_start[from..to];
        // The first such organization in candidate order (`inside` is in it per start).
        let inner = inside
            .iter()
            .copied()
            .filter(|&k| {
                let c = &cands[k];
                !dropped[k] && c.signal == Signal::Gazetteer && c.start == s && c.end < e && c.kind == "organization"
            })
            .min()
            .and_then(|k| cands[k].entry);
        for &k in inside {
            let c = &cands[k];
            if c.end <= e && (c.start, c.end) != (s, e) {
                dropped[k] = true;
            }
        }
        if let Some(id) = inner {
            for &k in inside {
                if !dropped[k] && (cands[k].start, cands[k].end) == (s, e) {
                    cands[k].entry = Some(id);
                }
            }
        }
    }
    let mut keep = dropped.iter().map(|d| !d);
    cands.retain(|_| keep.next().unwrap_or(true));

    // Resolve overlaps: strongest, then longest, first.
    cands.sort_by(|a, b| {
        b.signal.cmp(&a.signal).then((b.end - b.start).cmp(&(a.end - a.start))).then(a.start.cmp(&b.start))
    });
    let mut taken = vec![false; n];
    let mut accepted: Vec<Candidate> = Vec::new();
    for c in cands {
        if c.end > c.start && !taken[c.start..c.end].iter().any(|&t| t) {
            taken[c.start..c.end].iter_mut().for_each(|t| *t = true);
            accepted.push(c);
        }
    }
    abbreviations(text, tokens, gaz, &mut accepted);
    accepted.sort_by_key(|c| c.start);
    resolve_references(text, gaz, &mut accepted);
    let mut out = merge(text, gaz, &titles, accepted, tokens);
    repeat_mentions(text, &boundary, &mut out);
    out
}

fn is_proper(t: &Token) -> bool {
    matches!(t.pos.as_str(), "ns" | "nt" | "nz" | "nr" | "nrt" | "nrfg" | "eng")
}

fn is_common_noun(t: &Token) -> bool {
    matches!(t.pos.as_str(), "n" | "vn" | "nz" | "an") && t.word.chars().all(is_han)
}

/// [`list_items`]'s index: gazetteer places' ends by start, strong candidates' spans
/// sorted, and the longest of those spans.
type ListIndex = (HashMap<usize, Vec<usize>>, Vec<(usize, usize)>, usize);

/// Marks the items of `A、B(，)以及 C 等公司` as organizations: every item between list
/// separators, back to the start of the clause, at most six items of two to eight
/// characters.
fn list_items(text: &Text<'_>, tokens: &[Token], cands: &mut Vec<Candidate>) {
    let chars = &text.norm;
    // The candidates the items are checked against, indexed on first use (a scan of
    // every candidate per item was quadratic on long texts): gazetteer places by start,
    // in candidate order, and the spans of candidates stronger than a suffix, by start.
    // Items added here are neither, so the index stays exact as they are pushed.
    let mut index: Option<ListIndex> = None;
    for (ti, t) in tokens.iter().enumerate() {
        // The word read from the text (see the named events in `extract`).
        if text.norm_slice(t.start, t.end) != "等"
            || !LIST_ORG_NOUNS.iter().any(|w| tokens.get(ti + 1).is_some_and(|n| n.word == *w))
        {
            continue;
        }
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut end = skip_spaces_back(chars, t.start);
        let mut start = end;
        for k in (0..ti).rev() {
            let tk = &tokens[k];
            let w = tk.word.trim();
            if w.is_empty() {
                continue;
            }
            // `A、B，以及 C`: a comma continues the list only before 以及/及/和.
            let comma_joins = w == ","
                && tokens[k + 1..ti]
                    .iter()
                    .find(|n| !n.word.trim().is_empty())
                    .is_some_and(|n| matches!(n.word.as_str(), "以及" | "及" | "和"));
            let sep = matches!(w, "、" | "和" | "与" | "及" | "以及") || comma_joins;
            let word_ok = (tk.word.chars().all(is_han) || tk.pos == "eng")
                && !matches!(tk.pos.as_str(), "v" | "p" | "uj" | "c" | "r" | "d" | "m" | "q" | "u" | "ul" | "f");
            if sep || !word_ok || end - tk.start > 8 || items.len() >= 6 {
                if end > start {
                    items.push((start, end));
                }
                if !sep || items.len() >= 6 {
                    break;
                }
                end = skip_spaces_back(chars, tk.start);
                start = end;
                continue;
            }
            start = tk.start;
        }
        if items.len() < 2 {
            continue;
        }
        let (places, strong, longest) = index.get_or_insert_with(|| {
            let mut places: HashMap<usize, Vec<usize>> = HashMap::new();
            let mut strong = Vec::new();
            for c in cands.iter() {
                if c.kind == "place" && c.signal == Signal::Gazetteer {
                    places.entry(c.start).or_default().push(c.end);
                }
                if c.signal > Signal::Suffix {
                    strong.push((c.start, c.end));
                }
            }
            strong.sort_unstable();
            let longest = strong.iter().map(|&(s, e)| e.saturating_sub(s)).max().unwrap_or(0);
            (places, strong, longest)
        });
        for (mut s, e) in items {
            // A country before the company (日本村田) stays a place of its own.
            if let Some(&p_end) = places.get(&s).and_then(|ends| ends.iter().find(|&&pe| pe < e)) {
                s = p_end;
            }
            // Overlapping candidates start less than the longest one's length before `s`.
            let from = strong.partition_point(|&(cs, _)| cs + *longest <= s);
            let overlaps = strong[from..].iter().take_while(|&&(cs, _)| cs < e).any(|&(_, ce)| s < ce);
            if e - s >= 2 && !overlaps {
                cands.push(Candidate { start: s, end: e, kind: "organization", signal: Signal::Suffix, entry: None });
            }
        }
    }
}

/// Finds short forms of the long Chinese organization names found so far (北邮 for
/// 北京邮电大学, 北大 for 北京大学): a free word of two or three characters, made of the
/// long name's characters in order and starting with its first one. `merge` joins them.
fn abbreviations(text: &Text<'_>, tokens: &[Token], gaz: &Gazetteer, accepted: &mut Vec<Candidate>) {
    let chars = &text.norm;
    let long: Vec<&[char]> = accepted
        .iter()
        .filter(|c| c.kind == "organization" && c.end - c.start >= 4)
        .map(|c| &chars[c.start..c.end])
        .filter(|w| w.iter().all(|&ch| is_han(ch)))
        .collect();
    // Each distinct long name once: a name repeated a thousand times is one name.
    let mut long = long;
    long.sort_unstable();
    long.dedup();
    if long.is_empty() {
        return;
    }
    let mut covered = vec![false; chars.len()];
    for c in accepted.iter() {
        covered[c.start..c.end].iter_mut().for_each(|x| *x = true);
    }
    let mut found = Vec::new();
    for t in tokens {
        let w = &chars[t.start..t.end];
        let len = w.len();
        let free = !covered[t.start..t.end].iter().any(|&x| x);
        let nounish = matches!(t.pos.as_str(), "j" | "nt" | "nz" | "ns") || !t.known;
        if !(2..=3).contains(&len) || !free || !nounish || !w.iter().all(|&c| is_han(c)) {
            continue;
        }
        if GENERIC.contains(&t.word.as_str()) || gaz.place_at(text, t.start, t.end) {
            continue;
        }
        let is_abbrev = long.iter().any(|l| {
            let mut rest = l.iter();
            l[0] == w[0] && l.len() >= len + 2 && !l.starts_with(w) && w.iter().all(|c| rest.any(|x| x == c))
        });
        if is_abbrev {
            found.push(Candidate {
                start: t.start,
                end: t.end,
                kind: "organization",
                signal: Signal::Pos,
                entry: None,
            });
        }
    }
    accepted.extend(found);
}

/// Keeps a surname reference (赖总统) only when exactly one full name in the text has
/// that surname; it then joins that person's entity in `merge`.
fn resolve_references(text: &Text<'_>, gaz: &Gazetteer, cands: &mut Vec<Candidate>) {
    let chars = &text.norm;
    let full: Vec<String> = cands
        .iter()
        .filter(|c| c.kind == "person" && c.signal != Signal::Reference && (2..=4).contains(&(c.end - c.start)))
        .filter(|c| chars[c.start..c.end].iter().all(|&ch| is_han(ch)))
        .map(|c| chars[c.start..c.end].iter().collect())
        .collect();
    cands.retain(|c| {
        if c.signal != Signal::Reference {
            return true;
        }
        let sl = gaz.surname_at(chars, c.start).unwrap_or(1);
        let surname: String = chars[c.start..c.start + sl].iter().collect();
        let mut names: Vec<&String> = full.iter().filter(|f| f.starts_with(&surname)).collect();
        names.dedup();
        names.sort();
        names.dedup();
        names.len() == 1
    });
}

fn type_latin(text: &Text<'_>, titles: &TitleIndex, start: usize, end: usize, words: &[String]) -> &'static str {
    let chars = &text.norm;
    let after = skip_spaces(chars, end);
    let before = skip_spaces_back(chars, start);
    if latin_org_suffix(&words[words.len() - 1]) {
        return "organization";
    }
    if has_any_at(text, after, event_cues()).is_some() {
        return "event";
    }
    if has_any_at(text, after, product_cues()).is_some() || words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
    {
        return "product";
    }
    let before_de = if before > 0 && chars[before - 1] == '的' { skip_spaces_back(chars, before - 1) } else { before };
    let titled = titles.ending(before).is_some() || titles.ending(before_de).is_some();
    if titled {
        return "person";
    }
    if has_any_before(text, before, ORG_CUES_BEFORE) {
        return "organization";
    }
    let title_case = |w: &String| {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase()) && cs.all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'')
    };
    if words.len() >= 2 && words.len() <= 3 && words.iter().all(title_case) {
        return "person";
    }
    "organization"
}

/// The role titles of one text, looked up once per position: the title starting at each
/// char and the longest title ending at each char.
struct TitleIndex {
    /// Per char: the end of the longest title starting there, or [`TitleIndex::NONE`]
    /// (four bytes a char, not sixteen: the rules read it at random places of long
    /// texts, and the smaller arrays stay in cache).
    at: Vec<u32>,
    /// Per char index: the start of the longest title ending there, or `NONE`.
    ending: Vec<u32>,
}

impl TitleIndex {
    const NONE: u32 = u32::MAX;

    fn new(gaz: &Gazetteer, chars: &[char]) -> TitleIndex {
        let n = chars.len();
        let at: Vec<u32> = (0..n).map(|i| gaz.title_at(chars, i).map_or(Self::NONE, |e| e as u32)).collect();
        let mut ending = vec![Self::NONE; n + 1];
        for (s, &e) in at.iter().enumerate() {
            let e = e as usize;
            // Ascending starts: the first one seen is the longest title ending there.
            if e != Self::NONE as usize && e - s <= 8 && ending[e] == Self::NONE {
                ending[e] = s as u32;
            }
        }
        TitleIndex { at, ending }
    }

    /// The end of the longest title starting at `i`.
    fn at(&self, i: usize) -> Option<usize> {
        self.at.get(i).filter(|&&e| e != Self::NONE).map(|&e| e as usize)
    }

    /// The start of the longest title ending at `end`.
    fn ending(&self, end: usize) -> Option<usize> {
        self.ending.get(end).filter(|&&s| s != Self::NONE).map(|&s| s as usize)
    }
}

/// The tokens' starts and ends as compact arrays: binary searches over them stay in
/// cache (a `Token` is about ninety bytes, and a search over a long text's tokens
/// missed the cache at nearly every step).
struct TokenSpans {
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl TokenSpans {
    fn new(tokens: &[Token]) -> TokenSpans {
        TokenSpans {
            starts: tokens.iter().map(|t| t.start as u32).collect(),
            ends: tokens.iter().map(|t| t.end as u32).collect(),
        }
    }

    /// How many tokens start before char `i` (the index of the first starting there or
    /// later).
    fn starting_before(&self, i: usize) -> usize {
        self.starts.partition_point(|&s| (s as usize) < i)
    }

    /// How many tokens end at or before char index `end`.
    fn ending_by(&self, end: usize) -> usize {
        self.ends.partition_point(|&e| e as usize <= end)
    }
}

/// The token that ends exactly at `end` (tokens are sorted and contiguous).
fn token_ending_at(tokens: &[Token], end: usize) -> Option<&Token> {
    let k = tokens.partition_point(|t| t.end < end);
    tokens.get(k).filter(|t| t.end == end)
}

/// Union-find over candidate indices.
fn find(parent: &mut [usize], x: usize) -> usize {
    let mut r = x;
    while parent[r] != r {
        r = parent[r];
    }
    let mut y = x;
    while parent[y] != r {
        let next = parent[y];
        parent[y] = r;
        y = next;
    }
    r
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if ra != rb {
        // Keep the earlier mention as the root, so ids follow first mention.
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[hi] = lo;
    }
}

/// The merge key of a mention: its surface without spaces, lower-cased, and without a
/// legal suffix (`Norwell Inc.` joins `Norwell`).
fn key(text: &Text<'_>, c: &Candidate) -> String {
    let surface: String = text.norm[c.start..c.end].iter().collect();
    let core = match surface.rsplit_once(' ') {
        Some((head, last)) if c.kind == "organization" && LEGAL_SUFFIXES.contains(&last) => head.to_string(),
        _ => surface,
    };
    core.chars().filter(|c| !c.is_whitespace()).flat_map(|c| c.to_lowercase()).collect()
}

fn merge(
    text: &Text<'_>,
    gaz: &Gazetteer,
    titles: &TitleIndex,
    mut cands: Vec<Candidate>,
    tokens: &[Token],
) -> Extracted {
    let chars = &text.norm;
    let m = cands.len();
    let mut parent: Vec<usize> = (0..m).collect();

    // Same gazetteer entry or same normalized surface.
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let k = match c.entry {
            Some(id) => format!("#{id}"),
            None => key(text, c),
        };
        match by_key.get(&k) {
            Some(&j) => union(&mut parent, i, j),
            None => {
                by_key.insert(k.clone(), i);
            }
        }
        // A gazetteer entry also claims its surface key, so unknown-signal mentions of
        // the same form join it.
        if c.entry.is_some() {
            by_key.entry(key(text, c)).or_insert(i);
        }
    }

    // Surname references join the one full name with that surname.
    let mut full_by_first: HashMap<char, usize> = HashMap::new();
    for (j, c) in cands.iter().enumerate() {
        if c.signal != Signal::Reference
            && c.kind == "person"
            && (2..=4).contains(&(c.end - c.start))
            && chars[c.start..c.end].iter().all(|&ch| is_han(ch))
        {
            full_by_first.entry(chars[c.start]).or_insert(j);
        }
    }
    for i in 0..m {
        if cands[i].signal == Signal::Reference {
            if let Some(&j) = full_by_first.get(&chars[cands[i].start]) {
                union(&mut parent, i, j);
            }
        }
    }

    // Chinese abbreviations: a short organization name whose characters appear in order
    // in a longer one that starts the same way (台积电 ← 台湾积体电路制造, 北大 ← 北京大学).
    // Compared once per distinct surface (same surfaces are already one entity).
    let han_org = |c: &Candidate| c.kind == "organization" && chars[c.start..c.end].iter().all(|&ch| is_han(ch));
    let mut distinct: BTreeMap<&[char], usize> = BTreeMap::new();
    for (i, c) in cands.iter().enumerate() {
        if han_org(c) {
            distinct.entry(&chars[c.start..c.end]).or_insert(i);
        }
    }
    let distinct: Vec<(&[char], usize)> = distinct.into_iter().collect();
    for &(short, i) in &distinct {
        if !(2..=4).contains(&short.len()) {
            continue;
        }
        for &(long, j) in &distinct {
            if i == j || long.len() < short.len() + 2 || long[0] != short[0] {
                continue;
            }
            let mut rest = long.iter();
            if short.iter().all(|c| rest.any(|x| x == c)) {
                union(&mut parent, i, j);
            }
        }
    }

    // Latin family names after a full name: Garman → Matt Garman.
    // (Surfaces are slices of the normalized text, not strings made per candidate.)
    let mut last_names: HashMap<&str, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let surface = text.norm_slice(c.start, c.end);
        if c.kind == "person" {
            if let Some((_, last)) = surface.rsplit_once(' ') {
                last_names.entry(last).or_insert(i);
            }
        }
    }
    for (i, c) in cands.iter_mut().enumerate() {
        let surface = text.norm_slice(c.start, c.end);
        if !surface.contains(' ') {
            if let Some(&p) = last_names.get(surface) {
                c.kind = "person";
                union(&mut parent, i, p);
            }
        }
    }

    // Parenthesized translations: 辉达(Nvidia).
    for i in 0..m.saturating_sub(1) {
        let (a, b) = (&cands[i], &cands[i + 1]);
        let open = skip_spaces(chars, a.end);
        if chars.get(open) == Some(&'(') && skip_spaces(chars, open + 1) == b.start {
            let close = skip_spaces(chars, b.end);
            if chars.get(close) == Some(&')') && a.kind == b.kind {
                union(&mut parent, i, i + 1);
            }
        }
    }

    // Group into entities, numbered by first mention.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..m {
        let r = find(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut entity_of = vec![0usize; m];
    let mut entities = Vec::new();
    for (idx, members) in groups.values().enumerate() {
        let mut votes: BTreeMap<&'static str, usize> = BTreeMap::new();
        for &i in members {
            *votes.entry(cands[i].kind).or_default() += 1 + 2 * (cands[i].signal as usize);
        }
        let kind =
            votes.iter().max_by_key(|(k, v)| (**v, std::cmp::Reverse(**k))).map(|(k, _)| *k).unwrap_or("organization");
        let mut forms: Vec<(String, bool)> = Vec::new();
        let mut mentions = Vec::new();
        for &i in members {
            entity_of[i] = idx;
            let t = text.slice(cands[i].start, cands[i].end);
            if !forms.iter().any(|f| f.0 == t) {
                forms.push((t.clone(), cands[i].signal != Signal::Reference));
            }
            mentions.push(Mention { start: cands[i].start, end: cands[i].end, text: t });
        }
        // The fullest form is the name; a full name beats a surname with a title (魏哲家,
        // not 魏董事长).
        let name = forms
            .iter()
            .max_by_key(|(f, full)| (*full, f.chars().count(), std::cmp::Reverse(f.len())))
            .map(|f| f.0.clone())
            .unwrap_or_default();
        let forms: Vec<String> = forms.into_iter().map(|f| f.0).collect();
        let mut aliases: Vec<String> = forms.into_iter().filter(|f| *f != name).collect();
        // Built-in aliases: the English names of a known referent (谷歌 = Google), and a
        // Latin company name without its legal suffix (Grammarly Inc. = Grammarly).
        let mut extra: Vec<String> = Vec::new();
        if let Some(id) = members.iter().find_map(|&i| cands[i].entry) {
            extra.extend(gaz.entries[id].latin.iter().take(2).cloned());
        }
        for f in std::iter::once(&name).chain(aliases.iter()) {
            if let Some((head, last)) = f.rsplit_once(' ') {
                if LEGAL_SUFFIXES.contains(&last) && !head.is_empty() && !head.ends_with('&') {
                    extra.push(head.to_string());
                }
            }
        }
        for x in extra {
            let seen = |f: &String| f.eq_ignore_ascii_case(&x);
            if !seen(&name) && !aliases.iter().any(seen) {
                aliases.push(x);
            }
        }
        entities.push(Entity {
            id: format!("e{}", idx + 1),
            kind: kind.to_string(),
            name,
            aliases,
            roles: Vec::new(),
            mentions,
        });
    }
    let mut spans: Vec<(usize, usize, usize)> = (0..m).map(|i| (cands[i].start, cands[i].end, entity_of[i])).collect();
    spans.sort();

    let mut out = Extracted { entities, spans, ..Default::default() };
    link_roles(text, titles, &cands, &entity_of, tokens, &mut out);
    propagate_to_parents(&mut out);
    out
}

/// Document-level consistency: a name found once by a strong context (卡普里（Alex
/// Capri）, a title before it) is the same name wherever else it stands, so every other
/// occurrence on word boundaries becomes a mention of that entity too.
fn repeat_mentions(text: &Text<'_>, boundary: &[bool], out: &mut Extracted) {
    let chars = &text.norm;
    let n = chars.len();
    let mut covered = vec![false; n];
    for &(s, e, _) in &out.spans {
        covered[s..e].iter_mut().for_each(|c| *c = true);
    }
    // Forms by first char: (normalized form, entity).
    let mut forms: CharMap<Vec<(Vec<char>, usize)>> = CharMap::default();
    for (ei, en) in out.entities.iter().enumerate() {
        for m in &en.mentions {
            let f: Vec<char> = chars[m.start..m.end].to_vec();
            let han = f.iter().all(|&c| is_han(c));
            let latin = f.iter().all(|c| c.is_ascii_alphanumeric() || *c == ' ');
            if (han && f.len() >= 2 || latin && f.len() >= 3)
                && !forms.get(&f[0]).is_some_and(|l| l.iter().any(|x| x.0 == f))
            {
                forms.entry(f[0]).or_default().push((f, ei));
            }
        }
    }
    for list in forms.values_mut() {
        list.sort_by_key(|x| std::cmp::Reverse(x.0.len()));
    }
    let mut added = Vec::new();
    let mut i = 0;
    while i < n {
        let hit = forms.get(&chars[i]).and_then(|list| {
            list.iter().find(|(f, _)| {
                let e = i + f.len();
                e <= n
                    && chars[i..e] == f[..]
                    && !covered[i..e].iter().any(|&c| c)
                    && if f[0].is_ascii_alphanumeric() {
                        (i == 0 || !chars[i - 1].is_ascii_alphanumeric())
                            && (e == n || !chars[e].is_ascii_alphanumeric())
                    } else {
                        boundary[i] && boundary[e]
                    }
            })
        });
        match hit {
            Some((f, ei)) => {
                added.push((i, i + f.len(), *ei));
                i += f.len();
            }
            None => i += 1,
        }
    }
    for (s, e, ei) in added {
        out.entities[ei].mentions.push(Mention { start: s, end: e, text: text.slice(s, e) });
        out.spans.push((s, e, ei));
    }
    for en in &mut out.entities {
        en.mentions.sort_by_key(|m| m.start);
    }
    out.spans.sort();
}

/// Titles before a person (`分析师 Josh Beck`, `首席执行官的 Adam Selipsky`) become
/// roles; an organization before the title becomes an affiliation. `X 旗下的 Y` and an
/// organization directly followed by another (`亚马逊 AWS`) become `part_of`.
fn link_roles(
    text: &Text<'_>,
    titles: &TitleIndex,
    cands: &[Candidate],
    entity_of: &[usize],
    tokens: &[Token],
    out: &mut Extracted,
) {
    let chars = &text.norm;
    // Lookups by position, built once: a text may hold tens of thousands of mentions.
    let mut by_end: HashMap<usize, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        by_end.entry(c.end).or_insert(i);
    }
    let ending_at = |end: usize| by_end.get(&end).copied();
    // Candidate indices whose start lies in `[lo, hi)` (candidates are sorted by start).
    let window = |lo: usize, hi: usize| {
        let a = cands.partition_point(|c| c.start < lo);
        let b = cands.partition_point(|c| c.start < hi);
        a..b.max(a)
    };
    // Each candidate's entity kind, read once: the rules below ask it inside loops over
    // candidates, and kinds do not change here (only roles and links are added).
    let kinds: Vec<&'static str> = entity_of
        .iter()
        .map(|&e| match out.entities[e].kind.as_str() {
            "organization" => "organization",
            "place" => "place",
            "person" => "person",
            _ => "",
        })
        .collect();
    // For `公司发言人` with no company named: the organization mentioned most often
    // before a point, for every point at once (built on first use: organizations by
    // end, and the leader after each prefix; counts only grow, so the leader is kept
    // as they are counted).
    let mut most_mentioned: Option<(Vec<usize>, Vec<Option<usize>>)> = None;
    // Place candidates by surface, the first of each (for government bodies below).
    let mut places: Option<HashMap<&[char], usize>> = None;
    let mut government_links: std::collections::HashSet<(usize, usize)> = Default::default();
    // Clauses are short; looking back at most 200 chars keeps unpunctuated text linear.
    let clause_start = |i: usize| {
        let floor = i.saturating_sub(200);
        (floor..i)
            .rev()
            .find(|&k| {
                matches!(chars[k], '。' | '，' | ',' | '；' | ';' | '！' | '？' | '\n' | '“' | '”' | '「' | '」')
            })
            .map_or(floor, |k| k + 1)
    };
    let clause_end = |i: usize| {
        let ceiling = (i + 200).min(chars.len());
        (i..ceiling)
            .find(|&k| matches!(chars[k], '。' | '，' | ',' | '；' | ';' | '！' | '？' | '\n'))
            .unwrap_or(ceiling)
    };
    for (i, c) in cands.iter().enumerate() {
        let e = entity_of[i];
        if out.entities[e].kind == "person" {
            let mut p = skip_spaces_back(chars, c.start);
            if p > 0 && chars[p - 1] == '的' {
                p = skip_spaces_back(chars, p - 1);
            }
            // An organization or country right before the name (台积电魏哲家董事长,
            // 美国川普总统) is an affiliation.
            if let Some(oi) = ending_at(skip_spaces_back(chars, c.start)) {
                if oi != i && matches!(kinds[oi], "organization" | "place") {
                    out.affiliations.push((e, entity_of[oi], c.start));
                }
            }
            // A title right after a Chinese name (魏哲家董事长) is a role too.
            if let Some(te) = titles.at(c.end).filter(|_| is_han(chars[c.end.saturating_sub(1)])) {
                add_role(out, e, text.slice(c.end, te));
            }
            if let Some(core) = titles.ending(p) {
                let ts = extend_title(chars, tokens, core);
                for (a, b) in [(core, p), (ts, p)] {
                    if a < b {
                        add_role(out, e, text.slice(a, b));
                    }
                }
                // Organizations inside the qualified title (美国商务部长, 台湾经济研究院
                // 产经资料库总监) are affiliations, and so is a country that opens it.
                for oi in window(ts.saturating_sub(24), core) {
                    let o = &cands[oi];
                    let k = kinds[oi];
                    // Inside, or holding the title's first characters (美国商务部/长).
                    let inside = o.start < core && o.end > ts && (o.start >= ts || o.end > core);
                    if inside && (k == "organization" || (k == "place" && o.start == ts)) {
                        out.affiliations.push((e, entity_of[oi], c.start));
                    }
                }
                // Before the title: `摩根大通的全球并购副主管`, `花旗集团(C.N)购并业务…`,
                // `投行 Raymond James 的分析师`, `其首席技术官` (its: the last organization).
                let q = skip_back_fillers(text, ts);
                let q0 = skip_spaces_back(chars, ts);
                // An organization in parentheses right before the title
                // (美国科技咨询公司（Moor Insights & Strategy）高级分析师).
                let in_parens = (q0 > 0 && chars[q0 - 1] == ')')
                    .then(|| ending_at(skip_spaces_back(chars, q0 - 1)))
                    .flatten()
                    .filter(|&oi| kinds[oi] == "organization");
                if let Some(oi) = in_parens.or_else(|| ending_at(q)) {
                    if matches!(kinds[oi], "organization" | "place") {
                        out.affiliations.push((e, entity_of[oi], c.start));
                    }
                } else if text.norm_has_before(q0, "其") {
                    // 其 ("its") points to the subject: the first organization of the
                    // clause, or of the one before.
                    let from = clause_start(clause_start(q).saturating_sub(1));
                    let first = window(from, q).find(|&oi| cands[oi].end <= q && kinds[oi] == "organization");
                    if let Some(oi) = first {
                        out.affiliations.push((e, entity_of[oi], c.start));
                    }
                } else if text.norm_has_before(q0, "公司") || (ts < core && text.norm_has_at(ts, "公司")) {
                    // 公司发言人 with no company named: the company the story is about so
                    // far, the organization mentioned most often before this point.
                    let (ends, leaders) = most_mentioned.get_or_insert_with(|| {
                        let mut orgs: Vec<usize> = (0..cands.len()).filter(|&oi| kinds[oi] == "organization").collect();
                        orgs.sort_by_key(|&oi| cands[oi].end);
                        let mut counts: HashMap<usize, usize> = HashMap::new();
                        let mut leader: Option<(usize, std::cmp::Reverse<usize>)> = None;
                        let mut leaders = vec![None];
                        for &oi in &orgs {
                            let o = entity_of[oi];
                            let n = counts.entry(o).or_default();
                            *n += 1;
                            // Most mentions, then the entity found first (lowest id).
                            if leader.is_none_or(|l| (*n, std::cmp::Reverse(o)) > l) {
                                leader = Some((*n, std::cmp::Reverse(o)));
                            }
                            leaders.push(leader.map(|l| l.1 .0));
                        }
                        (orgs.iter().map(|&oi| cands[oi].end).collect(), leaders)
                    });
                    if let Some(o) = leaders[ends.partition_point(|&end| end <= q)] {
                        out.affiliations.push((e, o, c.start));
                    }
                }
            }
            // `X 接替 Y 成为新任 CEO`, `X 出任台积电董事长`: a title taken in the clause,
            // by its subject (not by Y, the one replaced).
            let end = clause_end(c.end);
            let replaced = ["接替", "取代", "接任", "替代"]
                .iter()
                .any(|w| text.norm_has_before(skip_spaces_back(chars, c.start), w));
            let verb = (c.end..end).find_map(|k| has_any_at(text, k, takes_title())).filter(|_| !replaced);
            if let Some(verb_end) = verb {
                let mut q = skip_spaces(chars, verb_end);
                for adj in ["新任", "新一任", "首任", "下一任", "该公司", "公司"] {
                    if text.norm_has_at(q, adj) {
                        q = skip_spaces(chars, q + adj.chars().count());
                    }
                }
                let mut org = None;
                if let Some(oi) = window(q, q + 1).next() {
                    if kinds[oi] == "organization" {
                        org = Some(entity_of[oi]);
                        q = skip_spaces(chars, cands[oi].end);
                        if chars.get(q) == Some(&'的') {
                            q = skip_spaces(chars, q + 1);
                        }
                    }
                }
                // Only a title makes it a position (成为华为手机代言人 is not one).
                if let Some(te) = titles.at(q) {
                    add_role(out, e, text.slice(q, te));
                    if let Some(o) = org {
                        out.affiliations.push((e, o, c.start));
                    }
                }
            }
            // `在 AWS 工作多年的老将 Matt Garman`: the workplace before the name.
            let from = clause_start(c.start);
            for oi in window(from + 1, c.start) {
                let o = &cands[oi];
                if o.start > from
                    && o.end < c.start
                    && kinds[oi] == "organization"
                    && text.norm_has_before(skip_spaces_back(chars, o.start), "在")
                    && ["工作", "任职", "服务", "供职"].iter().any(|w| text.norm_has_at(skip_spaces(chars, o.end), w))
                {
                    out.affiliations.push((e, entity_of[oi], c.start));
                }
            }
        }
        if out.entities[e].kind == "organization" {
            let p = skip_spaces_back(chars, c.start);
            let q = if text.norm_has_before(p, "旗下的") {
                Some(p - 3)
            } else if text.norm_has_before(p, "旗下") {
                Some(p - 2)
            } else if p < c.start {
                Some(p)
            } else {
                None
            };
            if let Some(q) = q {
                if let Some(oi) = ending_at(skip_spaces_back(chars, q)) {
                    let o = entity_of[oi];
                    if o != e && out.entities[o].kind == "organization" {
                        out.part_of.push((e, o, c.start));
                    }
                }
            }
            // A government body named after its country (美国商务部, 中国外交部) is part of it.
            // The place is the first place candidate whose surface begins this one.
            let surface = &chars[c.start..c.end];
            if GOVERNMENT_ENDINGS.iter().any(|g| text.norm_slice(c.start, c.end).ends_with(g)) {
                let places = places.get_or_insert_with(|| {
                    let mut m: HashMap<&[char], usize> = HashMap::new();
                    for (pi, pc) in cands.iter().enumerate().filter(|(pi, _)| kinds[*pi] == "place") {
                        m.entry(&chars[pc.start..pc.end]).or_insert(pi);
                    }
                    m
                });
                let first = (1..surface.len()).filter_map(|l| places.get(&surface[..l]).copied()).min();
                if let Some(pe) = first.map(|pi| entity_of[pi]) {
                    if government_links.insert((e, pe)) {
                        out.part_of.push((e, pe, c.start));
                    }
                }
            }
        }
    }
}

/// A person in a part of an organization is affiliated with the whole too (美国商务部长
/// → 美国商务部 → 美国; AWS 发言人 → AWS → 亚马逊).
fn propagate_to_parents(out: &mut Extracted) {
    let mut parents: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &(child, parent, _) in &out.part_of {
        let list = parents.entry(child).or_default();
        if !list.contains(&parent) {
            list.push(parent);
        }
    }
    let mut have: std::collections::HashSet<(usize, usize)> = out.affiliations.iter().map(|a| (a.0, a.1)).collect();
    let mut extra = Vec::new();
    for &(p, o, at) in &out.affiliations {
        for &parent in parents.get(&o).map(Vec::as_slice).unwrap_or(&[]) {
            if have.insert((p, parent)) {
                extra.push((p, parent, at));
            }
        }
    }
    out.affiliations.extend(extra);
}

/// Endings of government bodies: 部, 局, 署, 政府, 国会 ….
const GOVERNMENT_ENDINGS: &[&str] = &["部", "局", "署", "政府", "国会", "议会", "委员会", "办公室", "军"];

fn add_role(out: &mut Extracted, e: usize, role: String) {
    if !out.entities[e].roles.contains(&role) {
        out.entities[e].roles.push(role);
    }
}

/// Extends a title leftwards over the words that qualify it (美国商务部长, 全球并购副主管,
/// 购并业务全球联席主管): nouns, and verbs inside a noun compound (并购 after 全球 or
/// after a ticker), whole words only, stopping at anything else (但其首席技术官 stays
/// 首席技术官).
fn extend_title(chars: &[char], tokens: &[Token], core: usize) -> usize {
    let nounish = |t: &Token| matches!(t.pos.as_str(), "n" | "nz" | "vn" | "ns" | "nt" | "b" | "f" | "s" | "nnt" | "j");
    let mut ts = core;
    while let Some(ti) =
        Some(tokens.partition_point(|t| t.end < ts)).filter(|&k| tokens.get(k).is_some_and(|t| t.end == ts))
    {
        let t = &tokens[ti];
        if !t.word.chars().all(is_han) || core - t.start > 12 {
            break;
        }
        let verb_in_compound = t.pos == "v"
            && t.word.chars().count() >= 2
            && (t.start > 0 && chars[t.start - 1] == ')'
                || ti.checked_sub(1).is_some_and(|k| tokens[k].end == t.start && nounish(&tokens[k])));
        if !nounish(t) && !verb_in_compound {
            break;
        }
        ts = t.start;
    }
    ts
}

/// Steps back over what may stand between an organization and a title: spaces, `的`,
/// `公司`, and a ticker in parentheses (`花旗集团(C.N)`).
fn skip_back_fillers(text: &Text<'_>, ts: usize) -> usize {
    let chars = &text.norm;
    let mut q = skip_spaces_back(chars, ts);
    if q > 0 && chars[q - 1] == ')' {
        if let Some(open) = (q.saturating_sub(12)..q - 1).rev().find(|&k| chars[k] == '(') {
            let inner: String = chars[open + 1..q - 1].iter().collect();
            if is_ticker(&inner) || inner.chars().all(|c| c.is_ascii_alphanumeric() || c == '.') {
                q = skip_spaces_back(chars, open);
            }
        }
    }
    for filler in ["公司", "的"] {
        if text.norm_has_before(q, filler) {
            q = skip_spaces_back(chars, q - filler.chars().count());
        }
    }
    q
}
