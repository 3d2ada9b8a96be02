//! `gongwen keywords FILE [-n 10]`.

use std::path::Path;

use gongwen::keywords::{keywords, keywords_of_document};
use gongwen::{Document, Error, Format, Import};

pub(crate) const AFTER_HELP: &str = "\
文件：输入文件（.toml/.yaml/.yml/.json）、文本草稿（.txt，UTF-8 或 GBK）或 .docx。
按 TF-IDF 计算，“工作、加强、开展”之类的通用词不计，标题中的词和专题词（消防、禁毒、民生……）加权。
每行输出一个关键词和它的权重。

示例：
  gongwen keywords examples/fire_safety_plan.toml
  gongwen keywords 初稿.txt -n 5

生成 .docx 时，输入文件没有写 keywords 的，自动取前 5 个专题词写入文件属性（不载入分词词典）。";

pub(crate) fn run(input: &Path, n: usize) -> Result<(), Error> {
    let found = if Format::from_path(input).is_some() {
        keywords_of_document(&Document::from_path(input)?, n)
    } else {
        // A draft (.txt in any encoding the importer reads, or .docx), read as the importer
        // reads it.
        keywords(&Import::read_text(input)?, n)
    };
    if found.is_empty() {
        eprintln!("{}：没有找到关键词", input.display());
    }
    for k in found {
        outln!("{}\t{:.4}", k.word, k.weight);
    }
    Ok(())
}
