//! `gongwen merge`: one template document and a table of per-unit values give one draft
//! per row, rendered in parallel on the batch path.

use std::path::PathBuf;

use gongwen::merge::{MergeTable, MergeTemplate, file_stem_for};
use gongwen::{Batch, Error, ErrorKind, Renderer};

use super::render::{progress_bar, report};
use super::{Failure, hint};

pub(super) const AFTER_HELP: &str = "\
示例：
  gongwen merge 消防计划模板.toml 各街道.csv -o 输出/ --name-column 单位

模板就是普通的输入文件，在需要逐份替换的地方写 {{ 列名 }}，如：
  title = \"{{ 单位 }}2025年消防安全宣传工作计划\"
  issuer = \"{{ 单位 }}\"
  text = \"全年开展集中宣传不少于{{ 宣传次数 }}次。\"
数据表（.csv 或 .json）每行生成一份，列名与 {{ }} 中的名字一致；CSV 可用 Excel 另存（UTF-8 或 GBK 均可）。
输出文件名取 --name-column 指定的列（默认第一列）。某一行有误时其余照常生成，最后列出失败项。

逐个单位印发通知：在模板的 notice、record 中写 {{ 单位 }} 等列名（各自的主送和抄送），
加 --number-from 12 让发文字号从 12 号起逐行编号；文号重复时不生成，跳号时给出提示。";

/// The arguments of `gongwen merge`.
pub(super) struct Args {
    pub template: PathBuf,
    pub table: PathBuf,
    pub output: PathBuf,
    pub name_column: Option<String>,
    pub template_dir: Option<PathBuf>,
    pub force: bool,
    pub no_backup: bool,
    pub strict: bool,
    pub number_from: Option<u32>,
    pub jobs: usize,
}

pub(super) fn run(args: Args) -> Result<(), Failure> {
    let template = MergeTemplate::from_path(&args.template)?;
    let table = MergeTable::from_path(&args.table)?;
    if table.rows.is_empty() {
        return Err(Error::new(ErrorKind::Syntax, "数据表没有数据行")
            .with_file(args.table.display().to_string())
            .into());
    }
    let column = match &args.name_column {
        Some(c) if !table.columns.contains(c) => {
            return Err(Failure::Usage(format!(
                "数据表中没有“{c}”列；现有的列：{}",
                table.columns.join("、")
            )));
        }
        Some(c) => c.clone(),
        None => table.columns[0].clone(),
    };
    if args.output.exists() && !args.output.is_dir() {
        return Err(Failure::Usage(format!(
            "-o 须为目录，但 {} 是一个已有的文件",
            args.output.display()
        )));
    }
    std::fs::create_dir_all(&args.output)
        .map_err(|e| Error::io(&args.output, "创建输出目录", e))?;
    let renderer = match &args.template_dir {
        Some(dir) => Renderer::with_template_dir(dir)?,
        None => Renderer::new(),
    };
    let table_name = args.table.display().to_string();
    // An empty cell would leave a hole in the text (示范村个): say where, or refuse.
    let used = template.columns_used();
    let mut empty = 0usize;
    for (i, row) in table.rows.iter().enumerate() {
        for column in &used {
            if row.get(column).is_some_and(|v| v.trim().is_empty()) {
                empty += 1;
                eprintln!(
                    "提醒：{table_name} 第{}行的“{column}”列是空的，生成的文字会缺这一处{}",
                    i + 2,
                    if args.strict {
                        ""
                    } else {
                        "（加 --strict 则不生成）"
                    }
                );
            }
        }
    }
    if args.strict && empty > 0 {
        return Err(Error::new(
            ErrorKind::Invalid,
            format!("数据表有 {empty} 个空格子，--strict 下未生成任何文件：请补全后再试"),
        )
        .with_file(table_name)
        .into());
    }
    let jobs: Vec<_> = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            // Row numbers as a spreadsheet shows them: the header is row 1.
            let label = format!("{table_name} 第{}行", i + 2);
            let stem = file_stem_for(row.get(&column).map_or("", String::as_str), i + 2);
            let output = args.output.join(format!("{stem}.docx"));
            let mut doc = template.fill(row).map_err(|e| in_row(e, &label));
            if let (Some(start), Ok(doc)) = (args.number_from, &mut doc) {
                let banner = doc.banner.get_or_insert_default();
                let number = banner.number.as_deref().unwrap_or_default();
                let serial = start.saturating_add(i as u32);
                banner.number = Some(gongwen::merge::numbered(number, serial).map_err(|m| {
                    Error::new(
                        ErrorKind::Invalid,
                        format!(
                            "{m}。--number-from 需要模板的 banner.number 写明“机关代字〔年份〕”"
                        ),
                    )
                    .with_location(gongwen::Location {
                        file: Some(args.template.display().to_string()),
                        line: None,
                        column: None,
                        path: Some("banner.number".to_string()),
                    })
                })?);
            }
            Ok((label, doc, output))
        })
        .collect::<Result<_, Error>>()?;
    // One 发文字号 per notice: a repeat stops the batch, a gap is worth a look.
    let numbers = jobs.iter().filter_map(|(label, doc, _)| {
        let number = doc.as_ref().ok()?.banner.as_ref()?.number.as_deref()?;
        Some((label.as_str(), number))
    });
    let problems = gongwen::merge::doc_number_problems(numbers);
    for p in &problems {
        eprintln!("{}：{}", p.path, p.message);
    }
    if problems
        .iter()
        .any(|p| p.severity == gongwen::Severity::Error)
    {
        return Err(Error::new(
            ErrorKind::Invalid,
            "发文字号有重复，未生成任何文件：请按上面的提示改正",
        )
        .with_file(table_name)
        .into());
    }
    let bar = progress_bar(jobs.len());
    let tick = |_: &gongwen::Outcome| {
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    };
    let results = Batch::new(&renderer)
        .jobs(args.jobs)
        .overwrite(args.force)
        .backup(!args.no_backup)
        .on_progress(&tick)
        .render_documents(jobs);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let r = report(&results, &format!("到 {}", args.output.display()));
    if r.is_ok() {
        hint("下一步：逐份打开检查，补全【待补】处的内容。");
    }
    Ok(r?)
}

/// `e` located at a row of the table (`units.csv 第4行`) instead of the template file; the
/// data path stays.
fn in_row(e: Error, row: &str) -> Error {
    let location = gongwen::Location {
        file: Some(row.to_string()),
        line: None,
        column: None,
        path: e.location().path.clone(),
    };
    e.with_location(location)
}
