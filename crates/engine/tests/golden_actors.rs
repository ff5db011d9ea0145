//! Golden tests of the actors: each entity signal, alias merging, roles and
//! affiliations, on short texts written for NewsLens (fictional people and companies),
//! in Traditional and Simplified. Update with
//! `UPDATE_EXPECT=1 cargo test -p newslens-engine --test golden_actors`, then review.

mod common;
use common::check;
use expect_test::expect;

#[test]
fn name_before_title_and_honorific_traditional() {
    check(
        "美國川普總統昨日會見了林志遠先生。",
        expect![[r#"
            place 美國 aka United States|USA x1
            person 川普 aka Donald Trump|Trump roles 總統 x1
            person 林志遠 x1
            affiliated_with 川普 -> 美國
            time 昨日 = 2025-10-23 (date)
        "#]],
    );
}

#[test]
fn name_before_title_and_honorific_simplified() {
    check(
        "美国特朗普总统昨日会见了林志远先生。",
        expect![[r#"
            place 美国 aka United States|USA x1
            person 特朗普 aka Donald Trump|Trump roles 总统 x1
            person 林志远 x1
            affiliated_with 特朗普 -> 美国
            time 昨日 = 2025-10-23 (date)
        "#]],
    );
}

#[test]
fn surname_with_title_joins_the_full_name_traditional() {
    check(
        "晨光電子董事長周雅婷今天表示，新廠明年投產。周董事長也說，訂單已排到年底。",
        expect![[r#"
            person 周雅婷 aka 周董事長 roles 董事長|晨光電子董事長 x2
            time 今天 = 2025-10-24 (date)
            time 明年 = 2026 (date)
            time 年底 = 2025-12 (date)
            claim [named] 晨光電子董事長周雅婷 表示: 新廠明年投產
            claim [named] 周董事長 說: 訂單已排到年底
        "#]],
    );
}

#[test]
fn surname_with_title_joins_the_full_name_simplified() {
    check(
        "晨光电子董事长周雅婷今天表示，新厂明年投产。周董事长也说，订单已排到年底。",
        expect![[r#"
            person 周雅婷 aka 周董事长 roles 董事长|晨光电子董事长 x2
            time 今天 = 2025-10-24 (date)
            time 明年 = 2026 (date)
            time 年底 = 2025-12 (date)
            claim [named] 晨光电子董事长周雅婷 表示: 新厂明年投产
            claim [named] 周董事长 说: 订单已排到年底
        "#]],
    );
}

#[test]
fn chinese_rendering_before_latin_name_in_parentheses_traditional() {
    check(
        "英國顧問公司（Harbor Lane & Partners）資深分析師布魯克斯（Daniel Brooks）認為，需求將回升。",
        expect![[r#"
            place 英國 aka United Kingdom|UK x1
            organization Harbor Lane & Partners aka 顧問公司 x2
            person Daniel Brooks aka 布魯克斯 roles 分析師|資深分析師 x2
            affiliated_with Daniel Brooks -> Harbor Lane & Partners
            claim [named] 英國顧問公司（Harbor Lane & Partners）資深分析師布魯克斯（Daniel Brooks） 認為: 需求將回升
        "#]],
    );
}

#[test]
fn chinese_rendering_before_latin_name_in_parentheses_simplified() {
    check(
        "英国顾问公司（Harbor Lane & Partners）资深分析师布鲁克斯（Daniel Brooks）认为，需求将回升。",
        expect![[r#"
            place 英国 aka United Kingdom|UK x1
            organization Harbor Lane & Partners aka 顾问公司 x2
            person Daniel Brooks aka 布鲁克斯 roles 分析师|资深分析师 x2
            affiliated_with Daniel Brooks -> Harbor Lane & Partners
            claim [named] 英国顾问公司（Harbor Lane & Partners）资深分析师布鲁克斯（Daniel Brooks） 认为: 需求将回升
        "#]],
    );
}

#[test]
fn tickers_and_lists_make_companies_traditional() {
    check(
        "藍溪製藥(7821.T)決定收購Norwell Biotech(NWB.O)。供應商包括晨光、遠川，以及日本青葉等公司。",
        expect![[r#"
            organization 藍溪製藥 x1
            organization Norwell Biotech x1
            organization 晨光 x1
            organization 遠川 x1
            place 日本 aka Japan x1
            organization 青葉 x1
        "#]],
    );
}

#[test]
fn tickers_and_lists_make_companies_simplified() {
    check(
        "蓝溪制药(7821.T)决定收购Norwell Biotech(NWB.O)。供应商包括晨光、远川，以及日本青叶等公司。",
        expect![[r#"
            organization 蓝溪制药 x1
            organization Norwell Biotech x1
            organization 晨光 x1
            organization 远川 x1
            place 日本 aka Japan x1
            organization 青叶 x1
        "#]],
    );
}

#[test]
fn qualified_titles_pronouns_and_new_posts_traditional() {
    check(
        "Norwell Inc. 長期使用雲端服務，但其首席技術官 Ellen Ward 表示將轉向自建機房。在 Norwell 工作多年的 Victor Hale 接替 Ward 成為新任 CEO。",
        expect![[r#"
            organization Norwell Inc. aka Norwell x2 refs pronoun:其
            person Ellen Ward aka Ward roles 首席技術官 x2
            person Victor Hale roles CEO x1 refs title:CEO
            affiliated_with Ellen Ward -> Norwell Inc.
            affiliated_with Victor Hale -> Norwell Inc.
            claim [named] 其首席技術官 Ellen Ward 表示: 將轉向自建機房
        "#]],
    );
}

#[test]
fn qualified_titles_pronouns_and_new_posts_simplified() {
    check(
        "花旗集团(C.N)并购业务全球联席主管Nora Vance表示，交易将增加。美国商务部长雷蒙多访问北京。",
        expect![[r#"
            organization 花旗集团 aka Citigroup x1
            person Nora Vance roles 联席主管|并购业务全球联席主管 x1
            organization 美国商务部 x1
            person 雷蒙多 roles 商务部长 x1
            place 北京 aka Beijing x1
            affiliated_with Nora Vance -> 花旗集团
            affiliated_with 雷蒙多 -> 美国商务部
            claim [named] 花旗集团(C.N)并购业务全球联席主管Nora Vance 表示: 交易将增加
        "#]],
    );
}

#[test]
fn generic_phrases_are_not_entities_traditional() {
    check(
        "在這段時間，中國半導體與美國科技業者都在擴產，兩奈米製程是焦點。",
        expect![[r#"
            place 中國 aka China x1
            place 美國 aka United States|USA x1
        "#]],
    );
}

#[test]
fn units_join_their_parent_and_split_place_suffixes_simplified() {
    check(
        "北京邮电大学经济管理学院教授陈立文说，亚利桑纳州的工厂已开工。",
        expect![[r#"
            organization 北京邮电大学经济管理学院 x1
            person 陈立文 roles 教授|北京邮电大学经济管理学院教授 x1
            place 亚利桑纳州 x1
            affiliated_with 陈立文 -> 北京邮电大学经济管理学院
            claim [named] 北京邮电大学经济管理学院教授陈立文 说: 亚利桑纳州的工厂已开工
        "#]],
    );
}

#[test]
fn abbreviations_join_the_full_name_traditional() {
    check(
        "台灣積體電路製造公司今天公布財報，台積電表示需求強勁。北京大學的研究也被北大引用。",
        expect![[r#"
            organization 台灣積體電路製造公司 aka 台積電|TSMC x2
            organization 北京大學 aka 北大 x2
            time 今天 = 2025-10-24 (date)
        "#]],
    );
}

#[test]
fn abbreviations_join_the_full_name_simplified() {
    check(
        "北京邮电大学今天公布报告，北邮表示需求强劲。",
        expect![[r#"
            organization 北京邮电大学 aka 北邮 x2
            time 今天 = 2025-10-24 (date)
        "#]],
    );
}

#[test]
fn named_events_by_context_traditional() {
    check(
        "第十五屆全國運動會今天閉幕，2025世界人工智能大會下週開幕，股東大會延期。",
        expect![[r#"
            event 第十五屆全國運動會 x1
            event 2025世界人工智能大會 x1
            time 今天 = 2025-10-24 (date)
            time 下週 = 2025-10-27/2025-11-02 (interval)
        "#]],
    );
}

#[test]
fn named_events_by_context_simplified() {
    check(
        "中国国际进口博览会今天开幕，股东大会延期。",
        expect![[r#"
            event 中国国际进口博览会 x1
            time 今天 = 2025-10-24 (date)
        "#]],
    );
}

#[test]
fn generic_phrases_are_not_entities_simplified() {
    check(
        "在这段时间，中国半导体与美国科技业者都在扩产，两纳米制程是焦点。",
        expect![[r#"
        place 中国 aka China x1
        place 美国 aka United States|USA x1
    "#]],
    );
}

#[test]
fn units_join_their_parent_and_split_place_suffixes_traditional() {
    check(
        "北京郵電大學經濟管理學院教授陳立文說，亞利桑納州的工廠已開工。",
        expect![[r#"
        organization 北京郵電大學經濟管理學院 x1
        person 陳立文 roles 教授|北京郵電大學經濟管理學院教授 x1
        place 亞利桑納州 x1
        affiliated_with 陳立文 -> 北京郵電大學經濟管理學院
        claim [named] 北京郵電大學經濟管理學院教授陳立文 說: 亞利桑納州的工廠已開工
    "#]],
    );
}

#[test]
fn pronouns_and_new_posts_simplified() {
    check(
        "Norwell Inc. 长期使用云端服务，但其首席技术官 Ellen Ward 表示将转向自建机房。在 Norwell 工作多年的 Victor Hale 接替 Ward 成为新任 CEO。",
        expect![[r#"
            organization Norwell Inc. aka Norwell x2 refs pronoun:其
            person Ellen Ward aka Ward roles 首席技术官 x2
            person Victor Hale roles CEO x1 refs title:CEO
            affiliated_with Ellen Ward -> Norwell Inc.
            affiliated_with Victor Hale -> Norwell Inc.
            claim [named] 其首席技术官 Ellen Ward 表示: 将转向自建机房
        "#]],
    );
}

#[test]
fn our_country_follows_the_script_of_the_whole_text() {
    // 什么 holds a character the Traditional table also maps: the text stays Simplified.
    check(
        "我国经济什么时候回暖？我国出口上月增长。",
        expect![[r#"
            place 我国 aka China x2
            time 上月 = 2025-09 (date)
        "#]],
    );
    check(
        "我國經濟什麼時候回暖？我國出口上月增長。",
        expect![[r#"
            place 我國 aka Taiwan x2
            time 上月 = 2025-09 (date)
        "#]],
    );
}

#[test]
fn a_place_with_a_bare_generic_head_is_not_a_company() {
    check(
        "多家美国公司表示，台北的宏远公司将扩产。",
        expect![[r#"
            place 台北 aka Taipei x1
            claim [organization] 多家美国公司 表示: 台北的宏远公司将扩产
        "#]],
    );
    check(
        "多家美國公司表示，台北的宏遠公司將擴產。",
        expect![[r#"
            place 台北 aka Taipei x1
            claim [organization] 多家美國公司 表示: 台北的宏遠公司將擴產
        "#]],
    );
}

#[test]
fn titles_in_marks_are_works_in_both_scripts() {
    check(
        "他昨天读完了《旧城往事》，又去看了电影《海上来信》。",
        expect![[r#"
        product 旧城往事 x1
        product 海上来信 x1
        time 昨天 = 2025-10-23 (date)
    "#]],
    );
    check(
        "立法會今天三讀通過《職業安全修訂條例》。",
        expect![[r#"
        product 職業安全修訂條例 x1
        time 今天 = 2025-10-24 (date)
    "#]],
    );
}

#[test]
fn a_newspaper_title_is_media_not_a_work() {
    check(
        "据《南方日报》报道，当地已开始施工。",
        expect![[r#"
        organization 南方日报 x1
        claim [organization] 南方日报 报道: 当地已开始施工
    "#]],
    );
}

#[test]
fn a_headline_or_an_unclosed_mark_is_no_work() {
    check("《这是一个非常非常长的标题，它一直写下去，写到超过了作品名称应有的长度为止还没有停下来》", expect![[""]]);
    check(
        "他说《未完的话，然后离开了。",
        expect![[r#"
        claim [named] 他 说: 《未完的话，然后离开了
    "#]],
    );
}

#[test]
fn a_rendering_types_its_latin_gloss() {
    check(
        "美國海松生技公司（Seapine Biosciences）昨日公布新藥試驗結果。",
        expect![[r#"
        place 美國 aka United States|USA x1
        organization Seapine Biosciences aka 海松生技公司 x2
        time 昨日 = 2025-10-23 (date)
    "#]],
    );
    check(
        "货轮昨天停靠在北湾港（Northbay Harbor）。",
        expect![[r#"
        place Northbay Harbor aka 北湾港 x2
        time 昨天 = 2025-10-23 (date)
    "#]],
    );
}

#[test]
fn an_organization_keeps_its_place_prefix_simplified() {
    check(
        "秘鲁海事局昨日宣布，港口将暂停作业。",
        expect![[r#"
            organization 秘鲁海事局 x1
            time 昨日 = 2025-10-23 (date)
            claim [organization] 秘鲁海事局 宣布: 港口将暂停作业
        "#]],
    );
}

#[test]
fn an_organization_keeps_its_place_prefix_traditional() {
    check(
        "秘魯海事局昨日宣布，港口將暫停作業。",
        expect![[r#"
            organization 秘魯海事局 x1
            time 昨日 = 2025-10-23 (date)
            claim [organization] 秘魯海事局 宣布: 港口將暫停作業
        "#]],
    );
}

#[test]
fn a_known_company_after_its_country_is_no_longer_name() {
    check(
        "美國微軟公司昨日宣布裁員。",
        expect![[r#"
            place 美國 aka United States|USA x1
            organization 微軟公司 aka Microsoft x1
            time 昨日 = 2025-10-23 (date)
        "#]],
    );
}

#[test]
fn government_titles_become_roles_in_both_scripts() {
    check(
        "前政務司司長林美華昨日出席論壇。",
        expect![[r#"
        person 林美華 roles 政務司司長|前政務司司長 x1
        time 昨日 = 2025-10-23 (date)
    "#]],
    );
    check(
        "众议院议长王海明昨日访问东京。",
        expect![[r#"
        organization 众议院 aka House of Representatives x1
        person 王海明 roles 议长|众议院议长 x1
        place 东京 aka Tokyo x1
        affiliated_with 王海明 -> 众议院
        time 昨日 = 2025-10-23 (date)
    "#]],
    );
}

#[test]
fn a_name_before_a_site_word_is_a_place() {
    check(
        "新生入學後先到浦江校區報到。",
        expect![[r#"
        place 浦江校區 x1
    "#]],
    );
    check(
        "游客周末涌向云溪温泉。",
        expect![[r#"
        place 云溪温泉 x1
        time 周末 = 2025-10-25/2025-10-26 (interval)
    "#]],
    );
}

#[test]
fn occupations_learned_from_a_corpus_are_roles_traditional() {
    check(
        "導演陳家豪與編劇吳曉琪出席首映，實習生周志明負責接待。",
        expect![[r#"
            person 陳家豪 roles 導演 x1
            person 吳曉琪 roles 編劇 x1
            person 周志明 roles 實習生 x1
        "#]],
    );
}

#[test]
fn occupations_learned_from_a_corpus_are_roles_simplified() {
    check(
        "导演陈家豪与编剧吴晓琪出席首映，实习生周志明负责接待。",
        expect![[r#"
            person 陈家豪 roles 导演 x1
            person 吴晓琪 roles 编剧 x1
            person 周志明 roles 实习生 x1
        "#]],
    );
}

#[test]
fn a_title_after_a_title_is_not_a_name() {
    check(
        "市府專家顧問表示，本案的律师顾问也同意。",
        expect![[r#"
            claim [group] 市府專家顧問 表示: 本案的律师顾问也同意
        "#]],
    );
}

#[test]
fn a_legal_form_closes_a_company_name_traditional() {
    check(
        "國家能源投資集團有限公司董事長王強說，宏遠（香港）貿易有限公司也將裁員。",
        expect![[r#"
            organization 國家能源投資集團有限公司 x1
            person 王強 roles 董事長|國家能源投資集團有限公司董事長 x1
            organization 宏遠（香港）貿易有限公司 x1
            affiliated_with 王強 -> 國家能源投資集團有限公司
            claim [named] 國家能源投資集團有限公司董事長王強 說: 宏遠（香港）貿易有限公司也將裁員
        "#]],
    );
}

#[test]
fn a_legal_form_closes_a_company_name_simplified() {
    check(
        "国家能源投资集团有限公司董事长王强说，宏远（香港）贸易有限公司也将裁员。",
        expect![[r#"
            organization 国家能源投资集团有限公司 x1
            person 王强 roles 董事长|国家能源投资集团有限公司董事长 x1
            organization 宏远（香港）贸易有限公司 x1
            affiliated_with 王强 -> 国家能源投资集团有限公司
            claim [named] 国家能源投资集团有限公司董事长王强 说: 宏远（香港）贸易有限公司也将裁员
        "#]],
    );
}

#[test]
fn a_relation_word_is_part_of_neither_name_traditional() {
    check(
        "華新集團旗下東方港口公司（EPC）與華新集團旗下公司同日宣布擴建。",
        expect![[r#"
            organization 華新集團 x2
            organization 東方港口公司 aka EPC x2
            part_of 東方港口公司 -> 華新集團
            time 同日 = null (vague)
        "#]],
    );
}

#[test]
fn a_relation_word_is_part_of_neither_name_simplified() {
    check(
        "华新集团旗下东方港口公司（EPC）与华新集团旗下公司同日宣布扩建。",
        expect![[r#"
            organization 华新集团 x2
            organization 东方港口公司 aka EPC x2
            part_of 东方港口公司 -> 华新集团
            time 同日 = null (vague)
        "#]],
    );
}
