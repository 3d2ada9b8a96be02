//! `gongwen check FILE [--format text|json]`.

use std::path::Path;

use gongwen::lint::{self, Level};
use gongwen::{Error, ErrorKind};

/// `gongwen check --help`: the files it reads and every check code, from [`lint::Code::ALL`].
pub(crate) fn after_help() -> String {
    let mut text = String::from(
        "文件：输入文件（.toml/.yaml/.yml/.json，按数据路径报告，行号为文件中的行）、\n      \
         文本草稿（.txt 等，UTF-8 或 GBK，一行一段）、.docx（行号为段落序号，从 1 起）。\n\n检查项（code）：\n",
    );
    for code in lint::Code::ALL {
        let level = match code {
            lint::Code::Validation => "错误/提醒".to_string(),
            _ => code.level().chinese_name().to_string(),
        };
        text += &format!("  {:<20} {level}  {}\n", code.as_str(), code.description());
    }
    text + "\n示例：\n  gongwen check 方案.toml\n  gongwen check 初稿.txt --format json\n  \
            gongwen check 终稿.docx\n\n退出码：0 没有错误（可以有提醒和提示）；1 发现错误或文件无法读取；\
            2 命令用法有误。\n首次检查要载入分词词典，约需零点几秒。"
}

pub(crate) fn run(input: &Path, json: bool) -> Result<(), Error> {
    let found = lint::check_path(input)?;
    if json {
        let text = serde_json::to_string_pretty(&found)
            .map_err(|e| Error::new(ErrorKind::Write, format!("无法输出 JSON：{e}")))?;
        outln!("{text}");
    } else if found.is_empty() {
        super::hint(&format!("{}：未发现问题", input.display()));
    } else {
        for d in &found {
            outln!("{}:{d}", input.display());
        }
    }
    let errors = found.iter().filter(|d| d.severity == Level::Error).count();
    if !json && !found.is_empty() {
        let warnings = found
            .iter()
            .filter(|d| d.severity == Level::Warning)
            .count();
        let infos = found.len() - errors - warnings;
        eprintln!("共 {errors} 处错误、{warnings} 处提醒、{infos} 处提示");
    }
    if errors > 0 {
        return Err(Error::new(
            ErrorKind::Invalid,
            format!("发现 {errors} 处错误，请逐条修改"),
        )
        .with_file(input.display().to_string()));
    }
    Ok(())
}
