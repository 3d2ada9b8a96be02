//! The `gongwen` command-line tool (behind the default `cli` feature).
//!
//! Exit codes: 0 success, 1 bad input (or a file that could not be written), 2 usage.

/// Writes to standard output. When the reader goes away (`gongwen schema | head`) the
/// program ends quietly with success, as ripgrep does, instead of panicking in `println!`.
pub(crate) fn write_out(args: std::fmt::Arguments) {
    write_bytes(args.to_string().as_bytes());
}

/// Writes bytes to standard output, as [`write_out`] does.
pub(crate) fn write_bytes(bytes: &[u8]) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_all(bytes) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("错误：写出到标准输出失败：{e}");
        std::process::exit(1);
    }
}

/// `print!` through [`write_out`].
macro_rules! out {
    ($($t:tt)*) => { $crate::cli::write_out(format_args!($($t)*)) };
}

/// `println!` through [`write_out`].
macro_rules! outln {
    ($($t:tt)*) => { $crate::cli::write_out(format_args!("{}\n", format_args!($($t)*))) };
}

mod import;
mod merge;
mod render;
mod tools;
// Issue 3: lint, keywords, plan → summary.
mod check;
mod keywords;
#[cfg(feature = "serve")]
mod serve;
mod summarize;

use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use gongwen::skeleton::{skeleton, skeleton_full};
use gongwen::{
    DocKind, Document, Error, ErrorKind, Format, Severity, builtin_template,
    builtin_template_names, write_atomic,
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
    /// 只输出错误，不输出进度和“下一步”提示
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// 输出更多过程信息（如每个文件的用时）
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

/// 0 quiet, 1 normal, 2 verbose.
static VERBOSITY: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(1);

/// Prints a progress line or a "what next" hint to stderr, unless `--quiet`.
/// How a command fails: the library's error (exit code 1), or a wrong use of the command
/// line (exit code 2), which is the command line's own business, not the library's.
pub(crate) enum Failure {
    /// Bad input, a file that could not be written: the library's error.
    Input(Error),
    /// The options do not fit together: what to do instead, in Chinese.
    Usage(String),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Input(e)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Input(e) => e.fmt(f),
            Failure::Usage(msg) => write!(f, "命令用法有误：{msg}"),
        }
    }
}

#[cfg(feature = "serve")]
const SERVE_HELP: &str = "\
网页上可以：选文种（或把去年的 Word 文件、文本拖进来导入），按表单填写，边填边检查（错误显示在对应的栏目旁），
预览排好版的公文（装有 LibreOffice 时逐页显示真实版面，否则显示结构预览），下载 .docx 和 PDF，
把填写的内容存为 TOML/YAML/JSON 输入文件以便以后接着改。填写的内容保存在浏览器里，刷新页面不会丢。

示例：
  gongwen serve                 # 在 http://127.0.0.1:8080/ 启动并打开浏览器
  gongwen serve --port 9000 --no-open

JSON 接口（网页用的就是这些，其他程序也可调用；“文档”指 gongwen schema 描述的 JSON）：
  GET  /api/kinds                    文种列表 [{key, name, description}]
  GET  /api/schema                   文档的 JSON Schema
  GET  /api/skeleton/{kind}[?full=1] 某文种的骨架（文档）
  POST /api/validate                 文档 → {errors, warnings, placeholders}
  POST /api/check                    文档 → {findings: [{path, message, code, severity}]}
  POST /api/render[?format=pdf]      文档 → .docx（或 PDF，需装有 LibreOffice）
  POST /api/preview                  文档 → 预览（逐页图片或结构预览）
  POST /api/import[?name=文件名]     文件（multipart 或原始字节）→ {document, outline, timeline}
  POST /api/export?format=toml|yaml|json  文档 → 输入文件的文字
  POST /api/load?name=文件名         输入文件的文字 → 文档
出错时返回 4xx 和 {\"errors\": [{\"path\", \"message\"}]}（path 为数据路径，如 phases[2].end）。
限制：请求体最多 8 MiB；同时最多 4 个生成，其余排队；模板运算量有上限；请求不读写本机文件。
详见 README 的“公文工作台”一节。";

pub(crate) fn hint(msg: &str) {
    if VERBOSITY.load(std::sync::atomic::Ordering::Relaxed) >= 1 {
        eprintln!("{msg}");
    }
}

/// Prints detail to stderr with `--verbose` only.
pub(crate) fn detail(msg: &str) {
    if VERBOSITY.load(std::sync::atomic::Ordering::Relaxed) >= 2 {
        eprintln!("{msg}");
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// 把 TOML/YAML/JSON 输入文件生成为 .docx 公文（可一次生成多个，并行）
    #[command(after_help = render::AFTER_HELP)]
    Render {
        /// 输入文件（.toml、.yaml、.yml 或 .json），或包含输入文件的目录；可写多个
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<PathBuf>,
        /// 输出文件；默认与输入同名，扩展名改为 .docx。多个输入时为输出目录（不存在则创建）
        #[arg(short, long, value_name = "OUTPUT")]
        output: Option<PathBuf>,
        /// 模板目录：其中的同名模板文件替换内置模板
        #[arg(long, value_name = "DIR")]
        template_dir: Option<PathBuf>,
        /// 输出文件已存在时覆盖它（原文件另存为“文件名（备份1）.docx”；文件在 Word/WPS 中打开时不覆盖）
        #[arg(short, long)]
        force: bool,
        /// 覆盖时不保留原文件；默认把被覆盖的文件另存为“文件名（备份1）.docx”
        #[arg(long, requires = "force")]
        no_backup: bool,
        /// 不生成 .docx，只打印模板输出的块语言文本（调试模板用）
        #[arg(long)]
        blocks: bool,
        /// 多个输入时并行的线程数；默认每个 CPU 核一个
        #[arg(
            short,
            long,
            value_name = "N",
            default_value_t = 0,
            hide_default_value = true
        )]
        jobs: usize,
        /// 同时用 LibreOffice 生成 PDF（与 .docx 同名），供快速预览
        #[arg(long)]
        pdf: bool,
    },
    /// 生成带中文注释的输入文件骨架，【待补】处由撰稿人填写
    #[command(after_help = new_after_help())]
    New {
        /// 文件种类（见下方列表，也可写中文名）
        #[arg(required_unless_present = "list")]
        kind: Option<String>,
        /// 列出所有文件种类，每行一个
        #[arg(long, conflicts_with_all = ["output", "full"])]
        list: bool,
        /// 写出这一种类能带的全部可选部分（版头、版记、附注、印发通知、附件表格），不需要的删去
        #[arg(long)]
        full: bool,
        /// 输出文件；不写则打印到屏幕。扩展名决定格式（.toml/.yaml/.json）
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// 输出文件已存在时覆盖它
        #[arg(short, long)]
        force: bool,
    },
    /// 导入从网页或 Word 复制的文字（.txt 或 .docx），生成输入文件或标题大纲
    #[command(after_help = import::AFTER_HELP)]
    Import {
        /// 要导入的文件（UTF-8 或 GBK 编码的 .txt 或 .md，或 .docx；.doc、.wps 经 LibreOffice 转换）
        input: PathBuf,
        /// 输出文件（.toml、.yaml 或 .json）；不写则把 TOML 打印到屏幕
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// 打印识别出的标题大纲（每个标题一行 JSON），不打印输入文件
        #[arg(long)]
        outline: bool,
        /// 打印全文的时间节点（每项一行 JSON）：各阶段、阶段里写明日期的步骤、其他部分写明的“报名时间”等，不打印输入文件
        #[arg(long)]
        timeline: bool,
        /// 输出文件已存在时覆盖它
        #[arg(short, long)]
        force: bool,
        /// 把中文里的半角标点（, ; : ? ! ( ) " 和行末的 .）改为全角，并逐处列出改动；不加则一字不改
        #[arg(long)]
        normalize_punct: bool,
    },
    /// 检查草稿中的常见问题（占位符、编号、半角标点、口吻等），可输出 JSON
    #[command(after_help = check::after_help())]
    Check {
        /// 要检查的文件：输入文件、.txt 草稿或 .docx
        input: PathBuf,
        /// 输出格式：text（逐条中文说明）或 json
        #[arg(long, value_name = "FORMAT", default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
    /// 提取文件的关键词（TF-IDF，不计通用词）
    #[command(after_help = keywords::AFTER_HELP)]
    Keywords {
        /// 输入文件、.txt 草稿或 .docx
        input: PathBuf,
        /// 输出几个关键词
        #[arg(short = 'n', long = "number", value_name = "N", default_value_t = 10)]
        n: usize,
    },
    /// 按计划或方案生成年终工作总结的骨架，【待补】处填写完成情况
    #[command(after_help = summarize::AFTER_HELP)]
    Summarize {
        /// 计划或方案的输入文件（.toml、.yaml、.yml 或 .json）
        input: PathBuf,
        /// 输出文件；扩展名决定格式（.toml/.yaml/.json）。不写则把 TOML 打印到屏幕
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// 输出文件已存在时覆盖它
        #[arg(short, long)]
        force: bool,
    },
    /// 只检查输入文件的内容，列出所有错误和提醒，不生成文件
    #[command(
        after_help = "示例：\n  gongwen validate 方案.toml\n\n每条问题给出数据路径（如 phases[2].end）和中文说明；有错误时退出码为 1，只有提醒时为 0。\n检查文字本身（错别字式的重复、占位符、标点等）请用 gongwen check。"
    )]
    Validate {
        /// 输入文件
        input: PathBuf,
    },
    /// 查看或导出模板
    #[command(
        after_help = "示例：\n  gongwen templates list\n  gongwen templates export 我的模板\n  gongwen render 方案.toml --template-dir 我的模板\n\n模板决定措辞和章节顺序，版式由程序决定；只需保留改动过的模板文件，其余自动使用内置模板。"
    )]
    Templates {
        #[command(subcommand)]
        action: TemplatesAction,
    },
    /// 套用模板和数据表（CSV/JSON），每行生成一份文件（邮件合并）
    #[command(after_help = merge::AFTER_HELP)]
    Merge {
        /// 模板文件（.toml/.yaml/.json，文字中可写 {{ 列名 }}）
        template: PathBuf,
        /// 数据表（.csv 或 .json）
        table: PathBuf,
        /// 输出目录（不存在则创建）
        #[arg(short, long, value_name = "DIR")]
        output: PathBuf,
        /// 用哪一列的值作输出文件名（默认第一列）
        #[arg(long, value_name = "COLUMN")]
        name_column: Option<String>,
        /// 模板目录：其中的同名模板文件替换内置模板
        #[arg(long, value_name = "DIR")]
        template_dir: Option<PathBuf>,
        /// 输出文件已存在时覆盖它（原文件另存为“文件名（备份1）.docx”；文件在 Word/WPS 中打开时不覆盖）
        #[arg(short, long)]
        force: bool,
        /// 覆盖时不保留原文件；默认把被覆盖的文件另存为“文件名（备份1）.docx”
        #[arg(long, requires = "force")]
        no_backup: bool,
        /// 数据表中模板用到的格子有空的时，不生成任何文件（默认只逐个提醒）
        #[arg(long)]
        strict: bool,
        /// 发文字号从第 N 号起逐行编号（第一行 N 号，第二行 N+1 号……），替换模板 banner.number 中的序号
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        number_from: Option<u32>,
        /// 并行线程数（默认每个 CPU 核一个）
        #[arg(
            short,
            long,
            value_name = "N",
            default_value_t = 0,
            hide_default_value = true
        )]
        jobs: usize,
    },
    /// 输出输入文件的 JSON Schema，供 VS Code 等编辑器提示和检查
    #[command(after_help = tools::SCHEMA_HELP)]
    Schema {
        /// 写到文件；不写则打印到屏幕
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// 输出文件已存在时覆盖它
        #[arg(short, long)]
        force: bool,
    },
    /// 查看公文字体的安装情况，生成 LibreOffice 预览用的字体别名文件
    #[command(after_help = tools::FONTS_HELP)]
    Fonts {
        /// 写出 fontconfig 别名文件
        #[arg(long, value_name = "FILE")]
        write_fontconfig: Option<PathBuf>,
        /// 文件已存在时覆盖它
        #[arg(short, long)]
        force: bool,
    },
    /// 启动本地网页“公文工作台”：在浏览器里选文种或导入旧稿、填写、检查、预览和下载
    #[cfg(feature = "serve")]
    #[command(after_help = SERVE_HELP)]
    Serve {
        /// 端口
        #[arg(long, default_value_t = 8080)]
        port: u16,
        /// 监听的地址；默认只有本机能打开（127.0.0.1）
        #[arg(long, default_value = "127.0.0.1")]
        host: String,
        /// 不自动打开浏览器
        #[arg(long)]
        no_open: bool,
        /// 模板目录：其中的同名模板替换内置模板
        #[arg(long, value_name = "DIR")]
        template_dir: Option<PathBuf>,
        /// 只显示结构预览（不调用 LibreOffice，刷新更快，但不分页）
        #[arg(long)]
        structural_preview: bool,
    },
    /// 输出 shell 自动补全脚本（bash、zsh、fish、powershell、elvish）
    #[command(
        after_help = "示例：\n  gongwen completions bash > ~/.local/share/bash-completion/completions/gongwen\n  gongwen completions zsh > ~/.zfunc/_gongwen"
    )]
    Completions {
        /// shell 名称
        shell: String,
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
    // A panic in the template engine is caught and reported as a template error with its
    // file (see template::guard): do not also print it as a crash. Other panics are bugs
    // and keep the standard report.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !gongwen::panic_is_caught() {
            default_hook(info);
        }
    }));
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
            match e {
                Failure::Usage(_) => 2,
                Failure::Input(_) => 1,
            }
        }
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let level = if cli.quiet {
        0
    } else if cli.verbose {
        2
    } else {
        1
    };
    VERBOSITY.store(level, std::sync::atomic::Ordering::Relaxed);
    let result = match cli.command {
        Command::Schema { output, force } => tools::schema(output.as_deref(), force),
        Command::Fonts {
            write_fontconfig,
            force,
        } => tools::fonts(write_fontconfig.as_deref(), force),
        Command::Completions { shell } => tools::completions(&shell),
        #[cfg(feature = "serve")]
        Command::Serve {
            port,
            host,
            no_open,
            template_dir,
            structural_preview,
        } => {
            return serve::run(serve::Args {
                host,
                port,
                no_open,
                template_dir,
                structural_preview,
            });
        }
        Command::Merge {
            template,
            table,
            output,
            name_column,
            template_dir,
            force,
            no_backup,
            strict,
            number_from,
            jobs,
        } => {
            return merge::run(merge::Args {
                template,
                table,
                output,
                name_column,
                template_dir,
                force,
                no_backup,
                strict,
                number_from,
                jobs,
            });
        }
        Command::Render {
            inputs,
            output,
            template_dir,
            force,
            no_backup,
            blocks,
            jobs,
            pdf,
        } => {
            return render::run(render::Args {
                inputs,
                output,
                template_dir,
                force,
                no_backup,
                blocks,
                jobs,
                pdf,
            });
        }
        Command::New { list: true, .. } => {
            for kind in DocKind::ALL {
                outln!("{}", kind.key());
            }
            Ok(())
        }
        Command::New {
            kind,
            output,
            force,
            full,
            ..
        } => new(kind.as_deref().unwrap_or_default(), output, force, full),
        Command::Validate { input } => validate(&input),
        Command::Check { input, format } => check::run(&input, format == "json"),
        Command::Keywords { input, n } => keywords::run(&input, n),
        Command::Summarize {
            input,
            output,
            force,
        } => summarize::run(&input, output, force),
        Command::Import {
            input,
            output,
            outline,
            timeline,
            force,
            normalize_punct,
        } => import::run(&input, output, (outline, timeline), force, normalize_punct),
        Command::Templates { action } => match action {
            TemplatesAction::List { template_dir } => list_templates(template_dir.as_deref()),
            TemplatesAction::Export { dir, force } => export_templates(&dir, force),
        },
    };
    result.map_err(Failure::Input)
}

/// The input-file format that `-o` names by its extension; TOML when printing to the screen.
pub(crate) fn output_format(output: Option<&Path>) -> Result<Format, Error> {
    match output {
        Some(p) => Format::from_path(p).ok_or_else(|| {
            Error::new(
                ErrorKind::UnknownFormat,
                "输出文件的扩展名须为 .toml、.yaml、.yml 或 .json",
            )
            .with_file(p.display().to_string())
        }),
        None => Ok(Format::Toml),
    }
}

/// The kinds with their Chinese names and what each is for (`gongwen new --help`).
fn new_after_help() -> String {
    let mut text = String::from("种类：\n");
    for kind in DocKind::ALL {
        text += &format!(
            "  {:<14}{}：{}\n",
            kind.key(),
            kind.chinese_name(),
            kind.description()
        );
    }
    text + "示例：\n  gongwen new 实施方案 -o 方案.toml\n  gongwen new summary -o 总结.yaml\n  \
            gongwen new scheme --full -o 方案.toml   （带印发通知、版头、版记、附注和附件表格）\n  \
            gongwen new --list"
}

fn new(kind: &str, output: Option<PathBuf>, force: bool, full: bool) -> Result<(), Error> {
    let kind = DocKind::from_name(kind).ok_or_else(|| {
        let known: Vec<String> = DocKind::ALL
            .iter()
            .map(|k| format!("{}（{}）", k.key(), k.chinese_name()))
            .collect();
        Error::new(
            ErrorKind::Syntax,
            format!("未知的文件种类“{kind}”：可用 {}", known.join("、")),
        )
    })?;
    let format = output_format(output.as_deref())?;
    let text = if full {
        skeleton_full(kind, format)
    } else {
        skeleton(kind, format)
    };
    match output {
        None => {
            write_bytes(text.as_bytes());
        }
        Some(path) => {
            write_atomic(&path, text.as_bytes(), force)?;
            hint(&format!("已生成 {}", path.display()));
            // The skeleton's first line points editors at the schema beside it.
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
            let schema = dir.map_or_else(
                || PathBuf::from(gongwen::skeleton::SCHEMA_FILE),
                |d| d.join(gongwen::skeleton::SCHEMA_FILE),
            );
            let wanted = Document::json_schema() + "\n";
            let current = std::fs::read_to_string(&schema).ok();
            if current.as_deref() != Some(wanted.as_str()) {
                match write_atomic(&schema, wanted.as_bytes(), current.is_some() && force) {
                    Ok(()) => hint(&format!(
                        "已生成 {}（编辑器据此提示和检查各个键）",
                        schema.display()
                    )),
                    Err(e) if e.kind() == ErrorKind::Exists => detail(&format!(
                        "{} 已存在且内容不同，未覆盖（gongwen schema -o {} --force 可更新）",
                        schema.display(),
                        schema.display()
                    )),
                    Err(e) => return Err(e),
                }
            }
            hint(&format!(
                "下一步：按注释填写【待补】处，然后运行 gongwen render {}",
                path.display()
            ));
        }
    }
    Ok(())
}

/// The dates in `v` written as period names, with their data path and meaning.
fn period_names(v: &serde_json::Value, path: &mut String, out: &mut Vec<(String, String, String)>) {
    match v {
        serde_json::Value::String(s) => {
            if let Ok(d) = s.parse::<gongwen::Date>()
                && let Some(m) = d.meaning()
            {
                out.push((path.clone(), d.iso(), m));
            }
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                period_names(item, path, out);
                path.truncate(len);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                period_names(item, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// Whether an input line gives the 抄送 (`cc = "甲,乙"`, `cc: 甲;乙`, `"cc": ["甲,乙"]`) with a
/// half-width comma or semicolon between organs.
fn is_half_width_cc(line: &str) -> bool {
    let Some((key, value)) = line.split_once(['=', ':']) else {
        return false;
    };
    let key = key.trim().trim_matches(['"', '\'']);
    // In JSON a list goes on with a comma after each element: only commas inside quotes count.
    let quoted = value.split('"').skip(1).step_by(2).collect::<String>();
    let value = if value.contains('"') {
        quoted.as_str()
    } else {
        value
    };
    key == "cc" && value.contains([',', ';'])
}

/// Whether an input line gives 即日起 as a whole value (`start = "即日起"`, `start: 即日起`,
/// `"start": "即日起",`), not inside a sentence.
fn is_today_value(line: &str) -> bool {
    let Some((_, value)) = line.split_once(['=', ':']) else {
        return false;
    };
    let value = value
        .trim()
        .trim_end_matches(',')
        .trim()
        .trim_matches(['"', '\'']);
    matches!(value, "即日起" | "即日" | "自即日起")
}

/// Says so when an input file was read as GBK (saved by Notepad's ANSI or WPS), not UTF-8.
pub(crate) fn note_encoding(input: &Path, bytes: &[u8]) {
    if std::str::from_utf8(bytes).is_err() {
        eprintln!(
            "提示：{} 不是 UTF-8 编码，已按 GBK 读取。建议用记事本或 WPS“另存为”，编码选 UTF-8",
            input.display()
        );
    }
}

fn validate(input: &Path) -> Result<(), Error> {
    let doc = Document::from_path(input)?;
    let bytes = std::fs::read(input).unwrap_or_default();
    note_encoding(input, &bytes);
    // The input's text, decoded as the loader decoded it (UTF-8, else GBK), for the notes
    // below that point at its lines.
    let source = gongwen::Import::read_text(input).unwrap_or_default();
    // Dates written as period names (二季度, 上半年, 年底前): what they were read as.
    if let Ok(data) = serde_json::to_value(&doc) {
        let mut meanings = Vec::new();
        period_names(&data, &mut String::new(), &mut meanings);
        for (path, date, meaning) in meanings {
            eprintln!(
                "{}: 说明 [{path}]：“{date}”按 {meaning} 理解",
                input.display()
            );
        }
    }
    // 即日起 was read as the document's date: say so when a value (not prose) is 即日起.
    if let Some(date) = &doc.date
        && source.lines().any(is_today_value)
    {
        eprintln!("{}: 说明：“即日起”按成文日期 {date} 理解", input.display());
    }
    // 抄送机关 separated by half-width commas: read as separate organs and printed with
    // full-width ones; say so, at the line.
    if doc.record.as_ref().is_some_and(|r| !r.cc.is_empty()) {
        for (n, line) in source.lines().enumerate() {
            if is_half_width_cc(line) {
                eprintln!(
                    "{}:{}: 说明 [record.cc]：抄送机关之间的半角标点已按全角逗号“，”分隔印出\
                     （GB/T 9704 7.4.2）；可在输入文件中改为“、”或写成列表",
                    input.display(),
                    n + 1
                );
            }
        }
    }
    let problems = doc.validate();
    let left = doc.placeholders();
    let name = input.display();
    for p in &problems {
        eprintln!("{name}: {p}");
    }
    if !left.is_empty() {
        eprintln!(
            "{name}: 还有 {} 处【待补】没有填写（不妨碍生成，定稿前请逐一补全）：",
            left.len()
        );
        for p in &left {
            eprintln!("  待补 [{}]：{}", p.path, p.text);
        }
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    if errors > 0 {
        return Err(
            Error::new(ErrorKind::Invalid, format!("发现 {errors} 处错误"))
                .with_file(name.to_string()),
        );
    }
    if problems.is_empty() && left.is_empty() {
        hint(&format!("{name}：未发现问题，可以生成"));
    } else if !left.is_empty() {
        hint(&format!(
            "下一步：补全以上【待补】处，再运行 gongwen render {name}"
        ));
    }
    Ok(())
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
        outln!("{name}\t{note}");
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
    hint(&format!(
        "已导出 {} 个模板到 {}",
        builtin_template_names().count(),
        dir.display()
    ));
    hint(&format!(
        "下一步：修改其中的措辞，然后用 gongwen render 输入文件 --template-dir {}",
        dir.display()
    ));
    Ok(())
}
