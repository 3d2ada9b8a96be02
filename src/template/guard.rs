//! Running the template engine safely: a panic inside it becomes a template error, and its
//! errors are put in Chinese.

use crate::error::{Error, ErrorKind};

thread_local! {
    /// Set while [`guard`] runs template-engine work on this thread.
    static IN_ENGINE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether a panic on this thread happens inside [`guard`], which reports it as a template
/// error: the command line's panic hook stays quiet about those.
pub(crate) fn panic_is_reported() -> bool {
    IN_ENGINE.with(std::cell::Cell::get)
}

/// Runs template-engine work (compiling or rendering a template a user wrote) and turns a
/// panic inside minijinja into an error. minijinja 3.1 has at least one such bug:
/// `{% import "macros.j2" as m % x %}` parses, then its code generator hits `unreachable!`
/// (found by the `blocks` fuzz target). A typo in a template must not bring down a batch.
pub(crate) fn guard<T>(
    f: impl FnOnce() -> std::result::Result<T, minijinja::Error>,
) -> std::result::Result<T, minijinja::Error> {
    let outer = IN_ENGINE.with(|c| c.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    IN_ENGINE.with(|c| c.set(outer));
    result.unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!(
                "模板引擎内部出错：{what}。多半是模板某处写法它未能识别，例如 \
                 {{% import … as 名字 %}} 的 as 后只能写一个名字；请检查最近改动的地方"
            ),
        ))
    })
}

/// Turns a minijinja error into ours, with the template name and line. The name is the one
/// minijinja gives (an imported `macros.j2`, say), else `rendering`, the template being
/// rendered: a panic [`guard`] caught names no template.
pub(crate) fn template_error(e: minijinja::Error, rendering: &str) -> Error {
    let mut detail = match e.detail() {
        Some(d) => format!("{}（{}）", kind_cn(e.kind()), d),
        None => kind_cn(e.kind()).to_string(),
    };
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        detail.push_str(&format!("；{s}"));
        source = s.source();
    }
    let mut err = Error::new(ErrorKind::Template, detail)
        .with_file(format!("模板 {}", e.name().unwrap_or(rendering)));
    if let Some(line) = e.line() {
        err = err.with_line(line, None);
    }
    err
}

pub(super) fn kind_cn(kind: minijinja::ErrorKind) -> &'static str {
    use minijinja::ErrorKind as K;
    match kind {
        K::SyntaxError => "模板语法错误",
        K::TemplateNotFound => "找不到模板",
        K::UndefinedError => "使用了未定义的变量",
        K::UnknownFilter => "未知的过滤器",
        K::UnknownFunction => "未知的函数",
        K::UnknownTest => "未知的测试",
        K::OutOfFuel => "模板运算量超出上限（可能有死循环）",
        K::InvalidOperation => "模板中的操作无效",
        K::TooManyArguments => "参数过多",
        K::MissingArgument => "缺少参数",
        K::BadEscape => "转义序列无效",
        _ => "模板渲染失败",
    }
}
