//! The sample article shown by the "Try a sample" button. Written for NewsLens (a
//! fictional story); no real news text.

/// Reference date of the sample.
pub const SAMPLE_DATE: &str = "2025-06-13";

/// A short fictional news story in Traditional Chinese with English names mixed in.
pub const SAMPLE_TEXT: &str = "\
晶片新創 Lumora 獲微軟投資 擬在高雄設研發中心

人工智慧晶片新創公司 Lumora 週四宣佈，已完成由微軟領投的 3 億美元新一輪融資，並計劃在 2026 年第一季於高雄設立研發中心。
Lumora 執行長 Clara Whitfield 表示：「我們的晶片耗電量比市場主流產品低 40%，這筆資金將讓我們把量產時間提前一年。」
微軟發言人 Daniel Ortiz 指出，這項投資是微軟擴大亞洲供應鏈布局的一部分。就在本週一，微軟也與台積電簽署了長期產能協議。
據知情人士透露，Lumora 去年 9 月曾與谷歌洽談合作，但雙方在價格上未能達成共識。
Lumora 成立於 2021 年，過去兩年員工人數從 40 人增加到 350 人。
「高雄的人才和產業聚落是我們選擇這裡的原因，」Whitfield 說。
分析師認為，隨著 AI 晶片需求持續增長，這類新創公司明年可能面臨更激烈的競爭。
";
