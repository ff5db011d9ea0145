//! Golden tests of the generic-phrase filter (`Scan::is_generic`,
//! `Scan::place_with_generic_head`, the lexicon's `GENERIC`, `GENERIC_PLACES` and
//! `PLACE_GENERIC_HEADS`): a head noun with a country or generic modifier, or a kind of
//! place, is no name. Simplified and Traditional, on texts written for NewsLens. Update
//! with `UPDATE_EXPECT=1 cargo test --release -p newslens-engine --test generic_phrases`.

mod common;
use common::check;
use expect_test::expect;

#[test]
fn a_head_noun_after_a_country_is_no_name() {
    check(
        "多家日本企业表示，外国公司也在观望。",
        expect![[r#"
        place 日本 aka Japan x1
        claim [organization] 多家日本企业 表示: 外国公司也在观望
    "#]],
    );
    check(
        "多家日本企業表示，外國公司也在觀望。",
        expect![[r#"
        place 日本 aka Japan x1
        claim [organization] 多家日本企業 表示: 外國公司也在觀望
    "#]],
    );
}

#[test]
fn a_head_noun_after_a_generic_modifier_is_no_name() {
    check("这家投资公司收购了一家上市企业。", expect![[""]]);
    check("這家投資公司收購了一家上市企業。", expect![[""]]);
}

#[test]
fn a_research_centre_and_the_authorities_alone_are_no_names() {
    check("研究中心的报告已送交主管机关。", expect![[""]]);
    check("研究中心的報告已送交主管機關。", expect![[""]]);
}

#[test]
fn common_geographic_nouns_are_no_places() {
    check("山区的温泉吸引了很多游客。", expect![[""]]);
    check("山區的溫泉吸引了很多遊客。", expect![[""]]);
}
