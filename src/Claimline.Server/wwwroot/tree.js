// A sentence's dependency tree as arcs over its words (the way displaCy draws one): each arc runs from a head to its
// dependent, labelled with the relation, and ends in an arrow at the dependent; the root has an arrow from above.
// Words and labels are inserted with textContent only: article text is untrusted.

const SVG = "http://www.w3.org/2000/svg";
const CHAR = 7.4;      // approximate width of a character at 13px
const GAP = 18;        // space between words
const LEVEL = 22;      // height added per nesting level of an arc

function node(tag, attributes = {}, text) {
  const n = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) n.setAttribute(name, String(value));
  if (text !== undefined) n.textContent = text;
  return n;
}

/**
 * The tree of one sentence as an SVG element.
 * @param {string[]} words the sentence's tokens as written
 * @param {string[]} tags UPOS per word (may be empty)
 * @param {number[]} heads head per word, 0-based, -1 for the root
 * @param {string[]} relations relation per word
 */
export function treeDiagram(words, tags, heads, relations) {
  const n = words.length;
  const centres = [];
  let x = GAP;
  for (let i = 0; i < n; i++) {
    const width = Math.max(words[i].length, (tags[i] ?? "").length, 2) * CHAR;
    centres.push(x + width / 2);
    x += width + GAP;
  }
  // An arc's level is one more than the highest arc it spans, so that nested arcs never cross their labels.
  const arcs = [];
  for (let d = 0; d < n; d++) if (heads[d] >= 0) arcs.push({ from: heads[d], to: d, lo: Math.min(d, heads[d]), hi: Math.max(d, heads[d]) });
  arcs.sort((a, b) => (a.hi - a.lo) - (b.hi - b.lo));
  for (const arc of arcs) {
    arc.level = 1;
    for (const inner of arcs) {
      if (inner === arc || inner.level === undefined) continue;
      if (inner.lo >= arc.lo && inner.hi <= arc.hi && (inner.hi - inner.lo) < (arc.hi - arc.lo)) arc.level = Math.max(arc.level, inner.level + 1);
    }
  }
  const top = Math.max(1, ...arcs.map((a) => a.level)) * LEVEL + 26;
  const baseline = top + 16;
  const svg = node("svg", {
    class: "tree", width: x, height: baseline + 22, viewBox: `0 0 ${x} ${baseline + 22}`, role: "img",
    "aria-label": `Dependency tree of: ${words.join(" ")}`,
  });
  for (const arc of arcs) {
    const [x1, x2] = [centres[arc.from], centres[arc.to]];
    const y = top - arc.level * LEVEL;
    const dir = Math.sign(x2 - x1);
    const [s, e] = [x1 + dir * 3, x2 - dir * 3];
    const group = node("g", { class: "arc", "data-head": arc.from, "data-dep": arc.to });
    group.append(
      node("path", { d: `M${s},${top} C${s},${y} ${e},${y} ${e},${top}` }),
      node("path", { class: "arrow", d: `M${e - 3},${top - 5} L${e},${top} L${e + 3},${top - 5}` }),
      node("text", { class: "label", x: (s + e) / 2, y: y + (top - y) / 4 - 3, "text-anchor": "middle" }, relations[arc.to]),
      node("title", {}, `${words[arc.from]} → ${relations[arc.to]} → ${words[arc.to]}`));
    svg.append(group);
  }
  for (let i = 0; i < n; i++) {
    if (heads[i] === -1) {
      svg.append(node("path", { class: "root", d: `M${centres[i]},6 L${centres[i]},${top}` }),
        node("text", { class: "label", x: centres[i] + 4, y: 14 }, "root"));
    }
    svg.append(node("text", { class: "word", x: centres[i], y: baseline, "text-anchor": "middle" }, words[i]));
    if (tags[i]) svg.append(node("text", { class: "tag", x: centres[i], y: baseline + 15, "text-anchor": "middle" }, tags[i]));
  }
  return svg;
}

/**
 * The tree card for the sentence holding a span, or null when the document has no syntax layer there.
 * @param {object} layers the document's layers (tokens, pos, syntax)
 * @param {string} text the document's text
 * @param {number[]} span [start, end] of what the reader selected
 */
export function sentenceTree(layers, text, span) {
  const tree = (layers.syntax ?? []).find((t) => t.span[0] <= span[0] && span[0] < t.span[1]);
  if (!tree) return null;
  const tokens = layers.tokens ?? [];
  const words = tree.heads.map((_, i) => { const t = tokens[tree.firstToken + i]; return t ? text.slice(t.span[0], t.span[1]) : "?"; });
  const tagged = (layers.pos ?? []).find((p) => p.span[0] === tree.span[0]);
  return treeDiagram(words, tagged?.tags ?? [], tree.heads, tree.relations);
}
