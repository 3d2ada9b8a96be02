//! `gongwen summarize PLAN [-o SUMMARY] [--force]`.

use std::path::{Path, PathBuf};

use gongwen::{Document, Error, write_atomic};

pub(crate) const AFTER_HELP: &str = "\
按计划或方案生成年终工作总结的输入文件骨架：每个工作目标、每个阶段、每个自定义章节各对应一项
“主要做法和成效”，需要填写事实的地方标有【待补：完成情况】；另有“存在的问题”和“下一步打算”的提示。
骨架可以直接生成 .docx；填写后用 gongwen check 查找还没填的【待补】。

示例：
  gongwen summarize 消防计划.toml -o 消防总结.toml
  gongwen summarize 方案.yaml -o 总结.yaml --force
  gongwen summarize 计划.toml                       不写 -o 时把 TOML 打印到屏幕";

pub(crate) fn run(input: &Path, output: Option<PathBuf>, force: bool) -> Result<(), Error> {
    let plan = Document::from_path(input)?;
    if plan.kind.is_summary() {
        eprintln!(
            "提醒：{} 已经是工作总结，仍按它的内容生成骨架",
            input.display()
        );
    }
    let summary = plan.summarize();
    let format = super::output_format(output.as_deref())?;
    let text = summary.to_string_in(format)?;
    match output {
        None => {
            super::write_bytes(text.as_bytes());
        }
        Some(path) => {
            write_atomic(&path, text.as_bytes(), force)?;
            super::hint(&format!("已生成 {}", path.display()));
            super::hint(&format!(
                "下一步：填写【待补】处，用 gongwen check {} 查漏，再用 gongwen render 生成 .docx",
                path.display()
            ));
        }
    }
    Ok(())
}
