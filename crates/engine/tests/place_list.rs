//! Golden tests for the place list (`data/places.tsv`): subdivisions and geography
//! beyond the gazetteer's countries and capitals are places in both scripts, and a
//! listed name inside a longer dictionary word (三明 in 三明治) is not one. Texts written
//! for NewsLens. Update with
//! `UPDATE_EXPECT=1 cargo test --release -p newslens-engine --test place_list`, then review.

mod common;
use common::check;
use expect_test::expect;

#[test]
fn a_district_and_a_town_are_places() {
    check(
        "记者在元朗和将军澳采访了多名居民。",
        expect![[r#"
        place 元朗 x1
        place 将军澳 x1
    "#]],
    );
    check(
        "記者在元朗和將軍澳採訪了多名居民。",
        expect![[r#"
        place 元朗 x1
        place 將軍澳 x1
    "#]],
    );
}

#[test]
fn a_prefecture_city_and_a_county_are_places() {
    check(
        "这批货物从汕尾运往宜兰。",
        expect![[r#"
        place 汕尾 x1
        place 宜兰 x1
    "#]],
    );
    check(
        "這批貨物從汕尾運往宜蘭。",
        expect![[r#"
        place 汕尾 x1
        place 宜蘭 x1
    "#]],
    );
}

#[test]
fn a_listed_name_inside_a_longer_word_is_no_place() {
    check("他早餐吃了一个三明治。", expect![[r#""#]]);
    check("他早餐吃了一個三明治。", expect![[r#""#]]);
}

#[test]
fn listed_places_back_to_back_are_each_a_place() {
    check(
        "台风影响广东福建两省，吐露港丶维港一带风大。",
        expect![[r#"
            place 广东 x1
            place 福建 x1
            place 吐露港 x1
            place 维港 x1
        "#]],
    );
}
