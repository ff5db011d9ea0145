//! The catalogue of bad and unusual inputs, shared by the engine and CLI
//! tests: each case has a name and a text. Large cases are generated, not stored.

/// `(name, text)` for every case. `big` adds the multi-megabyte ones.
pub fn cases(big: bool) -> Vec<(&'static str, String)> {
    let mut v: Vec<(&'static str, String)> = vec![
        ("empty", String::new()),
        ("whitespace only", " \t\n\u{3000}\r\n  ".into()),
        ("one character", "我".into()),
        ("punctuation only", "，。！？、；：「」『』（）……——".repeat(20)),
        ("digits only", "0123456789".repeat(50)),
        ("latin only", "Matt Garman said on Thursday that AWS would ship Trainium3 in 2026.".into()),
        ("NUL and control characters", "亞馬遜\u{0}AWS\u{1}\u{7}\u{1b}[31m週四\u{8}表示\u{7f}，".into()),
        ("emoji with ZWJ and skin tones", "👩🏽‍💻 表示 👨‍👩‍👧‍👦 週四 🇹🇼 Matt Garman 👍🏿 40 億美元".into()),
        ("CJK extension B", "𠀀𠀁𠮷野家 𡈽 表示，𪚥 去年9月".into()),
        ("combining marks", "e\u{301}\u{302}\u{303} 亞馬遜\u{300} Garman\u{301} 表示".into()),
        ("right-to-left", "مرحبا بالعالم שלום עולם 亞馬遜表示，AWS".into()),
        ("full-width ASCII", "ＡＷＳ　執行長　Ｍａｔｔ　Ｇａｒｍａｎ　２０２３年９月".into()),
        ("CRLF line ends", "亞馬遜表示，\r\nAWS 週四宣布。\r\n\r\n2023 年 9 月".into()),
        ("CR line ends", "亞馬遜表示，\rAWS 週四宣布。\r2023 年 9 月".into()),
        ("BOM", "\u{feff}亞馬遜 AWS 執行長 Matt Garman 表示，".into()),
        (
            "pasted HTML",
            "<script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">連結</a> 微軟表示，<b>測試</b>".into(),
        ),
        ("markdown", "# 標題\n\n- **亞馬遜** 表示\n- [AWS](https://aws.amazon.com) `code`\n\n> 引用".into()),
        ("impossible dates", "2月30日 13月 2023年2月29日 民國0年 32日 0月0日 9999年99月99日".into()),
        ("huge numbers", "9999999999999億 1e308 99999999999999999999999999999999 元 ９９９９億億美元".into()),
        ("mixed scripts", "亞馬遜与谷歌在台積電和台积电的合作中表示，國家与国家".into()),
        ("japanese", "東京都の天気は晴れです。トヨタ自動車の社長は記者会見で述べた。".into()),
        ("korean", "삼성전자는 목요일 발표했다. 서울의 날씨는 맑습니다.".into()),
        ("lone quotes and brackets", "「「「『（（《〈“‘ 他說 」」」』））》〉”’".into()),
        ("only cue words", "表示說稱指出強調認為透露宣佈".repeat(30)),
        ("only titles", "董事長總統執行長分析師發言人".repeat(30)),
        ("deep nesting of quotes", format!("{}內容{}", "「".repeat(500), "」".repeat(500))),
        ("zero-width and bidi controls", "亞\u{200b}馬\u{200c}遜\u{200d}\u{2066}AWS\u{2069}\u{202e}表示\u{feff}".into()),
        ("surrogate-like and private use", "\u{e000}\u{f8ff}\u{fffd}\u{10ffff} 表示".into()),
        ("tabs and form feeds", "亞馬遜\t\t表示\u{c}AWS\u{b}週四".into()),
        ("repeated entity names", "亞馬遜 AWS Matt Garman 表示，".repeat(3000)),
        ("one long sentence without punctuation", "亞馬遜雲端部門AWS執行長表示谷歌週四宣佈".repeat(10_000)),
    ];
    if big {
        // 10 MB of article-like text.
        let para =
            "亞馬遜雲端部門 AWS 執行長 Matt Garman 週四表示，公司將在 2025 年 3 月推出新晶片，投資 40 億美元。\n";
        let reps = 10 * 1024 * 1024 / para.len() + 1;
        v.push(("10 MB of text", para.repeat(reps)));
    }
    v
}
