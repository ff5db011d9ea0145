//! Golden tests of speeches and sentences with several statements: a quotation and a
//! pronoun's statement in one sentence, a cue that opens a clause after its subject's
//! clause, a surname alone as speaker, first person in a speech, report cues standing
//! alone, long described speakers and quotations that run over paragraphs. Traditional
//! and Simplified; texts written for NewsLens (fictional people and companies). Update
//! with `UPDATE_EXPECT=1 cargo test -p newslens-engine --test golden_claims_speech`.

mod common;
use expect_test::{expect, Expect};

fn check(input: &str, expect: Expect) {
    let a = common::analyze(input, "2025-10-24");
    expect.assert_eq(&common::render_claims(&a));
}

#[test]
fn quote_then_pronoun_and_continuation_traditional() {
    check(
        "董事長王立行說：「今年的訂單很多。」他稱，明年還會再擴廠，並強調新廠將設在南部。",
        expect![[r#"
            [named] 董事長王立行 -> 王立行 說: 今年的訂單很多 (quoted)
            [named] 他 -> 王立行 稱: 明年還會再擴廠
            [named] 他 -> 王立行 強調: 新廠將設在南部
        "#]],
    );
}

#[test]
fn quote_then_pronoun_and_continuation_simplified() {
    check(
        "董事长王立行说：“今年的订单很多。”他称，明年还会再扩厂，并强调新厂将设在南部。",
        expect![[r#"
            [named] 董事长王立行 -> 王立行 说: 今年的订单很多 (quoted)
            [named] 他 -> 王立行 称: 明年还会再扩厂
            [named] 他 -> 王立行 强调: 新厂将设在南部
        "#]],
    );
}

#[test]
fn cue_opening_a_clause_after_its_subject_traditional() {
    check(
        "運輸局局長李文華上台致辭，指今年興建兩千個單位的目標已經達成。",
        expect![[r#"
        [named]  -> 李文華 指: 今年興建兩千個單位的目標已經達成
    "#]],
    );
}

#[test]
fn cue_opening_a_clause_after_its_subject_simplified() {
    check(
        "运输局局长李文华上台致辞，指今年兴建两千个单位的目标已经达成。",
        expect![[r#"
        [named]  -> 李文华 指: 今年兴建两千个单位的目标已经达成
    "#]],
    );
}

#[test]
fn semicolon_starts_a_new_speaker_traditional() {
    check(
        "晨光電子公司表示將提高售價，以反映成本上升；分析師張美玲則稱，此舉可能令銷量下滑。",
        expect![[r#"
        [organization] 晨光電子公司 -> - 表示: 將提高售價，以反映成本上升
        [named] 分析師張美玲 -> 張美玲 稱: 此舉可能令銷量下滑
    "#]],
    );
}

#[test]
fn semicolon_starts_a_new_speaker_simplified() {
    check(
        "晨光电子公司表示将提高售价，以反映成本上升；分析师张美玲则称，此举可能令销量下滑。",
        expect![[r#"
        [organization] 晨光电子公司 -> - 表示: 将提高售价，以反映成本上升
        [named] 分析师张美玲 -> 张美玲 称: 此举可能令销量下滑
    "#]],
    );
}

#[test]
fn surname_alone_speaks_traditional() {
    check(
        "地產商主席王立行表示，集團會繼續投資本地。被問到會否加價，王說：「我們會先聽取市民意見。」",
        expect![[r#"
            [named] 地產商主席王立行 -> 王立行 表示: 集團會繼續投資本地
            [named] 王 -> 王立行 說: 我們會先聽取市民意見 (quoted)
        "#]],
    );
}

#[test]
fn surname_alone_speaks_simplified() {
    check(
        "地产商主席王立行表示，集团会继续投资本地。被问到会否加价，王说：“我们会先听取市民意见。”",
        expect![[r#"
        [named] 地产商主席王立行 -> 王立行 表示: 集团会继续投资本地
        [named] 王 -> 王立行 说: 我们会先听取市民意见 (quoted)
    "#]],
    );
}

#[test]
fn first_person_in_a_speech_traditional() {
    check(
        "林志明總統今天出席年會並致詞。總統表示，出口今年創下新高。我相信，只要大家團結合作，經濟一定可以走得更遠。",
        expect![[r#"
            [named] 總統 -> 林志明 表示: 出口今年創下新高
            [named] 我 -> 林志明 相信: 只要大家團結合作，經濟一定可以走得更遠
        "#]],
    );
}

#[test]
fn first_person_in_a_speech_simplified() {
    check(
        "林志明总统今天出席年会并致词。总统表示，出口今年创下新高。我相信，只要大家团结合作，经济一定可以走得更远。",
        expect![[r#"
            [named] 总统 -> 林志明 表示: 出口今年创下新高
            [named] 我 -> 林志明 相信: 只要大家团结合作，经济一定可以走得更远
        "#]],
    );
}

#[test]
fn cue_glued_to_an_unknown_word_traditional() {
    check(
        "教授周國平在演講中稱，人工智慧將改變教育的方式。",
        expect![[r#"
        [named] 教授周國平在演講中 -> 周國平 稱: 人工智慧將改變教育的方式
    "#]],
    );
}

#[test]
fn cue_glued_to_an_unknown_word_simplified() {
    check(
        "教授周国平在演讲中称，人工智能将改变教育的方式。",
        expect![[r#"
        [named] 教授周国平在演讲中 -> 周国平 称: 人工智能将改变教育的方式
    "#]],
    );
}

#[test]
fn report_cue_standing_alone_traditional() {
    check(
        "報道稱，該公司下月將裁減三百名員工。",
        expect![[r#"
        [anonymous] 報道稱 -> - 報道稱: 該公司下月將裁減三百名員工
    "#]],
    );
}

#[test]
fn report_cue_standing_alone_simplified() {
    check(
        "报道称，该公司下月将裁减三百名员工。",
        expect![[r#"
        [anonymous] 报道称 -> - 报道称: 该公司下月将裁减三百名员工
    "#]],
    );
}

#[test]
fn quote_running_over_paragraphs_hides_no_cue_traditional() {
    check(
        "「像所有大客戶一樣，他們要求很高。一位前員工說，公司曾多次被要求降價。",
        expect![[r#"
        [anonymous] 一位前員工 -> - 說: 公司曾多次被要求降價
    "#]],
    );
}

#[test]
fn quote_running_over_paragraphs_hides_no_cue_simplified() {
    check(
        "“像所有大客户一样，他们要求很高。一位前员工说，公司曾多次被要求降价。",
        expect![[r#"
        [anonymous] 一位前员工 -> - 说: 公司曾多次被要求降价
    "#]],
    );
}

#[test]
fn expectation_after_a_comma_is_no_claim_traditional() {
    check("新廠房將於明年動工，預計兩年後落成並投入生產。", expect![[r#""#]]);
}

#[test]
fn expectation_after_a_comma_is_no_claim_simplified() {
    check("新厂房将于明年动工，预计两年后落成并投入生产。", expect![[r#""#]]);
}

#[test]
fn quoted_term_inside_the_content_traditional() {
    check(
        "醫生陳嘉欣提到，「甲藥加乙藥」的組合亦可能有副作用，要視乎病人情況。",
        expect![[r#"
        [named] 醫生陳嘉欣 -> 陳嘉欣 提到: 「甲藥加乙藥」的組合亦可能有副作用，要視乎病人情況
    "#]],
    );
}

#[test]
fn quoted_term_inside_the_content_simplified() {
    check(
        "医生陈嘉欣提到，“甲药加乙药”的组合亦可能有副作用，要视乎病人情况。",
        expect![[r#"
        [named] 医生陈嘉欣 -> 陈嘉欣 提到: “甲药加乙药”的组合亦可能有副作用，要视乎病人情况
    "#]],
    );
}

#[test]
fn noun_cue_before_a_cue_and_group_plurals_traditional() {
    check(
        "一些分析指，這款新機為低迷的市場注入了信心。",
        expect![[r#"
        [group] 一些分析 -> - 指: 這款新機為低迷的市場注入了信心
    "#]],
    );
}

#[test]
fn noun_cue_before_a_cue_and_group_plurals_simplified() {
    check(
        "一些分析指，这款新机为低迷的市场注入了信心。",
        expect![[r#"
        [group] 一些分析 -> - 指: 这款新机为低迷的市场注入了信心
    "#]],
    );
}

#[test]
fn hearsay_leads_are_anonymous_traditional() {
    check(
        "據了解，該醫院下月將引入一款新藥。病人康復出院，據報未有出現任何不良反應。",
        expect![[r#"
        [anonymous] 據了解 -> - 據了解: 該醫院下月將引入一款新藥
        [anonymous] 據報 -> - 據報: 未有出現任何不良反應
    "#]],
    );
}

#[test]
fn hearsay_leads_are_anonymous_simplified() {
    check(
        "据了解，该医院下月将引入一款新药。病人康复出院，据报未有出现任何不良反应。",
        expect![[r#"
        [anonymous] 据了解 -> - 据了解: 该医院下月将引入一款新药
        [anonymous] 据报 -> - 据报: 未有出现任何不良反应
    "#]],
    );
}

#[test]
fn according_to_then_a_speaker_of_its_own_traditional() {
    check(
        "根據《東方日報》，新機推出後市場反應熱烈，批評者稱，限制政策的成效值得重新檢討。",
        expect![[r#"
        [organization] 東方日報 -> 東方日報 根據: 新機推出後市場反應熱烈
        [group] 批評者 -> - 稱: 限制政策的成效值得重新檢討
    "#]],
    );
}

#[test]
fn according_to_then_a_speaker_of_its_own_simplified() {
    check(
        "根据《东方日报》，新机推出后市场反应热烈，批评者称，限制政策的成效值得重新检讨。",
        expect![[r#"
        [organization] 东方日报 -> 东方日报 根据: 新机推出后市场反应热烈
        [group] 批评者 -> - 称: 限制政策的成效值得重新检讨
    "#]],
    );
}

#[test]
fn announce_suggest_and_confirm_are_cues_traditional() {
    check(
        "星河地產公司公布，將以象徵式一元借出三幅農地。議員陳美玲建議，政府應盡快檢討政策。星河地產公司確認，項目將於明年動工。",
        expect![[r#"
            [organization] 星河地產公司 -> - 公布: 將以象徵式一元借出三幅農地
            [named] 議員陳美玲 -> 陳美玲 建議: 政府應盡快檢討政策
            [organization] 星河地產公司 -> - 確認: 項目將於明年動工
        "#]],
    );
}

#[test]
fn announce_suggest_and_confirm_are_cues_simplified() {
    check(
        "星河地产公司公布，将以象征式一元借出三幅农地。议员陈美玲建议，政府应尽快检讨政策。星河地产公司确认，项目将于明年动工。",
        expect![[r#"
            [organization] 星河地产公司 -> - 公布: 将以象征式一元借出三幅农地
            [named] 议员陈美玲 -> 陈美玲 建议: 政府应尽快检讨政策
            [organization] 星河地产公司 -> - 确认: 项目将于明年动工
        "#]],
    );
}

#[test]
fn an_organization_noun_opening_a_clause_of_when_traditional() {
    check(
        "天文台中午時預計，颱風會在下午進入本港一百公里範圍內。",
        expect![[r#"
        [organization] 天文台 -> - 預計: 颱風會在下午進入本港一百公里範圍內
    "#]],
    );
}

#[test]
fn an_organization_noun_opening_a_clause_of_when_simplified() {
    check(
        "天文台中午时预计，台风会在下午进入本港一百公里范围内。",
        expect![[r#"
        [organization] 天文台 -> - 预计: 台风会在下午进入本港一百公里范围内
    "#]],
    );
}
