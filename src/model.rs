//! The typed document: a plan or a summary, section by section.
//!
//! Every struct here is plain data with public fields, `Default`, and serde support, so a
//! program can build a document in code as easily as load one. Input files use the same
//! field names (see the crate docs and `examples/`).

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::date::Date;
use crate::layout::Fonts;

/// The kind of document, which picks the template and the default wording.
///
/// Input files may use the English key or the Chinese name:
/// `plan`/`工作计划`, `scheme`/`实施方案`, `activity_plan`/`活动方案`, `summary`/`工作总结`.
///
/// ```
/// use gongwen::DocKind;
/// assert_eq!(DocKind::from_name("活动方案"), Some(DocKind::ActivityPlan));
/// assert_eq!(DocKind::Summary.chinese_name(), "工作总结");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DocKind {
    /// 工作计划.
    #[default]
    #[serde(
        alias = "工作计划",
        alias = "计划",
        alias = "工作要点",
        alias = "行动计划"
    )]
    Plan,
    /// 实施方案.
    #[serde(alias = "实施方案", alias = "方案", alias = "工作方案")]
    Scheme,
    /// 活动方案.
    #[serde(alias = "活动方案", alias = "活动实施方案")]
    ActivityPlan,
    /// 工作总结.
    #[serde(alias = "工作总结", alias = "总结")]
    Summary,
}

impl DocKind {
    /// Every kind, in the order `gongwen new` lists them.
    pub const ALL: [DocKind; 4] = [
        DocKind::Plan,
        DocKind::Scheme,
        DocKind::ActivityPlan,
        DocKind::Summary,
    ];

    /// The key used in input files and template names: `plan`, `scheme`, `activity_plan`, `summary`.
    ///
    /// ```
    /// assert_eq!(gongwen::DocKind::ActivityPlan.key(), "activity_plan");
    /// ```
    pub fn key(self) -> &'static str {
        match self {
            DocKind::Plan => "plan",
            DocKind::Scheme => "scheme",
            DocKind::ActivityPlan => "activity_plan",
            DocKind::Summary => "summary",
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
            DocKind::Scheme => "实施方案",
            DocKind::ActivityPlan => "活动方案",
            DocKind::Summary => "工作总结",
        }
    }

    /// Looks a kind up by its key or Chinese name.
    ///
    /// ```
    /// assert_eq!(gongwen::DocKind::from_name("summary"), Some(gongwen::DocKind::Summary));
    /// assert_eq!(gongwen::DocKind::from_name("报告"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<DocKind> {
        let name = name.trim();
        DocKind::ALL
            .into_iter()
            .find(|k| k.key() == name || k.chinese_name() == name)
            .or(match name {
                "计划" | "工作要点" | "行动计划" => Some(DocKind::Plan),
                "方案" | "工作方案" => Some(DocKind::Scheme),
                "活动实施方案" => Some(DocKind::ActivityPlan),
                "总结" => Some(DocKind::Summary),
                _ => None,
            })
    }

    /// Whether this is the summary genre (as opposed to the plan family).
    ///
    /// ```
    /// assert!(gongwen::DocKind::Summary.is_summary());
    /// ```
    pub fn is_summary(self) -> bool {
        self == DocKind::Summary
    }
}

impl JsonSchema for DocKind {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DocKind".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "文种：工作计划、实施方案、活动方案、工作总结（或 plan、scheme、activity_plan、summary）",
            "enum": [
                "plan", "scheme", "activity_plan", "summary",
                "工作计划", "实施方案", "活动方案", "工作总结",
                "计划", "工作要点", "行动计划", "方案", "工作方案", "活动实施方案", "总结"
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
/// use gongwen::Paragraphs;
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
    /// assert!(gongwen::Paragraphs::from("  ").is_empty());
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
/// use gongwen::Units;
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
    /// assert!(gongwen::Units::default().is_empty());
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
/// use gongwen::Period;
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
/// use gongwen::Item;
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
    /// Sub-items, one level further down.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<Item>,
}

/// 指导思想 / 总体要求 / 基本原则.
///
/// ```
/// let g = gongwen::Guidance { text: "以……为指导".into(), ..Default::default() };
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
/// let g = gongwen::Goals { overall: "到年底……".into(), ..Default::default() };
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
/// let p = gongwen::Phase { name: "准备阶段".into(), start: "2025-04上旬".parse().ok(), ..Default::default() };
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
    /// A description of the phase.
    #[serde(skip_serializing_if = "Paragraphs::is_empty")]
    pub text: Paragraphs,
    /// The tasks of the phase.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Item>,
}

/// One duty of a responsibility area: a row of the 任务分工表.
///
/// ```
/// let d = gongwen::Duty { task: "完成摸底排查".into(), lead: "区民政局".into(), ..Default::default() };
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
}

/// A responsibility area of 职责分工: lead, responsible and cooperating units, and duties.
///
/// ```
/// let a = gongwen::Area { area: "就业和社会保障".into(), lead: "区人社局".into(), ..Default::default() };
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
/// let f = gongwen::Figure { label: "发放宣传资料".into(), value: "1000".into(), unit: "份".into() };
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
/// let a = gongwen::Achievement { title: "强化宣传教育".into(), ..Default::default() };
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

/// A section the typed model does not name (组织机构, 宣传报道 …), with nested items.
///
/// ```
/// let s = gongwen::Section { heading: "组织机构".into(), ..Default::default() };
/// assert!(s.items.is_empty());
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
}

/// An attachment (附件): listed in the 附件说明 and printed as an annex on a new page.
///
/// ```
/// let a = gongwen::Attachment { title: "活动报名表".into(), ..Default::default() };
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
}

/// Headings that replace the template's default heading of a typed section.
///
/// ```
/// let h = gongwen::Headings { guidance: Some("总体要求".into()), ..Default::default() };
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
/// use gongwen::{Document, DocKind, Item, Renderer};
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
    /// 开头语: basis and purpose. When empty the template writes the genre's usual opening.
    #[serde(default, skip_serializing_if = "Paragraphs::is_empty")]
    pub opening: Paragraphs,
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
            opening: Paragraphs::default(),
            keywords: Vec::new(),
            order: Vec::new(),
            headings: Headings::default(),
            background: Paragraphs::default(),
            guidance: None,
            goals: None,
            phases: Vec::new(),
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
