//! Batch rendering: many inputs into one folder, in parallel on all cores.
//!
//! An office that sends one plan to every 街道 or school renders hundreds of documents; a
//! back end renders on every request. A [`Batch`] renders a list of input files into a
//! folder (or to outputs of your choosing, or documents already in memory) with one shared
//! [`Renderer`] (templates compiled once), spreads them over its threads, keeps going past
//! bad inputs, and returns one result per input, in input order. `gongwen render A.toml
//! B.yaml DIR/ -o OUTDIR/` is a thin wrapper around it.
//!
//! ```
//! use gongwen::{Batch, Renderer, collect_inputs};
//!
//! let out = tempfile::tempdir().unwrap();
//! let inputs = collect_inputs(&["examples/fire_safety_plan.toml".into(), "examples/".into()]).unwrap();
//! let renderer = Renderer::new();
//! let results = Batch::new(&renderer).render_into(&inputs, out.path());
//! assert_eq!(results.len(), inputs.len());
//! // The example named twice renders once; its second mention fails (same output name).
//! let ok = results.iter().filter(|r| r.is_ok()).count();
//! assert_eq!(ok, inputs.len() - 1);
//! assert!(out.path().join("fire_safety_plan.docx").exists());
//! ```

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::error::{Error, ErrorKind, Result};
use crate::error::{Problem, Severity};
use crate::load::Format;
use crate::model::Document;
use crate::render::{Renderer, back_up, refuse_open, write_atomic};

/// What a [`Batch`] renders and does not: its settings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Options {
    /// Threads to render on; 0 means one per core.
    jobs: usize,
    /// Replace existing outputs.
    overwrite: bool,
    /// When replacing, do not keep the replaced file.
    no_backup: bool,
}

/// One input's result: what was written, or why not.
pub type Outcome = std::result::Result<Rendered, Failure>;

/// Renders many documents in parallel with one shared [`Renderer`]: files into a folder
/// ([`Batch::render_into`]), files to outputs of your choosing ([`Batch::render_to`]), or
/// documents already in memory ([`Batch::render_documents`]). Each returns one
/// [`Outcome`] per job, in job order, and keeps going past bad inputs.
///
/// Existing outputs are not replaced unless [`Batch::overwrite`] says so; a replaced file
/// stays beside the new one as `方案（备份1）.docx` unless [`Batch::backup`] says not to; a
/// document open in Word, WPS or LibreOffice (its lock file beside it) is never replaced.
/// Two jobs that would write the same file: the first is rendered, the later ones fail.
///
/// ```
/// use gongwen::{Batch, Renderer};
/// let dir = tempfile::tempdir().unwrap();
/// let bad = dir.path().join("bad.toml");
/// std::fs::write(&bad, "titel = 1").unwrap();
/// let inputs = vec!["examples/fire_safety_plan.toml".into(), bad];
/// let out = dir.path().join("out");
/// let renderer = Renderer::new();
/// let results = Batch::new(&renderer).jobs(2).render_into(&inputs, &out);
/// assert!(results[0].is_ok());
/// let failure = results[1].as_ref().unwrap_err();
/// assert!(failure.to_string().contains("titel"));
/// assert!(!out.join("bad.docx").exists());
/// ```
pub struct Batch<'a> {
    renderer: &'a Renderer,
    options: Options,
    progress: Option<&'a (dyn Fn(&Outcome) + Sync)>,
}

impl fmt::Debug for Batch<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Batch")
            .field("options", &self.options)
            .field("progress", &self.progress.is_some())
            .finish_non_exhaustive()
    }
}

impl<'a> Batch<'a> {
    /// A batch on one thread per core that replaces nothing.
    ///
    /// ```
    /// let r = gongwen::Renderer::new();
    /// let _batch = gongwen::Batch::new(&r);
    /// ```
    pub fn new(renderer: &'a Renderer) -> Batch<'a> {
        Batch {
            renderer,
            options: Options::default(),
            progress: None,
        }
    }

    /// Renders on `n` threads; 0 (the default) means one per core.
    ///
    /// ```
    /// let r = gongwen::Renderer::new();
    /// let _one_thread = gongwen::Batch::new(&r).jobs(1);
    /// ```
    pub fn jobs(mut self, n: usize) -> Batch<'a> {
        self.options.jobs = n;
        self
    }

    /// Replaces existing outputs (`gongwen render --force`). Without it an existing output is
    /// a failure of that job, and is left untouched.
    ///
    /// ```
    /// let r = gongwen::Renderer::new();
    /// let _replacing = gongwen::Batch::new(&r).overwrite(true);
    /// ```
    pub fn overwrite(mut self, yes: bool) -> Batch<'a> {
        self.options.overwrite = yes;
        self
    }

    /// Whether a replaced file is kept beside the new one as `方案（备份1）.docx` (numbered
    /// on, never overwritten): yes by default (`gongwen render --force --no-backup` says no).
    ///
    /// ```
    /// let r = gongwen::Renderer::new();
    /// let _no_backups = gongwen::Batch::new(&r).overwrite(true).backup(false);
    /// ```
    pub fn backup(mut self, keep: bool) -> Batch<'a> {
        self.options.no_backup = !keep;
        self
    }

    /// Calls `progress` with each outcome as it is done (from the worker threads, in
    /// completion order): for a progress bar or a log.
    ///
    /// ```
    /// use std::sync::atomic::{AtomicUsize, Ordering};
    /// let done = AtomicUsize::new(0);
    /// let count = |_: &gongwen::Outcome| {
    ///     done.fetch_add(1, Ordering::Relaxed);
    /// };
    /// let out = tempfile::tempdir().unwrap();
    /// let inputs = gongwen::collect_inputs(&["examples".into()]).unwrap();
    /// let r = gongwen::Renderer::new();
    /// gongwen::Batch::new(&r).on_progress(&count).render_into(&inputs, out.path());
    /// assert_eq!(done.into_inner(), inputs.len());
    /// ```
    pub fn on_progress(mut self, progress: &'a (dyn Fn(&Outcome) + Sync)) -> Batch<'a> {
        self.progress = Some(progress);
        self
    }

    fn report(&self, outcome: &Outcome) {
        if let Some(p) = self.progress {
            p(outcome);
        }
    }

    /// Renders each input file into `out_dir` (created when missing), named after the input
    /// ([`output_path`]).
    ///
    /// ```
    /// let out = tempfile::tempdir().unwrap();
    /// let r = gongwen::Renderer::new();
    /// let results = gongwen::Batch::new(&r)
    ///     .render_into(&["examples/fire_safety_plan.toml".into()], out.path());
    /// assert!(results[0].is_ok());
    /// assert!(out.path().join("fire_safety_plan.docx").exists());
    /// ```
    pub fn render_into(&self, inputs: &[PathBuf], out_dir: &Path) -> Vec<Outcome> {
        if let Err(e) = std::fs::create_dir_all(out_dir) {
            let error = Error::io(out_dir, "创建输出目录", e);
            return inputs
                .iter()
                .map(|i| {
                    let r = Err(Failure {
                        input: i.clone(),
                        error: Error::new(error.kind(), error.detail())
                            .with_file(out_dir.display().to_string()),
                    });
                    self.report(&r);
                    r
                })
                .collect();
        }
        let pairs: Vec<(PathBuf, PathBuf)> = inputs
            .iter()
            .map(|i| (i.clone(), output_path(i, out_dir)))
            .collect();
        self.render_to(&pairs)
    }

    /// Renders each `(input, output)` pair, the output paths chosen by the caller (`gongwen
    /// render a.toml b.toml` writes each next to its input). The output folders must exist.
    ///
    /// ```
    /// let dir = tempfile::tempdir().unwrap();
    /// let out = dir.path().join("计划.docx");
    /// let r = gongwen::Renderer::new();
    /// let results = gongwen::Batch::new(&r)
    ///     .render_to(&[("examples/fire_safety_plan.toml".into(), out.clone())]);
    /// assert_eq!(results[0].as_ref().unwrap().output, out);
    /// ```
    pub fn render_to(&self, pairs: &[(PathBuf, PathBuf)]) -> Vec<Outcome> {
        let outputs: Vec<&Path> = pairs.iter().map(|(_, o)| o.as_path()).collect();
        let clashes = clashes(&outputs);
        let one = |i: usize| {
            let (input, output) = (&pairs[i].0, &pairs[i].1);
            let r = match clashes[i] {
                Some(j) => {
                    Err(clash_error(output, &pairs[j].0).with_file(input.display().to_string()))
                }
                None => render_one(self.renderer, input, output, &self.options),
            };
            let r = r.map_err(|error| Failure {
                input: input.to_path_buf(),
                error,
            });
            self.report(&r);
            r
        };
        parallel_map(pairs.len(), self.options.jobs, one)
    }

    /// Renders documents already in memory (built in code, or filled in from a table by
    /// [`MergeTemplate`](crate::merge::MergeTemplate)) to the given outputs. Each job is `(label,
    /// document or the error that kept it from being made, output)`; the label stands for the
    /// input in [`Rendered`] and [`Failure`].
    ///
    /// ```
    /// use gongwen::{Batch, Document, DocKind, Renderer};
    /// let dir = tempfile::tempdir().unwrap();
    /// let mut doc = Document::new(DocKind::Plan, "计划");
    /// doc.issuer = "某局".into();
    /// doc.date = "2025-03-01".parse().ok();
    /// let jobs = vec![("第1行".to_string(), Ok(doc), dir.path().join("a.docx"))];
    /// let r = Renderer::new();
    /// let results = Batch::new(&r).render_documents(jobs);
    /// assert!(results[0].is_ok());
    /// ```
    pub fn render_documents(&self, jobs: Vec<(String, Result<Document>, PathBuf)>) -> Vec<Outcome> {
        render_documents(self.renderer, jobs, &self.options, |r| self.report(r))
    }
}

/// An input rendered by a [`Batch`].
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The input file.
    pub input: PathBuf,
    /// The `.docx` written.
    pub output: PathBuf,
    /// Its size in bytes.
    pub bytes: usize,
    /// The warnings [`Document::validate`] found (errors would have stopped the render).
    pub warnings: Vec<Problem>,
    /// Time spent on it: load, validate, render, write.
    pub elapsed: Duration,
    /// Where the file it replaced was kept, when it replaced one.
    pub backup: Option<PathBuf>,
}

/// An input a [`Batch`] could not render. Nothing was written for it.
#[derive(Debug)]
pub struct Failure {
    /// The input file.
    pub input: PathBuf,
    /// What went wrong (in Chinese, with the place).
    pub error: Error,
}

impl fmt::Display for Failure {
    /// The error, led by the input file when the error names another file (a template's
    /// fault names the template: the input it was rendering comes first).
    ///
    /// ```
    /// let out = tempfile::tempdir().unwrap();
    /// let renderer = gongwen::Renderer::new();
    /// let r = gongwen::Batch::new(&renderer).render_into(&["nope.toml".into()], out.path());
    /// let failure = r[0].as_ref().unwrap_err();
    /// assert!(failure.to_string().starts_with("nope.toml"));
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let input = self.input.display().to_string();
        if self.error.location().file.as_deref() == Some(input.as_str()) {
            write!(f, "{}", self.error)
        } else {
            write!(f, "{input}：{}", self.error)
        }
    }
}

impl std::error::Error for Failure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// The input files that `args` name: each file as it is, and for each directory every
/// `.toml`, `.yaml`, `.yml` and `.json` file directly in it, sorted by name. A file that does
/// not exist is kept (it fails when rendered, with the others still done).
///
/// # Errors
/// [`ErrorKind::Io`] when a directory cannot be read or holds no input file.
///
/// ```
/// let inputs = gongwen::collect_inputs(&["examples".into()]).unwrap();
/// assert!(inputs.iter().any(|p| p.ends_with("fire_safety_plan.toml")));
/// assert!(inputs.iter().all(|p| gongwen::Format::from_path(p).is_some()));
/// ```
pub fn collect_inputs(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for arg in args {
        if !arg.is_dir() {
            out.push(arg.clone());
            continue;
        }
        let entries = std::fs::read_dir(arg).map_err(|e| Error::io(arg, "读取目录", e))?;
        let mut found: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && Format::from_path(p).is_some())
            .collect();
        if found.is_empty() {
            return Err(Error::new(
                ErrorKind::Io,
                "目录中没有 .toml、.yaml、.yml 或 .json 输入文件",
            )
            .with_file(arg.display().to_string()));
        }
        found.sort();
        out.append(&mut found);
    }
    Ok(out)
}

/// Where [`Batch::render_into`] writes the output of `input`: `out_dir/<input stem>.docx`.
///
/// ```
/// use std::path::Path;
/// assert_eq!(gongwen::output_path(Path::new("a/方案.yaml"), Path::new("out")), Path::new("out/方案.docx"));
/// ```
pub fn output_path(input: &Path, out_dir: &Path) -> PathBuf {
    let stem = input.file_stem().unwrap_or(input.as_os_str());
    let mut name = stem.to_os_string();
    name.push(".docx");
    out_dir.join(name)
}

/// The work of [`Batch::render_documents`].
fn render_documents<F>(
    renderer: &Renderer,
    jobs: Vec<(String, Result<Document>, PathBuf)>,
    options: &Options,
    progress: F,
) -> Vec<Outcome>
where
    F: Fn(&Outcome) + Sync,
{
    // Errors move out of their slot once, from whichever thread reports them.
    let mut labels = Vec::with_capacity(jobs.len());
    let mut docs = Vec::with_capacity(jobs.len());
    let mut errors = Vec::with_capacity(jobs.len());
    let mut outputs = Vec::with_capacity(jobs.len());
    for (label, doc, output) in jobs {
        labels.push(label);
        match doc {
            Ok(d) => {
                docs.push(Some(d));
                errors.push(std::sync::Mutex::new(None));
            }
            Err(e) => {
                docs.push(None);
                errors.push(std::sync::Mutex::new(Some(e)));
            }
        }
        outputs.push(output);
    }
    let output_refs: Vec<&Path> = outputs.iter().map(PathBuf::as_path).collect();
    let clashes = clashes(&output_refs);
    let one = |i: usize| {
        let (label, output) = (&labels[i], &outputs[i]);
        let start = Instant::now();
        let r =
            match (clashes[i], &docs[i]) {
                (Some(j), _) => Err(clash_error(output, Path::new(&labels[j]))),
                (None, Some(doc)) => write_document(renderer, doc, output, options).map(
                    |(bytes, warnings, backup)| Rendered {
                        input: PathBuf::from(label),
                        output: output.clone(),
                        bytes,
                        warnings,
                        elapsed: start.elapsed(),
                        backup,
                    },
                ),
                (None, None) => Err(errors[i]
                    .lock()
                    .ok()
                    .and_then(|mut e| e.take())
                    .unwrap_or_else(|| Error::new(ErrorKind::Write, "文档未能生成"))),
            };
        let r = r.map_err(|error| Failure {
            input: PathBuf::from(label),
            error,
        });
        progress(&r);
        r
    };
    parallel_map(labels.len(), options.jobs, one)
}

/// For each output, the index of an earlier job that writes the same file.
fn clashes(outputs: &[&Path]) -> Vec<Option<usize>> {
    let mut first: HashMap<&Path, usize> = HashMap::new();
    outputs
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let clash = first.get(o).copied();
            first.entry(o).or_insert(i);
            clash
        })
        .collect()
}

fn clash_error(output: &Path, other: &Path) -> Error {
    Error::new(
        ErrorKind::Exists,
        format!(
            "输出文件 {} 与 {} 的输出同名，未生成；请改用不同的文件名",
            output.display(),
            other.display()
        ),
    )
}

/// `f(0..n)` on `jobs` threads (0: one per core), results in index order.
fn parallel_map<R: Send>(n: usize, jobs: usize, f: impl Fn(usize) -> R + Sync) -> Vec<R> {
    let threads = if jobs == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        jobs
    };
    if threads <= 1 || n <= 1 {
        return (0..n).map(f).collect();
    }
    match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool.install(|| (0..n).into_par_iter().with_max_len(1).map(&f).collect()),
        Err(_) => (0..n).map(f).collect(),
    }
}

/// Validates, renders and writes one document; returns its size and warnings.
fn write_document(
    renderer: &Renderer,
    doc: &Document,
    output: &Path,
    options: &Options,
) -> Result<(usize, Vec<Problem>, Option<PathBuf>)> {
    if !options.overwrite && output.exists() {
        return Err(
            Error::new(ErrorKind::Exists, "未覆盖；如确需覆盖请加 --force")
                .with_file(output.display().to_string()),
        );
    }
    let mut problems = doc.validate();
    let bytes = renderer.render_validated(doc, &problems)?;
    // Only now, with the new bytes in hand: a writer's polished file is kept, and one that
    // is open in Word is not touched at all.
    let mut backup = None;
    if options.overwrite && output.exists() {
        refuse_open(output)?;
        if !options.no_backup {
            backup = Some(back_up(output)?);
        }
    }
    write_atomic(output, &bytes, options.overwrite)?;
    problems.retain(|p| p.severity == Severity::Warning);
    Ok((bytes.len(), problems, backup))
}

/// Load, validate, render and write one input.
fn render_one(
    renderer: &Renderer,
    input: &Path,
    output: &Path,
    options: &Options,
) -> Result<Rendered> {
    let start = Instant::now();
    let name = input.display().to_string();
    let named = |e: Error| {
        if e.location().file.is_none() {
            e.with_file(name.clone())
        } else {
            e
        }
    };
    // Refuse early: no point loading and rendering what will not be written.
    if !options.overwrite && output.exists() {
        return Err(
            Error::new(ErrorKind::Exists, "未覆盖；如确需覆盖请加 --force")
                .with_file(output.display().to_string()),
        );
    }
    let doc = Document::from_path(input)?;
    let (bytes, problems, backup) =
        write_document(renderer, &doc, output, options).map_err(named)?;
    Ok(Rendered {
        input: input.to_path_buf(),
        output: output.to_path_buf(),
        bytes,
        warnings: problems,
        elapsed: start.elapsed(),
        backup,
    })
}
