//! Entities: mentions from several signals, merged into one entity per referent, with
//! roles and the affiliation / ownership phrases that later become relations.
//!
//! Signals, strongest first: the gazetteer (known names with bilingual aliases), Latin
//! name sequences typed by their context, organization/place suffixes, and jieba's POS
//! tags for Chinese names. Overlaps are resolved in favour of the stronger, then the
//! longer mention.

use crate::analysis::{Entity, Mention};
use crate::gazetteer::Gazetteer;
use crate::segment::Token;
use crate::text::{is_han, Text};
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
/// Latin words that end organization names.
const LATIN_ORG_SUFFIXES: &[&str] = &[
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
    "Group",
    "Bank",
    "Capital",
    "Partners",
    "Holdings",
    "Technologies",
    "Labs",
    "Co.",
    "AG",
    "SA",
    "GmbH",
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
/// Characters typical of transliterated foreign names (拜登, 马斯克, 雷蒙多): a name made
/// only of these, tagged as a person name by jieba, is a person even without a surname.
const TRANSLIT: &str = "阿埃艾安奥巴拜班邦贝本比彼毕宾波伯博布查达戴丹德迪蒂丁东杜多厄恩法菲费芬佛夫福盖甘冈戈格哥古哈海汉豪赫亨华霍基吉加贾杰捷金卡凯坎康柯科克肯库夸拉莱赖兰朗劳勒雷蕾里理丽利莉连林琳隆卢鲁路伦罗洛马迈麦曼梅蒙米敏莫姆穆纳娜奈内尼宁纽诺欧帕佩彭皮珀普奇琪乔切琼萨塞桑瑟森沙莎尚舍圣施史斯松苏索塔泰坦汤特提汀图托瓦万威维温翁沃乌西希锡夏谢辛休雅亚扬耶伊因英尤于约泽扎詹兹祖佐尔登";
/// Words after a name that make it a product.
const PRODUCT_CUES: &[&str] =
    &["芯片", "模型", "平台", "系统", "手机", "软件", "应用", "服务", "处理器", "大模型", "晶片"];
/// Words after a name that make it an event.
const EVENT_CUES: &[&str] = &["大会", "峰会", "论坛", "博览会", "展会", "会议", "开发者大会", "年会"];
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
];

/// Where a mention came from, strongest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Signal {
    Pos,
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

fn words_set(list: &[&str]) -> Vec<Vec<char>> {
    list.iter().map(|w| w.chars().collect()).collect()
}

fn has_any_at(text: &Text<'_>, i: usize, list: &[&str]) -> Option<usize> {
    list.iter().filter(|w| text.norm_has_at(i, w)).map(|w| i + w.chars().count()).max()
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
    if chars.get(j) == Some(&'.') && LATIN_ORG_SUFFIXES.contains(&format!("{word}.").as_str()) {
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

/// Sentence-level share of Han characters: English sentences need stronger evidence.
fn han_share(text: &Text<'_>, sentences: &[(usize, usize)], i: usize) -> f64 {
    let Some(&(s, e)) = sentences.iter().find(|&&(s, e)| s <= i && i < e) else { return 1.0 };
    let han = text.norm[s..e].iter().filter(|&&c| is_han(c)).count();
    let latin = text.norm[s..e].iter().filter(|c| c.is_ascii_alphabetic()).count();
    if han + latin == 0 {
        1.0
    } else {
        han as f64 / (han + latin) as f64
    }
}

/// Extracts, merges and annotates the entities of a text.
pub fn extract(text: &Text<'_>, tokens: &[Token], sentences: &[(usize, usize)], gaz: &Gazetteer) -> Extracted {
    let chars = &text.norm;
    let n = chars.len();
    let mut boundary = vec![false; n + 1];
    boundary[0] = true;
    for t in tokens {
        boundary[t.start] = true;
        boundary[t.end] = true;
    }
    let mut cands: Vec<Candidate> = Vec::new();
    let generic = words_set(GENERIC);

    // 1. Gazetteer.
    let mut i = 0;
    while i < n {
        if let Some((mut end, id)) = gaz.name_at(text, i, |s, e| boundary[s] && boundary[e]) {
            // A known Latin name followed by a legal suffix (Anthropic PBC) takes it along.
            let after = skip_spaces(chars, end);
            if after > end {
                if let Some(we) = latin_word(chars, after) {
                    let w: String = chars[after..we].iter().collect();
                    if LATIN_ORG_SUFFIXES.contains(&w.as_str()) {
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

    // 2. Latin name sequences.
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
            let Some(e) = latin_word(chars, k) else { break };
            let w: String = chars[k..e].iter().collect();
            // A model number inside a name counts when a capitalized word follows (Mate 60 Pro).
            let inner_number = w.chars().all(|c| c.is_ascii_digit())
                && chars.get(e) == Some(&' ')
                && latin_word(chars, e + 1).is_some_and(|e2| qualifies(&chars[e + 1..e2].iter().collect::<String>()));
            if !qualifies(&w) && !LATIN_ORG_SUFFIXES.contains(&w.as_str()) && !inner_number {
                break;
            }
            words.push(w);
            j = e;
        }
        i = j;
        let english_context = han_share(text, sentences, start) < 0.3;
        if english_context {
            continue;
        }
        let kind = type_latin(text, gaz, start, j, &words);
        let mut start = start;
        if kind == "product" && start > 0 && is_han(chars[start - 1]) {
            // A Chinese brand written against a model number (麒麟9000S) is one product name.
            if let Some(t) = tokens.iter().find(|t| t.end == start) {
                let w: Vec<char> = t.word.chars().collect();
                if (2..=4).contains(&w.len()) && w.iter().all(|&c| is_han(c)) && t.pos.starts_with('n') {
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
    for (ti, t) in tokens.iter().enumerate() {
        let w: Vec<char> = t.word.chars().collect();
        if !w.iter().all(|&c| is_han(c) || c == '·') || generic.contains(&w) {
            continue;
        }
        // jieba's dictionary tags many common two-character words as names (顾问, 高昂), so
        // a two-character name must be new to the dictionary; longer ones may be known.
        let titled = gaz.title_ending_at(chars, t.start).is_some();
        let fresh = !t.known || w.len() >= 3 || titled;
        let surname = gaz.surname_at(&w, 0);
        let chinese_name = surname.is_some_and(|sl| (2..=3 + sl - 1).contains(&w.len()));
        let kind = match t.pos.as_str() {
            "nr" | "nrfg" | "nrt" if chinese_name && fresh => Some("person"),
            "nr" | "nrfg" if w.contains(&'·') => Some("person"),
            "nr" | "nrfg" | "nrt" if (2..=5).contains(&w.len()) && fresh && w.iter().all(|c| TRANSLIT.contains(*c)) => {
                Some("person")
            }
            // jieba tags many common words ns; alone, only names with a place suffix count.
            "ns" if w.len() >= 2 && PLACE_SUFFIXES.contains(&w[w.len() - 1]) => Some("place"),
            "nt" if w.len() >= 2 => Some("organization"),
            _ => None,
        };
        if let Some(kind) = kind {
            cands.push(Candidate { start: t.start, end: t.end, kind, signal: Signal::Pos, entry: None });
        }
        // Proper name (+ up to two common nouns) + organization suffix: 台湾经济研究院,
        // 北京邮电大学. The name must be a proper noun, so 科技咨询公司 is not an org.
        if let Some(end) = has_any_at(text, t.end, ORG_SUFFIXES) {
            let proper = |t: &Token| matches!(t.pos.as_str(), "ns" | "nt" | "nz" | "nr" | "nrt" | "eng");
            let common = |t: &Token| matches!(t.pos.as_str(), "n" | "vn" | "nz" | "an") && t.word.chars().all(is_han);
            let mut first = None;
            for back in 0..3 {
                let Some(k) = ti.checked_sub(back) else { break };
                let tk = &tokens[k];
                if proper(tk) && !generic.contains(&tk.word.chars().collect()) {
                    first = Some(k);
                    break;
                }
                if !common(tk) {
                    break;
                }
            }
            if let Some(k) = first {
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

    // A surname right after a title starts a name (董事长魏哲家, 发言人毛宁) even where
    // the segmenter split it into single characters.
    for i in 0..n {
        let Some(p) = gaz.title_at(chars, i) else { continue };
        if i > 0 && !boundary[i] || !boundary[p] {
            continue;
        }
        let Some(sl) = gaz.surname_at(chars, p) else { continue };
        let len = [sl + 2, sl + 1]
            .into_iter()
            .find(|&l| p + l <= n && boundary[p + l] && chars[p..p + l].iter().all(|&c| is_han(c)));
        if let Some(l) = len {
            let word: Vec<char> = chars[p..p + l].to_vec();
            if !generic.contains(&word) && gaz.title_at(chars, p).is_none() {
                cands.push(Candidate { start: p, end: p + l, kind: "person", signal: Signal::Pos, entry: None });
            }
        }
    }

    // An organization named by a suffix (台湾经济研究院, 华为技术公司) swallows the names
    // inside it; when it starts with a known organization it is another name of it.
    let suffixed: Vec<(usize, usize)> =
        cands.iter().filter(|c| c.signal == Signal::Suffix).map(|c| (c.start, c.end)).collect();
    for (s, e) in suffixed {
        let inner = cands
            .iter()
            .find(|c| c.signal == Signal::Gazetteer && c.start == s && c.end < e && c.kind == "organization")
            .and_then(|c| c.entry);
        cands.retain(|c| !(c.start >= s && c.end <= e && (c.start, c.end) != (s, e)));
        if let Some(id) = inner {
            cands.iter_mut().filter(|c| (c.start, c.end) == (s, e)).for_each(|c| c.entry = Some(id));
        }
    }

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
    accepted.sort_by_key(|c| c.start);
    merge(text, gaz, accepted, tokens)
}

fn type_latin(text: &Text<'_>, gaz: &Gazetteer, start: usize, end: usize, words: &[String]) -> &'static str {
    let chars = &text.norm;
    let after = skip_spaces(chars, end);
    let before = skip_spaces_back(chars, start);
    if LATIN_ORG_SUFFIXES.contains(&words[words.len() - 1].as_str()) {
        return "organization";
    }
    if has_any_at(text, after, EVENT_CUES).is_some() {
        return "event";
    }
    if has_any_at(text, after, PRODUCT_CUES).is_some() || words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())) {
        return "product";
    }
    let before_de = if before > 0 && chars[before - 1] == '的' { skip_spaces_back(chars, before - 1) } else { before };
    let titled = gaz.title_ending_at(chars, before).is_some() || gaz.title_ending_at(chars, before_de).is_some();
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

fn key(text: &Text<'_>, c: &Candidate) -> String {
    text.norm[c.start..c.end].iter().filter(|c| !c.is_whitespace()).flat_map(|c| c.to_lowercase()).collect()
}

fn merge(text: &Text<'_>, gaz: &Gazetteer, mut cands: Vec<Candidate>, tokens: &[Token]) -> Extracted {
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

    // Latin family names after a full name: Garman → Matt Garman.
    let mut last_names: HashMap<String, usize> = HashMap::new();
    for (i, c) in cands.iter().enumerate() {
        let surface: String = chars[c.start..c.end].iter().collect();
        let parts: Vec<&str> = surface.split(' ').collect();
        if c.kind == "person" && parts.len() >= 2 {
            last_names.entry(parts[parts.len() - 1].to_string()).or_insert(i);
        }
    }
    for (i, c) in cands.iter_mut().enumerate() {
        let surface: String = chars[c.start..c.end].iter().collect();
        if !surface.contains(' ') {
            if let Some(&p) = last_names.get(&surface) {
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
        let mut forms: Vec<String> = Vec::new();
        let mut mentions = Vec::new();
        for &i in members {
            entity_of[i] = idx;
            let t = text.slice(cands[i].start, cands[i].end);
            if !forms.contains(&t) {
                forms.push(t.clone());
            }
            mentions.push(Mention { start: cands[i].start, end: cands[i].end, text: t });
        }
        let name =
            forms.iter().max_by_key(|f| (f.chars().count(), std::cmp::Reverse(f.len()))).cloned().unwrap_or_default();
        let aliases = forms.into_iter().filter(|f| *f != name).collect();
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
    link_roles(text, gaz, &cands, &entity_of, tokens, &mut out);
    out
}

/// Titles before a person (`分析师 Josh Beck`, `首席执行官的 Adam Selipsky`) become
/// roles; an organization before the title becomes an affiliation. `X 旗下的 Y` and an
/// organization directly followed by another (`亚马逊 AWS`) become `part_of`.
fn link_roles(
    text: &Text<'_>,
    gaz: &Gazetteer,
    cands: &[Candidate],
    entity_of: &[usize],
    tokens: &[Token],
    out: &mut Extracted,
) {
    let chars = &text.norm;
    let ending_at = |end: usize| cands.iter().position(|c| c.end == end);
    for (i, c) in cands.iter().enumerate() {
        let e = entity_of[i];
        if out.entities[e].kind == "person" {
            let mut p = skip_spaces_back(chars, c.start);
            if p > 0 && chars[p - 1] == '的' {
                p = skip_spaces_back(chars, p - 1);
            }
            // An organization right before the name (台积电魏哲家董事长) is an affiliation.
            if let Some(oi) = ending_at(skip_spaces_back(chars, c.start)) {
                if oi != i && out.entities[entity_of[oi]].kind == "organization" {
                    out.affiliations.push((e, entity_of[oi], c.start));
                }
            }
            // A title right after a Chinese name (魏哲家董事长) is a role too.
            if let Some(te) = gaz.title_at(chars, c.end).filter(|_| is_han(chars[c.end.saturating_sub(1)])) {
                let role = text.slice(c.end, te);
                if !out.entities[e].roles.contains(&role) {
                    out.entities[e].roles.push(role);
                }
            }
            if let Some(core) = gaz.title_ending_at(chars, p) {
                // Extend the title over the nouns that qualify it (美国商务部长, 全球联席主管),
                // whole words only, stopping at anything else (但其首席技术官 stays 首席技术官).
                let mut ts = core;
                while let Some(t) = tokens.iter().find(|t| t.end == ts) {
                    let nounish =
                        matches!(t.pos.as_str(), "n" | "nz" | "vn" | "ns" | "nt" | "b" | "f" | "s" | "nnt" | "j");
                    if !nounish || !t.word.chars().all(is_han) || core - t.start > 12 {
                        break;
                    }
                    ts = t.start;
                }
                // Organizations and places inside the extended title are affiliations.
                for (oi, o) in cands.iter().enumerate() {
                    let k = out.entities[entity_of[oi]].kind.as_str();
                    if o.start >= ts && o.end <= core && matches!(k, "organization" | "place") {
                        out.affiliations.push((e, entity_of[oi], c.start));
                    }
                }
                for (a, b) in [(core, p), (ts, p)] {
                    let role = text.slice(a, b);
                    if a < b && !out.entities[e].roles.contains(&role) {
                        out.entities[e].roles.push(role);
                    }
                }
                let ts = core;
                let mut q = skip_spaces_back(chars, ts);
                for filler in ["公司", "的"] {
                    if text.norm_has_before(q, filler) {
                        q = skip_spaces_back(chars, q - filler.chars().count());
                    }
                }
                if let Some(oi) = ending_at(q) {
                    let o = entity_of[oi];
                    if matches!(out.entities[o].kind.as_str(), "organization" | "place") {
                        out.affiliations.push((e, o, c.start));
                    }
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
        }
    }
}
