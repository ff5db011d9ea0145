//! Interface language: 繁體中文, 简体中文 or English, chosen from the browser's
//! languages and switchable. Every visible label goes through [`t`], named by a
//! [`Key`] (checked at compile time: a key without its three texts does not build).

use newslens_engine::{EntityKind, MentionKind, SourceKind};

/// The interface languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    ZhHant,
    ZhHans,
    En,
}

impl Lang {
    /// The language for a BCP 47 tag (`zh-TW`, `zh-Hant-HK`, `zh-CN`, `en-US`).
    pub fn from_tag(tag: &str) -> Lang {
        let t = tag.to_ascii_lowercase();
        if !t.starts_with("zh") {
            Lang::En
        } else if t.contains("hant") || t.contains("tw") || t.contains("hk") || t.contains("mo") {
            Lang::ZhHant
        } else {
            Lang::ZhHans
        }
    }

    /// The HTML `lang` value.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHant => "zh-Hant",
            Lang::ZhHans => "zh-Hans",
            Lang::En => "en",
        }
    }

    pub const ALL: [Lang; 3] = [Lang::ZhHant, Lang::ZhHans, Lang::En];

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::ZhHant => "繁體中文",
            Lang::ZhHans => "简体中文",
            Lang::En => "English",
        }
    }
}

/// Declares the label keys: one variant per label with its text in 繁體中文, 简体中文
/// and English, so a mistyped key is a compile error and every key has all three.
macro_rules! labels {
    ($($key:ident => ($hant:expr, $hans:expr, $en:expr),)+) => {
        /// A label of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key {
            $($key),+
        }

        impl Key {
            /// Every label.
            pub const ALL: &'static [Key] = &[$(Key::$key),+];

            /// The label in 繁體中文, 简体中文 and English.
            const fn texts(self) -> [&'static str; 3] {
                match self {
                    $(Key::$key => [$hant, $hans, $en]),+
                }
            }
        }
    };
}

#[rustfmt::skip]
labels! {
    Tagline => ("誰、何時、誰說了什麼——全部在你的瀏覽器中分析。", "谁、何时、谁说了什么——全部在你的浏览器中分析。", "Who, when and who said what — analyzed entirely in your browser."),
    Paste => ("貼上新聞文章", "粘贴新闻文章", "Paste a news article"),
    ArticleDate => ("文章日期", "文章日期", "Article date"),
    Sample => ("試用範例文章", "试用示例文章", "Try a sample article"),
    Clear => ("清除", "清除", "Clear"),
    HowTitle => ("使用方式", "使用方式", "How it works"),
    How => ("貼上一篇中文（繁體或簡體）或中英混合的新聞，或試用範例。NewsLens 找出人物、機構與地點，把有日期的事件放上時間軸，列出誰說了什麼——不會把任何內容傳出去。", "粘贴一篇中文（繁体或简体）或中英混合的新闻，或试用示例。NewsLens 找出人物、机构与地点，把有日期的事件放上时间轴，列出谁说了什么——不会把任何内容传出去。", "Paste a Chinese (Traditional or Simplified) or mixed-script news article, or try the sample. NewsLens finds the people, organizations and places, puts dated events on a timeline and lists who claimed what — without sending anything anywhere."),
    Loading => ("正在載入詞典…", "正在加载词典…", "Loading dictionary…"),
    Analyzing => ("分析中…", "分析中…", "Analyzing…"),
    EditCancels => ("繼續編輯會重新開始", "继续编辑会重新开始", "editing restarts it"),
    Ready => ("就緒", "就绪", "Ready"),
    Article => ("文章", "文章", "Article"),
    Legend => ("圖例", "图例", "Legend"),
    Person => ("人物", "人物", "Person"),
    Organization => ("機構", "机构", "Organization"),
    Place => ("地點", "地点", "Place"),
    Product => ("產品", "产品", "Product"),
    Event => ("事件", "事件", "Event"),
    Time => ("時間", "时间", "Time"),
    Figure => ("數字", "数字", "Figure"),
    Claim => ("說法", "说法", "Claim"),
    Reference => ("指稱（稱謂、代詞）", "指称（称谓、代词）", "Reference (title, pronoun)"),
    TitleOf => ("稱謂，指", "称谓，指", "title referring to"),
    PronounOf => ("代詞，指", "代词，指", "pronoun referring to"),
    Timeline => ("時間軸", "时间轴", "Timeline"),
    Undated => ("無法定位日期", "无法定位日期", "Without a resolvable date"),
    Actors => ("人物與機構", "人物与机构", "Actors"),
    Network => ("關係網絡", "关系网络", "Network"),
    Claims => ("說法與來源", "说法与来源", "Claims and sources"),
    Figures => ("關鍵數字", "关键数字", "Key figures"),
    Words => ("分詞與關鍵詞", "分词与关键词", "Words and key terms"),
    ShowWords => ("顯示分詞", "显示分词", "Show segmentation"),
    Named => ("具名", "具名", "named"),
    Anonymous => ("匿名", "匿名", "anonymous"),
    Group => ("群體", "群体", "group"),
    Aliases => ("又稱", "又称", "also"),
    Roles => ("職銜", "职衔", "roles"),
    Affiliations => ("所屬", "所属", "affiliated with"),
    Quoted => ("引述", "引述", "quoted"),
    Reported => ("轉述", "转述", "reported"),
    ExportJson => ("匯出 JSON", "导出 JSON", "Export JSON"),
    ExportCsv => ("匯出 CSV", "导出 CSV", "Export CSV"),
    ExportMd => ("匯出報告", "导出报告", "Export report"),
    Print => ("列印 / PDF", "打印 / PDF", "Print / PDF"),
    Share => ("產生分享連結", "生成分享链接", "Make share link"),
    ShareDone => ("連結已複製並放入網址列（文章只在 # 之後，不會傳到伺服器）", "链接已复制并放入地址栏（文章只在 # 之后，不会传到服务器）", "Link copied and placed in the address bar (the article sits after #, never sent to a server)"),
    DateUser => ("你指定的日期", "你指定的日期", "your date"),
    DateText => ("文中找到的日期", "文中找到的日期", "found in the text"),
    DateNone => ("沒有找到日期：以今天為準，請填寫文章日期", "没有找到日期：以今天为准，请填写文章日期", "no date found: today — set the article date"),
    DateFile => ("檔案中的發布日期", "文件中的发布日期", "publication date from the file"),
    NoDate => ("沒有找到發布日期——相對時間以今天（{}）換算。", "没有找到发布日期——相对时间以今天（{}）换算。", "No publication date found — relative dates are resolved against today ({})."),
    OpenFile => ("開啟檔案…", "打开文件…", "Open file…"),
    DropHint => ("或把 .txt、.md、.html 檔案拖放到這裡", "或把 .txt、.md、.html 文件拖放到这里", "or drop a .txt, .md or .html file here"),
    Loaded => ("已載入", "已载入", "Loaded"),
    Restore => ("還原先前的文字", "还原先前的文字", "Restore the previous text"),
    Unchanged => ("你的文字沒有改變。", "你的文字没有改变。", "Your text is unchanged."),
    FileUnsupported => ("只能開啟 .txt、.md、.html 或 .htm 檔案。", "只能打开 .txt、.md、.html 或 .htm 文件。", "Only .txt, .md, .html or .htm files can be opened."),
    FileTooLarge => ("檔案太大（{} 位元組）；NewsLens 最多分析 2 MB。", "文件太大（{} 字节）；NewsLens 最多分析 2 MB。", "The file is too large ({} bytes); NewsLens analyzes up to 2 MB."),
    FileBinary => ("這不是文字檔（含有二進位資料）。", "这不是文本文件（含有二进制数据）。", "This is not a text file (it holds binary data)."),
    FileUtf16 => ("檔案是 UTF-16 編碼；請另存為 UTF-8。", "文件是 UTF-16 编码；请另存为 UTF-8。", "The file is UTF-16 text; save it as UTF-8."),
    FileNotUtf8 => ("檔案不是 UTF-8 文字（Big5？GBK？）；請另存為 UTF-8。", "文件不是 UTF-8 文本（Big5？GBK？）；请另存为 UTF-8。", "The file is not UTF-8 text (Big5? GBK?); save it as UTF-8."),
    FileEmpty => ("檔案中沒有找到文章文字。", "文件中没有找到文章文字。", "No article text found in the file."),
    FileUnreadable => ("無法讀取這個檔案。", "无法读取这个文件。", "The file could not be read."),
    DatesAgainst => ("日期換算基準", "日期换算基准", "Dates resolved against"),
    Filter => ("篩選中", "筛选中", "Filtering by"),
    ShowAll => ("顯示全部", "显示全部", "Show all"),
    Value => ("數值", "数值", "Value"),
    Unit => ("單位", "单位", "Unit"),
    Text => ("原文", "原文", "Text"),
    Kind => ("類型", "类型", "Type"),
    Language => ("介面語言", "界面语言", "Language"),
    Private => ("你貼上的內容不會離開這個頁面。", "你粘贴的内容不会离开这个页面。", "Nothing you paste leaves this page."),
    KeyTerms => ("關鍵詞", "关键词", "Key terms"),
    NoModel => ("未載入學習模型，僅用規則", "未加载学习模型，仅用规则", "learned model not loaded: rules only"),
    ListLimit => ("文章很長：各清單只列出前 300 項（標題中的數目是全部）。", "文章很长：各列表只列出前 300 项（标题中的数目是全部）。", "A long text: each list shows its first 300 items (the counts in the headings are complete)."),
    HighlightLimit => ("文章很長：只為前 60,000 字標示重點，其餘以純文字顯示；各面板仍涵蓋全文。", "文章很长：只为前 60,000 字标示重点，其余以纯文本显示；各面板仍涵盖全文。", "A long text: highlights cover the first 60,000 characters, the rest is shown plain; every panel covers the whole text."),
    Restarted => ("分析程序曾停止，已重新啟動；你的文字仍在。", "分析程序曾停止，已重新启动；你的文字仍在。", "The analysis worker stopped and was restarted; your text is kept."),
    NoItems => ("沒有找到。", "没有找到。", "None found."),
}

/// Things counted in the interface: each with its word for one and for more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    Mention,
    Claim,
}

/// `n` things in `lang`: the number grouped by thousands and the word in its number
/// (`1 mention`, `2 mentions`; Chinese has one form: `1 次提及`).
pub fn count(lang: Lang, n: usize, what: Counted) -> String {
    let word = match (lang, what, n == 1) {
        (Lang::En, Counted::Mention, true) => "mention",
        (Lang::En, Counted::Mention, false) => "mentions",
        (Lang::En, Counted::Claim, true) => "claim",
        (Lang::En, Counted::Claim, false) => "claims",
        (_, Counted::Mention, _) => "次提及",
        (Lang::ZhHant, Counted::Claim, _) => "則說法",
        (_, Counted::Claim, _) => "则说法",
    };
    format!("{} {word}", number(lang, n))
}

/// A whole number as written in `lang`: digits grouped by thousands with commas, the
/// usage of English and of Chinese in Taiwan, Hong Kong and mainland China alike.
pub fn number(_lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A label with `{}` filled in by `value`.
pub fn fill(lang: Lang, key: Key, value: &str) -> String {
    t(lang, key).replacen("{}", value, 1)
}

/// A label in the given language.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let [hant, hans, en] = key.texts();
    match lang {
        Lang::ZhHant => hant,
        Lang::ZhHans => hans,
        Lang::En => en,
    }
}

impl From<EntityKind> for Key {
    fn from(kind: EntityKind) -> Key {
        match kind {
            EntityKind::Person => Key::Person,
            EntityKind::Organization => Key::Organization,
            EntityKind::Place => Key::Place,
            EntityKind::Product => Key::Product,
            EntityKind::Event => Key::Event,
        }
    }
}

impl From<SourceKind> for Key {
    fn from(kind: SourceKind) -> Key {
        match kind {
            SourceKind::Named => Key::Named,
            SourceKind::Organization => Key::Organization,
            SourceKind::Group => Key::Group,
            SourceKind::Anonymous => Key::Anonymous,
        }
    }
}

impl Key {
    /// The label saying what a reference mention is (`title referring to` …), or
    /// `None` for a name, which needs no saying.
    pub fn reference(kind: MentionKind) -> Option<Key> {
        match kind {
            MentionKind::Name => None,
            MentionKind::Title => Some(Key::TitleOf),
            MentionKind::Pronoun => Some(Key::PronounOf),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_tags_choose_the_script() {
        assert_eq!(Lang::from_tag("zh-TW"), Lang::ZhHant);
        assert_eq!(Lang::from_tag("zh-Hant-HK"), Lang::ZhHant);
        assert_eq!(Lang::from_tag("zh-CN"), Lang::ZhHans);
        assert_eq!(Lang::from_tag("zh"), Lang::ZhHans);
        assert_eq!(Lang::from_tag("en-US"), Lang::En);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
    }

    #[test]
    fn counts_read_right_in_every_language() {
        assert_eq!(count(Lang::En, 1, Counted::Mention), "1 mention");
        assert_eq!(count(Lang::En, 2, Counted::Mention), "2 mentions");
        assert_eq!(count(Lang::En, 0, Counted::Claim), "0 claims");
        assert_eq!(count(Lang::En, 1, Counted::Claim), "1 claim");
        assert_eq!(count(Lang::ZhHant, 1, Counted::Claim), "1 則說法");
        assert_eq!(count(Lang::ZhHans, 12_345, Counted::Mention), "12,345 次提及");
        assert_eq!(number(Lang::En, 999), "999");
        assert_eq!(number(Lang::En, 1_000), "1,000");
        assert_eq!(number(Lang::ZhHant, 1_234_567), "1,234,567");
        assert_eq!(fill(Lang::En, Key::FileTooLarge, "3,000,000").matches("3,000,000").count(), 1);
        for lang in Lang::ALL {
            assert!(fill(lang, Key::NoDate, "2024-05-02").contains("2024-05-02"));
        }
    }

    #[test]
    fn every_label_exists_in_every_language() {
        for &key in Key::ALL {
            for lang in Lang::ALL {
                assert!(!t(lang, key).is_empty(), "{key:?} missing");
            }
        }
    }

    #[test]
    fn every_engine_kind_has_a_label() {
        assert_eq!(t(Lang::En, EntityKind::Person.into()), "Person");
        assert_eq!(t(Lang::ZhHant, SourceKind::Anonymous.into()), "匿名");
        for &k in EntityKind::ALL {
            assert!(!t(Lang::En, k.into()).is_empty());
        }
        for &k in SourceKind::ALL {
            assert!(!t(Lang::ZhHans, k.into()).is_empty());
        }
        for &k in MentionKind::ALL {
            assert_eq!(Key::reference(k).is_none(), k == MentionKind::Name, "{k}");
        }
    }
}
