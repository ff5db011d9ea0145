//! Golden tests of the reference step: titles, organization and place descriptions,
//! third-person pronouns and the first person inside a quotation, each linked to the
//! entity it stands for (rendered as `refs kind:text` after the name mentions), in both
//! scripts. Texts are written for NewsLens (fictional people and companies). Update with
//! `UPDATE_EXPECT=1 cargo test -p newslens-engine --test golden_references`.

mod common;
use common::check;
use expect_test::expect;

#[test]
fn a_bare_title_is_the_one_person_holding_it_traditional() {
    check(
        "總統林振遠上午出訪。總統表示，兩國將簽署新協議。",
        expect![[r#"
            person 林振遠 roles 總統 x1 refs title:總統
            claim [named] 總統 表示: 兩國將簽署新協議
        "#]],
    );
}

#[test]
fn a_bare_title_is_the_one_person_holding_it_simplified() {
    check(
        "总统林振远上午出访。总统表示，两国将签署新协议。",
        expect![[r#"
            person 林振远 roles 总统 x1 refs title:总统
            claim [named] 总统 表示: 两国将签署新协议
        "#]],
    );
}

#[test]
fn a_surname_before_a_title_picks_the_holder_of_that_title_and_surname() {
    check(
        "董事長王立群與總經理王嘉慧出席。王董事長說，明年擴產。",
        expect![[r#"
            person 王立群 roles 董事長 x1 refs title:王董事長
            person 王嘉慧 roles 總經理 x1
            time 明年 = 2026 (date)
            claim [named] 王董事長 說: 明年擴產
        "#]],
    );
    check(
        "董事长王立群与总经理王嘉慧出席。王董事长说，明年扩产。",
        expect![[r#"
            person 王立群 roles 董事长 x1 refs title:王董事长
            person 王嘉慧 roles 总经理 x1
            time 明年 = 2026 (date)
            claim [named] 王董事长 说: 明年扩产
        "#]],
    );
}

#[test]
fn a_quantified_title_is_a_group_not_a_person() {
    check(
        "分析師Lena Park出席。多位分析師認為，晶片需求仍強。",
        expect![[r#"
            person Lena Park roles 分析師 x1
            claim [group] 多位分析師 認為: 晶片需求仍強
        "#]],
    );
    check(
        "分析师Lena Park出席。多位分析师认为，芯片需求仍强。",
        expect![[r#"
            person Lena Park roles 分析师 x1
            claim [group] 多位分析师 认为: 芯片需求仍强
        "#]],
    );
}

#[test]
fn an_organization_description_is_the_organization_named_before() {
    check(
        "Norwell Inc. 昨天公布財報。該公司表示，新廠明年投產。公司發言人稱，訂單已排到年底。",
        expect![[r#"
            organization Norwell Inc. aka Norwell x1 refs title:該公司|title:公司
            time 昨天 = 2025-10-23 (date)
            time 明年 = 2026 (date)
            time 年底 = 2025-12 (date)
            claim [organization] 該公司 表示: 新廠明年投產
            claim [organization] 公司發言人 稱: 訂單已排到年底
        "#]],
    );
    check(
        "Norwell Inc. 昨天公布财报。该公司表示，新厂明年投产。公司发言人称，订单已排到年底。",
        expect![[r#"
            organization Norwell Inc. aka Norwell x1 refs title:该公司|title:公司
            time 昨天 = 2025-10-23 (date)
            time 明年 = 2026 (date)
            time 年底 = 2025-12 (date)
            claim [organization] 该公司 表示: 新厂明年投产
            claim [organization] 公司发言人 称: 订单已排到年底
        "#]],
    );
}

#[test]
fn a_place_description_is_the_place_named_before() {
    check(
        "遠川集團計劃在高雄設廠。該市將提供土地。",
        expect![[r#"
            organization 遠川集團 x1
            place 高雄 aka Kaohsiung x1 refs title:該市
        "#]],
    );
    check(
        "远川集团计划在高雄设厂。该市将提供土地。",
        expect![[r#"
            organization 远川集团 x1
            place 高雄 aka Kaohsiung x1 refs title:该市
        "#]],
    );
}

#[test]
fn a_pronoun_is_the_subject_of_the_sentence_before() {
    check(
        "經濟部長周志明昨日視察園區。他強調，政府會持續投資。",
        expect![[r#"
            person 周志明 roles 部長 x1 refs pronoun:他
            time 昨日 = 2025-10-23 (date)
            claim [named] 他 強調: 政府會持續投資
        "#]],
    );
    check(
        "经济部长周志明昨日视察园区。他强调，政府会持续投资。",
        expect![[r#"
            person 周志明 roles 部长 x1 refs pronoun:他
            time 昨日 = 2025-10-23 (date)
            claim [named] 他 强调: 政府会持续投资
        "#]],
    );
}

#[test]
fn the_first_person_in_a_quotation_is_its_speaker() {
    check(
        "董事長周雅婷說：「我相信市場會回暖，我們不會裁員。」",
        expect![[r#"
            person 周雅婷 roles 董事長 x1 refs pronoun:我|pronoun:我們
            claim [named] 董事長周雅婷 說: 我相信市場會回暖，我們不會裁員 (quoted)
        "#]],
    );
    check(
        "「我们不会裁员。」董事长周雅婷说。",
        expect![[r#"
            person 周雅婷 roles 董事长 x1 refs pronoun:我们
            claim [named] 董事长周雅婷 说: 我们不会裁员 (quoted)
        "#]],
    );
}
