//! Golden tests for transliterated names written in parts joined by a middle dot
//! (`entities::signals::dotted`, and the renderings before a Latin gloss): one person
//! however the segmenter cuts the parts, in Simplified and Traditional and with Taiwan's
//! `‧`; a dotted title in book marks and a dotted name before an organization's ending
//! stay what they are. Texts written for NewsLens. Update with
//! `UPDATE_EXPECT=1 cargo test --release -p newslens-engine --test dotted_names`, then review.

mod common;
use common::check;
use expect_test::expect;

#[test]
fn a_dotted_name_is_one_person_with_its_title() {
    check(
        "挪威外长托尔·哈尔沃森昨天抵达，哈尔沃森表示会谈顺利。",
        expect![[r#"
            place 挪威 aka Norway x1
            person 托尔·哈尔沃森 roles 外长|挪威外长 x2
            affiliated_with 托尔·哈尔沃森 -> 挪威
            time 昨天 = 2025-10-23 (date)
        "#]],
    );
    check(
        "挪威外長托爾·哈爾沃森昨天抵達，哈爾沃森表示會談順利。",
        expect![[r#"
            place 挪威 aka Norway x1
            person 托爾·哈爾沃森 roles 外長|挪威外長 x2
            affiliated_with 托爾·哈爾沃森 -> 挪威
            time 昨天 = 2025-10-23 (date)
        "#]],
    );
}

#[test]
fn a_dotted_rendering_before_a_latin_gloss_is_one_referent() {
    check(
        "白宫发言人玛格丽特·奥尼尔（Margaret O'Neill）说，会议延期。",
        expect![[r#"
            organization 白宫 aka White House x1
            person Margaret O'Neill aka 玛格丽特·奥尼尔 roles 发言人 x2
            affiliated_with Margaret O'Neill -> 白宫
            claim [named] 白宫发言人玛格丽特·奥尼尔（Margaret O'Neill） 说: 会议延期
        "#]],
    );
    check(
        "白宮發言人瑪格麗特‧奧尼爾（Margaret O'Neill）說，會議延期。",
        expect![[r#"
            organization 白宮 aka White House x1
            person Margaret O'Neill aka 瑪格麗特‧奧尼爾 roles 發言人 x2
            affiliated_with Margaret O'Neill -> 白宮
            claim [named] 白宮發言人瑪格麗特‧奧尼爾（Margaret O'Neill） 說: 會議延期
        "#]],
    );
}

#[test]
fn three_parts_are_one_name() {
    check(
        "作家安娜·玛丽亚·桑托斯出席了开幕式。",
        expect![[r#"
            person 安娜·玛丽亚·桑托斯 roles 作家 x1
        "#]],
    );
}

#[test]
fn a_dotted_work_title_and_a_dotted_university_are_no_persons() {
    check(
        "他引用《庄子·逍遥游》一句话，后来去了乔治·华盛顿大学任教。",
        expect![[r#"
            product 庄子·逍遥游 x1
            organization 华盛顿大学 x1
        "#]],
    );
}

#[test]
fn a_title_stops_at_the_organization_it_follows() {
    // 主席 of the group: the group is the affiliation, not a role 集团主席 cut from it.
    check(
        "会上，远洋海运集团主席陈立华、东方电子有限公司董事长吴敏先后发言。",
        expect![[r#"
        organization 远洋海运集团 x1
        person 陈立华 roles 主席|远洋海运集团主席 x1
        person 吴敏 roles 董事长|东方电子有限公司董事长 x1
        affiliated_with 陈立华 -> 远洋海运集团
    "#]],
    );
}
