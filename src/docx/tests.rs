//! Round-trip tests of the .docx writer: write, unzip, read the XML back.
//!
//! `GONGWEN_SAMPLE_OUT=/path/sample.docx cargo test sample_document` also writes the sample
//! plan to that path, for the checkers and for looking at it in LibreOffice.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use super::*;
use crate::blocks::{Row, Table};
use crate::layout::{LANDSCAPE_TEXT_WIDTH, TABLE_CELL_PADDING, TEXT_WIDTH};
use document::{column_widths, text_width};

fn h(level: u8, number: &str, text: &str) -> Block<'static> {
    Block::Heading {
        level,
        number: number.to_string(),
        text: text.to_string().into(),
        body: None,
    }
}

fn run_in(level: u8, number: &str, text: &str, body: &str) -> Block<'static> {
    Block::Heading {
        level,
        number: number.to_string(),
        text: text.to_string().into(),
        body: Some(body.to_string().into()),
    }
}

fn para(text: &str) -> Block<'static> {
    Block::Paragraph(text.to_string().into())
}

fn cells(c: [&str; 5]) -> Row<'static> {
    Row::Cells(c.iter().map(|s| s.to_string().into()).collect())
}

/// A realistic plan of about three pages plus a two-page annex, using every block kind.
pub(super) fn sample_blocks() -> Vec<Block<'static>> {
    let mut b = vec![
        Block::Title("滨江市2025年优化营商环境".into()),
        Block::Title("工作实施方案".into()),
        Block::Addressee("各区人民政府，市政府各部门：".into()),
        para(
            "为深入贯彻落实国家和省关于优化营商环境的决策部署，持续打造市场化、法治化、国际化一流营商环境，\
             进一步激发市场主体活力和社会创造力，结合我市实际，制定本方案。",
        ),
        h(1, "一、", "总体要求"),
        para(
            "坚持以市场主体需求为导向，以政府职能转变为核心，以数字化改革为牵引，对标国内先进城市，\
             聚焦企业全生命周期和项目建设全流程，推动营商环境各项指标持续改善，力争全年市场主体满意度达到百分之九十以上。",
        ),
        h(1, "二、", "主要目标"),
        run_in(
            2,
            "（一）",
            "政务服务更加便捷。",
            "企业开办时间压缩至1个工作日以内，政务服务事项网上可办率达到百分之九十八，\
             高频事项实现“一件事一次办”。",
        ),
        run_in(
            2,
            "（二）",
            "要素保障更加有力。",
            "工业项目用地实现“标准地”出让全覆盖，中小微企业融资成本稳中有降，\
             水电气网报装时间进一步压缩。",
        ),
        run_in(
            2,
            "（三）",
            "监管执法更加规范。",
            "全面推行“双随机、一公开”监管和包容审慎监管，涉企检查频次明显下降，\
             轻微违法行为依法不予处罚清单动态调整。",
        ),
        h(1, "三、", "重点任务"),
        h(2, "（一）", "深化政务服务改革"),
        h(3, "1.", "推进企业开办标准化。"),
        para(
            "整合市场监管、税务、社保、公积金、银行开户等环节，实行一表填报、一窗受理、并联审批，\
             免费为新开办企业刻制首套印章，推动电子营业执照和电子印章在更多场景中同步发放和应用。",
        ),
        h(3, "2.", "提升“一网通办”水平。"),
        h(4, "（1）", "完善网上办事平台。"),
        para(
            "优化市政务服务网和移动端办事入口，统一身份认证和电子证照调用，\
             推动高频事项申请材料减少百分之三十以上。",
        ),
        h(4, "（2）", "加强线下窗口建设。"),
        para(
            "推行综合窗口“无差别受理”，设立“办不成事”反映窗口，\
             对企业反映的疑难事项实行专人跟踪、限时办结。",
        ),
        h(2, "（二）", "强化要素支撑保障"),
        para(
            "建立重点项目要素保障清单，统筹用地、用能、用水指标向重点产业链项目倾斜，\
             深化“政银企”对接，扩大首贷、续贷和信用贷款投放，\
             探索建立中小企业应急转贷资金池，缓解企业资金周转压力。",
        ),
        h(2, "（三）", "规范市场监管执法"),
        para(
            "制定涉企行政检查事项清单，推行“综合查一次”，同一部门对同一企业的不同检查事项原则上一次完成，\
             全面落实行政执法公示、执法全过程记录和重大执法决定法制审核制度。",
        ),
        h(1, "四、", "保障措施"),
        run_in(
            2,
            "（一）",
            "加强组织领导。",
            "成立由市政府主要负责同志任组长的优化营商环境工作领导小组，定期研究解决重大问题，\
             各牵头单位要制定具体工作方案，明确时间表和路线图。",
        ),
        run_in(
            2,
            "（二）",
            "强化督查考核。",
            "将优化营商环境工作纳入年度综合考核，实行月调度、季通报、年度评估，\
             对工作推进不力、企业反映强烈的问题严肃问责。",
        ),
        run_in(
            2,
            "（三）",
            "营造良好氛围。",
            "及时总结推广典型经验做法，畅通企业诉求反映渠道，\
             形成全社会关心支持营商环境建设的良好局面。",
        ),
        h(1, "五、", "工作要求"),
        para(
            "各区、各部门要按照任务分工，于每季度末前将工作进展情况报送市优化营商环境工作领导小组办公室，\
             全年工作总结于12月15日前报送。",
        ),
        Block::Attachments(vec![
            "滨江市2025年优化营商环境重点任务分工表".into(),
            "滨江市优化营商环境工作联络员名单".into(),
        ]),
        Block::Signature("滨江市人民政府办公室".into()),
        Block::Date("2025年3月1日".into()),
        Block::Annex {
            label: "附件1".into(),
            title: "滨江市2025年优化营商环境重点任务分工表".into(),
        },
    ];
    let areas = [
        ("一、政务服务", "市政务服务管理办公室"),
        ("二、要素保障", "市发展和改革委员会"),
        ("三、监管执法", "市市场监督管理局"),
    ];
    let tasks = [
        [
            "推行企业开办一表填报、一窗受理，开办时间压缩至1个工作日以内",
            "推动高频政务服务事项“一件事一次办”",
            "完善“办不成事”反映窗口机制，疑难事项限时办结",
        ],
        [
            "建立重点项目要素保障清单，实行清单化管理",
            "开展“政银企”对接活动，扩大首贷、续贷和信用贷款投放",
            "推进工业项目“标准地”出让全覆盖",
        ],
        [
            "制定涉企行政检查事项清单，推行“综合查一次”",
            "动态调整轻微违法行为依法不予处罚清单",
            "落实行政执法公示和执法全过程记录制度",
        ],
    ];
    let mut rows = Vec::new();
    let mut n = 0;
    for ((area, lead), tasks) in areas.into_iter().zip(tasks) {
        rows.push(Row::Group(area.to_string().into()));
        for task in tasks {
            n += 1;
            rows.push(cells([
                &n.to_string(),
                task,
                lead,
                "各区人民政府，市有关部门",
                "2025年12月底前",
            ]));
        }
    }
    b.push(Block::Table(Table {
        wide: false,
        header: ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]
            .iter()
            .map(|&s| s.into())
            .collect(),
        rows,
    }));
    b.push(Block::Annex {
        label: "附件2".into(),
        title: "滨江市优化营商环境工作联络员名单".into(),
    });
    b.push(Block::Table(Table {
        wide: false,
        header: vec![
            "序号".into(),
            "单位".into(),
            "姓名".into(),
            "联系电话".into(),
        ],
        rows: vec![
            Row::Cells(vec![
                "1".into(),
                "市发展和改革委员会".into(),
                "张明".into(),
                "0571-12345678".into(),
            ]),
            Row::Cells(vec![
                "2".into(),
                "市市场监督管理局".into(),
                "李华".into(),
                "0571-87654321".into(),
            ]),
        ],
    }));
    b
}

fn meta() -> Meta<'static> {
    Meta {
        title: "滨江市2025年优化营商环境工作实施方案",
        creator: "滨江市人民政府办公室",
        keywords: "营商环境",
        description: "示例",
    }
}

/// Every part of the package, by name.
fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut parts = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        assert_eq!(f.compression(), zip::CompressionMethod::Deflated, "{name}");
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        parts.insert(name, s);
    }
    parts
}

/// One element as the tests see it: its qualified name, attributes, the names of its
/// ancestors and, for `w:t`, its text.
#[derive(Debug)]
struct El {
    name: String,
    attrs: BTreeMap<String, String>,
    path: Vec<String>,
    text: String,
}

/// The attributes of a start tag, by qualified name, values unescaped.
fn attr_map(e: &quick_xml::events::BytesStart<'_>) -> BTreeMap<String, String> {
    e.attributes()
        .map(|a| {
            let a = a.unwrap();
            (
                a.key.into_inner().to_string(),
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .unwrap()
                    .to_string(),
            )
        })
        .collect()
}

/// Every element of `xml`, in document order; panics on ill-formed XML.
fn elements(xml: &str) -> Vec<El> {
    let mut r = Reader::from_str(xml);
    let mut stack: Vec<String> = Vec::new();
    let mut out = Vec::new();
    loop {
        let ev = r.read_event().expect("well-formed XML");
        match &ev {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name().into_inner().to_string();
                let attrs = attr_map(e);
                out.push(El {
                    name: name.clone(),
                    attrs,
                    path: stack.clone(),
                    text: String::new(),
                });
                if matches!(ev, Event::Start(_)) {
                    stack.push(name);
                }
            }
            Event::End(_) => {
                stack.pop();
            }
            Event::Text(t) if stack.last().map(String::as_str) == Some("w:t") => {
                if let Some(el) = out.last_mut() {
                    el.text.push_str(t);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// A child of `w:body` (a paragraph, a table, the section properties) with every element in
/// it, itself first.
struct Child<'a> {
    els: &'a [El],
}

impl Child<'_> {
    fn name(&self) -> &str {
        &self.els[0].name
    }

    fn is_paragraph(&self) -> bool {
        self.name() == "w:p"
    }

    fn is_table(&self) -> bool {
        self.name() == "w:tbl"
    }

    /// The text of its runs.
    fn text(&self) -> String {
        self.els.iter().map(|e| e.text.as_str()).collect()
    }

    fn find(&self, name: &str) -> Vec<&El> {
        self.els.iter().filter(|e| e.name == name).collect()
    }

    fn has(&self, name: &str) -> bool {
        self.els.iter().any(|e| e.name == name)
    }

    fn page_breaks(&self) -> usize {
        self.find("w:br")
            .iter()
            .filter(|e| attr(e, "w:type") == "page")
            .count()
    }

    /// A paragraph with no text and no page break.
    fn is_empty_paragraph(&self) -> bool {
        self.is_paragraph() && self.text().is_empty() && self.page_breaks() == 0
    }

    /// The style of a paragraph (the first `w:pStyle`, which for a table is its first
    /// paragraph's).
    fn style(&self) -> &str {
        self.find("w:pStyle")
            .first()
            .map(|e| attr(e, "w:val"))
            .unwrap_or("")
    }

    /// An annex frame: a table of one column as wide as the 版心.
    fn is_frame(&self) -> bool {
        let cols = self.find("w:gridCol");
        self.is_table() && cols.len() == 1 && attr(cols[0], "w:w") == "8845"
    }
}

/// The children of `w:body` in `els` (the elements of a document.xml), in order.
fn body_children(els: &[El]) -> Vec<Child<'_>> {
    let starts: Vec<usize> = els
        .iter()
        .enumerate()
        .filter(|(_, e)| e.path == ["w:document", "w:body"])
        .map(|(i, _)| i)
        .collect();
    starts
        .iter()
        .enumerate()
        .map(|(n, &start)| {
            let end = starts.get(n + 1).copied().unwrap_or(els.len());
            Child {
                els: &els[start..end],
            }
        })
        .collect()
}

fn find<'a>(els: &'a [El], name: &str) -> Vec<&'a El> {
    els.iter().filter(|e| e.name == name).collect()
}

fn attr<'a>(e: &'a El, key: &str) -> &'a str {
    e.attrs.get(key).map(String::as_str).unwrap_or("")
}

/// The four font slots of an `rFonts` element, if it names all four with one font.
fn four_slots(e: &quick_xml::events::BytesStart<'_>) -> Option<String> {
    let attrs = attr_map(e);
    let east = attrs.get("w:eastAsia")?;
    ["w:ascii", "w:hAnsi", "w:cs"]
        .iter()
        .all(|k| attrs.get(*k) == Some(east))
        .then(|| east.clone())
}

/// The font of each paragraph style in `styles.xml` that names all four slots.
fn style_fonts(styles: &str) -> BTreeMap<String, String> {
    let mut r = Reader::from_str(styles);
    let (mut out, mut id) = (BTreeMap::new(), None::<String>);
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) if e.name().into_inner() == "w:style" => {
                id = attr_map(&e).remove("w:styleId");
            }
            Event::Start(e) | Event::Empty(e) if e.name().into_inner() == "w:rFonts" => {
                if let (Some(id), Some(f)) = (&id, four_slots(&e)) {
                    out.insert(id.clone(), f);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

/// Each run of `xml` as (its text, the font it is set in, whether the run names it itself):
/// the run's own `rFonts` (which must name all four slots), else its paragraph style's.
/// A run whose font cannot be resolved has font "?".
fn run_fonts(xml: &str, styles: &BTreeMap<String, String>) -> Vec<(String, String, bool)> {
    let mut r = Reader::from_str(xml);
    let mut runs = Vec::new();
    let (mut style, mut own, mut text) = (String::new(), None::<Option<String>>, String::new());
    let (mut in_run, mut in_t) = (false, false);
    loop {
        match r.read_event().unwrap() {
            Event::Start(e) | Event::Empty(e) if e.name().into_inner() == "w:pStyle" => {
                style = attr_map(&e).remove("w:val").unwrap_or_default();
            }
            Event::Start(e) if e.name().into_inner() == "w:p" => style.clear(),
            Event::Start(e) if e.name().into_inner() == "w:r" => {
                (in_run, own, text) = (true, None, String::new());
            }
            Event::Start(e) | Event::Empty(e) if in_run && e.name().into_inner() == "w:rFonts" => {
                own = Some(four_slots(&e));
            }
            Event::Start(e) if e.name().into_inner() == "w:t" => in_t = true,
            Event::End(e) if e.name().into_inner() == "w:t" => in_t = false,
            Event::Text(t) if in_t => text.push_str(&t),
            Event::End(e) if e.name().into_inner() == "w:r" => {
                let (font, named) = match &own {
                    Some(f) => (f.clone().unwrap_or_else(|| "?".into()), true),
                    None => (
                        styles.get(&style).cloned().unwrap_or_else(|| "?".into()),
                        false,
                    ),
                };
                runs.push((text.clone(), font, named));
                in_run = false;
            }
            Event::Eof => break,
            _ => {}
        }
    }
    runs
}

fn write(blocks: &[Block]) -> Vec<u8> {
    write_docx(blocks, &Fonts::default(), &meta()).expect("written")
}

#[test]
fn page_setup_grid_and_section() {
    let parts = unzip(&write(&sample_blocks()));
    let doc = elements(&parts["word/document.xml"]);
    let pg_sz = find(&doc, "w:pgSz")[0];
    assert_eq!((attr(pg_sz, "w:w"), attr(pg_sz, "w:h")), ("11906", "16838"));
    let m = find(&doc, "w:pgMar")[0];
    assert_eq!(
        ["w:top", "w:bottom", "w:left", "w:right", "w:footer"].map(|k| attr(m, k)),
        ["2098", "1984", "1587", "1474", "1440"]
    );
    let grid = find(&doc, "w:docGrid")[0];
    assert_eq!(attr(grid, "w:type"), "lines");
    assert_eq!(attr(grid, "w:linePitch"), "579");
    assert!(!grid.attrs.contains_key("w:charSpace"));
    // footer references come first in sectPr (schema order)
    let sect: Vec<&str> = doc
        .iter()
        .filter(|e| e.path.last().map(String::as_str) == Some("w:sectPr"))
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        sect,
        [
            "w:footerReference",
            "w:footerReference",
            "w:pgSz",
            "w:pgMar",
            "w:cols",
            "w:docGrid"
        ]
    );
    let refs: Vec<&str> = find(&doc, "w:footerReference")
        .iter()
        .map(|e| attr(e, "w:type"))
        .collect();
    assert_eq!(refs, ["default", "even"]);
    assert!(parts["word/settings.xml"].contains("<w:evenAndOddHeaders"));
}

#[test]
fn every_run_has_all_four_font_slots_and_names_them_only_where_its_style_does_not() {
    let fonts = Fonts::default();
    let parts = unzip(&write(&sample_blocks()));
    let by_style = style_fonts(&parts["word/styles.xml"]);
    for part in ["word/document.xml", "word/footer1.xml", "word/footer2.xml"] {
        let runs = run_fonts(&parts[part], &by_style);
        assert!(runs.len() > 3, "{part}");
        for (text, font, named) in &runs {
            assert_ne!(
                font, "?",
                "{part}: run {text:?} has no font with all four slots"
            );
            if *named {
                // only run-in headings of levels 1 and 2 differ from their body paragraph
                assert!(
                    [&fonts.heading1, &fonts.heading2].contains(&font),
                    "{part}: run {text:?} names {font} without need"
                );
            }
        }
    }
    let runs = run_fonts(&parts["word/document.xml"], &by_style);
    let font_of = |t: &str| runs.iter().find(|r| r.0 == t).map(|r| r.1.clone());
    assert_eq!(
        font_of("一、总体要求").as_deref(),
        Some(fonts.heading1.as_str())
    );
    assert_eq!(
        font_of("（一）深化政务服务改革").as_deref(),
        Some(fonts.heading2.as_str())
    );
    assert_eq!(font_of("附件1").as_deref(), Some(fonts.heading1.as_str()));
    assert_eq!(
        font_of("2025年3月1日").as_deref(),
        Some(fonts.body.as_str())
    );
    // a run-in heading in a body paragraph names its own font
    let run_in = runs
        .iter()
        .find(|r| r.0 == "（一）政务服务更加便捷。")
        .unwrap();
    assert_eq!(
        (run_in.1.as_str(), run_in.2),
        (fonts.heading2.as_str(), true)
    );
    let styles = elements(&parts["word/styles.xml"]);
    let ours: Vec<&El> = find(&styles, "w:style")
        .into_iter()
        .filter(|s| attr(s, "w:styleId").starts_with("Gw"))
        .collect();
    assert!(ours.len() >= 15, "{}", ours.len());
    let fonts = find(&styles, "w:rFonts");
    // one per Gw style plus docDefaults
    assert_eq!(fonts.len(), ours.len() + 1);
    for f in fonts {
        for slot in ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"] {
            assert!(!attr(f, slot).is_empty(), "{f:?}");
        }
    }
}

#[test]
fn styles_carry_the_layout() {
    let parts = unzip(&write(&sample_blocks()));
    let xml = &parts["word/styles.xml"];
    let styles = elements(xml);
    let style_of = |id: &str| -> Vec<&El> {
        // the elements between this style's start and the next style
        let start = styles
            .iter()
            .position(|e| e.name == "w:style" && attr(e, "w:styleId") == id)
            .unwrap_or_else(|| panic!("style {id}"));
        styles[start + 1..]
            .iter()
            .take_while(|e| e.name != "w:style")
            .collect()
    };
    let val = |els: &[&El], name: &str, key: &str| -> String {
        els.iter()
            .find(|e| e.name == name)
            .map(|e| attr(e, key).to_string())
            .unwrap_or_default()
    };
    let body = style_of("GwBody");
    assert_eq!(val(&body, "w:name", "w:val"), "公文正文");
    assert_eq!(val(&body, "w:rFonts", "w:eastAsia"), "仿宋_GB2312");
    assert_eq!(val(&body, "w:sz", "w:val"), "32");
    assert_eq!(val(&body, "w:ind", "w:firstLine"), "640");
    assert_eq!(val(&body, "w:ind", "w:firstLineChars"), "200");
    assert_eq!(val(&body, "w:jc", "w:val"), "both");
    assert!(["0", "false"].contains(&val(&body, "w:widowControl", "w:val").as_str()));
    let spacing: Vec<&&El> = body
        .iter()
        .filter(|e| e.name == "w:spacing" && e.path.last().unwrap() == "w:rPr")
        .collect();
    assert_eq!(attr(spacing[0], "w:val"), "-5");
    let title = style_of("GwTitle");
    assert_eq!(val(&title, "w:sz", "w:val"), "44");
    assert_eq!(val(&title, "w:jc", "w:val"), "center");
    assert!(["0", "false"].contains(&val(&title, "w:snapToGrid", "w:val").as_str()));
    assert_eq!(val(&title, "w:rFonts", "w:ascii"), "方正小标宋简体");
    for (id, lvl, f) in [
        ("GwHeading1", "0", "黑体"),
        ("GwHeading2", "1", "楷体_GB2312"),
        ("GwHeading3", "2", "仿宋_GB2312"),
        ("GwHeading4", "3", "仿宋_GB2312"),
    ] {
        let s = style_of(id);
        assert_eq!(val(&s, "w:outlineLvl", "w:val"), lvl, "{id}");
        assert_eq!(val(&s, "w:rFonts", "w:eastAsia"), f, "{id}");
        assert!(
            !s.iter().any(|e| e.name == "w:keepNext"),
            "{id}: set per paragraph"
        );
    }
    // no style of ours is called Normal, and no style pPr holds an rPr
    assert_eq!(xml.matches("w:styleId=\"Normal\"").count(), 1); // docx-rs's bare one
    assert!(
        !styles
            .iter()
            .any(|e| e.name == "w:rPr" && e.path.last().map(String::as_str) == Some("w:pPr"))
    );
}

#[test]
fn footers_hold_a_page_field_between_dashes() {
    let parts = unzip(&write(&sample_blocks()));
    for (part, jc, side) in [
        ("word/footer1.xml", "right", "w:right"),
        ("word/footer2.xml", "left", "w:left"),
    ] {
        let xml = &parts[part];
        let els = elements(xml);
        assert_eq!(attr(find(&els, "w:jc")[0], "w:val"), jc, "{part}");
        assert_eq!(attr(find(&els, "w:ind")[0], side), "280", "{part}");
        let kinds: Vec<&str> = find(&els, "w:fldChar")
            .iter()
            .map(|e| attr(e, "w:fldCharType"))
            .collect();
        assert_eq!(kinds, ["begin", "separate", "end"], "{part}");
        assert!(xml.contains(">PAGE<"), "{part}");
        assert!(
            xml.contains(">— <") && xml.contains("> —<"),
            "{part}: {xml}"
        );
        for f in find(&els, "w:rFonts") {
            assert_eq!(attr(f, "w:ascii"), "宋体");
            assert_eq!(attr(f, "w:eastAsia"), "宋体");
        }
    }
    let styles = &parts["word/styles.xml"];
    assert!(styles.contains("w:styleId=\"GwFooter\""));
}

#[test]
fn tables_have_header_rows_group_spans_and_full_width() {
    let parts = unzip(&write(&sample_blocks()));
    let els = elements(&parts["word/document.xml"]);
    let kids = body_children(&els);
    // two data tables; the annexes hold no text of their own, so no frames
    assert_eq!(kids.iter().filter(|c| c.is_table()).count(), 2);
    let tables: Vec<&Child> = kids
        .iter()
        .filter(|c| c.is_table() && !c.is_frame())
        .collect();
    assert_eq!(tables.len(), 2);
    assert_eq!(find(&els, "w:tblHeader").len(), 2);
    for t in &tables {
        assert_eq!(t.find("w:tblHeader").len(), 1);
        assert_eq!(attr(t.find("w:tblW")[0], "w:w"), "8845");
        let borders = t.find("w:insideH");
        assert!(borders.iter().all(|e| attr(e, "w:val") == "single"));
    }
    let spans = tables[0].find("w:gridSpan");
    assert_eq!(spans.len(), 3);
    assert!(spans.iter().all(|e| attr(e, "w:val") == "5"));
    let grid = |t: &Child| -> Vec<i32> {
        t.find("w:gridCol")
            .iter()
            .map(|e| attr(e, "w:w").parse::<i32>().unwrap())
            .collect()
    };
    // Sized to the content: the 序号 column narrowest, the task widest; the grid and the
    // cells agree (WPS lays a table out from its grid).
    let g = grid(tables[0]);
    assert_eq!(g.iter().sum::<i32>(), 8845);
    assert!(
        g[0] == *g.iter().min().unwrap() && g[1] == *g.iter().max().unwrap(),
        "{g:?}"
    );
    let first_row: Vec<i32> = tables[0].find("w:tcW")[..5]
        .iter()
        .map(|e| attr(e, "w:w").parse::<i32>().unwrap())
        .collect();
    assert_eq!(first_row, g);
    assert_eq!(grid(tables[1]).iter().sum::<i32>(), 8845);
}

#[test]
fn annexes_start_new_pages_after_the_signature() {
    let parts = unzip(&write(&sample_blocks()));
    let els = elements(&parts["word/document.xml"]);
    let kids = body_children(&els);
    let date = kids
        .iter()
        .position(|c| c.is_paragraph() && c.text() == "2025年3月1日")
        .expect("the date paragraph");
    // The signature block ends the main text: the next paragraph is the first annex's label,
    // which starts the new page itself; no paragraph holding only a page break stands after
    // the date (it would be read as part of the signature block).
    assert_eq!(kids[date + 1].text(), "附件1");
    let labels: Vec<usize> = (0..kids.len())
        .filter(|&i| kids[i].is_paragraph() && kids[i].style() == "GwAnnexLabel")
        .collect();
    assert_eq!(labels.len(), 2);
    for (n, &i) in labels.iter().enumerate() {
        let label = &kids[i];
        assert_eq!(label.text(), format!("附件{}", n + 1));
        assert!(
            label.has("w:pageBreakBefore"),
            "annex {n} starts a new page"
        );
        assert_eq!(kids[i + 1].style(), "GwAnnexTitle");
        // the annex's table follows its title directly
        assert!(kids[i + 2].is_table() && kids[i + 2].has("w:tblHeader"));
    }
    assert!(!parts["word/document.xml"].contains("GwPageBreak\""));
    let breaks: usize = kids.iter().map(Child::page_breaks).sum();
    assert_eq!(breaks, 0, "annexes start pages by pageBreakBefore");
    assert!(!parts["word/styles.xml"].contains("pageBreakBefore"));
    for pair in kids.windows(2) {
        assert!(!(pair[0].is_empty_paragraph() && pair[1].is_empty_paragraph()));
    }
    // the body ends with the last table and a paragraph of one point (Word would add a
    // paragraph of a full line, which can make a blank page), then the section properties
    let n = kids.len();
    assert_eq!(kids[n - 1].name(), "w:sectPr");
    assert!(kids[n - 2].is_empty_paragraph());
    assert!(
        parts["word/document.xml"]
            .contains("<w:spacing w:line=\"20\" w:lineRule=\"exact\" /></w:pPr></w:p><w:sectPr>"),
        "the last paragraph is one point high"
    );
    assert!(kids[n - 3].is_table());
}

#[test]
fn a_long_annex_title_breaks_by_meaning_at_the_width_of_its_page() {
    // 23 characters: two lines on a portrait page (20 fit), one on a landscape one.
    let long = "滨江镇2025年消防安全宣传教育工作计划任务分工表";
    let table = |wide| {
        Block::Table(Table {
            wide,
            header: vec!["甲".into(), "乙".into()],
            rows: vec![Row::Cells(vec!["1".into(), "2".into()])],
        })
    };
    let blocks = vec![
        Block::Title("标题".into()),
        para("正文。"),
        Block::Annex {
            label: "附件1".into(),
            title: long.into(),
        },
        table(false),
        Block::Annex {
            label: "附件2".into(),
            title: long.into(),
        },
        table(true),
    ];
    let xml = &unzip(&write(&blocks))["word/document.xml"];
    let els = elements(xml);
    let kids = body_children(&els);
    let titles: Vec<&Child> = kids
        .iter()
        .filter(|c| c.is_paragraph() && c.style() == "GwAnnexTitle")
        .collect();
    assert_eq!(titles.len(), 2);
    assert_eq!(
        titles[0].text(),
        "滨江镇2025年消防安全宣传教育工作计划任务分工表"
    );
    assert!(
        xml.contains("<w:t>滨江镇2025年消防安全宣传教育</w:t><w:br w:type=\"textWrapping\" /><w:t>工作计划任务分工表</w:t>"),
        "portrait: broken before 工作计划"
    );
    assert!(
        xml.contains(&format!("<w:t>{long}</w:t>")),
        "landscape: one line"
    );
}

#[test]
fn annex_text_flows_in_frames_with_its_own_styles() {
    let blocks = vec![
        Block::Title("标题".into()),
        para("正文。"),
        Block::Signature("某局".into()),
        Block::Date("2025年3月1日".into()),
        Block::Annex {
            label: "附件".into(),
            title: "安排".into(),
        },
        h(1, "一、", "要求"),
        para("附件正文。"),
        Block::PageBreak,
        para("新的一页。"),
        Block::Table(Table {
            wide: false,
            header: vec!["甲".into(), "乙".into()],
            rows: vec![Row::Cells(vec!["1".into(), "2".into()])],
        }),
        para("表后说明。"),
    ];
    let parts = unzip(&write(&blocks));
    let els = elements(&parts["word/document.xml"]);
    let kids = body_children(&els);
    let shape: Vec<&str> = kids
        .iter()
        .map(|c| match () {
            _ if c.is_frame() => "frame",
            _ if c.is_table() => "table",
            _ if c.page_breaks() > 0 => "break",
            _ if c.is_empty_paragraph() => "empty",
            _ if c.is_paragraph() => "text",
            _ => "sectPr",
        })
        .collect();
    assert_eq!(
        shape,
        [
            "text", "text", "text", "text", // title, body, signature, date
            "text", "text", "frame", // 附件: label (new page), title, then heading and text
            "break", "frame", // the @pagebreak: a new frame on a new page
            "empty", "table", "empty", "frame", // text after a table: a frame of its own
            "sectPr",
        ]
    );
    assert_eq!(kids[4].style(), "GwAnnexLabel");
    assert!(kids[4].has("w:pageBreakBefore"));
    assert_eq!(kids[5].style(), "GwAnnexTitle");
    let first = &kids[6];
    let styles: Vec<&str> = first
        .find("w:pStyle")
        .iter()
        .map(|e| attr(e, "w:val"))
        .collect();
    assert_eq!(styles, ["GwHeading1", "GwBody"]);
    assert_eq!(first.text(), "一、要求附件正文。");
    assert_eq!(kids[8].text(), "新的一页。");
    assert_eq!(kids[8].style(), "GwBody");
    assert_eq!(kids[12].text(), "表后说明。");
    // the frames are invisible: no borders, no padding, one row that may break across pages,
    // as wide as the 版心, cells aligned to the top (the default, no vAlign)
    for f in kids.iter().filter(|c| c.is_frame()) {
        let borders: Vec<&El> = f
            .els
            .iter()
            .filter(|e| e.path.last().map(String::as_str) == Some("w:tblBorders"))
            .collect();
        assert_eq!(borders.len(), 6);
        assert!(
            borders.iter().all(|e| attr(e, "w:val") == "nil"),
            "{borders:?}"
        );
        assert!(!f.has("w:tcBorders"));
        let margins: Vec<&El> = f
            .els
            .iter()
            .filter(|e| e.path.last().map(String::as_str) == Some("w:tblCellMar"))
            .collect();
        assert_eq!(margins.len(), 4);
        assert!(margins.iter().all(|e| attr(e, "w:w") == "0"), "{margins:?}");
        assert_eq!(attr(f.find("w:tblW")[0], "w:w"), "8845");
        assert_eq!(f.find("w:tr").len(), 1);
        assert!(!f.has("w:tblHeader") && !f.has("w:cantSplit"));
        assert!(!f.has("w:vAlign"));
    }
}

#[test]
fn core_properties_are_ours_and_escaped() {
    let m = Meta {
        title: "关于<A&B>的“方案”\u{1}",
        creator: "某局",
        keywords: "",
        description: "x'y\"z",
    };
    let parts = unzip(&write_docx(&[Block::Title("t".into())], &Fonts::default(), &m).unwrap());
    let core = &parts["docProps/core.xml"];
    let els = elements(core);
    assert_eq!(find(&els, "dc:title").len(), 1);
    assert!(
        core.contains("<dc:title>关于&lt;A&amp;B&gt;的“方案”</dc:title>"),
        "{core}"
    );
    assert!(core.contains("<dc:creator>某局</dc:creator>"));
    assert!(!core.contains("cp:keywords"));
    assert!(!core.contains("dcterms:created"));
}

#[test]
fn output_is_deterministic() {
    let a = write(&sample_blocks());
    // something else built in between must not change ids or dates
    let _ = write(&[Block::Paragraph("别的文件".into())]);
    let _ = docx_rs::Paragraph::new();
    let b = write(&sample_blocks());
    assert!(a == b, "two writes differ");
    let c = std::thread::spawn(|| write(&sample_blocks()))
        .join()
        .unwrap();
    assert!(a == c, "a write on another thread differs");
}

#[test]
fn control_characters_and_markup_in_text_stay_parseable() {
    let nasty =
        "A<&>\"'\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}\u{D7FF}\u{E000}😀\ttab\r\nline\rcr";
    let blocks = vec![
        Block::Title(nasty.into()),
        Block::Addressee(nasty.into()),
        run_in(1, "一、", nasty, nasty),
        para(nasty),
        Block::Attachments(vec![nasty.into(), nasty.into()]),
        Block::Signature(nasty.into()),
        Block::Date(nasty.into()),
        Block::Annex {
            label: nasty.into(),
            title: nasty.into(),
        },
        Block::Table(Table {
            wide: false,
            header: vec![nasty.into()],
            rows: vec![Row::Group(nasty.into()), Row::Cells(vec![nasty.into()])],
        }),
    ];
    let m = Meta {
        title: nasty,
        creator: nasty,
        keywords: nasty,
        description: nasty,
    };
    let fonts = Fonts {
        body: format!("仿宋{nasty}"),
        ..Fonts::default()
    };
    let parts = unzip(&write_docx(&blocks, &fonts, &m).unwrap());
    for (name, xml) in &parts {
        elements(xml); // panics on ill-formed XML
        for c in xml.chars() {
            assert!(
                matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..),
                "{name}: U+{:04X}",
                c as u32
            );
        }
    }
    let doc = &parts["word/document.xml"];
    assert!(doc.contains("A&lt;&amp;&gt;"), "markup escaped");
    assert!(doc.contains("😀 tab"), "tab became a space");
    let brs = find(&elements(doc), "w:br")
        .iter()
        .filter(|e| attr(e, "w:type") == "textWrapping")
        .count();
    assert!(brs >= 2, "line breaks kept");
    assert!(parts["docProps/core.xml"].contains("A&lt;&amp;&gt;"));
}

#[test]
fn page_breaks_and_paragraph_kinds() {
    let blocks = vec![
        Block::Title("标题".into()),
        para("一段。"),
        Block::PageBreak,
        para("新页。"),
        Block::PageBreak,
        Block::Table(Table {
            wide: false,
            header: vec!["甲".into(), "乙".into()],
            rows: vec![],
        }),
    ];
    let parts = unzip(&write(&blocks));
    let doc = &parts["word/document.xml"];
    assert_eq!(doc.matches("<w:pageBreakBefore").count(), 1);
    assert_eq!(doc.matches("w:type=\"page\"").count(), 1);
    // no two empty paragraphs in a row anywhere
    assert!(
        !doc.contains(
            "</w:p><w:p><w:pPr><w:pStyle w:val=\"GwTableText\"/></w:pPr></w:p><w:p><w:pPr>"
        )
    );
}

#[test]
fn signature_is_centred_over_the_date() {
    // 滨江市人民政府办公室: 10 em = 3200; 2025年3月1日: 4+1+1 digits half, 3 full = 1920
    assert_eq!(text_width("滨江市人民政府办公室"), 3200);
    assert_eq!(text_width("2025年3月1日"), 1920);
    let blocks = vec![
        Block::Signature("滨江市人民政府办公室".into()),
        Block::Date("2025年3月1日".into()),
    ];
    let parts = unzip(&write(&blocks));
    let doc = elements(&parts["word/document.xml"]);
    let inds = find(&doc, "w:ind");
    // centre of the date: 1280 + 960 = 2240 from the margin; signature: 2240 - 1600 = 640
    assert_eq!(attr(inds[0], "w:right"), "640");
}

fn table_of<'a>(header: &[&'a str], rows: &[&[&'a str]]) -> Table<'a> {
    Table {
        wide: false,
        header: header.iter().map(|&h| h.into()).collect(),
        rows: rows
            .iter()
            .map(|r| Row::Cells(r.iter().map(|&c| c.into()).collect()))
            .collect(),
    }
}

#[test]
fn column_widths_always_fill_the_width() {
    let long = "非常长的单位名称".repeat(6);
    for n in 1..=9 {
        let header: Vec<&str> = vec!["列名"; n];
        let short: Vec<&str> = vec!["甲"; n];
        let wide: Vec<&str> = vec![long.as_str(); n];
        let unbreakable: Vec<&str> = vec!["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"; n];
        for rows in [
            &[][..],
            &[&short[..]][..],
            &[&wide[..]][..],
            &[&unbreakable[..]][..],
        ] {
            for (total, em) in [(TEXT_WIDTH.0, 315), (LANDSCAPE_TEXT_WIDTH.0, 240)] {
                let w = column_widths(&table_of(&header, rows), total, em);
                assert_eq!(w.len(), n);
                assert_eq!(w.iter().sum::<i32>(), total, "{n} columns");
                assert!(w.iter().all(|&x| x > 0), "{w:?}");
            }
        }
    }
}

#[test]
fn column_widths_follow_the_content() {
    let t = table_of(
        &["序号", "工作任务", "牵头单位", "完成时限"],
        &[
            &[
                "1",
                "开展重点群体职业技能培训，全年培训四千人次，取证率不低于百分之七十",
                "区人社局",
                "2025年11月30日前",
            ],
            &[
                "2",
                "建设就业服务站十五个，城镇新增就业八千五百人",
                "区人社局",
                "2025年9月底前",
            ],
        ],
    );
    let w = column_widths(&t, LANDSCAPE_TEXT_WIDTH.0, 240);
    // 序号 stays narrow, the task gets the most, and a deadline is kept on one line.
    assert!(w[0] < w[2] && w[2] < w[1], "{w:?}");
    assert!(w[1] > w.iter().sum::<i32>() / 2, "{w:?}");
    let deadline = crate::chinese::measure("2025年11月30日前").longest_line as i32 * 240 / 4;
    assert!(w[3] - 2 * TABLE_CELL_PADDING.0 >= deadline, "{w:?}");
    // A table whose text fits is widened in proportion to it, still filling the width.
    let small = table_of(&["职务", "姓名"], &[&["组长", "张某"]]);
    let w = column_widths(&small, TEXT_WIDTH.0, 315);
    assert_eq!(w.iter().sum::<i32>(), TEXT_WIDTH.0);
}

/// A column of short cells (stages' names) keeps each whole beside a column of long text;
/// in a column where one cell is long, the short ones may break like the rest.
#[test]
fn a_column_of_short_cells_keeps_them_whole() {
    let long = "召开动员会议，制定实施方案，明确各单位任务分工，建立工作台账并按月通报进度。";
    let rows: [&[&str]; 3] = [
        &["准备阶段", "2026年4月", long],
        &["组织实施阶段", "2026年5月", long],
        &["总结检查阶段", "2026年6月", long],
    ];
    let t = table_of(&["阶段", "时间", "主要工作"], &rows);
    let w = column_widths(&t, TEXT_WIDTH.0, 315);
    let name = crate::chinese::measure("组织实施阶段").longest_line as i32 * 315 / 4;
    assert!(w[0] - 2 * TABLE_CELL_PADDING.0 >= name, "{w:?}");
    assert!(w[2] > w[0] && w[2] > w[1], "{w:?}");
}

#[test]
fn clean_text_keeps_legal_characters_only() {
    assert_eq!(clean_text("a\u{0}b\tc\r\nd\re\u{FFFE}"), "ab c\nd\ne");
    assert_eq!(clean_line("a\nb"), "a b");
    assert_eq!(clean_text("😀\u{10FFFF}"), "😀\u{10FFFF}");
}

#[test]
fn sample_document() {
    let bytes = write(&sample_blocks());
    let parts = unzip(&bytes);
    assert!(
        parts["docProps/core.xml"]
            .contains("<dc:title>滨江市2025年优化营商环境工作实施方案</dc:title>")
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sample.docx");
    std::fs::write(&path, &bytes).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 1000);
    if let Ok(out) = std::env::var("GONGWEN_SAMPLE_OUT") {
        std::fs::write(&out, &bytes).unwrap();
        // The same plan without its annexes, a shorter document to look at.
        let body: Vec<Block> = sample_blocks()
            .into_iter()
            .take_while(|b| !matches!(b, Block::Annex { .. }))
            .collect();
        std::fs::write(out.replace(".docx", "-no-annex.docx"), write(&body)).unwrap();
    }
}

#[test]
fn headings_keep_with_their_content_but_list_items_do_not_chain() {
    use super::document::keeps_with_next;
    assert!(keeps_with_next(1, Some(&para("正文"))));
    assert!(keeps_with_next(1, Some(&h(2, "（一）", "下级"))));
    assert!(!keeps_with_next(3, Some(&h(3, "2.", "同级条目"))));
    assert!(!keeps_with_next(3, Some(&h(2, "（二）", "上级"))));
    assert!(!keeps_with_next(2, None));
}

/// Text that exercises every cleaning and escaping rule.
const HOSTILE: [&str; 9] = [
    "A<&>\"'\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{FFFE}\u{FFFF}\u{D7FF}\u{E000}😀\ttab\r\nline\rcr",
    "",
    "\n",
    "\r\n\r\n",
    "末尾换行\n",
    "\u{FFFE}",
    "&amp; 已转义 &lt;b&gt; ]]> <![CDATA[x]]>",
    "\u{7F}\u{80}\u{9F}\u{85}\u{2028}\u{FEFF}\u{10FFFF}",
    "  前后空格  ",
];

fn hostile_blocks(t: &str) -> Vec<Block<'_>> {
    vec![
        Block::Title(t.into()),
        Block::Title(t.into()),
        Block::Addressee(t.into()),
        h(1, t, t),
        run_in(2, t, t, t),
        h(0, "", t),
        h(9, t, ""),
        run_in(4, "", t, t),
        para(t),
        Block::PageBreak,
        para(t),
        Block::Attachments(vec![t.into()]),
        Block::Attachments(vec![t.into(), t.into(), t.into()]),
        Block::Signature(t.into()),
        Block::Date(t.into()),
        Block::Annex {
            label: t.into(),
            title: t.into(),
        },
        para(t),
        Block::PageBreak,
        h(1, t, t),
        Block::Table(Table {
            wide: false,
            header: vec![t.into()],
            rows: vec![Row::Group(t.into()), Row::Cells(vec![t.into(), t.into()])],
        }),
        Block::Table(Table {
            wide: false,
            header: vec![],
            rows: vec![],
        }),
        Block::Annex {
            label: t.into(),
            title: t.into(),
        },
        Block::PageBreak,
        Block::Table(Table {
            wide: false,
            header: vec![t.into(); 7],
            rows: vec![Row::Cells(vec![t.into(); 3])],
        }),
        para(t),
    ]
}

/// Block sequences in many orders, from a fixed pseudo-random walk over the block kinds.
fn shuffled_documents() -> Vec<Vec<Block<'static>>> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    (0..300)
        .map(|_| {
            let len = next(14);
            (0..len)
                .map(|_| {
                    let t = HOSTILE[next(HOSTILE.len())];
                    match next(13) {
                        0 => Block::Title(t.into()),
                        10 => Block::Speaker(t.into()),
                        1 => Block::Addressee(t.into()),
                        2 => h(next(6) as u8, "一、", t),
                        3 => run_in(next(5) as u8, "（一）", t, t),
                        4 => Block::Attachments(vec![t.into(); next(3)]),
                        5 => Block::Signature(t.into()),
                        6 => Block::Date(t.into()),
                        7 => Block::Annex {
                            label: t.into(),
                            title: t.into(),
                        },
                        8 => Block::PageBreak,
                        9 => Block::Table(Table {
                            wide: false,
                            header: vec![t.into(); next(7)],
                            rows: (0..next(4))
                                .map(|_| {
                                    if next(3) == 0 {
                                        Row::Group(t.into())
                                    } else {
                                        Row::Cells(vec![t.into(); next(8)])
                                    }
                                })
                                .collect(),
                        }),
                        _ => para(t),
                    }
                })
                .collect()
        })
        .collect()
}

// ---------------------------------------------------------------- golden parts

/// FNV-1a, 64 bits: a stable fingerprint of a part (no dependency, same on every platform).
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Every case the golden file covers: (name, blocks, fonts, meta) for each example, each
/// skeleton (plain and `--full`), the bench plans, the sample, hostile text and 300 shuffled
/// block sequences.
fn golden_lines() -> Vec<String> {
    use crate::{DocKind, Format};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let renderer = crate::Renderer::new();
    let mut docs: Vec<(String, crate::model::Document)> = Vec::new();
    for dir in ["examples", "benches/data"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("toml" | "yaml" | "json")
                )
            })
            .collect();
        files.sort();
        for path in files {
            let name = format!("{dir}/{}", path.file_name().unwrap().to_string_lossy());
            docs.push((name, crate::model::Document::from_path(&path).unwrap()));
        }
    }
    const DAY: (i64, u32, u32) = (2026, 12, 4);
    for kind in DocKind::ALL {
        for (full, text) in [
            // A fixed day: the skeletons carry today's date, the golden file must not.
            (
                false,
                crate::skeleton::skeleton_on(kind, Format::Toml, DAY, false),
            ),
            (
                true,
                crate::skeleton::skeleton_on(kind, Format::Toml, DAY, true),
            ),
        ] {
            let name = format!("new {}{}", kind.key(), if full { " --full" } else { "" });
            docs.push((name, crate::model::Document::from_toml_str(&text).unwrap()));
        }
    }
    let mut lines = Vec::new();
    let mut add = |name: &str, blocks: &[Block], fonts: &Fonts, meta: &Meta| {
        for (part, bytes) in docx_parts(blocks, fonts, meta).unwrap() {
            lines.push(format!(
                "{name}\t{part}\t{}\t{:016x}",
                bytes.len(),
                fingerprint(&bytes)
            ));
        }
        let whole = write_docx(blocks, fonts, meta).unwrap();
        lines.push(format!(
            "{name}\t.docx\t{}\t{:016x}",
            whole.len(),
            fingerprint(&whole)
        ));
    };
    let odd_fonts = Fonts {
        title: "Source Han Serif".into(),
        body: "宋体".into(),
        heading1: "A&B <黑>".into(),
        heading2: "\"楷\"\t'体'\n".into(),
        page_number: "Times New Roman".into(),
    };
    for (name, doc) in &docs {
        let text = renderer.render_text(doc).unwrap();
        let blocks = crate::blocks::parse(&text, "plan.j2").unwrap();
        let m = Meta {
            title: &doc.title,
            creator: &doc.issuer,
            keywords: "关键词",
            description: doc.kind.chinese_name(),
        };
        add(name, &blocks, &doc.fonts, &m);
        add(&format!("{name} (odd fonts)"), &blocks, &odd_fonts, &m);
    }
    add("sample", &sample_blocks(), &Fonts::default(), &meta());
    add("empty", &[], &Fonts::default(), &Meta::default());
    let hostile_fonts = Fonts {
        body: format!("仿宋{}", HOSTILE[0]),
        page_number: HOSTILE[0].into(),
        ..Fonts::default()
    };
    for (k, t) in HOSTILE.iter().enumerate() {
        let m = Meta {
            title: t,
            creator: t,
            keywords: t,
            description: t,
        };
        let blocks = hostile_blocks(t);
        add(&format!("hostile {k}"), &blocks, &Fonts::default(), &m);
        add(
            &format!("hostile {k} (odd fonts)"),
            &blocks,
            &hostile_fonts,
            &m,
        );
    }
    for (i, blocks) in shuffled_documents().iter().enumerate() {
        let xml = document::document(blocks, &Fonts::default()).unwrap();
        lines.push(format!(
            "shuffled {i}\tword/document.xml\t{}\t{:016x}",
            xml.len(),
            fingerprint(xml.as_bytes())
        ));
    }
    lines
}

/// The parts the writer produces are byte for byte those recorded in
/// `tests/golden/docx-parts.txt` (length and FNV-1a fingerprint of every part of every case).
/// A deliberate change of the output updates the file with `GOLDEN_UPDATE=1 cargo test --lib
/// golden`; review its diff (which cases and parts changed) before committing it.
#[test]
fn parts_match_the_golden_file() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/docx-parts.txt");
    let got = golden_lines().join("\n") + "\n";
    if std::env::var_os("GOLDEN_UPDATE").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .expect("tests/golden/docx-parts.txt is missing: GOLDEN_UPDATE=1 cargo test --lib golden");
    let want: Vec<&str> = want.lines().collect();
    let got: Vec<&str> = got.lines().collect();
    let differ: Vec<String> = got
        .iter()
        .zip(&want)
        .filter(|(g, w)| g != w)
        .take(20)
        .map(|(g, w)| format!("  got  {g}\n  want {w}"))
        .collect();
    assert!(
        differ.is_empty() && got.len() == want.len(),
        "{} of {} lines differ from tests/golden/docx-parts.txt ({} lines now, {} recorded):\n{}",
        got.iter().zip(&want).filter(|(g, w)| g != w).count(),
        want.len(),
        got.len(),
        want.len(),
        differ.join("\n")
    );
}
