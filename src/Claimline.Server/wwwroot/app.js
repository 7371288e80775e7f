// Claimline web UI. Article text is untrusted: it is only ever inserted with textContent / createTextNode,
// never as HTML, and the server's Content-Security-Policy forbids inline scripts as a second wall.

import { sentenceTree } from "./tree.js";

const main = document.getElementById("main");
const PAGE = 50;

// Layers shown as inline marks, and how each item is labelled.
const INLINE = {
  datelines: () => ["dateline"],
  entities: (e) => ["ent", `ent-${safeClass(String(e.type ?? "misc").toUpperCase())}`],
  times: () => ["time"],
  quotes: () => ["quote"],
  quantities: () => ["quantity"],
  claims: () => ["claim"],
};

// Events are marked on their trigger (the action as written), not on their whole span: a sentence with several
// events would otherwise be one mark.
const EVENT_MARK = (e) => ["event", `quad-${CAMEO_QUAD(e.code)}`];

/** GDELT's quad class of a CAMEO code: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
function CAMEO_QUAD(code) {
  const root = Number(String(code ?? "").slice(0, 2));
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

let cameoCodes = null;
/** GDELT's code → description table, fetched once (the article view labels its events with it). */
async function loadCameoCodes() {
  try { cameoCodes ??= await api("/api/events/codes"); } catch { cameoCodes = {}; }
  return cameoCodes;
}
function describeCode(code) { return cameoCodes?.[code] ?? ""; }

function safeClass(value) { return String(value).replace(/[^A-Za-z0-9_-]/g, ""); }

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? body?.title ?? `HTTP ${response.status}`);
  return body;
}

// Focus moves to the new page for screen readers, without scrolling to it: every page opens at its top (an article's
// evidence link scrolls to the evidence itself afterwards).
function show(...nodes) { main.replaceChildren(...nodes); main.focus({ preventScroll: true }); window.scrollTo(0, 0); }

function showError(error) { show(el("p", { class: "error", role: "alert", text: `Error: ${error.message}` })); }

// --- documents list and search -------------------------------------------------------------------------------

async function listView(params) {
  const q = params.get("q") ?? "";
  const offset = Number(params.get("offset") ?? 0);
  document.getElementById("q").value = q;
  const rows = await api(`/api/documents?limit=${PAGE}&offset=${offset}${q ? `&q=${encodeURIComponent(q)}` : ""}`);
  const table = el("table", { class: "docs" },
    el("thead", {}, el("tr", {}, el("th", { text: "Date" }), el("th", { text: "Document" }), el("th", { text: q ? "Match" : "Source" }), el("th", { text: q ? "" : "Words" }))));
  const body = el("tbody");
  for (const row of rows) {
    const link = el("a", { href: `#/doc/${encodeURIComponent(row.id)}`, text: row.title ?? row.key });
    body.append(el("tr", {},
      el("td", { text: row.published ?? "" }),
      el("td", {}, link, row.duplicateOf ? el("span", { class: "muted", text: " (republished)" }) : ""),
      el("td", { class: q ? "" : "muted", text: q ? row.snippet : (row.source ?? "") }),
      el("td", { class: "num", text: q ? "" : row.words.toLocaleString() })));
  }
  table.append(body);
  const pager = el("div", { class: "pager" });
  const base = q ? `#/?q=${encodeURIComponent(q)}&` : "#/?";
  if (offset > 0) pager.append(el("a", { href: `${base}offset=${Math.max(0, offset - PAGE)}`, text: "← Newer" }));
  if (rows.length === PAGE) pager.append(el("a", { href: `${base}offset=${offset + PAGE}`, text: "Older →" }));
  show(el("h1", { text: q ? `Search: ${q}` : "Documents" }),
    rows.length ? table : el("p", { class: "muted", text: q ? "No match." : "The store is empty: ingest articles with 'claimline ingest'." }),
    pager);
}

// --- article view -------------------------------------------------------------------------------------------

/** Marks of one paragraph: every inline annotation inside it, cut into segments at every boundary. */
function renderParagraph(text, span, annotations, layers) {
  const [start, end] = span;
  const inside = annotations.filter((a) => a.span[0] < end && a.span[1] > start);
  const cuts = new Set([start, end]);
  for (const a of inside) { cuts.add(Math.max(start, a.span[0])); cuts.add(Math.min(end, a.span[1])); }
  const points = [...cuts].sort((x, y) => x - y);
  const paragraph = el("p");
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const all = inside.filter((a) => a.span[0] <= from && a.span[1] >= to);
    // The evidence a timeline point opened (#/doc/ID?at=START-END) is highlighted, not a layer to select.
    const focused = all.some((a) => a.layer === FOCUS);
    const covering = all.filter((a) => a.layer !== FOCUS);
    if (!covering.length) {
      paragraph.append(focused ? el("mark", { class: "evidence" }, piece) : document.createTextNode(piece));
      continue;
    }
    const classes = ["mark", ...covering.flatMap((a) => a.classes), ...(focused ? ["evidence"] : [])];
    const mark = el("span", { class: classes.join(" "), tabindex: "0", role: "button" }, piece);
    mark.dataset.layers = covering.map((a) => a.layer).join(" ");
    mark.addEventListener("click", () => showDetails(covering, text, layers));
    mark.addEventListener("keydown", (event) => { if (event.key === "Enter") showDetails(covering, text, layers); });
    paragraph.append(mark);
  }
  return paragraph;
}

let detailsCard = null;
let treeHolder = null;
const FOCUS = "evidence focus";

function showDetails(items, text, layers) {
  if (!detailsCard) return;
  // A claim is what a reader came for: its card comes before the quantity and the other layers under it.
  // An event's card comes next: what happened, before the names and times under it.
  const rank = (item) => (item.layer === "claims" ? 2 : item.layer === "events" ? 1 : 0);
  const ordered = [...items].sort((a, b) => rank(b) - rank(a));
  const cards = ordered.map((item) => {
    if (item.layer === "claims") return claimCard(item.data, layers);
    if (item.layer === "events") return eventCard(item.data, text);
    const list = el("dl");
    list.append(el("dt", { text: "text" }), el("dd", { text: text.slice(item.span[0], item.span[1]) }));
    for (const [name, value] of Object.entries(item.data)) {
      if (name === "span" || name === "text" || value === null || typeof value === "object") continue;
      list.append(el("dt", { text: name }), el("dd", { text: String(value) }));
    }
    return el("div", { class: "card", "data-detail": item.layer }, el("h2", { text: item.layer }), list);
  });
  detailsCard.replaceChildren(...cards);
  showTree(items[0]?.span, text, layers);
}

/** The dependency tree of the sentence that holds the selection, under the article text. */
function showTree(span, text, layers) {
  if (!treeHolder) return;
  const diagram = span ? sentenceTree(layers, text, span) : null;
  treeHolder.replaceChildren(...(diagram
    ? [el("h2", { text: "Sentence structure" }), el("div", { class: "tree-scroll" }, diagram),
      el("p", { class: "muted", text: "Arcs run from each word's head to the word, labelled with the Universal Dependencies relation; tags under the words are UPOS." })]
    : []));
}

/** A figure as a reader writes it, the way the timeline API's `figure` reads: about 7,000, up to 6,000, 0 (denied). */
function describeFigure(value, low, high, qualifier, modality) {
  if (modality === "denies" && high === 0) return "0 (denied)";
  const number = value ?? null;
  const text = number !== null ? formatNumber(number) : `${formatNumber(low)}–${formatNumber(high)}`;
  return ({ approx: "about ", at_most: "up to ", at_least: "at least " }[qualifier] ?? "") + text;
}

function formatNumber(n) { return Number(n).toLocaleString("en-US", { maximumFractionDigits: 2 }); }

/** The card of a claim in the article: holder, figure, qualifier, date, modality, and its concept's timeline. */
function claimCard(claim, layers) {
  const quantity = (layers?.quantities ?? [])[claim.quantity] ?? {};
  const holder = claim.holder ?? {};
  const list = el("dl");
  const add = (name, ...value) => list.append(el("dt", { text: name }), el("dd", {}, ...value));
  add("holder", holder.key ? el("a", { href: `#/entity/${encodeURIComponent(holder.key)}`, text: holder.name }) : (holder.name ?? ""),
    claim.via ? ` (via ${claim.via})` : "");
  add("figure", describeFigure(quantity.value, quantity.low, quantity.high, quantity.qualifier, claim.modality));
  add("qualifier", claim.modality === "denies" && quantity.high === 0 ? "denied" : (quantity.qualifier ?? ""));
  add("modality", claim.modality ?? "");
  add("date", claim.date ?? "undated");
  if (quantity.counted?.text) add("counts", quantity.counted.text);
  if (quantity.location?.text) add("where", quantity.location.text);
  if (claim.concept) {
    add("concept", el("a", { href: `#/concept/${encodeURIComponent(claim.concept.key)}`, class: "concept-link", text: claim.concept.label }));
  }
  add("evidence", claim.text ?? "");
  return el("div", { class: "card", "data-detail": "claims" }, el("h2", { text: "claim" }), list);
}

/** An actor of an event as a link to its entity page when it resolved to a referent, else its name; with its CAMEO code. */
function actorNode(actor) {
  const name = actor?.name ?? "?";
  const label = actor?.key ? el("a", { href: `#/entity/${encodeURIComponent(actor.key)}`, text: name }) : el("span", { text: name });
  return el("span", { class: "actor" }, label, el("span", { class: "muted", text: ` ${actor?.code ?? ""}` }));
}

/** What a reader must know before counting an event as done. */
function eventFlags(e) {
  return [e.negated ? "negated" : "", e.hypothetical ? "hypothetical" : "", e.reportedBy ? `reported by ${e.reportedBy.name ?? e.reportedBy.code}` : ""].filter(Boolean).join(", ");
}

/** The card of an event in the article: who did what to whom, its CAMEO code and description, flags, when, where, the rule. */
function eventCard(e, text) {
  const list = el("dl");
  const add = (name, ...value) => list.append(el("dt", { text: name }), el("dd", {}, ...value));
  add("source", actorNode(e.source));
  add("action", `${text.slice(e.trigger[0], e.trigger[1])}`);
  add("code", `${e.code} ${describeCode(e.code)}`);
  add("target", actorNode(e.target));
  const flags = eventFlags(e);
  if (flags) add("flags", flags);
  add("date", e.date ?? "undated");
  if (e.place?.name) add("where", e.place.name);
  add("rule", e.rule ?? "");
  add("text", text.slice(e.span[0], e.span[1]));
  return el("div", { class: "card", "data-detail": "events" }, el("h2", { text: "event" }), list);
}

function articleView(doc, focus) {
  const text = doc.text;
  const layers = doc.layers ?? {};
  const annotations = [];
  for (const [layer, classesOf] of Object.entries(INLINE)) {
    for (const item of layers[layer] ?? []) annotations.push({ layer, span: item.span, classes: classesOf(item), data: item });
  }
  for (const e of layers.events ?? []) annotations.push({ layer: "events", span: e.trigger, classes: EVENT_MARK(e), data: e });
  const sections = layers.sections ?? [];
  for (const s of sections) {
    if (s.kind === "photoCredit") annotations.push({ layer: "photo credit", span: s.span, classes: ["credit"], data: s });
    if (s.kind === "header") annotations.push({ layer: "header", span: s.span, classes: ["header"], data: s });
  }
  if (focus) annotations.push({ layer: FOCUS, span: focus, classes: [], data: {} });
  // A paragraph that holds a caption or title (the wire header line holds both header and caption) is styled as one.
  const kindAt = (p) => sections.find((s) => (s.kind === "caption" || s.kind === "title") && s.span[0] < p[1] && p[0] < s.span[1])?.kind;

  // The wire header line (date YYYY-MM-DD) is a line of its own, never part of the headline or caption that follows it.
  const header = sections.find((s) => s.kind === "header");
  const pieces = (p) => {
    if (!header || header.span[0] < p[0] || header.span[1] >= p[1]) return [p];
    let rest = header.span[1];
    while (rest < p[1] && /\s/.test(text[rest])) rest++;
    return rest < p[1] ? [[p[0], header.span[1]], [rest, p[1]]] : [p];
  };
  const body = el("div", { class: "text", id: "article-text" });
  for (const paragraph of layers.paragraphs ?? [{ span: [0, text.length] }]) {
    for (const span of pieces(paragraph.span)) {
      const node = renderParagraph(text, span, annotations, layers);
      const kind = kindAt(span);
      if (kind) node.classList.add(kind);
      else if (header && span[0] === header.span[0] && span[1] === header.span[1]) node.classList.add("header-line");
      body.append(node);
    }
  }

  const meta = doc.meta ?? {};
  const facts = el("dl");
  for (const [name, value] of [["date", meta.published], ["source", meta.source], ["byline", meta.byline], ["url", meta.url], ["id", meta.id]]) {
    if (value) facts.append(el("dt", { text: name }), el("dd", { text: value }));
  }
  const counts = el("dl");
  for (const [name, items] of Object.entries(layers)) counts.append(el("dt", { text: name }), el("dd", { text: String(items.length) }));
  const legend = el("div", { class: "legend" },
    ...[["ent-PERSON", "person"], ["ent-ORG", "organization"], ["ent-LOC", "place"], ["ent-NORP", "group"], ["time", "time"], ["quote", "quote"], ["claim", "claim"], ["event", "event"]]
      .map(([cls, label]) => el("span", { class: `mark ${cls}`, text: label })));
  const referents = (layers.referents ?? []).filter((r) => r.kind !== "other");
  const people = el("ul", { class: "referents" });
  for (const r of [...referents].sort((a, b) => (a.kind === "person" ? 0 : 1) - (b.kind === "person" ? 0 : 1) || b.mentions.length - a.mentions.length).slice(0, 20)) {
    const roles = (r.roles ?? []).map((x) => x.title).join("; ");
    people.append(el("li", {}, el("a", { href: `#/entity/${encodeURIComponent(r.key)}`, text: r.canonical }),
      el("span", { class: "muted", text: ` ${r.kind}${r.country ? " · " + r.country : ""}${roles ? " · " + roles : ""} · ${r.mentions.length}×` })));
  }
  const claims = el("ul", { class: "referents", id: "article-claims" });
  // The same holder giving the same figure twice in one article (a lede and its quote) is listed once, as on timelines.
  const listed = new Set();
  for (const claim of layers.claims ?? []) {
    const quantity = (layers.quantities ?? [])[claim.quantity] ?? {};
    const same = JSON.stringify([claim.holder?.key ?? claim.holder?.name, claim.concept?.key, quantity.value, quantity.low, quantity.high, claim.modality, claim.date]);
    if (listed.has(same)) continue;
    listed.add(same);
    claims.append(el("li", {},
      el("span", { text: `${claim.holder?.name ?? "?"}: ${describeFigure(quantity.value, quantity.low, quantity.high, quantity.qualifier, claim.modality)} ` }),
      claim.concept ? el("a", { href: `#/concept/${encodeURIComponent(claim.concept.key)}`, text: claim.concept.label }) : "",
      el("span", { class: "muted", text: ` · ${claim.date ?? "undated"}` })));
  }
  const events = el("ol", { class: "events", id: "article-events" });
  for (const e of layers.events ?? []) {
    const flags = eventFlags(e);
    const item = el("li", { class: e.negated ? "negated" : "" },
      actorNode(e.source), " → ", el("strong", { text: `${e.code} ${describeCode(e.code)}` }), " → ", actorNode(e.target),
      el("span", { class: "muted", text: ` · ${e.date ?? "undated"}${flags ? " · " + flags : ""}` }));
    events.append(item);
  }
  treeHolder = el("div", { id: "sentence-tree" });
  detailsCard = el("div", { id: "details" }, el("div", { class: "card" }, el("p", { class: "muted", text: "Select a marked passage to see what was found." })));
  const aside = el("aside", {},
    el("div", { class: "card" }, el("h2", { text: "Article" }), facts),
    // What was selected comes before the layer counts, so that it shows without scrolling on a laptop screen.
    detailsCard,
    el("div", { class: "card" }, el("h2", { text: "Layers" }), counts, legend),
    ...(layers.claims?.length ? [el("div", { class: "card" }, el("h2", { text: "Claims" }), claims)] : []),
    ...(layers.events?.length ? [el("div", { class: "card" }, el("h2", { text: "Events" }), events)] : []),
    el("div", { class: "card", id: "referents" }, el("h2", { text: "Who and what" }), referents.length ? people : el("p", { class: "muted", text: "No names found." })));
  const headline = meta.title ?? sections.find((s) => s.kind === "title")?.text?.replace(/\s+/g, " ").trim();
  return [el("h1", { text: headline || meta.id || "Article" }), el("div", { class: "article" }, el("div", {}, body, treeHolder), aside)];
}

async function documentView(id, params) {
  // ?at=START-END: the evidence a timeline point links to, highlighted and scrolled into view.
  const at = /^(\d+)-(\d+)$/.exec(params.get("at") ?? "");
  const focus = at ? [Number(at[1]), Number(at[2])] : null;
  const [doc] = await Promise.all([api(`/api/documents/${encodeURIComponent(id)}`), loadCameoCodes()]);
  show(...articleView(doc, focus));
  const evidence = main.querySelector(".evidence");
  if (evidence) {
    evidence.scrollIntoView({ block: "center" });
    if (evidence.tabIndex >= 0) evidence.focus({ preventScroll: true });
  }
}

// --- entities -------------------------------------------------------------------------------------------------

async function entitiesView(params) {
  const kind = params.get("kind") ?? "";
  const rows = await api(`/api/entities?limit=100${kind ? `&kind=${encodeURIComponent(kind)}` : ""}`);
  const filters = el("p", {}, ...["", "person", "country", "place", "organization", "group"].map((k) =>
    el("a", { href: k ? `#/entities?kind=${k}` : "#/entities", class: k === kind ? "current" : "", text: k || "all" })).flatMap((a) => [a, " "]));
  const table = el("table", { class: "docs" },
    el("thead", {}, el("tr", {}, ...["Entity", "Kind", "Country", "Documents", "Mentions", "Roles"].map((h) => el("th", { text: h })))));
  const body = el("tbody");
  for (const row of rows) {
    body.append(el("tr", {},
      el("td", {}, el("a", { href: `#/entity/${encodeURIComponent(row.key)}`, text: row.canonical })),
      el("td", { text: row.kind }), el("td", { text: row.country ?? "" }),
      el("td", { class: "num", text: String(row.documents) }), el("td", { class: "num", text: String(row.mentions) }),
      el("td", { class: "muted", text: row.roles ?? "" })));
  }
  table.append(body);
  show(el("h1", { text: "Entities" }), filters, rows.length ? table : el("p", { class: "muted", text: "No entities stored yet." }));
}

async function entityView(key) {
  const [detail, held] = await Promise.all([
    api(`/api/entities/${encodeURIComponent(key)}`),
    api(`/api/entities/${encodeURIComponent(key)}/claims?limit=100`),
  ]);
  const entity = detail.entity;
  const facts = el("dl");
  for (const [name, value] of [["kind", entity.kind], ["country", entity.country], ["roles", entity.roles], ["documents", String(entity.documents)], ["mentions", String(entity.mentions)], ["key", entity.key]]) {
    if (value) facts.append(el("dt", { text: name }), el("dd", { text: value }));
  }
  const quotes = el("ol", { class: "quotes", id: "entity-quotes" });
  for (const quote of [...detail.quotes].sort((a, b) => String(a.date ?? a.published ?? "").localeCompare(String(b.date ?? b.published ?? "")))) {
    quotes.append(el("li", {},
      el("span", { class: "muted", text: `${quote.date ?? quote.published ?? "undated"} · ${quote.kind} · attribution ${Math.round(quote.confidence * 100)}% sure · ` }),
      el("a", { href: `#/doc/${quote.document}`, text: quote.documentKey }),
      el("blockquote", { text: quote.text })));
  }
  const documents = el("ul");
  for (const doc of detail.documents) {
    documents.append(el("li", {}, el("span", { class: "muted", text: `${doc.published ?? ""} ` }), el("a", { href: `#/doc/${doc.id}`, text: doc.title ?? doc.key })));
  }
  show(el("h1", { text: entity.canonical }),
    el("div", { class: "article" },
      el("div", {},
        el("h2", { text: "Quotes, in date order" }), detail.quotes.length ? quotes : el("p", { class: "muted", text: "No quotes attributed." }),
        el("h2", { text: "Claims held or voiced for a country or body, newest first" }), held.length ? claimTable(held) : el("p", { class: "muted", text: "No claims held." })),
      el("aside", {}, el("div", { class: "card" }, el("h2", { text: "Entity" }), facts), el("div", { class: "card" }, el("h2", { text: "Documents" }), documents))));
}

/** Stored claims (ClaimRow) as a table: date, figure, concept, evidence and article. */
function claimTable(rows) {
  const table = el("table", { class: "docs", id: "entity-claims" },
    el("thead", {}, el("tr", {}, ...["Date", "Held by", "Figure", "Modality", "Concept", "Evidence", "Article"].map((h) => el("th", { text: h })))));
  const body = el("tbody");
  for (const row of rows) {
    body.append(el("tr", {},
      el("td", { text: row.date ?? row.published ?? "undated" }),
      el("td", { text: row.via ? `${row.holder} (via ${row.via})` : row.holder }),
      el("td", { text: row.qualifier === "denied" ? "0 (denied)" : row.figure }),
      el("td", { text: row.modality }),
      el("td", {}, el("a", { href: `#/concept/${encodeURIComponent(row.concept)}`, text: row.conceptLabel })),
      el("td", { class: "evidence-cell", text: row.evidence }),
      el("td", {}, el("a", { href: `#/doc/${row.document}?at=${row.start}-${row.end}`, text: row.outlet ?? row.documentKey }))));
  }
  table.append(body);
  return table;
}

// --- concepts and a concept's timeline ------------------------------------------------------------------------

async function conceptsView(params) {
  const q = params.get("q") ?? "";
  const offset = Number(params.get("offset") ?? 0);
  const rows = await api(`/api/concepts?limit=${PAGE}&offset=${offset}${q ? `&q=${encodeURIComponent(q)}` : ""}`);
  const input = el("input", { id: "concept-q", type: "search", value: q, placeholder: "Words of a concept: ET troops, percent…", "aria-label": "Search concepts" });
  const form = el("form", { class: "filter", role: "search" }, input, " ", el("button", { type: "submit", text: "Find" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const words = input.value.trim();
    location.hash = words ? `#/concepts?q=${encodeURIComponent(words)}` : "#/concepts";
  });
  const table = el("table", { class: "docs", id: "concepts" },
    el("thead", {}, el("tr", {}, ...["Concept", "Key", "Claims", "Holders", "Documents", "Dates"].map((h) => el("th", { text: h })))));
  const body = el("tbody");
  for (const row of rows) {
    body.append(el("tr", {},
      el("td", {}, el("a", { href: `#/concept/${encodeURIComponent(row.key)}`, text: row.label })),
      el("td", { class: "muted", text: row.key }),
      el("td", { class: "num", text: String(row.claims) }),
      el("td", { class: "num", text: String(row.holders) }),
      el("td", { class: "num", text: String(row.documents) }),
      el("td", { text: row.first ? (row.first === row.last ? row.first : `${row.first} – ${row.last}`) : "undated" })));
  }
  table.append(body);
  const pager = el("div", { class: "pager" });
  const base = q ? `#/concepts?q=${encodeURIComponent(q)}&` : "#/concepts?";
  if (offset > 0) pager.append(el("a", { href: `${base}offset=${Math.max(0, offset - PAGE)}`, text: "← Previous" }));
  if (rows.length === PAGE) pager.append(el("a", { href: `${base}offset=${offset + PAGE}`, text: "Next →" }));
  show(el("h1", { text: q ? `Concepts: ${q}` : "Concepts" }),
    el("p", { class: "muted", text: "What the claims count, worded the same way in every article; by number of holders, then of articles. Concepts that only the articles' own voice states are left out." }),
    form, rows.length ? table : el("p", { class: "muted", text: q ? "No concept matches." : "No claims stored yet." }), pager);
}

// Okabe–Ito colours (told apart with colour-blindness), then two more; a series past eight reuses them.
const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#6b6b6b", "#8c564b"];

/** The first day a TIMEX3 date names (2025-03 → 1 March), in UTC milliseconds, or null. */
function dayOf(timex) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(timex ?? "");
  return m ? Date.UTC(Number(m[1]), Number(m[2] ?? 1) - 1, Number(m[3] ?? 1)) : null;
}

/** About `count` round steps covering [0, max]: 1, 2 or 5 times a power of ten. */
function niceStep(max, count) {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((f) => f * power).find((step) => step >= raw);
}

const DAY = 86400000;

/**
 * The timeline chart, drawn by hand as SVG: x is the date, y the figure; one colour per holder, a line through
 * each holder's figures; a range or an approximate figure is a vertical band over the values it allows (the
 * server's FigureInterval: approx ±10%), "up to" a band from 0 with an open marker at the top, "at least" an arrow
 * up, a denial a cross at 0. Every point is a focusable button; Enter or a click opens its evidence.
 */
function timelineChart(timeline, colourOf, onOpen) {
  const [width, height] = [960, 380];
  const margin = { left: 70, right: 24, top: 18, bottom: 44 };
  const dated = timeline.entries.map((e, i) => ({ entry: e, index: i, day: dayOf(e.date) })).filter((p) => p.day !== null);
  const days = dated.map((p) => p.day);
  let [from, to] = days.length ? [Math.min(...days), Math.max(...days)] : [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)];
  const pad = Math.max(2 * DAY, (to - from) * 0.06);
  [from, to] = [from - pad, to + pad];
  const top = Math.max(1, ...timeline.entries.map((e) => Math.max(e.high, e.intervalHigh ?? e.low)));
  const yStep = niceStep(top * 1.1, 5);
  const yMax = Math.ceil((top * 1.1) / yStep) * yStep;
  const x = (day) => margin.left + ((day - from) / (to - from)) * (width - margin.left - margin.right);
  const y = (value) => height - margin.bottom - (value / yMax) * (height - margin.top - margin.bottom);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline", id: "timeline-chart", role: "group",
    "aria-label": `Figures for ${timeline.concept.label} over time, one series per holder` });

  // Axes and grid.
  for (let value = 0; value <= yMax; value += yStep) {
    chart.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value), class: "grid" }));
    const label = svg("text", { x: margin.left - 8, y: y(value) + 4, class: "tick", "text-anchor": "end" });
    label.textContent = formatNumber(value);
    chart.append(label);
  }
  const dayStep = [1, 2, 7, 14, 30.4375, 91.3125, 365.25].map((d) => d * DAY).find((d) => (to - from) / d <= 8) ?? 730.5 * DAY;
  for (let day = Math.ceil(from / dayStep) * dayStep; day <= to; day += dayStep) {
    const tickDay = Math.round(day / DAY) * DAY;
    chart.append(svg("line", { x1: x(tickDay), x2: x(tickDay), y1: height - margin.bottom, y2: height - margin.bottom + 5, class: "axis" }));
    const label = svg("text", { x: x(tickDay), y: height - margin.bottom + 20, class: "tick", "text-anchor": "middle" });
    label.textContent = new Date(tickDay).toISOString().slice(0, 10);
    chart.append(label);
  }
  chart.append(svg("line", { x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), class: "axis" }));

  // Holders at the same date are set a little apart so that neither hides the other.
  const seriesOf = new Map();
  timeline.holders.forEach((h, s) => h.entries.forEach((i) => seriesOf.set(i, s)));
  const spread = (s) => (s - (timeline.holders.length - 1) / 2) * 7;
  // A holder that gave two figures on one day (a statement and its quote) gets its second point set off too.
  const repeats = new Map();
  const nth = new Map(dated.map((p) => {
    const key = `${seriesOf.get(p.index)}@${p.day}`;
    repeats.set(key, (repeats.get(key) ?? -1) + 1);
    return [p.index, repeats.get(key)];
  }));
  const px = (p) => x(p.day) + spread(seriesOf.get(p.index)) + nth.get(p.index) * 12;
  const middle = (e) => (e.denied ? 0 : e.value ?? (e.low + e.high) / 2);

  timeline.holders.forEach((holder, s) => {
    const points = dated.filter((p) => seriesOf.get(p.index) === s);
    if (points.length > 1) {
      chart.append(svg("polyline", { points: points.map((p) => `${px(p).toFixed(1)},${y(middle(p.entry)).toFixed(1)}`).join(" "), class: "series", stroke: colourOf(s) }));
    }
  });

  const buttons = [];
  for (const p of dated) {
    const e = p.entry;
    const colour = colourOf(seriesOf.get(p.index));
    const cx = px(p);
    const g = svg("g", { class: `point q-${safeClass(e.qualifier)}${e.denied ? " denied" : ""} m-${safeClass(e.modality)}`, tabindex: "0", role: "button",
      "data-index": p.index, "aria-label": `${e.date}: ${e.holder.name}, ${e.figure}${e.modality === "states" ? "" : ` (${e.modality})`}` });
    const title = svg("title");
    title.textContent = `${e.holder.name}: ${e.figure} (${e.date})`;
    g.append(title);
    if (e.denied) {
      g.append(svg("path", { d: `M${cx - 6},${y(0) - 6}l12,12m0,-12l-12,12`, class: "cross", stroke: colour }));
    } else {
      const bandHigh = e.intervalHigh ?? e.high;
      if (e.qualifier !== "exact" && e.qualifier !== "at_least" && bandHigh > e.intervalLow) {
        g.append(svg("rect", { x: cx - 5, y: y(bandHigh), width: 10, height: Math.max(1, y(e.intervalLow) - y(bandHigh)), class: "band", fill: colour, stroke: colour }));
      }
      const at = e.qualifier === "at_most" ? e.high : middle(e);
      if (e.qualifier === "at_least") {
        g.append(svg("path", { d: `M${cx},${y(at)}v-26m-5,7l5,-7l5,7`, class: "arrow", stroke: colour }));
      }
      const open = e.qualifier === "at_most" || e.modality === "expects";
      g.append(svg("circle", { cx, cy: y(at), r: 5.5, class: open ? "marker open" : "marker", stroke: colour, fill: open ? "#fff" : colour }));
    }
    g.addEventListener("click", () => onOpen(p.index, g));
    g.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); onOpen(p.index, g); }
      // Left and right walk the points in date order.
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) { event.preventDefault(); buttons[buttons.indexOf(g) + step]?.focus(); }
    });
    buttons.push(g);
    chart.append(g);
  }
  return chart;
}

/** The encoding of the markers, drawn with the chart's own shapes. */
function markerLegend() {
  const items = [
    ["exact figure", (g) => g.append(svg("circle", { cx: 10, cy: 12, r: 5, fill: "#444", stroke: "#444" }))],
    ["range, or about (±10%)", (g) => { g.append(svg("rect", { x: 5, y: 2, width: 10, height: 20, class: "band", fill: "#444", stroke: "#444" })); g.append(svg("circle", { cx: 10, cy: 12, r: 4, fill: "#444" })); }],
    ["up to (band from 0)", (g) => { g.append(svg("rect", { x: 5, y: 6, width: 10, height: 16, class: "band", fill: "#444", stroke: "#444" })); g.append(svg("circle", { cx: 10, cy: 6, r: 4, fill: "#fff", stroke: "#444" })); }],
    ["at least", (g) => { g.append(svg("path", { d: "M10,18v-14m-4,5l4,-5l4,5", class: "arrow", stroke: "#444" })); g.append(svg("circle", { cx: 10, cy: 18, r: 4, fill: "#444" })); }],
    ["denied (at 0)", (g) => g.append(svg("path", { d: "M5,7l10,10m0,-10l-10,10", class: "cross", stroke: "#444" }))],
    ["expected", (g) => g.append(svg("circle", { cx: 10, cy: 12, r: 5, fill: "#fff", stroke: "#444" }))],
  ];
  return el("ul", { class: "marker-legend" }, ...items.map(([label, draw]) => {
    const icon = svg("svg", { viewBox: "0 0 20 24", width: 20, height: 24, "aria-hidden": "true" });
    draw(icon);
    return el("li", {}, icon, label);
  }));
}

function swatch(colour) {
  const icon = svg("svg", { viewBox: "0 0 14 14", width: 14, height: 14, "aria-hidden": "true", class: "swatch" });
  icon.append(svg("circle", { cx: 7, cy: 7, r: 6, fill: colour }));
  return icon;
}

function evidenceLink(entry, text) {
  const span = entry.start !== null && entry.start !== undefined ? `?at=${entry.start}-${entry.end}` : "";
  return el("a", { href: `#/doc/${entry.document}${span}`, text });
}

async function conceptView(key) {
  let timeline;
  try {
    timeline = await api(`/api/concepts/${encodeURIComponent(key)}/timeline`);
  } catch (error) {
    show(el("h1", { text: "Concept" }), el("p", { class: "error", role: "alert", text: `Error: ${error.message}` }),
      el("p", {}, el("a", { href: `#/concepts?q=${encodeURIComponent(key.split("|")[0])}`, text: "Look for concepts with the same thing" })));
    return;
  }
  const seriesOf = new Map();
  timeline.holders.forEach((h, s) => h.entries.forEach((i) => seriesOf.set(i, s)));
  const colourOf = (s) => SERIES_COLOURS[s % SERIES_COLOURS.length];
  const holderText = (e) => e.holder.name + (e.via ? ` (via ${e.via})` : "");

  const panel = el("div", { class: "card", id: "evidence-panel", "aria-live": "polite" },
    el("h2", { text: "Evidence" }), el("p", { class: "muted", text: "Select a point (Tab to it, then Enter; ← → move between points) or a table row to read its evidence." }));
  let selected = null;
  const open = (index, point) => {
    const e = timeline.entries[index];
    selected?.classList.remove("selected");
    selected = point ?? chart.querySelector(`.point[data-index="${index}"]`);
    selected?.classList.add("selected");
    const facts = el("dl");
    for (const [name, value] of [["holder", holderText(e)], ["figure", e.figure], ["qualifier", e.denied ? "denied" : e.qualifier], ["modality", e.modality],
      ["date", e.date ?? "undated"], ["location", e.location], ["outlet", e.outlet], ["confidence", String(e.confidence)]]) {
      if (value) facts.append(el("dt", { text: name }), el("dd", { text: value }));
    }
    const link = evidenceLink(e, "Open the source article at this sentence");
    link.id = "evidence-link";
    panel.replaceChildren(el("h2", {}, swatch(colourOf(seriesOf.get(index))), ` ${e.holder.name}: ${e.figure}`),
      el("blockquote", { class: "evidence-text", text: e.evidence }), facts, el("p", {}, link));
  };
  const chart = timelineChart(timeline, colourOf, open);

  const legend = el("ul", { class: "series-legend", id: "timeline-legend" }, ...timeline.holders.map((h, s) =>
    el("li", { "data-holder": h.key ?? h.holder }, swatch(colourOf(s)), " ",
      el("span", { class: "holder-name" }, h.key ? el("a", { href: `#/entity/${encodeURIComponent(h.key)}`, text: h.holder }) : h.holder),
      el("span", { class: "muted", text: ` · ${h.entries.length} claim${h.entries.length === 1 ? "" : "s"} · ${h.movement}` }))));

  const table = el("table", { class: "docs", id: "timeline-table" },
    el("thead", {}, el("tr", {}, ...["Date", "Holder", "Figure", "Modality", "Location", "Evidence", "Outlet", "Article"].map((h) => el("th", { text: h })))));
  const body = el("tbody");
  timeline.entries.forEach((e, i) => {
    const figure = el("button", { type: "button", class: "link", text: e.figure, "aria-label": `Show the evidence of ${e.holder.name}, ${e.figure}` });
    figure.addEventListener("click", () => open(i));
    body.append(el("tr", { "data-index": String(i) },
      el("td", { text: e.date ?? "undated" }),
      el("td", {}, swatch(colourOf(seriesOf.get(i))), ` ${holderText(e)}`),
      el("td", {}, figure),
      el("td", { text: e.modality }),
      el("td", { text: e.location ?? "" }),
      el("td", { class: "evidence-cell", text: e.evidence }),
      el("td", { text: e.outlet ?? "" }),
      el("td", {}, evidenceLink(e, "article"))));
  });
  table.append(body);

  const comparisons = el("ul", { class: "comparisons", id: "comparisons" });
  const said = (i) => { const e = timeline.entries[i]; return `${e.holder.name} ${e.figure} (${e.date ?? "undated"})`; };
  for (const c of [...timeline.comparisons].sort((a, b) => Number(a.agree) - Number(b.agree))) {
    comparisons.append(el("li", { class: c.agree ? "agree" : "conflict" },
      el("strong", { text: c.agree ? "agree" : "conflict" }), ` ${said(c.first)} vs ${said(c.second)}`));
  }
  const undated = timeline.entries.filter((e) => dayOf(e.date) === null).length;
  show(el("h1", { text: timeline.concept.label }),
    el("p", { class: "muted", text: `${timeline.concept.key} · ${timeline.entries.length} claims by ${timeline.holders.length} holders · grouped by: ${timeline.concept.evidence.join("; ")}` }),
    el("div", { class: "article" },
      el("div", {}, chart, legend, markerLegend(), undated ? el("p", { class: "muted", text: `${undated} undated claim(s) are in the table only.` }) : ""),
      el("aside", {}, panel)),
    el("h2", { text: "All claims, in date order" }), table,
    el("h2", { text: "Agreements and conflicts" }),
    el("p", { class: "muted", text: `Figures by different holders within a week of each other; they agree when the values they allow overlap.${timeline.comparisonCount > timeline.comparisons.length ? ` First ${timeline.comparisons.length} of ${timeline.comparisonCount}.` : ""}` }),
    timeline.comparisons.length ? comparisons : el("p", { class: "muted", text: "No two holders within a week." }));
}

// --- places map: the gazetteer's coordinates over a world outline shipped with the app (no map tiles) ----------

const SVG = "http://www.w3.org/2000/svg";
let worldOutline = null;

function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

async function placesView() {
  worldOutline ??= await api("/world.json");
  const places = await api("/api/places?limit=1000");
  const [width, height] = [1000, 500];
  const x = (lng) => ((lng + 180) / 360) * width;
  const y = (lat) => ((90 - lat) / 180) * height;
  const map = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "map", role: "img", "aria-label": "Places the stored articles speak of" });
  for (const country of worldOutline.countries) {
    const d = country.rings.map((ring) => "M" + ring.map(([lng, lat]) => `${x(lng).toFixed(1)},${y(lat).toFixed(1)}`).join("L") + "Z").join("");
    map.append(svg("path", { d, class: "land" }));
  }
  const most = Math.max(1, ...places.map((p) => p.documents));
  const list = el("ol", { class: "places" });
  for (const place of places) {
    const link = svg("a", { href: `#/entity/${encodeURIComponent(place.key)}` });
    const dot = svg("circle", { cx: x(place.longitude).toFixed(1), cy: y(place.latitude).toFixed(1), r: (3 + 9 * Math.sqrt(place.documents / most)).toFixed(1), class: `place ${safeClass(place.kind)}` });
    dot.dataset.key = place.key;
    const title = svg("title");
    title.textContent = `${place.canonical} — ${place.documents} document(s), ${place.mentions} mention(s)`;
    dot.append(title);
    link.append(dot);
    map.append(link);
    list.append(el("li", {}, el("a", { href: `#/entity/${encodeURIComponent(place.key)}`, text: place.canonical }),
      el("span", { class: "muted", text: ` ${place.kind}${place.country ? " · " + place.country : ""} · ${place.documents} document(s)` })));
  }
  show(el("h1", { text: "Places" }), map,
    places.length ? list : el("p", { class: "muted", text: "No places with coordinates stored yet." }),
    el("p", { class: "muted", text: "Outline: world-countries (ODbL 1.0). Places: GeoNames (CC-BY 4.0)." }));
}

// --- events ---------------------------------------------------------------------------------------------------

const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

/** The events filter as a query string for the API and the page (only the fields filled). */
function eventQuery(filter) {
  return Object.entries(filter).filter(([, v]) => v).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
}

/**
 * Events per CAMEO root over time, drawn by hand as SVG: one row per root code found, one column per day (per month
 * when the days span more than 90), each cell shaded by its count and coloured by the root's quad class. Every cell
 * has a title with its count; the table under the chart lists the events themselves.
 */
function eventCountChart(counts) {
  const byMonth = counts.length && (dayOf(counts[counts.length - 1].day) - dayOf(counts[0].day)) / DAY > 90;
  const columnOf = (day) => (byMonth ? day.slice(0, 7) : day);
  const columns = [...new Set(counts.map((c) => columnOf(c.day)))].sort();
  const roots = [...new Set(counts.map((c) => c.root))].sort();
  const names = new Map(counts.map((c) => [c.root, c.rootName ?? c.root]));
  const cells = new Map();
  for (const c of counts) {
    const key = `${c.root}@${columnOf(c.day)}`;
    cells.set(key, (cells.get(key) ?? 0) + c.count);
  }
  const most = Math.max(1, ...cells.values());
  const [labelWidth, cell, top, bottom] = [260, Math.max(14, Math.min(36, Math.floor(680 / Math.max(1, columns.length)))), 8, 70];
  const width = labelWidth + columns.length * cell + 10;
  const height = top + roots.length * 22 + bottom;
  // Drawn at its own size (no wider than the page): a few columns stay small instead of being blown up.
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: "event-chart", id: "event-chart", role: "img",
    "aria-label": `Events per CAMEO root code per ${byMonth ? "month" : "day"}` });
  roots.forEach((root, row) => {
    const y = top + row * 22;
    const label = svg("text", { x: labelWidth - 8, y: y + 15, class: "tick", "text-anchor": "end" });
    label.textContent = `${root} ${names.get(root)}`;
    chart.append(label);
    columns.forEach((column, col) => {
      const n = cells.get(`${root}@${column}`) ?? 0;
      const rect = svg("rect", { x: labelWidth + col * cell + 1, y: y + 1, width: cell - 2, height: 20,
        class: n ? `cell quad-${CAMEO_QUAD(root)}` : "cell empty", "fill-opacity": n ? (0.25 + 0.75 * n / most).toFixed(2) : 1 });
      rect.dataset.root = root;
      rect.dataset.count = String(n);
      const title = svg("title");
      title.textContent = `${column} · ${root} ${names.get(root)}: ${n} event(s)`;
      rect.append(title);
      chart.append(rect);
      if (n) {
        const count = svg("text", { x: labelWidth + col * cell + cell / 2, y: y + 15, class: "count", "text-anchor": "middle" });
        count.textContent = String(n);
        chart.append(count);
      }
    });
  });
  columns.forEach((column, col) => {
    const x = labelWidth + col * cell + cell / 2;
    const y = top + roots.length * 22 + 8;
    const label = svg("text", { x, y, class: "tick", "text-anchor": "end", transform: `rotate(-60 ${x} ${y})` });
    label.textContent = column;
    chart.append(label);
  });
  return chart;
}

async function eventsView(params) {
  const filter = { actor: params.get("actor") ?? "", code: params.get("code") ?? "", from: params.get("from") ?? "", to: params.get("to") ?? "" };
  const offset = Number(params.get("offset") ?? 0);
  const query = eventQuery(filter);
  const [rows, counts] = await Promise.all([
    api(`/api/events?limit=${PAGE}&offset=${offset}${query ? "&" + query : ""}`),
    api(`/api/events/counts${query ? "?" + query : ""}`),
  ]);
  const inputs = {
    actor: el("input", { id: "event-actor", name: "actor", value: filter.actor, placeholder: "PRK, USAGOV, IGOUNO", size: "12" }),
    code: el("input", { id: "event-code", name: "code", value: filter.code, placeholder: "19, 193", size: "6" }),
    from: el("input", { id: "event-from", name: "from", type: "date", value: filter.from }),
    to: el("input", { id: "event-to", name: "to", type: "date", value: filter.to }),
  };
  const labelled = (name, text) => el("label", {}, `${text} `, inputs[name]);
  const form = el("form", { class: "filter event-filter", role: "search" },
    labelled("actor", "Actor"), " ", labelled("code", "Code"), " ", labelled("from", "From"), " ", labelled("to", "To"), " ",
    el("button", { type: "submit", text: "Filter" }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = eventQuery(Object.fromEntries(Object.entries(inputs).map(([k, input]) => [k, input.value.trim()])));
    location.hash = next ? `#/events?${next}` : "#/events";
  });

  const table = el("table", { class: "docs", id: "events" },
    el("thead", {}, el("tr", {}, ...["Date", "Source", "", "Action", "", "Target", "Flags", "Article"].map((h) => el("th", { text: h })))));
  const body = el("tbody");
  for (const row of rows) {
    const actor = (code, name, key) => el("td", {}, key ? el("a", { href: `#/entity/${encodeURIComponent(key)}`, text: name }) : el("span", { text: name }),
      el("div", { class: "muted code", text: code }));
    const flags = [row.negated ? "negated" : "", row.hypothetical ? "hypothetical" : "", row.reportedBy ? `reported by ${row.reportedByName ?? row.reportedBy}` : ""].filter(Boolean).join(", ");
    body.append(el("tr", { class: row.negated ? "negated" : "" },
      el("td", { text: row.date && row.date !== row.day ? `${row.day ?? ""} (${row.date})` : (row.day ?? "undated") }),
      actor(row.sourceCode, row.sourceName, row.sourceKey),
      el("td", { text: "→" }),
      el("td", {}, el("span", { class: `code-badge quad-${safeClass(row.quadClass)}`, text: row.code }), " ", el("span", { text: row.description ?? "" }),
        el("div", { class: "muted", text: `“${row.trigger}” · ${QUAD_NAMES[row.quadClass] ?? ""} · Goldstein ${row.goldstein}` })),
      el("td", { text: "→" }),
      actor(row.targetCode, row.targetName, row.targetKey),
      el("td", { text: flags }),
      el("td", {}, el("a", { href: `#/doc/${encodeURIComponent(row.document)}?at=${row.start}-${row.end}`, text: row.title ?? row.documentKey }))));
  }
  table.append(body);
  const pager = el("div", { class: "pager" });
  const base = query ? `#/events?${query}&` : "#/events?";
  if (offset > 0) pager.append(el("a", { href: `${base}offset=${Math.max(0, offset - PAGE)}`, text: "← Newer" }));
  if (rows.length === PAGE) pager.append(el("a", { href: `${base}offset=${offset + PAGE}`, text: "Older →" }));
  const legend = el("ul", { class: "marker-legend" }, ...Object.entries(QUAD_NAMES).map(([q, name]) => el("li", {}, el("span", { class: `code-badge quad-${q}`, "aria-hidden": "true", text: "\u00a0" }), name)));
  show(el("h1", { text: "Events" }),
    el("p", { class: "muted", text: "Who did what to whom, CAMEO-coded: an actor prefix matches the source or the target (PRK: North Korea, its government, military …); a code prefix a family of actions (19: fight)." }),
    form,
    el("h2", { text: "Events per root code over time" }),
    counts.length ? eventCountChart(counts) : el("p", { class: "muted", text: "No events to count." }),
    counts.length ? legend : "",
    el("h2", { text: "Events, newest first" }),
    rows.length ? table : el("p", { class: "muted", text: query ? "No event matches." : "No events stored yet." }),
    pager);
}

// --- paste box ----------------------------------------------------------------------------------------------

function analyzeView() {
  const area = el("textarea", { id: "paste", "aria-label": "Article text", placeholder: "Paste an article here (a first line 'date YYYY-MM-DD' sets its date)…" });
  const date = el("input", { id: "paste-date", type: "date", "aria-label": "Publication date" });
  const button = el("button", { id: "analyze", type: "submit", text: "Analyze" });
  const result = el("div", { id: "result" });
  const form = el("form", {}, area, el("p", {}, el("label", { for: "paste-date", text: "Date " }), date, " ", button));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const doc = await api("/api/analyze", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: area.value, date: date.value || null }),
      });
      await loadCameoCodes();
      result.replaceChildren(...articleView(doc));
    } catch (error) {
      result.replaceChildren(el("p", { class: "error", role: "alert", text: `Error: ${error.message}` }));
    }
  });
  show(el("h1", { text: "Analyze text" }), el("p", { class: "muted", text: "Nothing pasted here is stored." }), form, result);
  area.focus({ preventScroll: true });
}

// --- routing ------------------------------------------------------------------------------------------------

async function route() {
  const hash = location.hash.slice(1) || "/";
  const [path, query] = hash.split("?");
  try {
    if (path.startsWith("/doc/")) await documentView(decodeURIComponent(path.slice(5)), new URLSearchParams(query ?? ""));
    else if (path === "/events") await eventsView(new URLSearchParams(query ?? ""));
    else if (path === "/concepts") await conceptsView(new URLSearchParams(query ?? ""));
    else if (path.startsWith("/concept/")) await conceptView(decodeURIComponent(path.slice(9)));
    else if (path === "/analyze") analyzeView();
    else if (path === "/entities") await entitiesView(new URLSearchParams(query ?? ""));
    else if (path === "/places") await placesView();
    else if (path.startsWith("/entity/")) await entityView(decodeURIComponent(path.slice(8)));
    else await listView(new URLSearchParams(query ?? ""));
  } catch (error) { showError(error); }
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("q").value.trim();
  location.hash = q ? `#/?q=${encodeURIComponent(q)}` : "#/";
});
document.addEventListener("keydown", (event) => {
  if (event.key === "/" && !["INPUT", "TEXTAREA"].includes(document.activeElement?.tagName)) {
    event.preventDefault();
    document.getElementById("q").focus();
  }
});
window.addEventListener("hashchange", route);
route();
