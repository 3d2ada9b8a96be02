//! The `gongwen` command-line tool (behind the default `cli` feature).
//!
//! Exit codes: 0 success, 1 bad input (or a file that could not be written), 2 usage.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::{
    DocKind, Document, Error, ErrorKind, Format, Renderer, Severity, builtin_template,
    builtin_template_names, skeleton, write_atomic,
};

const AFTER_HELP: &str = "\
示例：
  gongwen new scheme -o 方案.toml          生成一份实施方案骨架，按【待补】提示填写
  gongwen render 方案.toml                 生成 方案.docx
  gongwen render 方案.toml -o 终稿.docx --force
  gongwen validate 方案.toml               只检查内容，不生成文件
  gongwen templates export 我的模板         导出内置模板，修改后用 --template-dir 我的模板

退出码：0 成功；1 输入有误或无法写出文件；2 命令用法有误。";

/// 按 GB/T 9704-2012 公文格式生成工作计划、实施方案、活动方案和工作总结（.docx）。
#[derive(Debug, Parser)]
#[command(name = "gongwen", version, about, long_about = None, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// 把 TOML/YAML/JSON 输入文件生成为 .docx 公文
    #[command(
        after_help = "示例：\n  gongwen render examples/fire_safety_plan.toml -o 消防计划.docx\n  gongwen render 方案.yaml --template-dir 我的模板 --force"
    )]
    Render {
        /// 输入文件（.toml、.yaml、.yml 或 .json）
        input: PathBuf,
        /// 输出文件；默认与输入同名，扩展名改为 .docx
        #[arg(short, long, value_name = "OUTPUT")]
        output: Option<PathBuf>,
        /// 模板目录：其中的同名模板文件替换内置模板
        #[arg(long, value_name = "DIR")]
        template_dir: Option<PathBuf>,
        /// 输出文件已存在时覆盖它
        #[arg(short, long)]
        force: bool,
        /// 不生成 .docx，只打印模板输出的块语言文本（调试模板用）
        #[arg(long)]
        blocks: bool,
    },
    /// 生成带中文注释的输入文件骨架，【待补】处由撰稿人填写
    #[command(
        after_help = "种类：plan（工作计划）、scheme（实施方案）、activity_plan（活动方案）、summary（工作总结），也可写中文名。\n示例：\n  gongwen new 实施方案 -o 方案.toml\n  gongwen new summary -o 总结.yaml"
    )]
    New {
        /// 文件种类
        kind: String,
        /// 输出文件；不写则打印到屏幕。扩展名决定格式（.toml/.yaml/.json）
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// 输出文件已存在时覆盖它
        #[arg(short, long)]
        force: bool,
    },
    /// 只检查输入文件的内容，列出所有错误和提醒，不生成文件
    Validate {
        /// 输入文件
        input: PathBuf,
    },
    /// 查看或导出模板
    Templates {
        #[command(subcommand)]
        action: TemplatesAction,
    },
}

#[derive(Debug, Subcommand)]
enum TemplatesAction {
    /// 列出模板（标明哪些被模板目录中的文件替换）
    List {
        /// 模板目录
        #[arg(long, value_name = "DIR")]
        template_dir: Option<PathBuf>,
    },
    /// 把内置模板导出到目录，供修改措辞后用 --template-dir 使用
    Export {
        /// 目标目录（不存在则创建）
        dir: PathBuf,
        /// 覆盖目录中已有的同名文件
        #[arg(short, long)]
        force: bool,
    },
}

/// Runs the tool with the process arguments and returns the exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match run(cli) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("错误：{e}");
            1
        }
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Render {
            input,
            output,
            template_dir,
            force,
            blocks,
        } => render(&input, output, template_dir, force, blocks),
        Command::New {
            kind,
            output,
            force,
        } => new(&kind, output, force),
        Command::Validate { input } => validate(&input),
        Command::Templates { action } => match action {
            TemplatesAction::List { template_dir } => list_templates(template_dir.as_deref()),
            TemplatesAction::Export { dir, force } => export_templates(&dir, force),
        },
    }
}

fn print_warnings(doc: &Document, input: &Path) -> usize {
    let problems = doc.validate();
    for p in problems.iter().filter(|p| p.severity == Severity::Warning) {
        eprintln!("{}: {p}", input.display());
    }
    problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count()
}

fn render(
    input: &Path,
    output: Option<PathBuf>,
    template_dir: Option<PathBuf>,
    force: bool,
    blocks: bool,
) -> Result<(), Error> {
    let doc = Document::from_path(input)?;
    let renderer = match &template_dir {
        Some(dir) => Renderer::with_template_dir(dir)?,
        None => Renderer::new(),
    };
    if blocks {
        print!("{}", renderer.render_text(&doc)?);
        return Ok(());
    }
    let output = output.unwrap_or_else(|| input.with_extension("docx"));
    if output.extension().and_then(|e| e.to_str()) != Some("docx") {
        eprintln!(
            "提醒：输出文件 {} 的扩展名不是 .docx，Word 可能无法识别",
            output.display()
        );
    }
    if !force && output.exists() {
        return Err(Error::new(
            ErrorKind::Exists,
            "文件已存在，未覆盖；如确需覆盖请加 --force，或用 -o 指定其他文件名",
        )
        .with_file(output.display().to_string()));
    }
    print_warnings(&doc, input);
    let name = input.display().to_string();
    renderer.render_to_path(&doc, &output, force).map_err(|e| {
        if e.location().file.is_none() {
            e.with_file(name)
        } else {
            e
        }
    })?;
    eprintln!("已生成 {}", output.display());
    eprintln!(
        "下一步：用 Word 或 WPS 打开，补全【待补】处的内容并通读一遍；修改输入文件后可加 --force 重新生成。"
    );
    Ok(())
}

fn new(kind: &str, output: Option<PathBuf>, force: bool) -> Result<(), Error> {
    let kind = DocKind::from_name(kind).ok_or_else(|| {
        Error::new(
            ErrorKind::Syntax,
            format!("未知的文件种类“{kind}”：可用 plan（工作计划）、scheme（实施方案）、activity_plan（活动方案）、summary（工作总结）"),
        )
    })?;
    let format = match &output {
        Some(p) => Format::from_path(p).ok_or_else(|| {
            Error::new(
                ErrorKind::UnknownFormat,
                "骨架文件的扩展名须为 .toml、.yaml、.yml 或 .json",
            )
            .with_file(p.display().to_string())
        })?,
        None => Format::Toml,
    };
    let text = skeleton(kind, format);
    match output {
        None => {
            let _ = std::io::stdout().write_all(text.as_bytes());
        }
        Some(path) => {
            write_atomic(&path, text.as_bytes(), force)?;
            eprintln!("已生成 {}", path.display());
            eprintln!(
                "下一步：按注释填写【待补】处，然后运行 gongwen render {}",
                path.display()
            );
        }
    }
    Ok(())
}

fn validate(input: &Path) -> Result<(), Error> {
    let doc = Document::from_path(input)?;
    let problems = doc.validate();
    if problems.is_empty() {
        eprintln!("{}：未发现问题", input.display());
        return Ok(());
    }
    for p in &problems {
        eprintln!("{}: {p}", input.display());
    }
    let errors: Vec<_> = problems
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        return Ok(());
    }
    Err(
        Error::new(ErrorKind::Invalid, format!("发现 {} 处错误", errors.len()))
            .with_file(input.display().to_string()),
    )
}

fn list_templates(dir: Option<&Path>) -> Result<(), Error> {
    if let Some(d) = dir
        && !d.is_dir()
    {
        return Err(Error::new(ErrorKind::Io, "模板目录不存在").with_file(d.display().to_string()));
    }
    for name in builtin_template_names() {
        let overridden = dir.is_some_and(|d| d.join(name).is_file());
        let note = if overridden {
            "（已被模板目录中的文件替换）"
        } else {
            "（内置）"
        };
        println!("{name}\t{note}");
    }
    Ok(())
}

fn export_templates(dir: &Path, force: bool) -> Result<(), Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "创建目录", e))?;
    let mut skipped = Vec::new();
    for name in builtin_template_names() {
        let path = dir.join(name);
        let src = builtin_template(name).unwrap_or_default();
        match write_atomic(&path, src.as_bytes(), force) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::Exists => skipped.push(path),
            Err(e) => return Err(e),
        }
    }
    if !skipped.is_empty() {
        let list: Vec<String> = skipped.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::new(
            ErrorKind::Exists,
            format!(
                "以下文件已存在，未覆盖（加 --force 覆盖）：{}",
                list.join("、")
            ),
        ));
    }
    eprintln!(
        "已导出 {} 个模板到 {}",
        builtin_template_names().count(),
        dir.display()
    );
    eprintln!(
        "下一步：修改其中的措辞，然后用 gongwen render 输入文件 --template-dir {}",
        dir.display()
    );
    Ok(())
}
