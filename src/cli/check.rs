//! `gongwen check FILE [--format text|json]`.

use std::path::Path;

use gongwen::lint::{self, Level};
use gongwen::{Error, ErrorKind};

pub(crate) const AFTER_HELP: &str = "\
文件：输入文件（.toml/.yaml/.yml/.json，按数据路径报告，行号为文件中的行）、
      文本草稿（.txt 等，UTF-8 或 GBK，一行一段）、.docx（行号为段落序号，从 1 起）。

检查项（code）：
  placeholder          错误  占位符未替换：XX、××、某某某、*年、空着的年份（于年10月）、【待补】
  template_leftover    错误  模板标记残留：{{ }}、{% %}
  numbering_gap        错误  标题编号跳号、重复或不从一开始（一、二、四、）
  numbering_style_mix  提醒  同一层级混用 1. 与 1、
  halfwidth_punct      提醒  中文里夹用半角标点 , . : ; ( )
  repeated_word        提醒  词语重复（进一步进一步）
  date_order           错误  起止日期颠倒
  empty_section        提醒  标题下没有内容
  stock_phrase         提示  一句话里套话堆砌
  long_sentence        提示  句子超过150字
  plan_wording         提醒  总结里用了计划口吻（将、要、力争）
  summary_wording      提醒  计划里用了总结口吻（开展了、取得了）
  unassigned_unit      提醒  任务中的责任单位在职责分工中没有出现
  validation           错误/提醒  输入文件的其他校验问题

示例：
  gongwen check 方案.toml
  gongwen check 初稿.txt --format json
  gongwen check 终稿.docx

退出码：0 没有错误（可以有提醒和提示）；1 发现错误或文件无法读取；2 命令用法有误。
首次检查要载入分词词典，约需零点几秒。";

pub(crate) fn run(input: &Path, json: bool) -> Result<(), Error> {
    let found = lint::check_path(input)?;
    if json {
        let text = serde_json::to_string_pretty(&found)
            .map_err(|e| Error::new(ErrorKind::Write, format!("无法输出 JSON：{e}")))?;
        println!("{text}");
    } else if found.is_empty() {
        super::hint(&format!("{}：未发现问题", input.display()));
    } else {
        for d in &found {
            println!("{}:{d}", input.display());
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
