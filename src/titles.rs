//! Breaking a centred title (main, annex, notice) into lines by meaning, with a character in
//! hand.

/// Characters of 2号 (22 pt) text that a title line may hold: 20 fit on one line of the 版心
/// (442 pt); one is kept in hand, so that a slightly wider font does not push a character
/// onto a line of its own.
pub(crate) const TITLE_LINE_CHARS: f32 = 19.0;

/// The same on a landscape page (a wide table's annex): 29 fit on its 225 mm 版心.
pub(crate) const LANDSCAPE_TITLE_LINE_CHARS: f32 = 28.0;

/// Width of text in full-width characters (ASCII counts half).
pub(crate) fn em_width(s: &str) -> f32 {
    crate::chinese::width(s) as f32 / 2.0
}

/// Splits a title too long for one line into balanced lines, breaking where the meaning
/// allows (GB/T 9704 7.3.1: 回行时词意完整、排列对称): after 关于 or a year, before 的,
/// 工作 or the genre word (an annex's 任务分工表 too) or a bracketed tail (（2026年）), else
/// before a conjunction (和, 与, 及); never inside quotes, brackets or a 【待补】 placeholder. A title that fits, or one the
/// writer already broke with a line break, is returned as it is.
pub(crate) fn split_title(title: &str) -> Vec<String> {
    split_title_in(title, TITLE_LINE_CHARS)
}

/// The lines of an annex's title as the writer prints them: [`split_title`], on a landscape
/// page at its width, joined by line breaks.
pub(crate) fn annex_title(title: &str, landscape: bool) -> String {
    let chars = if landscape {
        LANDSCAPE_TITLE_LINE_CHARS
    } else {
        TITLE_LINE_CHARS
    };
    split_title_in(title, chars).join("\n")
}

/// [`split_title`] for lines of `chars` characters.
fn split_title_in(title: &str, chars: f32) -> Vec<String> {
    let title = title.trim();
    if title.contains('\n') || em_width(title) <= chars {
        return vec![title.to_string()];
    }
    let total = em_width(title);
    // Outside quotes and brackets when a break there gives two lines that fit; else inside
    // them too (a 《plan title》 longer than a line), at the same places of meaning.
    let outside = break_points(title, false, chars);
    let candidates = if outside.iter().any(|&(_, width)| total - width <= chars) {
        outside
    } else {
        break_points(title, true, chars)
    };
    // A break where the meaning allows, both lines fitting, balanced, the upper line not
    // shorter than the lower; else before a conjunction; else the most balanced break whose
    // upper line fits.
    let best = |good: &dyn Fn(&str, &str) -> bool| {
        candidates
            .iter()
            .filter(|&&(j, width)| {
                let (before, rest) = title.split_at(j);
                good(before, rest) && total - width <= chars
            })
            .map(|&(j, width)| {
                let lower = total - width;
                (
                    (width - lower).abs() + if width < lower { 1.0 } else { 0.0 },
                    j,
                )
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
    };
    let meaning = |before: &str, rest: &str| {
        before.ends_with("关于")
            || before.ends_with(['”', '》', '）'])
            || rest.starts_with('（') && rest.ends_with('）')
            || before.ends_with('年') && !rest.starts_with('度')
            || before.ends_with("年度")
            || rest.starts_with('的')
            || rest.starts_with("工作")
            || [
                "实施方案",
                "工作方案",
                "活动方案",
                "行动计划",
                "工作计划",
                "工作总结",
                "工作要点",
                "任务分工表",
            ]
            .iter()
            .any(|g| rest.starts_with(g))
    };
    let conjunction = |_: &str, rest: &str| rest.starts_with(['和', '与', '及']);
    let balanced = || {
        candidates
            .iter()
            .map(|&(j, width)| ((width - (total - width)).abs(), j))
            .min_by(|a, b| a.0.total_cmp(&b.0))
    };
    match best(&meaning)
        .or_else(|| best(&conjunction))
        .or_else(balanced)
    {
        Some((_, j)) => vec![title[..j].to_string(), title[j..].to_string()],
        None => vec![title.to_string()],
    }
}

/// Where a title may break, as (byte index, width of the upper line in characters): outside
/// quotes and brackets (anywhere but next to a bracket with `inside`), not inside a run of
/// ASCII (a number or a Latin word), with the upper line fitting on a line of `line` characters.
fn break_points(title: &str, inside: bool, line: f32) -> Vec<(usize, f32)> {
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut width = 0.0f32;
    for (k, &(_, c)) in chars.iter().enumerate() {
        match c {
            '“' | '《' | '（' | '(' | '「' | '【' => depth += 1,
            '”' | '》' | '）' | ')' | '」' | '】' => depth -= 1,
            _ => {}
        }
        width += if c.is_ascii() { 0.5 } else { 1.0 };
        let Some(&(j, next)) = chars.get(k + 1) else {
            break;
        };
        let placed = if inside {
            !matches!(c, '“' | '《' | '（' | '(' | '「' | '【')
                && !matches!(next, '”' | '》' | '）' | ')' | '」' | '】')
        } else {
            depth <= 0
        };
        if placed && !(c.is_ascii() && next.is_ascii()) && width <= line {
            out.push((j, width));
        }
    }
    out
}
