//! Golden tests for named events whose names do not end in an event word
//! (`entities::signals::named_events`): storms named after their kind, party congresses
//! and plenums by ordinal, incidents named by a date — each in Simplified and
//! Traditional, on texts written for NewsLens — and the counts and ages that must stay
//! no event. Update with
//! `UPDATE_EXPECT=1 cargo test --release -p newslens-engine --test named_events`, then review.

mod common;
use common::check;
use expect_test::expect;

#[test]
fn a_storm_is_named_after_its_kind_and_found_again() {
    check(
        "强台风“海鸥”今晨登陆，“海鸥”带来暴雨；台风季节要小心。",
        expect![[r#"
        event 海鸥 x2
        time 今晨 = 2025-10-24 (date)
    "#]],
    );
    check(
        "強颱風「海鷗」今晨登陸，「海鷗」帶來暴雨；颱風季節要小心。",
        expect![[r#"
        event 海鷗 x2
        time 今晨 = 2025-10-24 (date)
    "#]],
    );
}

#[test]
fn a_storm_name_may_stand_before_its_kind() {
    check(
        "“海鸥”台风过后，渔船陆续出海。",
        expect![[r#"
        event 海鸥 x1
    "#]],
    );
    check(
        "「海鷗」颱風過後，漁船陸續出海。",
        expect![[r#"
        event 海鷗 x1
    "#]],
    );
}

#[test]
fn a_party_congress_by_its_ordinal_is_an_event_but_a_count_is_not() {
    check(
        "党的二十大以来，当地评出二十大类产品，也为老人庆祝三十大寿。",
        expect![[r#"
            event 党的二十大 x1
            time 二十大以来 = 2022-10/2025-10-24 (interval)
        "#]],
    );
    check(
        "黨的二十大以來，當地評出二十大類產品，也為老人慶祝三十大壽。",
        expect![[r#"
            event 黨的二十大 x1
            time 二十大以來 = 2022-10/2025-10-24 (interval)
        "#]],
    );
}

#[test]
fn a_plenum_is_an_event() {
    check(
        "十九届六中全会通过了决议。",
        expect![[r#"
        event 十九届六中全会 x1
    "#]],
    );
    check(
        "十九屆六中全會通過了決議。",
        expect![[r#"
        event 十九屆六中全會 x1
    "#]],
    );
}

#[test]
fn an_incident_named_by_its_date_keeps_its_place_but_a_count_is_no_event() {
    check(
        "南湾721事件过去一年，两起事件仍未破案。",
        expect![[r#"
        event 南湾721事件 x1
        time 过去一年 = 2024-10/2025-10 (interval)
    "#]],
    );
    check(
        "南灣721事件過去一年，兩起事件仍未破案。",
        expect![[r#"
        event 南灣721事件 x1
        time 過去一年 = 2024-10/2025-10 (interval)
    "#]],
    );
}
