//! Dates as plans write them: a day, a month, or the first, middle or last ten days of a
//! month (上旬, 中旬, 下旬).

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Which ten days of a month: 上旬 (1–10), 中旬 (11–20) or 下旬 (21–end).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Xun {
    /// 上旬: days 1–10.
    Early,
    /// 中旬: days 11–20.
    Middle,
    /// 下旬: day 21 to the end of the month.
    Late,
}

impl Xun {
    /// The Chinese name: 上旬, 中旬 or 下旬.
    ///
    /// ```
    /// assert_eq!(gongwen::date::Xun::Late.name(), "下旬");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Xun::Early => "上旬",
            Xun::Middle => "中旬",
            Xun::Late => "下旬",
        }
    }
}

/// A date with the precision the writer gave: `2025-03-01`, `2025-03` or `2025-03上旬`.
///
/// Parsing accepts ISO forms (`2025-03-01`, `2025-3-1`, `2025/3/1`), Chinese forms
/// (`2025年3月1日`, `2025年3月`, `2025年3月上旬`, `2025年3月底`) and rejects impossible days.
/// `Display` gives the GB/T 9704 form with Arabic numerals and no leading zeros.
///
/// ```
/// use gongwen::Date;
/// let d: Date = "2025-03-01".parse().unwrap();
/// assert_eq!(d.to_string(), "2025年3月1日");
/// let x: Date = "2025年4月上旬".parse().unwrap();
/// assert_eq!(x.to_string(), "2025年4月上旬");
/// assert!("2025-02-30".parse::<Date>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    /// 0 when the precision is a month or a xun.
    day: u8,
    xun: Option<Xun>,
    /// A quarter, half-year or year; `month` is then its first month.
    span: Option<Span>,
    /// Written 即日起: the document's date, which the other fields hold, printed and saved as
    /// written.
    from_issue: bool,
    /// A month or day left to fill in (`X月X日`, `xx月x日`), kept as written.
    mask: Option<Mask>,
    /// The first or last ten days written as the month's start or end (`12月初`, `5月底`,
    /// `5月末`) rather than 上旬 or 下旬: the same days, printed and saved as `12月初`, `5月底`.
    month_edge: bool,
    /// How the month and day were written, printed and saved so.
    written: Written,
}

/// How a date's month and day were written, where they are not in figures: in Chinese
/// numerals (`五月二十日`, `十二月底`), a month with 份 (`三月份`, `3月份`). The year prints in
/// figures whatever its form, as ranges and tables print it.
///
/// How a date is written is not which date it is: all forms compare equal, so `五月二十日`
/// equals `5月20日` wherever dates are compared (a step dated as its phase is, a date saved and
/// read back).
#[derive(Debug, Clone, Copy, Default)]
struct Written {
    numerals: bool,
    fen: bool,
}

impl PartialEq for Written {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for Written {}

impl std::hash::Hash for Written {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

impl Written {
    /// How `text`, one date as written, writes its month and day: in Chinese numerals when a
    /// numeral stands right before its 月 or 日 (not 第一季度, 三年), with 份 after its month.
    fn of(text: &str) -> Written {
        let numeral_before = |unit: char| {
            text.match_indices(unit).any(|(k, _)| {
                text[..k]
                    .chars()
                    .next_back()
                    .is_some_and(|c| "一二三四五六七八九十".contains(c))
            })
        };
        Written {
            numerals: numeral_before('月') || numeral_before('日'),
            fen: text.contains("月份"),
        }
    }

    /// Whether the date is written other than in figures.
    fn is_written(self) -> bool {
        self.numerals || self.fen
    }

    /// `text` with its month and day in figures and without 份, as the parser reads it.
    fn in_figures(text: &str) -> String {
        arabic_dates(text).replace("月份", "月")
    }
}

/// The masked parts of a date as written: the mask character and how many of it stand for
/// the month and for the day (0: not masked). A masked month covers the whole year, a masked
/// day the whole month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Mask {
    ch: char,
    month: u8,
    day: u8,
    /// The year as written, when it is masked too (`20xx年x月x日`): only with a masked month,
    /// where it covers the document's year.
    year: Option<YearMask>,
}

/// A masked year as written: its leading digits (`20` of `20xx`, none of `XX`) and its masks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct YearMask {
    digits: u16,
    digits_len: u8,
    ch: char,
    masks: u8,
}

impl YearMask {
    /// The masked year `s` opens with (`20xx年…`, `XX 年…`) and the text after its 年: a run
    /// of up to four digits and masks, with a mask in it and at least two characters.
    fn read(s: &str) -> Option<(YearMask, &str)> {
        let s = s.trim_start();
        let digits_len = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let ch = s[digits_len..].chars().next()?;
        if !crate::chinese::is_mask(ch) {
            return None;
        }
        let masks = s[digits_len..].chars().take_while(|&c| c == ch).count();
        let run = digits_len + masks;
        if !(2..=4).contains(&run) {
            return None;
        }
        let rest = s[digits_len + masks * ch.len_utf8()..]
            .trim_start()
            .strip_prefix('年')?;
        let digits = if digits_len == 0 {
            0
        } else {
            s[..digits_len].parse().ok()?
        };
        let mask = YearMask {
            digits,
            digits_len: u8::try_from(digits_len).ok()?,
            ch,
            masks: u8::try_from(masks).ok()?,
        };
        Some((mask, rest))
    }

    fn push(self, s: &mut String) {
        if self.digits_len > 0 {
            push_number(s, self.digits.into(), self.digits_len.into());
        }
        s.extend(std::iter::repeat_n(self.ch, self.masks.into()));
    }
}

/// Periods longer than a month that writers name: 第二季度, 上半年, 年底.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Span {
    /// 第 n 季度, 1–4.
    Quarter(u8),
    /// 上半年 (1) or 下半年 (2).
    Half(u8),
    /// The whole year (年底前).
    Year,
}

impl Span {
    fn last_month(self) -> u8 {
        match self {
            Span::Quarter(q) => q * 3,
            Span::Half(h) => h * 6,
            Span::Year => 12,
        }
    }
}

// The year that a date written without one (`二季度`, `年底前`) takes while a document is
// read, and its date for 即日起: found by the loader's resolver, only when such a date is
// met (it reads the document's head once more). Unset, such a date asks for its year.
type Resolver = Box<dyn FnOnce() -> (Option<u16>, Option<Date>)>;
thread_local! {
    static RESOLVER: std::cell::RefCell<Option<Resolver>> = const { std::cell::RefCell::new(None) };
    static RESOLVED: std::cell::Cell<Option<(Option<u16>, Option<Date>)>> =
        const { std::cell::Cell::new(None) };
}

/// Runs `f` with `resolve` giving the year of dates written without one and the date that
/// 即日起 means; it runs at most once, and only if `f` meets such a date.
pub(crate) fn with_document_year<T>(
    resolve: impl FnOnce() -> (Option<u16>, Option<Date>) + 'static,
    f: impl FnOnce() -> T,
) -> T {
    let before = RESOLVER.with(|r| r.borrow_mut().replace(Box::new(resolve)));
    let before_resolved = RESOLVED.with(|r| r.replace(None));
    let out = f();
    RESOLVER.with(|r| *r.borrow_mut() = before);
    RESOLVED.with(|r| r.set(before_resolved));
    out
}

/// The document's year and date, resolved on first use. The resolver is taken out before it
/// runs, so a period name inside the head it reads cannot call it again.
fn document() -> (Option<u16>, Option<Date>) {
    if let Some(v) = RESOLVED.with(|r| r.get()) {
        return v;
    }
    let resolve = RESOLVER.with(|r| r.borrow_mut().take());
    let v = resolve.map_or((None, None), |f| f());
    RESOLVED.with(|r| r.set(Some(v)));
    v
}

/// Whether a text may hold a date written as a period name, so the loader only looks for
/// the document's year when it can matter.
pub(crate) fn mentions_period_names(text: &str) -> bool {
    ["季度", "半年", "年底", "全年", "即日起"]
        .iter()
        .any(|w| text.contains(w))
        // A masked year (20xx年x月x日).
        || text
            .match_indices('年')
            .any(|(k, _)| text[..k].trim_end().ends_with(crate::chinese::is_mask))
}

/// A period name after the year (`第二季度`, `二季度`, `Q2`, `上半年`, `底前`, `全年`).
fn parse_span(rest: &str) -> Option<Span> {
    let r = rest.trim();
    match r {
        "上半年" | "H1" => return Some(Span::Half(1)),
        "下半年" | "H2" => return Some(Span::Half(2)),
        "底" | "底前" | "年底" | "年底前" | "全年" => return Some(Span::Year),
        _ => {}
    }
    let q = r
        .strip_prefix('Q')
        .or_else(|| r.strip_suffix("季度").map(|q| q.trim_start_matches('第')))?;
    let n = match q {
        "1" | "一" => 1,
        "2" | "二" => 2,
        "3" | "三" => 3,
        "4" | "四" => 4,
        _ => return None,
    };
    Some(Span::Quarter(n))
}

/// How precise a [`Date`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// A single day.
    Day,
    /// Ten days of a month.
    Xun,
    /// A whole month.
    Month,
    /// A quarter: 2026年第二季度.
    Quarter,
    /// Half a year: 2026年上半年.
    HalfYear,
    /// A whole year: 2026年底前.
    Year,
}

fn is_leap(y: u16) -> bool {
    (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400)
}

fn days_in_month(y: u16, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        _ => 28,
    }
}

impl Date {
    /// A single day. Fails with a Chinese message for an impossible day.
    ///
    /// ```
    /// assert!(gongwen::Date::ymd(2024, 2, 29).is_ok());
    /// assert!(gongwen::Date::ymd(2025, 2, 29).is_err());
    /// ```
    pub fn ymd(year: u16, month: u8, day: u8) -> Result<Date, String> {
        Self::check_ym(year, month)?;
        let max = days_in_month(year, month);
        if day == 0 || day > max {
            return Err(format!("{year}年{month}月没有{day}日（该月只有{max}天）"));
        }
        Ok(Date {
            year,
            month,
            day,
            xun: None,
            span: None,
            from_issue: false,
            mask: None,
            month_edge: false,
            written: Written::default(),
        })
    }

    /// A whole month.
    ///
    /// ```
    /// assert_eq!(gongwen::Date::ym(2025, 6).unwrap().to_string(), "2025年6月");
    /// ```
    pub fn ym(year: u16, month: u8) -> Result<Date, String> {
        Self::check_ym(year, month)?;
        Ok(Date {
            year,
            month,
            day: 0,
            xun: None,
            span: None,
            from_issue: false,
            mask: None,
            month_edge: false,
            written: Written::default(),
        })
    }

    /// Ten days of a month.
    ///
    /// ```
    /// use gongwen::Date;
    /// use gongwen::date::Xun;
    /// assert_eq!(Date::xun(2025, 6, Xun::Middle).unwrap().to_string(), "2025年6月中旬");
    /// ```
    pub fn xun(year: u16, month: u8, xun: Xun) -> Result<Date, String> {
        Self::check_ym(year, month)?;
        Ok(Date {
            year,
            month,
            day: 0,
            xun: Some(xun),
            span: None,
            from_issue: false,
            mask: None,
            month_edge: false,
            written: Written::default(),
        })
    }

    /// `self` printed and saved as `text`, the date as a document writes it, writes its month
    /// and day (`五月二十日`, `三月份`); the date in figures when it writes none of these or
    /// `self` is a period name, a masked date or 即日起, which print as written already.
    pub(crate) fn as_written(self, text: &str) -> Date {
        if self.span.is_some() || self.mask.is_some() || self.from_issue {
            return self;
        }
        let mut written = Written::of(text);
        written.fen &= self.precision() == Precision::Month;
        Date { written, ..self }
    }

    /// `self` with its month and day in figures: a 成文日期 prints so (GB/T 9704-2012 7.3.5.3).
    pub(crate) fn in_figures(self) -> Date {
        Date {
            written: Written::default(),
            ..self
        }
    }

    /// The document's date `self` as 即日起.
    pub(crate) fn as_from_issue(self) -> Date {
        Date {
            from_issue: true,
            ..self
        }
    }

    fn check_ym(year: u16, month: u8) -> Result<(), String> {
        if !(1900..=2200).contains(&year) {
            return Err(format!("年份 {year} 不在 1900–2200 之间"));
        }
        if !(1..=12).contains(&month) {
            return Err(format!("月份 {month} 不存在（应为 1–12）"));
        }
        Ok(())
    }

    /// Whether the date was written 即日起 (from the document's 成文日期 on): it holds that
    /// date, and prints and saves as 即日起, so that a plan keeps meaning what it says when its
    /// date changes.
    ///
    /// ```
    /// let doc = gongwen::Document::from_toml_str(
    ///     "kind = \"plan\"\ntitle = \"计划\"\ndate = \"2026-03-02\"\n\
    ///      [[phases]]\nname = \"动员部署\"\nstart = \"即日起\"\nend = \"2026-04-15\"\n",
    /// )
    /// .unwrap();
    /// let start = doc.phases[0].start.unwrap();
    /// assert!(start.is_from_issue());
    /// assert_eq!(start.first_day(), (2026, 3, 2));
    /// assert_eq!(start.to_string(), "即日起");
    /// assert_eq!(start.iso(), "即日起");
    /// ```
    pub fn is_from_issue(&self) -> bool {
        self.from_issue
    }

    /// Whether the writer left the month or the day to fill in (`2026年X月X日`, as templates
    /// and published samples write them): such a date prints and saves as written, and covers
    /// the whole year (a masked month) or the whole month (a masked day).
    ///
    /// ```
    /// let d: gongwen::Date = "2026年X月X日".parse().unwrap();
    /// assert!(d.is_masked());
    /// assert_eq!(d.to_string(), "2026年X月X日");
    /// assert_eq!((d.first_day(), d.last_day()), ((2026, 1, 1), (2026, 12, 31)));
    /// let day: gongwen::Date = "2026年5月xx日".parse().unwrap();
    /// assert_eq!((day.month(), day.day(), day.last_day()), (5, None, (2026, 5, 31)));
    /// ```
    pub fn is_masked(&self) -> bool {
        self.mask.is_some()
    }

    /// A date with its month or day masked: `mask` the character, `month` and `day` how many
    /// of it stand for each (0: written `month`, no day).
    fn masked(year: u16, month: u8, xun: Option<Xun>, mask: Mask) -> Result<Date, String> {
        Self::check_ym(year, month.max(1))?;
        Ok(Date {
            year,
            month: if mask.month > 0 { 1 } else { month },
            day: 0,
            xun: if mask.day > 0 { None } else { xun },
            span: None,
            from_issue: false,
            mask: Some(mask),
            month_edge: false,
            written: Written::default(),
        })
    }

    /// `self` with its year written masked as well, when its month is masked (`20xx年x月x日`).
    fn with_year_mask(self, year: YearMask) -> Option<Date> {
        let mask = self.mask.filter(|m| m.month > 0)?;
        Some(Date {
            mask: Some(Mask {
                year: Some(year),
                ..mask
            }),
            ..self
        })
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(gongwen::Date::ym(2025, 6).unwrap().year(), 2025);
    /// ```
    pub fn year(&self) -> u16 {
        self.year
    }

    /// The month, 1–12 (1 for a masked month: see [`Date::is_masked`]).
    ///
    /// ```
    /// assert_eq!(gongwen::Date::ym(2025, 6).unwrap().month(), 6);
    /// ```
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day, when the date is a single day.
    ///
    /// ```
    /// assert_eq!(gongwen::Date::ymd(2025, 6, 9).unwrap().day(), Some(9));
    /// assert_eq!(gongwen::Date::ym(2025, 6).unwrap().day(), None);
    /// ```
    pub fn day(&self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    /// How precise the date is.
    ///
    /// ```
    /// use gongwen::Date;
    /// use gongwen::date::Precision;
    /// assert_eq!("2025年3月下旬".parse::<Date>().unwrap().precision(), Precision::Xun);
    /// ```
    pub fn precision(&self) -> Precision {
        if let Some(span) = self.span {
            return match span {
                Span::Quarter(_) => Precision::Quarter,
                Span::Half(_) => Precision::HalfYear,
                Span::Year => Precision::Year,
            };
        }
        if self.mask.is_some_and(|m| m.month > 0) {
            Precision::Year
        } else if self.day != 0 {
            Precision::Day
        } else if self.xun.is_some() {
            Precision::Xun
        } else {
            Precision::Month
        }
    }

    fn span(year: u16, span: Span) -> Date {
        let month = match span {
            Span::Quarter(q) => q * 3 - 2,
            Span::Half(h) => h * 6 - 5,
            Span::Year => 1,
        };
        Date {
            year,
            month,
            day: 0,
            xun: None,
            span: Some(span),
            from_issue: false,
            mask: None,
            month_edge: false,
            written: Written::default(),
        }
    }

    /// What a date written as a period name means, day to day: `2026年第二季度` →
    /// `2026年4月1日—6月30日`. `None` for days, months and 旬, which say it themselves.
    ///
    /// ```
    /// let d: gongwen::Date = "2026年二季度".parse().unwrap();
    /// assert_eq!(d.to_string(), "2026年第二季度");
    /// assert_eq!(d.meaning().unwrap(), "2026年4月1日—6月30日");
    /// let y: gongwen::Date = "2026年底前".parse().unwrap();
    /// assert_eq!(y.meaning().unwrap(), "2026年1月1日—12月31日");
    /// assert!(gongwen::Date::ym(2026, 4).unwrap().meaning().is_none());
    /// ```
    pub fn meaning(&self) -> Option<String> {
        self.span?;
        let (y1, m1, d1) = self.first_day();
        let (y2, m2, d2) = self.last_day();
        let a = Date::ymd(y1, m1, d1).ok()?;
        let b = Date::ymd(y2, m2, d2).ok()?;
        Some(date_range(&a, &b))
    }

    /// The first day the date covers, as (year, month, day).
    ///
    /// ```
    /// let d: gongwen::Date = "2025-03中旬".parse().unwrap();
    /// assert_eq!(d.first_day(), (2025, 3, 11));
    /// ```
    pub fn first_day(&self) -> (u16, u8, u8) {
        let d = match (self.day, self.xun) {
            (0, Some(Xun::Middle)) => 11,
            (0, Some(Xun::Late)) => 21,
            (0, _) => 1,
            (d, _) => d,
        };
        (self.year, self.month, d)
    }

    /// The last day the date covers, as (year, month, day).
    ///
    /// ```
    /// let d: gongwen::Date = "2024-02".parse().unwrap();
    /// assert_eq!(d.last_day(), (2024, 2, 29));
    /// ```
    pub fn last_day(&self) -> (u16, u8, u8) {
        if self.mask.is_some_and(|m| m.month > 0) {
            return (self.year, 12, 31);
        }
        if let Some(span) = self.span {
            let m = span.last_month();
            return (self.year, m, days_in_month(self.year, m));
        }
        let d = match (self.day, self.xun) {
            (0, Some(Xun::Early)) => 10,
            (0, Some(Xun::Middle)) => 20,
            (0, _) => days_in_month(self.year, self.month),
            (d, _) => d,
        };
        (self.year, self.month, d)
    }

    /// The date without its year, as ranges write the second date: `4月10日`, `4月上旬`.
    ///
    /// ```
    /// let d: gongwen::Date = "2025-04-10".parse().unwrap();
    /// assert_eq!(d.without_year(), "4月10日");
    /// ```
    pub fn without_year(&self) -> String {
        let mut s = String::with_capacity(16);
        self.push_without_year(&mut s);
        s
    }

    /// Appends `2025年4月10日` (or `2025年4月`, `2025年4月上旬`) to `s`.
    /// A deadline as plans write it: 2025年10月31日前, 2025年12月底前, 2025年4月上旬.
    pub(crate) fn push_due(&self, s: &mut String) {
        self.push_chinese(s);
        match self.precision() {
            Precision::Day => s.push('前'),
            Precision::Month | Precision::Year => s.push_str("底前"),
            Precision::Xun if self.month_edge => s.push('前'),
            Precision::Xun | Precision::Quarter | Precision::HalfYear => {}
        }
    }

    /// How the ten days `x` of this date's month are written: 上旬, 中旬, 下旬, or 初 and 底
    /// where the writer wrote the month's start or end.
    fn xun_word(&self, x: Xun) -> &'static str {
        match x {
            Xun::Early if self.month_edge => "初",
            Xun::Late if self.month_edge => "底",
            _ => x.name(),
        }
    }

    pub(crate) fn push_chinese(&self, s: &mut String) {
        if self.from_issue {
            s.push_str("即日起");
            return;
        }
        match self.mask.and_then(|m| m.year) {
            Some(y) => y.push(s),
            None => push_number(s, self.year.into(), 1),
        }
        s.push('年');
        if self.span != Some(Span::Year) {
            self.push_without_year(s);
        }
    }

    fn push_without_year(&self, s: &mut String) {
        if self.from_issue {
            s.push_str("即日起");
            return;
        }
        match self.span {
            Some(Span::Quarter(q)) => {
                s.push('第');
                s.push(['一', '二', '三', '四'][usize::from(q - 1)]);
                s.push_str("季度");
                return;
            }
            Some(Span::Half(h)) => {
                s.push_str(if h == 1 { "上半年" } else { "下半年" });
                return;
            }
            Some(Span::Year) => {
                // As the end of a range: 2026年上半年—年底.
                s.push_str("年底");
                return;
            }
            None => {}
        }
        if let Some(m) = self.mask {
            let masks = |s: &mut String, n: u8| s.extend(std::iter::repeat_n(m.ch, n.into()));
            match m.month {
                0 => push_number(s, self.month.into(), 1),
                n => masks(s, n),
            }
            s.push('月');
            if m.day > 0 {
                masks(s, m.day);
                s.push('日');
            } else if let Some(x) = self.xun {
                s.push_str(self.xun_word(x));
            }
            return;
        }
        let number = |s: &mut String, n: u8| match self.written.numerals {
            true => s.push_str(&crate::chinese::numeral(n.into())),
            false => push_number(s, n.into(), 1),
        };
        number(s, self.month);
        s.push('月');
        if self.day != 0 {
            number(s, self.day);
            s.push('日');
        } else if let Some(x) = self.xun {
            s.push_str(self.xun_word(x));
        } else if self.written.fen {
            s.push('份');
        }
    }

    /// The ISO form, which input files may use: `2025-03-01`, `2025-03` or `2025-03上旬`
    /// (files gongwen saves write the Chinese form, [`Display`](fmt::Display)'s).
    ///
    /// ```
    /// let d: gongwen::Date = "2025年3月1日".parse().unwrap();
    /// assert_eq!(d.iso(), "2025-03-01");
    /// ```
    pub fn iso(&self) -> String {
        let mut s = String::with_capacity(16);
        if self.from_issue {
            s.push_str("即日起");
            return s;
        }
        if self.mask.is_some() {
            self.push_chinese(&mut s);
            return s;
        }
        if let Some(span) = self.span {
            // No ISO form: the Chinese one, which parses back.
            push_number(&mut s, self.year.into(), 4);
            s.push('年');
            if span == Span::Year {
                s.push('底');
            } else {
                self.push_without_year(&mut s);
            }
            return s;
        }
        push_number(&mut s, self.year.into(), 4);
        s.push('-');
        push_number(&mut s, self.month.into(), 2);
        if self.day != 0 {
            s.push('-');
            push_number(&mut s, self.day.into(), 2);
        } else if let Some(x) = self.xun {
            s.push_str(self.xun_word(x));
        }
        s
    }
}

/// Formats a range the way plans write it: `2025年4月1日—4月10日`, `2025年4月上旬—5月`,
/// `2025年12月—2026年1月`. The year of the end is left out when it is the start's year; a start
/// written 即日起 gives `即日起至2025年4月10日`.
///
/// ```
/// use gongwen::Date;
/// use gongwen::date::date_range;
/// let a: Date = "2025-04-01".parse().unwrap();
/// let b: Date = "2025-04-10".parse().unwrap();
/// assert_eq!(date_range(&a, &b), "2025年4月1日—4月10日");
/// ```
pub fn date_range(start: &Date, end: &Date) -> String {
    if start.from_issue {
        let mut s = String::from("即日起至");
        end.push_chinese(&mut s);
        if end.span == Some(Span::Year) {
            s.push('底');
        }
        return s;
    }
    if start == end {
        return start.to_string();
    }
    if start.year == end.year {
        format!("{start}—{}", end.without_year())
    } else {
        format!("{start}—{end}")
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    /// Orders by first day, then by last day.
    fn cmp(&self, other: &Self) -> Ordering {
        self.first_day()
            .cmp(&other.first_day())
            .then(self.last_day().cmp(&other.last_day()))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::with_capacity(24);
        self.push_chinese(&mut s);
        f.write_str(&s)
    }
}

/// Appends `n` in decimal, zero-padded to `width` digits: dates print in every template
/// line that has one, and `format!` costs several times this.
fn push_number(s: &mut String, n: u32, width: usize) {
    let mut digits = [b'0'; 10];
    let mut i = digits.len();
    let mut n = n;
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let start = i.min(digits.len() - width.min(digits.len()));
    for &d in &digits[start..] {
        s.push(char::from(d));
    }
}

fn take_num(s: &str) -> Option<(u32, &str)> {
    let end = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    if end == 0 || end > 4 {
        return None;
    }
    Some((s[..end].parse().ok()?, &s[end..]))
}

/// Whether the ten days after a month are written as its start or end (`初`, `底`, `月末`),
/// not `上旬` or `下旬`.
fn written_as_month_edge(rest: &str) -> bool {
    matches!(rest.trim(), "初" | "月初" | "底" | "月底" | "末" | "月末")
}

fn parse_xun(rest: &str) -> Option<Option<Xun>> {
    let rest = rest.trim();
    Some(match rest {
        "" => None,
        "上旬" | "初" | "月初" => Some(Xun::Early),
        "中旬" | "月中" => Some(Xun::Middle),
        "下旬" | "底" | "月底" | "末" | "月末" => Some(Xun::Late),
        _ => return None,
    })
}

impl FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Date, String> {
        let text = s.trim();
        let bad = || {
            format!(
                "无法识别的日期“{text}”：请写成 2025-03-01、2025-03、2025-03上旬 或 2025年3月1日"
            )
        };
        // A month and day in Chinese numerals, or a month with 份 (2026年五月二十日, 2026年3月份),
        // as gongwen saves the dates an import read so: read in figures, printed as written.
        if Written::of(text).is_written() {
            let figures = Written::in_figures(text);
            if Written::of(&figures).is_written() {
                return Err(bad());
            }
            return figures.parse::<Date>().map(|d| d.as_written(text));
        }
        // 即日起: from the document's date on.
        if matches!(text, "即日起" | "即日" | "自即日起") {
            return document().1.map(Date::as_from_issue).ok_or_else(|| {
                "“即日起”指成文日期，但文件没有写成文日期（date）：请写上 date，或写明起始日期"
                    .to_string()
            });
        }
        // A period name with no year (二季度, 年底前) takes the document's year.
        if take_num(text).is_none()
            && let Some(span) = parse_span(text.strip_prefix("今年").unwrap_or(text))
        {
            let Some(year) = document().0 else {
                return Err(format!(
                    "“{text}”没有写年份：请写成“2026年{}”这样带年份的形式",
                    text.trim_start_matches("今年")
                ));
            };
            return Ok(Date::span(year, span));
        }
        // A year left to fill in as well as the month (20xx年x月x日): the document's year.
        if let Some((year_mask, after)) = YearMask::read(text) {
            let Some(year) = document().0 else {
                return Err(format!(
                    "“{text}”的年份还没有填写：请写上年份，或在文件中写明成文日期（date）"
                ));
            };
            return match parse_masked(year, after) {
                Some(Ok(d)) => d.with_year_mask(year_mask).ok_or_else(bad),
                Some(Err(e)) => Err(e),
                None => Err(bad()),
            };
        }
        let (year, rest) = take_num(text).ok_or_else(bad)?;
        if year < 1000 {
            return Err(bad());
        }
        if let Some(after) = rest.strip_prefix('年').or_else(|| rest.strip_prefix('-'))
            && let Some(span) = parse_span(after).or_else(|| {
                (rest.starts_with('年') && after.trim().is_empty()).then_some(Span::Year)
            })
        {
            let year = u16::try_from(year).map_err(|_| bad())?;
            return Ok(Date::span(year, span));
        }
        if let Some(after) = rest.strip_prefix('年')
            && after.contains(crate::chinese::is_mask)
        {
            let year = u16::try_from(year).map_err(|_| bad())?;
            return parse_masked(year, after).ok_or_else(bad)?;
        }
        // Between dots, dashes or slashes (2023.xx.xx, 2023-X-X).
        if let Some(sep) = rest.chars().next().filter(|c| ".-/".contains(*c))
            && rest.contains(crate::chinese::is_mask)
            && let [month, day] = rest[1..].split(sep).collect::<Vec<_>>()[..]
            && !month.is_empty()
            && !day.is_empty()
        {
            let year = u16::try_from(year).map_err(|_| bad())?;
            return parse_masked(year, &format!("{month}月{day}日")).ok_or_else(bad)?;
        }
        let rest = rest
            .strip_prefix('年')
            .or_else(|| rest.strip_prefix('-'))
            .or_else(|| rest.strip_prefix('/'))
            .or_else(|| rest.strip_prefix('.'))
            .ok_or_else(bad)?;
        let (month, rest) = take_num(rest).ok_or_else(bad)?;
        let year = u16::try_from(year).map_err(|_| bad())?;
        let month = u8::try_from(month).map_err(|_| bad())?;
        let rest = rest.strip_prefix('月').unwrap_or(rest);
        let sep = rest
            .strip_prefix('-')
            .or_else(|| rest.strip_prefix('/'))
            .or_else(|| rest.strip_prefix('.'));
        let after = sep.unwrap_or(rest);
        if let Some((day, tail)) = take_num(after) {
            let tail = tail.strip_prefix('日').unwrap_or(tail).trim();
            if !tail.is_empty() {
                return Err(bad());
            }
            let day = u8::try_from(day).map_err(|_| format!("{year}年{month}月没有{day}日"))?;
            return Date::ymd(year, month, day);
        }
        if sep.is_some() {
            return Err(bad());
        }
        match parse_xun(after).ok_or_else(bad)? {
            Some(x) => Date::xun(year, month, x).map(|d| Date {
                month_edge: written_as_month_edge(after),
                ..d
            }),
            None => Date::ym(year, month),
        }
    }
}

/// The month and day of a date written with masks (`X月X日`, `xx月x日`, `X月上旬`, `5月X日`)
/// in `year`; `None` when `rest` is no such date. One mask character throughout.
fn parse_masked(year: u16, rest: &str) -> Option<Result<Date, String>> {
    let ch = rest.chars().find(|&c| crate::chinese::is_mask(c))?;
    // A run of digits or of masks, as its number and how many masks it has.
    let part = |s: &str| -> Option<(u8, u8, usize)> {
        let masks = s.chars().take_while(|&c| c == ch).count();
        if masks > 0 {
            return Some((
                0,
                u8::try_from(masks).ok().filter(|&n| n <= 2)?,
                masks * ch.len_utf8(),
            ));
        }
        let (n, tail) = take_num(s)?;
        Some((u8::try_from(n).ok()?, 0, s.len() - tail.len()))
    };
    let (month, month_masks, used) = part(rest)?;
    let after = rest[used..].strip_prefix('月')?;
    let (day_masks, xun) = match part(after) {
        Some((0, n, used)) if n > 0 && after[used..].trim_start_matches('号') == "日" => {
            (n, None)
        }
        Some((0, n, used)) if n > 0 && after[used..].is_empty() => (n, None),
        Some(_) => return None,
        None => (0, parse_xun(after)?),
    };
    if month_masks == 0 && day_masks == 0 {
        return None;
    }
    let mask = Mask {
        ch,
        month: month_masks,
        day: day_masks,
        year: None,
    };
    let edge = written_as_month_edge(after);
    Some(Date::masked(year, month, xun, mask).map(|d| Date {
        month_edge: edge,
        ..d
    }))
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "日期：2025-03-01（具体到日）、2025-03（整月）、2025-03上旬（上旬/中旬/下旬，月初、月底写作 2025-03初、2025-03底），也可写 2025年3月1日；还可写 2025年二季度、上半年、下半年、年底前（不写年份时取文件的年份）、即日起（成文日期）",
            "type": "string",
            "pattern": "^\\s*(\\d{4}|即日|自即日|今年|第?[一二三四1-4]季度|[上下]半年|年底|全年)"
        })
    }
}

/// Saved as documents write dates (`2025年3月1日`, `2025年3月`, `2025年3月上旬`, `2026年二季度`,
/// `即日起`): what a writer reads in the file gongwen saves, and what any reader of written dates
/// takes for the same day or month (`2025-03` reads as 25 March to some). Every form parses back.
impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.span.is_some() || self.from_issue {
            s.serialize_str(&self.iso())
        } else {
            s.serialize_str(&self.to_string())
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("日期（如 \"2025-03-01\"、\"2025-03\"、\"2025-03上旬\"）")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }
            // TOML's native dates (`date = 2025-03-01`) arrive as a one-entry map.
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                let Some((_k, v)) = map.next_entry::<String, String>()? else {
                    return Err(serde::de::Error::custom("空的日期"));
                };
                if map.next_key::<String>()?.is_some() {
                    return Err(serde::de::Error::custom("日期只能是一个值"));
                }
                let v = v.trim();
                if v.len() > 10 && v.is_char_boundary(10) {
                    return Err(serde::de::Error::custom(format!(
                        "日期“{v}”带有时刻：只写日期，如 2025-03-01"
                    )));
                }
                v.parse().map_err(serde::de::Error::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_names_parse_print_and_read_back() {
        for (text, iso, shown, first, last) in [
            (
                "2026年二季度",
                "2026年第二季度",
                "2026年第二季度",
                (2026, 4, 1),
                (2026, 6, 30),
            ),
            (
                "2026年第4季度",
                "2026年第四季度",
                "2026年第四季度",
                (2026, 10, 1),
                (2026, 12, 31),
            ),
            (
                "2026-Q1",
                "2026年第一季度",
                "2026年第一季度",
                (2026, 1, 1),
                (2026, 3, 31),
            ),
            (
                "2026年上半年",
                "2026年上半年",
                "2026年上半年",
                (2026, 1, 1),
                (2026, 6, 30),
            ),
            (
                "2026年下半年",
                "2026年下半年",
                "2026年下半年",
                (2026, 7, 1),
                (2026, 12, 31),
            ),
            (
                "2026年底前",
                "2026年底",
                "2026年",
                (2026, 1, 1),
                (2026, 12, 31),
            ),
        ] {
            let d: Date = text.parse().unwrap();
            assert_eq!(d.iso(), iso, "{text}");
            assert_eq!(d.to_string(), shown, "{text}");
            assert_eq!((d.first_day(), d.last_day()), (first, last), "{text}");
            assert_eq!(d.iso().parse::<Date>().unwrap(), d, "{text} reads back");
        }
        // Without a year: the document's, when the loader knows it; otherwise asked for.
        assert!("二季度".parse::<Date>().unwrap_err().contains("没有写年份"));
        let d = with_document_year(|| (Some(2027), None), || "年底前".parse::<Date>()).unwrap();
        assert_eq!(d.iso(), "2027年底");
        let today = Date::ymd(2027, 3, 5).unwrap();
        let d = with_document_year(
            move || (Some(2027), Some(today)),
            || "即日起".parse::<Date>(),
        );
        let d = d.unwrap();
        assert!(
            d.is_from_issue()
                && (d.first_day(), d.last_day()) == (today.first_day(), today.last_day())
        );
        assert_eq!((d.iso(), d.to_string()), ("即日起".into(), "即日起".into()));
        assert_ne!(d, today, "即日起 is kept as written");
        let end = Date::span(2027, Span::Year);
        assert_eq!(date_range(&d, &end), "即日起至2027年底");
        assert_eq!(
            date_range(&d, &Date::ymd(2027, 4, 15).unwrap()),
            "即日起至2027年4月15日"
        );
        assert!("即日起".parse::<Date>().is_err());
        assert!("2026年五季度".parse::<Date>().is_err());
    }

    #[test]
    fn masked_dates_read_and_print_as_written() {
        for (text, shown, first, last) in [
            ("2026年X月", "2026年X月", (2026, 1, 1), (2026, 12, 31)),
            (
                "2026年xx月x日",
                "2026年xx月x日",
                (2026, 1, 1),
                (2026, 12, 31),
            ),
            (
                "2026年X月上旬",
                "2026年X月上旬",
                (2026, 1, 1),
                (2026, 12, 31),
            ),
            (
                "2026年5月××日",
                "2026年5月××日",
                (2026, 5, 1),
                (2026, 5, 31),
            ),
        ] {
            let d: Date = text.parse().unwrap();
            assert!(d.is_masked(), "{text}");
            assert_eq!(
                (d.to_string(), d.iso()),
                (shown.into(), shown.into()),
                "{text}"
            );
            assert_eq!((d.first_day(), d.last_day()), (first, last), "{text}");
            assert_eq!(d.iso().parse::<Date>().unwrap(), d, "{text} reads back");
        }
        // Between dots, as signatures write it.
        for (text, shown) in [
            ("2023.xx.xx", "2023年xx月xx日"),
            ("2023-X-X", "2023年X月X日"),
        ] {
            assert_eq!(text.parse::<Date>().unwrap().to_string(), shown, "{text}");
        }
        // Not dates: a day masked under a masked month with digits, three masks, mixed masks.
        for text in [
            "2026年X月15日",
            "2026年XXX月",
            "2026年X月x日",
            "2026年X",
            "X月X日",
            "2026.X",
            "2026.X.15",
        ] {
            assert!(text.parse::<Date>().is_err(), "{text}");
        }
        // In the periods plans write, with the document's year.
        let read = |s| {
            let (a, b) = period_dates(s, Some(2026), None);
            (a.map(|d| d.to_string()), b.map(|d| d.to_string()))
        };
        let some = |s: &str| Some(s.to_string());
        assert_eq!(read("X月-X月"), (some("2026年X月"), some("2026年X月")));
        assert_eq!(
            read("xx月x日至xx月x日"),
            (some("2026年xx月x日"), some("2026年xx月x日"))
        );
        assert_eq!(
            read("2016年 X月 X日"),
            (some("2016年X月X日"), some("2016年X月X日"))
        );
        // A year left to fill in with the month stays as written and means the document's
        // year; with a month written, the date is the document's year's.
        assert_eq!(
            read("20xx 年 x 月 x 日下午"),
            (some("20xx年x月x日"), some("20xx年x月x日"))
        );
        assert_eq!(
            read("XX年X月X日—XX年X月X日"),
            (some("XX年X月X日"), some("XX年X月X日"))
        );
        assert_eq!(
            read("XX年12月28日~XX年12月31日"),
            (some("2026年12月28日"), some("2026年12月31日"))
        );
        let d = with_document_year(|| (Some(2027), None), || "20xx年x月x日".parse::<Date>());
        let d = d.unwrap();
        assert_eq!(
            (d.to_string(), d.first_day()),
            ("20xx年x月x日".into(), (2027, 1, 1))
        );
        assert!("20xx年x月x日".parse::<Date>().unwrap_err().contains("年份"));
        assert!(mentions_period_names("start = \"XX年X月X日\""));
        assert_eq!(stated_period("宣传发动阶段（X月-X月）"), Some("X月-X月"));
        assert_eq!(
            leading_period("xx月x日至xx月x日为集中宣传阶段"),
            Some("xx月x日至xx月x日")
        );
        assert_eq!(stated_period("XX县宣传阶段"), None);
    }

    #[test]
    fn a_phases_date_is_its_day_without_the_time() {
        for (text, day) in [
            ("5月11日 上午9:00", "5月11日"),
            ("10月11日中午12:20", "10月11日"),
            ("10月12日上午", "10月12日"),
            ("6月26日上午7:30—9:00", "6月26日"),
            ("4月23日（星期三）", "4月23日"),
            ("6月28日当天", "6月28日"),
            ("3月12日（周__）", "3月12日"),
            ("3月12日（星期  ）上午", "3月12日"),
            ("4月23日 周六 下午2点半", "4月23日"),
            ("5月1日9:00至5月3日17:00", "5月1日至5月3日"),
            ("3月1日14时30分", "3月1日"),
            ("5月10日 启动仪式", "5月10日 启动仪式"),
            ("3月1日-3月10日", "3月1日-3月10日"),
        ] {
            assert_eq!(without_times(text), day, "{text}");
        }
        let read = |s| period_dates(s, Some(2026), None);
        let d = |s: &str| s.parse::<Date>().ok();
        assert_eq!(read("5月11日 上午9:00"), (d("2026-05-11"), d("2026-05-11")));
        assert_eq!(
            read("5月1日9:00至5月3日17:00"),
            (d("2026-05-01"), d("2026-05-03"))
        );
        assert_eq!(
            closing_period("闭幕式（5月11日 上午9:00）"),
            Some("5月11日 上午9:00")
        );
    }

    #[test]
    fn both_forms_print_every_digit() {
        for (text, iso, chinese) in [
            ("2025-03-01", "2025-03-01", "2025年3月1日"),
            ("2030-12-31", "2030-12-31", "2030年12月31日"),
            ("2025-10", "2025-10", "2025年10月"),
            ("1999-01下旬", "1999-01下旬", "1999年1月下旬"),
        ] {
            let d: Date = text.parse().unwrap();
            assert_eq!(d.iso(), iso);
            assert_eq!(d.to_string(), chinese);
        }
        let mut s = String::new();
        push_number(&mut s, 7, 4);
        push_number(&mut s, 120, 1);
        assert_eq!(s, "0007120");
    }

    #[test]
    fn parses_the_forms_plans_use() {
        for (input, iso) in [
            ("2025-03-01", "2025-03-01"),
            ("2025-3-1", "2025-03-01"),
            ("2025/3/1", "2025-03-01"),
            ("2025年3月1日", "2025-03-01"),
            ("2025年3月", "2025-03"),
            ("2025-03", "2025-03"),
            ("2025年3月上旬", "2025-03上旬"),
            ("2025-03中旬", "2025-03中旬"),
            ("2025年3月底", "2025-03底"),
            ("2025年3月末", "2025-03底"),
            (" 2025年12月下旬 ", "2025-12下旬"),
        ] {
            assert_eq!(input.parse::<Date>().unwrap().iso(), iso, "{input}");
        }
    }

    #[test]
    fn a_months_end_is_its_last_ten_days_kept_as_written() {
        let d: Date = "2025年3月底".parse().unwrap();
        assert_eq!(d.to_string(), "2025年3月底");
        assert_eq!(d.precision(), Precision::Xun);
        assert_eq!(
            (d.first_day(), d.last_day()),
            ((2025, 3, 21), (2025, 3, 31))
        );
        let mut due = String::new();
        d.push_due(&mut due);
        assert_eq!(due, "2025年3月底前");
        assert_eq!(d.iso().parse::<Date>().unwrap(), d);
        assert_eq!(d.to_string().parse::<Date>().unwrap(), d);
        // 下旬 stays 下旬.
        let late: Date = "2025年3月下旬".parse().unwrap();
        assert_eq!(late.to_string(), "2025年3月下旬");
        assert_ne!(late, d);
        // A month's start likewise: the first ten days, written 初.
        let d: Date = "2025年12月初".parse().unwrap();
        assert_eq!(
            (d.to_string(), d.iso()),
            ("2025年12月初".into(), "2025-12初".into())
        );
        assert_eq!(
            (d.first_day(), d.last_day()),
            ((2025, 12, 1), (2025, 12, 10))
        );
        assert_eq!(d.iso().parse::<Date>().unwrap(), d);
        let early: Date = "2025年12月上旬".parse().unwrap();
        assert_eq!(early.to_string(), "2025年12月上旬");
        assert_ne!(early, d);
        // A masked month's end (xx月x日至月底) too.
        let d =
            with_document_year(|| (Some(2025), None), || "2025年xx月底".parse::<Date>()).unwrap();
        assert_eq!(d.to_string(), "2025年xx月底");
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for input in [
            "2025-02-29",
            "2025-13-01",
            "2025-04-31",
            "2025年0月",
            "明年三月",
            "",
            "2025",
            "2025-03-01x",
            "2025-03上午",
            "99-03-01",
        ] {
            assert!(input.parse::<Date>().is_err(), "{input} should fail");
        }
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2000-02-29".parse::<Date>().is_ok());
        assert!("1900-02-29".parse::<Date>().is_err());
    }

    #[test]
    fn ranges_and_display() {
        let p = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(p("2025-03-01").to_string(), "2025年3月1日");
        assert_eq!(
            date_range(&p("2025-04-01"), &p("2025-04-10")),
            "2025年4月1日—4月10日"
        );
        assert_eq!(
            date_range(&p("2025-04上旬"), &p("2025-05")),
            "2025年4月上旬—5月"
        );
        assert_eq!(
            date_range(&p("2025-12"), &p("2026-01")),
            "2025年12月—2026年1月"
        );
        assert!(p("2025-04上旬") < p("2025-04中旬"));
        assert_eq!(p("2025-04下旬").last_day(), (2025, 4, 30));
    }
}

/// The year a document's title names for its dates: its first `2025年` (full-width digits
/// and spaces too), else the year its school year means (see [`school_year`]). Import and
/// the loader read the year of dates written without one (二季度, 20xx年x月x日) by it first.
pub(crate) fn title_year(title: &str) -> Option<u16> {
    let title: String = crate::chinese::ascii_digits(title)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let chars: Vec<char> = title.chars().collect();
    chars
        .windows(5)
        .filter(|w| w[4] == '年' && w[..4].iter().all(char::is_ascii_digit))
        .find_map(|w| {
            w[..4]
                .iter()
                .collect::<String>()
                .parse::<u16>()
                .ok()
                .filter(|y| (1900..=2100).contains(y))
        })
        .or_else(|| school_year(&title))
}

/// The calendar year a school year's title means for its dates: `2023-2024学年` and
/// `2011學年` start in 2023 and 2011 (their autumn months; the later months run into the next
/// year as phases follow each other), `……学年第二学期` (or 下学期, 春季学期) is in the second.
fn school_year(title: &str) -> Option<u16> {
    let at = title.find("学年").or_else(|| title.find("學年"))?;
    let head = title[..at].trim_end_matches(['度', ' ']);
    // The first year of `2023-2024` / `2023—2024` / `2023至2024`, or the only one, right
    // before 学年.
    if !head.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let years: Vec<u16> = head
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| s.len() == 4)
        .filter_map(|s| s.parse().ok())
        .filter(|y| (1900..=2100).contains(y))
        .collect();
    let first = *years.first()?;
    let rest = &title[at..];
    let second = [
        "第二学期",
        "下学期",
        "春季学期",
        "第二學期",
        "下學期",
        "春季學期",
    ]
    .iter()
    .any(|w| rest.contains(w));
    Some(if second { first + 1 } else { first })
}

/// A date phrase as writers put it in a heading, read with `year` when it names none:
/// `4 月 12 日`, `3月1号`, `10月底`, `2006年3月`. `None` when it does not read.
pub(crate) fn parse_phrase(text: &str, year: Option<u16>) -> Option<Date> {
    phrase_in_figures(text, year).map(|d| d.as_written(text))
}

/// [`parse_phrase`]'s date, with its month and day in figures.
fn phrase_in_figures(text: &str, year: Option<u16>) -> Option<Date> {
    let mut t: String = arabic_dates(&iso_dates(&crate::chinese::ascii_digits(text)))
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    t = t.replace('号', "日").replace("月份", "月");
    for tail in ["以前", "之前", "前"] {
        if let Some(s) = t.strip_suffix(tail) {
            t = s.to_string();
            break;
        }
    }
    if t.is_empty() {
        return None;
    }
    let has_year = t
        .find('年')
        .is_some_and(|i| i == 4 && t[..i].chars().all(|c| c.is_ascii_digit()));
    // 2024.4.1, 2024.4, 2024/4/1: a year, a month and maybe a day between dots or slashes.
    let dotted = t.len() >= 6
        && [b'.', b'/'].contains(&t.as_bytes()[4])
        && t.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '/');
    if has_year || dotted {
        return t.parse().ok();
    }
    // A month (4月12日, 10月底) or a period longer than one (二季度, 上半年).
    if !t.contains('月') && !t.contains("季度") && !t.contains("半年") {
        return None;
    }
    format!("{}年{t}", year?).parse().ok()
}

/// The period a phase's name states, as written: in its closing brackets
/// (`准备阶段(2025年4月1日—4月上旬)` → `2025年4月1日—4月上旬`, `动员阶段（即日起至4月15日）。` →
/// `即日起至4月15日`), else in a part of its own set off by punctuation or following the name
/// (`准备阶段：3月上旬至4月底`, `第四阶段，10月16日-10月31日，整改提高`, `巩固阶段 11月1日至11月30日`).
/// `None` when the name states no period.
pub(crate) fn stated_period(name: &str) -> Option<&str> {
    closing_period(name)
        .or_else(|| parts(name).find_map(period_tail))
        .or_else(|| leading_period(name))
        // A row of cells set off by spaces, as a table pasted as text gives it (第一阶段
        // 3月1日-3月15日 宣传发动).
        .or_else(|| {
            name.split_whitespace()
                .find(|w| w.contains('月') && reads_as_period(w) || dotted_range(w))
        })
        // A name that opens with its day and runs on (2025年8月1日上午慰问优抚对象,
        // 11月18号学院东篮球场).
        .or_else(|| parts(name).next().and_then(period_head))
        // A part that opens with the step's time and says it is then done (`摸底排查，6月底前完成`).
        .or_else(|| {
            parts(name).skip(1).find_map(|p| {
                period_head(p).filter(|h| {
                    ["完成", "结束", "完毕", "到位", "进行", "开展"].contains(&p[h.len()..].trim())
                })
            })
        })
        // A period after the name's colon that runs on (拔河比赛：12月28日~12月31日两天中午).
        .or_else(|| {
            name.split_once(['：', ':'])
                .and_then(|(_, rest)| period_head(rest.trim_start()))
        })
        // A time line after the name's colon, with a clock after its day (决赛：时间：
        // 2025年11月20日 19:00).
        .or_else(|| {
            name.split_once(['：', ':'])
                .and_then(|(_, rest)| labelled_period(rest))
        })
        // A part that is a day between dots alone (前期准备：9.10).
        .or_else(|| parts(name).find(|p| period_head_dotted(p) == Some(*p)))
}

/// The period a step's name runs on into, its text following without a mark:
/// `评奖及表彰4月16日~4月19日由评审小组评选` → `4月16日~4月19日`. The name is short, in Chinese
/// characters only, and the period comes first in the name's first part.
pub(crate) fn named_run_on(name: &str) -> Option<&str> {
    let first = parts(name).next()?;
    let k = first.find(|c: char| crate::chinese::is_digit(c))?;
    let head = &first[..k];
    let n = head.chars().count();
    if !(2..=10).contains(&n)
        || !head.chars().all(crate::chinese::is_cjk)
        || head.ends_with(['第', '每', '前', '近', '约', '共', '计', '至', '到', '于'])
    {
        return None;
    }
    period_head(&first[k..])
}

/// The period a text opens with and runs on from without a mark: `2025年8月1日上午慰问…` →
/// `2025年8月1日上午`, `11月18号学院东篮球场` → `11月18号`. The longest such start that names
/// its month and reads as a period, not cut inside a number or a range.
pub(crate) fn period_head(text: &str) -> Option<&str> {
    head_period(text, false)
}

/// [`period_head`], and a month and day between dots (`9.10`, `9.15~9.16`) too: only where
/// a line stands as a period already (after a part's name and a colon), since a text that
/// opens with `6.5` is more often a number.
fn period_head_dotted(text: &str) -> Option<&str> {
    head_period(text, true)
}

fn head_period(text: &str, dots: bool) -> Option<&str> {
    const NUMERALS: &str = "一二三四五六七八九十";
    let first = text.chars().next()?;
    // A month in numerals (五月二十二日至……, 十一月份：……), not a span (一月一次, 一月内).
    let numeral_month = NUMERALS.contains(first) && {
        let month: String = text.chars().take_while(|&c| NUMERALS.contains(c)).collect();
        text[month.len()..].strip_prefix('月').is_some_and(|r| {
            crate::chinese::numeral_value(&month).is_some_and(|m| (1..=12).contains(&m))
                && !["一次", "次", "内", "来", "多", "余", "后"]
                    .iter()
                    .any(|w| r.starts_with(w))
        })
    };
    if !(crate::chinese::is_digit(first)
        || crate::chinese::is_mask(first)
        || numeral_month
        || "自从即".contains(first))
    {
        return None;
    }
    let mut best = None;
    for (k, c) in text.char_indices().take(30) {
        let end = k + c.len_utf8();
        let (head, next) = (&text[..end], text[end..].chars().next());
        // Not inside a number, a range or a date.
        if next.is_some_and(|n| {
            crate::chinese::is_digit(n)
                || NUMERALS.contains(n) && (NUMERALS.contains(c) || c == '月')
                || crate::chinese::is_mask(n) && !c.is_ascii_digit()
                || "-—－~～.．".contains(n)
        }) {
            continue;
        }
        if head.contains('月') && reads_as_period(head)
            || dots
                && (month_dot_day(head).is_some()
                    // 9.15~9.16: a range of days between dots.
                    || head.contains('.') && parse_range(head, Some(2000)).is_some())
        {
            best = Some(head);
        }
    }
    best
}

/// A day written as its month and day between a dot, as school and student plans do: `9.10`
/// → `9月10日`. Only where the text already stands as a period (a range's ends, see
/// [`parse_range`]; after a part's name, see [`labelled_clause`]).
///
/// A year written masked before them (`xx.03.16`, `20XX.3.16`, as samples hide the year) is
/// the document's, like a year left out.
fn month_dot_day(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s
        .split_once(['.', '．'])
        .filter(|(y, _)| is_masked_year(y))
        .map_or(s, |(_, rest)| rest);
    let (m, d) = s.split_once(['.', '．'])?;
    let number = |x: &str, max: u32| {
        (1..=2).contains(&x.len())
            && x.bytes().all(|b| b.is_ascii_digit())
            && x.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v))
    };
    (number(m, 12) && number(d, 31)).then(|| format!("{m}月{d}日"))
}

/// Whether a line is a period alone, as a table pasted cell by cell gives a step's period
/// under its name: `2018年7-8月`, two periods set off by a comma (`2018年7-8月，11-12月`), or
/// days between dots (`11.11-11.17`).
pub(crate) fn period_line(line: &str) -> bool {
    let t = line.trim();
    dotted_range(t) || t.contains('月') && t.split(['，', ',']).all(|p| reads_as_period(p.trim()))
}

/// Whether `s` is a range of days between dots and nothing else (`9.1-9.7`, `3.9~3.15`), as a
/// school's calendar writes its weeks, its dash typed twice or more too (`9.1-—9.2`, `9.5--9.9`).
pub(crate) fn dotted_range(s: &str) -> bool {
    s.split_once(['-', '—', '－', '–', '~', '～'])
        .is_some_and(|(a, b)| {
            month_dot_day(a).is_some()
                && month_dot_day(b.trim_start_matches(['-', '—', '－', '–'])).is_some()
        })
}

/// A year written with masks in place of some digits (`xx`, `XX`, `20xx`, `××××`).
fn is_masked_year(y: &str) -> bool {
    let masks = y.trim_start_matches(|c: char| c.is_ascii_digit());
    (2..=4).contains(&y.chars().count())
        && !masks.is_empty()
        && masks.chars().all(crate::chinese::is_mask)
}

/// A line that names its part before a colon and opens its text with the period:
/// `前期准备：9.10前往社区了解情况` → (`前期准备：9.10`, `9.10`, `前往社区了解情况`), as student
/// plans list the times of an activity. The name keeps the period, as written.
pub(crate) fn labelled_clause(text: &str) -> Option<(&str, &str, &str)> {
    let t = text.trim();
    let k = t.find(['：', ':'])?;
    let name = t[..k].trim();
    if name.is_empty()
        || name.chars().count() > 12
        || name
            .chars()
            .any(|c| c.is_ascii_digit() || "，。；、,;（）()".contains(c))
        || ["时间", "时限", "日期", "时段", "地点"]
            .iter()
            .any(|w| name.ends_with(w))
    {
        return None;
    }
    let colon = k + t[k..].chars().next()?.len_utf8();
    let after = t[colon..].trim_start();
    let period = period_head_dotted(after)?;
    let end = t.len() - after.len() + period.len();
    Some((&t[..end], period, t[end..].trim()))
}

/// Labels of a time line that date the whole work, not one step of it (`活动时间：……`).
pub(crate) const WHOLE: &[&str] = &[
    "", "活动", "比赛", "大赛", "竞赛", "赛事", "实施", "工作", "开展", "举办", "举行", "行动",
    "具体", "起止", "完成", "截止", "预计", "计划",
];

/// A label without a list's mark before it (`- 时间：1月上旬`).
pub(crate) fn without_list_mark(label: &str) -> &str {
    label.trim_start_matches(['-', '*', '•', '·', '—']).trim()
}

/// Whether a time line's label is the time of the whole work (`活动时间`, `活动的时间`, `时间`),
/// see [`WHOLE`].
pub(crate) fn whole_label(label: &str) -> bool {
    let label = without_list_mark(label);
    let simple = crate::chinese::simplified(label);
    ["时间", "时段", "日期"]
        .iter()
        .find_map(|w| simple.as_deref().unwrap_or(label).strip_suffix(w))
        .is_some_and(|head| WHOLE.contains(&head.trim_end_matches(['的', '之'])))
}

/// The step a time line names, and its period: `报名时间：11月20日—11月24日` → (`报名`,
/// `11月20日—11月24日`); `活动时间：……`, which dates the whole work, names none (see
/// [`time_line`], [`WHOLE`]).
pub(crate) fn step_time(line: &str) -> Option<(String, &str)> {
    let (label, period) = time_line(line)?;
    if whole_label(&label) {
        return None;
    }
    let head = ["时间", "时段", "日期"]
        .iter()
        .find_map(|w| without_list_mark(&label).strip_suffix(w))?
        .trim_end_matches(['的', '之']);
    Some((head.to_string(), period))
}

/// A round's time line as a clause (see [`step_time`]): `初赛时间：11月25日` → (`初赛时间：11月25日`,
/// `11月25日`, ``), `投稿时间：2021年5月-7月31号，……` → (…, …, `，……`), as a contest's plan lists
/// its rounds. The name keeps the period, as written.
pub(crate) fn timed_clause(text: &str) -> Option<(&str, &str, &str)> {
    let t = text.trim();
    let (_, period) = step_time(t)?;
    let end = t.find(period)? + period.len();
    Some((&t[..end], period, t[end..].trim()))
}

/// A line that names its step and then its period after a comma, nothing after it:
/// `小麦秸秆直接还田，6月10日—7月5日；` → (the whole line, `6月10日—7月5日`, ``), as a
/// timetable lists its steps one a line. The name keeps the period, as written.
pub(crate) fn named_clause(text: &str) -> Option<(&str, &str, &str)> {
    let t = text.trim();
    let (name, after) = t.split_once(['，', ','])?;
    let n = name.trim().chars().count();
    if !(2..=20).contains(&n)
        || name
            .chars()
            .any(|c| c.is_ascii_digit() || "。；;：:".contains(c))
    {
        return None;
    }
    let period = after.trim().trim_end_matches(['；', ';', '。']).trim_end();
    (reads_as_period(period) && period.chars().any(|c| c.is_ascii_digit() || c == '月'))
        .then_some((t, period, ""))
}

/// A period that a phase's name opens with and names the phase after: `11月1日至11月5日为宣传
/// 发动阶段`, `3月上旬—4月底是集中整治阶段`.
fn leading_period(name: &str) -> Option<&str> {
    let first = parts(name).next()?;
    first
        .char_indices()
        // A period is short (see period_tail): 40 characters at most before 为.
        .take_while(|&(k, _)| k <= 40 * 4)
        .filter(|&(_, c)| c == '为' || c == '是')
        .map(|(k, _)| first[..k].trim())
        .find(|head| reads_as_period(head))
}

/// The period a phase's text opens with, as written: `3月上旬至4月底。……`,
/// `时间：10月1日至10月15日。……`, `2024年12月上旬，组织验收。` (in its first two parts).
pub(crate) fn opening_period(text: &str) -> Option<&str> {
    parts(text).take(2).find_map(period_tail)
}

/// The period a text closes with in brackets: `……报名。（3月1日到3月4日）`.
pub(crate) fn closing_period(text: &str) -> Option<&str> {
    let t = text
        .trim()
        .trim_end_matches(['。', '.', '：', ':', '；', ';']);
    let body = t.strip_suffix([')', '）', '】', ']'])?;
    // The bracket the last one closes, brackets inside it passed over (9月1日（周一）—9月5日（周五）).
    let mut depth = 0;
    let open = body.char_indices().rev().find_map(|(k, c)| {
        if matches!(c, ')' | '）' | '】' | ']') {
            depth += 1;
        } else if matches!(c, '(' | '（' | '【' | '[') {
            if depth == 0 {
                return Some(k);
            }
            depth -= 1;
        }
        None
    })?;
    let inner = body[open..]
        .trim_start_matches(['(', '（', '【', '['])
        .trim();
    reads_as_period(inner).then_some(inner)
}

/// The parts of a line between its punctuation (brackets, commas, colons, full stops).
fn parts(text: &str) -> impl Iterator<Item = &str> {
    const MARKS: &str = "（）()【】[]，。；：:,;、";
    // The parts one at a time (stated_period reads every heading): each up to the next mark,
    // a day's weekday in brackets passed over as part of its date (3月13日（周二）至3月16日（周五）).
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        let mut k = from;
        while let Some(c) = text[k..].chars().next() {
            let w = if text[..k].ends_with(['日', '号']) {
                weekday(&text[k..])
            } else {
                0
            };
            if w > 0 {
                k += w;
            } else if c == '、' && days_joined_at(text, k) {
                // (Two days listed, 10月4日、5日, are one period.)
                k += c.len_utf8();
            } else if MARKS.contains(c) {
                start = Some(k + c.len_utf8());
                return Some(&text[from..k]);
            } else {
                k += c.len_utf8();
            }
        }
        start = None;
        Some(&text[from..])
    })
    .map(str::trim)
    .filter(|p| !p.is_empty())
}

/// The longest end of `part` that is a period (`巩固阶段 11月1日至11月30日` → `11月1日至11月30日`,
/// `时间为10月1日至10月15日` → `10月1日至10月15日`), starting where a date can start.
fn period_tail(part: &str) -> Option<&str> {
    date_starts(part, "即自从上下全")
        .map(|k| part[k..].trim())
        // A period is short: a tail longer than 40 characters is none (and reading every
        // tail of a long part would take time in the square of its length).
        .filter(|tail| tail.chars().nth(40).is_none())
        .find(|tail| reads_as_period(tail))
}

/// A period's start and end.
pub(crate) type Dates = (Option<Date>, Option<Date>);

/// The dates of a period as written: a range (`4月16日至10月10日`), one period (二季度, 上半年,
/// 3月15日: start and end) or a deadline (10月底前: the end only). A period that starts 即日起
/// (`即日起至3月31日`) starts on `dated`, the document's 成文日期 (today's for a document that
/// writes none), kept as 即日起: that is what it means, and what the writer wrote.
pub(crate) fn period_dates(period: &str, year: Option<u16>, dated: Option<Date>) -> Dates {
    let (start, end) = period_dates_of_year(period, year, dated);
    // A month or day written in Chinese numerals or with 份 (五月二十日, 三月份) keeps its form.
    let (a, b) = period_parts(period).unwrap_or_default();
    let (start, end) = (
        start.map(|d| d.as_written(a.unwrap_or_default())),
        end.map(|d| d.as_written(b.unwrap_or_default())),
    );
    // A date left to fill in keeps its masked year as written (20xx年x月x日).
    let Some(&(_, _, masked)) = masked_years(period).first() else {
        return (start, end);
    };
    let keep = |d: Option<Date>| d.map(|d| d.with_year_mask(masked).unwrap_or(d));
    (keep(start), keep(end))
}

fn period_dates_of_year(period: &str, year: Option<u16>, dated: Option<Date>) -> Dates {
    let none = (None, None);
    let period = dash_typed_as_one(period);
    // 二〇二六年三月一日 as 2026年3月1日 (the name keeps what was written); a masked year
    // (20××年9月14日) is no year.
    let unmasked = without_masked_years(&period);
    let unmasked = without_times(&unmasked);
    let arabic = arabic_dates(&unmasked);
    let period = arabic.as_ref();
    // A day between dots (9.10), as period_head reads one.
    if let Some(day) = month_dot_day(period) {
        let d = parse_phrase(&day, year);
        return (d, d);
    }
    // An end alone (截止到5月28日, 截至5月28日): no start.
    if let Some(to) = deadline(period) {
        return (None, parse_phrase(to, year));
    }
    // A start alone (3月1日起, 自3月1日起): no end.
    if let Some(from) = start_only(period)
        && !from.contains(['至', '到', '—', '－', '-', '~', '～'])
        && !from.contains("即日")
    {
        let from = from.trim_start_matches(['自', '从']);
        return (parse_phrase(from, year), None);
    }
    if let Some(to) = from_today(period) {
        return match dated {
            Some(today) => (
                Some(today.as_from_issue()),
                parse_phrase(to, year.or(Some(today.year()))),
            ),
            None => (None, parse_phrase(to, year)),
        };
    }
    match parse_range(period, year) {
        Some((start, end)) => (Some(start), Some(end)),
        None => match parse_phrase(period, year) {
            Some(d) if period.ends_with('前') => (None, Some(d)),
            Some(d) => (Some(d), Some(d)),
            None => none,
        },
    }
}

/// A range whose dash was typed as 一 (`4月26日一4月30日`): 一 between a day and a digit
/// is the dash, as no number is written so.
///
/// So is the 、 between two days (`10月4日、5日`): the period runs from the first to the second.
fn dash_typed_as_one(s: &str) -> std::borrow::Cow<'_, str> {
    let listed = two_days(s).is_some();
    if !s.contains("日一") && !s.contains("号一") && !listed {
        return s.into();
    }
    let chars: Vec<char> = s.chars().collect();
    let between = |k: usize| {
        k > 0
            && matches!(chars[k - 1], '日' | '号')
            && chars.get(k + 1).is_some_and(char::is_ascii_digit)
    };
    let dash = |k: usize| (chars[k] == '一' || listed && chars[k] == '、') && between(k);
    (0..chars.len())
        .map(|k| if dash(k) { '—' } else { chars[k] })
        .collect::<String>()
        .into()
}

/// Where the 、 of a period that names two days stands (`10月4日、5日`, `5月1日、5月3日`):
/// one 、, after a day and before a figure; not a list of three or more.
fn two_days(s: &str) -> Option<usize> {
    let marks: Vec<usize> = s.match_indices('、').map(|(k, _)| k).collect();
    let [k] = marks[..] else {
        return None;
    };
    days_joined_at(s, k).then_some(k)
}

/// Whether the 、 at `k` joins two days (`4日、5日`, `4日、5月1日`).
fn days_joined_at(s: &str, k: usize) -> bool {
    let after = &s[k + '、'.len_utf8()..];
    let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    s[..k].ends_with(['日', '号']) && digits > 0 && after[digits..].starts_with(['日', '号', '月'])
}

/// A sentence that opens with its period and a comma (`9月1日—9月10日，启动仪式，……` →
/// (`9月1日—9月10日，`, `9月1日—9月10日`, `启动仪式，……`)), as the steps of a plan are listed
/// without numbers. The period names its month.
pub(crate) fn dated_clause(text: &str) -> Option<(&str, &str, &str)> {
    let t = text.trim();
    let k = t.find(['，', ','])?;
    let period = t[..k].trim();
    if !period.contains('月') || period.chars().count() > 24 || !reads_as_period(period) {
        return None;
    }
    let end = k + t[k..].chars().next()?.len_utf8();
    Some((&t[..end], period, t[end..].trim()))
}

/// A row of a schedule pasted as text, its cells set off by spaces: `1 5月10日 启动仪式 社区党委`
/// or `5月11日—5月20日 邻里互助集市 社区居委会` → (the row, its period, ""). Three or more cells;
/// the period (with its month) is the first, or the second after a row number.
pub(crate) fn dated_row(text: &str) -> Option<(&str, &str, &str)> {
    let t = text.trim();
    let row = row_period(t)?;
    // A period alone, spaces round its dash (XX年10月20日 — XX年12月11日), names no step.
    (!reads_as_period(&cells(t).collect::<String>())).then_some((t, row, ""))
}

/// The period of `t` read as a row of a schedule (see [`dated_row`]).
fn row_period(t: &str) -> Option<&str> {
    // Spaces inside brackets set off no cells: `宣传动员（ 3月5日 至 3月15日 ）。` is a name
    // and its period, typed with spaces.
    let open = |c: &str| c.matches(['（', '(']).count() > c.matches(['）', ')']).count();
    if cells(t).any(open) {
        return None;
    }
    // A row of two cells, the name and then the period (`节目征集 10 月 8 日 -10 月 20 日`,
    // `正式演出 11月10日`), its spaces inside the period as some writers type them.
    if let Some(k) = t.find(cell_gap) {
        let (name, rest) = (&t[..k], t[k..].trim_start_matches(cell_gap));
        if (2..=12).contains(&name.chars().count())
            && !name
                .chars()
                .any(|c| crate::chinese::is_digit(c) || "，。；：、,;:（）()".contains(c))
            && rest.contains('月')
            && rest.chars().count() <= 30
            && reads_as_period(rest)
        {
            return Some(rest);
        }
    }
    let mut cells = cells(t);
    let first = cells.next()?;
    let second = cells.next()?;
    let third = cells.next()?;
    // After a row number, or after the row's name (报名 10月20日—11月9日 校团委), but for a
    // stage's number (第一阶段 3月1日-3月15日 宣传发动: a heading of its own).
    let named = !(first.contains('月') && reads_as_period(first)
        || first.chars().any(crate::chinese::is_digit)
        || first.starts_with('第'));
    let numbered = first.chars().all(|c| c.is_ascii_digit());
    let (period, next) = if numbered && !second.contains('月') && third.contains('月') {
        // After the row's number and its name (1 联系场地 2月28日—3月5日).
        (third, cells.next())
    } else if numbered || named {
        (second, Some(third))
    } else {
        (first, Some(second))
    };
    // (A cell that says when with 在 or 于: `①　在3月7日上午　利用国旗下讲话……`.)
    let period = period
        .strip_prefix(['在', '于'])
        .filter(|p| p.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(period);
    // A period with its month: 5月10日, 2018-9-10, 2018.9.10 (not a bare number).
    let dated = |c: &str| {
        let full = c.len() >= 8
            && c.get(..4)
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
            && matches!(c.as_bytes()[4], b'.' | b'/');
        // Or days between dots, 3.9-3.15, as a term's calendar writes its weeks.
        (full || dotted_range(c) || iso_dates(c).contains('月')) && reads_as_period(c)
    };
    // (Or a period and what happens on it, `4月30日评比`, `5月4日举行`: the period.)
    let period = if dated(period) {
        period
    } else {
        let (at, unit) = period
            .char_indices()
            .rev()
            .find(|&(_, c)| matches!(c, '日' | '号' | '旬' | '月'))?;
        let (head, deed) = period.split_at(at + unit.len_utf8());
        ((1..=4).contains(&deed.chars().count())
            && deed.chars().all(crate::chinese::is_cjk)
            && !deed.contains(['前', '后', '起', '止', '至', '到', '底', '初', '末', '中'])
            && dated(head))
        .then_some(head)?
    };
    // A start and an end in cells of their own (联系场地 | 2018-9-10 | 2018-9-12 | 行政部): the
    // period runs over both.
    if let Some(end) = next.filter(|c| dated(c) && parse_range(c, Some(2000)).is_none()) {
        let from = period.as_ptr() as usize - t.as_ptr() as usize;
        let to = end.as_ptr() as usize - t.as_ptr() as usize + end.len();
        return Some(&t[from..to]);
    }
    Some(period)
}

/// What sets off the cells of a row pasted as text: spaces (a full-width one too), or the
/// bars of a table drawn in text (`联系场地 | 2018-9-10 | 行政部`).
fn cell_gap(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | '｜')
}

/// The cells of a row pasted as text (see [`cell_gap`]).
fn cells(t: &str) -> impl Iterator<Item = &str> {
    t.split(cell_gap).filter(|c| !c.is_empty())
}

/// A numbered row of a schedule pasted as text: its number, then at least one cell set off
/// by a space or a bar (`3　招募志愿者`, `1 5月10日 启动仪式`).
pub(crate) fn numbered_row(text: &str) -> bool {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    (1..=3).contains(&digits) && t[digits..].starts_with(cell_gap) && cells(t).nth(1).is_some()
}

/// The header of a schedule pasted as text: `序号 时间 活动内容 负责人` (three or more short
/// cells, one of them naming the time), or `月份　工作内容` (the time, then what is done).
pub(crate) fn schedule_header(text: &str) -> bool {
    let cells: Vec<&str> = cells(text).collect();
    let time = |c: &&str| c.contains("时间") || c.contains("日期");
    cells.len() >= 3 && cells.iter().all(|c| c.chars().count() <= 6) && cells.iter().any(time)
        // Or two: the time and what is done (月份　工作内容, 时间　活动内容).
        || cells.len() == 2
            && cells.iter().all(|c| c.chars().count() <= 6)
            && (time(&cells[0]) || cells[0] == "月份")
            && cells[1].contains("内容")
}

/// The period of a time line: `时间：3月1日-3月15日`, `完成时限：5月底前。`, `活动日期：4月1日`.
pub(crate) fn labelled_period(line: &str) -> Option<&str> {
    time_line(line).map(|(_, period)| period)
}

/// The periods that the clauses of a text give after a time label, in order: `……选出代表参加
/// 复赛；时间：5月11日之前。` → `5月11日之前`.
pub(crate) fn labelled_periods(text: &str) -> impl Iterator<Item = &str> {
    text.split(['；', ';', '。']).filter_map(labelled_period)
}

/// A time line's label, in simplified characters and without a note in brackets
/// (`決賽時間（初定）：五月中旬` → `决赛时间`), and its period: see [`labelled_period`]. The
/// label may be set off by a verb instead of a colon: `时间为3月1日至3月10日，……`,
/// `初赛时间定于4月15日`.
pub(crate) fn time_line(line: &str) -> Option<(std::borrow::Cow<'_, str>, &str)> {
    let line = line.trim();
    let (label, rest) = line.split_once(['：', ':']).or_else(|| {
        [
            "时间为",
            "时间是",
            "时间定于",
            "时间定为",
            "时间定在",
            "时间安排在",
        ]
        .iter()
        .filter_map(|w| line.find(w).map(|k| (k, w)))
        .min()
        .map(|(k, w)| (&line[..k + "时间".len()], &line[k + w.len()..]))
    })?;
    // A note in brackets after the label (决赛时间（初定）：五月中旬), in traditional
    // characters too (決賽時間).
    let label = label.trim();
    let label = match label.strip_suffix(['）', ')']) {
        Some(r) => r.rfind(['（', '(']).map_or(label, |k| r[..k].trim_end()),
        None => label,
    };
    let label = match crate::chinese::simplified(label) {
        Some(simple) => std::borrow::Cow::Owned(simple),
        None => std::borrow::Cow::Borrowed(label),
    };
    if label.chars().count() > 6
        || !["时间", "时限", "日期", "时段"]
            .iter()
            .any(|w| label.ends_with(w))
    {
        return None;
    }
    // A year the page lost leaves its 年 (`活动时间：年4月23日`): the day is the document's year's.
    let rest = rest.trim_start();
    let rest = rest
        .strip_prefix('年')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(rest);
    let period = rest
        .split(['。', '，', '；', ',', ';'])
        .next()
        .unwrap_or("")
        .trim();
    if !period.is_empty() && reads_as_period(period) {
        return Some((label, period));
    }
    // Before a note in brackets (时间：五月二十九日（房务部人员初赛）).
    let bare = period.split(['（', '(']).next().unwrap_or("").trim();
    (!bare.is_empty() && bare.len() < period.len() && reads_as_period(bare))
        .then_some((label, bare))
}

/// The first period that the first sentence of a text names anywhere in it, with the month:
/// `各单位要于3月15日前召开动员会，……` → `3月15日前`, `5月底前完成验收。` → `5月底前`. The
/// longest period from the first place where one starts.
pub(crate) fn inner_period(text: &str) -> Option<&str> {
    let sentence = text.split(['。', '；', ';']).next().unwrap_or(text);
    parts(sentence).find_map(|part| {
        let mut before = None;
        part.char_indices()
            .filter(|&(_, c)| {
                let starts = crate::chinese::is_digit(c)
                    && !before.is_some_and(crate::chinese::is_digit)
                    || crate::chinese::is_mask(c) && !before.is_some_and(crate::chinese::is_mask)
                    || c == '即';
                before = Some(c);
                starts
            })
            .find_map(|(k, _)| {
                // A period is short: the longest one within 30 characters.
                let rest = &part[k..];
                let rest = rest
                    .char_indices()
                    .nth(30)
                    .map_or(rest, |(e, _)| &rest[..e]);
                rest.char_indices()
                    .map(|(e, c)| &rest[..e + c.len_utf8()])
                    .rev()
                    .find(|p| p.contains('月') && reads_as_period(p))
            })
    })
}

/// Every period `text` writes, in order: at each place where a date can start (a digit, a
/// Chinese numeral or a mask that no other one stands before, or 即), the longest period
/// within 30 characters that names its month. (`五月二十二日至五月二十四日拟订方案` →
/// `五月二十二日至五月二十四日`.)
pub(crate) fn periods(text: &str) -> impl Iterator<Item = &str> {
    parts(text).flat_map(move |part| {
        date_starts(part, "即")
            // (Not again inside a period found: 五月二十六日 of 五月二十日至五月二十六日.)
            .scan(0, move |until, k| {
                if k < *until {
                    return Some(None);
                }
                let rest = &part[k..];
                let rest = rest
                    .char_indices()
                    .nth(30)
                    .map_or(rest, |(e, _)| &rest[..e]);
                // (No month within reach: nothing to read.)
                let Some(month) = rest.find('月') else {
                    return Some(None);
                };
                let found = rest
                    .char_indices()
                    .filter(|&(e, _)| e >= month)
                    .map(|(e, c)| &rest[..e + c.len_utf8()])
                    .rev()
                    .find(|p| reads_as_period(p));
                if let Some(p) = found {
                    *until = k + p.len();
                }
                Some(found)
            })
            .flatten()
    })
}

/// Where in `part` a date can start: a digit, a Chinese numeral or a mask that no other one
/// stands before (十一月 is no 一月; a masked month, X月-X月), or one of `words`' characters
/// (即日起, 自3月1日).
fn date_starts<'a>(part: &'a str, words: &'static str) -> impl Iterator<Item = usize> + 'a {
    let numeral = |c: char| "〇零一二三四五六七八九十两".contains(c);
    let mut before = None;
    part.char_indices().filter_map(move |(k, c)| {
        let starts = crate::chinese::is_digit(c) && !before.is_some_and(crate::chinese::is_digit)
            || numeral(c) && !before.is_some_and(numeral)
            || crate::chinese::is_mask(c) && !before.is_some_and(crate::chinese::is_mask)
            || words.contains(c);
        before = Some(c);
        starts.then_some(k)
    })
}

/// The start and the end of a period as it is written, where [`period_dates`] reads them:
/// `五月二十二日至五月二十四日` → (`五月二十二日`, `五月二十四日`), `即日起至6月底` → (`即日起`,
/// `6月底`), `10月底前` → the end alone, `3月1日起` → the start alone, one day or period →
/// itself as both. `None` for a range whose ends it cannot tell apart (`5-6月`).
pub(crate) fn period_parts(period: &str) -> Option<(Option<&str>, Option<&str>)> {
    let p = period.trim();
    if let Some(to) = deadline(p) {
        return Some((None, Some(to)));
    }
    fn ends<'a>(a: &'a str, b: &'a str) -> Option<(Option<&'a str>, Option<&'a str>)> {
        const MARKS: &[char] = &[
            '至', '到', '—', '－', '-', '~', '～', '|', '｜', ' ', '\u{3000}',
        ];
        let a = a.trim_matches(MARKS).trim_start_matches(['自', '从']);
        let b = b.trim_matches(MARKS);
        (!a.is_empty() && !b.is_empty()).then_some((Some(a), Some(b)))
    }
    // A range split at its first mark between two dates (`3.9-3.15`, `4月26日一4月30日`), and
    // an ASCII dash only where both sides read (2026-03-01-2026-03-15) or it is the only one.
    let strong = p.char_indices().find(|&(k, c)| {
        matches!(
            c,
            '至' | '到' | '—' | '－' | '~' | '～' | '|' | '｜' | '\u{3000}'
        ) || c == '一'
            && p[..k].ends_with(['日', '号'])
            && p[k + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
    });
    if let Some((k, c)) = strong {
        return ends(&p[..k], &p[k + c.len_utf8()..]);
    }
    // Two days listed (10月4日、5日).
    if let Some(k) = two_days(p) {
        return ends(&p[..k], &p[k + '、'.len_utf8()..]);
    }
    // 即日起 and its end with the mark between them lost (`即日起3月11日`).
    if let Some(to) = from_today(p) {
        return ends(&p[..p.len() - to.len()], to);
    }
    // Two dates run together (`5月28日6月3日`, `2015年4月5月上旬`).
    if let Some(k) = joined_at(p) {
        return ends(&p[..k], &p[k..]);
    }
    // (A dash typed twice or more, `9.5--9.9`, is one: each run of dashes, from its first
    // to after its last.)
    let mut dashes: Vec<(usize, usize)> = Vec::new();
    for (k, _) in p.match_indices('-') {
        match dashes.last_mut() {
            Some((_, end)) if *end == k => *end = k + 1,
            _ => dashes.push((k, k + 1)),
        }
    }
    match dashes.as_slice() {
        [] => {}
        [(k, e)] => return ends(&p[..*k], &p[*e..]),
        more => {
            return more
                .iter()
                .find(|&&(k, e)| reads_as_period(&p[..k]) && reads_as_period(&p[e..]))
                .and_then(|&(k, e)| ends(&p[..k], &p[e..]));
        }
    }
    if let Some(from) = start_only(p) {
        let from = from.trim_start_matches(['自', '从']);
        return Some((Some(from), None));
    }
    if p.ends_with('前') {
        return Some((None, Some(p)));
    }
    Some((Some(p), Some(p)))
}

/// Dates written in Chinese numerals (二〇二六年三月十五日) in Arabic digits (2026年3月15日); the
/// rest of `s` as it is.
pub(crate) fn arabic_dates(s: &str) -> std::borrow::Cow<'_, str> {
    const NUMERALS: &str = "〇零一二三四五六七八九十两";
    // (A zero typed as a letter O, 二OO七年, is one as well.)
    let numeral = |c: char| NUMERALS.contains(c) || "OＯ○".contains(c);
    // Most phrases have no Chinese numeral: nothing to read.
    if !s.contains(|c: char| NUMERALS.contains(c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut k = 0;
    while k < chars.len() {
        let start = k;
        while k < chars.len() && numeral(chars[k]) {
            k += 1;
        }
        let run: String = chars[start..k].iter().collect();
        match chars.get(k) {
            // A year has four numerals (三年行动 is no year).
            Some(&unit @ ('年' | '月' | '日'))
                if !run.is_empty() && (unit != '年' || run.chars().count() == 4) =>
            {
                let value = if unit == '年' && !run.contains('十') {
                    // 二〇二六: digit by digit.
                    run.chars()
                        .map(|c| if "OＯ○".contains(c) { '〇' } else { c })
                        .map(|c| {
                            crate::chinese::numeral_value(&c.to_string()).map(|v| v.to_string())
                        })
                        .collect::<Option<String>>()
                } else {
                    crate::chinese::numeral_value(&run).map(|v| v.to_string())
                };
                out.push_str(value.as_deref().unwrap_or(&run));
            }
            _ => out.push_str(&run),
        }
        if k < chars.len() && k == start {
            out.push(chars[k]);
            k += 1;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `s` with its days written as numbers between dashes (`2018-9-10`, as forms and tables
/// write them) read as `2018年9月10日`, so that the dash between two days is a range's again.
/// A year, a month of 1–12 and a day of 1–31, each set off from other digits.
fn iso_dates(s: &str) -> std::borrow::Cow<'_, str> {
    let b = s.as_bytes();
    if !b.contains(&b'-') {
        return std::borrow::Cow::Borrowed(s);
    }
    let digits_at = |k: usize, max: usize| -> usize {
        b[k.min(b.len())..]
            .iter()
            .take(max + 1)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut out = String::new();
    let mut last = 0;
    let mut k = 0;
    while k + 8 <= b.len() {
        let fresh = k == 0 || !b[k - 1].is_ascii_digit();
        if fresh && digits_at(k, 4) == 4 && b.get(k + 4) == Some(&b'-') {
            let m = digits_at(k + 5, 2);
            let d_at = k + 5 + m + 1;
            let d = digits_at(d_at, 2);
            let ok = (1..=2).contains(&m)
                && b.get(k + 5 + m) == Some(&b'-')
                && (1..=2).contains(&d)
                && s[k + 5..k + 5 + m]
                    .parse::<u8>()
                    .is_ok_and(|v| (1..=12).contains(&v))
                && s[d_at..d_at + d]
                    .parse::<u8>()
                    .is_ok_and(|v| (1..=31).contains(&v));
            if ok {
                out.push_str(&s[last..k]);
                out.push_str(&format!(
                    "{}年{}月{}日",
                    &s[k..k + 4],
                    &s[k + 5..k + 5 + m],
                    &s[d_at..d_at + d]
                ));
                k = d_at + d;
                last = k;
                continue;
            }
        }
        k += 1;
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    out.push_str(&s[last..]);
    std::borrow::Cow::Owned(out)
}

/// A stage that a sentence names after its period: `11月1日至11月5日为前期预热阶段，启动宣传。`
/// → (`11月1日至11月5日为前期预热阶段，`, `11月1日至11月5日`, `启动宣传。`), or before it
/// (`宣传发动阶段为3月1日至3月15日，……`, `第一阶段（8月1日—8月10日）宣传发动；……`), or by its number
/// with its period after it (`第一个阶段1月—6月份，为政策宣传阶段；`). The name keeps the
/// period and the mark after it, as written; a masked period (`xx月x日至xx月x日`) is a period.
pub(crate) fn stage_clause(text: &str) -> Option<(&str, &str, &str)> {
    let t = text.trim();
    // A stage by its number, its period run on after it, and its name after 为 (第一个阶段1月—6月
    // 份，为成果展示阶段；): the clause is the name.
    if let Some(rest) = t.strip_prefix('第') {
        let digits = rest
            .find(|c: char| !"一二三四五六七八九十".contains(c))
            .unwrap_or(rest.len());
        let after = rest[digits..]
            .strip_prefix("个阶段")
            .or_else(|| rest[digits..].strip_prefix("阶段"));
        if digits > 0
            && let Some(after) = after
            && let Some(period) = period_head(after)
            && after[period.len()..]
                .trim_start_matches(['，', ','])
                .starts_with('为')
        {
            let end = t.find(['；', ';', '。']).map_or(t.len(), |k| {
                k + t[k..].chars().next().map_or(0, char::len_utf8)
            });
            return Some((&t[..end], period, t[end..].trim()));
        }
    }
    // The stage first: ……阶段为 / ……阶段： and its period up to the next mark.
    if let Some(j) = t.find("阶段")
        && t[..j].chars().count() <= 12
        && !t[..j].contains(['，', '。', '；', ',', ';', '：'])
    {
        let after = &t[j + "阶段".len()..];
        // Its period in brackets after it (第一阶段（8月1日—8月10日）宣传发动；……): the name runs
        // to the next mark.
        if let Some(inner) = after.strip_prefix('（')
            && let Some(close) = inner.find('）')
            && reads_as_period(inner[..close].trim())
        {
            let from = t.len() - inner.len() + close + '）'.len_utf8();
            let stop = t[from..]
                .find(['，', '。', '；', ',', ';'])
                .map_or(t.len(), |k| from + k);
            let end = t[stop..]
                .chars()
                .next()
                .map_or(stop, |c| stop + c.len_utf8());
            return Some((&t[..end], inner[..close].trim(), t[end..].trim()));
        }
        if let Some(rest) = after
            .strip_prefix('为')
            .or_else(|| after.strip_prefix('：'))
        {
            let stop = rest
                .find(['，', '。', '；', ',', ';'])
                .unwrap_or(rest.len());
            let period = rest[..stop].trim();
            if !period.is_empty() && reads_as_period(period) {
                let mut end = t.len() - rest.len() + stop;
                if let Some(c) = t[end..].chars().next() {
                    end += c.len_utf8();
                }
                return Some((&t[..end], period, t[end..].trim()));
            }
        }
    }
    let k = t.find('为')?;
    let period = &t[..k];
    let masked = period.contains('月')
        && period
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "即月日号至到—－-～~起底".contains(c));
    if period.chars().count() > 30 || !(reads_as_period(period) || masked) {
        return None;
    }
    let after = &t[k + '为'.len_utf8()..];
    let j = after.find("阶段")?;
    if after[..j].chars().count() > 12 || after[..j].contains(['，', '。', '；', ',', ';']) {
        return None;
    }
    let mut end = k + '为'.len_utf8() + j + "阶段".len();
    if let Some(c) = t[end..]
        .chars()
        .next()
        .filter(|c| "，。：；,:;".contains(*c))
    {
        end += c.len_utf8();
    }
    Some((&t[..end], period, t[end..].trim()))
}

/// A step that a clause opens with its period and runs on into, as a plan lists its steps in one
/// sentence (`分三步推进：3月15日前完成摸底；3月16日至6月30日集中整治；7月组织验收。`):
/// `3月16日至6月30日集中整治；` → (the clause, `3月16日至6月30日`, what follows it). The name is
/// the clause, its period and closing mark kept as written. Only a caller that has found two or
/// more such clauses in one paragraph reads them as steps (see `import::classify::stage_pieces`).
pub(crate) fn run_on_clause(text: &str) -> Option<(&str, &str, &str)> {
    let t = text.trim();
    let period = period_head(t)?;
    let rest = t[period.len()..].trim_start_matches(['，', ',', ' ']);
    // A step follows its period: words, not a number or a mark.
    let first = rest.chars().next()?;
    if crate::chinese::is_digit(first) || "。；;：:、）)".contains(first) {
        return None;
    }
    let end = t.find(['；', ';', '。']).map_or(t.len(), |k| {
        k + t[k..].chars().next().map_or(0, char::len_utf8)
    });
    Some((&t[..end], period, t[end..].trim()))
}

/// `s` without its masked years (`20××年9月14日～16日` → `9月14日～16日`, `XX年10月6日` →
/// `10月6日`): a year a template leaves to fill in is no year, and the date takes the
/// document's. A second masked year before an earlier month is the next year
/// (`20xx年11月至20xx年3月` → `11月至次年3月`).
pub(crate) fn without_masked_years(s: &str) -> std::borrow::Cow<'_, str> {
    let years = masked_years(s);
    if years.is_empty() {
        return std::borrow::Cow::Borrowed(s);
    }
    // The month each masked year is followed by, to tell a range that runs into the next
    // year: `20xx年11月至20xx年3月` → `11月至次年3月`.
    let month = |k: usize| {
        let digits = s[k..].trim_start();
        let n = digits.bytes().take_while(u8::is_ascii_digit).count();
        digits[n..]
            .starts_with('月')
            .then(|| digits[..n].parse::<u8>().ok())
            .flatten()
    };
    let mut out = String::with_capacity(s.len() + 6);
    let (mut last, mut month_before) = (0, None);
    for (start, end, _) in years {
        out.push_str(&s[last..start]);
        let m = month(end);
        if let (Some(before), Some(m)) = (month_before, m)
            && m < before
        {
            out.push_str("次年");
        }
        month_before = m.or(month_before);
        last = end;
    }
    out.push_str(&s[last..]);
    std::borrow::Cow::Owned(out)
}

/// The masked years that `s` writes (`20××年`, `XX 年`, see [`YearMask::read`]): where each
/// starts and ends (after its 年), and how it is written.
fn masked_years(s: &str) -> Vec<(usize, usize, YearMask)> {
    let mut found = Vec::new();
    if !s.contains('年') || !s.contains(crate::chinese::is_mask) {
        return found;
    }
    let word = |c: char| c.is_ascii_digit() || crate::chinese::is_mask(c);
    let (mut before, mut next) = (None, 0);
    for (k, c) in s.char_indices() {
        // Where a run of digits and masks starts, not inside one (2026年 has no 26年).
        let starts = k >= next && word(c) && !before.is_some_and(word);
        before = Some(c);
        if starts && let Some((year, rest)) = YearMask::read(&s[k..]) {
            next = s.len() - rest.len();
            found.push((k, next, year));
        }
    }
    found
}

/// The length of the day of the week that `t` opens with (`（周二）`, `(星期三)`, `周六`), or of
/// a blank left for it in brackets (`（周__）`); 0 when there is none.
fn weekday(t: &str) -> usize {
    for (open, close) in [("（", "）"), ("(", ")"), ("", "")] {
        // A blank for the day, in brackets only.
        let blank = |w: &str| -> usize {
            let end = w
                .find(|c: char| !"_＿×Xx \u{3000}".contains(c))
                .unwrap_or(w.len());
            if !close.is_empty() && (1..=8).contains(&end) {
                end
            } else {
                0
            }
        };
        if let Some(r) = t.strip_prefix(open)
            && let Some(w) = ["星期", "周", "礼拜"]
                .iter()
                .find_map(|w| r.strip_prefix(w))
            && let Some(c) = w.chars().next()
            && let day = if "一二三四五六日天".contains(c) {
                c.len_utf8()
            } else {
                blank(w)
            }
            && day > 0
            && w[day..].starts_with(close)
        {
            return open.len() + (r.len() - w.len()) + day + close.len();
        }
    }
    0
}

/// `s` without the weekday and the time of day after a day (`5月11日 上午9:00` → `5月11日`,
/// `10月11日中午12:20` → `10月11日`, `6月26日上午7:30—9:00` → `6月26日`, `4月23日（星期三）` →
/// `4月23日`): a phase's date is its day.
pub(crate) fn without_times(s: &str) -> std::borrow::Cow<'_, str> {
    // (`4月24日下班前` is a deadline: the day, then 前.)
    const PARTS: [&str; 11] = [
        "上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "全天", "下班", "当天", "当日",
    ];
    if !s.contains('日') {
        return std::borrow::Cow::Borrowed(s);
    }
    // The length of a clock time at the start of `t` (9:00, 12：20, 9点, 9点半, 14时30分).
    let clock = |t: &str| -> usize {
        let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        if digits == 0 || digits > 2 {
            return 0;
        }
        let rest = &t[digits..];
        for sep in [':', '：'] {
            if let Some(r) = rest.strip_prefix(sep) {
                let m = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
                return if m == 2 {
                    digits + sep.len_utf8() + 2
                } else {
                    0
                };
            }
        }
        for unit in ["点半", "点", "时"] {
            if let Some(r) = rest.strip_prefix(unit) {
                let m = r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len());
                let tail = if m > 0 && r[m..].starts_with('分') {
                    m + '分'.len_utf8()
                } else {
                    0
                };
                return digits + unit.len() + tail;
            }
        }
        0
    };
    // The length of a weekday and a time of day at the start of `t`.
    let time = |t: &str| -> usize {
        let space = t.len() - t.trim_start().len();
        let k = space + weekday(&t[space..]);
        let r = &t[k..];
        let r2 = r.trim_start();
        let mut n = r.len() - r2.len();
        if let Some(p) = PARTS.iter().find(|p| r2.starts_with(**p)) {
            n += p.len();
        }
        let c = clock(&r[n..]);
        if c > 0 {
            n += c;
            // A range of times: 9:00—11:00.
            let after = &r[n..];
            if let Some(sep) = ['—', '－', '-', '–', '~', '～', '至', '到']
                .iter()
                .find(|&&d| after.starts_with(d))
            {
                let c2 = clock(&after[sep.len_utf8()..]);
                if c2 > 0 {
                    n += sep.len_utf8() + c2;
                }
            }
        } else if n == r.len() - r2.len() {
            // Neither a part of the day nor a clock: only the weekday, if any.
            n = 0;
        }
        if k + n == space { 0 } else { k + n }
    };
    let mut out = String::new();
    let mut last = 0;
    for (k, _) in s.match_indices('日') {
        let after = k + '日'.len_utf8();
        if after < last {
            continue;
        }
        let n = time(&s[after..]);
        if n > 0 {
            out.push_str(&s[last..after]);
            last = after + n;
        }
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(s);
    }
    out.push_str(&s[last..]);
    std::borrow::Cow::Owned(out)
}

/// Whether `s` is a period as plans write one: a range, one date or period (二季度, 10月底前),
/// or 即日起至 a date. Any year does: only whether it reads matters.
pub(crate) fn reads_as_period(s: &str) -> bool {
    const ANY: Option<u16> = Some(2000);
    let s = dash_typed_as_one(s);
    let s = without_masked_years(&s);
    let s = without_times(&s);
    let s = s.as_ref();
    parse_range(s, ANY).is_some()
        || parse_phrase(s, ANY).is_some()
        // An end alone: 截止到5月28日.
        || deadline(s).is_some_and(|t| parse_phrase(t, ANY).is_some())
        // A start alone: 3月1日起, 自2026年3月1日起.
        || start_only(s).is_some_and(|f| {
            parse_phrase(f.trim_start_matches(['自', '从']), ANY).is_some()
        })
        || from_today(s).is_some_and(|to| parse_phrase(to, ANY).is_some())
}

/// The end of a period that starts 即日起: `即日起至3月31日`, `自即日起到6月底`, and with the
/// mark between them lost, `即日起3月11日`.
fn from_today(s: &str) -> Option<&str> {
    let r = s
        .trim()
        .trim_start_matches(['自', '从'])
        .strip_prefix("即日")?;
    let to = match r.strip_prefix('起') {
        Some(r) => r
            .strip_prefix(['至', '到', '—', '－', '-', '~', '～'])
            // Without the mark, only a date in digits follows (not 即日起开始).
            .or_else(|| r.starts_with(|c: char| c.is_ascii_digit()).then_some(r))?,
        None => r.strip_prefix(['至', '到', '—', '－', '-', '~', '～'])?,
    };
    let to = to.trim_start_matches(['—', '－', '-']).trim();
    (!to.is_empty()).then_some(to)
}

/// The end of a period that only ends: `截止到5月28日`, `截至5月28日`.
fn deadline(s: &str) -> Option<&str> {
    ["截止到", "截至", "截止"]
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// The start of a period that only starts: `3月1日起`, `8月1日以后`, `9月开始`.
pub(crate) fn start_only(s: &str) -> Option<&str> {
    ["起", "以后", "之后", "开始"]
        .iter()
        .find_map(|w| s.strip_suffix(w))
        .filter(|f| !f.is_empty())
}

/// A range phrase, `4月16日至10月10日`, `2006年3月—6月`, `4 月 12 日-4 月 26 日`, as start and end;
/// an end without a year takes the start's, a start without one takes `year`.
/// The ends may share their unit: `5—6月` (months), `4月1—10日` (days of one month), and school
/// plans write `3.1-3.15` for 3月1日至3月15日.
pub(crate) fn parse_range(text: &str, year: Option<u16>) -> Option<(Date, Date)> {
    // A start and an end in two cells of a row (`2018-9-10 | 2018-9-12`, see `row_period`).
    if let Some((a, b)) = text.trim().split_once(['|', '｜', '\u{3000}'])
        && let Some(start) = parse_phrase(a.trim(), year)
        && let Some(end) = parse_phrase(b.trim_matches(cell_gap), Some(start.year()))
        && end.last_day() >= start.first_day()
    {
        return Some((start, end));
    }
    let digits = crate::chinese::ascii_digits(text.trim());
    let digits = iso_dates(&digits);
    let mut t = arabic_dates(&digits);
    // 1——2月份 as 1—2月: a doubled dash, 月份 for 月; 3月1号 as 3月1日.
    if t.contains("——") || t.contains("月份") || t.contains('号') {
        t = std::borrow::Cow::Owned(
            t.replace("——", "—")
                .replace("月份", "月")
                .replace('号', "日"),
        );
    }
    // 4月1日到4月30日止: the end marked as such.
    let t = t.as_ref().strip_suffix('止').unwrap_or(t.as_ref());
    // 5月中下旬: the middle ten days to the last (上中旬 likewise).
    for (both, first, last) in [("中下旬", "中旬", "下旬"), ("上中旬", "上旬", "中旬")]
    {
        if let Some(month) = t.strip_suffix(both).filter(|m| m.ends_with('月')) {
            let start = parse_phrase(&format!("{month}{first}"), year)?;
            let end = parse_phrase(&format!("{month}{last}"), Some(start.year()))?;
            return Some((start, end));
        }
    }
    let Some((a, b)) = t.split_once(['—', '－', '-', '–', '~', '～', '至', '到']) else {
        return joined_range(t, year);
    };
    let b = b.trim_start_matches(['—', '－', '-', '–']);
    let (a, b) = (a.trim(), b.trim());
    // (A PDF's spacing may stand before the unit: `3-4 月`.)
    let number = |s: &str| {
        let s = s.trim();
        !s.is_empty() && s.len() <= 2 && s.bytes().all(|c| c.is_ascii_digit())
    };
    let (a, b) = if let (Some(x), Some(y)) = (month_dot_day(a), month_dot_day(b)) {
        (x, y)
    } else if ["月底", "月末", "月中", "月初"].contains(&b)
        && let Some((month, _)) = a.split_once('月')
    {
        // 11月5日至月底: the end in the start's month.
        (a.to_string(), format!("{month}{b}"))
    } else if number(a) && b.split_once('月').is_some_and(|(m, _)| number(m)) {
        // 5至9月, 10至11月中旬: the start in the end's unit.
        (format!("{a}月"), b.to_string())
    } else if let Some(days) = b.strip_suffix('日').filter(|d| number(d))
        && let Some((month, day)) = a.split_once('月')
        && number(day.trim_end_matches('日'))
    {
        (a.to_string(), format!("{month}月{days}日"))
    } else {
        (a.to_string(), b.to_string())
    };
    let start = parse_phrase(&a, year)?;
    // 12月—次年2月: the end in the next year.
    let (b, end_year) = match ["次年", "翌年", "明年", "第二年"]
        .iter()
        .find_map(|w| b.strip_prefix(w))
    {
        Some(rest) => (rest.to_string(), start.year().checked_add(1)?),
        None => (b, start.year()),
    };
    let end = parse_phrase(&b, Some(end_year))?;
    if end.last_day() >= start.first_day() {
        return Some((start, end));
    }
    // A week or two over the new year (12.30-1.5, 12月28日至1月3日): the end in the next
    // year. (Not 10月1日至4月1日, which runs backwards.)
    let next = end_year.checked_add(1)?;
    let end = parse_phrase(&b, Some(next)).filter(|e| e.year() == next)?;
    (start.month() == 12 && end.month() == 1).then_some((start, end))
}

/// Two days written one after the other, their dash lost in copying from a web page or a
/// PDF: `5月2日7日`, `5月28日6月3日`.
fn joined_range(t: &str, year: Option<u16>) -> Option<(Date, Date)> {
    if let Some(k) = dotted_joined_at(t.trim()) {
        let t = t.trim();
        return dotted_full(&t[..k]).zip(dotted_full(&t[k..]));
    }
    let k = joined_at(t)?;
    joined_dates(&t[..k], &t[k..], year)
}

/// A full date between dots, `2011.11.16`.
fn dotted_full(s: &str) -> Option<Date> {
    let mut parts = s.split('.');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    (y.len() == 4 && parts.next().is_none())
        .then(|| parse_phrase(&format!("{y}年{m}月{d}日"), None))
        .flatten()
        .filter(|date| date.day().is_some())
}

/// Where a range whose mark between its two dates was lost splits: `5月28日6月3日`,
/// `5月2日7日` (the end in the start's month), `2015年4月5月上旬`, `2015年5月上旬9月`. The end
/// starts with a digit right after a date's unit, and falls after the start.
fn joined_at(t: &str) -> Option<usize> {
    let t = t.trim();
    t.char_indices()
        .filter(|&(k, c)| k > 0 && c.is_ascii_digit() && t[..k].ends_with(['日', '月', '旬']))
        .map(|(k, _)| k)
        .find(|&k| joined_dates(&t[..k], &t[k..], Some(2000)).is_some())
        .or_else(|| dotted_joined_at(t))
}

/// Where two full dates between dots run together split (`2011.11.162011.11.22`): before
/// the second's year, both sides a whole date and the second after the first.
fn dotted_joined_at(t: &str) -> Option<usize> {
    if !t.bytes().all(|b| b.is_ascii_digit() || b == b'.') || t.matches('.').count() != 4 {
        return None;
    }
    (1..t.len()).find(|&k| {
        t[k..].find('.') == Some(4)
            && dotted_full(&t[..k])
                .zip(dotted_full(&t[k..]))
                .is_some_and(|(a, b)| b.first_day() > a.first_day())
    })
}

fn joined_dates(a: &str, b: &str, year: Option<u16>) -> Option<(Date, Date)> {
    let b = if b.contains('月') {
        b.to_string()
    } else if a.ends_with('日') && b.ends_with('日') {
        format!("{}月{b}", a.split_once('月')?.0.rsplit('年').next()?)
    } else {
        return None;
    };
    let start = parse_phrase(a, year)?;
    let end = parse_phrase(&b, Some(start.year()))?;
    (end.first_day() > start.first_day()).then_some((start, end))
}

#[cfg(test)]
mod phrase_tests {
    use super::*;

    #[test]
    fn chinese_numeral_dates_read_as_digits() {
        assert_eq!(arabic_dates("二〇二六年三月十五日"), "2026年3月15日");
        assert_eq!(arabic_dates("十二月三十一日前"), "12月31日前");
        // Numerals that date nothing stay: 三年行动, 第一季度, 一是.
        assert_eq!(arabic_dates("第一季度一是"), "第一季度一是");
        assert_eq!(arabic_dates("三年行动"), "三年行动");
        assert_eq!(
            iso_dates("2018-9-10至2018-9-12"),
            "2018年9月10日至2018年9月12日"
        );
        assert_eq!(iso_dates("2025-2026学年"), "2025-2026学年");
        assert_eq!(iso_dates("2018-13-10"), "2018-13-10");
        let months = |s| parse_range(s, Some(2026)).map(|(a, b)| (a.iso(), b.iso()));
        assert_eq!(
            months("1——2月份"),
            Some(("2026-01".into(), "2026-02".into()))
        );
        assert_eq!(
            months("9—10月份"),
            Some(("2026-09".into(), "2026-10".into()))
        );
        assert_eq!(
            parse_phrase("二〇二六年三月", None).unwrap().iso(),
            "2026-03"
        );
    }

    #[test]
    fn two_days_listed_are_a_period_from_the_first_to_the_second() {
        let read = |s| period_dates(s, Some(2026), None);
        let iso = |(a, b): Dates| (a.map(|d| d.iso()), b.map(|d| d.iso()));
        assert_eq!(
            iso(read("10月4日、5日")),
            (Some("2026-10-04".into()), Some("2026-10-05".into()))
        );
        assert_eq!(
            period_parts("10月4日、5日"),
            Some((Some("10月4日"), Some("5日")))
        );
        // Three days are a list, not a period.
        assert_eq!(two_days("10月4日、5日、6日"), None);
    }

    #[test]
    fn months_and_days_in_chinese_numerals_or_with_fen_print_as_written() {
        let read = |s| period_dates(s, Some(2026), None);
        let shown = |(a, b): Dates| (a.map(|d| d.to_string()), b.map(|d| d.to_string()));
        let both = |a: &str, b: &str| (Some(a.to_string()), Some(b.to_string()));
        assert_eq!(
            shown(read("五月二十二日至五月二十四日")),
            both("2026年五月二十二日", "2026年五月二十四日")
        );
        assert_eq!(shown(read("二月份")), both("2026年二月份", "2026年二月份"));
        assert_eq!(shown(read("3月份")), both("2026年3月份", "2026年3月份"));
        assert_eq!(
            shown(read("十二月中旬至十二月底")),
            both("2026年十二月中旬", "2026年十二月底")
        );
        // Each end as written: a range from figures to numerals keeps both (a date written
        // in numerals prints its month in them too).
        assert_eq!(
            shown(read("11月9日至十日")),
            both("2026年11月9日", "2026年十一月十日")
        );
        // Period names and the figures print as they always did.
        assert_eq!(
            shown(read("第一季度")),
            both("2026年第一季度", "2026年第一季度")
        );
        assert_eq!(
            shown(read("5月20日")),
            both("2026年5月20日", "2026年5月20日")
        );
        // Saved so, they read back the same; the days are those of the figures.
        for text in [
            "2026年五月二十日",
            "2026年二月份",
            "2026年十二月底",
            "2026年3月份",
        ] {
            let d: Date = text.parse().unwrap();
            assert_eq!(d.to_string(), text);
            assert_eq!(d.to_string().parse::<Date>().unwrap(), d);
            assert_eq!(d.in_figures().to_string(), Written::in_figures(text));
        }
        let d: Date = "2026年五月二十日".parse().unwrap();
        assert_eq!(d.first_day(), (2026, 5, 20));
        assert_eq!(d.iso(), "2026-05-20");
        assert!("2026年十三月".parse::<Date>().is_err());
        assert!("2026年O五月".parse::<Date>().is_err());
    }

    #[test]
    fn phrases_without_a_year_take_the_given_one() {
        assert_eq!(
            parse_phrase("4 月 12 日", Some(2025)).unwrap().iso(),
            "2025-04-12"
        );
        assert_eq!(
            parse_phrase("3月1号", Some(2024)).unwrap().iso(),
            "2024-03-01"
        );
        assert_eq!(
            parse_phrase("10月底前", Some(2024)).unwrap().iso(),
            "2024-10底"
        );
        assert_eq!(parse_phrase("2006年3月", None).unwrap().iso(), "2006-03");
        assert_eq!(
            parse_phrase("二季度", Some(2026)).unwrap().precision(),
            Precision::Quarter
        );
        assert_eq!(
            parse_phrase("上半年", Some(2026)).unwrap().precision(),
            Precision::HalfYear
        );
        assert!(parse_phrase("4月12日", None).is_none());
        assert!(parse_phrase("即日起", Some(2024)).is_none());
    }

    #[test]
    fn ranges_carry_the_year_over() {
        let (s, e) = parse_range("2006年3月—6月", None).unwrap();
        assert_eq!((s.iso().as_str(), e.iso().as_str()), ("2006-03", "2006-06"));
        let (s, e) = parse_range("4 月 27 日-10 月 15 日", Some(2025)).unwrap();
        assert_eq!(
            (s.iso().as_str(), e.iso().as_str()),
            ("2025-04-27", "2025-10-15")
        );
        // Ends that share their unit, and school plans' dotted dates.
        for (text, start, end) in [
            ("5—6月", "2025-05", "2025-06"),
            ("4月1—10日", "2025-04-01", "2025-04-10"),
            ("3.1-3.15", "2025-03-01", "2025-03-15"),
            ("2024.4.11—2024.5.20", "2024-04-11", "2024-05-20"),
            ("7月份至9月份", "2025-07", "2025-09"),
            ("5月中下旬", "2025-05中旬", "2025-05下旬"),
            ("5月2日7日", "2025-05-02", "2025-05-07"),
            ("5月28日6月3日", "2025-05-28", "2025-06-03"),
            ("2015年4月5月上旬", "2015-04", "2015-05上旬"),
            ("2015年5月上旬9月", "2015-05上旬", "2015-09"),
            ("3-4 月", "2025-03", "2025-04"),
            ("10至11月中旬", "2025-10", "2025-11中旬"),
            ("3至4月底", "2025-03", "2025-04底"),
            ("4 月 1-10 日", "2025-04-01", "2025-04-10"),
        ] {
            let (s, e) = parse_range(text, Some(2025)).unwrap_or_else(|| panic!("{text}"));
            assert_eq!((s.iso().as_str(), e.iso().as_str()), (start, end), "{text}");
        }
        assert!(parse_range("3.5-2.1", Some(2025)).is_none());
        assert!(parse_range("5月7日2日", Some(2025)).is_none());
        assert!(parse_range("5月7日", Some(2025)).is_none());
        assert!(parse_range("10月1日至4月1日", Some(2025)).is_none());
        // A week over the new year.
        let (s, e) = parse_range("12.30-1.5", Some(2025)).unwrap();
        assert_eq!(
            (s.iso(), e.iso()),
            ("2025-12-30".into(), "2026-01-05".into())
        );
        assert!(parse_range("2025年12月30日至2025年1月5日", None).is_none());
        assert!(parse_range("即日起至4月15日", Some(2025)).is_none());
    }

    #[test]
    fn a_phase_name_states_its_period_in_closing_brackets() {
        assert_eq!(
            stated_period("准备阶段(2012年4月1日—4月上旬)"),
            Some("2012年4月1日—4月上旬")
        );
        assert_eq!(
            stated_period("动员部署阶段（即日起至4月15日）。"),
            Some("即日起至4月15日")
        );
        assert_eq!(stated_period("总结阶段（10月底前）"), Some("10月底前"));
        // Weekdays in brackets inside the period's brackets.
        assert_eq!(
            stated_period("回顾阶段（9月1日（周一）—9月5日（周五））"),
            Some("9月1日（周一）—9月5日（周五）")
        );
        let (s, e) = period_dates("9月1日（周一）—9月5日（周五）", Some(2025), None);
        assert_eq!(
            (s.map(|d| d.iso()), e.map(|d| d.iso())),
            (Some("2025-09-01".into()), Some("2025-09-05".into()))
        );
        // Days between slashes.
        let (s, e) = parse_range("2025/5/1—2025/5/20", None).unwrap();
        assert_eq!(
            (s.iso(), e.iso()),
            ("2025-05-01".into(), "2025-05-20".into())
        );
        assert_eq!(stated_period("准备阶段"), None);
        assert_eq!(stated_period("宣传阶段（线上线下结合）"), None);
        assert_eq!(
            stated_period("准备阶段：3月上旬至4月底。"),
            Some("3月上旬至4月底")
        );
        assert_eq!(
            stated_period("第四阶段，10月16日-10月31日，整改提高。"),
            Some("10月16日-10月31日")
        );
        assert_eq!(
            stated_period("巩固阶段 11月1日至11月30日"),
            Some("11月1日至11月30日")
        );
        assert_eq!(stated_period("第一阶段"), None);
        assert_eq!(
            stated_period("11月1日至11月5日为宣传发动阶段。"),
            Some("11月1日至11月5日")
        );
        assert_eq!(stated_period("调查摸底（7月份）"), Some("7月份"));
        // A short name the period runs on from, with its text after it unmarked.
        assert_eq!(
            named_run_on("评奖及表彰4月16日~4月19日由评审小组评选来稿"),
            Some("4月16日~4月19日")
        );
        assert_eq!(
            named_run_on("作品征集3月1日至3月31日，各班上交"),
            Some("3月1日至3月31日")
        );
        assert_eq!(named_run_on("计划于3月1日开展"), None);
        assert_eq!(named_run_on("第3月"), None);
        assert_eq!(named_run_on("共开展3次活动"), None);
        assert_eq!(stated_period("为民服务阶段"), None);
        assert_eq!(stated_period("2026年防汛准备"), None);
        assert_eq!(
            opening_period("时间：10月1日至10月15日。全面总结。"),
            Some("10月1日至10月15日")
        );
        assert_eq!(
            opening_period("2026年12月上旬，组织验收。"),
            Some("2026年12月上旬")
        );
        // A deadline inside a task is no period of the phase's.
        assert_eq!(opening_period("各村于3月15日前完成排查。"), None);
        assert_eq!(opening_period("召开动员会，部署工作。3月1日至3月5日"), None);
    }

    #[test]
    fn a_period_opening_a_text_without_a_mark() {
        assert_eq!(
            period_head("2025年8月1日上午慰问优抚对象"),
            Some("2025年8月1日上午")
        );
        assert_eq!(period_head("11月18号学院东篮球场"), Some("11月18号"));
        assert_eq!(period_head_dotted("9.10前往社区"), Some("9.10"));
        assert_eq!(period_head_dotted("9.15~9.16每天12:00"), Some("9.15~9.16"));
        assert_eq!(period_head("9.10前往社区"), None);
        assert_eq!(
            period_head("20xx 年 x 月 x 日军事日活动"),
            Some("20xx 年 x 月 x 日")
        );
        // No month, or not at the start: no period.
        assert_eq!(period_head("2025年工作目标"), None);
        assert_eq!(period_head("6.5个百分点"), None);
        assert_eq!(period_head("开展2025年8月1日活动"), None);
        assert_eq!(
            stated_period("2025年7月28日军事日活动"),
            Some("2025年7月28日")
        );
        assert_eq!(
            stated_period("决赛：时间：2025年11月20日 19:00"),
            Some("2025年11月20日 19:00")
        );
    }

    #[test]
    fn a_period_alone_is_no_row() {
        assert_eq!(dated_row("2025年10月20日 — 2025年12月11日"), None);
        // Spaces inside brackets set off no cells.
        assert_eq!(dated_row("宣传动员（ 3月5日 至 3月15日 ）。"), None);
        assert!(dated_row("宣传动员 3月5日-3月15日 镇政府").is_some());
        assert!(dated_row("报名 10月20日—11月9日 校团委").is_some());
    }

    #[test]
    fn labelled_lines_and_named_rows_state_their_periods() {
        assert_eq!(
            labelled_clause("前期准备：9.10前往社区了解情况"),
            Some(("前期准备：9.10", "9.10", "前往社区了解情况"))
        );
        // A time line is a label of its own (labelled_period), not a part's name.
        assert_eq!(labelled_clause("活动时间：9.10"), None);
        assert_eq!(labelled_clause("要求：各单位认真落实"), None);
        assert_eq!(
            dated_row("节目征集 10 月 8 日 -10 月 20 日"),
            Some((
                "节目征集 10 月 8 日 -10 月 20 日",
                "10 月 8 日 -10 月 20 日",
                ""
            ))
        );
        assert_eq!(dated_row("活动地点 学校礼堂"), None);
        assert_eq!(
            labelled_period("时间：五月二十九日（房务部人员初赛）"),
            Some("五月二十九日")
        );
        // A zero typed as a letter, an end alone.
        let d = period_dates("截止到二OO七年五月二十八日", None, None);
        assert_eq!(
            (d.0, d.1.map(|d| d.iso())),
            (None, Some("2007-05-28".to_string()))
        );
        assert_eq!(
            labelled_period("时间：截止到5月28日"),
            Some("截止到5月28日")
        );
        // The end in the start's month.
        let (a, b) = parse_range("11月5日至月底", Some(2025)).unwrap();
        assert_eq!(
            (a.iso(), b.iso()),
            ("2025-11-05".to_string(), "2025-11底".to_string())
        );
        assert!(parse_range("xx月x日至月底", Some(2025)).is_some());
        assert_eq!(
            dated_row("报名 10月20日—11月9日 校团委、各学院").map(|r| r.1),
            Some("10月20日—11月9日")
        );
        // A period and what happens on it, in one cell.
        assert_eq!(
            dated_row("2　主题板报比赛　4月30日评比　主题鲜明").map(|r| r.1),
            Some("4月30日")
        );
        assert_eq!(dated_row("2　主题板报比赛　4月30日前完成　主题鲜明"), None);
        // A stage's number makes a heading of its own, not a row.
        assert_eq!(dated_row("第一阶段 3月1日-3月15日 宣传发动"), None);
        let d = period_dates("9.10", Some(2025), None);
        assert_eq!(d.0.map(|d| d.iso()).as_deref(), Some("2025-09-10"));
        // A range over the new year between masked years: the end in the next year.
        let (s, e) = period_dates("20xx年11月至20xx年3月", Some(2025), None);
        let last = |d: Option<Date>| d.map(|d| d.last_day());
        assert_eq!(last(s), Some((2025, 11, 30)));
        assert_eq!(last(e), Some((2026, 3, 31)));
        assert!(reads_as_period("即日起3月11日"));
        assert!(!reads_as_period("即日起开始"));
    }

    #[test]
    fn a_period_is_split_into_its_start_and_end_as_written() {
        let parts = |p| period_parts(p).unwrap();
        assert_eq!(
            parts("五月二十二日至五月二十四日"),
            (Some("五月二十二日"), Some("五月二十四日"))
        );
        assert_eq!(parts("即日起至6月底"), (Some("即日起"), Some("6月底")));
        // The mark between the two lost.
        assert_eq!(parts("即日起3月11日"), (Some("即日起"), Some("3月11日")));
        assert_eq!(
            parts("2015年4月5月上旬"),
            (Some("2015年4月"), Some("5月上旬"))
        );
        assert_eq!(parts("自3月1日到3月5日"), (Some("3月1日"), Some("3月5日")));
        assert_eq!(parts("3.9-3.15"), (Some("3.9"), Some("3.15")));
        assert_eq!(
            parts("4月26日一4月30日"),
            (Some("4月26日"), Some("4月30日"))
        );
        assert_eq!(
            parts("2026-03-01-2026-03-15"),
            (Some("2026-03-01"), Some("2026-03-15"))
        );
        assert_eq!(parts("10月底前"), (None, Some("10月底前")));
        assert_eq!(parts("截止到5月28日"), (None, Some("5月28日")));
        assert_eq!(parts("3月1日起"), (Some("3月1日"), None));
        assert_eq!(
            parts("六月一日上午"),
            (Some("六月一日上午"), Some("六月一日上午"))
        );
        // An ISO day alone is one day, not a range at its dashes.
        assert_eq!(period_parts("2026-3-1-3-5"), None);
    }

    #[test]
    fn every_period_a_text_writes_in_order() {
        let found: Vec<&str> =
            periods("五月二十日至五月二十六日拟订方案，十一月份总结；各班于6月10日前上交")
                .collect();
        assert_eq!(found, ["五月二十日至五月二十六日", "十一月份", "6月10日前"]);
        // 一是, 第一 and 2026年 alone name no period.
        assert_eq!(periods("一是加强学习，第一季度2026年工作").count(), 0);
    }
}
