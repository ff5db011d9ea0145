//! Interface language: 繁體中文, 简体中文 or English, chosen from the browser's
//! languages and switchable. Every visible label goes through [`t`].

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

/// A label in the given language.
pub fn t(lang: Lang, key: &str) -> &'static str {
    let (hant, hans, en) = match key {
        "tagline" => ("誰、何時、誰說了什麼——全部在你的瀏覽器中分析。", "谁、何时、谁说了什么——全部在你的浏览器中分析。", "Who, when and who said what — analyzed entirely in your browser."),
        "paste" => ("貼上新聞文章", "粘贴新闻文章", "Paste a news article"),
        "article_date" => ("文章日期", "文章日期", "Article date"),
        "sample" => ("試用範例文章", "试用示例文章", "Try a sample article"),
        "clear" => ("清除", "清除", "Clear"),
        "how_title" => ("使用方式", "使用方式", "How it works"),
        "how" => ("貼上一篇中文（繁體或簡體）或中英混合的新聞，或試用範例。NewsLens 找出人物、機構與地點，把有日期的事件放上時間軸，列出誰說了什麼——不會把任何內容傳出去。", "粘贴一篇中文（繁体或简体）或中英混合的新闻，或试用示例。NewsLens 找出人物、机构与地点，把有日期的事件放上时间轴，列出谁说了什么——不会把任何内容传出去。", "Paste a Chinese (Traditional or Simplified) or mixed-script news article, or try the sample. NewsLens finds the people, organizations and places, puts dated events on a timeline and lists who claimed what — without sending anything anywhere."),
        "loading" => ("正在載入詞典…", "正在加载词典…", "Loading dictionary…"),
        "analyzing" => ("分析中…", "分析中…", "Analyzing…"),
        "edit_cancels" => ("繼續編輯會重新開始", "继续编辑会重新开始", "editing restarts it"),
        "ready" => ("就緒", "就绪", "Ready"),
        "article" => ("文章", "文章", "Article"),
        "legend" => ("圖例", "图例", "Legend"),
        "person" => ("人物", "人物", "Person"),
        "organization" => ("機構", "机构", "Organization"),
        "place" => ("地點", "地点", "Place"),
        "product" => ("產品", "产品", "Product"),
        "event" => ("事件", "事件", "Event"),
        "time" => ("時間", "时间", "Time"),
        "figure" => ("數字", "数字", "Figure"),
        "claim" => ("說法", "说法", "Claim"),
        "timeline" => ("時間軸", "时间轴", "Timeline"),
        "undated" => ("無法定位日期", "无法定位日期", "Without a resolvable date"),
        "actors" => ("人物與機構", "人物与机构", "Actors"),
        "network" => ("關係網絡", "关系网络", "Network"),
        "claims" => ("說法與來源", "说法与来源", "Claims and sources"),
        "figures" => ("關鍵數字", "关键数字", "Key figures"),
        "words" => ("分詞與關鍵詞", "分词与关键词", "Words and key terms"),
        "show_words" => ("顯示分詞", "显示分词", "Show segmentation"),
        "named" => ("具名", "具名", "named"),
        "anonymous" => ("匿名", "匿名", "anonymous"),
        "group" => ("群體", "群体", "group"),
        "mentions" => ("次提及", "次提及", "mentions"),
        "claims_made" => ("則說法", "则说法", "claims made"),
        "aliases" => ("又稱", "又称", "also"),
        "roles" => ("職銜", "职衔", "roles"),
        "affiliations" => ("所屬", "所属", "affiliated with"),
        "quoted" => ("引述", "引述", "quoted"),
        "reported" => ("轉述", "转述", "reported"),
        "export_json" => ("匯出 JSON", "导出 JSON", "Export JSON"),
        "export_csv" => ("匯出 CSV", "导出 CSV", "Export CSV"),
        "export_md" => ("匯出報告", "导出报告", "Export report"),
        "share" => ("產生分享連結", "生成分享链接", "Make share link"),
        "share_done" => ("連結已複製並放入網址列（文章只在 # 之後，不會傳到伺服器）", "链接已复制并放入地址栏（文章只在 # 之后，不会传到服务器）", "Link copied and placed in the address bar (the article sits after #, never sent to a server)"),
        "date_user" => ("你指定的日期", "你指定的日期", "your date"),
        "date_text" => ("文中找到的日期", "文中找到的日期", "found in the text"),
        "date_none" => ("沒有日期：相對時間無法換算，請填寫文章日期", "没有日期：相对时间无法换算，请填写文章日期", "none: relative dates stay unresolved — set the article date"),
        "dates_against" => ("日期換算基準", "日期换算基准", "Dates resolved against"),
        "filter" => ("篩選中", "筛选中", "Filtering by"),
        "show_all" => ("顯示全部", "显示全部", "Show all"),
        "value" => ("數值", "数值", "Value"),
        "unit" => ("單位", "单位", "Unit"),
        "text" => ("原文", "原文", "Text"),
        "kind" => ("類型", "类型", "Type"),
        "language" => ("介面語言", "界面语言", "Language"),
        "private" => ("你貼上的內容不會離開這個頁面。", "你粘贴的内容不会离开这个页面。", "Nothing you paste leaves this page."),
        "key_terms" => ("關鍵詞", "关键词", "Key terms"),
        "no_model" => ("未載入學習模型，僅用規則", "未加载学习模型，仅用规则", "learned model not loaded: rules only"),
        "list_limit" => ("文章很長：各清單只列出前 300 項（標題中的數目是全部）。", "文章很长：各列表只列出前 300 项（标题中的数目是全部）。", "A long text: each list shows its first 300 items (the counts in the headings are complete)."),
        "highlight_limit" => ("文章很長：只為前 60,000 字標示重點，其餘以純文字顯示；各面板仍涵蓋全文。", "文章很长：只为前 60,000 字标示重点，其余以纯文本显示；各面板仍涵盖全文。", "A long text: highlights cover the first 60,000 characters, the rest is shown plain; every panel covers the whole text."),
        "restarted" => ("分析程序曾停止，已重新啟動；你的文字仍在。", "分析程序曾停止，已重新启动；你的文字仍在。", "The analysis worker stopped and was restarted; your text is kept."),
        "no_items" => ("沒有找到。", "没有找到。", "None found."),
        _ => ("?", "?", "?"),
    };
    match lang {
        Lang::ZhHant => hant,
        Lang::ZhHans => hans,
        Lang::En => en,
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
    fn every_label_exists_in_every_language() {
        for key in ["tagline", "paste", "timeline", "claims", "share_done", "private", "date_none"] {
            for lang in Lang::ALL {
                assert_ne!(t(lang, key), "?", "{key} missing");
            }
        }
    }
}
