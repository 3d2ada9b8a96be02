//! `gongwen render`: one input, or many in parallel (files and folders) into a folder.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use gongwen::{Batch, Document, Error, ErrorKind, Renderer, Severity, collect_inputs, output_path};

use super::{Failure, hint};

pub(super) const AFTER_HELP: &str = "\
示例：
  gongwen render examples/fire_safety_plan.toml -o 消防计划.docx
  gongwen render 方案.yaml --template-dir 我的模板 --force
  gongwen render 各街道/ -o 输出/                    目录中的每个 .toml/.yaml/.yml/.json 各生成一份
  gongwen render a.toml b.yaml c.json -o 输出/ -j 4   多个输入并行生成，-o 须为目录（不存在则创建）

多个输入时：输出文件名为输入文件名加 .docx；某个输入有误时其余照常生成，最后列出全部失败项，
退出码为 1；已存在的输出文件不覆盖（加 --force 覆盖）。";

/// The arguments of `gongwen render`.
pub(super) struct Args {
    pub inputs: Vec<PathBuf>,
    pub output: Option<PathBuf>,
    pub template_dir: Option<PathBuf>,
    pub force: bool,
    pub no_backup: bool,
    pub blocks: bool,
    pub jobs: usize,
    pub pdf: bool,
}

pub(super) fn run(args: Args) -> Result<(), Failure> {
    let renderer = match &args.template_dir {
        Some(dir) => Renderer::with_template_dir(dir)?,
        None => Renderer::new(),
    };
    let single = args.inputs.len() == 1 && !args.inputs[0].is_dir();
    if args.blocks {
        if !single {
            return Err(usage("--blocks 只能用于一个输入文件"));
        }
        let doc = Document::from_path(&args.inputs[0])?;
        out!("{}", renderer.render_text(&doc)?);
        return Ok(());
    }
    match &args.output {
        // One input file, and -o a file (or missing): as always.
        Some(out) if single && !is_dir_arg(out) => Ok(one(&renderer, &args.inputs[0], out, &args)?),
        None if single => {
            let out = args.inputs[0].with_extension("docx");
            Ok(one(&renderer, &args.inputs[0], &out, &args)?)
        }
        _ => many(&renderer, &args),
    }
}

/// Whether `-o` names a folder: an existing one, or a path written with a trailing slash.
fn is_dir_arg(p: &Path) -> bool {
    p.is_dir() || p.as_os_str().to_string_lossy().ends_with(['/', '\\'])
}

fn usage(msg: &str) -> Failure {
    Failure::Usage(msg.to_string())
}

fn one(renderer: &Renderer, input: &Path, output: &Path, args: &Args) -> Result<(), Error> {
    let doc = Document::from_path(input)?;
    if let Ok(bytes) = std::fs::read(input) {
        super::note_encoding(input, &bytes);
    }
    if output.extension().and_then(|e| e.to_str()) != Some("docx") {
        eprintln!(
            "提醒：输出文件 {} 的扩展名不是 .docx，Word 可能无法识别",
            output.display()
        );
    }
    if !args.force && output.exists() {
        return Err(Error::new(
            ErrorKind::Exists,
            "文件已存在，未覆盖；如确需覆盖请加 --force，或用 -o 指定其他文件名",
        )
        .with_file(output.display().to_string()));
    }
    print_warnings(&doc, input);
    let name = input.display().to_string();
    // The batch path writes it: the same refusal of a document open in Word and the same
    // backup of the file it replaces.
    let batch = Batch::new(renderer)
        .jobs(1)
        .overwrite(args.force)
        .backup(!args.no_backup);
    // What the hints below need, taken before the document moves into the job.
    let left = doc.placeholders().len();
    // Where the 版记 falls (a second template run: only for a document that has one).
    let record = if doc.record.is_some() {
        renderer.record_page(&doc).ok().flatten()
    } else {
        None
    };
    let fonts = args.pdf.then(|| doc.fonts.clone());
    let job = vec![(name.clone(), Ok(doc), output.to_path_buf())];
    let written = batch
        .render_documents(job)
        .pop()
        .ok_or_else(|| gongwen::Failure {
            input: input.to_path_buf(),
            error: Error::new(ErrorKind::Write, "文档未能生成"),
        })
        .and_then(|r| r)
        .map_err(|f| {
            let e = f.error;
            if e.location().file.is_none() {
                e.with_file(name)
            } else {
                e
            }
        })?;
    if let Some(b) = &written.backup {
        hint(&format!(
            "原有的 {} 已另存为 {}（加 --no-backup 不再备份）",
            output.display(),
            b.display()
        ));
    }
    hint(&format!("已生成 {}", output.display()));
    if let Some(fonts) = fonts {
        pdf(output, &fonts, args.force)?;
    }
    if let Some(place) = record.filter(|p| !p.sure) {
        hint(&format!(
            "提醒：版记（约在第 {} 页）能否落在偶数页无法事先确定（正文末页接近页首或页尾，或随字体而变）。\
             请在 WPS 或 Word 中查看：如版记在奇数页，请在版记前插入一个空白页（空白页和版记页均不编页码）。",
            place.page
        ));
    }
    if left > 0 {
        hint(&format!(
            "下一步：还有 {left} 处【待补】没有填写（gongwen validate {} 列出位置）；补全输入文件后加 --force 重新生成，或在 Word、WPS 中补全。",
            input.display()
        ));
    } else {
        hint("下一步：用 Word 或 WPS 打开，通读一遍；修改输入文件后可加 --force 重新生成。");
    }
    Ok(())
}

/// Writes the PDF of a written `.docx` next to it, through LibreOffice.
fn pdf(docx: &Path, fonts: &gongwen::Fonts, force: bool) -> Result<(), Error> {
    let out = docx.with_extension("pdf");
    gongwen::pdf::convert_to_pdf(docx, &out, fonts, force)?;
    hint(&format!("已生成 {}", out.display()));
    Ok(())
}

fn print_warnings(doc: &Document, input: &Path) {
    for p in doc
        .validate()
        .iter()
        .filter(|p| p.severity == Severity::Warning)
    {
        eprintln!("{}: {p}", input.display());
    }
}

/// Several inputs (or a folder): in parallel, into the `-o` folder or next to each input.
fn many(renderer: &Renderer, args: &Args) -> Result<(), Failure> {
    let inputs = collect_inputs(&args.inputs)?;
    let pairs: Vec<(PathBuf, PathBuf)> = match &args.output {
        Some(dir) => {
            if dir.exists() && !dir.is_dir() {
                return Err(usage(&format!(
                    "多个输入时 -o 须为目录，但 {} 是一个已有的文件",
                    dir.display()
                )));
            }
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "创建输出目录", e))?;
            inputs
                .iter()
                .map(|i| (i.clone(), output_path(i, dir)))
                .collect()
        }
        None => inputs
            .iter()
            .map(|i| (i.clone(), i.with_extension("docx")))
            .collect(),
    };
    let bar = progress_bar(pairs.len());
    let tick = |_: &gongwen::Outcome| {
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    };
    let results = Batch::new(renderer)
        .jobs(args.jobs)
        .overwrite(args.force)
        .backup(!args.no_backup)
        .on_progress(&tick)
        .render_to(&pairs);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if args.pdf {
        for r in results.iter().flatten() {
            if let Err(e) =
                Document::from_path(&r.input).and_then(|d| pdf(&r.output, &d.fonts, args.force))
            {
                eprintln!("错误：{e}");
            }
        }
    }
    let where_to = match &args.output {
        Some(dir) => format!("到 {}", dir.display()),
        None => "（与输入文件同目录）".to_string(),
    };
    Ok(report(&results, &where_to)?)
}

/// Prints the warnings of what was rendered and lists every failure at the end; an error
/// (exit code 1) when anything failed.
pub(super) fn report(
    results: &[Result<gongwen::Rendered, gongwen::Failure>],
    where_to: &str,
) -> Result<(), Error> {
    let mut done = 0usize;
    let mut failures = Vec::new();
    for r in results {
        match r {
            Ok(r) => {
                done += 1;
                super::detail(&format!(
                    "{} → {}（{:.1} ms）",
                    r.input.display(),
                    r.output.display(),
                    r.elapsed.as_secs_f64() * 1e3
                ));
                if let Some(b) = &r.backup {
                    eprintln!(
                        "{} 原有的文件已另存为 {}（加 --no-backup 不再备份）",
                        r.output.display(),
                        b.display()
                    );
                }
                for w in &r.warnings {
                    eprintln!("{}: {w}", r.input.display());
                }
            }
            Err(f) => failures.push(f),
        }
    }
    hint(&format!("已生成 {done} 个文件{where_to}"));
    if failures.is_empty() {
        return Ok(());
    }
    eprintln!("以下 {} 项未生成：", failures.len());
    for f in &failures {
        eprintln!("  {f}");
    }
    let rest = if done == 0 { "" } else { "；其余已生成" };
    Err(Error::new(
        ErrorKind::Write,
        format!(
            "共 {} 项，{} 项未生成（见上）{rest}",
            results.len(),
            failures.len()
        ),
    ))
}

/// A progress bar on stderr when it is a terminal and there is more than one input.
pub(super) fn progress_bar(n: usize) -> Option<indicatif::ProgressBar> {
    if n < 2 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(n as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {pos}/{len} 已用 {elapsed} 预计剩余 {eta}",
    ) {
        bar.set_style(style);
    }
    Some(bar)
}
