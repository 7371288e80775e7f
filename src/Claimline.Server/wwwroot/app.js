// Claimline web UI. Article text is untrusted: it is only ever inserted with textContent / createTextNode,
// never as HTML, and the server's Content-Security-Policy forbids inline scripts as a second wall.

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

function show(...nodes) { main.replaceChildren(...nodes); main.focus(); }

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
function renderParagraph(text, span, annotations) {
  const [start, end] = span;
  const inside = annotations.filter((a) => a.span[0] < end && a.span[1] > start);
  const cuts = new Set([start, end]);
  for (const a of inside) { cuts.add(Math.max(start, a.span[0])); cuts.add(Math.min(end, a.span[1])); }
  const points = [...cuts].sort((x, y) => x - y);
  const paragraph = el("p");
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = inside.filter((a) => a.span[0] <= from && a.span[1] >= to);
    if (!covering.length) { paragraph.append(document.createTextNode(piece)); continue; }
    const mark = el("span", { class: ["mark", ...covering.flatMap((a) => a.classes)].join(" "), tabindex: "0", role: "button" }, piece);
    mark.dataset.layers = covering.map((a) => a.layer).join(" ");
    mark.addEventListener("click", () => showDetails(covering, text));
    mark.addEventListener("keydown", (event) => { if (event.key === "Enter") showDetails(covering, text); });
    paragraph.append(mark);
  }
  return paragraph;
}

let detailsCard = null;

function showDetails(items, text) {
  if (!detailsCard) return;
  const cards = items.map((item) => {
    const list = el("dl");
    list.append(el("dt", { text: "text" }), el("dd", { text: text.slice(item.span[0], item.span[1]) }));
    for (const [name, value] of Object.entries(item.data)) {
      if (name === "span" || name === "text" || value === null || typeof value === "object") continue;
      list.append(el("dt", { text: name }), el("dd", { text: String(value) }));
    }
    return el("div", { class: "card", "data-detail": item.layer }, el("h2", { text: item.layer }), list);
  });
  detailsCard.replaceChildren(...cards);
}

function articleView(doc) {
  const text = doc.text;
  const layers = doc.layers ?? {};
  const annotations = [];
  for (const [layer, classesOf] of Object.entries(INLINE)) {
    for (const item of layers[layer] ?? []) annotations.push({ layer, span: item.span, classes: classesOf(item), data: item });
  }
  const sections = layers.sections ?? [];
  for (const s of sections) {
    if (s.kind === "photoCredit") annotations.push({ layer: "photo credit", span: s.span, classes: ["credit"], data: s });
    if (s.kind === "header") annotations.push({ layer: "header", span: s.span, classes: ["header"], data: s });
  }
  // A paragraph that holds a caption or title (the wire header line holds both header and caption) is styled as one.
  const kindAt = (p) => sections.find((s) => (s.kind === "caption" || s.kind === "title") && s.span[0] < p[1] && p[0] < s.span[1])?.kind;

  const body = el("div", { class: "text", id: "article-text" });
  for (const paragraph of layers.paragraphs ?? [{ span: [0, text.length] }]) {
    const node = renderParagraph(text, paragraph.span, annotations);
    const kind = kindAt(paragraph.span);
    if (kind) node.classList.add(kind);
    body.append(node);
  }

  const meta = doc.meta ?? {};
  const facts = el("dl");
  for (const [name, value] of [["date", meta.published], ["source", meta.source], ["byline", meta.byline], ["url", meta.url], ["id", meta.id]]) {
    if (value) facts.append(el("dt", { text: name }), el("dd", { text: value }));
  }
  const counts = el("dl");
  for (const [name, items] of Object.entries(layers)) counts.append(el("dt", { text: name }), el("dd", { text: String(items.length) }));
  const legend = el("div", { class: "legend" },
    ...[["ent-PERSON", "person"], ["ent-ORG", "organization"], ["ent-LOC", "place"], ["ent-NORP", "group"], ["time", "time"], ["quote", "quote"]]
      .map(([cls, label]) => el("span", { class: `mark ${cls}`, text: label })));
  const referents = (layers.referents ?? []).filter((r) => r.kind !== "other");
  const people = el("ul", { class: "referents" });
  for (const r of [...referents].sort((a, b) => (a.kind === "person" ? 0 : 1) - (b.kind === "person" ? 0 : 1) || b.mentions.length - a.mentions.length).slice(0, 20)) {
    const roles = (r.roles ?? []).map((x) => x.title).join("; ");
    people.append(el("li", {}, el("a", { href: `#/entity/${encodeURIComponent(r.key)}`, text: r.canonical }),
      el("span", { class: "muted", text: ` ${r.kind}${r.country ? " · " + r.country : ""}${roles ? " · " + roles : ""} · ${r.mentions.length}×` })));
  }
  detailsCard = el("div", { id: "details" }, el("div", { class: "card" }, el("p", { class: "muted", text: "Select a marked passage to see what was found." })));
  const aside = el("aside", {},
    el("div", { class: "card" }, el("h2", { text: "Article" }), facts),
    el("div", { class: "card" }, el("h2", { text: "Layers" }), counts, legend),
    detailsCard,
    el("div", { class: "card", id: "referents" }, el("h2", { text: "Who and what" }), referents.length ? people : el("p", { class: "muted", text: "No names found." })));
  return [el("h1", { text: meta.title ?? meta.id ?? "Article" }), el("div", { class: "article" }, body, aside)];
}

async function documentView(id) {
  show(...articleView(await api(`/api/documents/${encodeURIComponent(id)}`)));
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
  const detail = await api(`/api/entities/${encodeURIComponent(key)}`);
  const entity = detail.entity;
  const facts = el("dl");
  for (const [name, value] of [["kind", entity.kind], ["country", entity.country], ["roles", entity.roles], ["documents", String(entity.documents)], ["mentions", String(entity.mentions)], ["key", entity.key]]) {
    if (value) facts.append(el("dt", { text: name }), el("dd", { text: value }));
  }
  const quotes = el("ol", { class: "quotes", id: "entity-quotes" });
  for (const quote of [...detail.quotes].sort((a, b) => String(a.date ?? a.published ?? "").localeCompare(String(b.date ?? b.published ?? "")))) {
    quotes.append(el("li", {},
      el("span", { class: "muted", text: `${quote.date ?? quote.published ?? "undated"} · ${quote.kind} · ` }),
      el("a", { href: `#/doc/${quote.document}`, text: quote.documentKey }),
      el("blockquote", { text: quote.text })));
  }
  const documents = el("ul");
  for (const doc of detail.documents) {
    documents.append(el("li", {}, el("span", { class: "muted", text: `${doc.published ?? ""} ` }), el("a", { href: `#/doc/${doc.id}`, text: doc.title ?? doc.key })));
  }
  show(el("h1", { text: entity.canonical }),
    el("div", { class: "article" },
      el("div", {}, el("h2", { text: "Quotes, in date order" }), detail.quotes.length ? quotes : el("p", { class: "muted", text: "No quotes attributed." })),
      el("aside", {}, el("div", { class: "card" }, el("h2", { text: "Entity" }), facts), el("div", { class: "card" }, el("h2", { text: "Documents" }), documents))));
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
      result.replaceChildren(...articleView(doc));
    } catch (error) {
      result.replaceChildren(el("p", { class: "error", role: "alert", text: `Error: ${error.message}` }));
    }
  });
  show(el("h1", { text: "Analyze text" }), el("p", { class: "muted", text: "Nothing pasted here is stored." }), form, result);
  area.focus();
}

// --- routing ------------------------------------------------------------------------------------------------

async function route() {
  const hash = location.hash.slice(1) || "/";
  const [path, query] = hash.split("?");
  try {
    if (path.startsWith("/doc/")) await documentView(decodeURIComponent(path.slice(5)));
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
