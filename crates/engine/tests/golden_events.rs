//! Golden tests of the events: dates, chronological order, actors named in the
//! sentence, pronouns and bare titles resolved, and the subject carried over into a
//! sentence that names nobody. Update with
//! `UPDATE_EXPECT=1 cargo test -p newslens-engine --test golden_events`.

mod common;
use expect_test::{expect, Expect};

fn check(input: &str, date: &str, expect: Expect) {
    let a = common::analyze(input, date);
    let name = |id: &str| a.entities.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
    let mut out = String::new();
    for ev in &a.events {
        let actors: Vec<String> = ev.actors.iter().map(|id| name(id)).collect();
        out.push_str(&format!("{} [{}] {}\n", ev.date.as_deref().unwrap_or("null"), actors.join(", "), ev.sentence));
    }
    expect.assert_eq(&out);
}

#[test]
fn events_sort_by_date_and_resolve_pronouns_traditional() {
    check(
        "晨光電子董事長周雅婷今天宣布擴產。她去年9月曾赴東京考察。2019年公司成立。隔年營收翻倍，當時股價大漲。",
        "2025-10-24",
        expect![[r#"
            2019 [周雅婷] 2019年公司成立。
            2020 [周雅婷] 隔年營收翻倍，當時股價大漲。
            2024-09 [周雅婷, 東京] 她去年9月曾赴東京考察。
            2025-10-24 [周雅婷] 晨光電子董事長周雅婷今天宣布擴產。
        "#]],
    );
}

#[test]
fn events_carry_the_subject_and_resolve_titles_simplified() {
    check(
        "海澜银行行长李明远昨日表示，利率将维持不变。上周三系统曾短暂中断。行长还说，明年将扩大贷款。",
        "2025-10-24",
        expect![[r#"
            2025-10-15 [海澜银行] 上周三系统曾短暂中断。
            2025-10-23 [海澜银行, 李明远] 海澜银行行长李明远昨日表示，利率将维持不变。
            2026 [李明远] 行长还说，明年将扩大贷款。
        "#]],
    );
}

#[test]
fn a_pair_phrase_stands_for_the_last_two_organizations_traditional() {
    check(
        "台灣積體電路製造公司與蘋果公司簽署長期供貨協議。2013年也是兩家公司第一次開始重要合作。",
        "2025-10-24",
        expect![[r#"
            2013 [台灣積體電路製造公司, 蘋果公司] 2013年也是兩家公司第一次開始重要合作。
        "#]],
    );
}

#[test]
fn a_pair_phrase_stands_for_the_last_two_organizations_simplified() {
    check(
        "台湾积体电路制造公司与苹果公司签署长期供货协议。2013年也是两家公司第一次开始重要合作。",
        "2025-10-24",
        expect![[r#"
            2013 [台湾积体电路制造公司, 苹果公司] 2013年也是两家公司第一次开始重要合作。
        "#]],
    );
}
