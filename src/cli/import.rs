//! `gongwen import`: pasted text or .docx → an input file (or an outline).

use std::path::{Path, PathBuf};

use gongwen::{Error, Import, write_atomic};

pub(super) const AFTER_HELP: &str = "\
读入从网页或 Word 复制出来的计划、方案或总结（纯文本 UTF-8 或 GBK/GB18030，也可直接读 .docx；
AI 助手写的 Markdown 草稿也可以，# 标题符号给出层级，** 和 - 等符号会去掉），
识别标题、主送机关、各级标题（一、（一）1.（1）① 第一阶段 一是 等）、署名和日期，
把各部分归入指导思想、工作目标、实施步骤、职责分工、工作要求、保障措施等，写成 gongwen render 能读的输入文件。
.docx 里的表格：附件中的表格读回成附件的表格，gongwen 生成的任务分工表读回成职责分工，实施步骤的表格
（阶段 | 时间 | 主要工作）读回成各阶段并照表格印出，正文某一节或某一条下带表头的表格（日程安排、比赛要求）
读回成这一节或这一条的表格；其余表格按行读成文字。
原文的每一句都保留在输出中（只删去“第1页共10页”“精选优质文档”之类的网页残留行，并逐行说明）；缺少的标题、署名、牵头单位、总结的做法和成效以【待补】占位，缺少的日期以今天的日期补上，并逐项说明。

示例：
  gongwen import 方案.txt                       在屏幕上打印 TOML
  gongwen import 方案.txt -o 方案.toml          写成 TOML（扩展名 .yaml/.json 则写成相应格式）
  gongwen import 总结.docx -o 总结.yaml --force
  gongwen import 草稿.md -o 方案.toml            Markdown 草稿
  gongwen import 去年方案.doc -o 方案.toml       旧版 Word / WPS 文件（本机装有 LibreOffice 时自动转换）
  gongwen import 方案.txt --outline             每个识别出的标题打印一行 JSON：行号、级别、编号、文字、类别
  gongwen import 方案.docx --timeline           每个时间节点打印一行 JSON：名称、起止日期（及原文写法）、所属阶段
  gongwen import 方案.txt --normalize-punct -o 方案.toml   中文里的半角标点改为全角，逐处列出

类别（kind）：guidance 指导思想，background 背景/基本情况，goals 工作目标，phases 实施步骤，
responsibilities 职责分工，requirements 工作要求，measures 保障措施/主要任务，achievements 做法和成效，
problems 存在的问题，next_steps 下一步打算，other 其他。";

pub(super) fn run(
    input: &Path,
    output: Option<PathBuf>,
    (outline, timeline): (bool, bool),
    force: bool,
    normalize_punct: bool,
) -> Result<(), Error> {
    let imp = if normalize_punct {
        let normalized = gongwen::import::normalize_punct(&Import::read_text(input)?);
        report_punct(input, &normalized.changes);
        Import::from_text(&normalized.text)
    } else if let Some(ext) = old_word_format(input) {
        // A .doc or .wps: LibreOffice saves it as .docx first, when installed.
        let docx = gongwen::pdf::convert_to_docx(input)?;
        super::hint(&format!(
            "{}：已用 LibreOffice 把 .{ext} 转成 .docx 再导入",
            input.display()
        ));
        Import::from_bytes(&docx, &input.display().to_string())?
    } else {
        Import::from_path(input)?
    };
    if outline {
        super::write_bytes(imp.outline_json().as_bytes());
    }
    if timeline {
        super::write_bytes(imp.timeline_json().as_bytes());
    }
    if (outline || timeline) && output.is_none() {
        return Ok(());
    }
    for (line, text) in &imp.removed {
        super::hint(&format!(
            "{}:{line}: 删去了“{text}”（网站附加的内容：页码、导航、发布信息、范文编号、图片名、自拟标题、重复印出的标题；标题上方的附件标识；或目录，正文里另有其中的标题。不是正文）",
            input.display()
        ));
    }
    for note in &imp.notes {
        super::hint(&format!("{}：{note}", input.display()));
    }
    let format = super::output_format(output.as_deref())?;
    let text = imp.document.to_string_in(format)?;
    match output {
        None => {
            super::write_bytes(text.as_bytes());
        }
        Some(path) => {
            write_atomic(&path, text.as_bytes(), force)?;
            super::hint(&format!(
                "已导入 {}：识别出 {} 个标题，文种为{}",
                input.display(),
                imp.outline.len(),
                imp.document.kind
            ));
            super::hint(&format!("已生成 {}", path.display()));
            super::hint(&format!(
                "下一步：核对标题、署名和日期（【待补】处），然后运行 gongwen render {}",
                path.display()
            ));
        }
    }
    Ok(())
}

/// How many marks `--normalize-punct` changed, of which kind, and where (each change on a
/// line of its own up to [`LISTED`], then a count).
fn report_punct(input: &Path, changes: &[gongwen::import::PunctChange]) {
    const LISTED: usize = 50;
    if changes.is_empty() {
        super::hint(&format!("{}：没有需要改为全角的半角标点", input.display()));
        return;
    }
    let mut kinds: Vec<(char, char, usize)> = Vec::new();
    for c in changes {
        match kinds.iter_mut().find(|k| k.0 == c.from && k.1 == c.to) {
            Some(k) => k.2 += 1,
            None => kinds.push((c.from, c.to, 1)),
        }
    }
    let summary: Vec<String> = kinds
        .iter()
        .map(|(a, b, n)| format!("{a} → {b} {n} 处"))
        .collect();
    super::hint(&format!(
        "{}：已把 {} 处半角标点改为全角（{}）：",
        input.display(),
        changes.len(),
        summary.join("，")
    ));
    for c in changes.iter().take(LISTED) {
        super::hint(&format!(
            "  第 {} 行第 {} 列：{} → {}",
            c.line, c.column, c.from, c.to
        ));
    }
    if changes.len() > LISTED {
        super::hint(&format!("  ……另有 {} 处", changes.len() - LISTED));
    }
}

/// An uploaded old Word or WPS file (named `name`), imported through LibreOffice; `None`
/// when `name` is not one.
pub(super) fn import_old_word(bytes: &[u8], name: &str) -> Option<Result<Import, Error>> {
    let file = Path::new(name).file_name()?;
    old_word_format(Path::new(file))?;
    Some((|| {
        let dir = tempfile::tempdir().map_err(|e| Error::io(Path::new(name), "创建临时目录", e))?;
        let path = dir.path().join(file);
        std::fs::write(&path, bytes).map_err(|e| Error::io(&path, "写入临时文件", e))?;
        // Messages name the file the writer uploaded, not the temporary copy.
        let docx = gongwen::pdf::convert_to_docx(&path).map_err(|e| e.with_file(name))?;
        Import::from_bytes(&docx, name)
    })())
}

/// The extension of an old Word or WPS file (`.doc`, `.wps`, `.rtf`, `.odt`), read only
/// through LibreOffice.
fn old_word_format(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    ["doc", "wps", "rtf", "odt"]
        .contains(&ext.as_str())
        .then_some(ext)
}
