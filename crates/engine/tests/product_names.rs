//! Golden tests for product names written in Latin letters: a model number or an
//! edition word (Pro, Ultra, Series, Model) makes a product and stays in its name, a known
//! product keeps its model (iPhone 15 Pro, a product of its own), and a known brand before
//! a model stays its own name. Texts written for NewsLens, both scripts. Update with
//! `UPDATE_EXPECT=1 cargo test --release -p newslens-engine --test product_names`, then review.

mod common;
use common::check;
use expect_test::expect;

#[test]
fn edition_words_and_model_numbers_make_products() {
    check(
        "微软的Surface Pro 9和Xbox Series X今年降价，iPad Air也跟进。",
        expect![[r#"
        organization 微软 aka Microsoft x1
        product Surface Pro 9 x1
        product Xbox Series X x1
        product iPad Air x1
        time 今年 = 2025 (date)
    "#]],
    );
    check(
        "微軟的Surface Pro 9和Xbox Series X今年降價，iPad Air也跟進。",
        expect![[r#"
        organization 微軟 aka Microsoft x1
        product Surface Pro 9 x1
        product Xbox Series X x1
        product iPad Air x1
        time 今年 = 2025 (date)
    "#]],
    );
}

#[test]
fn a_known_product_keeps_its_model_and_a_known_brand_stays_apart() {
    check(
        "特斯拉Model 3销量上升，苹果的iPhone 15 Pro与iPhone 14同场比较，iPhone仍然畅销。",
        expect![[r#"
        organization 特斯拉 aka Tesla x1
        product Model 3 x1
        organization 苹果 aka Apple x1
        product iPhone 15 Pro x1
        product iPhone 14 x1
        product iPhone x1
    "#]],
    );
    check(
        "特斯拉Model 3銷量上升，蘋果的iPhone 15 Pro與iPhone 14同場比較，iPhone仍然暢銷。",
        expect![[r#"
        organization 特斯拉 aka Tesla x1
        product Model 3 x1
        organization 蘋果 aka Apple x1
        product iPhone 15 Pro x1
        product iPhone 14 x1
        product iPhone x1
    "#]],
    );
}
