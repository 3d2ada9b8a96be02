//! Builds a work plan in code and renders it to bytes, as an office-automation back end
//! would. Run with `cargo run --example build_plan`; it writes `build_plan.docx` in the
//! current folder (refusing to overwrite an existing file).

use gongwen::model::{Area, Duty, Goals, Guidance, Item, Phase};
use gongwen::{DocKind, Document, Renderer, Severity};

fn main() -> Result<(), gongwen::Error> {
    let mut doc = Document::new(DocKind::Scheme, "青山区2025年老旧小区改造实施方案");
    doc.issuer = "青山区住房和城乡建设局".into();
    doc.date = "2025-03-10".parse().ok();
    doc.guidance = Some(Guidance {
        text: "坚持居民自愿、政府引导、共建共享，推动老旧小区从“住有所居”向“住有宜居”转变。".into(),
        ..Guidance::default()
    });
    doc.goals = Some(Goals {
        overall: "年内完成42个老旧小区改造，惠及居民1.2万户。".into(),
        ..Goals::default()
    });
    doc.phases.push(Phase {
        name: "摸底调查阶段".into(),
        start: "2025-03".parse().ok(),
        end: "2025-04中旬".parse().ok(),
        text: "逐个小区入户征求意见，形成改造清单。".into(),
        ..Phase::default()
    });
    // Areas and duties become the 任务分工表 annex.
    let areas = [
        (
            "基础设施改造",
            "区住房和城乡建设局",
            &["完成雨污分流管网改造", "更换老化供水管道"][..],
        ),
        (
            "配套设施完善",
            "区城市管理局",
            &["增设电动自行车集中充电设施"][..],
        ),
    ];
    for (area, lead, tasks) in areas {
        doc.responsibilities.push(Area {
            area: area.into(),
            lead: lead.into(),
            responsible: "各街道办事处".into(),
            duties: tasks
                .iter()
                .map(|t| Duty {
                    task: (*t).into(),
                    deadline: "2025-11".parse().ok(),
                    ..Duty::default()
                })
                .collect(),
            ..Area::default()
        });
    }
    doc.safeguards.push(Item {
        title: Some("加强资金保障".into()),
        text: "区财政安排专项资金，统筹使用上级补助资金。".into(),
        ..Item::default()
    });

    for p in doc.validate() {
        eprintln!("{p}");
        if p.severity == Severity::Error {
            std::process::exit(1);
        }
    }
    let bytes = Renderer::new().render_to_bytes(&doc)?;
    gongwen::write_atomic("build_plan.docx".as_ref(), &bytes, false)?;
    println!("已生成 build_plan.docx（{} 字节）", bytes.len());
    Ok(())
}
