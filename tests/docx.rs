//! The written .docx read back (zip + XML): layout numbers, fonts on every run, heading
//! numbers, footers, the task table, core properties; and snapshots of the normalised
//! `word/document.xml` of every example.

mod common;

use std::path::Path;

use common::{elements, normalise, paragraphs, parts, style_fonts, styled_paragraphs};
use gongwen::{Document, Renderer};

fn render(path: &Path) -> (Document, Vec<u8>) {
    let doc = Document::from_path(path).unwrap();
    let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
    (doc, bytes)
}

fn examples() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| gongwen::Format::from_path(p).is_some())
        .collect();
    v.sort();
    assert!(v.len() >= 6, "six examples at least");
    v
}

#[test]
fn page_setup_is_gb_t_9704() {
    for ex in examples() {
        let (_, bytes) = render(&ex);
        let p = parts(&bytes);
        let doc = &p["word/document.xml"];
        let pg = &elements(doc, "w:pgSz")[0];
        assert_eq!(
            (pg["w:w"].as_str(), pg["w:h"].as_str()),
            ("11906", "16838"),
            "{ex:?}: A4"
        );
        let m = &elements(doc, "w:pgMar")[0];
        // 37 / 35 / 28 / 26 mm in twips.
        assert_eq!(m["w:top"], "2098");
        assert_eq!(m["w:bottom"], "1984");
        assert_eq!(m["w:left"], "1587");
        assert_eq!(m["w:right"], "1474");
        let grid = &elements(doc, "w:docGrid")[0];
        assert_eq!(grid["w:type"], "lines");
        // 22 lines: the 版心 height (225 mm = 12756 twips) over the pitch.
        let pitch: i32 = grid["w:linePitch"].parse().unwrap();
        assert_eq!(12756 / pitch, 22);
        assert!(!elements(&p["word/settings.xml"], "w:evenAndOddHeaders").is_empty());
    }
}

/// Every run is set in a font that names all four slots (through its paragraph style, as
/// Word resolves it), and a run names a font itself only where it differs from its style's.
#[test]
fn every_run_resolves_all_four_font_slots_and_names_only_what_differs() {
    for ex in examples() {
        let (_, bytes) = render(&ex);
        let parts = parts(&bytes);
        let styles = &parts["word/styles.xml"];
        let own = style_fonts(styles);
        for (name, xml) in &parts {
            if !(name.starts_with("word/document") || name.starts_with("word/footer")) {
                continue;
            }
            for p in styled_paragraphs(xml, styles) {
                for r in &p.runs {
                    for slot in ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"] {
                        assert!(
                            r.fonts.contains_key(slot),
                            "{ex:?} {name}: run {:?} lacks {slot}",
                            r.text
                        );
                    }
                    if r.named {
                        assert_ne!(
                            own.get(&p.style),
                            Some(&r.fonts),
                            "{ex:?} {name}: run {:?} repeats its style's fonts",
                            r.text
                        );
                    }
                }
            }
        }
    }
}

/// The style's rPr/pPr facts: fonts (eastAsia), size and outline level.
fn style(styles: &str, id: &str) -> (String, String, Option<String>) {
    let start = styles
        .find(&format!("w:styleId=\"{id}\""))
        .unwrap_or_else(|| panic!("style {id}"));
    let end = start + styles[start..].find("</w:style>").unwrap();
    let s = &styles[start..end];
    let fonts = &elements(s, "w:rFonts")[0];
    for slot in ["w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"] {
        assert_eq!(fonts.get(slot), fonts.get("w:eastAsia"), "{id}: {slot}");
    }
    let size = elements(s, "w:sz")
        .first()
        .map(|a| a["w:val"].clone())
        .unwrap_or_default();
    let outline = elements(s, "w:outlineLvl")
        .first()
        .map(|a| a["w:val"].clone());
    (fonts["w:eastAsia"].clone(), size, outline)
}

#[test]
fn styles_carry_the_gb_fonts_sizes_and_outline_levels() {
    let (_, bytes) = render(&examples()[0]);
    let styles = &parts(&bytes)["word/styles.xml"];
    assert_eq!(
        style(styles, "GwTitle"),
        ("方正小标宋简体".into(), "44".into(), None)
    );
    assert_eq!(
        style(styles, "GwBody"),
        ("仿宋_GB2312".into(), "32".into(), None)
    );
    assert_eq!(
        style(styles, "GwHeading1"),
        ("黑体".into(), "32".into(), Some("0".into()))
    );
    assert_eq!(
        style(styles, "GwHeading2"),
        ("楷体_GB2312".into(), "32".into(), Some("1".into()))
    );
    assert_eq!(style(styles, "GwHeading3").0, "仿宋_GB2312");
    assert_eq!(style(styles, "GwHeading4").0, "仿宋_GB2312");
    // Body: two-character first-line indent (640 twips at 16 pt, and 200 hundredths of a character).
    let body = &styles[styles.find("w:styleId=\"GwBody\"").unwrap()..];
    let ind = &elements(&body[..body.find("</w:style>").unwrap()], "w:ind")[0];
    assert_eq!(ind["w:firstLine"], "640");
    assert_eq!(ind["w:firstLineChars"], "200");
}

#[test]
fn fonts_can_be_configured() {
    let mut doc = Document::from_path(&examples()[0]).unwrap();
    doc.fonts.body = "方正仿宋_GBK".into();
    let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
    let styles = &parts(&bytes)["word/styles.xml"];
    assert_eq!(style(styles, "GwBody").0, "方正仿宋_GBK");
}

/// Checks that headings of each level are numbered in sequence, restarting under their
/// parent and in each annex.
#[test]
fn heading_numbers_follow_the_structure() {
    const CN: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    for ex in examples() {
        let (_, bytes) = render(&ex);
        let doc = &parts(&bytes)["word/document.xml"];
        let mut counters = [0usize; 4];
        let mut seen = 0;
        for p in paragraphs(doc) {
            if p.style == "GwAnnexLabel" {
                counters = [0; 4];
            }
            // Headings have their own styles; run-in headings are body paragraphs that
            // carry the heading's outline level.
            let outline = p.props.iter().find_map(|x| {
                x.strip_prefix("outlineLvl(val=")?
                    .strip_suffix(')')?
                    .parse::<usize>()
                    .ok()
            });
            let level = match (p.style.as_str(), outline) {
                ("GwHeading1", _) => 1,
                ("GwHeading2", _) => 2,
                ("GwHeading3", _) => 3,
                ("GwHeading4", _) => 4,
                ("GwBody", Some(l)) if l < 4 => l + 1,
                _ => continue,
            };
            counters[level - 1] += 1;
            for c in &mut counters[level..] {
                *c = 0;
            }
            let n = counters[level - 1];
            let want = match level {
                1 => format!("{}、", CN[n - 1]),
                2 => format!("（{}）", CN[n - 1]),
                3 => format!("{n}."),
                _ => format!("（{n}）"),
            };
            assert!(
                p.text().starts_with(&want),
                "{ex:?}: {:?} should start with {want}",
                p.text()
            );
            seen += 1;
        }
        assert!(seen >= 5, "{ex:?} has headings");
    }
}

#[test]
fn footers_show_dashed_page_numbers_odd_right_even_left() {
    let (_, bytes) = render(&examples()[0]);
    let p = parts(&bytes);
    let doc = &p["word/document.xml"];
    let refs = elements(doc, "w:footerReference");
    let types: Vec<&str> = refs.iter().map(|r| r["w:type"].as_str()).collect();
    assert_eq!(types, ["default", "even"]);
    let rels = &p["word/_rels/document.xml.rels"];
    for r in refs {
        let id = &r["r:id"];
        let rel = elements(rels, "Relationship")
            .into_iter()
            .find(|x| &x["Id"] == id)
            .unwrap();
        let footer = &p[&format!("word/{}", rel["Target"])];
        let para = styled_paragraphs(footer, &p["word/styles.xml"]).remove(0);
        let text = para.text();
        assert!(
            text.starts_with("— {PAGE}") && text.ends_with(" —"),
            "PAGE field framed by dashes: {text}"
        );
        assert!(
            para.runs
                .iter()
                .all(|r| r.fonts["w:eastAsia"] == "宋体" && r.fonts["w:ascii"] == "宋体")
        );
        let jc = elements(footer, "w:jc")[0]["w:val"].clone();
        let ind = elements(footer, "w:ind")[0].clone();
        if r["w:type"] == "default" {
            assert_eq!(jc, "right");
            assert_eq!(ind["w:right"], "280");
        } else {
            assert_eq!(jc, "left");
            assert_eq!(ind["w:left"], "280");
        }
        let sz: Vec<_> = elements(&p["word/styles.xml"], "w:style")
            .into_iter()
            .filter(|s| s.get("w:styleId").is_some_and(|i| i == "GwFooter"))
            .collect();
        assert_eq!(sz.len(), 1);
    }
}

#[test]
fn task_table_has_repeated_header_and_merged_area_rows() {
    let ex = examples()
        .into_iter()
        .find(|p| p.to_string_lossy().contains("livelihood"))
        .unwrap();
    let (doc, bytes) = render(&ex);
    let xml = &parts(&bytes)["word/document.xml"];
    let cells: Vec<_> = paragraphs(xml).into_iter().filter(|p| p.in_table).collect();
    let header: Vec<String> = cells
        .iter()
        .filter(|p| p.header_row)
        .map(|p| p.text())
        .collect();
    assert_eq!(
        header,
        ["序号", "工作任务", "牵头单位", "责任单位", "完成时限"]
    );
    let areas = doc
        .responsibilities
        .iter()
        .filter(|a| !a.duties.is_empty())
        .count();
    let groups: Vec<_> = cells
        .iter()
        .filter(|p| p.cell_span.as_deref() == Some("5"))
        .collect();
    assert_eq!(groups.len(), areas, "one merged row per area");
    assert!(groups[0].text().starts_with("一、"));
    let duties: usize = doc.responsibilities.iter().map(|a| a.duties.len()).sum();
    let serials: Vec<_> = cells
        .iter()
        .filter(|p| !p.header_row && p.cell_span.is_none() && p.text().parse::<usize>().is_ok())
        .collect();
    assert_eq!(serials.len(), duties, "one row per duty, numbered");
    assert_eq!(serials.last().unwrap().text(), duties.to_string());
}

#[test]
fn core_properties_carry_title_and_creator() {
    for ex in examples() {
        let (doc, bytes) = render(&ex);
        let core = &parts(&bytes)["docProps/core.xml"];
        let title = core
            .split("<dc:title>")
            .nth(1)
            .unwrap()
            .split("</dc:title>")
            .next()
            .unwrap();
        if doc.notice.is_some() {
            // A plan issued through a 印发通知: the file is the notice.
            assert_eq!(title, format!("关于印发《{}》的通知", doc.title.trim()));
        } else {
            assert_eq!(title, doc.title.trim());
        }
        // The issuer, or for a speech (no issuer) the speaker.
        let creator = match doc.issuer.trim() {
            "" => doc.speaker.as_deref().unwrap_or_default().trim(),
            issuer => issuer,
        };
        assert!(!creator.is_empty(), "{}", ex.display());
        assert!(core.contains(&format!("<dc:creator>{creator}</dc:creator>")));
    }
}

#[test]
fn output_is_deterministic() {
    for ex in examples() {
        let (_, a) = render(&ex);
        let (_, b) = render(&ex);
        assert_eq!(a, b, "{ex:?}");
    }
}

#[test]
fn hostile_text_still_gives_well_formed_parts() {
    let fire = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fire_safety_plan.toml");
    let mut doc = Document::from_path(fire).unwrap();
    let nasty = "<w:p>&amp; \"引号\" 'x' \u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{fffe}\u{ffff}\u{202e}RTL # @sign | \\ {{ x }} {% y %}\n第二行\r\n";
    doc.title = format!("标题{nasty}");
    doc.issuer = format!("单位{nasty}");
    doc.opening = Some(nasty.into());
    doc.keywords = vec![nasty.into()];
    doc.requirements[0].text = nasty.into();
    let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
    for (name, xml) in parts(&bytes) {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            let mut r = quick_xml::Reader::from_str(&xml);
            loop {
                match r.read_event() {
                    Ok(quick_xml::events::Event::Eof) => break,
                    Ok(_) => {}
                    Err(e) => panic!("{name}: {e}"),
                }
            }
            assert!(!xml.contains('\u{0}') && !xml.contains('\u{1}') && !xml.contains('\u{fffe}'));
        }
    }
    let text: String = paragraphs(&parts(&bytes)["word/document.xml"])
        .iter()
        .map(|p| p.text())
        .collect();
    assert!(text.contains("<w:p>&amp;"), "specials survive as text");
    assert!(
        text.contains("# @sign | \\"),
        "block syntax in data stays text"
    );
}

#[test]
fn normalised_document_snapshots() {
    insta::glob!("../examples", "*.{toml,yaml,json}", |path| {
        let (_, bytes) = render(path);
        let parts = parts(&bytes);
        insta::assert_snapshot!(normalise(
            &parts["word/document.xml"],
            &parts["word/styles.xml"]
        ));
    });
}

/// 版头 (GB/T 9704 7.2) and 版记 (7.4) as the writer lays them out: 份号 and 紧急程度 flush
/// left before everything, the red mark, the normalised 发文字号 over the red rule; at the
/// end a page of its own whose last paragraph is the 印发 line between rules, after 抄送.
#[test]
fn banner_and_record_are_laid_out() {
    let mut doc = Document::from_path(common::example("waste_sorting_scheme_notice.toml")).unwrap();
    // What a writer types is normalised on the page.
    doc.banner.as_mut().unwrap().number = Some("松政办发[2026]第09号".into());
    doc.banner.as_mut().unwrap().copy_number = Some("38".into());
    let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
    let p = parts(&bytes);
    let xml = &p["word/document.xml"];
    let paras = paragraphs(xml);
    let texts: Vec<String> = paras.iter().map(|p| p.text()).collect();
    assert_eq!(
        texts[..4],
        [
            "000038",
            "加急",
            "松溪县人民政府办公室文件",
            "松政办发〔2026〕9号"
        ]
    );
    assert_eq!(paras[2].style, "GwMark");
    // The mark's size is set on its run, the colour by its style.
    assert!(paras[2].runs[0].size.is_some());
    let styles = &p["word/styles.xml"];
    let mark = &styles[styles.find("w:styleId=\"GwMark\"").unwrap()..];
    assert!(mark[..mark.find("</w:style>").unwrap()].contains("w:val=\"FF0000\""));
    // The separator: a red bottom border of the 发文字号 paragraph.
    let pbdr = &xml[xml.find("松政办发〔2026〕9号").unwrap() - 700..];
    assert!(
        pbdr.contains("<w:bottom w:val=\"single\" w:sz=\"6\""),
        "{pbdr}"
    );
    assert!(pbdr.contains("w:color=\"FF0000\""));
    assert_eq!(texts[4], "关于印发《松溪县城乡生活垃圾分类");
    // The 版记: a new page held by an empty paragraph as tall as the 版心 less the 版记, the
    // 抄送 (in a frame), and the 印发 line last, with a thin rule above it and a thick one
    // below.
    let n = paras.len();
    assert_eq!(
        texts[n - 2],
        "抄送：县委各部门，县人大常委会办公室，县政协办公室，县法院，县检察院。"
    );
    assert_eq!(
        texts[n - 1],
        "\u{3000}松溪县人民政府办公室\t2026年3月12日印发"
    );
    assert!(paras[n - 2].in_table && !paras[n - 1].in_table);
    let spacer = &paras[n - 3];
    assert!(spacer.text().is_empty());
    // The page is new: by a page break, or by the section break that ends the landscape
    // pages of the 任务分工表 just before it.
    let sections: Vec<&str> = xml.split("<w:sectPr>").skip(1).collect();
    let after_landscape = sections.len() >= 2
        && sections[sections.len() - 2].contains("w:orient=\"landscape\"")
        && !sections[sections.len() - 1].contains("w:orient=\"landscape\"");
    assert!(
        spacer.props.contains(&"pageBreakBefore".to_string()) || after_landscape,
        "{spacer:?}"
    );
    let last = &paras[n - 1].props;
    assert!(
        last.iter()
            .any(|p| p.starts_with("top(") && p.contains("sz=6")),
        "{last:?}"
    );
    assert!(
        last.iter()
            .any(|p| p.starts_with("bottom(") && p.contains("sz=8")),
        "{last:?}"
    );

    // An upward document: the 发文字号 one character in, the 签发人 on its line.
    let doc = Document::from_path(common::example("road_safety_report.toml")).unwrap();
    let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
    let paras = paragraphs(&parts(&bytes)["word/document.xml"]);
    let line = paras
        .iter()
        .find(|p| p.text().contains("签发人"))
        .expect("a 签发人 line");
    assert_eq!(line.text(), "\u{3000}临交〔2026〕47号\t签发人：高建华");
    assert!(
        line.props.iter().any(|p| p.starts_with("tab(")),
        "{:?}",
        line.props
    );
}

/// The package holds what Word writes and nothing it ignores: no empty comments or numbering
/// parts; a theme and web settings; a font table that lists every font with the stand-in
/// Windows has and the GB2312 character set; Normal marked as the default paragraph style.
#[test]
fn package_parts_are_what_word_writes() {
    let (_, bytes) = render(&common::example("fire_safety_plan.toml"));
    let p = parts(&bytes);
    let names: Vec<&str> = p.keys().map(String::as_str).collect();
    for gone in [
        "word/comments.xml",
        "word/numbering.xml",
        "word/commentsExtended.xml",
    ] {
        assert!(!names.contains(&gone), "{gone} in {names:?}");
    }
    for part in [
        "word/theme/theme1.xml",
        "word/webSettings.xml",
        "word/fontTable.xml",
    ] {
        assert!(names.contains(&part), "{part} missing from {names:?}");
        assert!(
            p["[Content_Types].xml"].contains(&format!("/{part}\"")),
            "{part}"
        );
    }
    let rels = &p["word/_rels/document.xml.rels"];
    for target in [
        "theme/theme1.xml",
        "webSettings.xml",
        "footer1.xml",
        "footer2.xml",
    ] {
        assert!(rels.contains(&format!("Target=\"{target}\"")), "{rels}");
    }
    assert!(!rels.contains("comments"));
    let fonts = elements(&p["word/fontTable.xml"], "w:font");
    let listed: Vec<&str> = fonts.iter().map(|f| f["w:name"].as_str()).collect();
    for font in [
        "仿宋_GB2312",
        "楷体_GB2312",
        "黑体",
        "方正小标宋简体",
        "宋体",
    ] {
        assert!(listed.contains(&font), "{font} not in {listed:?}");
    }
    let table = &p["word/fontTable.xml"];
    assert!(table.contains(
        "<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/>"
    ));
    assert!(table.contains("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>"));
    assert!(p["word/styles.xml"].contains("w:default=\"1\" w:styleId=\"Normal\""));
    // A body that ends in a table ends with a paragraph of one point after it.
    let xml = &p["word/document.xml"];
    let end = &xml[xml.rfind("</w:tbl>").unwrap()..];
    assert!(
        end.starts_with("</w:tbl><w:p>") && end.contains("w:line=\"20\""),
        "{end}"
    );
}

/// A wide table goes on landscape pages (GB/T 9704 8): the 任务分工表 by default. Its annex
/// is a section of its own, A4 turned with the margins turned (the 版心 keeps its place on
/// the sheet), in 小4号, its columns sized to their content in the grid and the cells alike,
/// and its footers hold the page number turned, in the cell of a floating table. The
/// package names those footers only when there are landscape pages.
#[test]
fn task_table_goes_on_landscape_pages() {
    let (_, bytes) = render(&common::example("livelihood_projects_scheme.toml"));
    let p = parts(&bytes);
    let xml = &p["word/document.xml"];
    let sizes = elements(xml, "w:pgSz");
    assert_eq!(sizes.len(), 2, "{sizes:?}");
    assert_eq!(sizes[0].get("w:w").map(String::as_str), Some("11906"));
    assert_eq!(sizes[1]["w:w"], "16838");
    assert_eq!(sizes[1]["w:h"], "11906");
    assert_eq!(sizes[1]["w:orient"], "landscape");
    let margins = elements(xml, "w:pgMar");
    let m = &margins[1];
    let got: Vec<&str> = ["w:top", "w:right", "w:bottom", "w:left"]
        .iter()
        .map(|k| m[*k].as_str())
        .collect();
    assert_eq!(got, ["1587", "2098", "1474", "1984"]);
    // The landscape section names its own footers; the portrait one the usual two.
    let refs = elements(xml, "w:footerReference");
    let ids: Vec<&str> = refs.iter().map(|r| r["r:id"].as_str()).collect();
    assert_eq!(
        ids,
        ["rIdFooter1", "rIdFooter2", "rIdFooter3", "rIdFooter4"]
    );
    for f in ["word/footer3.xml", "word/footer4.xml"] {
        let footer = &p[f];
        assert!(
            footer.contains("<w:textDirection w:val=\"tbRl\""),
            "{footer}"
        );
        assert!(footer.contains("w:horzAnchor=\"page\""), "{footer}");
        assert!(
            footer.contains("<w:instrText>PAGE</w:instrText>"),
            "{footer}"
        );
        assert!(p["[Content_Types].xml"].contains(&format!("/{f}")));
    }
    // The table: as wide as the landscape 版心, grid = cells, in the wide table's styles.
    let start = xml.rfind("<w:tbl>").unwrap();
    let table = &xml[start..start + xml[start..].find("</w:tbl>").unwrap() + "</w:tbl>".len()];
    assert!(table.contains("<w:tblW w:w=\"12756\""), "{}", &table[..300]);
    let grid: Vec<i32> = elements(table, "w:gridCol")
        .iter()
        .map(|g| g["w:w"].parse().unwrap())
        .collect();
    assert_eq!(grid.iter().sum::<i32>(), 12756);
    assert!(grid[1] == *grid.iter().max().unwrap(), "{grid:?}");
    let cells: Vec<i32> = elements(table, "w:tcW")[..5]
        .iter()
        .map(|c| c["w:w"].parse().unwrap())
        .collect();
    assert_eq!(cells, grid);
    assert!(table.contains("GwWideTableHeader") && table.contains("GwWideTableText"));
    let styles = &p["word/styles.xml"];
    let (_, size, _) = style(styles, "GwWideTableText");
    assert_eq!(size, "24");

    // Without a task table, no landscape section and no landscape footers.
    let mut doc = Document::from_path(common::example("livelihood_projects_scheme.toml")).unwrap();
    doc.task_table = Some(false);
    let p = parts(&Renderer::new().render_to_bytes(&doc).unwrap());
    assert!(!p["word/document.xml"].contains("landscape"));
    assert!(!p.contains_key("word/footer3.xml"));
    assert!(!p["[Content_Types].xml"].contains("footer3"));
    assert!(!p["word/_rels/document.xml.rels"].contains("footer3"));
}

/// An annex's table from the data (领导小组成员名单 …) is printed after the annex's text: its
/// header and rows; more than five columns (or `landscape = true`) put it on landscape pages,
/// `landscape = false` keeps a wide one upright.
#[test]
fn annex_tables_from_the_data_are_printed() {
    let mut doc = Document::from_path(common::example("fire_safety_plan.toml")).unwrap();
    doc.task_table = Some(false);
    doc.attachments = vec![gongwen::model::Attachment {
        title: "领导小组成员名单".into(),
        table: Some(gongwen::model::AnnexTable {
            header: vec!["职务".into(), "姓名".into(), "单位及职务".into()],
            rows: vec![
                vec!["组长".into(), "张某".into(), "县人民政府县长".into()],
                vec!["副组长".into(), "李某".into(), "县人民政府副县长".into()],
            ],
            landscape: None,
        }),
        ..Default::default()
    }];
    let xml = parts(&Renderer::new().render_to_bytes(&doc).unwrap())["word/document.xml"].clone();
    let texts: Vec<String> = paragraphs(&xml).iter().map(|p| p.text()).collect();
    let at = texts
        .iter()
        .position(|t| t == "职务")
        .expect("the header row");
    assert_eq!(
        texts[at..at + 9].join("/"),
        "职务/姓名/单位及职务/组长/张某/县人民政府县长/副组长/李某/县人民政府副县长"
    );
    assert!(!xml.contains("landscape"));

    let table = doc.attachments[0].table.as_mut().unwrap();
    table.header = (1..=6).map(|i| format!("第{i}列")).collect();
    table.rows = vec![(1..=6).map(|i| format!("值{i}")).collect()];
    let xml = parts(&Renderer::new().render_to_bytes(&doc).unwrap())["word/document.xml"].clone();
    assert!(xml.contains("w:orient=\"landscape\""));
    assert!(xml.contains("GwWideTableHeader"));

    doc.attachments[0].table.as_mut().unwrap().landscape = Some(false);
    let xml = parts(&Renderer::new().render_to_bytes(&doc).unwrap())["word/document.xml"].clone();
    assert!(!xml.contains("landscape"));
    assert!(xml.contains("第6列"));
}
