//! From lines to structure: title, addressee, headings with levels and their paragraphs,
//! signature, date and attachments.

use super::number::{self, Style};

/// A recognised heading with the paragraphs under it (up to the next heading).
#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// 1-based line of the source.
    pub line: usize,
    /// 1–4.
    pub level: u8,
    pub style: Style,
    /// The number as written, empty for a label heading.
    pub numbering: String,
    /// The heading text, without the number and without a run-in body.
    pub title: String,
    /// Body text run in after the heading on the same line.
    pub runin: Option<String>,
    /// Paragraphs after the heading line, before the next heading.
    pub body: Vec<String>,
    /// Section kind, filled in by the classifier.
    pub kind: super::SectionKind,
}

/// A pasted document, taken apart.
#[derive(Debug, Clone, Default)]
pub(crate) struct Parsed {
    pub title: Vec<String>,
    pub addressee: Option<String>,
    /// Paragraphs before the first heading.
    pub preamble: Vec<String>,
    pub nodes: Vec<Node>,
    pub issuer: Option<String>,
    pub date: Option<String>,
    /// 附件说明 titles, and annex texts (title → paragraphs) found after the date.
    pub attachments: Vec<(String, Vec<String>)>,
    /// 附注 under the date (GB/T 9704 §7.3.6), without their round brackets.
    pub remarks: Vec<String>,
    /// A speech's speaker, the line under its bracketed date.
    pub speaker: Option<String>,
    /// Whether the date stands in brackets under the title, as a speech is laid out.
    pub spoken: bool,
    /// Whether the speaker's line stands above that date.
    pub speaker_first: bool,
    /// Text left out, as (line, text): lines of page debris, a site's chunk number glued to
    /// the title (`1、某项工作的工作报告`), a site's short title above the formal one.
    pub removed: Vec<(usize, String)>,
}

/// Section names that stand as level-1 headings even without a number.
const TOP_LABELS: &[&str] = &[
    "指导思想",
    "总体要求",
    "总体思路",
    "工作思路",
    "设计思路",
    "基本原则",
    "工作原则",
    "工作目标",
    "目标任务",
    "总体目标",
    "主要目标",
    "活动目的",
    "活动主题",
    "活动宗旨",
    "活动时间",
    "活动地点",
    "活动对象",
    "参加人员",
    "参加对象",
    "活动内容",
    "活动安排",
    "活动步骤",
    "活动形式",
    "实施步骤",
    "工作步骤",
    "方法步骤",
    "进度安排",
    "时间安排",
    "实施范围",
    "主要任务",
    "重点任务",
    "工作任务",
    "工作措施",
    "主要措施",
    "职责分工",
    "任务分工",
    "责任分工",
    "组织领导",
    "组织机构",
    "工作要求",
    "活动要求",
    "具体要求",
    "有关要求",
    "相关要求",
    "注意事项",
    "保障措施",
    "基本情况",
    "工作背景",
    "活动背景",
    "主要做法",
    "主要成效",
    "工作成效",
    "主要成绩",
    "存在问题",
    "存在的问题",
    "存在的不足",
    "下一步打算",
    "下一步工作打算",
    "下一步工作计划",
    "下步打算",
    "今后打算",
    "整改措施",
    "改进措施",
    "经费保障",
    "其他事项",
    "附则",
    "工作安排",
];

/// Labels of the units of a 职责分工 area (`牵头部门：区民政局`).
pub(crate) const UNIT_LABELS: &[&str] = &[
    "牵头部门",
    "牵头单位",
    "责任单位",
    "责任部门",
    "配合单位",
    "配合部门",
    "协办单位",
];

/// Labels that introduce a field of an item, never a heading (besides [`UNIT_LABELS`]).
const FIELD_LABELS: &[&str] = &[
    "参与单位",
    "目标任务",
    "完成时限",
    "时间节点",
    "责任人",
    "联系人",
    "联系电话",
    "备注",
    "目标要求",
];

const TERMINAL: &[char] = &[
    '。', '！', '？', '；', '!', '?', ';', '…', '”', '"', '’', '）', ')', '：', ':', '」', '』',
];

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Text with the inside of brackets removed (to look for punctuation outside them).
fn outside_brackets(s: &str) -> String {
    let mut depth = 0i32;
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '(' | '（' | '《' | '“' | '"' => {
                if c == '"' && depth > 0 {
                    depth -= 1;
                    continue;
                }
                depth += 1;
            }
            ')' | '）' | '》' | '”' | '】' | '〞' => depth = (depth - 1).max(0),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn has_sentence_punct(s: &str) -> bool {
    outside_brackets(s).contains(['，', '。', '；', '！', '？', ',', ';', '!', '?'])
}

fn strip_colon(s: &str) -> &str {
    s.trim_end_matches(['：', ':']).trim()
}

/// `活动背景：三月春风里……`: a usual section name, a colon, then its text on the same line.
/// Gives the byte offset where the text starts.
/// `街道民生实事项目方面。XX工作已完成……`: a paragraph whose first sentence names an aspect
/// (……方面) is a heading with its text run in, as summaries and reports write their points.
/// Returns where the text starts.
fn aspect_runin(t: &str) -> Option<usize> {
    let end = t.find(['。', '：', ':'])?;
    let head = &t[..end];
    let after = end + t[end..].chars().next()?.len_utf8();
    (head.ends_with("方面")
        && (4..=20).contains(&char_len(head))
        && !has_sentence_punct(head)
        && !t[after..].trim().is_empty())
    .then_some(after)
}

/// `初赛阶段（2016年9月至12月5日）：这一阶段……`: a stage named with its period in brackets,
/// then a colon and its text on the same line. Returns where the text starts.
///
/// Or its period after the colon, the text run on after it (`清理清运阶段：8月11日至21日此阶段
/// 主要……`): the name and the period head the line, the text starts after the period.
fn stage_runin(t: &str) -> Option<usize> {
    let colon = t.find(['：', ':'])?;
    let head = &t[..colon];
    let after = colon + t[colon..].chars().next()?.len_utf8();
    let name = head.split(['（', '(']).next().unwrap_or("");
    // (Not a lead-in that announces the stages: 本次活动分三个阶段：3月1日至……)
    let named = name.ends_with("阶段")
        && (4..=30).contains(&char_len(head))
        && !name.contains(['，', '。', '；', ','])
        && !announces_parts(name);
    if !named {
        return None;
    }
    let rest = &t[after..];
    let start = if crate::date::closing_period(head).is_some() {
        after
    } else {
        let lead = rest.len() - rest.trim_start().len();
        let period = crate::date::period_head(rest.trim_start())?;
        // The text runs on after the period, no mark between (a stage's sentence, 总结阶段：
        // 6月1日至6月10日。 or ……，评选先进, is read as one: see date::stage_clause).
        let from = after + lead + period.len();
        if !t[from..].starts_with(crate::chinese::is_cjk) {
            return None;
        }
        from
    };
    (!t[start..].trim().is_empty()).then_some(start)
}

/// A part's name that opens with its month and says what the month holds: `二月主题`,
/// `3月工作重点`, `十月份活动安排` (a month-by-month plan's parts).
pub(crate) fn month_led(name: &str) -> bool {
    let head = strip_colon(name.split(['：', ':']).next().unwrap_or(""));
    crate::date::period_head(head).is_some_and(|p| {
        let rest = &head[p.len()..];
        p.contains('月')
            && !p.contains(['日', '号', '至', '到', '—', '-'])
            && (2..=6).contains(&char_len(rest))
            && ["主题", "工作", "安排", "活动", "重点", "任务", "计划"]
                .iter()
                .any(|w| rest.starts_with(w))
    })
}

/// `二月主题：新起点、新打算`: a month's part with its name run in before a colon (see
/// [`month_led`]). Returns where the text starts.
fn month_runin(t: &str) -> Option<usize> {
    let colon = t.find(['：', ':'])?;
    let after = colon + t[colon..].chars().next()?.len_utf8();
    (month_led(&t[..colon]) && !t[after..].trim().is_empty()).then_some(after)
}

/// A short clause of Chinese characters before a comma that opens a long paragraph
/// (经济发展稳中向好，……), not one that sets its time or grounds (今年以来，, 按照……，): where
/// the text starts.
fn comma_head(t: &str) -> Option<usize> {
    let end = t.find('，')?;
    let head = &t[..end];
    let after = end + '，'.len_utf8();
    let opener = [
        "今年", "去年", "我们", "我", "同时", "此外", "通过", "按照", "根据", "为", "在", "全年",
        "截至", "近年",
    ]
    .iter()
    .any(|w| head.starts_with(w));
    ((5..=10).contains(&char_len(head))
        && head.chars().all(crate::chinese::is_cjk)
        && !opener
        && !head.ends_with("以来")
        && char_len(&t[after..]) >= 15)
        .then_some(after)
}

/// Whether `s` opens with a year: `2024年3月，……`.
fn year_first(s: &str) -> bool {
    let b = s.trim_start().as_bytes();
    b.len() > 4 && b[..4].iter().all(u8::is_ascii_digit) && s.trim_start()[4..].starts_with('年')
}

/// A line of a timetable that sets its period off with spaces (`3月1日—3月5日  宣传发动……`),
/// where lines of that form stand together (see `parallel` in [`parse`]): where the text
/// starts.
fn period_runin(t: &str) -> Option<usize> {
    let t = t.trim_end();
    let gap = t.find(char::is_whitespace)?;
    let head = &t[..gap];
    let at = gap + (t[gap..].len() - t[gap..].trim_start().len());
    (head.contains('月')
        && crate::date::stated_period(head) == Some(head)
        && char_len(&t[at..]) >= 2)
        .then_some(at)
}

/// A short sentence that heads a paragraph as its name (服务平安建设。审结刑事案件……), where
/// lines of that form stand together (see `parallel` in [`parse`]): where the text starts.
fn sentence_head(t: &str) -> Option<usize> {
    sentence_head_upto(t, 12)
}

/// [`sentence_head`] with names of up to `most` characters: a longer name (巩固国家级充分就业
/// 社区创建成果。……) heads its paragraph only beside a short one.
fn sentence_head_upto(t: &str, most: usize) -> Option<usize> {
    let end = t.find('。')?;
    let head = &t[..end];
    let after = end + '。'.len_utf8();
    let words = |h: &str| h.chars().all(crate::chinese::is_cjk);
    // Or the units a duty falls to (县农委。…… / 县交通局、公路局。……).
    let units = char_len(head) <= 16
        && issuer_like(head)
        && head.split('、').all(|u| char_len(u) >= 2 && words(u));
    (((4..=most).contains(&char_len(head)) && words(head) || units)
        && !t[after..].trim().is_empty())
    .then_some(after)
}

/// A sentence that sums up a stretch of work run in before its paragraph (一年来，我们上下同心，
/// 坚决打赢疫情防控阻击战。镇里第一时间……), where lines of that form stand together (see
/// `parallel` in [`parse`]): where the text starts.
fn account_runin(t: &str) -> Option<usize> {
    let end = t.find('。')?;
    let after = end + '。'.len_utf8();
    let opens = LOOKING_BACK
        .iter()
        .any(|w| t.strip_prefix(w).is_some_and(|r| r.starts_with('，')));
    (opens && char_len(&t[..end]) <= 50 && !t[after..].trim().is_empty()).then_some(after)
}

/// A sentence that sums up a stretch of work done, standing alone (一年来，我们建管并重强统筹，
/// 环境面貌有了新变化。): short, one sentence, opening on the period it looks back on.
fn account_head(t: &str) -> bool {
    char_len(t) <= 40
        && t.ends_with('。')
        && t.matches('。').count() == 1
        && t.contains('，')
        && LOOKING_BACK.iter().any(|w| t.starts_with(w))
}

/// The longest name a sentence may give its paragraph beside a shorter one (see
/// [`sentence_head_upto`]).
const LONG_NAME: usize = 18;

/// The stretches of time an account of work done opens on (一年来，……).
pub(crate) const LOOKING_BACK: &[&str] = &[
    "一年来",
    "一年以来",
    "过去一年",
    "过去的一年",
    "这一年",
    "半年来",
    "今年以来",
    "五年来",
    "过去五年",
];

/// A short name run in before its text with a colon (经济发展：继续实施……), where lines of
/// that form stand together (see `parallel` in [`parse`]): where the text starts.
fn colon_runin(t: &str) -> Option<usize> {
    let colon = t.find(['：', ':'])?;
    let head = t[..colon].trim();
    let after = colon + t[colon..].chars().next()?.len_utf8();
    let text = t[after..].trim();
    // A period (3月1日—3月5日：宣传发动……, 第一季度：……, 二月份：……) heads a step of a
    // timetable.
    let period = ["月", "季度", "半年"].iter().any(|w| head.contains(w))
        && crate::date::stated_period(head) == Some(head.trim_start_matches('第'));
    if period && char_len(text) >= 2 {
        return Some(after);
    }
    // A slogan in quotes names its part too (“八个增长”：国内生产总值……).
    let bare = head
        .strip_prefix('“')
        .and_then(|h| h.strip_suffix('”'))
        .unwrap_or(head);
    ((2..=8).contains(&char_len(bare))
        && bare.chars().all(crate::chinese::is_cjk)
        && !["注意", "备注", "说明", "提示", "附注", "注"].contains(&head)
        // 公安部门：负责…… is a unit's duty, text of the 职责分工.
        && !super::classify::unit_name(head)
        && !is_field_label(t)
        && char_len(text) >= 10
        && has_sentence_punct(text))
    .then_some(after)
}

fn top_label_runin(t: &str) -> Option<usize> {
    let colon = t.find(['：', ':'])?;
    let after = colon + t[colon..].chars().next()?.len_utf8();
    (TOP_LABELS.contains(&t[..colon].trim()) && !is_field_label(t) && !t[after..].trim().is_empty())
        .then_some(after)
}

/// An unnumbered label that names a fact of the activity, whose value stands on the next line
/// (活动时间, 【活动地点】, 参加人员：).
fn value_label(s: &str) -> bool {
    let name = strip_colon(s.trim())
        .trim_start_matches('【')
        .trim_end_matches('】');
    number::parse(s).is_none()
        && label_ok(s, false)
        && ["主题", "口号", "时间", "地点", "对象", "人员", "名称"]
            .iter()
            .any(|w| name.ends_with(w))
}

/// A summary's closing part run in with a colon (存在问题：……, 下步打算：……), which no other
/// part holds.
fn closing_part(t: &str) -> bool {
    top_label_runin(t).is_some_and(|at| {
        matches!(
            super::classify::keyword_kind(strip_colon(&t[..at])),
            Some(super::SectionKind::Problems | super::SectionKind::NextSteps)
        )
    })
}

pub(crate) fn is_top_label(s: &str) -> bool {
    let s = strip_colon(s);
    TOP_LABELS.contains(&s)
}

/// A note in round brackets under a title, not a line of it: one that opens with a full date
/// and goes on (（2026年2月25日校长办公会审议通过）, （2026年3月1日在全县大会上）) or tells
/// how the text came about (（根据录音整理）, （会议记录）). （征求意见稿）, （试行）,
/// （2026—2028年） are lines of the title.
fn bracket_note(t: &str) -> bool {
    let Some(inner) = in_round_brackets(t) else {
        return false;
    };
    ["整理", "录音", "记录", "审议", "通过"]
        .iter()
        .any(|w| inner.contains(w))
        || opens_with_date(inner)
}

/// The text of a line set in round brackets, full or half width: `（试行）` → `试行`.
fn in_round_brackets(t: &str) -> Option<&str> {
    let t = t.trim();
    t.strip_prefix('（')
        .and_then(|r| r.strip_suffix('）'))
        .or_else(|| t.strip_prefix('(').and_then(|r| r.strip_suffix(')')))
}

/// Whether `s` opens with a full date (2024年8月29日在……).
fn opens_with_date(s: &str) -> bool {
    s.find('日')
        .is_some_and(|k| date_line(&s[..k + '日'.len_utf8()]).is_some())
}

/// The genres of a text that is delivered (a speech's or report's subtitle names one).
const ADDRESSES: &[&str] = &["讲话", "发言", "致辞", "报告", "演讲"];

/// A dash line under a report's or speech's title that tells when and where it was given
/// (`——2024年8月29日在某区人大常委会会议上`): a note, not a line of the title.
fn delivery_note(t: &str) -> bool {
    let inner = t.trim_start_matches(['—', '－', '-']).trim();
    // `——在……会议上的讲话` is the subtitle that names the genre.
    let names_genre = ADDRESSES.iter().any(|g| inner.contains(g));
    let at_meeting = |s: &str| s.starts_with('在') && (s.ends_with('上') || s.contains("会议"));
    // A date the page damaged (`2021年1228日在……会议上`) still opens the note: a year, then
    // the place after 在.
    let damaged_date = inner.find('在').is_some_and(|k| {
        let (day, rest) = inner.split_at(k);
        day.contains('年')
            && day.chars().count() <= 14
            && day.starts_with(|c: char| c.is_ascii_digit())
            && at_meeting(rest)
    });
    !names_genre && (opens_with_date(inner) || at_meeting(inner) || damaged_date)
}

/// The delivery note under a title, when the line at `k` is one ([`delivery_note`]): a dash
/// line, alone or broken over two lines by the page (`——2021年12月28日在某县第十八` / `人民代表
/// 大会第四次会议上`), a note in round brackets, or one that opens with its date: how many
/// lines it takes.
fn delivery_note_at<'a>(text: &dyn Fn(usize) -> &'a str, k: usize, n: usize) -> Option<usize> {
    if k >= n {
        return None;
    }
    let t = text(k);
    // In round brackets, or opening with its date, the note stands alone on its line.
    // (A date alone, in brackets or not, is the speech's date, not a note: a note says where.)
    if let Some(inner) = in_round_brackets(t) {
        return (inner.contains('在') && delivery_note(inner)).then_some(1);
    }
    if !t.starts_with(['—', '－']) {
        return (opens_with_date(t) && t.contains('在') && delivery_note(t)).then_some(1);
    }
    let ends = |s: &str| s.ends_with('上') || s.ends_with("会议");
    if delivery_note(t) && ends(t) {
        return Some(1);
    }
    let broken = k + 1 < n
        && char_len(text(k + 1)) <= 30
        && !has_sentence_punct(text(k + 1))
        && number::parse(text(k + 1)).is_none()
        && ends(text(k + 1))
        && delivery_note(&format!("{t}{}", text(k + 1)));
    if broken {
        Some(2)
    } else {
        delivery_note(t).then_some(1)
    }
}

/// A line of years in brackets, as under a plan's title: `（2017—2020）`, `(2024-2026年)`.
fn years_in_brackets(t: &str) -> bool {
    let Some(inner) = in_round_brackets(t) else {
        return false;
    };
    inner.chars().filter(|c| c.is_ascii_digit()).count() >= 8
        && inner
            .chars()
            .all(|c| c.is_ascii_digit() || "年—－-~～至到 ".contains(c))
}

fn is_field_label(s: &str) -> bool {
    let head = s.split(['：', ':']).next().unwrap_or(s).trim();
    let head = head.trim_start_matches(['—', '-', ' ']);
    FIELD_LABELS.contains(&head) || UNIT_LABELS.contains(&head)
}

/// Whether `s` opens with a short name and a colon (`时间：`, `活动地点：`, `主要任务:`).
fn field_head(s: &str) -> bool {
    s.split_once(['：', ':']).is_some_and(|(head, _)| {
        // Names are spaced out to line up (组  长：).
        let head: String = head.chars().filter(|c| !c.is_whitespace()).collect();
        (2..=6).contains(&char_len(&head)) && head.chars().all(|c| c.is_alphabetic())
    })
}

/// A full date written alone on a line: 2025年3月1日, 二〇二五年三月一日, 2025-03-01.
pub(crate) fn date_line(s: &str) -> Option<String> {
    let t: String = crate::chinese::ascii_digits(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if char_len(&t) > 16 {
        return None;
    }
    // A date a sample masks (2023年xx月xx日), kept as written. (A circle among Chinese
    // numerals is their zero, 二○○九年十一月十八日, not a mask.)
    let cn_date = t.chars().any(|c| c != '○' && number::is_cn_digit(c));
    if t.chars()
        .any(|c| crate::chinese::is_mask(c) && !(c == '○' && cn_date))
    {
        return t
            .parse::<crate::Date>()
            .ok()
            .filter(|d| d.is_masked() && d.day().is_none())
            .map(|d| d.iso());
    }
    let conv: String = t
        .chars()
        .map(|c| match c {
            '〇' | '○' | 'O' | '零' => '0',
            c => c,
        })
        .collect();
    // Chinese-numeral dates: 二0二五年三月一日
    let mut out = String::new();
    let mut parts = Vec::new();
    let mut cur = String::new();
    for c in conv.chars() {
        match c {
            '年' | '月' | '日' | '-' | '/' | '.' => {
                parts.push(std::mem::take(&mut cur));
                if c != '日' {
                    out.push('-');
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    // A date that lost its 年月日 on a web page: 20161229.
    if parts.len() == 1 && parts[0].len() == 8 && parts[0].bytes().all(|b| b.is_ascii_digit()) {
        let p = std::mem::take(&mut parts[0]);
        parts = vec![p[..4].to_string(), p[4..6].to_string(), p[6..].to_string()];
    }
    if parts.len() != 3 {
        return None;
    }
    let mut nums = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        let v = if p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty() {
            p.parse::<u32>().ok()?
        } else if i == 0 {
            // year digit by digit: 二0二五
            let mut y = 0;
            for c in p.chars() {
                let d = if c.is_ascii_digit() {
                    c.to_digit(10)?
                } else {
                    number::cn_value(&c.to_string())?
                };
                y = y * 10 + d;
            }
            y
        } else {
            number::cn_value(p)?
        };
        nums.push(v);
    }
    let (y, m, d) = (nums[0], nums[1], nums[2]);
    if !(1900..=2200).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Org-like line for a signature: short, no punctuation, ends like a body's name.
pub(crate) fn issuer_like(s: &str) -> bool {
    // A skeleton's placeholder for the issuer (【待补：发文单位全称】).
    if s.starts_with("【待补")
        && s.ends_with('】')
        && s.strip_prefix('【').is_some_and(|r| !r.contains('【'))
    {
        return s.contains("单位") || s.contains("机关") || s.contains("署名");
    }
    let n = char_len(s);
    (2..=40).contains(&n)
        && !has_sentence_punct(s)
        && !s.ends_with(['：', ':'])
        && number::parse(s).is_none()
        && [
            "局",
            "办",
            "委",
            "会",
            "部",
            "处",
            "科",
            "室",
            "所",
            "站",
            "院",
            "校",
            "中心",
            "政府",
            "公司",
            "街道",
            "镇",
            "乡",
            "村",
            "社区",
            "厅",
            "队",
            "组",
            "馆",
            "集团",
            "支部",
            "党组",
            "小学",
            "中学",
            "大学",
            "幼儿园",
            "银行",
            "支行",
            "分行",
            "妇联",
            "残联",
            "文联",
            "科协",
            "合作社",
            "电视台",
            "厂",
        ]
        .iter()
        .any(|e| s.ends_with(e))
}

/// How a site ends its own page title for a document it carries (`……工作计划范文`,
/// `……工作总结（精选3篇）`).
const SITE_TITLE_ENDS: &[&str] = &[
    "范文", "范本", "模板", "大全", "精选", "通用", "参考", "例文",
];

/// Genre words that make a short first line a title.
const GENRE: &[&str] = &[
    "计划",
    "方案",
    "总结",
    "要点",
    "安排",
    "意见",
    "通知",
    "报告",
    "讲话",
    "汇报",
    "办法",
    "细则",
    "规划",
    "措施",
    "打算",
    "情况",
    "述职",
    "致辞",
    "发言",
    "策划",
    "预案",
    "小结",
    // A review of a year's work (镇社会经济发展综述).
    "综述",
    "演讲",
    "主持词",
    "思路",
    "设想",
    // A contest's or a meeting's schedule (竞赛工作日程, 活动日程), a school's calendar of the
    // term (安全工作行事历).
    "日程",
    "行事历",
    // The same drawn as a table (教学进度表, 活动安排表, 工作计划表, 活动日程表).
    "进度表",
    "安排表",
    "计划表",
    // A year's plan called so (文广旅局2023年工作谋划).
    "谋划",
    // A notice to the public that carries an activity's plan (百好创评活动通告).
    "通告",
    // What is read at a meeting or sent up (复审汇报材料, 经验交流材料, 表态发言材料).
    "汇报材料",
    "交流材料",
    "发言材料",
];

fn title_like(s: &str) -> bool {
    let n = char_len(s);
    (2..=60).contains(&n)
        && number::parse(s).is_none()
        // (Nor is a table's row drawn in text, `| 周次 | 时间 | 工作内容 |`.)
        && s.matches(['|', '｜']).count() < 2
        && !is_top_label(s)
        && !s.contains(['。', '；', ';', '！', '？'])
        && !s.ends_with(['：', ':', '，', ','])
}

/// A line that reads as a document's title: title-like, and ending in the genre's word or
/// opening with 关于 (never a 发文机关标志 such as 某县人民政府文件).
pub(crate) fn titled(s: &str) -> bool {
    let key = squeeze(s);
    title_like(&key) && (genre_end(&key) || key.starts_with("关于") || key.starts_with("關於"))
}

/// A week of the term named alone, as a week plan's title: `第十三周（5月8日---5月12日）`,
/// `2014年下期 第七周` (its year and term before it, its days in brackets after it).
fn week_name(s: &str) -> bool {
    let t = squeeze(s);
    let t = t.split(['（', '(']).next().unwrap_or("");
    let t = t.split_once('年').map_or(t, |(y, r)| {
        if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) {
            r
        } else {
            t
        }
    });
    let t = ["上学期", "下学期", "上期", "下期", "第一学期", "第二学期"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .unwrap_or(t);
    t.ends_with('周') && super::classify::week_head(t)
}

/// A lead-in sentence (根据上级部署，……安排如下), which no title is.
fn lead_in(s: &str) -> bool {
    has_sentence_punct(s)
        && (s.ends_with("如下")
            || ["根据", "按照", "依据", "为了", "为", "结合", "现将", "现就"]
                .iter()
                .any(|w| s.starts_with(w)))
}

/// `s` in simplified characters, byte for byte where it differs (a document written in
/// traditional ones: 計劃 → 计划), for finding the genre's words in it.
pub(crate) fn simple(s: &str) -> std::borrow::Cow<'_, str> {
    crate::chinese::simplified(s).map_or(std::borrow::Cow::Borrowed(s), std::borrow::Cow::Owned)
}

/// A forum's markup tag (`[/ALIGN]`, `[B]`, `[size=4]`), which pages leave in pasted text.
fn bbcode(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('[').and_then(|r| r.strip_suffix(']')) else {
        return false;
    };
    let name = inner.trim_start_matches('/');
    let name = name.split('=').next().unwrap_or("");
    !name.is_empty() && name.len() <= 8 && name.chars().all(|c| c.is_ascii_alphabetic())
}

/// `title` without the tags at either end that `is_tag` reads (each opened and closed by
/// the two marks), each added to `cut`.
fn cut_tags<'a>(
    mut title: &'a str,
    (open, close): (char, char),
    is_tag: fn(&str) -> bool,
    cut: &mut Vec<String>,
) -> &'a str {
    while let Some(k) = title.rfind(open)
        && title.ends_with(close)
        && is_tag(&title[k..])
    {
        cut.push(title[k..].to_string());
        title = title[..k].trim_end();
    }
    while title.starts_with(open)
        && let Some(k) = title.find(close)
        && is_tag(&title[..k + close.len_utf8()])
    {
        cut.push(title[..k + close.len_utf8()].to_string());
        title = title[k + close.len_utf8()..].trim_start();
    }
    title
}

/// Whether `short` is `long` with one or two of its characters left out (and at least eight
/// kept): a site's copy of a title over the document's own.
fn nearly(short: &str, long: &str) -> bool {
    let (n, m) = (char_len(short), char_len(long));
    if n < 8 || !(1..=2).contains(&m.saturating_sub(n)) {
        return false;
    }
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|d| d == c))
}

/// An HTML tag (`<meta name="ContentStart"/>`, `</p>`, `<br>`), which pages leave in pasted
/// text: a name of ASCII letters, then ASCII attributes.
fn html_tag(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('<').and_then(|r| r.strip_suffix('>')) else {
        return false;
    };
    let inner = inner.trim_start_matches('/');
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(inner.len());
    (1..=10).contains(&name_len)
        && inner.is_ascii()
        && inner[name_len..]
            .chars()
            .next()
            .is_none_or(|c| c == ' ' || c == '/')
}

/// Whether `s` has a genre word (计划, 方案 …), in simplified or traditional characters.
pub(crate) fn genre_in(s: &str) -> bool {
    let s = simple(s);
    GENRE.iter().any(|g| s.contains(g))
}

/// Whether `s` ends in a genre word, in simplified or traditional characters (a stray
/// full stop after it, `……述职报告.`, as a page leaves one, changes nothing).
fn genre_end(s: &str) -> bool {
    let s = simple(s.trim_end_matches(['.', '．']));
    GENRE.iter().any(|g| s.ends_with(g))
}

/// A unit's bare name (物资供应部: the writer above an excerpt), which alone is no title;
/// over a line of the genre (……指挥部 / 工作方案) it is the title's first line.
fn bare_unit(s: &str) -> bool {
    issuer_like(s) && !s.contains('年') && !s.chars().any(|c| c.is_ascii_digit()) && !genre_in(s)
}

/// `s` with each 【待补：…】 placeholder read as one plain word, so that the colon inside it
/// is not taken for the text's own.
pub(crate) fn unmarked(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('【') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut depth = 0u32;
    for c in s.chars() {
        match c {
            '【' => {
                if depth == 0 {
                    out.push('某');
                }
                depth += 1;
            }
            '】' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out.into()
}

pub(crate) fn addressee_like(s: &str) -> bool {
    let s = &*unmarked(s);
    let n = char_len(s);
    (2..=120).contains(&n)
        && s.ends_with(['：', ':'])
        && !is_top_label(s)
        && !is_field_label(s)
        && number::parse(s).is_none()
        && !strip_colon(s).contains(['：', ':', '。'])
        // A lead-in sentence (为把……工作推向深入，……作如下安排：) is not a 主送 list, nor
        // a section's name (活动前言：, 活动背景：); nor 今年主要做了以下几方面工作：.
        && !s.contains("如下")
        && !s.contains("以下")
        && !s.starts_with("活动")
        && !["前言", "引言", "背景", "说明"].iter().any(|w| strip_colon(s).ends_with(w))
        // A section's words inside an organ's name (县局扫黑除恶领导小组办公室：) name no section.
        && (super::classify::keyword_kind(strip_colon(s)).is_none()
            || ["办公室", "局", "委员会", "政府", "部门", "单位", "科室", "处室"]
                .iter()
                .any(|e| strip_colon(s).ends_with(e)))
        // Nor the role of a unit an activity names (主办单位：, 承办单位：), where 各有关单位：
        // is one.
        && !(strip_colon(s).ends_with("单位")
            && ["主办", "承办", "协办", "指导", "支持", "赞助", "牵头", "责任", "配合", "参赛", "参与", "执行"]
                .iter()
                .any(|w| strip_colon(s).starts_with(w)))
        && !["为", "根据", "按照", "现将", "今年", "近年"]
            .iter()
            .any(|w| s.starts_with(w))
}

/// The length in bytes of a site's sample number at the start of `s` (`篇一：`, `篇1`,
/// `第2篇 `), its separator included.
fn sample_number(s: &str) -> Option<usize> {
    let digit = sample_digit;
    let k = if let Some(r) = s.strip_prefix('篇') {
        let n = r.find(|c: char| !digit(c)).unwrap_or(r.len());
        (n > 0).then_some('篇'.len_utf8() + n)?
    } else {
        let r = s.strip_prefix('第')?;
        let n = r.find(|c: char| !digit(c)).unwrap_or(r.len());
        (n > 0 && r[n..].starts_with('篇')).then_some('第'.len_utf8() + n + '篇'.len_utf8())?
    };
    let rest = &s[k..];
    let sep = rest.len()
        - rest
            .trim_start_matches(['：', ':', '、', ' ', '.', '．'])
            .len();
    Some(k + sep)
}

/// A title without what a site adds around it (`第1篇：`, `(3篇)`, `（一）`, `范文`), its spaces
/// squeezed out: to tell the page's copy of a title from the sample's.
fn title_core(t: &str) -> String {
    // A forum's print view names it as a field, with its tool after it (标题： …… [打印本页]).
    let t = t.trim();
    let t = t
        .strip_prefix("标题：")
        .or_else(|| t.strip_prefix("标题:"))
        .unwrap_or(t);
    let t = t
        .trim()
        .trim_end_matches(['[', ']', '【', '】'])
        .trim_end_matches("打印本页")
        .trim_end_matches(['[', '【', ' '])
        .trim();
    let t = sample_number(t).map_or(t, |k| &t[k..]);
    squeeze(sample_suffix(t).map_or(t, |k| &t[..k]))
}

/// A document file's extensions, as a file's name over a pasted page ends.
const FILE_EXTENSIONS: &[&str] = &[".docx", ".doc", ".wps", ".pdf", ".txt"];

/// A digit of a site's sample number (`篇2`, `篇一`, `（三）`).
fn sample_digit(c: char) -> bool {
    c.is_ascii_digit() || "一二三四五六七八九十".contains(c)
}

/// Whether `t` is a file's name: it ends in a document's extension (`.docx`, `.pdf`), maybe
/// with a sharing site's `VIP` after it.
pub(crate) fn file_name(t: &str) -> bool {
    let lower = t.trim().to_ascii_lowercase();
    let lower = lower.strip_suffix("vip").unwrap_or(&lower);
    FILE_EXTENSIONS
        .iter()
        .any(|e| lower.ends_with(e) && lower.len() > e.len())
}

/// Where a sample's number starts at the end of a title printed under a site's (`（一）`, `(2)`,
/// ` 篇一`): only a number comes off; a word (`……方案范文`) is the sample's own title, as
/// written.
fn sample_number_end(title: &str) -> Option<usize> {
    sample_suffix(title).filter(|&k| {
        let cut = title[k..].trim().trim_matches(['(', ')', '（', '）']);
        let cut = cut.strip_prefix('篇').unwrap_or(cut);
        !cut.is_empty() && cut.chars().all(sample_digit)
    })
}

/// Where a site's additions start at the end of a title, if it has them: its sample number
/// (`篇一`, `(2)`), its collection count (`三篇`, `（优秀6篇）`, `【三篇】`), its marks
/// (`（精选）`, `【通用版】`, `范文`, `合集`). Only what leaves a title ending in a genre word.
fn sample_suffix(s: &str) -> Option<usize> {
    const MARKS: &[&str] = &[
        "精选",
        "通用",
        "范文",
        "例文",
        "范例",
        "最新",
        "完整版",
        "通用版",
        "精选版",
        "最新版",
        "优秀",
        "推荐",
        "热门",
        "必备",
        "实用",
        "汇编",
        "合集",
        "汇总",
        "大全",
        "模板",
        "范本",
        "参考",
        "可编辑",
        "word版",
        "Word版",
        "全文",
        "优选",
        "经典",
    ];
    let digit = sample_digit;
    // One addition off the end of `t`, if it ends with one: the rest.
    let peel = |t: &str| -> Option<usize> {
        let t = t.trim_end();
        // 篇一, 篇2: the sample number.
        let r = t.trim_end_matches(digit);
        if r.len() < t.len() && r.ends_with('篇') {
            return Some(r.len() - '篇'.len_utf8());
        }
        // In brackets: (2), （精选）, 【三篇】, (优秀6篇).
        for (open, close) in [('(', ')'), ('（', '）'), ('【', '】'), ('[', ']')] {
            if let Some(r) = t.strip_suffix(close)
                && let Some(k) = r.rfind(open)
            {
                let inner = &r[k + open.len_utf8()..];
                let core = inner
                    .strip_suffix('篇')
                    .unwrap_or(inner)
                    .trim_end_matches(digit);
                let counted = inner.ends_with('篇') && inner.len() > core.len() + '篇'.len_utf8();
                // (2) but not (2026): a sample's number is short.
                let number = core.is_empty() && inner.chars().count() <= 2;
                // 【第1篇，共3篇】: which of the collection.
                let of_collection = inner.split(['，', ',']).all(|p| {
                    let p = p.trim();
                    p.strip_prefix(['第', '共'])
                        .and_then(|q| q.strip_suffix('篇'))
                        .is_some_and(|d| !d.is_empty() && d.chars().all(digit))
                });
                if !inner.is_empty()
                    && (number
                        || MARKS.contains(&core)
                        || counted && core.is_empty()
                        || of_collection)
                {
                    return Some(k);
                }
            }
        }
        // A page's date or time stuck to a collection's count (优秀13篇1-10-49).
        let r = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ':');
        if r.ends_with('篇') && t[r.len()..].contains('-') {
            return Some(r.len());
        }
        // 三篇, 精选3篇, 范文2篇: the count.
        if let Some(r) = t.strip_suffix('篇') {
            let r2 = r.trim_end_matches(digit);
            if r2.len() < r.len() {
                return Some(
                    MARKS
                        .iter()
                        .find_map(|w| r2.strip_suffix(w))
                        .unwrap_or(r2)
                        .len(),
                );
            }
        }
        // 方案一, 方案二: a sample's number in Chinese numerals right after the genre's word
        // (a title never ends so).
        let r = t.trim_end_matches(|c: char| sample_digit(c) && !c.is_ascii_digit());
        if r.len() < t.len() && t.len() - r.len() <= 2 * '一'.len_utf8() && genre_end(r) {
            return Some(r.len());
        }
        // 范文, 合集, 大全 bare.
        MARKS.iter().find_map(|w| t.strip_suffix(w)).map(str::len)
    };
    let mut end = s.len();
    while let Some(k) = peel(&s[..end]).filter(|&k| k < end) {
        end = k;
    }
    let end = s[..end].trim_end().len();
    (end < s.len() && genre_end(&s[..end])).then_some(end)
}

/// The fields of a government page's index table (信息公开目录) that nothing a document's own
/// line starts with: one alone makes the line the table's.
const INDEX_ONLY_KEYS: [&str; 11] = [
    "信息来源",
    "索引号",
    "信息索引号",
    "统一编号",
    "组配分类",
    "主题分类",
    "体裁分类",
    "发布机构",
    "公开方式",
    "公开范围",
    "公开时限",
];

/// Its other fields, which count only beside a second field (`名称：…… 文号：`).
const INDEX_KEYS: [&str; 9] = [
    "主题词",
    "发文机关",
    "发文日期",
    "成文日期",
    "发布日期",
    "公布日期",
    "发布单位",
    "文号",
    "名称",
];

/// A field of a page's index table alone on its line, set off by a bullet, with no value
/// (`• 索引号：`, `• 发文字号：`, `• 成文日期：`): the value follows on the next line.
fn index_key_alone(line: &str) -> bool {
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(key) = t
        .strip_prefix(['•', '·', '●', '▪'])
        .and_then(|r| r.strip_suffix(['：', ':']))
    else {
        return false;
    };
    INDEX_ONLY_KEYS.contains(&key)
        || INDEX_KEYS.contains(&key)
        || ["发文字号", "公开主体", "有效性"].contains(&key)
}

/// Page debris a user pastes along from document-sharing sites: `第1页共10页`, `21.jpg`,
/// `1、精选优质文档-倾情为你奉上`, `---此处隐藏2779字，下载后查看---`, a site's breadcrumb
/// (`首页 > 范文大全 > 工作计划`).
pub(crate) fn is_debris(line: &str) -> bool {
    // A web page's HTML tag alone on its line (<meta name="ContentStart"/>, </div>).
    if html_tag(line.trim()) {
        return true;
    }
    let t: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    // A sample number alone (篇1, 第二篇) or a page's data (发布时间：… 作者：… 来源：…).
    if sample_number(&t).is_some_and(|k| k == t.len()) {
        return true;
    }
    // A page's counter alone (`1 / 4`, `PAGE 2`).
    if page_counter_len(line.trim()).is_some_and(|k| k == line.trim().len()) {
        return true;
    }
    let meta = [
        "发布时间",
        "发布日期",
        "作者",
        "来源",
        "浏览",
        "点击",
        "阅读次数",
        "编辑",
        // A document-sharing site's upload data (上传人：… 文档编号：… 格式：DOCX 页数：3).
        // (A forum's print view: 作者： 公文学堂 时间： 2018-4-11 16:13.)
        "时间",
        "上传人",
        "上传者",
        "上传时间",
        "文档编号",
        "格式",
        "页数",
        "大小",
    ];
    if t.chars().count() <= 60
        && !t.contains('。')
        && meta
            .iter()
            .filter(|m| t.contains(&format!("{m}：")) || t.contains(&format!("{m}:")))
            .count()
            >= 2
    {
        return true;
    }
    // A government page's index table, flattened row by row or cell by cell (`索引号：… 组配分类：…`,
    // `名称：…… 文号：`, `主题分类：综合政务`).
    if let Some((key, _)) = t.split_once(['：', ':'])
        && (INDEX_ONLY_KEYS.contains(&key) || INDEX_KEYS.contains(&key))
        && t.chars().count() <= 80
        && !t.contains('。')
        && (INDEX_ONLY_KEYS.contains(&key)
            || INDEX_KEYS
                .iter()
                .chain(&INDEX_ONLY_KEYS)
                .chain(meta.iter())
                .filter(|m| t.contains(&format!("{m}：")) || t.contains(&format!("{m}:")))
                .count()
                >= 2)
    {
        return true;
    }
    // A field of the table alone, set off by a bullet, its value on the next line (`• 索引号：`).
    if index_key_alone(line) {
        return true;
    }
    // A page's date alone (发布时间：2024-03-01, 更新日期：2024年3月1日 10:20).
    if let Some((name, value)) = t.split_once(['：', ':'])
        && [
            "发布时间",
            "发布日期",
            "更新时间",
            "更新日期",
            "发表时间",
            "发表日期",
        ]
        .contains(&name)
        && (date_line(value).is_some() || timestamp(value))
    {
        return true;
    }
    // The same, in a site's words (更新于2024年1月12日, 2026-01-28 发布于四川), or a page's
    // time stamp before its category and tools (2023-04-15 21:45:15 策划方案 打开翻译).
    for w in ["更新于", "发布于", "上传于"] {
        if let Some((before, after)) = t.split_once(w)
            && t.chars().count() <= 30
            && (before.is_empty() && (date_line(after).is_some() || timestamp(after))
                || !before.is_empty() && (date_line(before).is_some() || timestamp(before)))
        {
            return true;
        }
    }
    let mut words = line.split_whitespace();
    if line.contains(':')
        && line.chars().count() <= 40
        && !line.contains(['。', '，'])
        && (2..=5).contains(&line.split_whitespace().count())
        && let (Some(day), Some(time)) = (words.next(), words.next())
        && timestamp(&format!("{day}{time}"))
    {
        return true;
    }
    // Its size and tools, alone on a line (约6.22千字, 约11页, 举报, 资源描述).
    if let Some(n) = t.strip_prefix('约').and_then(|r| {
        r.strip_suffix("千字")
            .or_else(|| r.strip_suffix("万字"))
            .or_else(|| r.strip_suffix('字'))
            .or_else(|| r.strip_suffix('页'))
    }) && !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        return true;
    }
    if [
        "举报",
        "收藏",
        "打开翻译",
        "资源描述",
        "文档介绍",
        "文档简介",
        "下载文档",
        "VIP",
    ]
    .contains(&t.as_str())
    {
        return true;
    }
    // A site's advert closing on its call (公文写作神器！ 立即了解).
    if t.chars().count() <= 40
        && [
            "立即了解",
            "立即下载",
            "立即查看",
            "立即体验",
            "立即使用",
            "点击下载",
            "点击查看",
            "马上下载",
            "免费下载",
        ]
        .iter()
        .any(|w| t.ends_with(w))
    {
        return true;
    }
    let crumbs = t.matches(['>', '＞', '›', '»']).count();
    // (您当前的位置：某某网 > 范文大全 > 工作计划 > ……, however long the page's title after it.)
    let here = [
        "首页",
        "当前位置",
        "当前的位置",
        "您当前的位置",
        "您现在的位置",
        "你现在的位置",
        "您的位置",
        "你的位置",
        "所在位置",
    ];
    if here.iter().any(|w| t.starts_with(w)) && crumbs >= 1
        || crumbs >= 2 && t.chars().count() <= 40 && !t.contains(['。', '，'])
    {
        return true;
    }
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if let Some(rest) = t.strip_prefix('第')
        && let Some((a, b)) = rest.split_once("页共")
        && let Some(b) = b.strip_suffix('页')
    {
        // A Word page field pasted with its codes: 第PAGE3页共NUMPAGES3页.
        let a = a.strip_prefix("PAGE").unwrap_or(a);
        let b = b.strip_prefix("NUMPAGES").unwrap_or(b);
        return digits(a) && digits(b);
    }
    let lower = t.to_ascii_lowercase();
    if [".jpg", ".jpeg", ".png", ".gif", ".bmp"]
        .iter()
        .any(|e| lower.ends_with(e))
        && t.chars().count() <= 40
        && !t.contains(['。', '，'])
    {
        return true;
    }
    if page_title(&t) {
        return true;
    }
    // A page number alone (PDF text), between dashes as GB/T 9704 prints it (`- 1 -`,
    // `— 2 —`), a page's time stamp (2026-03-01 10:20:33) or its tools (字号：大 中 小,
    // 打印本页, 关闭窗口).
    let dashes = ['-', '—', '－', '–'];
    // (Or a dash on one side only, `1-`, as a Word footer's field pastes.)
    let dashed = (t.starts_with(dashes) || t.ends_with(dashes)) && {
        let n = t.trim_matches(dashes);
        (1..=3).contains(&n.len()) && digits(n)
    };
    if (1..=3).contains(&t.len()) && digits(&t) || dashed || timestamp(&t) {
        return true;
    }
    // A Word field's code pasted alone (PAGE, NUMPAGES, PAGE \* MERGEFORMAT).
    if ["PAGE", "NUMPAGES"].contains(&t.split('\\').next().unwrap_or("")) {
        return true;
    }
    let tools = [
        "字号：",
        "字号:",
        "字体：",
        "字体:",
        "打印本页",
        "关闭窗口",
        "分享到",
        "【打印】",
        "【关闭】",
    ];
    if t.chars().count() <= 30 && !t.contains('。') && tools.iter().any(|w| t.contains(w)) {
        return true;
    }
    // A site's links and lead-ins (相关推荐, 全文如下：).
    let links = [
        "目录",
        "相关推荐",
        "推荐阅读",
        "相关文章",
        "热门文章",
        "猜你喜欢",
        "更多相关",
        "全文如下",
        "正文如下",
        "原文如下",
    ];
    if t.chars().count() <= 12 && links.iter().any(|w| t.trim_end_matches(['：', ':']) == *w) {
        return true;
    }
    if site_blurb(&t) {
        return true;
    }
    // A page's continuation mark (`[接上页]`, `（接上页）`): the rest of a document split over
    // pages.
    if ["接上页", "续上页", "接上頁", "續上頁"]
        .contains(&t.trim_matches(['[', ']', '（', '）', '(', ')', '【', '】']))
    {
        return true;
    }
    // A site's label alone on a line (精品文章), above the title or splitting a sentence.
    if [
        "精品文章",
        "精品文档",
        "优质文档",
        "推荐文章",
        "原创文章",
        "精选文章",
    ]
    .contains(&t.as_str())
    {
        return true;
    }
    (t.contains("精选优质文档") && strip_site_prefix(&t).is_none_or(|r| r.chars().count() < 4))
        || t.contains("此处隐藏") && t.contains("下载")
}

/// The byte offsets in `line` where a genre word (计划, 方案 …, in simplified or traditional
/// characters) ends: where a title run into what follows may end.
fn genre_word_ends(line: &str) -> Vec<usize> {
    let simple = simple(line);
    GENRE
        .iter()
        .flat_map(|g| simple.match_indices(g).map(move |(k, _)| k + g.len()))
        // The offsets are the simplified text's: the same bytes, checked all the same.
        .filter(|&at| line.is_char_boundary(at))
        .collect()
}

/// Where the text starts in a first line that runs a title into its first sentence
/// (某县2026年防汛工作方案为做好今年防汛工作，……): after a genre word that ends a title-like
/// head, where a lead-in (为, 根据, 按照 …) opens a sentence.
fn title_run_in(line: &str) -> Option<usize> {
    const LEADS: &[&str] = &[
        "为",
        "根据",
        "按照",
        "依据",
        "结合",
        "近年来",
        "今年",
        "当前",
        "随着",
    ];
    genre_word_ends(line)
        .into_iter()
        .filter(|&at| {
            let (head, rest) = line.split_at(at);
            char_len(head) >= 6
                && title_like(head)
                && !lead_in(head)
                && LEADS.iter().any(|w| rest.starts_with(w))
                && has_sentence_punct(rest)
        })
        .min()
}

/// Where the first heading starts in a line that runs a title into it (某某工作计划一、工作目标):
/// after a genre word ending a title-like head, where 一、 or 第一部分 follows.
fn title_before_heading(line: &str) -> Option<usize> {
    genre_word_ends(line)
        .into_iter()
        .filter(|&at| {
            let head = &line[..at];
            char_len(head) >= 4
                && title_like(head)
                && number::parse(&line[at..]).is_some_and(|n| {
                    n.n == 1
                        && matches!(
                            n.style,
                            number::Style::CnDun | number::Style::Formal | number::Style::Part
                        )
                })
        })
        .min()
}

/// A date alone on its line, to the day or to the month (2026年1月5日, 2026年1月).
fn year_month(t: &str) -> bool {
    date_line(t).is_some() || t.ends_with('月') && date_line(&format!("{t}1日")).is_some()
}

/// A page's title with its page number, repeated on every page (某某方案_第2页); the first
/// gives the document's title.
fn page_title(t: &str) -> bool {
    let t = squeeze(t);
    t.chars().count() <= 60
        && t.rfind(['_', '-'])
            .is_some_and(|k| k > 0 && page_mark(&t[k + 1..]) && !t[..k].contains('。'))
}

/// A page mark: 第2页, 第2頁.
fn page_mark(s: &str) -> bool {
    // A reading in pinyin after it, as some sites print one: 第2頁(yè).
    let s = match s.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((head, reading))
            if !reading.is_empty()
                && reading
                    .chars()
                    .all(|c| c.is_alphabetic() && !crate::chinese::is_cjk(c)) =>
        {
            head
        }
        _ => s,
    };
    s.strip_prefix('第')
        .and_then(|r| r.strip_suffix('页').or_else(|| r.strip_suffix('頁')))
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

/// A document-sharing site's blurb above a sample (……下面是小编整理的……，欢迎阅读。,
/// 导语：……): the site's words, not the document's.
fn site_blurb(t: &str) -> bool {
    t.starts_with("导语：")
        || t.contains("小编")
        || [
            "欢迎阅读",
            "供大家参考",
            "希望对大家有所帮助",
            "希望对您有所帮助",
            "希望能帮助到",
            "仅供参考",
            "欢迎借鉴",
            "一起来看看",
            "欢迎大家阅读",
        ]
        .iter()
        .any(|w| t.contains(w))
            && ["下面", "以下", "整理", "精心", "为大家", "为你"]
                .iter()
                .any(|w| t.contains(w))
}

/// A document-sharing site's slogan glued before the title (`精选优质文档-倾情为你奉上某某方案`):
/// the text after it.
fn strip_site_prefix(t: &str) -> Option<&str> {
    const SLOGANS: &[&str] = &[
        "精选优质文档-倾情为你奉上",
        "精选优质文档——倾情为你奉上",
        "精选优质文档",
    ];
    SLOGANS
        .iter()
        .find_map(|s| t.strip_prefix(s))
        .map(|r| r.trim_start_matches(['-', '—', ' ']))
}

/// The length of a page's counter at the start of `t`: `1 / 4`, `PAGE 1 -`, `PAGE 1`, with
/// the spaces after it; not a date (`3/15`).
fn page_counter_len(t: &str) -> Option<usize> {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let r = t.strip_prefix("PAGE").map(str::trim_start);
    let end = match r {
        Some(r) => {
            let d = digits(r);
            (d > 0).then_some(())?;
            let after = r[d..].trim_start();
            let after = after.strip_prefix(['-', '—']).unwrap_or(after);
            t.len() - after.len()
        }
        // (Spaced round its bar, and no page past the last: `3/15` is a date.)
        None => {
            let d = digits(t);
            let r = t[d..].strip_prefix([' ', '\u{3000}'])?.trim_start();
            let r = r.strip_prefix('/')?;
            let r = r.strip_prefix([' ', '\u{3000}'])?.trim_start();
            let d2 = digits(r);
            let (page, of) = (t[..d].parse::<u32>().ok()?, r[..d2].parse::<u32>().ok()?);
            (d > 0 && d2 > 0 && page <= of).then_some(())?;
            t.len() - r.len() + d2
        }
    };
    Some(end + (t[end..].len() - t[end..].trim_start().len()))
}

/// A page's date and time stamp: 2026-03-01 10:20:33, 2026/3/1 10:20, 2026年3月1日 10:20.
fn timestamp(t: &str) -> bool {
    let Some(colon) = t.find(':') else {
        return false;
    };
    let (day, time) = t.split_at(colon);
    // The hour is the last one or two digits of the day part (no space left in `t`).
    let hour_len = day
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count()
        .min(2);
    let day = &day[..day.len() - hour_len];
    hour_len > 0
        && date_line(day).is_some()
        && time[1..]
            .split(':')
            .all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
}

/// A table of contents (`目录` over `一、活动背景` `二、活动目的` …, with leaders and page numbers
/// or without): a run of at least three numbered lines with nothing between them, under a
/// `目录` line or each closing with its page number, at least three of which the body then
/// repeats as its own lines, in the same order. The indices of its entries in `lines`.
fn table_of_contents(raw: &[String], lines: &[(usize, String)]) -> Vec<usize> {
    /// An entry without its leaders and page number (`一、活动背景……3` → `一、活动背景`), and
    /// whether it had a page number.
    fn entry(line: &str) -> (String, bool) {
        let t = squeeze(line);
        let body = t.trim_end_matches(|c: char| c.is_ascii_digit());
        let bare = body.trim_end_matches(['…', '.', '．', '·', '-', '—', '_']);
        if body.len() < t.len() && bare.len() < body.len() && !bare.is_empty() {
            (bare.to_string(), true)
        } else {
            (t, false)
        }
    }
    let numbered =
        |l: &str| l.chars().count() <= 40 && !l.ends_with('。') && number::parse(l).is_some();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].1.is_empty() || !numbered(&lines[i].1) {
            i += 1;
            continue;
        }
        // The run of numbered lines from i, blank lines between allowed.
        let mut run = Vec::new();
        let mut j = i;
        while j < lines.len() && (lines[j].1.is_empty() || numbered(&lines[j].1)) {
            if !lines[j].1.is_empty() {
                run.push(j);
            }
            j += 1;
        }
        let mut entries: Vec<(String, bool)> = run.iter().map(|&k| entry(&lines[k].1)).collect();
        // The body's first heading may follow the last entry directly: the run ends where an
        // entry comes again.
        if let Some(m) =
            (1..entries.len()).find(|&m| entries[..m].iter().any(|e| e.0 == entries[m].0))
        {
            entries.truncate(m);
            run.truncate(m);
            j = run[m - 1] + 1;
        }
        // Under a `目录` line (left out as debris), or every entry with its page number.
        let above = raw[..lines[i].0 - 1]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| squeeze(l).trim_end_matches(['：', ':']) == "目录");
        if run.len() >= 3 && (above || entries.iter().all(|e| e.1)) {
            // The body repeats the entries, in order.
            let mut at = j;
            let mut found = 0;
            for (key, _) in &entries {
                if let Some(k) = (at..lines.len()).find(|&k| {
                    let t = squeeze(&lines[k].1);
                    t == *key
                        || t.strip_prefix(key.as_str())
                            .is_some_and(|r| r.starts_with(['：', ':', '。', ' ']))
                }) {
                    found += 1;
                    at = k + 1;
                }
            }
            if found >= 3 {
                return run;
            }
        }
        i = j.max(i + 1);
    }
    Vec::new()
}

/// A schedule pasted one cell a line, as a web page's table copies (赛程 / 时间 / 负责单位 /
/// 报名 / 10月20日—11月9日 / 校团委、各学院 / 初选 / …): under a header of three to six short
/// cells, one naming the time, two or more rows whose time cell reads as a period. Each row
/// is one line again, its cells set off by spaces (a cell's own spaces taken out), as
/// [`crate::date::dated_row`] reads a schedule pasted as text; nothing else changes.
fn join_cell_lines(lines: &mut [(usize, String)]) {
    let nb: Vec<usize> = (0..lines.len())
        .filter(|&k| !lines[k].1.is_empty())
        .collect();
    let short = |t: &str| {
        (1..=6).contains(&t.chars().count())
            && !t.contains(['。', '，', '：', ':', '；', ',', ';'])
            && number::parse(t).is_none()
    };
    let mut s = 0;
    while s < nb.len() {
        let mut joined = false;
        for w in (3..=6).rev() {
            let Some(header) = nb.get(s..s + w) else {
                continue;
            };
            if !header.iter().all(|&k| short(&lines[k].1)) {
                continue;
            }
            let Some(time) = header.iter().position(|&k| {
                let t = &lines[k].1;
                t.contains("时间") || t.contains("日期")
            }) else {
                continue;
            };
            let rows = nb[s + w..]
                .chunks_exact(w)
                .take_while(|row| {
                    let cell = squeeze(&lines[row[time]].1);
                    cell.contains('月')
                        && crate::date::reads_as_period(&cell)
                        && row.iter().all(|&k| {
                            let t = &lines[k].1;
                            t.chars().count() <= 30
                                && !t.ends_with('。')
                                && number::parse(t).is_none()
                        })
                })
                .count();
            if rows < 2 {
                continue;
            }
            for row in nb[s..s + w * (rows + 1)].chunks_exact(w) {
                let cells: Vec<String> = row.iter().map(|&k| squeeze(&lines[k].1)).collect();
                lines[row[0]].1 = cells.join(" ");
                for &k in &row[1..] {
                    lines[k].1.clear();
                }
            }
            s += w * (rows + 1);
            joined = true;
            break;
        }
        if !joined {
            s += 1;
        }
    }
}

/// Without whitespace, for comparing titles.
pub(crate) fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn clean(line: &str) -> String {
    line.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{00ad}'
            )
        })
        .map(|c| if c == '\u{a0}' { ' ' } else { c })
        .collect::<String>()
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .to_string()
}

#[derive(Debug, Clone)]
enum Cand {
    Num(number::Num),
    Label,
    Body,
}

/// Parses the lines of a document.
/// `joins`: whether a long line that does not end a sentence is joined with the next (text
/// pasted from a web page); a `.docx`'s paragraphs are never joined. `levels`: the heading
/// level a `.docx`'s styles give each line (Word's 标题 1–4, outline levels), which wins over
/// what the numbering says; empty for text.
pub(crate) fn parse(raw: &[String], joins: bool, levels: &[Option<u8>]) -> Parsed {
    let mut out = Parsed::default();
    let first_line = raw.iter().position(|r| !r.trim().is_empty());
    let lines: Vec<(usize, String)> = raw
        .iter()
        .enumerate()
        .map(|(i, l)| {
            // Page debris is left out, and said (but for the first page's title, which is the
            // document's).
            let first_page = Some(i) == first_line && page_title(l);
            if is_debris(l) && !first_page {
                out.removed.push((i + 1, l.trim().to_string()));
                return (i + 1, String::new());
            }
            (i + 1, clean(l))
        })
        .collect();
    let mut lines = lines;
    // A page's index table flattened one field a line, its value on the next (`• 发文字号：` /
    // `沪崇教〔2022〕1号`): the value is the table's too.
    for k in 1..lines.len() {
        if lines[k - 1].1.is_empty()
            && index_key_alone(&raw[k - 1])
            && !lines[k].1.is_empty()
            && char_len(&lines[k].1) <= 40
            && !lines[k].1.contains(['。', '，'])
            && !index_key_alone(&raw[k])
        {
            out.removed.push((lines[k].0, lines[k].1.clone()));
            lines[k].1.clear();
        }
    }
    // A table of contents: its entries are left out, and said; the body's headings are the
    // document's.
    for k in table_of_contents(raw, &lines) {
        out.removed.push((lines[k].0, lines[k].1.clone()));
        lines[k].1.clear();
    }
    out.removed.sort_by_key(|r| r.0);
    join_cell_lines(&mut lines);
    // A cover's title set one character a line (看望留守儿童 / 策 / 划 / 书): one line.
    if let Some(f) = lines.iter().position(|l| !l.1.is_empty()) {
        let single = |l: &str| {
            let mut cs = l.chars();
            cs.next().is_some_and(crate::chinese::is_cjk) && cs.next().is_none()
        };
        let run: Vec<usize> = (f + 1..lines.len())
            .take_while(|&k| lines[k].1.is_empty() || single(&lines[k].1))
            .filter(|&k| !lines[k].1.is_empty())
            .collect();
        let joined: String = std::iter::once(lines[f].1.as_str())
            .chain(run.iter().map(|&k| lines[k].1.as_str()))
            .collect();
        if run.len() >= 2
            && title_like(&lines[f].1)
            && (genre_end(&joined) || joined.strip_suffix('书').is_some_and(genre_end))
        {
            lines[f].1 = joined;
            for k in run {
                lines[k].1.clear();
            }
        }
    }
    // A title run into the first sentence (某县防汛工作方案为做好今年防汛工作，……): two
    // paragraphs, the title's and the text's.
    if let Some(f) = lines.iter().position(|l| !l.1.is_empty())
        && let Some(at) = title_run_in(&lines[f].1)
    {
        let rest = lines[f].1[at..].to_string();
        lines[f].1.truncate(at);
        lines.insert(f + 1, (lines[f].0, rest));
    }
    // A title (or a site's short title) run into the first heading (团委工作计划一、工作目标):
    // two paragraphs, the title's and the heading's.
    let mut seen = 0;
    let mut i = 0;
    while i < lines.len() && seen < 3 {
        if !lines[i].1.is_empty() {
            seen += 1;
            if let Some(at) = title_before_heading(&lines[i].1) {
                let rest = lines[i].1[at..].to_string();
                lines[i].1.truncate(at);
                lines.insert(i + 1, (lines[i].0, rest));
                break;
            }
        }
        i += 1;
    }
    let nonblank: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].1.is_empty())
        .collect();
    if nonblank.is_empty() {
        return out;
    }
    // The first line as written, and whether a site's collection count ended it.
    let first_written = (lines[nonblank[0]].0, lines[nonblank[0]].1.clone());
    let mut site_count = false;
    // A site's sample number before the title (`篇一：`, `第2篇 `) and its name after it
    // (`_范文大全`, ` - 某某范文网`): left out and reported, the title kept.
    {
        let (no, line) = &lines[nonblank[0]];
        let (no, line) = (*no, line.clone());
        let mut title = line.as_str();
        let mut cut = Vec::new();
        if let Some(k) = sample_number(title) {
            cut.push(title[..k].trim().to_string());
            title = title[k..].trim_start();
        }
        if let Some(k) = sample_suffix(title) {
            cut.push(title[k..].to_string());
            title = title[..k].trim_end();
            site_count = true;
        }
        // An annex label or a field's name run into the title (附件1：某某方案, 标题：某某方案).
        if let Some((label, rest)) = title.split_once(['：', ':'])
            && (is_annex_label(label)
                || ["标题", "题目", "文章标题", "文档标题"].contains(&label.trim()))
            && genre_in(rest)
        {
            cut.push(title[..title.len() - rest.len()].to_string());
            title = rest.trim_start();
        }
        // A site's slogan or category tag before the title (精选优质文档-倾情为你奉上,
        // 【工作方案】), a file's extension after it (…方案.docx).
        if let Some(rest) = strip_site_prefix(title) {
            cut.push(title[..title.len() - rest.len()].to_string());
            title = rest;
        }
        // A site's markup tag left at an end (……实施方案[/ALIGN], [B]……), or a web page's
        // HTML tag (<meta name="ContentStart"/>……总结, ……</p>).
        title = cut_tags(title, ('[', ']'), bbcode, &mut cut);
        title = cut_tags(title, ('<', '>'), html_tag, &mut cut);
        // The whole title in a site's 【】 (【移风易俗活动实施方案】).
        if let Some(inner) = title.strip_prefix('【').and_then(|r| r.strip_suffix('】'))
            && !inner.contains(['【', '】'])
            && genre_end(inner)
        {
            cut.push("【".to_string());
            cut.push("】".to_string());
            title = inner;
        }
        if let Some(r) = title.strip_prefix('【')
            && let Some(k) = r.find('】')
            && (1..=8).contains(&r[..k].chars().count())
            // gongwen's own placeholders (【待补：单位】) are the writer's to fill, not a tag.
            && !r[..k].contains(['：', ':'])
            && !r.starts_with("待补")
        {
            let at = '【'.len_utf8() + k + '】'.len_utf8();
            cut.push(title[..at].to_string());
            title = title[at..].trim_start();
        }
        let lower = title.to_ascii_lowercase();
        if let Some(e) = FILE_EXTENSIONS.iter().find(|e| lower.ends_with(*e)) {
            cut.push(title[title.len() - e.len()..].to_string());
            title = &title[..title.len() - e.len()];
        }
        if let Some(k) = title
            .rfind(['_', '|', '｜'])
            .or_else(|| title.rfind(" - "))
            .or_else(|| title.rfind('-'))
            && {
                let site = title[k..]
                    .trim_start_matches(['_', '|', '｜', ' ', '-'])
                    .trim();
                // (Or nothing: a page's separator left at the title's end, `……年度报告 |`.)
                site.is_empty()
                    || SITE_TITLE_ENDS.iter().any(|e| site.ends_with(e))
                    || site.ends_with('网')
                    || page_mark(site)
            }
        {
            cut.push(title[k..].trim().to_string());
            title = title[..k].trim_end();
        }
        // A site's category before a bar, itself named like a title (乡镇政府工作总结|乡镇人民
        // 政府五年工作总结): the document's own title is the fuller one after it.
        if let Some((category, own)) = title.split_once(['|', '｜'])
            && !own.contains(['|', '｜'])
            && genre_end(category.trim())
            && genre_end(own.trim())
            && own.trim().chars().count() >= category.trim().chars().count()
        {
            cut.push(title[..title.len() - own.len()].trim().to_string());
            title = own.trim();
        }
        if !cut.is_empty() && title_like(strip_number(title)) && genre_in(title) {
            let title = title.to_string();
            out.removed.extend(cut.into_iter().map(|c| (no, c)));
            lines[nonblank[0]].1 = title;
        }
    }
    // A file's name over the document (`……总结.docx`, a sharing site's `……计划(2篇).docxVIP`):
    // the site's, when the document's own title follows in the page's first lines; else it
    // is the title, without its extension (above).
    let mut nonblank = nonblank;
    if nonblank.len() > 2 && file_name(&first_written.1) {
        let own_title = nonblank[1..].iter().take(10).any(|&i| {
            let t = strip_number(&lines[i].1);
            char_len(t) <= 60
                && title_like(t)
                && genre_end(&title_core(t))
                && !has_sentence_punct(t)
        });
        if own_title {
            let first_no = lines[nonblank[0]].0;
            out.removed.retain(|(l, _)| *l != first_no);
            out.removed.push((first_no, first_written.1.clone()));
            nonblank.remove(0);
        }
    }
    // A site's chunk marker glued to the title (`1、某项工作的工作报告`): a first line
    // numbered 1 whose text ends in a genre word and does not start with a verb.
    // (Or to the site's slogan before the title: `1、书山有路勤为径，学海无涯苦作舟。某村……
    // 汇报材料`.)
    let mut removed_marker = Vec::new();
    // Such a site repeats its chunk markers through the text, splitting sentences.
    let mut chunk_style = None;
    if let Some(n) = number::parse(&lines[nonblank[0]].1)
        && n.n == 1
        && nonblank.len() > 1
    {
        let after = lines[nonblank[0]].1[n.rest..].trim().to_string();
        let slogan = after
            .rfind(['。', '！'])
            .map(|k| k + '。'.len_utf8())
            .filter(|&k| {
                let title = after[k..].trim();
                char_len(&after[..k]) <= 40 && genre_end(title) && title_like(title)
            });
        let rest = after[slogan.unwrap_or(0)..].trim().to_string();
        let second = nonblank[1..]
            .iter()
            .any(|&i| number::parse(&lines[i].1).is_some_and(|m| m.style == n.style && m.n == 2));
        // (A genre's word with 书, 策划书, as the title's other readers take it; or before
        // the years it covers, 实施方案（2009 年2011 年）.)
        let years = rest
            .strip_suffix(['）', ')'])
            .and_then(|r| r.rfind(['（', '(']).map(|k| &r[..k]))
            .unwrap_or(&rest);
        let genre_end = genre_end(&rest)
            || rest.strip_suffix('书').is_some_and(genre_end)
            || genre_end(years)
            || sample_suffix(&rest).is_some();
        // Sites repeat the marker through the text (2、 in mid-sentence), so a 2 alone does
        // not rule it out; a task (1、制定工作方案) starts with a verb, a title does not.
        let task = super::classify::starts_with_verb(&rest);
        // Or a marker glued to the site's line over the title (`1、为实现学校发展目标而努力奋斗`
        // / `2013—2014学年度第二学期学校工作总结`).
        let over_title = {
            let next = lines[nonblank[1]].1.trim();
            number::parse(next).is_none()
                && char_len(next) <= 40
                && self::genre_end(next)
                && title_like(next)
                && !has_sentence_punct(next)
        };
        if genre_end && !task && (!second || char_len(&rest) >= 8) && title_like(&rest)
            || over_title && !task
        {
            let (no, line) = &lines[nonblank[0]];
            removed_marker.push((*no, line[..n.rest].trim().to_string()));
            if let Some(k) = slogan {
                removed_marker.push((*no, after[..k].trim().to_string()));
            }
            chunk_style = Some(n.style);
            lines[nonblank[0]].1 = rest;
        }
    }
    out.removed.extend(removed_marker);
    // Its markers before a mark that goes on with a sentence (`2、、公河、八家子河……`, `3、，一说
    // 到……`) or alone on the page's last line: left out and reported, the text kept as it runs.
    if chunk_style == Some(Style::Arabic) {
        // (After a sentence's end or a heading it is the writer's number, its mark doubled:
        // `三、落实整改，建章立制 / 3、、召开……`.)
        let last = nonblank.last().copied();
        for w in nonblank.windows(2) {
            let (prev, k) = (w[0], w[1]);
            let t = lines[k].1.trim();
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            let marker = digits + '、'.len_utf8();
            if (1..=2).contains(&digits)
                && t[digits..].starts_with('、')
                && (t[marker..].starts_with(['，', ',', '。', '；', ';', '、', '：', ':'])
                    && !lines[prev].1.trim_end().ends_with(TERMINAL)
                    && (char_len(&lines[prev].1) > 30 || number::parse(&lines[prev].1).is_none())
                    || t.len() == marker && Some(k) == last)
            {
                let rest = t[marker..].to_string();
                out.removed.push((lines[k].0, t[..marker].to_string()));
                lines[k].1 = rest;
            }
        }
    }
    // A page's counter glued before the title by a PDF's text (`1 / 4关于……的实施方案`,
    // `PAGE 1 - 2019年……活动工作方案`).
    // (`PAGE` says what it is; `1 / 4` only before a title that ends as one.)
    if let Some(k) = page_counter_len(&lines[nonblank[0]].1)
        && let rest = lines[nonblank[0]].1[k..].trim().to_string()
        && !rest.is_empty()
        && (lines[nonblank[0]].1.starts_with("PAGE") || genre_end(&rest))
        && title_like(&rest)
    {
        let (no, line) = &lines[nonblank[0]];
        out.removed.push((*no, line[..k].trim().to_string()));
        lines[nonblank[0]].1 = rest;
    }
    // A site's own short title above the document's formal one (`妇联……活动方案` over
    // `关于开展……的实施方案`): the formal title is the document's; the site's is left out
    // and reported.
    let genre = genre_end;
    // The label of an attachment above the title (`附件1：`): the document imported is the
    // attachment itself; the label is left out and reported.
    if nonblank.len() > 2 && is_annex_label(strip_colon(&lines[nonblank[0]].1)) {
        out.removed
            .push((lines[nonblank[0]].0, lines[nonblank[0]].1.clone()));
        nonblank.remove(0);
    }
    // A title the page prints twice in its first lines, the page's copy over the sample's
    // (`重阳节敬老活动方案` / `第1篇：重阳节敬老活动方案`, `……计划` / `……计划（一）`), maybe
    // with the page's data between them (`2023-05-06`, `标签：……`, `[VIP专享]`): what stands
    // above the second copy is the site's, and so is the sample's number on it.
    let page_data =
        |t: &str| char_len(t) <= 40 && !t.contains(['。', '，']) && number::parse(t).is_none();
    let repeated = (1..nonblank.len().min(8)).find(|&j| {
        let c = title_core(&lines[nonblank[j]].1);
        char_len(&c) >= 4
            && genre(&c)
            && title_like(&c)
            && (j.saturating_sub(3)..j).rev().any(|i| {
                title_core(&lines[nonblank[i]].1) == c
                    && (i + 1 < j || lines[nonblank[j]].1 != lines[nonblank[i]].1)
                    && nonblank[i + 1..j].iter().all(|&k| page_data(&lines[k].1))
            })
    });
    if let Some(j) = repeated
        && nonblank.len() > j + 1
    {
        for &i in &nonblank[..j] {
            let no = lines[i].0;
            let whole = if no == first_written.0 {
                first_written.1.clone()
            } else {
                lines[i].1.clone()
            };
            out.removed.retain(|(l, _)| *l != no);
            out.removed.push((no, whole));
        }
        let i = nonblank[j];
        let line = lines[i].1.clone();
        let from = sample_number(&line).unwrap_or(0);
        let to = sample_number_end(&line[from..]).map_or(line.len(), |k| from + k);
        for cut in [&line[..from], &line[to..]] {
            if !cut.trim().is_empty() {
                out.removed.push((lines[i].0, cut.trim().to_string()));
            }
        }
        lines[i].1 = line[from..to].trim().to_string();
        nonblank.drain(..j);
    }
    if nonblank.len() > 2 {
        let (a, b) = (&lines[nonblank[0]].1, &lines[nonblank[1]].1);
        // A site's page title over the document's own: `……工作计划范文` over `……工作计划`.
        let site = site_count && lines[nonblank[0]].0 == first_written.0
            || SITE_TITLE_ENDS.iter().any(|e| {
                a.trim_end_matches(|c: char| c.is_ascii_digit() || "（）()篇".contains(c))
                    .ends_with(e)
            });
        // Under a site's title, a sample's own is numbered (`……工作计划1`): the number is the
        // site's too.
        let b_core = b.trim_end_matches(|c: char| c.is_ascii_digit());
        let numbered = site && b_core.len() < b.len() && genre(b_core);
        // The same title twice, the page's (with its year masked: 20XX) over the sample's.
        let mask = |t: &str| -> String {
            let mut out = String::new();
            for c in squeeze(t).chars() {
                let c = if c.is_ascii_digit() || crate::chinese::is_mask(c) {
                    '#'
                } else {
                    c
                };
                if !(c == '#' && out.ends_with('#')) {
                    out.push(c);
                }
            }
            out
        };
        // (Or nearly the same: the site's copy left out a word or two, `……座谈会上讲话` over
        // `……座谈会上的讲话`.)
        let twice = genre(&squeeze(b)) && {
            let (ma, mb) = (mask(a), mask(b));
            ma == mb || nearly(&ma, &mb)
        };
        // A site's category over the title (`工作总结` over `某公司2024年安全生产工作总结`), or
        // the site's title without the writer's name (`学校……宣传周活动方案` over `xx学校……
        // 宣传周活动方案`): the fuller one is the document's.
        let category = genre(a) && b.len() > a.len() && b.ends_with(a.as_str());
        // A site's short title over the document's own in two lines, the units and then the
        // name (`某某学校共同体发展规划` / `甲小学、乙小学` / `“……”三年工作规划`).
        let c = nonblank.get(2).map_or("", |&k| lines[k].1.as_str());
        let over_two = genre(a)
            && title_like(b)
            && !genre_in(b)
            // (A speech's date under its title, masked or not, is no line of a title.)
            && bracketed_date(b).is_none()
            && date_line(b).is_none()
            && !masked_date_line(b)
            && char_len(b) <= 20
            && !b.contains(['：', ':', '。', '，', ','])
            && number::parse(b).is_none()
            && title_like(c)
            && genre(c)
            && nonblank.len() > 3;
        // The page's heading holding the document's own title as its tag (`【员工培训计划方案】
        // 企业员工培训计划书` over `员工培训计划方案`).
        let page = if lines[nonblank[0]].0 == first_written.0 {
            squeeze(&first_written.1)
        } else {
            squeeze(a)
        };
        let holds = genre(b) && page.contains(&format!("【{}】", squeeze(b)));
        // Two titles of one genre in a row, a sample's description over the document's own
        // (`镇人代会政府工作报告` / `XX镇政府工作报告`): the second is the document's.
        let same_genre = {
            let ends = [
                "工作报告",
                "工作计划",
                "工作方案",
                "实施方案",
                "活动方案",
                "工作总结",
                "工作要点",
                "的讲话",
                "策划书",
                "策划方案",
            ];
            // A report or an account goes by more than one name (`……工作进度汇报` over
            // `……复审汇报材料`).
            let families: [&[&str]; 2] =
                [&["报告", "汇报", "汇报材料", "汇报提纲"], &["总结", "小结"]];
            let family = |t: &str| {
                let t = simple(t);
                families
                    .iter()
                    .position(|f| f.iter().any(|e| t.ends_with(e)))
            };
            (ends
                .iter()
                .any(|e| simple(a).ends_with(e) && simple(b).ends_with(e))
                || family(a).is_some() && family(a) == family(b))
                && !a.starts_with("关于")
                && !b.starts_with(['—', '－', '(', '（'])
                && char_len(a) <= 30
                && char_len(b) <= 40
                && squeeze(a) != squeeze(b)
        };
        // A site's short title without the year over the document's own with it, of one
        // genre (`团委半年工作总结` / `团县委2023年度上半年工作总结及下半年工作思路`).
        let dated_own = !a.chars().any(|c| c.is_ascii_digit())
            && crate::date::title_year(b).is_some()
            && !a.starts_with("关于")
            && char_len(a) <= 30
            && char_len(b) <= 40
            && char_len(b) > char_len(a)
            && genre_in(a)
            && GENRE
                .iter()
                .any(|g| simple(a).contains(g) && simple(b).contains(g))
            && number::parse(b).is_none();
        if over_two {
            out.removed
                .push((lines[nonblank[0]].0, lines[nonblank[0]].1.clone()));
            nonblank.remove(0);
        } else if title_like(a)
            && title_like(b)
            && (genre(&squeeze(b)) || numbered || site && sample_suffix(b).is_some() || dated_own)
            && (b.starts_with("关于") && genre(a)
                || site
                || twice
                || category
                || holds
                || same_genre
                || dated_own)
        {
            let (no, sample) = (lines[nonblank[1]].0, b[b_core.len()..].to_string());
            let core = b_core.to_string();
            // The whole line is the site's, whatever was cut off it before.
            let first_no = lines[nonblank[0]].0;
            out.removed.retain(|(l, _)| *l != first_no);
            let whole = if first_no == first_written.0 {
                first_written.1.clone()
            } else {
                a.clone()
            };
            out.removed.push((first_no, whole));
            if numbered {
                out.removed.push((no, sample));
                lines[nonblank[1]].1 = core;
            } else if site && let Some(k) = sample_number_end(b) {
                // (Or its number as the site writes one: `……工作总结 篇一`, `……计划（二）`.)
                let (own, number) = (b[..k].trim_end().to_string(), b[k..].trim().to_string());
                out.removed.push((no, number));
                lines[nonblank[1]].1 = own;
            }
            nonblank.remove(0);
        }
    }
    // A title the site printed twice on one line (篮球赛策划书篮球赛策划书): once, and the
    // copy reported as removed.
    if let Some(&first) = nonblank.first() {
        let line = lines[first].1.trim();
        let half = line.len() / 2;
        if line.is_char_boundary(half)
            && char_len(&line[..half]) >= 4
            && line[..half] == line[half..]
            && title_like(&line[..half])
            && genre_in(&line[..half])
        {
            let once = line[..half].to_string();
            out.removed.push((lines[first].0, once.clone()));
            lines[first].1 = once;
        }
    }
    let text = |k: usize| lines[nonblank[k]].1.as_str();
    // --- front: title (one or two lines) and addressee ---
    let mut start = 0usize;
    // A speech's slogan over its subtitle (团结奋进，再创佳绩！ / ——在……上的讲话): the title,
    // whatever its punctuation.
    let slogan = nonblank.len() > 2
        && char_len(text(0)) <= 40
        && number::parse(text(0)).is_none()
        && text(1).starts_with("——")
        && ADDRESSES.iter().any(|g| text(1).contains(g));
    // A speech's occasion over its headline (在全市……推进会上 / 凝心聚力攻坚克难 / 全力夺取……
    // 胜利), its date, speaker or 同志们： after: the title is all its lines.
    let headline_lines = |from: usize| {
        (1..=2).rev().find(|&n| {
            from + n < nonblank.len()
                && (from..from + n).all(|k| {
                    let t = text(k);
                    char_len(t) <= 30
                        && title_like(t)
                        && !has_sentence_punct(t)
                        && number::parse(t).is_none()
                        && date_line(t).is_none()
                        && !salutation(t)
                })
                && {
                    let after = text(from + n);
                    date_line(after).is_some()
                        || bracketed_date(after).is_some()
                        || masked_date_line(after)
                        || salutation(after)
                }
        })
    };
    let occasion = nonblank.len() > 3
        && text(0).starts_with('在')
        && text(0).ends_with('上')
        && char_len(text(0)) <= 40
        && !has_sentence_punct(text(0));
    if let Some(n) = headline_lines(1).filter(|_| occasion && !slogan) {
        out.title = (0..=n).map(|k| text(k).to_string()).collect();
        out.spoken = true;
        start = n + 1;
    } else if slogan {
        out.title = vec![text(0).to_string(), text(1).to_string()];
        start = 2;
    } else if (title_like(text(0)) || week_name(text(0))) && !lead_in(text(0)) && nonblank.len() > 1
    {
        let t0 = text(0);
        let next = text(1);
        // Read without its spaces: a title is often spaced out (工 作 总 结).
        let t0_key = squeeze(t0);
        let t0_genre = genre_in(&t0_key);
        // A title is followed by an addressee, a heading, a second title line, or body.
        let mut title = vec![t0.to_string()];
        let mut k = 1;
        // A subtitle led by a dash (——以某某社区为例) is read as a line of the title, not as
        // a dash bullet.
        let line_of_title = |t: &str| {
            let core = t.strip_prefix("——").unwrap_or(t);
            title_like(core) && !addressee_like(t) && char_len(t) <= 40 && !has_sentence_punct(t)
        };
        // Or a title without its genre's word broken over two lines before the opening
        // (西昌市图书馆开展4·23世界读书日 / 系列特色全民阅读活动 / 为贯彻……，……).
        let broken_before_opening = nonblank.len() > 3
            && !t0_genre
            && number::parse(next).is_none()
            && char_len(t0) + char_len(next) <= 40
            && !t0.contains(['：', ':'])
            && lead_in(text(2));
        // Or a title broken in mid-word after a genre's word (……政研工作总结及2007政 / 研工作
        // 初步思路): the second line ends it with one.
        // (Not a title of its own after a title ending in 书 or the page's debris: the second
        // line is short, with no number, no year and no list in it.)
        let broken_after_genre = t0_genre
            && !genre_end(&t0_key)
            && !t0_key.ends_with('书')
            && t0.ends_with(crate::chinese::is_cjk)
            && !t0.ends_with(['页', '篇'])
            && genre_end(&squeeze(next))
            && char_len(next) <= 12
            && !next.contains(['、', '.', '．'])
            && !next.chars().any(|c| c.is_ascii_digit())
            && number::parse(next).is_none();
        if k < nonblank.len()
            && line_of_title(next)
            && (broken_before_opening
                || broken_after_genre
                || !t0_genre && genre_in(&squeeze(next))
                || next.starts_with(['—', '－', '(', '（'])
                    && nonblank.len() > 2
                    && bracketed_date(next).is_none()
                    && !masked_date_line(next)
                    && !bracket_note(next)
                    && delivery_note_at(&text, 1, nonblank.len()).is_none())
        {
            title.push(next.to_string());
            k += 1;
        } else if !t0_genre
            && nonblank.len() > 3
            && line_of_title(next)
            && number::parse(next).is_none()
            && !genre_in(next)
            && line_of_title(text(2))
            && genre(text(2))
        {
            // A title in three lines: the unit, the period, the kind (某某中学 /
            // 2024—2025学年第一学期 / 德育工作计划).
            title.extend([next.to_string(), text(2).to_string()]);
            k += 2;
        }
        // The years a plan covers in brackets under its title: （2017—2020）.
        if k + 1 < nonblank.len() && genre(&squeeze(&title.concat())) && years_in_brackets(text(k))
        {
            title.push(text(k).to_string());
            k += 1;
        }
        let after = if k < nonblank.len() { text(k) } else { "" };
        // (A headline over its speaker's post and name is a speech's title.)
        let over_speaker = title.len() == 1 && !t0_genre && post_and_name(after);
        // (So is a slogan over the speech's salutation: 振奋精神鼓足干劲…… / 各位代表、同志们：.)
        let over_salutation = title.len() == 1
            && !t0_genre
            && salutation(after)
            && char_len(t0) <= 40
            && !has_sentence_punct(t0)
            && !salutation(t0);
        // (So is a week's name alone over its plan: 第十三周（5月8日—5月12日）, 2014年下期 第七周.)
        let week = title.len() == 1 && nonblank.len() > 2 && week_name(t0);
        let looks_title = t0_genre
            || over_speaker
            || over_salutation
            || week
            || title.len() > 1
            || addressee_like(after)
            || number::parse(after).is_some()
            || date_line(after).is_some();
        // A short unnumbered first line followed by body is a title only when it does not
        // read as a label heading.
        // A headline, a slogan and what it heads set off by a dash, over the first part
        // (心手相连，雷锋同行——青年志愿服务行动启动 / 一、活动概述).
        let headline = title.len() == 1
            && char_len(t0) <= 40
            && number::parse(after).is_some()
            && t0
                .split_once("——")
                .is_some_and(|(a, b)| !a.is_empty() && !b.trim_start_matches('—').is_empty());
        if (looks_title
            && (title.len() > 1 && genre(&squeeze(&title.concat()))
                || label_ok(&t0_key, true)
                || headline
                || over_speaker
                || over_salutation
                || week)
            || t0_genre)
            // (A slogan may end like a unit's name, 收心提神开新局; no unit's name stands
            // over 同志们：.)
            && !(title.len() == 1 && bare_unit(&t0_key) && !salutation(after))
            // A fact and its value (参与人员：单位员工) names no document.
            && !(title.len() == 1 && !genre_end(&t0_key) && field_head(t0))
        {
            out.title = title;
            start = k;
            if over_speaker && start + 1 < nonblank.len() {
                out.speaker = Some(after.to_string());
                out.spoken = true;
                start += 1;
            }
        }
    }
    // A 印发通知's title that names a report or a plan before it ends, over its last line
    // (某县人民政府办公室 / 关于印发2022年《政府工作报告》 / 重点任务责任分工的通知): the
    // notice's title runs on to its 通知.
    if !out.title.is_empty() && start < nonblank.len() {
        let joined = squeeze(&out.title.concat());
        let next = text(start);
        if (joined.contains("关于印发") || joined.contains("关于转发"))
            && !joined.ends_with("通知")
            && next.trim_end().ends_with("通知")
            && char_len(next) <= 40
            && title_like(next)
            && !has_sentence_punct(next)
        {
            out.title.push(next.to_string());
            start += 1;
        }
    }
    // A speech: its date in brackets under the title, then the speaker — or the speaker,
    // then the date (县长  王某某 / （2024年2月20日）).
    if !out.title.is_empty()
        && start + 2 < nonblank.len()
        && speaker_like(text(start))
        && let Some(date) = bracketed_date(text(start + 1))
    {
        out.speaker = Some(text(start).to_string());
        out.date = Some(date);
        out.spoken = true;
        out.speaker_first = true;
        start += 2;
    } else if !out.title.is_empty()
        && start < nonblank.len()
        && let Some(date) = bracketed_date(text(start))
    {
        out.date = Some(date);
        out.spoken = true;
        start += 1;
        if start + 1 < nonblank.len() && speaker_like(text(start)) {
            out.speaker = Some(text(start).to_string());
            start += 1;
        }
    }
    // A speech's date that a sample masks, year and all (（20xx年x月x日）, 201X/X/XX), then
    // maybe the speaker: text of the opening, as written and in order (the date's year is
    // unknown, so the document cannot take it), with 同志们： after them.
    let mut noted = false;
    if !out.title.is_empty()
        && out.date.is_none()
        && start + 2 < nonblank.len()
        && masked_date_line(text(start))
    {
        noted = true;
        out.preamble.push(text(start).to_string());
        start += 1;
        if speaker_like(text(start)) && !addressee_like(text(start)) {
            out.preamble.push(text(start).to_string());
            start += 1;
        }
    }
    // A report's delivery note under its title (——2025年1月8日在……会议上), maybe broken
    // over two lines by the page, then the speaker's line over the addressee: the opening's
    // first paragraphs, each its own, as written. (The report stays a report: its note is
    // no speech's date in brackets.)
    if !out.title.is_empty()
        && out.date.is_none()
        && !noted
        && let Some(n) = delivery_note_at(&text, start, nonblank.len())
    {
        noted = true;
        out.preamble.push((start..start + n).map(text).collect());
        start += n;
        if start + 1 < nonblank.len()
            && speaker_like(text(start))
            && !addressee_like(text(start))
            && addressee_like(text(start + 1))
        {
            out.preamble.push(text(start).to_string());
            start += 1;
        }
    }
    // A cover's date alone under the title (某某策划书 / 2014.10.12): the document's, unless
    // its end gives one.
    if !out.title.is_empty()
        && out.date.is_none()
        && start + 1 < nonblank.len()
        && let Some(date) = date_line(text(start))
    {
        out.date = Some(date);
        start += 1;
    }
    // The writer and the date under the title (某某学校办公室 / 2026年1月), as some units sign
    // a plan: with a full date they are the signature, else text — never a heading.
    if !out.title.is_empty()
        && start + 2 < nonblank.len()
        && issuer_like(text(start))
        && !addressee_like(text(start))
        && year_month(text(start + 1))
    {
        match date_line(text(start + 1)) {
            Some(date) => {
                out.issuer = Some(text(start).to_string());
                out.date = Some(date);
            }
            None => out
                .preamble
                .extend([text(start).to_string(), text(start + 1).to_string()]),
        }
        start += 2;
    }
    // (After a delivery note or a masked date, 各位代表： stays in the opening, where they
    // stand.)
    if start < nonblank.len() && addressee_like(text(start)) && !noted {
        out.addressee = Some(text(start).to_string());
        start += 1;
    } else if start + 1 < nonblank.len()
        && !noted
        && text(start).ends_with('、')
        && char_len(text(start)) <= 20
        && !has_sentence_punct(text(start))
        && addressee_like(text(start + 1))
    {
        // A 主送 or a salutation broken after its 、 (各位代表、 / 同志们：).
        out.addressee = Some(format!("{}{}", text(start), text(start + 1)));
        start += 2;
    }
    let plan_title = notice_of(&out.title.concat())
        .map(|r| squeeze(r.trim_start_matches('《').trim_end_matches('》')));
    // --- back: annexes after the date, date, issuer, 附件说明 ---
    let mut end = nonblank.len();
    let search_from = end.saturating_sub(60).max(start);
    // A date to the month alone (二○○八年七月) on the last line, under the issuer's name.
    let to_month = |k: usize| {
        let t = text(k);
        (k + 1 == end && k > start && issuer_like(text(k - 1)) && t.ends_with('月'))
            .then(|| date_line(&format!("{t}1日")))
            .flatten()
            .map(|d| d[..7].to_string())
    };
    if let Some(d) = (search_from..end).rev().find(|&k| {
        date_line(text(k)).is_some() || signed_date(text(k)).is_some() || to_month(k).is_some()
    }) {
        // Only a date near the end of the body, or one followed by annexes.
        let rest: Vec<&str> = (d + 1..end).map(text).collect();
        // 附注 stand under the date, each in round brackets: （此件公开发布）; so may the
        // copies sent up or across (抄报：……), which have no place of their own there.
        let remarks: Vec<&str> = rest
            .iter()
            .map_while(|t| remark(t).or_else(|| record_line(t)))
            .collect();
        let rest = &rest[remarks.len()..];
        let annex_start = rest.first().is_some_and(|t| is_annex_label(t));
        if rest.is_empty() || annex_start {
            // The issuer and the date on one line (某某医院 2015年5月25日).
            let signed = signed_date(text(d));
            out.date = signed
                .as_ref()
                .map_or_else(|| date_line(text(d)), |s| Some(s.1.clone()))
                .or_else(|| to_month(d));
            out.remarks = remarks.iter().map(|r| r.to_string()).collect();
            out.attachments = parse_annexes(rest);
            end = d;
            if let Some((issuer, _)) = signed {
                out.issuer = Some(issuer);
            } else if end > start && issuer_like(text(end - 1)) {
                out.issuer = Some(text(end - 1).to_string());
                end -= 1;
            }
        }
    } else if end > start + 1 && issuer_like(text(end - 1)) {
        let prev = text(end - 2);
        if prev.ends_with(TERMINAL) {
            out.issuer = Some(text(end - 1).to_string());
            end -= 1;
        }
    }
    // 附件说明: 附件：1.甲 / 2.乙 just before the signature.
    if let Some(a) = (start..end).rev().take(20).find(|&k| {
        let t = text(k);
        t.starts_with("附件：") || t.starts_with("附件:")
    }) {
        let mut names = Vec::new();
        let first = text(a)
            .trim_start_matches("附件")
            .trim_start_matches(['：', ':'])
            .trim();
        // (Its entries run together on one line as a page may give them: 1、甲2、乙.)
        let glued = glued_entries(first);
        let first = strip_number(glued[0]);
        let ok_tail = (a + 1..end).all(|k| {
            let t = text(k);
            number::parse(t).is_some() && char_len(t) <= 60 && !t.contains('。')
        });
        if ok_tail && !first.is_empty() {
            names.push(first.to_string());
            names.extend(glued[1..].iter().map(|e| strip_number(e).to_string()));
            for k in a + 1..end {
                names.push(strip_number(text(k)).to_string());
            }
            let annexed: Vec<String> = out.attachments.iter().map(|a| a.0.clone()).collect();
            let mut list: Vec<(String, Vec<String>)> = names
                .into_iter()
                .map(|n| {
                    let body = out
                        .attachments
                        .iter()
                        .find(|a| a.0 == n)
                        .map(|a| a.1.clone())
                        .unwrap_or_default();
                    (n, body)
                })
                .collect();
            for a in &out.attachments {
                if !list.iter().any(|l| l.0 == a.0) && !annexed.is_empty() {
                    list.push(a.clone());
                }
            }
            out.attachments = list;
            end = a;
        }
    }
    // --- body: candidates ---
    let body_idx: Vec<usize> = (start..end).map(|k| nonblank[k]).collect();
    // Which lines are dash bullets (`——`), and which dash bullets have another in the same
    // section (no other numbered heading between them): only those make a list.
    let styles: Vec<Option<Style>> = body_idx
        .iter()
        .map(|&i| number::parse(&lines[i].1).map(|n| n.style))
        .collect();
    // Symbol bullets (`★`, `●`) likewise, though a section's bullets may head sub-lists of
    // their own: another bullet of the same symbol anywhere makes a list.
    let listed: Vec<bool> = (0..styles.len())
        .map(|j| match styles[j] {
            Some(Style::Dash) => {
                let dash = |k: &usize| styles[*k] == Some(Style::Dash);
                let other = |k: &usize| styles[*k].is_some_and(|s| s != Style::Dash);
                (0..j).rev().take_while(|k| !other(k)).any(|k| dash(&k))
                    || (j + 1..styles.len())
                        .take_while(|k| !other(k))
                        .any(|k| dash(&k))
            }
            Some(Style::Bullet) => {
                let symbol = |k: usize| lines[body_idx[k]].1.chars().next();
                (0..styles.len())
                    .any(|k| k != j && styles[k] == Some(Style::Bullet) && symbol(k) == symbol(j))
            }
            _ => false,
        })
        .collect();
    // Numbers set off by a space alone (`1 工作目标`, `2.1 完善制度`) or decimal ones run on
    // into their text (`2.1加强培训`): a heading's only where another line continues the
    // sequence (a page number glued to a line stands alone; `3.12植树节` is a date).
    let spaced: Vec<Option<number::Num>> = body_idx
        .iter()
        .zip(&styles)
        .map(|(&i, s)| {
            s.is_none()
                .then(|| {
                    number::parse_spaced(&lines[i].1).or_else(|| number::parse_dotted(&lines[i].1))
                })
                .flatten()
        })
        .collect();
    // Lines that run a short name into their text with a colon, two or more together
    // (经济发展：…… / 民生福祉：……): headings, one level under what comes before them.
    let strict: Vec<bool> = body_idx
        .iter()
        .map(|&i| {
            number::parse(&lines[i].1).is_none()
                && colon_runin(&lines[i].1)
                    .or_else(|| sentence_head(&lines[i].1))
                    .or_else(|| period_runin(&lines[i].1))
                    .or_else(|| account_runin(&lines[i].1))
                    .is_some()
        })
        .collect();
    // A longer name counts beside a short one, the two lines together.
    let colon_form: Vec<bool> = (0..body_idx.len())
        .map(|j| {
            let beside = |k: usize| strict[k] && body_idx[j].abs_diff(body_idx[k]) == 1;
            strict[j]
                || number::parse(&lines[body_idx[j]].1).is_none()
                    && sentence_head_upto(&lines[body_idx[j]].1, LONG_NAME).is_some()
                    && (j > 0 && beside(j - 1) || j + 1 < body_idx.len() && beside(j + 1))
        })
        .collect();
    let mut parallel: Vec<bool> = (0..body_idx.len())
        .map(|j| {
            colon_form[j]
                && (j > 0 && colon_form[j - 1] && body_idx[j - 1] + 1 == body_idx[j]
                    || colon_form.get(j + 1) == Some(&true) && body_idx[j] + 1 == body_idx[j + 1])
        })
        .collect();
    // Three or more paragraphs in a row right under a heading, each opening with a short clause
    // before a comma (经济发展稳中向好，…… / 民生福祉持续改善，……): that clause heads each.
    let comma_form: Vec<bool> = body_idx
        .iter()
        .map(|&i| number::parse(&lines[i].1).is_none() && comma_head(&lines[i].1).is_some())
        .collect();
    let mut j = 0;
    while j < body_idx.len() {
        let mut end = j;
        while end < body_idx.len()
            && comma_form[end]
            && (end == j || body_idx[end - 1] + 1 == body_idx[end])
        {
            end += 1;
        }
        let under_heading = j > 0 && body_idx[j - 1] + 1 == body_idx[j] && {
            let before = &lines[body_idx[j - 1]].1;
            char_len(before) <= 30 && !before.ends_with(TERMINAL) && !before.ends_with(['，', ','])
        };
        if end - j >= 3 && under_heading {
            parallel[j..end].iter_mut().for_each(|p| *p = true);
        }
        j = end.max(j + 1);
    }
    // Short names each right over a numbered list that starts again under it (客户服务。 /
    // 2、…… / 6、…… / 工程维护。 / 1、……), after text, two or more of the same list style:
    // the parts' names, their bold lost. (Not a sentence closing a heading's text before the
    // next number, 一、…… / 建强支部。 / 二、……; nor a theme under a label, 二月 / 开学安全检查.)
    let list_name: Vec<Option<Style>> = (0..body_idx.len())
        .map(|j| {
            let t = lines[body_idx[j]].1.trim();
            let core = t.strip_suffix('。').unwrap_or(t);
            let &k = body_idx.get(j + 1)?;
            let after_text = j == 0 || {
                let prev = lines[body_idx[j - 1]].1.trim();
                prev.ends_with(TERMINAL) || number::parse(prev).is_some()
            };
            let n = ((2..=8).contains(&char_len(core))
                && core.chars().all(crate::chinese::is_cjk)
                && k == body_idx[j] + 1
                && after_text)
                .then(|| number::parse(&lines[k].1))
                .flatten()
                .filter(|n| n.n <= 2)?;
            let continues = body_idx[..j]
                .iter()
                .rev()
                .find_map(|&i| number::parse(&lines[i].1).filter(|p| p.style == n.style))
                .is_some_and(|p| p.n + 1 == n.n);
            (!continues).then_some(n.style)
        })
        .collect();
    let mut named_lists: Vec<(Style, usize)> = Vec::new();
    for &s in list_name.iter().flatten() {
        match named_lists.iter_mut().find(|(t, _)| *t == s) {
            Some((_, n)) => *n += 1,
            None => named_lists.push((s, 1)),
        }
    }
    let list_names =
        |j: usize| list_name[j].is_some_and(|s| named_lists.iter().any(|&(t, n)| t == s && n >= 2));
    // Lines that name a period alone (第二季度, 四月份, 上半年), not a step's days: two or
    // more of them are the periods of a timetable.
    let named_period = |t: &str| {
        super::classify::period_alone(t)
            && !t.contains(['日', '号', '至', '到', '—', '-', '－', '~', '～'])
    };
    let timetable = body_idx
        .iter()
        .filter(|&&i| named_period(&lines[i].1))
        .count()
        >= 2;
    // A short banner line right over each of two or more 一、 headings, after a paragraph
    // (聚力路面管控 / 一、坚持打防并举，…… / ……。 / 聚力隐患整治 / 二、……): the parts' names,
    // their bold lost. (After a heading it is the heading's value: 一、活动主题 / 书香校园.)
    let banner = |j: usize| {
        let t = lines[body_idx[j]].1.trim();
        let after_text = j == 0 || {
            let prev = lines[body_idx[j - 1]].1.trim();
            number::parse(prev).is_none() && prev.ends_with(TERMINAL)
        };
        after_text
            && (2..=12).contains(&char_len(t))
            && t.chars().all(crate::chinese::is_cjk)
            && number::parse(t).is_none()
            && body_idx.get(j + 1).is_some_and(|&k| {
                k == body_idx[j] + 1
                    && number::parse(&lines[k].1).is_some_and(|n| n.style == Style::CnDun)
            })
    };
    let banners = (0..body_idx.len()).filter(|&j| banner(j)).count() >= 2;
    // The lines whose number set off by a space or a comma continues a sequence (see below).
    let mut in_sequence = vec![false; lines.len()];
    for (j, n) in spaced.iter().enumerate() {
        if let Some(n) = n
            && spaced
                .iter()
                .flatten()
                .any(|m| m.style == n.style && (m.n + 1 == n.n || n.n + 1 == m.n))
        {
            in_sequence[body_idx[j]] = true;
        }
    }
    // Whether line `k` opens with a number.
    let numbered = |k: usize| in_sequence[k] || number::parse(&lines[k].1).is_some();
    // The rows under a schedule's header (序号 工作内容 时间), dated or not (`3 招募志愿者`):
    // numbered rows of cells, up to the first line that is none.
    let mut schedule = vec![false; body_idx.len()];
    let mut j = 0;
    while j < body_idx.len() {
        if crate::date::schedule_header(&lines[body_idx[j]].1) {
            let mut k = j + 1;
            while k < body_idx.len() && crate::date::numbered_row(&lines[body_idx[k]].1) {
                schedule[k] = true;
                k += 1;
            }
            if (j + 1..k).any(|k| crate::date::dated_row(&lines[body_idx[k]].1).is_some()) {
                schedule[j] = true;
            } else {
                schedule[j + 1..k].fill(false);
            }
            j = k;
        } else {
            j += 1;
        }
    }
    // Sentences that sum up a stretch of work, each over a paragraph that runs in its name.
    // Two or more of them, or none (one alone is a lead-in).
    let mut accounts: Vec<bool> = (0..body_idx.len())
        .map(|j| {
            account_head(&lines[body_idx[j]].1)
                && body_idx.get(j + 1) == Some(&(body_idx[j] + 1))
                && colon_form.get(j + 1) == Some(&true)
        })
        .collect();
    // One alone heads its part when the speaker's 我们 tells it (半年来，我们聚焦经济发展，
    // ……。) over two paragraphs or more that each run in their name.
    let told = |j: usize| {
        let t = &lines[body_idx[j]].1;
        LOOKING_BACK
            .iter()
            .any(|w| t.strip_prefix(w).is_some_and(|r| r.starts_with("，我们")))
            && (1..=2).all(|d| {
                body_idx.get(j + d) == Some(&(body_idx[j] + d))
                    && sentence_head_upto(&lines[body_idx[j] + d].1, LONG_NAME).is_some()
            })
    };
    if accounts.iter().filter(|&&a| a).count() < 2 {
        for (j, a) in accounts.iter_mut().enumerate() {
            *a = *a && told(j);
        }
    }
    // Rows of a table (组别　组员　组长 / 第一组　第一办公室), two or more in a row, are
    // text: a table is no list of headings. (Not a timetable's, whose rows name their
    // periods or stages: the rules below read those.) Each run is looked at once.
    let plain_rows: Vec<bool> = {
        let is_row: Vec<bool> = body_idx.iter().map(|&i| table_row(&lines[i].1)).collect();
        let mut plain = vec![false; is_row.len()];
        let mut j = 0;
        while j < is_row.len() {
            let end = (j..is_row.len())
                .find(|&k| !is_row[k])
                .unwrap_or(is_row.len());
            if end - j >= 2 && !body_idx[j..end].iter().any(|&k| timed_row(&lines[k].1)) {
                plain[j..end].fill(true);
            }
            j = end + 1;
        }
        plain
    };
    // A table pasted one cell per line whose rows open with a step and its period (第十二周 /
    // 11.11-11.17 / 班委竞选观摩 / 德育处、班主任 / 第十三周 / ……), three rows or more: the
    // cells between one row's period and the next row's step are its text, not headings.
    let row_cells: Vec<bool> = {
        let period_line = crate::date::period_line;
        let keys: Vec<usize> = (0..body_idx.len().saturating_sub(1))
            .filter(|&j| {
                let t = lines[body_idx[j]].1.as_str();
                char_len(t) <= 12
                    && !has_sentence_punct(t)
                    && !period_line(t)
                    && period_line(&lines[body_idx[j + 1]].1)
            })
            .collect();
        let mut cells = vec![false; body_idx.len()];
        // (A table's rows have as many cells each: stages with text of their own between
        // them are no table.)
        let regular = keys
            .windows(2)
            .all(|w| w[1] - w[0] == keys[1] - keys[0] && w[1] - w[0] <= 8);
        if keys.len() >= 3 && regular {
            for w in keys.windows(2) {
                cells[w[0] + 2..w[1]].fill(true);
            }
            // The last row as long as the one before it.
            let (before, last) = (keys[keys.len() - 2], keys[keys.len() - 1]);
            let end = (last + (last - before)).min(body_idx.len());
            cells[(last + 2).min(end)..end].fill(true);
        }
        cells
    };
    let cands: Vec<Cand> = body_idx
        .iter()
        .enumerate()
        .map(|(j, &i)| {
            let t = lines[i].1.as_str();
            if schedule[j] {
                return Cand::Body;
            }
            // A schedule pasted as text (序号 时间 活动内容 负责人 / 1 5月10日 启动仪式 社区党委):
            // its rows are text, whatever number they start with.
            let row = |k: Option<&usize>| {
                k.is_some_and(|&k| crate::date::dated_row(&lines[k].1).is_some())
            };
            // (Over rows that each lead with their period, 月份　工作内容 / 9月份　……, the
            // header is text and the rows are steps: see period_runin.)
            let period_row =
                |k: Option<&usize>| k.is_some_and(|&k| period_runin(&lines[k].1).is_some());
            if crate::date::dated_row(t).is_some()
                && (j > 0 && row(body_idx.get(j - 1)) || row(body_idx.get(j + 1)))
                || crate::date::schedule_header(t)
                    && (row(body_idx.get(j + 1)) || period_row(body_idx.get(j + 1)))
            {
                return Cand::Body;
            }
            if parallel[j] {
                return Cand::Label;
            }
            // A year's work told in one sentence over paragraphs that each run in their name
            // (一年来，我们……，经济建设取得新成效。 / 高校经济纵深推进。…… / ……), two such parts
            // or more, as a work report writes them: the part those paragraphs fall under.
            // (One alone is a lead-in: 过去一年，…… / “八个增长”：…… / “五个突破”：…….)
            if accounts[j] {
                return Cand::Label;
            }
            if let Some(n) = number::parse(t) {
                // A formal numeral past 壹 (`陆、海、空……`) numbers a part only after a
                // smaller one.
                let formal_alone = n.style == Style::Formal
                    && n.n > 1
                    && !body_idx[..j].iter().any(|&k| {
                        number::parse(&lines[k].1)
                            .is_some_and(|m| m.style == Style::Formal && m.n < n.n)
                    });
                // A dash bullet makes a list only with another one (a line of a quotation's
                // source, `——摘自……`, stands alone) — or alone when it names a part in two
                // clauses, as a work report does (`——坚持改进作风，自身建设不断加强`).
                // (A quotation's source is none, even among such parts.)
                let rest = t[n.rest..].trim();
                let source = n.style == Style::Dash
                    && ["摘自", "引自", "选自"].iter().any(|w| rest.starts_with(w));
                let lone_part = n.style == Style::Dash
                    && (8..=40).contains(&char_len(rest))
                    && rest.contains('，')
                    && !rest.contains(['。', '《', '：', ':']);
                if !formal_alone
                    && !source
                    && (!matches!(n.style, Style::Dash | Style::Bullet) || listed[j] || lone_part)
                {
                    return Cand::Num(n);
                }
            }
            if let Some(n) = &spaced[j]
                && in_sequence[i]
            {
                return Cand::Num(n.clone());
            }
            // 2.10项公共卫生服务 after 1.…: a heading whose text starts with a digit; 1.2024年3月，……
            // (a year is no decimal's fraction).
            if let Some(n) = number::parse_relaxed(t)
                && (year_first(&t[n.rest..])
                    || body_idx[..j].iter().rev().take(200).any(|&i2| {
                        number::parse(&lines[i2].1)
                            .is_some_and(|p| p.style == n.style && p.n + 1 == n.n)
                    })
                    || relaxed_run(&lines, &body_idx[..j], &body_idx[j + 1..], &n, &t[n.rest..]))
            {
                return Cand::Num(n);
            }
            // 2严格责任落实。…… right after 1. 严格制度落实。……'s text: the list's next number,
            // its mark lost.
            if let Some(n) = number::parse_bare(t)
                && body_idx[..j]
                    .iter()
                    .rev()
                    .take(3)
                    .find_map(|&i2| number::parse(&lines[i2].1))
                    .is_some_and(|p| p.style == Style::Arabic && p.n + 1 == n.n)
            {
                return Cand::Num(n);
            }
            if banners && banner(j) && label_ok(t, false) {
                return Cand::Label;
            }
            // A list's first heading whose number the page lost (一、工作总结 / 抗疫情，保障群众
            // 安全 / 一是…… / （二）促增收……): a short line right under its parent, where the
            // list's second number follows with no first before it.
            // (Not a time line nor a period named alone, nor a sentence broken over two lines
            // with a site's chunk marker after it: its text stands between it and the second.)
            if j > 0
                && char_len(t) <= 25
                && title_like(t)
                && !t.contains(['：', ':'])
                && !t.chars().any(|c| c.is_ascii_digit())
                // A period named alone (四月份 / 1在全区…… / 2、……) heads its month's list.
                && !named_period(t)
                && let Some(parent) = number::parse(&lines[body_idx[j - 1]].1)
                && let Some((k, second)) =
                    body_idx[j + 1..]
                        .iter()
                        .take(12)
                        .enumerate()
                        .find_map(|(k, &i2)| {
                            number::parse(&lines[i2].1)
                                .map(|n| (k, n))
                                .filter(|(_, p)| {
                                    !matches!(
                                        p.style,
                                        Style::Shi
                                            | Style::Ordinal
                                            | Style::Dash
                                            | Style::Bullet
                                            | Style::Letter
                                            | Style::Circled
                                    )
                                })
                        })
                && k > 0
                && second.n == 2
                && second.style != parent.style
                && matches!(
                    second.style,
                    Style::CnParen | Style::Arabic | Style::ArParen
                )
            {
                // The list's first, written without its number.
                return Cand::Num(number::Num {
                    style: second.style,
                    n: 1,
                    token: String::new(),
                    rest: 0,
                });
            }
            let next_body = body_idx.get(j + 1).map(|&i2| !numbered(i2));
            // The plan's own title repeated under a 关于印发《…》的通知 is not a heading.
            if plan_title.as_deref() == Some(squeeze(t).as_str()) {
                return Cand::Body;
            }
            // A heading by its style (Word's 标题 1, an outline level), numbered or not.
            if levels.get(i).copied().flatten().is_some() {
                return Cand::Label;
            }
            // A section's name with its text run in after a colon (`活动背景：三月春风里……`),
            // an aspect with its text after it (`……方面。……`) — but under a phase, its
            // time (活动时间：4月上旬) is the phase's text.
            let in_phase = || {
                body_idx[..j]
                    .iter()
                    .rev()
                    .find_map(|&k| number::parse(&lines[k].1).map(|n| (k, n)))
                    .is_some_and(|(k, n)| {
                        n.style == Style::Stage || super::build::stage_named(&lines[k].1)
                    })
            };
            if t.contains("时间") && top_label_runin(t).is_some() && in_phase() {
                return Cand::Body;
            }
            // Under an item of a list (（一）开展进社区活动。…… / 活动时间：6月 / 活动地点：各社区),
            // the facts of the item are its text, not parts of the document.
            let in_item = || {
                body_idx[j.saturating_sub(4)..j]
                    .iter()
                    .rev()
                    .find_map(|&k| number::parse(&lines[k].1))
                    .is_some_and(|n| {
                        !matches!(
                            n.style,
                            Style::CnDun | Style::Part | Style::Formal | Style::Label
                        )
                    })
            };
            if top_label_runin(t).is_some()
                && ["时间", "地点", "范围", "对象", "人员"]
                    .iter()
                    .any(|w| strip_colon(t.split([':', '：']).next().unwrap_or("")).ends_with(w))
                && in_item()
            {
                return Cand::Body;
            }
            // A period alone on the line under a stage's heading (（一）准备阶段 /
            // 2025年3月1日—3月10日) is the stage's time, its text.
            if crate::date::stated_period(t) == Some(t.trim())
                && j > 0
                && body_idx[j - 1] + 1 == i
                && super::build::stage_named(&lines[body_idx[j - 1]].1)
                && crate::date::stated_period(&lines[body_idx[j - 1]].1).is_none()
            {
                return Cand::Body;
            }
            if top_label_runin(t)
                .or_else(|| aspect_runin(t))
                .or_else(|| stage_runin(t))
                .or_else(|| month_runin(t))
                .is_some()
            {
                return Cand::Label;
            }
            // The value under a label that names a fact (【活动时间】 / 2025年5月10日—5月30日,
            // 活动地点 / 社区文化活动中心) is its text.
            // Only a value with no text of its own: the next line starts another part.
            let next_part = body_idx.get(j + 1).is_none_or(|&k| {
                let next = &lines[k].1;
                numbered(k) || is_top_label(next) || next.starts_with('【')
            });
            if j > 0
                && body_idx[j - 1] + 1 == i
                && next_part
                && !is_top_label(t)
                && value_label(&lines[body_idx[j - 1]].1)
            {
                return Cand::Body;
            }
            // One of three or more short sentences in a row of their own, each over a longer
            // paragraph (着力发展在线经济。 / 依托龙头企业…… / 合力引入招商资源。 / 借助……): the
            // names of a part's tasks, their bold lost in the paste.
            let named_task = |k: usize| {
                body_idx
                    .get(k)
                    .is_some_and(|&a| short_sentence(&lines[a].1))
                    && body_idx.get(k + 1).is_some_and(|&b| {
                        number::parse(&lines[b].1).is_none()
                            && !short_sentence(&lines[b].1)
                            && char_len(&lines[b].1) >= 30
                    })
            };
            if named_task(j) && {
                let before = (1..=2)
                    .take_while(|m| j.checked_sub(2 * m).is_some_and(named_task))
                    .count();
                let after = (1..=2).take_while(|m| named_task(j + 2 * m)).count();
                before + after >= 2
            } {
                return Cand::Label;
            }
            if list_names(j) && label_ok(t.strip_suffix('。').unwrap_or(t), false) {
                return Cand::Label;
            }
            // The first line under the title naming those it is sent to, its colon lost
            // (局各股室及下属各二级单位): the opening's, no heading.
            if j == 0
                && !out.title.is_empty()
                && t.contains('各')
                && !t.contains(['：', ':', '，', '。'])
                && [
                    "单位", "部门", "科室", "股室", "处室", "机构", "学校", "乡镇", "街道",
                ]
                .iter()
                .any(|w| t.ends_with(w))
            {
                return Cand::Body;
            }
            // A line right over the speaker's salutation (同志们：), with no numbered line
            // before it, is the title block's (a site's byline, the title worded again): no
            // heading.
            if body_idx.get(j + 1).is_some_and(|&k| {
                let next = lines[k].1.trim_end();
                salutation(next) && next.ends_with(['：', ':'])
            }) && !body_idx[..j]
                .iter()
                .any(|&k| number::parse(&lines[k].1).is_some())
            {
                return Cand::Body;
            }
            if plain_rows[j] {
                return Cand::Body;
            }
            let open_end = !t.ends_with(['。', '！', '？', '；', '!', '?', ';', '…', '，', ',']);
            let label = label_ok(t, false)
                && (t.ends_with(['：', ':']) && strip_colon(t).len() < t.len()
                    || next_body == Some(true) && open_end
                    || is_top_label(t) && next_body.is_some()
                    // A section's name over a numbered list (具体目标 / 1.……), or a period's
                    // of a timetable (第一季度 / …… / 第二季度 / 1、……; not a step's days,
                    // 3月1日—3月10日 / 1、……, which are its text).
                    || next_body == Some(false)
                        && open_end
                        && (super::classify::keyword_kind(strip_colon(t)).is_some()
                            || timetable && named_period(t))
                    // One of a run of short lines that open with their day (11月18号学院
                    // 篮球场 / 11月20号风雨球场 / 11月23号场地抽签决定): each is a step.
                    || day_line(t)
                        && [j.checked_sub(1), Some(j + 1)]
                            .into_iter()
                            .flatten()
                            .filter_map(|k| body_idx.get(k))
                            .any(|&k| day_line(&lines[k].1)));
            if label { Cand::Label } else { Cand::Body }
        })
        .collect();
    // --- walk: joins, continuations, levels ---
    let mut stack: Vec<(Style, u32)> = Vec::new();
    let mut root_start = 0usize; // first node of the current root
    // The level of the current run of names run in with a colon (see `parallel`).
    let mut run_level: Option<u8> = None;
    // Index (in body_idx) of the previous line when it was a body paragraph.
    let mut prev_body: Option<usize> = None;
    for (j, &i) in body_idx.iter().enumerate() {
        let t = lines[i].1.clone();
        let hint = levels.get(i).copied().flatten();
        let blank_before = j > 0 && body_idx[j - 1] + 1 != i;
        let prev_text = if j > 0 {
            lines[body_idx[j - 1]].1.as_str()
        } else {
            ""
        };
        // A field line (`牵头部门：…`, `责任单位：…`) is never joined to the line before it,
        // nor is any line that opens with a short name and a colon (`时间：2025年11月—12月`
        // over `主要任务：……`, `组  长：某某某`); a short field and a date or period alone
        // (活动时间 / 2025年5月10日—5月30日) are whole lines.
        // (A field whose number was lost keeps its 、: `、比赛地点：区体育公园`.)
        let whole_prev = field_head(prev_text.trim_start_matches('、'))
            && char_len(prev_text) <= 30
            || crate::date::stated_period(prev_text) == Some(prev_text.trim());
        let prev_open = joins
            && j > 0
            && !blank_before
            // A row of a schedule is a line of its own.
            && crate::date::dated_row(&t).is_none()
            && !(crate::date::numbered_row(&t) && crate::date::numbered_row(prev_text))
            && !is_field_label(&t)
            && !field_head(t.trim_start_matches('、'))
            // A line that opens with a bullet symbol (★（牌）分大赛：) was set apart by its writer.
            && !t.starts_with(|c: char| "●■◆▲★☆◇□○•▪►◎".contains(c))
            && !whole_prev
            && prev_body == Some(j - 1)
            && char_len(prev_text) >= 15
            && !prev_text.ends_with(TERMINAL);
        let mut cand = cands[j].clone();
        // A site's chunk marker (its 1、 was glued to the title) splitting a sentence
        // (`……举办系` / `2、列庆典活动，……`, or the text run in after a heading: `（三）初赛
        // （5月22日）。……可改为进` / `2、行策划展示）。`): left out and reported, the sentence
        // joined.
        let after_runin = j > 0
            && out.nodes.last().is_some_and(|node| {
                node.line == lines[body_idx[j - 1]].0
                    && node.body.is_empty()
                    && node.runin.is_some()
            });
        // (Where it seems to go on with the list, the list's own number comes next: `1 、……的
        // 宣传。大` / `2、力宣介……` / `2 、……`.)
        let repeated = |n: &number::Num| {
            cands[j + 1..].iter().take(30).find_map(|c| match c {
                Cand::Num(m) if m.style == n.style => Some(m.n),
                _ => None,
            }) == Some(n.n)
        };
        if let (Some(style), Cand::Num(n)) = (chunk_style, &cand)
            && n.style == style
            && n.n > 1
            && (!stack
                .iter()
                .any(|(s, last)| *s == n.style && *last + 1 == n.n)
                || repeated(n))
            && (prev_body == Some(j - 1) || after_runin)
            && !blank_before
            && !prev_text.ends_with(TERMINAL)
            // (Not before a heading's own number, `2、 四、活动内容与时间安排`.)
            && number::parse(t[n.rest..].trim_start()).is_none()
        {
            let target = match out.nodes.last_mut() {
                Some(node) if after_runin => node.runin.as_mut(),
                Some(node) => node.body.last_mut(),
                None => out.preamble.last_mut(),
            };
            if let Some(last) = target {
                join(last, t[n.rest..].trim_start());
                out.removed
                    .push((lines[i].0, t[..n.rest].trim().to_string()));
                prev_body = Some(j);
                continue;
            }
        }
        // A numbered line that only continues a list written inside the previous line.
        if let Cand::Num(n) = &cand
            && n.n > 1
            && !stack
                .iter()
                .any(|(s, last)| *s == n.style && *last + 1 == n.n)
            && !stack.iter().any(|(s, _)| *s == n.style)
            && j > 0
            && number::tokens(n.style, n.n - 1)
                .iter()
                .any(|tok| prev_text.contains(tok.as_str()))
            && prev_body == Some(j - 1)
        {
            cand = Cand::Body;
        }
        if matches!(cand, Cand::Label) && row_cells[j] {
            cand = Cand::Body;
        }
        // A label after a line that does not end a sentence continues it — unless it is one
        // of the genre's section names (活动地点, 工作要求) or a stage with its period (初赛阶段
        // （9月至12月5日）：……), which a broken line never is.
        if matches!(cand, Cand::Label)
            && prev_open
            && !is_top_label(&t)
            && stage_runin(&t).or_else(|| month_runin(&t)).is_none()
        {
            cand = Cand::Body;
        }
        // A section's name with a colon over a list, inside a numbered part that goes on
        // after it (一、…… / 具体要求： / 1、…… / 二、……), leads into the part's list: text.
        if matches!(cand, Cand::Label)
            && is_top_label(&t)
            && strip_colon(&t).len() < t.trim().len()
            && matches!(cands.get(j + 1), Some(Cand::Num(_)))
            && let Some(&(root, last)) = stack.first()
            && root != Style::Label
            && cands[j + 1..]
                .iter()
                .any(|c| matches!(c, Cand::Num(n) if n.style == root && n.n == last + 1))
        {
            cand = Cand::Body;
        }
        match cand {
            Cand::Body => {
                let target = match out.nodes.last_mut() {
                    Some(n) => &mut n.body,
                    None => &mut out.preamble,
                };
                if prev_open && !target.is_empty() {
                    if let Some(last) = target.last_mut() {
                        join(last, &t);
                    }
                } else {
                    target.push(t);
                }
                prev_body = Some(j);
            }
            Cand::Num(n) => {
                let mut level = place(&mut stack, n.style, n.n, &mut out.nodes, &mut root_start);
                if let Some(h) = hint {
                    level = force_level(&mut stack, h);
                } else if banners && j > 0 && banner(j - 1) {
                    // Under its banner.
                    level = force_level(&mut stack, 2);
                }
                let (mut title, runin) = split_runin(&t[n.rest..], n.style);
                // `第一阶段：` is the phase's own label, not a number gongwen regenerates.
                if n.style == Style::Stage {
                    title.insert_str(0, &t[..n.rest]);
                }
                out.nodes.push(Node {
                    line: lines[i].0,
                    level,
                    style: n.style,
                    numbering: n.token.clone(),
                    title,
                    runin,
                    body: Vec::new(),
                    kind: super::SectionKind::Other,
                });
                prev_body = None;
            }
            Cand::Label => {
                let level = if let Some(h) = hint {
                    stack.push((Style::Label, 1));
                    force_level(&mut stack, h)
                } else if parallel[j] {
                    // Under the heading before the run of such lines; the open lists stay —
                    // but a summary's closing parts after a part's text (……。/ 存在问题：……
                    // / 下步打算：……) are parts of their own.
                    let continues = j > 0 && parallel[j - 1];
                    let parts = !continues && closing_part(&t) && j > 0 && prev_body == Some(j - 1);
                    if parts {
                        stack.clear();
                        root_start = out.nodes.len();
                        stack.push((Style::Label, 1));
                    }
                    // (Right after a label with its own value, 活动主题：缅怀先烈 / 活动背景：……,
                    // the run stands beside it, not under it.)
                    let beside = out.nodes.last().filter(|n| {
                        n.style == Style::Label
                            && n.runin.is_some()
                            && n.body.is_empty()
                            && j > 0
                            && lines[body_idx[j - 1]].0 == n.line
                    });
                    let level = match run_level {
                        Some(level) if continues => level,
                        _ if parts => 1,
                        _ => beside.map_or_else(
                            || out.nodes.last().map_or(1, |n| n.level + 1),
                            |n| n.level,
                        ),
                    };
                    run_level = Some(level);
                    level
                } else if is_top_label(&t)
                    || closing_part(&t) && j > 0 && prev_body == Some(j - 1)
                    || banners && banner(j)
                {
                    stack.clear();
                    root_start = out.nodes.len();
                    stack.push((Style::Label, 1));
                    1
                } else if let Some(pos) = stack.iter().position(|(s, _)| *s == Style::Label) {
                    stack.truncate(pos + 1);
                    // The label this one would stand beside: the last part at its level, none
                    // closer to the top in between.
                    let beside = out
                        .nodes
                        .iter()
                        .rev()
                        .find(|n| n.level as usize <= pos + 1)
                        .filter(|n| n.level as usize == pos + 1 && n.style == Style::Label);
                    let under = beside.is_some_and(|n| {
                        // The label of a period in a timetable (一月 / 常规事项： / 1、…… / 季节性
                        // 工作： / …… / 二月) heads the labels that open a list with a colon up
                        // to the next period's. (A name alone, 开学典礼, may be a step of its own.)
                        timetable
                            && !named_period(&t)
                            && t.trim_end().ends_with(['：', ':'])
                            && named_period(&n.title)
                            // The periods of a timetable under the label that leads into them
                            // (具体活动安排： / 二月 / 1、…… / 三月： / ……).
                            || timetable
                                && named_period(&t)
                                && !named_period(&n.title)
                                && n.title.trim_end().ends_with(['：', ':'])
                                && n.runin.is_none()
                                && Some(body_idx.partition_point(|&i2| lines[i2].0 < n.line))
                                    .filter(|&k| body_idx.get(k).is_some_and(|&i2| lines[i2].0 == n.line))
                                    .and_then(|k| body_idx.get(k + 1))
                                    .is_some_and(|&i2| named_period(&lines[i2].1))
                            // A sentence summing up the work (半年来，我们……。) under a part's
                            // name (上半年工作回顾) is one of its parts.
                            || accounts[j] && !LOOKING_BACK.iter().any(|w| n.title.starts_with(w))
                    });
                    if under {
                        stack.push((Style::Label, 1));
                    }
                    stack.len() as u8
                } else {
                    // A label right before a list that starts again from 1 (3、…… / 4、…… /
                    // 十一月份： / 1、……) heads that list: it stands where the list's numbers
                    // stood before. (So does a step's name over its period alone: 普查区划分 /
                    // 2018年7-8月 / 1.……)
                    let next = body_idx[j + 1..]
                        .iter()
                        .take(2)
                        .position(|&i2| !crate::date::period_line(&lines[i2].1))
                        .map(|k| body_idx[j + 1 + k]);
                    if let Some(next) = next.and_then(|i2| number::parse(&lines[i2].1))
                        && next.n == 1
                        && let Some(p) = stack.iter().position(|&(s, _)| s == next.style)
                    {
                        stack.truncate(p);
                    }
                    stack.push((Style::Label, 1));
                    stack.len() as u8
                };
                // The colon stays: the text is not rewritten.
                let split = top_label_runin(&t)
                    .or_else(|| aspect_runin(&t))
                    .or_else(|| stage_runin(&t))
                    .or_else(|| month_runin(&t))
                    .or_else(|| {
                        parallel[j]
                            .then(|| {
                                colon_runin(&t)
                                    .or_else(|| sentence_head_upto(&t, LONG_NAME))
                                    .or_else(|| period_runin(&t))
                                    .or_else(|| account_runin(&t))
                                    .or_else(|| comma_head(&t))
                            })
                            .flatten()
                    });
                let (title, runin) = match split {
                    Some(at) => (
                        t[..at].trim_end().to_string(),
                        Some(t[at..].trim().to_string()),
                    ),
                    None => (t.clone(), None),
                };
                out.nodes.push(Node {
                    line: lines[i].0,
                    level,
                    style: Style::Label,
                    numbering: String::new(),
                    title,
                    runin,
                    body: Vec::new(),
                    kind: super::SectionKind::Other,
                });
                prev_body = None;
            }
        }
    }
    parts_over_numbered_runs(&mut out.nodes);
    for n in &mut out.nodes {
        n.level = n.level.clamp(1, 4);
    }
    out
}

/// A report's parts named without a number, each over a run of numbered points from 一
/// (`过去五年工作回顾` / `一、坚持服务大局` / `二、……` / `今后五年工作安排` / `一、……`): the
/// parts are the top level and their points one level down. Only when the document's first
/// heading is such a part, and two of them start their runs from 一 or the one reviews a
/// period: an unnumbered part beside numbered ones (`指导思想` / `一、工作目标`) is their
/// sibling.
fn parts_over_numbered_runs(nodes: &mut [Node]) {
    let part = |k: usize| {
        let n = &nodes[k];
        n.style == Style::Label
            && n.runin.is_none()
            && char_len(&n.title) <= 20
            && !n.title.ends_with(['：', ':'])
            && nodes.get(k + 1).is_some_and(|next| {
                next.line > n.line
                    && matches!(next.style, Style::CnDun | Style::CnParen)
                    && number::tokens(next.style, 1)
                        .iter()
                        .any(|t| next.numbering.starts_with(t.as_str()))
            })
    };
    if nodes.is_empty() || !part(0) || nodes[0].level != 1 {
        return;
    }
    let top = nodes[1].style;
    let parts: Vec<usize> = (0..nodes.len())
        .filter(|&k| part(k) && nodes[k + 1].style == top)
        .collect();
    // Two such parts at least, or one that reviews a period (过去五年工作回顾): a run of
    // points that starts again from 一 under a new name shows the parts are above them.
    // (Or names the account it is, 2022年工作总结 under ……工作总结和2023年工作计划, 二〇二一年度
    // 镇财政决算.)
    let review = |k: usize| {
        ["回顾", "工作情况"]
            .iter()
            .any(|w| nodes[k].title.contains(w))
            || ["总结", "决算"].iter().any(|w| nodes[k].title.ends_with(w))
    };
    if parts.len() < 2 && !parts.first().is_some_and(|&k| review(k)) {
        return;
    }
    for (i, &k) in parts.iter().enumerate() {
        let end = parts.get(i + 1).copied().unwrap_or(nodes.len());
        // The run under this part, to the next part: its points and what they hold.
        let base = nodes[k + 1].level;
        nodes[k].level = 1;
        for n in &mut nodes[k + 1..end] {
            n.level = n.level.saturating_sub(base) + 2;
        }
    }
}

/// Whether a number read the relaxed way before a day, `text` (`5、1月28日——总结`: 5、 or
/// the months 5 and 1?), belongs to a run of such numbers from 1 (`1、1月20日——培训` /
/// `2、1月21日——调研` / ……): every number before it down to 1 in the lines before it, or,
/// for 1, a 2 in the lines after.
fn relaxed_run(
    lines: &[(usize, String)],
    before: &[usize],
    after: &[usize],
    n: &number::Num,
    text: &str,
) -> bool {
    let relaxed = |i: usize| number::parse_relaxed(&lines[i].1).filter(|p| p.style == n.style);
    // Only before a day (1月28日, 17日), a part of a month (3月底前, 4月中旬) or a range (5月至
    // 9月): `3、4月份` is two months more often than a number.
    let day = |t: &str| {
        let t = t.trim_start();
        // Or the day alone (`1.17日，举办……` under 四月份).
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits) && t[digits..].starts_with(['日', '号']) {
            return true;
        }
        let Some((month, rest)) = t.split_once('月') else {
            return false;
        };
        !month.is_empty()
            && month.bytes().all(|b| b.is_ascii_digit())
            && (rest.starts_with(|c: char| c.is_ascii_digit())
                || rest.starts_with(['底', '初', '末', '上', '中', '下', '至', '到', '—', '-']))
    };
    if !day(text) {
        return false;
    }
    // For 1, the next number of its style (within 20 lines) is a 2 that reads as a number too:
    // before a day, or plainly (`2、3.23-25日` after `1、3月24日` is no run: the 2 stays text,
    // and so must the 1).
    if n.n == 1 {
        return after
            .iter()
            .take(20)
            .find_map(|&i| relaxed(i).map(|p| (i, p)))
            .is_some_and(|(i, p)| {
                p.n == 2 && (day(&lines[i].1[p.rest..]) || number::parse(&lines[i].1).is_some())
            });
    }
    let mut want = n.n - 1;
    for &i in before.iter().rev().take(200) {
        if relaxed(i).is_some_and(|p| p.n == want) {
            want -= 1;
            if want == 0 {
                return true;
            }
        }
    }
    false
}

fn join(last: &mut String, next: &str) {
    // Two Latin words broken at a line end keep a space.
    let a = last
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    let b = next
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric());
    if a && b {
        last.push(' ');
    }
    last.push_str(next);
}

/// A short line that opens with its day and names what happens then, without a sentence's
/// marks: `11月18号学院灯光篮球场`, `5月6日启动仪式`.
fn day_line(t: &str) -> bool {
    let t = t.trim();
    char_len(t) <= 30
        && !t.contains(['，', '。', '；', ',', ';', '：', ':'])
        && crate::date::period_head(t).is_some_and(|p| p.len() < t.len())
}

/// A short sentence alone on its line, marked only by its closing 。 (`着力发展在线经济。`).
fn short_sentence(t: &str) -> bool {
    let t = t.trim();
    t.strip_suffix('。').is_some_and(|core| {
        // One clause, or two of a pair (强化党建引领，凝聚发展合力。).
        let clauses: Vec<&str> = core.split('，').collect();
        let fits = match clauses[..] {
            [one] => (4..=14).contains(&char_len(one)),
            [a, b] => (4..=12).contains(&char_len(a)) && (4..=12).contains(&char_len(b)),
            _ => false,
        };
        fits && clauses.iter().all(|c| !has_sentence_punct(c))
            && !core.contains(['：', ':', '、'])
            && crate::date::stated_period(core).is_none()
    })
}

/// A row of a table as one line: two cells or more set apart by full-width spaces (as a
/// .docx's table in the body is read), the first a short name and no list's number.
fn table_row(t: &str) -> bool {
    let mut cells = t.split('\u{3000}').map(str::trim).filter(|c| !c.is_empty());
    cells
        .next()
        .is_some_and(|first| char_len(first) <= 12 && number::parse(first).is_none())
        && cells.next().is_some()
}

/// Whether a cell of a table's row names a time, a period or a stage (时间, 9月份, 第一周,
/// 准备阶段, 3月1日—3月10日): the row is a timetable's.
fn timed_row(t: &str) -> bool {
    t.split('\u{3000}').map(str::trim).any(|c| {
        ["时间", "日期", "阶段", "月份", "周次"]
            .iter()
            .any(|w| c.contains(w))
            || super::classify::period_alone(c)
            || super::build::stage_named(c)
            || crate::date::reads_as_period(c)
    })
}

/// Whether a short unnumbered line could be a label heading.
fn label_ok(t: &str, for_title: bool) -> bool {
    let core = strip_colon(t);
    let n = char_len(&outside_brackets(core));
    if !(2..=20).contains(&n) || outside_brackets(core).contains(['：', ':']) && !for_title {
        return false;
    }
    // (Nor is a 发文字号 a web page prints under the title, 国发〔2023〕16号.)
    if has_sentence_punct(core)
        || is_field_label(t)
        || date_line(t).is_some()
        || super::frame::doc_number_at(core).is_some()
    {
        return false;
    }
    // Nor a period to the day alone (8月14日-8月18日): the time of the label above it. (A
    // month or a season alone, 三月份, 第二季度, may head the part for its time.)
    if core.contains(['日', '号']) && crate::date::reads_as_period(core) {
        return false;
    }
    if core.starts_with([
        '—', '－', '-', '(', '（', '《', '“', '"', '●', '◆', '■', '·', '*',
    ]) {
        return false;
    }
    if core.is_ascii() {
        return false;
    }
    // A sentence leading into a list (今年的主要目标是：, 全年实现以下目标：, 我们计划明年主要
    // 抓下面几项工作：) is no heading.
    if ["是", "为", "包括", "如下", "以下"]
        .iter()
        .any(|w| core.ends_with(w))
        || ["如下", "以下", "下面"].iter().any(|w| core.contains(w))
    {
        return false;
    }
    // A sentence that announces the parts to follow (整治行动分三个阶段进行：, 活动分为两步：).
    if announces_parts(core) {
        return false;
    }
    // A member's role in a group's roster, its names left to fill in (组长： / 副组长： /
    // 成  员：), is a line of the roster.
    let role: String = core.chars().filter(|c| !c.is_whitespace()).collect();
    if [
        "组长",
        "副组长",
        "成员",
        "组员",
        "委员",
        "主任",
        "副主任",
        "办公室主任",
        "联络员",
        "秘书长",
        "顾问",
        "总指挥",
        "副总指挥",
    ]
    .contains(&role.as_str())
    {
        return false;
    }
    // A salutation (同志们：, 各位代表、同志们：, 尊敬的各位领导：) is no heading.
    !(core.ends_with('们')
        || core.ends_with('們')
        || core.contains("各位")
        || core.starts_with("尊敬的"))
}

/// A speaker's salutation to the audience: `同志们：`, `各位代表、同志们：`.
pub(crate) fn salutation(s: &str) -> bool {
    char_len(s) <= 30 && ["同志们", "同志們", "各位"].iter().any(|w| s.contains(w))
}

/// Whether `s` announces how many parts follow: `分三个阶段进行`, `分为两步`, `分4批实施`.
fn announces_parts(s: &str) -> bool {
    let chars: Vec<char> = s.chars().collect();
    chars
        .windows(2)
        .any(|w| w == ['分', '为'] || w == ['分', '為'])
        || chars.windows(3).any(|w| {
            w[0] == '分'
                && ("一二三四五六七八九十两".contains(w[1]) || crate::chinese::is_digit(w[1]))
                && "个個步批阶階轮輪".contains(w[2])
        })
        // (Or without their count, after what is done so: 本次活动分阶段进行. A part named
        // 分阶段推进 names the steps.)
        || ["分阶段", "分階段"]
            .iter()
            .any(|w| s.find(w).is_some_and(|k| k > 0))
}

/// A date alone on its line in round brackets, as under a speech's title: （2027年2月20日）.
fn bracketed_date(t: &str) -> Option<String> {
    date_line(in_round_brackets(t)?)
}

/// A date that masks its year too, alone on its line, maybe in brackets (`（20xx年x月x日）`,
/// `201X/X/XX`), or whose month and day are left blank (`2014年 月 日`): a speech's date a
/// sample left to fill in. Not a date the document can take
/// (its year is unknown), so the line stays text.
fn masked_date_line(t: &str) -> bool {
    let t = in_round_brackets(t).unwrap_or(t).trim();
    // Or left blank (`2014年 月 日`, `年  月  日`).
    let squeezed = squeeze(t);
    let blank = squeezed.ends_with("月日")
        && squeezed.contains('年')
        && squeezed
            .trim_end_matches("月日")
            .trim_end_matches('年')
            .chars()
            .all(|c| c.is_ascii_digit());
    blank
        || char_len(t) <= 16 && t.contains(crate::chinese::is_mask) && date_line(t).is_none() && {
            let seps: Vec<&str> = t.split(['/', '.', '-']).collect();
            let t = match seps[..] {
                [y, m, d] if !t.contains(['年', '月', '日']) => format!("{y}年{m}月{d}日"),
                _ => t.to_string(),
            };
            crate::date::with_document_year(
                || (Some(2000), None),
                || t.parse::<crate::Date>().is_ok_and(|d| d.is_masked()),
            )
        }
}

/// A speaker's post and name set apart by a space (`某某公司党委书记  XXX`, `县教育局局长　沈立群`):
/// the line a speech prints under a headline that names no genre.
fn post_and_name(t: &str) -> bool {
    const POSTS: [&str; 24] = [
        "书记",
        "局长",
        "县长",
        "市长",
        "区长",
        "镇长",
        "乡长",
        "主任",
        "校长",
        "院长",
        "经理",
        "董事长",
        "主席",
        "部长",
        "厂长",
        "处长",
        "科长",
        "委员",
        "秘书长",
        "组长",
        "所长",
        "站长",
        "行长",
        "会长",
    ];
    let t = t.trim();
    let Some(at) = t.rfind(char::is_whitespace) else {
        return false;
    };
    let (post, name) = (t[..at].trim_end(), t[at..].trim_start());
    let masked = !name.is_empty()
        && name
            .chars()
            .all(|c| crate::chinese::is_mask(c) || c == '某');
    let named = name.chars().all(crate::chinese::is_cjk);
    (2..=4).contains(&name.chars().count())
        && (masked || named)
        && POSTS.iter().any(|p| post.ends_with(p))
        && speaker_like(t)
}

/// A speaker line (县教育局局长　沈立群): short, no sentence, no number, no colon.
fn speaker_like(t: &str) -> bool {
    let t = &*unmarked(t);
    (2..=40).contains(&char_len(t))
        && !has_sentence_punct(t)
        && !t.contains(['：', ':', '。'])
        && number::parse(t).is_none()
}

/// A 附注 line: its whole text in round brackets, returned without them.
/// A signature line that holds the issuer and the date, set apart by a space (`某某医院
/// 2015年5月25日`): the issuer and the date as [`date_line`] reads it.
fn signed_date(t: &str) -> Option<(String, String)> {
    let t = t.trim();
    let at = t.rfind(char::is_whitespace)?;
    let (issuer, date) = (t[..at].trim(), t[at..].trim());
    (issuer_like(issuer) && !date.is_empty())
        .then(|| date_line(date))
        .flatten()
        .map(|d| (issuer.to_string(), d))
}

/// A line of a 版记 under the date, as written: the copies sent (抄报：……, 抄送：……), the
/// 主题词 older documents carry, or the line of who printed it and when
/// (`某县文化局办公室2026年3月2日印发`, with `共印30份` after it or not).
fn record_line(t: &str) -> Option<&str> {
    let t = t.trim();
    let labelled = ["抄报", "抄送", "抄发", "主题词"].iter().any(|w| {
        t.strip_prefix(w)
            .is_some_and(|r| r.starts_with(['：', ':']) && r.chars().count() > 1)
    });
    // (The printed line with the copies printed after it or not: ……印发（共印30份）.)
    let printed = || {
        let Some(k) = t.rfind("印发") else {
            return false;
        };
        let copies = t[k + "印发".len()..].trim_matches(['（', '）', '(', ')', ' ', '\u{3000}']);
        let copies_ok = copies.is_empty()
            || copies
                .strip_prefix("共印")
                .and_then(|r| r.strip_suffix('份'))
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        copies_ok && super::frame::printed_line(&t[..k + "印发".len()]).is_some()
    };
    (labelled || printed()).then_some(t)
}

fn remark(t: &str) -> Option<&str> {
    let inner = t.trim().strip_prefix('（')?.strip_suffix('）')?;
    (!inner.is_empty() && !inner.contains(['（', '）'])).then_some(inner)
}

/// What a 印发通知's title (`[发文机关]关于印发《X》的通知`) issues: X, with its 书名号
/// if it has them.
pub(crate) fn notice_of(title: &str) -> Option<&str> {
    let at = title.find("关于印发")?;
    // Only an organ's name may stand before 关于.
    if at > 0 && (has_sentence_punct(&title[..at]) || title[..at].contains(['，', ','])) {
        return None;
    }
    Some(
        title[at + "关于印发".len()..]
            .strip_suffix("的通知")?
            .trim(),
    )
}

/// Where the plan inside a 印发通知 stands.
pub(crate) enum NoticePlan {
    /// The plan is the notice's first annex (after its date and an annex label, as gongwen
    /// prints one).
    Annex,
    /// The plan follows the notice's text (and its signature and date) with no annex label,
    /// as web pages and many offices print one.
    Follows,
}

/// A 印发通知 (`关于印发《X》的通知`) carrying the plan X: the range of line indices of the
/// plan (its title line to the next annex label or the end), X, and where it stood.
pub(crate) fn notice_plan(
    lines: &[String],
    p: &Parsed,
) -> Option<(std::ops::Range<usize>, String, NoticePlan)> {
    let full = p.title.concat();
    // A notice that a page printed without its title (遂府函〔2019〕55 号 / 主送 /
    // 《X》已经……通过，现印发给你们……), or under a heading of its own that is no 关于印发
    // (区XX年……工作方案 / 主送 / 现将……工作方案印发给你们……): its text names the plan.
    let untitled = (full.is_empty() || notice_of(&full).is_none())
        .then(|| {
            p.preamble.iter().find_map(|t| {
                // (……印发给你们, or the formula without them: 现予印发，请……; 现印发各单位.)
                let says = t.find("印发").filter(|_| {
                    ["你们", "现予印发", "现印发", "印发给各"]
                        .iter()
                        .any(|w| t.contains(w))
                })?;
                match t.find('《') {
                    Some(open) => {
                        let close = open + t[open..].find('》')?;
                        (close < says).then(|| &t[open + '《'.len_utf8()..close])
                    }
                    // 现将……方案印发给你们: named without 书名号.
                    None => {
                        let from = t.find("现将")? + "现将".len();
                        (from < says).then(|| &t[from..says])
                    }
                }
            })
        })
        .flatten();
    let inner = match untitled {
        Some(name) => name,
        None => notice_of(&full)?,
    };
    let inner = inner
        .strip_prefix('《')
        .and_then(|r| r.strip_suffix('》'))
        .unwrap_or(inner);
    let end_after = |start: usize| {
        lines[start + 1..]
            .iter()
            .position(|l| is_annex_label(l))
            .map_or(lines.len(), |k| start + 1 + k)
    };
    if let Some((name, body)) = p.attachments.first()
        && squeeze(name) == squeeze(inner)
        && !body.is_empty()
    {
        let label = lines.iter().position(|l| is_annex_label(l))?;
        let start = label
            + 1
            + lines[label + 1..]
                .iter()
                .position(|l| !l.trim().is_empty())?;
        return Some((start..end_after(start), name.clone(), NoticePlan::Annex));
    }
    // The plan's own title line (or two lines) repeating X, after the notice's title.
    let key = squeeze(inner);
    if key.is_empty() {
        return None;
    }
    // The notice's title ends on the line with 通知 (乌海市统计局关于印发 / ……计划的通知);
    // a notice without one starts at the top.
    let after_title = if untitled.is_some() {
        0
    } else {
        let first = lines.iter().position(|l| squeeze(l).contains("关于印发"))?;
        1 + (first..lines.len().min(first + 3)).find(|&i| squeeze(&lines[i]).contains("通知"))?
    };
    let nonblank: Vec<usize> = (after_title..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    // Compared by their words and numbers: a page may have lost a dash or a bracket of one
    // copy (（2016—2020年） in the notice, （20162020年） over the plan).
    let words = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let key = words(&key);
    let repeated = nonblank.iter().enumerate().find_map(|(k, &i)| {
        let one = words(&lines[i]);
        let two = nonblank
            .get(k + 1)
            .map(|&j| one.clone() + &words(&lines[j]));
        let found = one == key || two.is_some_and(|t| t == key);
        // Something of the notice must come first (its 主送 or text).
        (found && k > 0).then_some(i)
    });
    // Or, worded a little differently, the title right after the notice's signature and
    // date (乌海市统计局 / 2024年4月23日 / 乌海市统计局 / 2024年……工作计划), perhaps under its
    // issuer's name.
    let after_date = || {
        let d = nonblank
            .iter()
            .position(|&i| date_line(&lines[i]).is_some())
            .filter(|&d| d > 0)?;
        // (An annex label alone, a 附注 or a 版记 may stand between: 2023年2月22日 / 附件： /
        // ……工作要点, 2025年5月22日 / 抄送：市科技局 / ……实施方案, 2011年9月10日 / 主题词：……
        // / 抄送：…… / ……办公室2011年9月10日印发 / ……实施方案.)
        let between = |a: usize| {
            let t = lines[a].trim();
            is_annex_label(strip_colon(t)) || remark(t).is_some() || record_line(t).is_some()
        };
        let d = d + nonblank[d + 1..]
            .iter()
            .take(4)
            .take_while(|&&a| between(a))
            .count();
        let (&a, b) = (nonblank.get(d + 1)?, nonblank.get(d + 2));
        // (Spaced out as a title is typed to fill its line: 分 工 方 案.)
        if genre_end(&squeeze(&lines[a])) {
            Some(a)
        } else {
            (bare_unit(lines[a].trim()) && b.is_some_and(|&b| genre_end(lines[b].trim())))
                .then_some(a)
        }
    };
    // The repeated title under its issuer's name, after the notice's date or 附注
    // (木洞镇人民政府 / 2024年2月22日 / （此件公开发布） / 木洞镇人民政府 / 2024年政府工作报告).
    let repeated = repeated.map(|i| {
        let k = nonblank.iter().position(|&x| x == i).unwrap_or(0);
        let line = |k: usize| lines[nonblank[k]].trim();
        // (Not the copies sent, 抄送：市科技局, which end like a unit's name.)
        if k >= 2
            && bare_unit(line(k - 1))
            && record_line(line(k - 1)).is_none()
            && (date_line(line(k - 2)).is_some() || remark(line(k - 2)).is_some())
        {
            nonblank[k - 1]
        } else {
            i
        }
    });
    let i = repeated.or_else(after_date)?;
    Some((
        i..end_after(i),
        lines[i].trim().to_string(),
        NoticePlan::Follows,
    ))
}

pub(crate) fn is_annex_label(t: &str) -> bool {
    let t = t.trim();
    t == "附件"
        || t.strip_prefix("附件")
            .is_some_and(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit()))
}

fn parse_annexes(rest: &[&str]) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut k = 0;
    while k < rest.len() {
        if is_annex_label(rest[k]) {
            let mut title = rest.get(k + 1).map(|s| s.to_string()).unwrap_or_default();
            k += 2;
            // A title broken over two lines (as gongwen breaks a long one).
            if let Some(next) = rest.get(k)
                && annex_title_continues(&title, next)
            {
                title.push_str(next.trim());
                k += 1;
            }
            out.push((title, Vec::new()));
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.1.push(rest[k].to_string());
        }
        k += 1;
    }
    out
}

/// Whether `next` is the second line of the annex title `first`: only together do they end
/// as a title does (工作计划 / 任务分工表, 某某县 / 实施方案), or `next` is the bracketed tail of
/// a title (……情况表 / （2026年）); and `next` is a short line of no sentence and no heading
/// number.
pub(crate) fn annex_title_continues(first: &str, next: &str) -> bool {
    let ends_title = |s: &str| {
        // Before a bracketed tail: ……情况表（2026年）, ……方案（试行）.
        let s = s.trim();
        let s = match s.strip_suffix('）').and_then(|r| r.rfind('（')) {
            Some(open) if open > 0 => &s[..open],
            _ => s,
        };
        genre_end(s)
            || ["表", "名单", "清单", "标准"]
                .iter()
                .any(|e| s.ends_with(e))
    };
    // A placeholder (【待补：主题】) reads as one word, its colon not the line's.
    let (first, next) = (unmarked(first), unmarked(next.trim()));
    let next = next.as_ref();
    // A bracketed tail alone on the line: ……完成情况表 / （2026年）.
    let tail = next.starts_with('（')
        && next.ends_with('）')
        && next.matches('（').count() == 1
        && ends_title(&first);
    !next.is_empty()
        && crate::chinese::width(next) <= 40
        && !next.contains(['。', '，', '；', '：', ':'])
        && number::parse(next).is_none()
        && !is_annex_label(next)
        && (tail || !ends_title(&first) && ends_title(&format!("{}{next}", first.trim())))
}

/// A list's entries run together on one line (`1、甲方案2、乙名单`): split where the next
/// number of the first's sequence follows a character that is no digit. The line itself when
/// it does not start with `1、`, `1.` or `1．`.
fn glued_entries(s: &str) -> Vec<&str> {
    let s = s.trim();
    let Some(sep) = ["1、", "1.", "1．"]
        .iter()
        .find_map(|p| s.strip_prefix(p).map(|_| &p[1..]))
    else {
        return vec![s];
    };
    let mut out = Vec::new();
    let mut from = 0;
    let mut n = 2;
    while let Some(at) = s[from + 1..]
        .match_indices(&format!("{n}{sep}"))
        .map(|(k, _)| from + 1 + k)
        .find(|&k| !s[..k].ends_with(|c: char| c.is_ascii_digit()))
    {
        out.push(&s[from..at]);
        from = at;
        n += 1;
    }
    out.push(&s[from..]);
    out
}

fn strip_number(s: &str) -> &str {
    match number::parse(s) {
        Some(n) => s[n.rest..].trim(),
        None => s.trim(),
    }
}

/// Moves the heading just pushed on the stack of open lists to `level` (its style's word):
/// the lists above it close, missing ones are stood in for. Returns the level.
fn force_level(stack: &mut Vec<(Style, u32)>, level: u8) -> u8 {
    let level = level.clamp(1, 4);
    let top = stack.pop().unwrap_or((Style::Label, 1));
    stack.truncate(usize::from(level) - 1);
    while stack.len() < usize::from(level) - 1 {
        stack.push((Style::Label, 0));
    }
    stack.push(top);
    level
}

/// Places a heading of `style` numbered `n` in the stack of open lists; returns its level.
fn place(
    stack: &mut Vec<(Style, u32)>,
    style: Style,
    n: u32,
    nodes: &mut [Node],
    root_start: &mut usize,
) -> u8 {
    if let Some(pos) = stack.iter().position(|(s, _)| *s == style) {
        stack.truncate(pos + 1);
        stack[pos].1 = n;
        return (pos + 1) as u8;
    }
    // The top numbering (一、, 第一部分) after a label standing alone at the top (活动背景：……)
    // is beside it, not under it — unless the document's parts are such labels and this one
    // is only a name over the list (指导思想 …… 主要措施 / 一、……): then the list is its content.
    // A name of the genre's parts (上半年重点工作 / 一、……) is such a name wherever it stands.
    let bare_label = nodes.last().is_some_and(|l| {
        l.style == Style::Label
            && l.body.is_empty()
            && l.runin.is_none()
            && (super::classify::keyword_kind(&l.title).is_some()
                || nodes[..nodes.len() - 1]
                    .iter()
                    .any(|l| l.style == Style::Label && l.level == 1))
    });
    if stack.is_empty()
        || style.rank() <= 1
            && matches!(stack.as_slice(), [(Style::Label, _)])
            && !(bare_label && n <= 1)
    {
        stack.clear();
        stack.push((style, n));
        *root_start = nodes.len();
        return 1;
    }
    // 一、 after a list of 1. or （1） at the top (a list in the text before the first
    // section): the sections start there, beside the list, not under its last item.
    if style == Style::CnDun && n <= 1 && stack[0].0 != Style::Label && stack[0].0.rank() >= 3 {
        stack.clear();
        stack.push((style, n));
        *root_start = nodes.len();
        return 1;
    }
    if n <= 1 {
        // （一） after a list of 1、 under 一、: the higher numbering starts beside that list
        // (the order of the standard, 一、（一）1.（1）), not under its last item.
        if style == Style::CnParen
            && stack
                .iter()
                .any(|(s, _)| *s != Style::Label && s.rank() < style.rank())
        {
            while stack
                .last()
                .is_some_and(|(s, _)| *s != Style::Label && s.rank() > style.rank())
            {
                stack.pop();
            }
        }
        stack.push((style, n));
        return stack.len() as u8;
    }
    // A list whose first items are missing (the document starts inside it): it sits above
    // the open lists of a lower rank.
    let root = stack[0].0;
    if root != Style::Label && style.rank() < root.rank() {
        for node in &mut nodes[*root_start..] {
            node.level = node.level.saturating_add(1);
        }
        stack.clear();
        stack.push((style, n));
        *root_start = nodes.len();
        return 1;
    }
    while stack
        .last()
        .is_some_and(|(s, _)| *s != Style::Label && s.rank() >= style.rank())
        && stack.len() > 1
    {
        stack.pop();
    }
    stack.push((style, n));
    stack.len() as u8
}

/// The names of the genre's sections that a source sometimes runs straight into their
/// text with no mark between (`一、指导思想依据……`, a line break lost on a web page).
const RUN_ON_NAMES: &[&str] = &[
    "指导思想",
    "总体要求",
    "基本原则",
    "工作原则",
    "工作目标",
    "主要目标",
    "目标任务",
    "工作重点",
    "主要任务",
    "重点任务",
    "工作任务",
    "工作内容",
    "活动主题",
    "活动目的",
    "活动内容",
    "实施步骤",
    "方法步骤",
    "组织领导",
    "职责分工",
    "工作措施",
    "保障措施",
    "工作要求",
    "主要做法",
    "存在问题",
    "存在的问题",
    "下一步打算",
];

/// Splits `一、加强领导。为确保……` into the heading and the run-in body: at the first
/// ：outside brackets when the part before is short (≤ 25 characters), or at the first
/// 。！？ when text follows it (a numbered paragraph: its first sentence is its heading);
/// and `一、指导思想依据……` after the section's name.
pub(crate) fn split_runin(rest: &str, style: Style) -> (String, Option<String>) {
    let rest = rest.trim();
    for name in RUN_ON_NAMES {
        if let Some(body) = rest.strip_prefix(name)
            && char_len(body) >= 10
            && has_sentence_punct(body)
            && !body.starts_with([
                '和', '与', '及', '的', '、', '（', '(', '：', ':', '，', ',', '。', '；', ';',
            ])
        {
            return (name.to_string(), Some(body.trim_start().to_string()));
        }
    }
    // A name and its text set off by a space alone, where a page lost the line break
    // (一、活动意义 为落实“创业带动就业”战略，……，特举办本次大赛。; （五）切实加强动态报告
    // 工作 领导小组办公室指定专人……).
    if let Some(k) = rest.find(char::is_whitespace) {
        let (head, body) = (&rest[..k], rest[k..].trim_start());
        if (2..=12).contains(&char_len(head))
            && head.chars().all(crate::chinese::is_cjk)
            && char_len(body) >= 15
            && body.contains(['，', '。'])
            && has_sentence_punct(body)
        {
            return (head.to_string(), Some(body.to_string()));
        }
    }
    let mut depth = 0i32;
    for (count, (i, c)) in rest.char_indices().enumerate() {
        match c {
            '(' | '（' | '《' | '“' | '【' | '〝' => depth += 1,
            ')' | '）' | '》' | '”' | '】' | '〞' => depth = (depth - 1).max(0),
            '。' | '：' | ':' | '！' | '？' | '；' | ';' if depth == 0 => {
                let sentence_end = matches!(c, '。' | '！' | '？');
                if count == 0 || count > 25 && !sentence_end {
                    break;
                }
                // A time line is one (时间：二OO七年六月十三日14:00-16:00 （房务部、保安部）).
                if matches!(c, '：' | ':') && crate::date::labelled_period(rest).is_some() {
                    break;
                }
                // A clock's colon (上午9:30) parts nothing.
                let digit_at = |k: Option<char>| k.is_some_and(|d| d.is_ascii_digit());
                if matches!(c, '：' | ':')
                    && digit_at(rest[..i].chars().next_back())
                    && digit_at(rest[i + c.len_utf8()..].chars().next())
                {
                    continue;
                }
                if sentence_end && rest[i + c.len_utf8()..].trim().is_empty() {
                    break;
                }
                if matches!(c, '；' | ';') && style != Style::Shi {
                    break;
                }
                // After a colon, a short phrase is the heading's own (第一阶段：宣传发动,
                // 活动主题：情暖重阳); a sentence or a longer text is its body.
                let after = rest[i + c.len_utf8()..].trim();
                if matches!(c, '：' | ':')
                    && !after.is_empty()
                    && char_len(after) <= 25
                    && !after.contains(['。', '！', '？', '；', ';'])
                    && !is_field_label(after.trim_start_matches(['(', '（']))
                {
                    break;
                }
                // The mark stays with the heading (加强领导：), so the text is not rewritten.
                let title = rest[..i + c.len_utf8()].trim().to_string();
                let body = rest[i + c.len_utf8()..].trim().to_string();
                if body.is_empty() {
                    return (title, None);
                }
                return (title, Some(body));
            }
            _ => {}
        }
    }
    (rest.to_string(), None)
}
