//! The typed document: a plan or a summary, section by section.
//!
//! Every struct here is plain data with public fields, `Default`, and serde support, so a
//! program can build a document in code as easily as load one. Input files use the same
//! field names (see the crate docs and `examples/`).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::date::Date;
pub(crate) mod elements;

use crate::layout::Fonts;
pub use elements::{
    AnnexTable, Banner, Normalized, Notice, Record, normalize_copy_number, normalize_doc_number,
};

/// A typed section of a document, by the key that `order` and `headings` use.
///
/// The one list of section keys: templates arrange sections by it and validation checks
/// `order` against it.
///
/// ```
/// use gongwen::model::SectionKey;
///
/// assert_eq!(SectionKey::NextSteps.key(), "next_steps");
/// assert_eq!(SectionKey::from_key("goals"), Some(SectionKey::Goals));
/// assert_eq!(SectionKey::ALL.len(), 12);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SectionKey {
    /// `background`: 背景、目的.
    Background,
    /// `guidance`: 指导思想/总体要求.
    Guidance,
    /// `goals`: 工作目标.
    Goals,
    /// `phases`: 实施步骤.
    Phases,
    /// `responsibilities`: 职责分工.
    Responsibilities,
    /// `requirements`: 工作要求.
    Requirements,
    /// `safeguards`: 保障措施.
    Safeguards,
    /// `situation`: 基本情况 (summaries).
    Situation,
    /// `achievements`: 主要做法和成效.
    Achievements,
    /// `problems`: 存在的问题.
    Problems,
    /// `next_steps`: 下一步打算.
    NextSteps,
    /// `sections`: the writer's own sections, in their order.
    Sections,
}

impl SectionKey {
    /// Every section key, in the model's order.
    pub const ALL: [SectionKey; 12] = [
        SectionKey::Background,
        SectionKey::Guidance,
        SectionKey::Goals,
        SectionKey::Phases,
        SectionKey::Responsibilities,
        SectionKey::Requirements,
        SectionKey::Safeguards,
        SectionKey::Situation,
        SectionKey::Achievements,
        SectionKey::Problems,
        SectionKey::NextSteps,
        SectionKey::Sections,
    ];

    /// The key as the input file and the templates write it.
    pub fn key(self) -> &'static str {
        match self {
            SectionKey::Background => "background",
            SectionKey::Guidance => "guidance",
            SectionKey::Goals => "goals",
            SectionKey::Phases => "phases",
            SectionKey::Responsibilities => "responsibilities",
            SectionKey::Requirements => "requirements",
            SectionKey::Safeguards => "safeguards",
            SectionKey::Situation => "situation",
            SectionKey::Achievements => "achievements",
            SectionKey::Problems => "problems",
            SectionKey::NextSteps => "next_steps",
            SectionKey::Sections => "sections",
        }
    }

    /// The section a key names, if any.
    pub fn from_key(key: &str) -> Option<SectionKey> {
        SectionKey::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// The kind of document, which picks the template and the default wording.
///
/// Input files may use the English key or the Chinese name: `plan`/`工作计划`,
/// `work_points`/`工作要点`, `scheme`/`实施方案`, `activity_plan`/`活动方案`,
/// `summary`/`工作总结`, `report`/`工作报告` (工作汇报, 情况报告), `speech`/`讲话稿`.
///
/// ```
/// use gongwen::DocKind;
/// assert_eq!(DocKind::from_name("活动方案"), Some(DocKind::ActivityPlan));
/// assert_eq!(DocKind::from_name("工作汇报"), Some(DocKind::Report));
/// assert_eq!(DocKind::Summary.chinese_name(), "工作总结");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocKind {
    /// 工作计划.
    #[default]
    #[serde(alias = "工作计划", alias = "计划", alias = "行动计划")]
    Plan,
    /// 工作要点: a plan that lists the year's main tasks, under its own name.
    #[serde(alias = "工作要点", alias = "要点")]
    WorkPoints,
    /// 实施方案.
    #[serde(alias = "实施方案", alias = "方案", alias = "工作方案")]
    Scheme,
    /// 活动方案.
    #[serde(alias = "活动方案", alias = "活动实施方案")]
    ActivityPlan,
    /// 工作总结.
    #[serde(alias = "工作总结", alias = "总结")]
    Summary,
    /// 工作报告 / 工作汇报 / 情况报告: a summary addressed to a superior (上行文), with 签发人
    /// in its 版头 when it has one.
    #[serde(
        alias = "工作报告",
        alias = "工作汇报",
        alias = "情况报告",
        alias = "报告",
        alias = "汇报"
    )]
    Report,
    /// 讲话稿: a title, the speaker and date under it, 同志们：, and no signature block.
    #[serde(alias = "讲话稿", alias = "讲话", alias = "发言稿", alias = "讲话材料")]
    Speech,
}

impl DocKind {
    /// Every kind, in the order `gongwen new --list` lists them.
    pub const ALL: [DocKind; 7] = [
        DocKind::Plan,
        DocKind::WorkPoints,
        DocKind::Scheme,
        DocKind::ActivityPlan,
        DocKind::Summary,
        DocKind::Report,
        DocKind::Speech,
    ];

    /// The key used in input files and template names: `plan`, `work_points`, `scheme`,
    /// `activity_plan`, `summary`, `report`, `speech`.
    ///
    /// ```
    /// assert_eq!(gongwen::DocKind::ActivityPlan.key(), "activity_plan");
    /// ```
    pub fn key(self) -> &'static str {
        match self {
            DocKind::Plan => "plan",
            DocKind::WorkPoints => "work_points",
            DocKind::Scheme => "scheme",
            DocKind::ActivityPlan => "activity_plan",
            DocKind::Summary => "summary",
            DocKind::Report => "report",
            DocKind::Speech => "speech",
        }
    }

    /// The Chinese name of the genre.
    ///
    /// ```
    /// assert_eq!(gongwen::DocKind::Scheme.chinese_name(), "实施方案");
    /// ```
    pub fn chinese_name(self) -> &'static str {
        match self {
            DocKind::Plan => "工作计划",
            DocKind::WorkPoints => "工作要点",
            DocKind::Scheme => "实施方案",
            DocKind::ActivityPlan => "活动方案",
            DocKind::Summary => "工作总结",
            DocKind::Report => "工作报告",
            DocKind::Speech => "讲话稿",
        }
    }

    /// One line on what the kind is for, in Chinese (`gongwen new --list`, the web page).
    ///
    /// ```
    /// assert!(gongwen::DocKind::Speech.description().contains("讲话"));
    /// ```
    pub fn description(self) -> &'static str {
        match self {
            DocKind::Plan => "一个时期的工作安排：目标、步骤、分工、要求",
            DocKind::WorkPoints => "一年或一个时期的重点任务，条目简明，常随通知印发",
            DocKind::Scheme => "一项具体工作的实施安排，常附任务分工表，随印发通知下发",
            DocKind::ActivityPlan => "一次活动的主题、时间、内容、分工和要求",
            DocKind::Summary => "回顾一个时期的工作：做法和成效、问题、下一步打算",
            DocKind::Report => "向上级报告工作情况（工作汇报、情况报告），上行文，可写签发人",
            DocKind::Speech => "会议上的讲话，标题下注明讲话人和日期，以“同志们：”开头，不署名",
        }
    }

    /// Looks a kind up by its key or Chinese name (or a usual other name: 计划, 要点, 方案,
    /// 总结, 工作汇报, 情况报告, 讲话 …).
    ///
    /// ```
    /// assert_eq!(gongwen::DocKind::from_name("summary"), Some(gongwen::DocKind::Summary));
    /// assert_eq!(gongwen::DocKind::from_name("情况报告"), Some(gongwen::DocKind::Report));
    /// assert_eq!(gongwen::DocKind::from_name("请示"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<DocKind> {
        let name = name.trim();
        DocKind::ALL
            .into_iter()
            .find(|k| k.key() == name || k.chinese_name() == name)
            .or(match name {
                "计划" | "行动计划" => Some(DocKind::Plan),
                "要点" => Some(DocKind::WorkPoints),
                "方案" | "工作方案" => Some(DocKind::Scheme),
                "活动实施方案" => Some(DocKind::ActivityPlan),
                "总结" => Some(DocKind::Summary),
                "工作汇报" | "情况报告" | "报告" | "汇报" => Some(DocKind::Report),
                "讲话" | "发言稿" | "讲话材料" => Some(DocKind::Speech),
                _ => None,
            })
    }

    /// Whether this is the summary family (工作总结, 工作报告): it looks back, with
    /// achievements, problems and next steps.
    ///
    /// ```
    /// assert!(gongwen::DocKind::Summary.is_summary());
    /// assert!(gongwen::DocKind::Report.is_summary());
    /// assert!(!gongwen::DocKind::WorkPoints.is_summary());
    /// ```
    pub fn is_summary(self) -> bool {
        matches!(self, DocKind::Summary | DocKind::Report)
    }

    /// Whether the document has a signature block (署名 and 成文日期): every kind but the
    /// 讲话稿, whose speaker and date stand under the title.
    ///
    /// ```
    /// assert!(!gongwen::DocKind::Speech.is_signed());
    /// assert!(gongwen::DocKind::Report.is_signed());
    /// ```
    pub fn is_signed(self) -> bool {
        self != DocKind::Speech
    }
}

impl JsonSchema for DocKind {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DocKind".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "文种：工作计划、工作要点、实施方案、活动方案、工作总结、工作报告、讲话稿（或 plan、work_points、scheme、activity_plan、summary、report、speech）",
            "enum": [
                "plan", "work_points", "scheme", "activity_plan", "summary", "report", "speech",
                "工作计划", "工作要点", "实施方案", "活动方案", "工作总结", "工作报告", "讲话稿",
                "计划", "行动计划", "要点", "方案", "工作方案", "活动实施方案", "总结",
                "工作汇报", "情况报告", "报告", "汇报", "讲话", "发言稿", "讲话材料"
            ]
        })
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.chinese_name())
    }
}

/// One or more paragraphs of text. Input files may give a single string or a list of strings.
///
/// ```
/// use gongwen::model::Paragraphs;
/// let p = Paragraphs::from("第一段");
/// assert_eq!(p.0, vec!["第一段".to_string()]);
/// assert!(Paragraphs::default().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(transparent)]
pub struct Paragraphs(pub Vec<String>);

impl JsonSchema for Paragraphs {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Paragraphs".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "一段文字，或多段文字的列表",
            "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }]
        })
    }
}

impl Paragraphs {
    /// True when there is no paragraph with any visible text.
    ///
    /// ```
    /// assert!(gongwen::model::Paragraphs::from("  ").is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|p| p.trim().is_empty())
    }
}

impl From<&str> for Paragraphs {
    fn from(s: &str) -> Self {
        Paragraphs(vec![s.to_string()])
    }
}

impl From<Vec<String>> for Paragraphs {
    fn from(v: Vec<String>) -> Self {
        Paragraphs(v)
    }
}

/// A list of units (单位). Input files may give a list, or one string separated by `、`, `，` or `,`.
///
/// ```
/// use gongwen::model::Units;
/// let u = Units::from("区教育局、区卫生局");
/// assert_eq!(u.0, vec!["区教育局", "区卫生局"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(transparent)]
pub struct Units(pub Vec<String>);

impl JsonSchema for Units {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Units".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "单位名称的列表，或用“、”隔开的一个字符串",
            "anyOf": [{ "type": "string" }, { "type": "array", "items": { "type": "string" } }]
        })
    }
}

impl Units {
    /// True when no unit is named.
    ///
    /// ```
    /// assert!(gongwen::model::Units::default().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|u| u.trim().is_empty())
    }
}

impl From<&str> for Units {
    fn from(s: &str) -> Self {
        Units(
            s.split(['、', '，', ',', '；', ';'])
                .map(str::trim)
                .filter(|u| !u.is_empty())
                .map(String::from)
                .collect(),
        )
    }
}

/// Deserializes a string or a sequence of strings.
fn string_or_seq<'de, D: Deserializer<'de>>(
    d: D,
    what: &'static str,
) -> Result<Vec<String>, D::Error> {
    struct V(&'static str);
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.0)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(s) = seq.next_element::<String>()? {
                out.push(s);
            }
            Ok(out)
        }
    }
    d.deserialize_any(V(what))
}

impl<'de> Deserialize<'de> for Paragraphs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        string_or_seq(d, "一段文字或文字列表").map(Paragraphs)
    }
}

impl<'de> Deserialize<'de> for Units {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = string_or_seq(d, "单位名称，或单位名称列表")?;
        Ok(Units(
            v.iter().flat_map(|s| Units::from(s.as_str()).0).collect(),
        ))
    }
}

/// A start and end date.
///
/// ```
/// use gongwen::model::Period;
/// let p = Period { start: "2025-04-01".parse().unwrap(), end: "2025-12-31".parse().unwrap() };
/// assert!(p.start < p.end);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// 起始日期.
    pub start: Date,
    /// 截止日期.
    pub end: Date,
}

/// An item of a list: a goal, a task, a requirement, a problem. Rendered as a numbered
/// heading one level below its parent; with a `title` the text is run in after it
/// (`1.加强组织领导。各单位要……`).
///
/// ```
/// use gongwen::model::Item;
/// let item = Item { title: Some("加强组织领导".into()), text: "各单位要……".into(), ..Item::default() };
/// assert!(item.items.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Item {
    /// A short heading (小标题), run in before the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The text.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub text: Paragraphs,
    /// A quantitative target (量化指标), e.g. `覆盖率达到95%以上`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The units that carry it out (责任单位).
    #[serde(skip_serializing_if = "Units::is_empty")]
    pub units: Units,
    /// When it is due (完成时限).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// A table printed after the text, before the sub-items (比赛项目 | 时限 | 要求), as a
    /// section's ([`Section::table`]): always on portrait pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<AnnexTable>,
    /// Sub-items, one level further down.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
}

/// 指导思想 / 总体要求 / 基本原则.
///
/// ```
/// let g = gongwen::model::Guidance { text: "以……为指导".into(), ..Default::default() };
/// assert!(g.principles.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Guidance {
    /// The guidance paragraphs.
    pub text: Paragraphs,
    /// 基本原则, each usually a title with text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub principles: Vec<Item>,
}

/// 工作目标: an overall goal and goal items.
///
/// ```
/// let g = gongwen::model::Goals { overall: "到年底……".into(), ..Default::default() };
/// assert!(g.items.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Goals {
    /// 总体目标.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub overall: Paragraphs,
    /// 具体目标, each optionally with a `target` and a `deadline`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
}

/// A phase of 实施步骤 (准备阶段, 组织实施阶段, 总结提升阶段 …).
///
/// ```
/// let p = gongwen::model::Phase { name: "准备阶段".into(), start: "2025-04上旬".parse().ok(), ..Default::default() };
/// assert_eq!(p.start.unwrap().to_string(), "2025年4月上旬");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Phase {
    /// The phase's name.
    pub name: String,
    /// When it starts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// When it ends.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<Date>,
    /// When it runs, in the writer's words (`2007年4-5月`, `每周五下午`, `4月30日评比`): printed
    /// instead of `start` and `end`, which still date the phase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// A description of the phase.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub text: Paragraphs,
    /// The tasks of the phase.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Item>,
}

/// What a column of [`Document::phases_table`] holds, by its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhaseColumn {
    /// 序号: the row's number.
    Number,
    /// 时间, 日期, 时限, 时段: the phase's `when`, else its dates.
    Time,
    /// The phase's name.
    Name,
    /// The phase's paragraph of this index (the last such column takes any left over).
    Text(usize),
}

/// Whether a table's column header names the time (时间, 完成日期, 时限, 时段, 期限).
pub(crate) fn names_time(header: &str) -> bool {
    ["时间", "日期", "时限", "时段", "期限"]
        .iter()
        .any(|w| header.contains(w))
}

/// The role of each column of a phases table with this header (see
/// [`Document::phases_table`]): the first 序号 numbers, the first time column dates, the first
/// other column names, and the rest hold paragraphs.
pub(crate) fn phase_columns<S: AsRef<str>>(header: &[S]) -> Vec<PhaseColumn> {
    let (mut number, mut time, mut name, mut texts) = (false, false, false, 0);
    header
        .iter()
        .map(|h| {
            let h = h.as_ref().trim();
            if !number && matches!(h, "序号" | "序" | "编号") {
                number = true;
                PhaseColumn::Number
            } else if !time && names_time(h) {
                time = true;
                PhaseColumn::Time
            } else if !name {
                name = true;
                PhaseColumn::Name
            } else {
                texts += 1;
                PhaseColumn::Text(texts - 1)
            }
        })
        .collect()
}

/// One duty of a responsibility area: a row of the 任务分工表.
///
/// ```
/// let d = gongwen::model::Duty { task: "完成摸底排查".into(), lead: "区民政局".into(), ..Default::default() };
/// assert_eq!(d.lead.0, vec!["区民政局"]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Duty {
    /// 工作任务.
    pub task: String,
    /// 目标要求 (optional quantitative target).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// 牵头单位; when empty, the area's lead units apply.
    #[serde(skip_serializing_if = "Units::is_empty")]
    pub lead: Units,
    /// 责任单位.
    #[serde(skip_serializing_if = "Units::is_empty")]
    pub units: Units,
    /// 完成时限.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// Paragraphs under the duty's line: how it is done, in prose. Printed after the line, as
    /// body text; an imported plan keeps a duty's paragraphs here as written. The task table
    /// shows the task and target only.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub text: Paragraphs,
}

/// A responsibility area of 职责分工: lead, responsible and cooperating units, and duties.
///
/// ```
/// let a = gongwen::model::Area { area: "就业和社会保障".into(), lead: "区人社局".into(), ..Default::default() };
/// assert!(a.duties.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Area {
    /// The area's name.
    pub area: String,
    /// 牵头单位.
    #[serde(skip_serializing_if = "Units::is_empty")]
    pub lead: Units,
    /// 责任单位.
    #[serde(skip_serializing_if = "Units::is_empty")]
    pub responsible: Units,
    /// 配合单位.
    #[serde(skip_serializing_if = "Units::is_empty")]
    pub cooperate: Units,
    /// What the area is about, or the duties in prose.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub text: Paragraphs,
    /// The duties, one row each in the task table.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub duties: Vec<Duty>,
}

/// A figure in an achievement: `发放宣传资料` `1000` `份`.
///
/// ```
/// let f = gongwen::model::Figure { label: "发放宣传资料".into(), value: "1000".into(), unit: "份".into() };
/// assert_eq!(f.to_string(), "发放宣传资料1000份");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Figure {
    /// What was counted.
    pub label: String,
    /// The number, as written.
    pub value: String,
    /// The measure word or unit (份, 人次, 万元, %).
    pub unit: String,
}

impl fmt::Display for Figure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{}", self.label, self.value, self.unit)
    }
}

/// An achievement of a summary: what was done (做法) and what it achieved (成效).
///
/// ```
/// let a = gongwen::model::Achievement { title: "强化宣传教育".into(), ..Default::default() };
/// assert!(a.figures.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Achievement {
    /// A short heading.
    pub title: String,
    /// 做法: what was done.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub practice: Paragraphs,
    /// 成效: what it achieved.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub results: Paragraphs,
    /// Figures that show the results.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Sub-items.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
}

/// A section the typed model does not name (组织机构, 宣传报道 …), with nested items; it may
/// also hold the document's steps, where a writer puts them inside another part
/// (`二、组织实施` / `（一）加强领导` / `（二）实施步骤` / `（三）经费保障`).
///
/// ```
/// let s = gongwen::model::Section { heading: "组织机构".into(), ..Default::default() };
/// assert!(s.items.is_empty() && s.table.is_none() && s.phases_at.is_none());
/// // 二、组织实施 with its steps as its second part, between its two items.
/// let doc = gongwen::Document::from_toml_str(r#"
/// kind = "scheme"
/// title = "某县人居环境整治工作方案"
/// [headings]
/// phases = "实施步骤"
/// [[sections]]
/// heading = "组织实施"
/// phases_at = 1
/// items = [{ title = "加强领导。", text = ["成立专班。"] },
///          { title = "经费保障。", text = ["安排专项资金。"] }]
/// [[phases]]
/// name = "动员部署阶段"
/// start = "2026-03-01"
/// end = "2026-03-15"
/// [[phases]]
/// name = "集中整治阶段"
/// start = "2026-03-16"
/// end = "2026-05-31"
/// "#).unwrap();
/// let text = gongwen::Renderer::new().render_text(&doc).unwrap();
/// // The template's block text: # 一、  ## （一）  ### 1.
/// let at = |s: &str| text.find(s).unwrap();
/// assert!(at("# 组织实施") < at("## 加强领导。"));
/// assert!(at("## 加强领导。") < at("## 实施步骤\n### 动员部署阶段（2026年3月1日—3月15日）"));
/// assert!(at("### 集中整治阶段") < at("## 经费保障。"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Section {
    /// The section heading.
    pub heading: String,
    /// Paragraphs under the heading.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub text: Paragraphs,
    /// Items, one level down, nested as deep as level 4.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// A table printed in the body after the text, before the items (日程安排表, 指标完成
    /// 情况, 联系方式): the header repeated on every page, no row split over two, always on
    /// portrait pages (`landscape` is for an annex's table).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<AnnexTable>,
    /// Where the document's phases print when they are part of this section: before item
    /// number `phases_at` (0: before the first; the number of items: after the last), as a
    /// part headed `headings.phases` (实施步骤 when unset), the phases one level below it.
    /// `None` (the usual case): the phases are a section of their own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phases_at: Option<usize>,
}

/// An attachment (附件): listed in the 附件说明 and printed as an annex on a new page.
///
/// ```
/// let a = gongwen::model::Attachment { title: "活动报名表".into(), ..Default::default() };
/// assert!(a.text.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Attachment {
    /// The attachment's title.
    pub title: String,
    /// Its text.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub text: Paragraphs,
    /// Its items.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
    /// A table after the text (名单, 统计表).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<AnnexTable>,
}

/// Headings that replace the template's default heading of a typed section.
///
/// ```
/// let h = gongwen::model::Headings { guidance: Some("总体要求".into()), ..Default::default() };
/// assert!(h.goals.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(default, deny_unknown_fields)]
#[allow(missing_docs)]
pub struct Headings {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub background: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub guidance: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub principles: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goals: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phases: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub responsibilities: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirements: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safeguards: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub situation: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub achievements: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problems: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_steps: Option<String>,
}

/// A plan or a summary: the whole input of a render.
///
/// Build one in code, or load one with [`Document::from_path`] and friends.
///
/// ```
/// use gongwen::{Document, DocKind, Renderer};
/// use gongwen::model::Item;
/// let mut doc = Document::new(DocKind::Plan, "某街道2025年消防安全宣传工作计划");
/// doc.issuer = "某街道办事处".into();
/// doc.date = "2025-03-01".parse().ok();
/// doc.requirements.push(Item { title: Some("加强组织领导".into()), text: "各社区要……".into(), ..Item::default() });
/// let bytes = Renderer::new().render_to_bytes(&doc).unwrap();
/// assert_eq!(&bytes[..2], b"PK");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "gongwen 输入文件",
    description = "工作计划、实施方案、活动方案、工作总结的内容；见 gongwen new 生成的骨架"
)]
pub struct Document {
    /// Where editors find the JSON Schema (`"$schema"` in JSON files); ignored otherwise.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The kind of document.
    pub kind: DocKind,
    /// 标题.
    #[serde(default)]
    pub title: String,
    /// 主送机关, e.g. `各社区居委会、街道各科室：`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressee: Option<String>,
    /// 署名 (the issuing body).
    #[serde(default)]
    pub issuer: String,
    /// 成文日期: must be a single day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// 起止日期 of the work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// 讲话人 of a 讲话稿 (`县委副书记、县长  张某某`), printed under the title with the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Print the speaker's line above the bracketed date, not under it, as some speeches are
    /// written (`县长  王某某` / `（2024年2月20日）`); [`import`](crate::import) sets it from the source.
    #[serde(default, skip_serializing_if = "is_default")]
    pub speaker_first: bool,
    /// 开头语: basis and purpose. `None` (the key left out) lets the template write the genre's
    /// usual opening; `Some` gives the paragraphs to print, and none at all when it is empty
    /// (`opening = []`: what [`import`](crate::import) gives a document that has no opening, so
    /// that its render adds no text the source did not have).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening: Option<Paragraphs>,
    /// Print the text as written, as [`import`](crate::import) sets it: no 。 is added at the
    /// end of an item or a title, a titled item whose title ends no sentence (`（一）政治
    /// 学习`, its text on the next line) keeps its title on a line of its own, and an empty
    /// `closing` prints none. Left out (`false`), items end with 。, titles run in before their
    /// text (`（一）政治学习。学习……`) and a report ends 特此报告。, as drafts written for
    /// gongwen want.
    #[serde(default, skip_serializing_if = "is_default")]
    pub as_written: bool,
    /// 结束语: the closing paragraph. When empty the template writes the genre's usual one
    /// where it has one (特此报告。 for a report); plans and summaries end with their last section.
    #[serde(default, skip_serializing_if = "Paragraphs::is_empty")]
    pub closing: Paragraphs,
    /// 附注 under the 成文日期 (GB/T 9704 7.3.6): `（此件公开发布）`, `（联系人：张某，电话：1234567）`.
    /// Parentheses are added when missing.
    #[serde(default, skip_serializing_if = "Paragraphs::is_empty")]
    pub remarks: Paragraphs,
    /// Keywords for the file's properties.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// Section order, by key (`guidance`, `goals`, `phases`, `responsibilities`,
    /// `requirements`, `safeguards`, `background`, `situation`, `achievements`, `problems`,
    /// `next_steps`) or by a custom section's heading. Sections not named follow in the
    /// template's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order: Vec<String>,
    /// Headings that replace the defaults.
    #[serde(default, skip_serializing_if = "is_default")]
    pub headings: Headings,
    /// 版头: 份号, 密级, 紧急程度, 发文机关标志, 发文字号, 签发人 and the red line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<Banner>,
    /// 印发通知: the document becomes the notice that issues it, the plan its first attachment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<Notice>,
    /// 版记: 抄送机关, 印发机关 and 印发日期 at the foot of the last page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<Record>,
    /// 背景 / 基本情况 of a plan.
    #[serde(default, skip_serializing_if = "Paragraphs::is_empty")]
    pub background: Paragraphs,
    /// 指导思想 / 总体要求.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub guidance: Option<Guidance>,
    /// 工作目标.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goals: Option<Goals>,
    /// 实施步骤.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// Paragraphs under the 实施步骤 heading, before its phases (`专项行动从即日起至10月31日，分三个阶段推进。`).
    #[serde(default, skip_serializing_if = "Paragraphs::is_empty")]
    pub phases_text: Paragraphs,
    /// The columns of a table to print the phases in, one row a phase (a Word draft's
    /// `阶段 | 时间 | 主要工作`). A column named 序号 numbers the rows; the first naming the time
    /// (时间, 日期, 时限, 时段) holds the phase's `when`, else its dates; the first other column
    /// its name, and the columns after that its paragraphs in turn (the last takes any left
    /// over). Default: no table, each phase a heading with its text under it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phases_table: Option<Vec<String>>,
    /// 职责分工.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<Area>,
    /// Whether to append the 任务分工表 annex built from the responsibilities' duties.
    /// Default: yes when any duty is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_table: Option<bool>,
    /// 工作要求.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requirements: Vec<Item>,
    /// 保障措施.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub safeguards: Vec<Item>,
    /// 基本情况 of a summary.
    #[serde(default, skip_serializing_if = "Paragraphs::is_empty")]
    pub situation: Paragraphs,
    /// 主要做法和成效.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub achievements: Vec<Achievement>,
    /// 存在的问题.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Item>,
    /// 下一步打算.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub next_steps: Vec<Item>,
    /// Sections the typed model does not name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// 附件.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<Attachment>,
    /// Font names, when the defaults (GB names) should be replaced.
    #[serde(default, skip_serializing_if = "is_default")]
    pub fonts: Fonts,
}

fn is_default<T: Default + PartialEq>(t: &T) -> bool {
    *t == T::default()
}

impl Document {
    /// The JSON Schema of input files, generated from these types: editors use it to
    /// complete and check fields as the writer types (`gongwen schema`).
    ///
    /// ```
    /// let schema = gongwen::Document::json_schema();
    /// assert!(schema.contains("\"phases\""));
    /// ```
    pub fn json_schema() -> String {
        let mut schema = schemars::schema_for!(Document);
        schema.insert(
            "$id".into(),
            "https://gongwen.invalid/schema/input.json".into(),
        );
        serde_json::to_string_pretty(&schema).expect("a schema serialises")
    }

    /// An empty document of `kind` with a title; fill in the rest.
    ///
    /// ```
    /// let doc = gongwen::Document::new(gongwen::DocKind::Summary, "2025年工作总结");
    /// assert_eq!(doc.title, "2025年工作总结");
    /// ```
    pub fn new(kind: DocKind, title: impl Into<String>) -> Document {
        Document {
            schema: None,
            kind,
            title: title.into(),
            addressee: None,
            issuer: String::new(),
            date: None,
            period: None,
            speaker: None,
            speaker_first: false,
            opening: None,
            as_written: false,
            closing: Paragraphs::default(),
            remarks: Paragraphs::default(),
            keywords: Vec::new(),
            order: Vec::new(),
            headings: Headings::default(),
            banner: None,
            notice: None,
            record: None,
            background: Paragraphs::default(),
            guidance: None,
            goals: None,
            phases: Vec::new(),
            phases_text: Paragraphs::default(),
            phases_table: None,
            responsibilities: Vec::new(),
            task_table: None,
            requirements: Vec::new(),
            safeguards: Vec::new(),
            situation: Paragraphs::default(),
            achievements: Vec::new(),
            problems: Vec::new(),
            next_steps: Vec::new(),
            sections: Vec::new(),
            attachments: Vec::new(),
            fonts: Fonts::default(),
        }
    }

    /// Whether the 任务分工表 annex will be generated.
    ///
    /// ```
    /// let doc = gongwen::Document::new(gongwen::DocKind::Scheme, "方案");
    /// assert!(!doc.has_task_table());
    /// ```
    pub fn has_task_table(&self) -> bool {
        let any = self.responsibilities.iter().any(|a| !a.duties.is_empty());
        self.task_table.unwrap_or(true) && any
    }
}
