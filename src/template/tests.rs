//! Tests of the filters, functions, title breaking and the guard.

use super::*;
use crate::titles::*;

#[test]
fn chinese_numbers() {
    let cases = [
        (1, "一"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (21, "二十一"),
        (99, "九十九"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (123, "一百二十三"),
    ];
    for (n, s) in cases {
        assert_eq!(crate::chinese::numeral(n), s, "{n}");
    }
}

#[test]
fn filters() {
    let env = environment(None);
    let r = |src: &str| env.render_str(src, ()).unwrap();
    assert_eq!(r("{{ 12|cn }}"), "十二");
    assert_eq!(r("{{ '2025-03-01'|gbdate }}"), "2025年3月1日");
    assert_eq!(
        r("{{ '2025-04-01'|daterange('2025-04-10') }}"),
        "2025年4月1日—4月10日"
    );
    assert_eq!(
        r("{{ '2025-04上旬'|daterange('2025-05') }}"),
        "2025年4月上旬—5月"
    );
    assert_eq!(r("{{ ['甲', '乙']|units }}"), "甲、乙");
    // A notice's own point: its text without the number; any other paragraph: none.
    assert_eq!(
        r("{{ '二、各单位要按时报送。'|part_point }}"),
        "各单位要按时报送。"
    );
    assert_eq!(r("{{ '现印发给你们。'|part_point }}"), "");
    assert_eq!(r("{{ '一、'|part_point }}"), "");
    assert_eq!(r("{{ '2025-12'|due }}"), "2025年12月底前");
    assert_eq!(r("{{ '2025-10-31'|due }}"), "2025年10月31日前");
    assert_eq!(r("{{ 3|heading_mark }}"), "###");
    assert_eq!(r("{{ '加强领导'|sentence }}"), "加强领导。");
    assert_eq!(r("{{ '加强领导。'|sentence }}"), "加强领导。");
    assert_eq!(r("{{ '加强领导。'|clause }}"), "加强领导");
    assert_eq!(
        r("{{ '城东街道消防安全宣传工作计划'|topic }}"),
        "城东街道消防安全宣传"
    );
    assert_eq!(r("{{ '关于做好防溺水工作的实施方案'|topic }}"), "防溺水");
    assert_eq!(
        r("{{ {'name': '3月1日至3月10日为准备阶段，'}|opens_a_sentence }}"),
        "True"
    );
    assert_eq!(
        r("{{ {'name': 'xx月x日至月底为持续推进阶段。'}|opens_a_sentence }}"),
        "True"
    );
    assert_eq!(
        r("{{ {'name': '准备阶段（3月1日—3月10日）'}|opens_a_sentence }}"),
        "False"
    );
    assert_eq!(
        r("{{ {'name': '3月1日至3月10日为准备阶段'}|opens_a_sentence }}"),
        "False"
    );
    assert_eq!(
        r("{{ {'name': '宣传发动阶段为3月1日至3月15日，'}|opens_a_sentence }}"),
        "True"
    );
    assert_eq!(
        r("{{ {'name': '总结阶段：6月1日至6月10日。'}|opens_a_sentence }}"),
        "False"
    );
    // A whole line as written: its text is paragraphs of their own.
    assert_eq!(r("{{ '初赛时间：11月25日' is whole_line }}"), "True");
    assert_eq!(
        r("{{ '1 | 9.1-9.2 | 1《白鹭》 | |' is whole_line }}"),
        "True"
    );
    assert_eq!(
        r("{{ '3月1日至3月10日为准备阶段，' is whole_line }}"),
        "False"
    );
    assert_eq!(
        r("{{ '关于进一步加强校园安全管理的工作方案'|topic }}"),
        "校园安全管理"
    );
    assert_eq!(
        r("{{ '滨江县交通运输局2025年禁毒工作总结'|topic('滨江县交通运输局', false) }}"),
        "禁毒"
    );
    assert_eq!(
        r("{{ '滨江镇2025年消防安全宣传教育工作计划'|topic('滨江镇人民政府') }}"),
        "2025年消防安全宣传教育"
    );
    assert_eq!(r("{{ '推行“一证通办”'|sentence }}"), "推行“一证通办”。");
    assert_eq!(
        r("{{ '【待补：标题】'|topic('【待补：发文单位】') }}"),
        "【待补：标题】"
    );
    assert_eq!(r("{{ '短标题'|title_lines|join('/') }}"), "短标题");
    assert_eq!(r("{{ '他说“好。”'|sentence }}"), "他说“好。”");
    assert!(env.render_str("{{ 'x'|gbdate }}", ()).is_err());
}

fn json(v: serde_json::Value) -> minijinja::Value {
    minijinja::Value::from(minijinja::value::Serde(v))
}

#[test]
fn duty_and_item_notes_leave_out_what_is_empty() {
    let env = environment(None);
    let r =
        |src: &str, d: minijinja::Value| env.render_str(src, minijinja::context! { d }).unwrap();
    let line = "{{ d|duty_line('牵头单位', '责任单位', '完成时限') }}";
    let d = json(serde_json::json!({
        "task": "制作宣传片", "target": "覆盖全区",
        "lead": ["甲局"], "units": ["乙局", "丙局"], "deadline": "2025-06"
    }));
    assert_eq!(
        r(line, d),
        "制作宣传片，覆盖全区。（牵头单位：甲局；责任单位：乙局、丙局；完成时限：2025年6月底前）"
    );
    // The task's own closing mark stays (an imported `……工作；`), the target follows it.
    let d = json(serde_json::json!({ "task": "制作宣传片；", "target": "覆盖全区。" }));
    assert_eq!(r(line, d), "制作宣传片；覆盖全区。");
    let d = json(serde_json::json!({ "task": "制作宣传片；" }));
    assert_eq!(r(line, d), "制作宣传片；");
    let d = json(serde_json::json!({ "task": "开展培训", "units": ["乙局"], "lead": [] }));
    assert_eq!(r(line, d), "开展培训。（责任单位：乙局）");
    let d = json(serde_json::json!({ "task": "x" }));
    assert_eq!(r(line, d), "x。");
    // Labels are the template's wording.
    let d = json(serde_json::json!({ "task": "x", "deadline": "2025-04上旬" }));
    assert_eq!(
        r("{{ d|duty_line('a', 'b', '时间节点') }}", d),
        "x。（时间节点：2025年4月上旬）"
    );

    let item = "{{ d|item_note('目标', '完成时限', '责任单位') }}";
    let d = json(serde_json::json!({
        "target": "覆盖率达到95%", "deadline": "2025-10-31", "units": ["甲局", "乙局"]
    }));
    assert_eq!(
        r(item, d),
        "目标：覆盖率达到95%。完成时限：2025年10月31日前。（责任单位：甲局、乙局）"
    );
    let d = json(serde_json::json!({ "target": "全部完成！" }));
    assert_eq!(r(item, d), "目标：全部完成！");
    // Data that looks like block syntax is escaped like any other value.
    let d = json(serde_json::json!({ "units": ["@甲|乙"] }));
    assert!(!r(item, d).contains(['@', '|']));
}

#[test]
fn task_rows_number_the_areas_with_duties_and_match_the_template_loop() {
    let env = environment(None);
    let doc = json(serde_json::json!({ "responsibilities": [
        { "area": "宣传#发动", "lead": ["区委宣传部"], "duties": [
            { "task": "制作宣传片", "deadline": "2025-05" },
            { "task": "开设专栏|专题", "units": ["融媒体中心"] } ] },
        { "area": "没有任务的领域", "lead": ["甲"] },
        { "area": "督查考核", "responsible": ["区督查室"], "duties": [ { "task": "季度督查" } ] }
    ]}));
    let rows = env
        .render_str(
            "{{ task_rows(doc, '长期坚持') }}",
            minijinja::context! { doc => doc.clone() },
        )
        .unwrap();
    let looped = env
        .render_str(
            "{% for a in doc.responsibilities if a.duties %}@group {{ loop.index|cn }}、{{ a.area }}\n\
             {% for d in a.duties %}@row # | {{ d|task_cells(a, '长期坚持') }}\n{% endfor %}{% endfor %}",
            minijinja::context! { doc },
        )
        .unwrap();
    assert_eq!(rows, looped);
    let lines: Vec<&str> = rows.lines().collect();
    assert_eq!(lines.len(), 5, "{rows}");
    assert!(lines[0].starts_with("@group 一、宣传") && !lines[0].contains('#'));
    assert_eq!(
        lines[1],
        "@row # | 制作宣传片 | 区委宣传部 | 区委宣传部 | 2025年5月底前"
    );
    assert!(
        lines[2].ends_with("| 区委宣传部 | 融媒体中心 | 长期坚持")
            && lines[2].matches('|').count() == 4
    );
    assert_eq!(lines[3], "@group 二、督查考核");
    assert_eq!(lines[4], "@row # | 季度督查 |  | 区督查室 | 长期坚持");
    assert_eq!(env.render_str("{{ task_rows({}, 'x') }}", ()).unwrap(), "");
}

/// The loop a comment in the built-in macros.j2 gives, after `intro`, as what a Rust
/// function writes in one call: the comment's indented lines up to its end.
fn documented_loop(intro: &str) -> String {
    let src = builtin_template("macros.j2").unwrap();
    let from = src.find(intro).expect("intro in macros.j2") + intro.len();
    let comment = &src[from..];
    let comment = &comment[comment.find('\n').unwrap() + 1..comment.find("-#}").unwrap()];
    comment
        .lines()
        .map(|l| l.strip_prefix("        ").unwrap_or(l).trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn item_lines_write_what_the_documented_loop_writes() {
    let env = environment(None);
    let looped = format!(
        "{{% macro items(list, level) %}}\n{}\n{{% endmacro %}}{{{{ items(list, level) }}}}",
        documented_loop("item_lines 一次排出与下面这个循环相同的内容")
    );
    let call = "{{ item_lines(list, level, '目标', '完成时限', '责任单位') }}";
    let list = json(serde_json::json!([
        { "title": "加强领导", "text": ["成立专班", "每月调度#一次"],
          "target": "全覆盖", "deadline": "2025-06", "units": ["甲局", "乙局"],
          "items": [
            { "text": ["细化分工|明确到人"], "items": [
                { "title": "第四级", "text": ["四级正文"], "items": [
                    { "title": "第五级", "text": ["五级正文。"], "deadline": "2025-04上旬",
                      "items": [ { "text": ["@第六级"] } ] } ] } ] },
            { "title": "无正文的小标题" } ] },
        { "text": [] },
        { "title": "", "text": ["只有正文", "第二段", "第三段"], "units": "丙局" },
        "一段文字而不是条目"
    ]));
    // The lines item_lines writes at level 2, after checking at every level that the
    // documented loop writes the same; `doc` is the document's fields the call sees.
    let lines_of = |doc: serde_json::Value| -> Vec<String> {
        let doc = json(doc);
        for level in [1, 2, 3, 4] {
            let ctx = minijinja::context! { list => list.clone(), level, doc => doc.clone() };
            let expected = env.render_str(&looped, ctx.clone()).unwrap();
            let got = env.render_str(call, ctx).unwrap();
            assert_eq!(got, expected, "level {level}, {doc}");
        }
        let ctx = minijinja::context! { list => list.clone(), level => 2, doc };
        env.render_str(call, ctx)
            .unwrap()
            .lines()
            .map(String::from)
            .collect()
    };
    let lines = lines_of(serde_json::json!({}));
    assert_eq!(
        lines[0],
        "## 加强领导。 | 成立专班。目标：全覆盖。完成时限：2025年6月底前。（责任单位：甲局、乙局）"
    );
    assert!(lines[1].starts_with("每月调度") && !lines[1].contains('#'));
    // No title at level 3: the number run in before the text, and the data's bar escaped.
    assert!(
        lines[2].starts_with("### | 细化分工") && !lines[2][6..].contains('|'),
        "{}",
        lines[2]
    );
    // No title at level 2: a heading.
    assert!(
        lines.iter().any(|l| l.starts_with("## 只有正文")),
        "{lines:?}"
    );
    assert!(lines[3].starts_with("#### 第四级。 | 四级正文。"));
    // A title with nothing after it stays as written: no 。 added.
    assert!(
        lines.iter().any(|l| l.starts_with("### 无正文的小标题 |")),
        "{lines:?}"
    );
    // Deeper than level 4: a plain paragraph, title and text run together.
    assert!(
        lines[4].starts_with("第五级。五级正文。完成时限："),
        "{}",
        lines[4]
    );
    assert!(!lines[5].contains('@') && !lines[5].starts_with('#'));
    for empty in ["[]", "none", "undefined"] {
        let src = format!("{{{{ item_lines({empty}, 2, 'a', 'b', 'c') }}}}");
        assert_eq!(env.render_str(&src, ()).unwrap(), "", "{empty}");
    }
    // Printed as written (an imported document): the same as the loop, nothing added, and a
    // title that ends no sentence on a line of its own over its text.
    let lines = lines_of(serde_json::json!({ "as_written": true }));
    let doc = json(serde_json::json!({ "as_written": true }));
    assert_eq!(lines[0], "## 加强领导");
    assert_eq!(
        lines[1],
        "成立专班目标：全覆盖。完成时限：2025年6月底前。（责任单位：甲局、乙局）"
    );
    assert!(lines[3].starts_with("### | 细化分工") && !lines[3].ends_with('。'));
    assert_eq!(lines[4..6], ["#### 第四级", "四级正文"]);
    assert_eq!(
        lines[6..8],
        ["第五级", "五级正文。完成时限：2025年4月上旬。"]
    );
    // No text after it: a heading as before.
    assert!(
        lines.contains(&"### 无正文的小标题 | ".to_string()),
        "{lines:?}"
    );
    assert_eq!(
        env.render_str("{{ '加强领导'|sentence }}", minijinja::context! { doc })
            .unwrap(),
        "加强领导"
    );
}

#[test]
fn duty_lines_write_what_the_documented_loop_writes() {
    let env = environment(None);
    let looped = documented_loop("它一次排出与这个循环相同的内容");
    let call = "{{ duty_lines(a.duties, '牵头单位', '责任单位', '完成时限') }}";
    let area = json(serde_json::json!({ "duties": [
        { "task": "制作宣传片", "target": "覆盖全区", "lead": ["甲局"],
          "units": ["乙局", "丙局"], "deadline": "2025-06" },
        { "task": "开设专栏|专题", "units": "@融媒体中心" },
        { "task": "季度#督查" }
    ]}));
    let ctx = minijinja::context! { a => area.clone() };
    let got = env.render_str(call, ctx.clone()).unwrap();
    assert_eq!(got, env.render_str(&looped, ctx).unwrap());
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(
        lines[0],
        "### 制作宣传片，覆盖全区。（牵头单位：甲局；责任单位：乙局、丙局；完成时限：2025年6月底前）"
    );
    assert!(
        lines[1..]
            .iter()
            .all(|l| l.starts_with("### ") && !l[4..].contains(['#', '|', '@']))
    );
    assert_eq!(
        env.render_str("{{ duty_lines(none, 'a', 'b', 'c') }}", ())
            .unwrap(),
        ""
    );
    // As written: a target without a label is the second half of the duty's line, as a gongwen
    // .docx read back has it (its 。 read back with it), with no 。 added; nor to a task alone; a target under its own label (an
    // imported plan's next line) stands on a line of its own, with nothing added between.
    let doc = json(serde_json::json!({ "as_written": true }));
    let ctx = minijinja::context! { a => area, doc => doc.clone() };
    let got = env.render_str(call, ctx.clone()).unwrap();
    assert_eq!(got, env.render_str(&looped, ctx).unwrap());
    assert!(got.starts_with("### 制作宣传片，覆盖全区（"), "{got}");
    assert!(got.contains("督查\n") && !got.contains("督查。"), "{got}");
    let labelled = json(serde_json::json!({ "duties": [
        { "task": "菜篮子基地(责任单位:区经贸局)", "target": "目标任务:建设1个蔬菜#基地" }
    ]}));
    let ctx = minijinja::context! { a => labelled, doc };
    let got = env.render_str(call, ctx.clone()).unwrap();
    assert_eq!(got, env.render_str(&looped, ctx).unwrap());
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines[0], "### 菜篮子基地(责任单位:区经贸局)");
    assert!(lines[1].starts_with("目标任务:建设1个蔬菜") && !lines[1].contains('#'));
    assert_eq!(lines.len(), 2);
}

#[test]
fn task_cells_fall_back_to_the_area_and_escape_each_cell() {
    let env = environment(None);
    let cells = |d: serde_json::Value, a: serde_json::Value| {
        env.render_str(
            "{{ d|task_cells(a, '长期坚持') }}",
            minijinja::context! {
                d => json(d),
                a => json(a),
            },
        )
        .unwrap()
    };
    let area = serde_json::json!({ "lead": ["区政府办"], "responsible": ["各街道"] });
    assert_eq!(
        cells(
            serde_json::json!({ "task": "建设站点。", "target": "新建10个；" }),
            area.clone()
        ),
        "建设站点（新建10个） | 区政府办 | 各街道 | 长期坚持"
    );
    assert_eq!(
        cells(
            serde_json::json!({ "task": "培训", "lead": ["区人社局"], "units": ["甲", "乙"], "deadline": "2025-12" }),
            area
        ),
        "培训 | 区人社局 | 甲、乙 | 2025年12月底前"
    );
    // Without units anywhere, the lead is responsible; a bar in the data stays in its cell.
    let out = cells(
        serde_json::json!({ "task": "甲|乙", "lead": ["区人社局"] }),
        serde_json::json!({ "area": "x" }),
    );
    assert_eq!(out.matches(" | ").count(), 3, "{out}");
    assert!(out.ends_with("区人社局 | 区人社局 | 长期坚持"), "{out}");
    let text = format!("@table a | b | c | d\n@row {out}\n@endtable\n");
    let blocks = crate::blocks::parse(&text, "t").unwrap();
    assert_eq!(
        format!("{blocks:?}").matches("甲|乙").count(),
        1,
        "{blocks:?}"
    );
}

#[test]
fn long_titles_break_where_the_meaning_allows() {
    assert_eq!(
        split_title("新港区流动人口和出租房屋服务管理工作实施方案"),
        ["新港区流动人口和出租房屋服务管理", "工作实施方案"]
    );
    assert_eq!(
        split_title("关于印发青山区2025年民生实事项目实施方案的通知"),
        ["关于印发青山区2025年", "民生实事项目实施方案的通知"]
    );
    assert_eq!(
        split_title("城东街道2025年工作总结"),
        ["城东街道2025年工作总结"]
    );
    // A notice whose 《plan title》 is longer than a line breaks inside the brackets.
    assert_eq!(
        split_title("关于印发《松溪县城乡生活垃圾分类工作实施方案》的通知"),
        ["关于印发《松溪县城乡生活垃圾分类", "工作实施方案》的通知"]
    );
    assert_eq!(
        split_title("城东街道2025年“法援惠民 护航万家”法律援助进社区活动方案"),
        [
            "城东街道2025年“法援惠民 护航万家”",
            "法律援助进社区活动方案"
        ]
    );
    // Annex titles: a task table's name breaks before the genre word, not one character
    // from its end.
    assert_eq!(
        split_title("青山区2025年民生实事项目实施方案任务分工表"),
        ["青山区2025年民生实事项目", "实施方案任务分工表"]
    );
    assert_eq!(
        split_title("滨江镇2025年消防安全宣传教育工作计划任务分工表"),
        ["滨江镇2025年消防安全宣传教育", "工作计划任务分工表"]
    );
    // Before a conjunction when nothing else fits (the upper line before 工作 is 20 wide).
    assert_eq!(
        split_title("松溪县2026年城乡生活垃圾分类和资源化利用工作实施方案"),
        ["松溪县2026年城乡生活垃圾分类", "和资源化利用工作实施方案"]
    );
    // Never inside a placeholder or a word: before a bracketed tail.
    assert_eq!(
        split_title("【待补：主题】主要指标完成情况表（2026年）"),
        ["【待补：主题】主要指标完成情况表", "（2026年）"]
    );
    for t in [
        "滨江镇2025年消防安全宣传教育工作计划",
        "城东街道“法律援助进社区、温暖送到千万家”主题活动方案",
        "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
    ] {
        let lines = split_title(t);
        assert_eq!(lines.concat(), t, "nothing lost");
        assert!(lines.iter().all(|l| !l.is_empty()));
    }
}

#[test]
fn override_names_cannot_leave_the_directory() {
    assert!(!is_plain_name("../x.j2"));
    assert!(!is_plain_name("/etc/passwd"));
    assert!(!is_plain_name(".hidden"));
    assert!(is_plain_name("plan.j2"));
}

#[test]
fn phase_rows_fill_each_column_by_its_header() {
    let env = environment(None);
    let doc = json(serde_json::json!({
        "phases_table": ["序号", "活动项目", "时间", "地点", "要求"],
        "phases": [
            { "name": "启动仪式", "start": "2026-04-01", "end": "2026-04-01",
              "text": ["社区广场", "全体参加", "提前10分钟到场"] },
            { "name": "亲子共读|会", "when": "每周六上午", "start": "2026-04-04",
              "tasks": [{ "title": "报名", "text": ["家长带孩子登记"] }] },
            { "name": "总结" },
        ],
    }));
    let got = env
        .render_str("{{ phase_rows(doc) }}", minijinja::context! { doc })
        .unwrap();
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines[0], "@table 序号 | 活动项目 | 时间 | 地点 | 要求");
    // The last paragraph column takes what is left over, a line each (escaped line breaks).
    assert!(
        lines[1].starts_with("@row 1 | 启动仪式 | 2026年4月1日 | 社区广场 | 全体参加"),
        "{got}"
    );
    assert!(lines[1].contains("提前10分钟到场"), "{got}");
    // `when` before the dates, a task's title run on into its text, a bar escaped.
    assert!(lines[2].starts_with("@row 2 | 亲子共读"), "{got}");
    assert!(
        !lines[2]["@row 2 | 亲子共读".len()..].starts_with('|'),
        "{got}"
    );
    assert!(
        lines[2].contains(" | 每周六上午 |  | 报名。家长带孩子登记"),
        "{got}"
    );
    assert_eq!(lines[3], "@row 3 | 总结 |  |  | ");
    assert_eq!(lines[4], "@endtable");
    // What the blocks make of it: a table of five columns and three rows.
    let blocks = crate::blocks::parse(&got, "t").unwrap();
    let [crate::blocks::Block::Table(t)] = blocks.as_slice() else {
        panic!("{got}");
    };
    assert_eq!(t.rows.len(), 3);
}
