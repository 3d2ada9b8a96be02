// 公文工作台: the form is generated from the JSON Schema of the model (GET /api/schema), so it
// never drifts from it; the labels below only put the keys into Chinese. Everything else goes
// through the JSON API of `gongwen serve`.
"use strict";

const LABELS = {
  kind: "文种", title: "标题", addressee: "主送机关", issuer: "署名（发文机关）", date: "成文日期",
  period: "起止日期", start: "开始", end: "结束", speaker: "讲话人", opening: "开头语", closing: "结束语",
  remarks: "附注", keywords: "关键词", order: "各部分的顺序", headings: "改写各部分的标题",
  banner: "版头", copy_number: "份号", secrecy: "密级和保密期限", urgency: "紧急程度",
  organs: "发文机关（联合发文时写几个）", mark_suffix: "标志中机关名称后的字", number: "发文字号", signers: "签发人",
  notice: "印发通知", text: "正文", record: "版记", cc: "抄送机关", printer: "印发机关", print_date: "印发日期",
  background: "背景", guidance: "指导思想", principles: "基本原则", goals: "工作目标", overall: "总体目标",
  items: "具体条目", target: "目标要求", deadline: "完成时限", phases: "实施步骤", phases_text: "实施步骤的说明", phases_table: "实施步骤排成表格时的各列表头", when: "时间（照原话，如“每周六上午”）",
  name: "阶段名称", tasks: "主要任务", responsibilities: "职责分工", area: "领域", lead: "牵头单位",
  responsible: "责任单位", cooperate: "配合单位", duties: "具体任务", task: "任务", units: "责任单位",
  task_table: "附任务分工表", requirements: "工作要求", safeguards: "保障措施", situation: "基本情况",
  achievements: "主要做法和成效", problems: "存在的问题", next_steps: "下一步打算", sections: "其他部分",
  heading: "标题", phases_at: "实施步骤排在本部分第几项之前（从 0 数起）", attachments: "附件", table: "表格", header: "表头", rows: "各行", landscape: "横排",
  fonts: "字体", body: "正文字体", heading1: "一级标题字体", heading2: "二级标题字体", page_number: "页码字体",
  figures: "数据", label: "名称", value: "数值", unit: "单位", note: "说明",
};
// Keys the page leaves out of the form (kept as they are in the document).
const HIDDEN = new Set(["$schema"]);
// Rarely changed parts, folded away.
const ADVANCED = new Set(["fonts", "order", "keywords", "headings", "task_table"]);
const LONG_TEXT = new Set(["text", "overall", "opening", "closing", "background", "situation", "phases_text", "remarks", "tasks"]);

let schema = null;
let kinds = [];
let doc = null;
let seq = 0;            // the latest preview asked for; older answers are dropped
let checkTimer = null;
let previewTimer = null;
const STORE = "gongwen.document";

const $ = (id) => document.getElementById(id);

function toast(msg, ms = 3000) {
  const t = $("toast");
  t.textContent = msg;
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, ms);
}

async function api(path, options = {}) {
  const r = await fetch(path, options);
  if (!r.ok) {
    let msg = r.status + " " + r.statusText;
    let errors = [];
    try {
      const j = await r.json();
      if (j.errors) {
        errors = j.errors;
        msg = j.errors.map((e) => (e.path ? "[" + e.path + "] " : "") + e.message).join("\n");
      }
    } catch (_) { /* not JSON */ }
    const err = new Error(msg);
    err.status = r.status;
    err.errors = errors;
    throw err;
  }
  return r;
}

function postJSON(path, value) {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(value) });
}

// ------------------------------------------------------------------ schema

function resolve(s) {
  while (s && s.$ref) s = schema.$defs[s.$ref.split("/").pop()];
  return s || {};
}

// What a property is: {kind, schema, optional}.
function shape(prop) {
  let s = resolve(prop);
  let optional = false;
  if (s.anyOf) {
    const nonNull = s.anyOf.filter((x) => x.type !== "null");
    optional = nonNull.length < s.anyOf.length;
    const types = nonNull.map((x) => resolve(x));
    // Paragraphs and Units: a string or a list of strings.
    if (types.length === 2 && types.some((t) => t.type === "string") && types.some((t) => t.type === "array")) {
      return { kind: "strings", schema: s, optional };
    }
    s = types[0] || {};
  }
  let type = Array.isArray(s.type) ? s.type.filter((t) => t !== "null") : [s.type];
  if (Array.isArray(s.type) && s.type.includes("null")) optional = true;
  type = type[0];
  if (s.enum || s.oneOf) return { kind: "enum", schema: s, optional };
  if (type === "object") return { kind: "object", schema: s, optional };
  if (type === "array") {
    const item = resolve(s.items);
    return { kind: item.type === "object" ? "list" : "strings", schema: s, item, optional };
  }
  if (type === "boolean") return { kind: "boolean", schema: s, optional };
  if (type === "integer" || type === "number") return { kind: "number", schema: s, optional };
  return { kind: "string", schema: s, optional };
}

function label(key) { return LABELS[key] || key; }

// ------------------------------------------------------------------ the form

function pathOf(parent, key) {
  if (typeof key === "number") return parent + "[" + key + "]";
  return parent ? parent + "." + key : key;
}

function field(path, key, content, help) {
  const div = document.createElement("div");
  div.className = "field";
  div.dataset.path = path;
  const l = document.createElement("label");
  l.textContent = label(key);
  div.append(l, content);
  if (help) {
    const h = document.createElement("div");
    h.className = "help";
    h.textContent = help;
    div.append(h);
  }
  return div;
}

function changed(structure) {
  localStorage.setItem(STORE, JSON.stringify(doc));
  if (structure) build();
  scheduleCheck();
}

// The schema's descriptions are the model's docs, mostly English: only a Chinese one that
// says more than the label is shown.
function chineseHelp(s, key) {
  const d = (s.description || "").trim();
  return /[\u4e00-\u9fff]/.test(d) && !/[A-Za-z]/.test(d) && d.replace(/[.。]$/, "") !== label(key) ? d : "";
}

function input(container, key, value, sh, path) {
  const s = sh.schema;
  if (sh.kind === "enum") {
    const sel = document.createElement("select");
    const options = s.enum || s.oneOf.map((o) => o.const);
    for (const v of options) {
      const o = document.createElement("option");
      o.value = v;
      const k = kinds.find((k) => k.key === v);
      o.textContent = k ? k.name : v;
      sel.append(o);
    }
    sel.value = value ?? options[0];
    sel.onchange = () => { container[key] = sel.value; changed(key === "kind"); };
    return field(path, key, sel);
  }
  if (sh.kind === "boolean") {
    const sel = document.createElement("select");
    for (const [v, t] of [["", "默认"], ["true", "是"], ["false", "否"]]) {
      const o = document.createElement("option");
      o.value = v; o.textContent = t; sel.append(o);
    }
    sel.value = value === true ? "true" : value === false ? "false" : "";
    sel.onchange = () => {
      if (sel.value === "") delete container[key]; else container[key] = sel.value === "true";
      changed(false);
    };
    return field(path, key, sel);
  }
  if (sh.kind === "strings") {
    // One paragraph (or one unit) a line.
    const ta = document.createElement("textarea");
    const units = /单位|Units/.test(s.description || "") || ["lead", "responsible", "cooperate", "units", "organs", "signers", "cc"].includes(key);
    ta.value = Array.isArray(value) ? value.join("\n") : (value ?? "");
    ta.rows = units ? 1 : Math.max(2, Math.min(8, ta.value.split("\n").length + 1));
    ta.oninput = () => {
      const lines = ta.value.split("\n").map((l) => l.trim()).filter((l) => l);
      if (lines.length === 0) delete container[key];
      else container[key] = lines.length === 1 ? lines[0] : lines;
      changed(false);
    };
    return field(path, key, ta, units ? "一行一个单位，或用“、”隔开" : "一段一行");
  }
  const long = LONG_TEXT.has(key);
  const el = document.createElement(long ? "textarea" : "input");
  if (!long) el.type = "text";
  el.value = value ?? "";
  const dateLike = s.pattern && /日期|Date/.test(s.description || "") || ["date", "start", "end", "deadline", "print_date"].includes(key);
  if (dateLike) el.placeholder = "如 2026-03-01、2026-03上旬、二季度、年底前、即日起";
  el.oninput = () => {
    if (el.value === "" && sh.optional) delete container[key];
    else container[key] = sh.kind === "number" && el.value !== "" ? Number(el.value) : el.value;
    changed(false);
  };
  return field(path, key, el, dateLike ? "" : chineseHelp(s, key));
}

function emptyOf(sh) {
  if (sh.kind === "object") {
    const o = {};
    for (const r of sh.schema.required || []) {
      const p = shape(sh.schema.properties[r]);
      o[r] = p.kind === "object" ? emptyOf(p) : p.kind === "list" ? [] : "";
    }
    return o;
  }
  if (sh.kind === "list") return [];
  return "";
}

function objectFields(container, obj, s, path, top) {
  const wrap = document.createElement("div");
  const absent = [];
  const advanced = document.createElement("details");
  const sum = document.createElement("summary");
  sum.textContent = "更多设置（字体、顺序、标题改写）";
  advanced.append(sum);
  for (const [key, prop] of Object.entries(s.properties || {})) {
    if (HIDDEN.has(key)) continue;
    const sh = shape(prop);
    const p = pathOf(path, key);
    const value = obj[key];
    const present = value !== undefined && value !== null &&
      !(Array.isArray(value) && value.length === 0 && (sh.kind === "list" || top)) &&
      !(typeof value === "string" && value === "" && top && !(s.required || []).includes(key) && key !== "title");
    const target = top && ADVANCED.has(key) ? advanced : wrap;
    if (!present && (sh.kind === "object" || sh.kind === "list" || top) && key !== "title" && key !== "kind") {
      absent.push([key, sh]);
      continue;
    }
    target.append(render(obj, key, value, sh, p));
  }
  if (absent.length) {
    const div = document.createElement("div");
    div.className = "absent";
    div.append("添加：");
    for (const [key, sh] of absent) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "small";
      b.textContent = label(key);
      b.dataset.add = pathOf(path, key);
      b.onclick = () => {
        obj[key] = sh.kind === "list" ? [emptyOf({ kind: "object", schema: sh.item })] : emptyOf(sh);
        changed(true);
      };
      (top && ADVANCED.has(key) ? advanced : div).append(b);
    }
    wrap.append(div);
  }
  if (top) wrap.append(advanced);
  return wrap;
}

// A fieldset for the part `key` at `path`, with its legend.
function fieldset(key, path) {
  const fs = document.createElement("fieldset");
  fs.dataset.path = path;
  const lg = document.createElement("legend");
  lg.textContent = label(key);
  fs.append(lg);
  return fs;
}

function render(container, key, value, sh, path) {
  if (sh.kind === "object") {
    const fs = fieldset(key, path);
    if (sh.optional) {
      const rm = document.createElement("button");
      rm.type = "button"; rm.className = "small item-tools"; rm.textContent = "删除这一部分";
      rm.onclick = () => { delete container[key]; changed(true); };
      fs.append(rm);
    }
    fs.append(objectFields(container[key] ?? (container[key] = {}), value ?? {}, sh.schema, path, false));
    return fs;
  }
  if (sh.kind === "list") {
    const fs = fieldset(key, path);
    const list = container[key] ?? (container[key] = []);
    list.forEach((item, i) => {
      const one = document.createElement("fieldset");
      const ip = pathOf(path, i);
      one.dataset.path = ip;
      const l = document.createElement("legend");
      l.textContent = label(key) + " " + (i + 1);
      const tools = document.createElement("span");
      tools.className = "item-tools";
      for (const [t, f] of [["上移", -1], ["下移", 1], ["删除", 0]]) {
        const b = document.createElement("button");
        b.type = "button"; b.className = "small"; b.textContent = t;
        b.onclick = () => {
          if (f === 0) list.splice(i, 1);
          else if (i + f >= 0 && i + f < list.length) [list[i], list[i + f]] = [list[i + f], list[i]];
          changed(true);
        };
        tools.append(b);
      }
      one.append(l, tools, objectFields(item, item, sh.item, ip, false));
      fs.append(one);
    });
    const add = document.createElement("button");
    add.type = "button"; add.className = "small"; add.textContent = "添加一条" + label(key);
    add.onclick = () => { list.push(emptyOf({ kind: "object", schema: sh.item })); changed(true); };
    fs.append(add);
    return fs;
  }
  return input(container, key, value, sh, path);
}

function build() {
  const form = $("form");
  form.replaceChildren(objectFields(doc, doc, schema, "", true));
}

// ------------------------------------------------------------------ checks and preview

function scheduleCheck() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, 350);
}

function place(list, cls) {
  const general = $("general-errors");
  for (const e of list) {
    let target = null;
    let best = -1;
    for (const el of document.querySelectorAll("#form [data-path]")) {
      const p = el.dataset.path;
      if ((e.path === p || e.path.startsWith(p + ".") || e.path.startsWith(p + "[")) && p.length > best) {
        target = el; best = p.length;
      }
    }
    const m = document.createElement("div");
    m.className = "msg " + cls;
    m.textContent = (cls === "error" ? "错误：" : "提醒：") + e.message;
    if (target) {
      target.classList.add("has-error");
      (target.tagName === "FIELDSET" ? target : target).append(m);
    } else {
      m.textContent = (e.path ? "[" + e.path + "] " : "") + m.textContent;
      general.append(m);
    }
  }
}

async function check() {
  document.querySelectorAll("#form .msg").forEach((m) => m.remove());
  document.querySelectorAll("#form .has-error").forEach((m) => m.classList.remove("has-error"));
  $("general-errors").replaceChildren();
  let v;
  try {
    v = await (await postJSON("/api/validate", doc)).json();
  } catch (e) {
    // The document could not be read (a date that is no date, a wrong type): the error names
    // its data path, so it goes beside its field too.
    if (e.errors && e.errors.length) place(e.errors, "error");
    else $("general-errors").textContent = e.message;
    $("status").textContent = "输入有误，请按提示修改";
    return;
  }
  place(v.errors, "error");
  place(v.warnings, "warning");
  try {
    const c = await (await postJSON("/api/check", doc)).json();
    place(c.findings.filter((f) => f.code !== "Placeholder"), "warning");
  } catch (_) { /* checks are advice */ }
  const s = $("status");
  s.replaceChildren();
  const n = document.createElement("span");
  n.className = "count";
  n.id = "placeholder-count";
  n.textContent = v.placeholders;
  s.append("还有 ", n, " 处【待补】；" + (v.errors.length ? v.errors.length + " 处错误要改。" : "没有错误。"));
  clearTimeout(previewTimer);
  if (!v.errors.length) previewTimer = setTimeout(preview, 600);
}

async function preview() {
  const mine = ++seq;
  $("preview-source").textContent = "（生成中……）";
  let p;
  try {
    p = await (await postJSON("/api/preview", doc)).json();
  } catch (e) {
    if (mine === seq) $("preview-source").textContent = "（无法预览：" + e.message + "）";
    return;
  }
  if (mine !== seq) return; // a newer preview is on its way
  const pages = $("pages");
  if (p.source === "libreoffice") {
    $("preview-source").textContent = "LibreOffice 排出的真实版面，共 " + p.pages.length + " 页";
    pages.replaceChildren(...p.pages.map((u, i) => {
      const img = document.createElement("img");
      img.loading = "lazy"; // a page is drawn when it scrolls into view
      img.src = u; img.alt = "第 " + (i + 1) + " 页";
      return img;
    }));
  } else {
    $("preview-source").textContent = "结构预览（本机没有 LibreOffice，不分页，版面以下载的 .docx 为准）";
    pages.replaceChildren(structure(p.text));
  }
}

const CN = "零一二三四五六七八九十";
function cn(n) {
  if (n <= 10) return CN[n];
  if (n < 20) return "十" + (n % 10 ? CN[n % 10] : "");
  return CN[Math.floor(n / 10)] + "十" + (n % 10 ? CN[n % 10] : "");
}

// The blocks the template made, laid out roughly: the structural preview.
function structure(text) {
  const box = document.createElement("div");
  box.className = "structure";
  const counters = [0, 0, 0, 0];
  let table = null;
  const add = (tag, cls, t) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    e.textContent = t;
    (table && tag === "tr" ? table : box).append(e);
    return e;
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const m = line.match(/^(#{1,4}|@\w+)\s*(.*)$/);
    if (!m) { add("p", "", line.replace(/^\\/, "")); continue; }
    const [, d, rest] = m;
    if (d.startsWith("#")) {
      const lvl = d.length - 1;
      counters[lvl] += 1;
      for (let k = lvl + 1; k < 4; k++) counters[k] = 0;
      const n = counters[lvl];
      const num = [cn(n) + "、", "（" + cn(n) + "）", n + ".", "（" + n + "）"][lvl];
      const [h, b] = rest.split("|");
      add("p", "h" + (lvl + 1), num + h.trim() + (b ? b.trim() : ""));
      continue;
    }
    switch (d) {
      case "@title": add("div", "title", rest); break;
      case "@mark": add("div", "mark", rest); break;
      case "@number": add("div", "number", rest); break;
      case "@copy": case "@secret": case "@urgent": case "@to": add("div", "", rest); break;
      case "@signer": add("div", "right", "签发人：" + rest); break;
      case "@speaker": add("div", "title", rest); break;
      case "@attach": add("p", "", "附件：" + rest); break;
      case "@sign": case "@date": add("div", "right", rest); break;
      case "@annex": add("div", "annex title", rest); counters.fill(0); break;
      case "@cc": add("div", "annex", "抄送：" + rest + "。"); break;
      case "@printed": add("div", "", rest.replace("|", "　") + "印发"); break;
      case "@table": {
        table = document.createElement("table");
        const tr = document.createElement("tr");
        for (const c of rest.split("|")) { const th = document.createElement("th"); th.textContent = c.trim(); tr.append(th); }
        table.append(tr);
        box.append(table);
        break;
      }
      case "@row": case "@group": {
        const tr = document.createElement("tr");
        for (const c of rest.split("|")) { const td = document.createElement("td"); td.textContent = c.trim(); tr.append(td); }
        if (table) table.append(tr);
        break;
      }
      case "@endtable": table = null; break;
      default: break;
    }
  }
  return box;
}

// ------------------------------------------------------------------ start, import, files

function open(d) {
  doc = d;
  localStorage.setItem(STORE, JSON.stringify(doc));
  $("start").hidden = true;
  $("work").hidden = false;
  build();
  scheduleCheck();
}

async function start() {
  [schema, kinds] = await Promise.all([
    api("/api/schema").then((r) => r.json()),
    api("/api/kinds").then((r) => r.json()),
  ]);
  const box = $("kinds");
  for (const k of kinds) {
    const b = document.createElement("button");
    b.type = "button"; b.className = "kind"; b.dataset.kind = k.key;
    const s = document.createElement("strong"); s.textContent = k.name;
    const d = document.createElement("span"); d.textContent = k.description;
    b.append(s, d);
    b.onclick = async () => open(await (await api("/api/skeleton/" + k.key)).json());
    box.append(b);
  }
  const saved = localStorage.getItem(STORE);
  if (saved) {
    try { open(JSON.parse(saved)); toast("已恢复上次填写的内容"); } catch (_) { localStorage.removeItem(STORE); }
  }
}

async function importFile(body, name) {
  try {
    const r = await (await api("/api/import?name=" + encodeURIComponent(name), { method: "POST", body })).json();
    open(r.document);
    toast("已导入 " + name + "：识别出 " + r.outline.length + " 个标题，请逐项核对");
  } catch (e) {
    toast("导入失败：" + e.message, 6000);
  }
}

async function download(format) {
  try {
    const r = await postJSON("/api/render" + (format === "pdf" ? "?format=pdf" : ""), doc);
    const blob = await r.blob();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = (doc.title || "公文").replace(/[\\/:*?"<>|]/g, "") + "." + format;
    document.body.append(a);
    a.click();
    a.remove();
  } catch (e) {
    toast("无法生成：" + e.message, 6000);
  }
}

$("new-doc").onclick = () => {
  if (doc && !confirm("新建会清空当前填写的内容（可先“保存输入文件”）。继续吗？")) return;
  localStorage.removeItem(STORE);
  doc = null;
  $("work").hidden = true;
  $("start").hidden = false;
};
$("download-docx").onclick = () => download("docx");
$("download-pdf").onclick = () => download("pdf");
$("save-input").onclick = async () => {
  const f = $("save-format").value;
  try {
    const text = await (await postJSON("/api/export?format=" + f, doc)).text();
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
    a.download = (doc.title || "公文").replace(/[\\/:*?"<>|]/g, "") + "." + f;
    a.click();
  } catch (e) { toast("无法保存：" + e.message, 6000); }
};
$("load-file").onchange = async (ev) => {
  const file = ev.target.files[0];
  if (!file) return;
  try {
    open(await (await api("/api/load?name=" + encodeURIComponent(file.name), { method: "POST", body: file })).json());
  } catch (e) { toast("无法打开：" + e.message, 6000); }
  ev.target.value = "";
};
$("import-file").onchange = (ev) => {
  const file = ev.target.files[0];
  if (file) importFile(file, file.name);
  ev.target.value = "";
};
$("import-paste").onclick = () => {
  const t = $("paste").value;
  if (t.trim()) importFile(new Blob([t], { type: "text/plain" }), "粘贴.txt");
};
const drop = $("drop");
drop.ondragover = (e) => { e.preventDefault(); drop.classList.add("over"); };
drop.ondragleave = () => drop.classList.remove("over");
drop.ondrop = (e) => {
  e.preventDefault();
  drop.classList.remove("over");
  const file = e.dataTransfer.files[0];
  if (file) importFile(file, file.name);
};
$("form").onsubmit = (e) => e.preventDefault();

start().catch((e) => toast("无法连接 gongwen serve：" + e.message, 10000));
