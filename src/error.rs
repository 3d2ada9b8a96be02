//! The one error type of the crate.

use std::fmt;

/// What went wrong, broadly. Match on this; read the [`Error`]'s `Display` for the rest.
///
/// ```
/// use gongwen::{Document, ErrorKind};
/// let err = Document::from_toml_str("title = 3").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::Syntax);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input file is not valid TOML, YAML or JSON, has a wrong type, an unknown key or
    /// a bad value (such as an impossible date).
    Syntax,
    /// The input file could not be read, or an output file could not be written.
    Io,
    /// The output file exists and overwriting was not allowed.
    Exists,
    /// The input file's extension names no format this crate reads.
    UnknownFormat,
    /// The document parsed but failed validation; [`Error::problems`] lists every problem.
    Invalid,
    /// A template failed to compile or render.
    Template,
    /// Templates produced a line the block language does not know.
    Block,
    /// The input is larger than the limits this crate accepts.
    TooLarge,
    /// Writing the .docx failed, or (in a batch) some inputs could not be rendered.
    Write,
}

impl ErrorKind {
    /// A short Chinese description of the kind.
    ///
    /// ```
    /// assert_eq!(gongwen::ErrorKind::Invalid.description(), "内容校验未通过");
    /// ```
    pub fn description(self) -> &'static str {
        match self {
            ErrorKind::Syntax => "输入文件格式错误",
            ErrorKind::Io => "读写文件失败",
            ErrorKind::Exists => "输出文件已存在",
            ErrorKind::UnknownFormat => "无法识别的输入格式",
            ErrorKind::Invalid => "内容校验未通过",
            ErrorKind::Template => "模板错误",
            ErrorKind::Block => "模板输出有误",
            ErrorKind::TooLarge => "输入超出限制",
            ErrorKind::Write => "生成文档失败",
        }
    }
}

/// Where an error happened: a place in an input file, a template line, or a data path.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    /// The file (input file or template name), when known.
    pub file: Option<String>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// The data path (`phases[2].end`), when known.
    pub path: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut wrote = false;
        if let Some(file) = &self.file {
            write!(f, "{file}")?;
            wrote = true;
        }
        if let Some(line) = self.line {
            write!(f, "{}{line}", if wrote { ":" } else { "第" })?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
            if !wrote {
                write!(f, "行")?;
            }
            wrote = true;
        }
        if let Some(path) = &self.path {
            if wrote {
                write!(f, " ")?;
            }
            write!(f, "[{path}]")?;
        }
        Ok(())
    }
}

/// The error type of every fallible function in the crate.
///
/// `Display` reads `位置: 种类：说明`, in Chinese, for writers;
/// [`kind`](Error::kind), [`location`](Error::location) and [`problems`](Error::problems)
/// give programs the parts.
///
/// ```
/// use gongwen::Document;
/// let err = Document::from_toml_str("kind = \"plan\"\ntitel = \"x\"\n").unwrap_err();
/// let text = err.to_string();
/// assert!(text.contains("titel"), "{text}");
/// assert!(text.contains("title"), "{text}"); // the nearest valid key
/// ```
pub struct Error {
    repr: Box<Repr>,
}

struct Repr {
    kind: ErrorKind,
    detail: String,
    location: Location,
    problems: Vec<Problem>,
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl Error {
    /// Makes an error of `kind` with a Chinese `detail`.
    ///
    /// ```
    /// let e = gongwen::Error::new(gongwen::ErrorKind::Io, "磁盘已满");
    /// assert_eq!(e.detail(), "磁盘已满");
    /// ```
    pub fn new(kind: ErrorKind, detail: impl Into<String>) -> Error {
        Error {
            repr: Box::new(Repr {
                kind,
                detail: detail.into(),
                location: Location::default(),
                problems: Vec::new(),
                source: None,
            }),
        }
    }

    /// The same error with `source` as its cause (shown by `{:#}` and
    /// [`std::error::Error::source`]).
    ///
    /// ```
    /// use std::error::Error as _;
    /// let io = std::io::Error::other("disk full");
    /// let e = gongwen::Error::new(gongwen::ErrorKind::Io, "写入失败").with_source(io);
    /// assert!(e.source().is_some());
    /// ```
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Error {
        self.repr.source = Some(Box::new(source));
        self
    }

    /// The same error, located in `file` (an input file, a template or a table row).
    ///
    /// ```
    /// let e = gongwen::Error::new(gongwen::ErrorKind::Io, "磁盘已满").with_file("方案.docx");
    /// assert_eq!(e.to_string(), "方案.docx: 读写文件失败：磁盘已满");
    /// ```
    pub fn with_file(mut self, file: impl Into<String>) -> Error {
        self.repr.location.file = Some(file.into());
        self
    }

    pub(crate) fn with_line(mut self, line: usize, column: Option<usize>) -> Error {
        self.repr.location.line = Some(line);
        self.repr.location.column = column;
        self
    }

    pub(crate) fn with_path(mut self, path: impl Into<String>) -> Error {
        let path = path.into();
        if !path.is_empty() && path != "." {
            self.repr.location.path = Some(path);
        }
        self
    }

    /// The same error at `location` instead of where it was.
    ///
    /// ```
    /// use gongwen::{Error, ErrorKind, Location};
    /// let e = Error::new(ErrorKind::Syntax, "日期有误").with_location(Location {
    ///     file: Some("各街道.csv 第4行".into()),
    ///     path: Some("date".into()),
    ///     ..Location::default()
    /// });
    /// assert_eq!(e.to_string(), "各街道.csv 第4行 [date]: 输入文件格式错误：日期有误");
    /// ```
    pub fn with_location(mut self, location: Location) -> Error {
        self.repr.location = location;
        self
    }

    pub(crate) fn with_problems(mut self, problems: Vec<Problem>) -> Error {
        self.repr.problems = problems;
        self
    }

    /// An [`ErrorKind::Io`] error on `path` while doing `what` (a Chinese verb such as
    /// 读取 or 创建目录), with the reason in Chinese where there is a usual one.
    ///
    /// ```
    /// let err = std::io::Error::from(std::io::ErrorKind::NotFound);
    /// let e = gongwen::Error::io(std::path::Path::new("方案.toml"), "读取", err);
    /// assert_eq!(e.to_string(), "方案.toml: 读写文件失败：读取失败：文件或目录不存在");
    /// ```
    pub fn io(path: &std::path::Path, what: &str, err: std::io::Error) -> Error {
        let reason = match err.kind() {
            std::io::ErrorKind::NotFound => "文件或目录不存在".to_string(),
            std::io::ErrorKind::PermissionDenied => "没有权限".to_string(),
            _ => err.to_string(),
        };
        Error::new(ErrorKind::Io, format!("{what}失败：{reason}"))
            .with_file(path.display().to_string())
            .with_source(err)
    }

    /// The kind of error.
    ///
    /// ```
    /// let e = gongwen::Error::new(gongwen::ErrorKind::Io, "x");
    /// assert_eq!(e.kind(), gongwen::ErrorKind::Io);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.repr.kind
    }

    /// The Chinese detail message, without the location.
    ///
    /// ```
    /// let e = gongwen::Error::new(gongwen::ErrorKind::Io, "磁盘已满");
    /// assert_eq!(e.detail(), "磁盘已满");
    /// ```
    pub fn detail(&self) -> &str {
        &self.repr.detail
    }

    /// Where the error happened, as far as known.
    ///
    /// ```
    /// let err = gongwen::Document::from_toml_str("kind = \"plan\"\n[[phases]]\nnam = 1\n").unwrap_err();
    /// assert_eq!(err.location().line, Some(3));
    /// ```
    pub fn location(&self) -> &Location {
        &self.repr.location
    }

    /// The validation problems behind an [`ErrorKind::Invalid`] error (empty otherwise).
    ///
    /// ```
    /// # use gongwen::{Document, Renderer};
    /// let mut doc = Document::from_toml_str(r#"
    /// kind = "plan"
    /// title = ""
    /// issuer = "某街道办事处"
    /// date = "2025-03-01"
    /// "#).unwrap();
    /// let err = Renderer::new().render_to_bytes(&doc).unwrap_err();
    /// assert_eq!(err.problems()[0].path, "title");
    /// ```
    pub fn problems(&self) -> &[Problem] {
        &self.repr.problems
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let loc = self.repr.location.to_string();
        if !loc.is_empty() {
            write!(f, "{loc}: ")?;
        }
        write!(f, "{}：{}", self.repr.kind.description(), self.repr.detail)?;
        for p in &self.repr.problems {
            write!(f, "\n  {p}")?;
        }
        if f.alternate()
            && let Some(src) = &self.repr.source
        {
            write!(f, "\n原因：{src}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.repr.kind)
            .field("detail", &self.repr.detail)
            .field("location", &self.repr.location)
            .field("problems", &self.repr.problems)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.repr
            .source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How serious a [`Problem`] is. Rendering refuses errors and reports warnings.
///
/// ```
/// assert!(gongwen::Severity::Error > gongwen::Severity::Warning);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth a look; the document still renders.
    Warning,
    /// The document cannot be rendered until this is fixed.
    Error,
}

/// One problem found by [`Document::validate`](crate::Document::validate).
///
/// ```
/// use gongwen::{Document, DocKind, Severity};
/// let doc = Document::new(DocKind::Plan, "");
/// let problems = doc.validate();
/// let p = problems.iter().find(|p| p.path == "title").unwrap();
/// assert_eq!(p.severity, Severity::Error);
/// assert_eq!(p.to_string(), format!("错误 [title]：{}", p.message));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the data: `phases[2].end`.
    pub path: String,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and what to do, in Chinese.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "错误",
            Severity::Warning => "提醒",
        };
        write!(f, "{sev} [{}]：{}", self.path, self.message)
    }
}
