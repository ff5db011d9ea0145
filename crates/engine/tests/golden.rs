//! Golden tests on short texts written for NewsLens, each signal in Traditional and
//! Simplified. Update the expectations after an intended change with
//! `UPDATE_EXPECT=1 cargo test -p newslens-engine --test golden`, then review the diff.

mod common;
use common::check;
use expect_test::expect;

#[test]
fn latin_names_titles_and_affiliations_traditional() {
    check(
        "投行 Morgan Stanley 的分析師 Lena Park 表示，雲端市場仍在成長。Park 補充說，價格戰將持續。",
        expect![[r#"
            organization Morgan Stanley x1
            person Lena Park aka Park roles 分析師 x2
            affiliated_with Lena Park -> Morgan Stanley
            claim [named] 投行 Morgan Stanley 的分析師 Lena Park 表示: 雲端市場仍在成長
            claim [named] Park 補充說: 價格戰將持續
        "#]],
    );
}

#[test]
fn latin_names_titles_and_affiliations_simplified() {
    check(
        "投行 Morgan Stanley 的分析师 Lena Park 表示，云端市场仍在成长。Park 补充说，价格战将持续。",
        expect![[r#"
            organization Morgan Stanley x1
            person Lena Park aka Park roles 分析师 x2
            affiliated_with Lena Park -> Morgan Stanley
            claim [named] 投行 Morgan Stanley 的分析师 Lena Park 表示: 云端市场仍在成长
            claim [named] Park 补充说: 价格战将持续
        "#]],
    );
}

#[test]
fn bilingual_aliases_and_ownership() {
    check(
        "Alphabet 旗下的谷歌週四宣佈與輝達（Nvidia）合作，Google 將提供雲端服務。",
        expect![[r#"
            organization Alphabet x1
            organization Google aka 谷歌 x2
            organization Nvidia aka 輝達 x2
            part_of Google -> Alphabet
            time 週四 = 2025-10-23 (date)
            claim [organization] Alphabet 旗下的谷歌 宣佈: 與輝達（Nvidia）合作，Google 將提供雲端服務
        "#]],
    );
}

#[test]
fn relative_dates_and_durations_traditional() {
    check(
        "就在本週一，系統中斷約 15 個小時。去年 9 月，公司裁員。2022 年 11 月 30 日，當天下午發佈新產品。",
        expect![[r#"
        time 本週一 = 2025-10-20 (date)
        time 約 15 個小時 = PT15H (duration)
        time 去年 9 月 = 2024-09 (date)
        time 2022 年 11 月 30 日 = 2022-11-30 (date)
        time 當天下午 = 2022-11-30 (date)
    "#]],
    );
}

#[test]
fn relative_dates_and_durations_simplified() {
    check(
        "就在本周一，系统中断约 15 个小时。去年 9 月，公司裁员。2022 年 11 月 30 日，当天下午发布新产品。",
        expect![[r#"
        time 本周一 = 2025-10-20 (date)
        time 约 15 个小时 = PT15H (duration)
        time 去年 9 月 = 2024-09 (date)
        time 2022 年 11 月 30 日 = 2022-11-30 (date)
        time 当天下午 = 2022-11-30 (date)
    "#]],
    );
}

#[test]
fn quotation_first_and_anonymous_sources() {
    check(
        "「我們會繼續投資，」執行長 Ava Stone 說。據知情人士透露，該計畫已延後兩次。三名員工認為，管理層級太多了。",
        expect![[r#"
            person Ava Stone roles 執行長 x1 refs pronoun:我們
            claim [named] 執行長 Ava Stone 說: 我們會繼續投資 (quoted)
            claim [anonymous] 知情人士 透露: 該計畫已延後兩次
            claim [group] 三名員工 認為: 管理層級太多了
        "#]],
    );
}

#[test]
fn money_percent_and_counts() {
    check(
        "公司投資 40 億美元，毛利率介於 30% 到 40%，並採購 100 萬個晶片。",
        expect![[r#"
        money 40 億美元 = 4000000000 USD
        percent 30% 到 40% = 0.3 
        quantity 100 萬個 = 1000000 個
    "#]],
    );
}

#[test]
fn cue_words_in_other_senses_are_not_claims() {
    check("市長表示歡迎。這張地圖指出方向。", expect![""]);
}

#[test]
fn media_titles_model_numbers_and_tickers() {
    check(
        "據《環球時報》報導，華為的麒麟9000S晶片用於 Mate 60 Pro 手機。高通（QCOM.O）股價下跌。",
        expect![[r#"
            organization 環球時報 x1
            organization 華為 aka Huawei x1
            product 麒麟9000S x1
            product Mate 60 Pro x1
            organization 高通 aka Qualcomm x1
            claim [organization] 環球時報 報導: 華為的麒麟9000S晶片用於 Mate 60 Pro 手機
        "#]],
    );
}

#[test]
fn transliterated_names_and_suffixed_organizations_simplified() {
    check(
        "美国总统拜登会见了台湾经济研究院的研究员。5G 网络覆盖全国。",
        expect![[r#"
            place 美国 aka United States|USA x1
            person 拜登 aka Joe Biden|Biden roles 总统|美国总统 x1
            organization 台湾经济研究院 x1
            affiliated_with 拜登 -> 美国
        "#]],
    );
}

#[test]
fn common_words_that_jieba_tags_as_names_are_not_people() {
    check(
        "白宮國家安全顧問表示，高昂的成本是關鍵。",
        expect![[r#"
            organization 白宮 aka White House x1
            claim [organization] 白宮國家安全顧問 表示: 高昂的成本是關鍵
        "#]],
    );
}

#[test]
fn titles_before_and_after_chinese_names() {
    check(
        "台積電董事長魏哲家今日表示，新廠將如期完工。鴻海董事長劉揚偉也出席。",
        expect![[r#"
            organization 台積電 aka TSMC x1
            person 魏哲家 roles 董事長|台積電董事長 x1
            organization 鴻海 aka Foxconn x1
            person 劉揚偉 roles 董事長|鴻海董事長 x1
            affiliated_with 魏哲家 -> 台積電
            affiliated_with 劉揚偉 -> 鴻海
            time 今日 = 2025-10-24 (date)
            claim [named] 台積電董事長魏哲家 表示: 新廠將如期完工
        "#]],
    );
}
