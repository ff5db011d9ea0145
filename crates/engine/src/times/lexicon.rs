//! The word lists of the time scanners: data, kept apart from the control flow that
//! reads them, so a new word is a line here and the scanners' logic stays readable.
//!
//! Lists are tried in the order written: where one word is a prefix of another, the
//! longer comes first. All words are in the normalized (Simplified) view.

/// The Chinese numerals [`crate::numbers::parse_number`] starts at (besides the ASCII
/// digits).
pub(super) const NUMERALS: &str = "零〇一二两三四五六七八九十百千万亿廿卅";

/// Weekday chars after `周`, `星期`, `礼拜` and their ISO weekday (Monday 1).
pub(super) const WEEKDAYS: [(char, u32); 9] =
    [('一', 1), ('二', 2), ('三', 3), ('四', 4), ('五', 5), ('六', 6), ('日', 7), ('天', 7), ('末', 7)];

/// The words for a week (`周四`, `下个星期`, `十月第一个礼拜一`).
pub(super) const WEEK_UNITS: [&str; 3] = ["星期", "礼拜", "周"];

/// Marks between the two ends of a range (`2018年至2021年`, `9月21号~9月22号`).
pub(super) const RANGE_MARKS: [char; 5] = ['至', '到', '-', '~', '—'];

// --- date lines

/// Words that make a short line a date line (`发布时间：2025年10月24日`).
pub(super) const DATELINE_CUES: [&str; 8] = ["发布时间", "发布于", "发布日期", "日期", "时间:", "更新", "电)", "消息"];

// --- absolute dates

/// Words after `N日` that make it no day of the month (`3日前`, `3日内`, `30日元`,
/// `5日游`).
pub(super) const NOT_A_LONE_DAY: [&str; 10] = ["前", "后", "内", "之", "以", "元", "游", "间", "来", "均"];

/// Chars after a number that make it a count, not a day written without `日`
/// (`10月22出生` is a day, `10月22个` is not).
pub(super) const NOT_A_BARE_DAY: &str = "个日号天年月万亿%元人名家岁次分秒点倍度位条只件股吨台辆届期";

/// Chars before `1/3` that make it a fraction, not a date (`约1/3`, `占1/4`).
pub(super) const FRACTION_OPENERS: &str = "约近逾达占超的为是第/.";

/// Chars after `1/3` that make it a fraction (`1/3的`, `1/2倍`).
pub(super) const FRACTION_CLOSERS: &str = "的倍左以";

/// Units after eight digits that make them a count, not a date (`20240307元`).
pub(super) const NOT_A_COMPACT_DATE: &str = "元人件吨股个次万亿台辆家份号";

/// Parts of a year after `年` (`2024年底`, `年初`), as the month they name.
pub(super) const YEAR_ENDS: [(&str, u32); 3] = [("底", 12), ("末", 12), ("初", 1)];

/// Words that start with a [`YEAR_ENDS`] char and are no part of a year.
pub(super) const NOT_YEAR_ENDS: [&str; 2] = ["初步", "末期"];

/// Parts of a year after it (`2024年上半年`, `去年年底`): first and last month.
pub(super) const YEAR_PARTS: [(&str, u32, u32); 9] = [
    ("上半年", 1, 6),
    ("下半年", 7, 12),
    ("年底", 12, 12),
    ("年末", 12, 12),
    ("年初", 1, 1),
    ("年中", 6, 7),
    ("首季度", 1, 3),
    ("首季", 1, 3),
    ("首月", 1, 1),
];

/// Words after a quarter for its first (`季度初`) or last (`季度末`) month (`true`).
pub(super) const QUARTER_EDGES: [(&str, bool); 4] = [("末", true), ("底", true), ("初", false), ("首月", false)];

/// Chars before `年`/`月` that make it part of a count or another word (`多年中`,
/// `每月初`, `三个月中`, `正月初`), not the start of a part of a year or month told
/// alone (`预计年中`, `截至年底`).
pub(super) const NOT_PART_OPENERS: &str =
    "多几些近每同当今去明前后该这那本上下历连全成少青童晚早老新拜过跨周个岁正腊冬年月整半";

/// A third of a month (days 1–10, 11–20, 21 to its end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Third {
    Early,
    Middle,
    Late,
}

/// Parts of a month after it (`上旬`, `12月底`); the one-char words only right after `月`.
pub(super) const MONTH_PARTS: [(&str, Third); 10] = [
    ("上旬", Third::Early),
    ("中旬", Third::Middle),
    ("下旬", Third::Late),
    ("月底", Third::Late),
    ("月末", Third::Late),
    ("月初", Third::Early),
    ("月中", Third::Middle),
    ("底", Third::Late),
    ("末", Third::Late),
    ("初", Third::Early),
];

/// The first chars of parts of a year or month told alone (`年底`, `月初`, `中旬`,
/// `首季`) that start no other relative expression.
pub(super) const LONE_PART_FIRSTS: &str = "年月中首";

/// The second chars of the parts of a year or month ([`YEAR_PARTS`], [`MONTH_PARTS`]):
/// a quick refusal where none follows.
pub(super) const LONE_PART_SECONDS: &str = "半初中底末旬季月";

/// Words after a two-digit `N年` that make it a count of years (`30年前`, `12年来`,
/// `10年间`, `20年左右`), not a year told short.
pub(super) const NOT_A_LONE_YEAR: [&str; 10] = ["前", "后", "来", "内", "间", "多", "以", "之", "左右", "里"];

/// Words for a century counted from the reference one (`上世纪` −1).
pub(super) const CENTURY_WORDS: [(&str, i32); 5] =
    [("上个世纪", -1), ("上世纪", -1), ("本世纪", 0), ("这个世纪", 0), ("下个世纪", 1)];

/// Chars before a two-digit year alone that make it a year (`在98年`, `于12年`), not a
/// count (`建国70年`).
pub(super) const SHORT_YEAR_OPENERS: &str = "在于从自至到是，,、(（";

// --- relative expressions

/// Day words and their offset from the reference day, including Cantonese ones
/// (`寻日` yesterday, `听日` tomorrow) and the two- and three-day-away forms.
pub(super) const DAY_WORDS: [(&str, i64); 26] = [
    ("大前天", -3),
    ("大后天", 3),
    ("大后日", 3),
    ("今天", 0),
    ("今日", 0),
    ("昨天", -1),
    ("昨日", -1),
    ("寻日", -1),
    ("前天", -2),
    ("前日", -2),
    ("明天", 1),
    ("明日", 1),
    ("听日", 1),
    ("后天", 2),
    ("后日", 2),
    ("今晨", 0),
    ("今早", 0),
    ("昨晚", -1),
    ("昨夜", -1),
    ("今晚", 0),
    ("今夜", 0),
    ("明早", 1),
    ("明晚", 1),
    // 今午, 昨午: at noon (the day; no hour is said).
    ("今午", 0),
    ("昨午", -1),
    ("明午", 1),
];

/// Day words that count only as whole words (not in `提前日期`, `最后日`)…
pub(super) const BOUND_DAY_WORDS: [&str; 2] = ["前日", "后日"];

/// …unless one of these chars stands before them (`在前日`, `于后日`).
pub(super) const BOUND_DAY_OPENERS: &str = "在于是的至到和及从自";

/// Year words and their offset from the reference year.
pub(super) const YEAR_WORDS: [(&str, i32); 11] = [
    ("大前年", -3),
    ("大后年", 3),
    ("今年", 0),
    ("本年", 0),
    ("这一年", 0),
    ("去年", -1),
    ("上年", -1),
    ("前年", -2),
    ("明年", 1),
    ("下年", 1),
    ("后年", 2),
];

/// Words for "this" before a unit (`这个月`, `本周`, `今个星期`).
pub(super) const THIS_WORDS: [&str; 6] = ["这一个", "这一", "这个", "今个", "这", "本"];

/// The words for a quarter.
pub(super) const QUARTER_UNITS: [&str; 2] = ["季度", "季"];

/// Words before a bare weekday that point forward (`将于周四`): the next such day.
pub(super) const FUTURE_CUES: [&str; 5] = ["将", "下周", "即将", "将于", "预计"];

/// Lunar months (recognized, with no Gregorian value).
pub(super) const LUNAR_MONTHS: [&str; 3] = ["腊月", "正月", "冬月"];

// --- spans

/// Words before `N年` / `N个月` that make a span from or to the reference date, and
/// its direction (`过去两年` −1, `未来10年` +1).
pub(super) const SPAN_OPENERS: [(&str, i32); 5] = [("过去", -1), ("近", -1), ("最近", -1), ("未来", 1), ("今后", 1)];

// --- open intervals

/// Words after a date that open an interval from it up to the reference date
/// (`2013年以来`, `去年10月至今`).
pub(super) const SINCE_WORDS: [&str; 5] = ["以来", "至今", "迄今", "到现在", "到目前"];

/// Words after a date that say something starts then (`6月起`; `开始` only after
/// `从`/`自`: `从3月开始`).
pub(super) const FROM_WORDS: [&str; 2] = ["起", "开始"];

/// Words starting with `起` that make it no "from" (`9日起诉`, `3日起飞`).
pub(super) const NOT_FROM: [&str; 15] = [
    "起诉", "起草", "起飞", "起火", "起义", "起步", "起来", "起源", "起身", "起床", "起跑", "起航", "起底", "起码",
    "起见",
];

// --- anaphora

/// What an anaphor's value is, from the date just told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Same {
    /// The day (`当天`): the date told, if it is a day.
    Day,
    /// The month (`同月`): the month of the day told.
    Month,
    /// The year (`同年`): the year of the date told.
    Year,
    /// Then (`当时`): whatever was told.
    Then,
}

/// Anaphora for the date just told.
pub(super) const SAME_WORDS: [(&str, Same); 9] = [
    ("当天", Same::Day),
    ("同日", Same::Day),
    ("当日", Same::Day),
    ("同天", Same::Day),
    ("当晚", Same::Day),
    ("当时", Same::Then),
    ("同年", Same::Year),
    ("当年", Same::Year),
    ("同月", Same::Month),
];

/// Which unit after the date just told a `NEXT_WORDS` word means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Next {
    Year,
    Day,
}

/// The year or day after the date just told (`隔年`, `次日`, `第二天`).
pub(super) const NEXT_WORDS: [(&str, Next); 7] = [
    ("隔年", Next::Year),
    ("翌年", Next::Year),
    ("次年", Next::Year),
    ("隔天", Next::Day),
    ("翌日", Next::Day),
    ("次日", Next::Day),
    ("第二天", Next::Day),
];

// --- durations

/// Chars before a count that make it the N units before (−1) or after (+1) the
/// reference one (`前两天`, `下三周`).
pub(super) const UNITS_AWAY: [(&str, i64); 4] = [("前", -1), ("上", -1), ("下", 1), ("后", 1)];

/// Words of approximation before a duration (`约 15 个小时`, `长达十年`).
pub(super) const ABOUT: [&str; 7] = ["大约", "约", "近", "将近", "长达", "超过", "逾"];

/// Words of approximation that make `N年后` a year written approximately (`近三年后`).
pub(super) const ABOUT_YEARS: [&str; 4] = ["近", "约", "大约", "将近"];

/// Words after a duration that make it a point before or after the reference date
/// (`三年前`, `两星期之后`); those ending in `前` point back.
pub(super) const DIRECTIONS: [&str; 6] = ["之前", "之后", "以前", "以后", "前", "后"];

/// The unit of a duration, with its EDTF letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Hour,
    Minute,
    Second,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// The unit's letter in an ISO 8601 duration (`PT15H`, `P3M`).
    pub(super) fn code(self) -> char {
        match self {
            Unit::Hour => 'H',
            Unit::Minute | Unit::Month => 'M',
            Unit::Second => 'S',
            Unit::Day => 'D',
            Unit::Week => 'W',
            Unit::Year => 'Y',
        }
    }

    /// Whether the unit is a time of day's (written after `PT`).
    pub(super) fn is_time(self) -> bool {
        matches!(self, Unit::Hour | Unit::Minute | Unit::Second)
    }
}

/// The words for the units of a duration.
pub(super) const DURATION_UNITS: [(&str, Unit); 13] = [
    ("小时", Unit::Hour),
    ("钟头", Unit::Hour),
    ("分钟", Unit::Minute),
    ("秒钟", Unit::Second),
    ("秒", Unit::Second),
    ("天", Unit::Day),
    ("日", Unit::Day),
    ("星期", Unit::Week),
    ("礼拜", Unit::Week),
    ("周", Unit::Week),
    ("月", Unit::Month),
    ("年", Unit::Year),
    ("钟", Unit::Hour),
];

/// Words after a count of hours or minutes that keep it within the reference day
/// (`45分钟以内`).
pub(super) const WITHIN: [&str; 3] = ["以内", "之内", "内"];

/// Unit words that make no duration alone, only a point or a span (`三日前`, `前三秒`).
pub(super) const NOT_A_DURATION: [&str; 3] = ["秒", "日", "礼拜"];

// --- clock times

/// Time-of-day words kept inside a date's span.
pub(super) const DAYPARTS: [&str; 17] = [
    "上午", "下午", "凌晨", "晚上", "早上", "中午", "傍晚", "晚间", "早间", "深夜", "清晨", "午后", "夜间", "午间",
    "夜里", "晚", "早",
];

/// Further words that open a clock time (`晏昼三点`, `今晚八点`).
pub(super) const CLOCK_OPENERS: [&str; 4] = ["晏昼", "今晚", "今早", "今晨"];

/// Words after `点`/`时` that make it no hour (`时候`, `时间`, `时期`).
pub(super) const NOT_HOURS: [&str; 3] = ["时候", "时间", "时期"];

/// Chars that close an hour (`8点钟`, `9点整`, `3点半`, `3时许`: about three).
pub(super) const HOUR_CLOSERS: [&str; 4] = ["钟", "整", "半", "许"];

/// Cantonese words between an hour and its count of five minutes (`三點踏三`).
pub(super) const FIVE_MINUTE_LINKS: [&str; 2] = ["踏", "搭"];

/// Day parts whose hours below 12 are in the afternoon or evening (`下午3点` 15).
pub(super) const EVENING_WORDS: [&str; 7] = ["下午", "晚上", "傍晚", "晚间", "今晚", "午后", "晚"];

/// Day parts whose hours from 6 to 11 are in the evening (`深夜11点` 23, `深夜1点` 1).
pub(super) const NIGHT_WORDS: [&str; 2] = ["深夜", "夜间"];

/// Day parts whose hours up to 5 are after noon (`中午1点` 13).
pub(super) const NOON_WORDS: [&str; 2] = ["中午", "晏昼"];

/// Words after a bare hour that mark it as a time (`十一点的事`, `八点左右`, `三点前`).
pub(super) const HOUR_MARKERS: [&str; 10] = ["的", "左右", "前", "后", "到", "至", "起", "开始", "举行", "召开"];

/// English meridiems right after an hour (`3pm`, `3:15PM`, `9a.m.`), lowercased,
/// without a final dot.
pub(super) const MERIDIEMS: [&str; 6] = ["pm", "am", "p.m", "a.m", "p", "a"];

// --- named periods and vague words

/// Vague expressions: recognized so the reader sees them, but with no value.
pub(super) const VAGUE: [&str; 9] = ["日前", "近日", "近期", "目前", "最近", "早前", "此前", "稍早", "近来"];

/// Named periods with approximate values (a small knowledge table).
pub(super) const NAMED_PERIODS: [(&str, &str); 14] = [
    ("疫情前", "../2020"),
    ("疫情之前", "../2020"),
    ("疫情期间", "2020/2022"),
    ("疫情爆发", "2020"),
    ("疫情后", "2023/.."),
    ("疫情之后", "2023/.."),
    // China's five-year plans.
    ("十二五", "2011/2015"),
    ("十三五", "2016/2020"),
    ("十四五", "2021/2025"),
    ("十五五", "2026/2030"),
    // National congresses of the Communist Party of China (opening month).
    ("十七大", "2007-10"),
    ("十八大", "2012-11"),
    ("十九大", "2017-10"),
    ("二十大", "2022-10"),
];
/// Chars after 十八大, 二十大… that make it a count of big things (二十大类, 十八大项,
/// 三十大寿), not a party congress.
pub(super) const COUNTED_AFTER_BIG: &str = "类项寿城品行名家件种个款国企";

// --- holidays

/// How a holiday falls in a Gregorian year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Holiday {
    /// A fixed Gregorian month and day (元旦, 国庆).
    Solar(u32, u32),
    /// A lunar month and day (中秋 8-15), in the lunar year that puts it in the year.
    Lunar(u32, u32),
    /// The last day of the lunar year before the year's Spring Festival (除夕).
    Eve,
    /// National Day: 10-01, or 10-10 (双十) in a Taiwanese text (one that names 民国).
    National,
    /// The solar term 清明.
    Qingming,
    /// A period of whole months (暑假 July–August).
    Months(u32, u32),
}

/// Holiday names, longest first where one is a prefix of another. The ones in
/// [`GUARDED_HOLIDAYS`] need a cue after them.
pub(super) const HOLIDAYS: [(&str, Holiday); 63] = [
    ("元旦节", Holiday::Solar(1, 1)),
    ("元旦", Holiday::Solar(1, 1)),
    ("阳历新年", Holiday::Solar(1, 1)),
    ("公历新年", Holiday::Solar(1, 1)),
    ("情人节", Holiday::Solar(2, 14)),
    ("三八妇女节", Holiday::Solar(3, 8)),
    ("三八国际妇女节", Holiday::Solar(3, 8)),
    ("国际妇女节", Holiday::Solar(3, 8)),
    ("妇女节", Holiday::Solar(3, 8)),
    ("植树节", Holiday::Solar(3, 12)),
    ("国际消费者权益日", Holiday::Solar(3, 15)),
    ("消费者权益日", Holiday::Solar(3, 15)),
    ("愚人节", Holiday::Solar(4, 1)),
    ("五一国际劳动节", Holiday::Solar(5, 1)),
    ("五一劳动节", Holiday::Solar(5, 1)),
    ("国际劳动节", Holiday::Solar(5, 1)),
    ("劳动节", Holiday::Solar(5, 1)),
    ("五一", Holiday::Solar(5, 1)),
    ("五四青年节", Holiday::Solar(5, 4)),
    ("青年节", Holiday::Solar(5, 4)),
    ("六一国际儿童节", Holiday::Solar(6, 1)),
    ("六一儿童节", Holiday::Solar(6, 1)),
    ("国际儿童节", Holiday::Solar(6, 1)),
    ("儿童节", Holiday::Solar(6, 1)),
    ("建党节", Holiday::Solar(7, 1)),
    ("香港回归纪念日", Holiday::Solar(7, 1)),
    ("八一建军节", Holiday::Solar(8, 1)),
    ("建军节", Holiday::Solar(8, 1)),
    ("教师节", Holiday::Solar(9, 10)),
    ("国庆节", Holiday::National),
    ("国庆日", Holiday::National),
    ("国庆", Holiday::National),
    ("双十一", Holiday::Solar(11, 11)),
    ("双十节", Holiday::Solar(10, 10)),
    ("双十国庆", Holiday::Solar(10, 10)),
    ("万圣节", Holiday::Solar(10, 31)),
    ("澳门回归纪念日", Holiday::Solar(12, 20)),
    ("平安夜", Holiday::Solar(12, 24)),
    ("圣诞节", Holiday::Solar(12, 25)),
    ("圣诞", Holiday::Solar(12, 25)),
    ("春节", Holiday::Lunar(1, 1)),
    ("农历新年", Holiday::Lunar(1, 1)),
    ("大年初一", Holiday::Lunar(1, 1)),
    ("正月初一", Holiday::Lunar(1, 1)),
    ("正月朔日", Holiday::Lunar(1, 1)),
    ("新春", Holiday::Lunar(1, 1)),
    ("元宵节", Holiday::Lunar(1, 15)),
    ("元宵", Holiday::Lunar(1, 15)),
    ("端午节", Holiday::Lunar(5, 5)),
    ("端午", Holiday::Lunar(5, 5)),
    ("七夕", Holiday::Lunar(7, 7)),
    ("中秋节", Holiday::Lunar(8, 15)),
    ("中秋", Holiday::Lunar(8, 15)),
    ("重阳节", Holiday::Lunar(9, 9)),
    ("重阳", Holiday::Lunar(9, 9)),
    ("腊八节", Holiday::Lunar(12, 8)),
    ("除夕", Holiday::Eve),
    ("大年三十", Holiday::Eve),
    ("大年夜", Holiday::Eve),
    ("清明节", Holiday::Qingming),
    ("清明", Holiday::Qingming),
    ("暑假", Holiday::Months(7, 8)),
    ("寒假", Holiday::Months(1, 2)),
];

/// The second chars of the [`HOLIDAYS`] names: a quick refusal where none follows.
pub(super) const HOLIDAY_SECONDS: &str = "旦历人八际女树费一动四年童党港军师庆十圣门安诞节月春宵午夕秋阳明假";

/// Holiday names that are also ordinary words or numbers (`政治清明`, `吃元宵`,
/// `五一二`): holidays only before one of [`HOLIDAY_CUES`].
pub(super) const GUARDED_HOLIDAYS: [&str; 5] = ["清明", "元宵", "新春", "五一", "七夕"];

/// Chars after a guarded holiday name that make it the holiday (`清明节`, `五一假期`,
/// `元宵晚会`, `新春佳节`, `清明前`).
pub(super) const HOLIDAY_CUES: &str = "节假期前后当晚档佳夜长黄";

/// Words after a holiday that place a time around it: before it (`../D`), the day
/// before it, or after it (`D/..`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Around {
    Before,
    Eve,
    After,
}

/// The words of [`Around`], longest first.
pub(super) const AROUND_HOLIDAY: [(&str, Around); 7] = [
    ("前夕", Around::Eve),
    ("之前", Around::Before),
    ("以前", Around::Before),
    ("前", Around::Before),
    ("过后", Around::After),
    ("之后", Around::After),
    ("后", Around::After),
];
