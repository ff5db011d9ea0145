//! Golden tests of the claims: every attribution structure in Traditional and
//! Simplified, source kinds, quotation flags, and cue words used in other senses. Texts
//! are written for NewsLens (fictional people and companies). Update with
//! `UPDATE_EXPECT=1 cargo test -p newslens-engine --test golden_claims`.

mod common;
use expect_test::{expect, Expect};

fn check(input: &str, expect: Expect) {
    let a = common::analyze(input, "2025-10-24");
    let mut out = common::render_claims(&a);
    let s = &a.claim_summary;
    out.push_str(&format!(
        "summary named {} org {} group {} anonymous {}\n",
        s.named, s.organization, s.group, s.anonymous
    ));
    expect.assert_eq(&out);
}

#[test]
fn speaker_cue_content_traditional() {
    check(
        "分析師 Lena Park 表示，雲端市場明年將成長兩成。",
        expect![[r#"
        [named] 分析師 Lena Park -> Lena Park 表示: 雲端市場明年將成長兩成
        summary named 1 org 0 group 0 anonymous 0
    "#]],
    );
}

#[test]
fn speaker_cue_content_simplified() {
    check(
        "分析师 Lena Park 表示，云端市场明年将成长两成。",
        expect![[r#"
        [named] 分析师 Lena Park -> Lena Park 表示: 云端市场明年将成长两成
        summary named 1 org 0 group 0 anonymous 0
    "#]],
    );
}

#[test]
fn quotation_first_speaker_after_traditional() {
    check(
        "「我們不會退出這個市場，」晨光電子董事長周雅婷說。「價格戰只是短期的。」她補充說。",
        expect![[r#"
        [named] 晨光電子董事長周雅婷 -> 周雅婷 說: 我們不會退出這個市場 (quoted)
        [named] 她 -> 周雅婷 補充說: 價格戰只是短期的 (quoted)
        summary named 2 org 0 group 0 anonymous 0
    "#]],
    );
}

#[test]
fn quotation_first_speaker_after_simplified() {
    check(
        "“我们不会退出这个市场，”晨光电子董事长周雅婷说。",
        expect![[r#"
        [named] 晨光电子董事长周雅婷 -> 周雅婷 说: 我们不会退出这个市场 (quoted)
        summary named 1 org 0 group 0 anonymous 0
    "#]],
    );
}

#[test]
fn anonymous_group_and_organization_sources_traditional() {
    check(
        "據知情人士透露，該公司正在裁員。三名員工表示，士氣低落。在分析師們看來，股價已經見底。海瀾銀行(HLB.N)稱，貸款需求穩定。",
        expect![[r#"
            [anonymous] 知情人士 -> - 透露: 該公司正在裁員
            [group] 三名員工 -> - 表示: 士氣低落
            [group] 分析師們 -> - 看來: 股價已經見底
            [organization] 海瀾銀行(HLB.N) -> 海瀾銀行 稱: 貸款需求穩定
            summary named 0 org 1 group 2 anonymous 1
        "#]],
    );
}

#[test]
fn anonymous_group_and_organization_sources_simplified() {
    check(
        "据知情人士透露，该公司正在裁员。一位销售工程师回忆，当时团队只有五个人。市场普遍认为，利率将下调。",
        expect![[r#"
            [anonymous] 知情人士 -> - 透露: 该公司正在裁员
            [anonymous] 一位销售工程师 -> - 回忆: 当时团队只有五个人
            [group] 市场 -> - 认为: 利率将下调
            summary named 0 org 0 group 1 anonymous 2
        "#]],
    );
}

#[test]
fn transcripts_questions_and_according_to() {
    check(
        "問：新廠何時投產？\n周雅婷：我們預計明年第二季投產。\n根據《環球時報》，新廠已完成驗收。",
        expect![[r#"
            [named] 周雅婷 -> 周雅婷 ：: 我們預計明年第二季投產
            [organization] 環球時報 -> 環球時報 根據: 新廠已完成驗收
            summary named 1 org 1 group 0 anonymous 0
        "#]],
    );
}

#[test]
fn pronouns_titles_passive_and_parentheses_simplified() {
    check(
        "海澜银行行长李明远昨日出席论坛。他表示，利率将维持不变。行长还说，明年将扩大贷款。该模型被分析师认为是目前最强的。股价大跌(海澜银行称这只是短期波动)。",
        expect![[r#"
            [named] 他 -> 李明远 表示: 利率将维持不变
            [named] 行长 -> 李明远 说: 明年将扩大贷款
            [group] 分析师 -> - 认为: 是目前最强的
            [organization] 海澜银行 -> 海澜银行 称: 这只是短期波动
            summary named 2 org 1 group 1 anonymous 0
        "#]],
    );
}

#[test]
fn nested_quotes_and_english_cues() {
    check(
        "周雅婷說：「客戶常問『何時降價』，我們的回答是不會。」Daniel Brooks said the deal was fair.",
        expect![[r#"
            [named] 周雅婷 -> 周雅婷 說: 客戶常問『何時降價』，我們的回答是不會 (quoted)
            [named] Daniel Brooks -> Daniel Brooks said: the deal was fair
            summary named 2 org 0 group 0 anonymous 0
        "#]],
    );
}

#[test]
fn no_speaker_and_non_speech_senses_are_not_claims() {
    check(
        "「這是最好的時代。」市長表示歡迎。這份報告指出方向。公司宣布的交易已完成。該機被稱是最先進的。大家都稱羨這個成績，也說明了努力的價值。",
        expect![[r#"
            summary named 0 org 0 group 0 anonymous 0
        "#]],
    );
}

#[test]
fn transcripts_several_speakers_and_according_to_simplified() {
    check(
        "问：新厂何时投产？\n周雅婷：我们预计明年第二季投产。\n周雅婷和李明远表示，双方合作将继续。\n根据《环球时报》，新厂已完成验收。",
        expect![[r#"
            [named] 周雅婷 -> 周雅婷 ：: 我们预计明年第二季投产
            [named] 周雅婷和李明远 -> 周雅婷 表示: 双方合作将继续
            [organization] 环球时报 -> 环球时报 根据: 新厂已完成验收
            summary named 2 org 1 group 0 anonymous 0
        "#]],
    );
}

#[test]
fn pronouns_titles_passive_and_parentheses_traditional() {
    check(
        "海瀾銀行行長李明遠昨日出席論壇。他表示，利率將維持不變。行長還說，明年將擴大貸款。該模型被分析師認為是目前最強的。股價大跌(海瀾銀行稱這只是短期波動)。",
        expect![[r#"
            [named] 他 -> 李明遠 表示: 利率將維持不變
            [named] 行長 -> 李明遠 說: 明年將擴大貸款
            [group] 分析師 -> - 認為: 是目前最強的
            [organization] 海瀾銀行 -> 海瀾銀行 稱: 這只是短期波動
            summary named 2 org 1 group 1 anonymous 0
        "#]],
    );
}
