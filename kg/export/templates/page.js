/* geopol-kg graph page: search, filters, neighbourhood focus and details on demand.
 *
 * The graph arrives as JSON in <script id="kg-data">: {nodes, edges, options}, with node
 * positions already computed (the browser runs no physics). Plain ES2017; the only library
 * is vis-network.
 *
 * Rule for everything below: text from the graph (labels, sentences, titles, ids) goes
 * into the page only through textContent or as a text node, never as markup to be parsed;
 * links are made only for http(s) URLs.
 */
(function () {
  "use strict";

  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const QUAD_NAMES = {
    "material-cooperation": "material cooperation",
    "verbal-cooperation": "verbal cooperation",
    "verbal-conflict": "verbal conflict",
    "material-conflict": "material conflict",
  };
  const MAX_MATCHES = 8;

  // ---- small DOM helpers -------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function httpUrl(value) {
    if (typeof value !== "string") return null;
    let url;
    try { url = new URL(value); } catch (e) { return null; }
    return (url.protocol === "http:" || url.protocol === "https:") ? url.href : null;
  }

  function link(url, text) {
    const href = httpUrl(url);
    if (!href) return el("span", null, text);
    const a = el("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function button(text, onClick, className) {
    const b = el("button", className, text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function addRow(list, name, value) {
    if (value === null || value === undefined || value === "") return;
    list.appendChild(el("dt", null, name));
    const dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    list.appendChild(dd);
  }

  function percent(x) {
    return (typeof x === "number") ? Math.round(x * 100) + "%" : null;
  }

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }

  function dateRange(first, last) {
    if (!first && !last) return null;
    if (!first || !last || first === last) return first || last;
    return first + " \u2013 " + last;
  }

  /** The sentence as text nodes, with the subject's and object's names in <mark>s.
   *  Spans count code points (as Python does), hence Array.from. */
  function highlighted(sentence, subjectSpans, objectSpans) {
    const chars = Array.from(sentence || "");
    const marks = [];
    (subjectSpans || []).forEach(function (s) { marks.push([s[0], s[1], "kg-subject"]); });
    (objectSpans || []).forEach(function (s) { marks.push([s[0], s[1], "kg-object"]); });
    marks.sort(function (a, b) { return a[0] - b[0] || (a[2] === "kg-subject" ? -1 : 1); });
    const out = el("span", "kg-quote");
    out.appendChild(document.createTextNode("\u201c"));
    let at = 0;
    marks.forEach(function (m) {
      if (m[0] < at || m[1] > chars.length || m[0] >= m[1]) return;  // overlaps or out of range
      if (m[0] > at) out.appendChild(document.createTextNode(chars.slice(at, m[0]).join("")));
      out.appendChild(el("mark", m[2], chars.slice(m[0], m[1]).join("")));
      at = m[1];
    });
    out.appendChild(document.createTextNode(chars.slice(at).join("") + "\u201d"));
    return out;
  }

  // ---- indexes -----------------------------------------------------------
  const nodeById = new Map();
  const edgeById = new Map();
  const edgesOf = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
  });
  function labelOf(id) { return nodeById.has(id) ? nodeById.get(id).label : String(id); }

  // ---- the network -------------------------------------------------------
  const container = document.getElementById("kg-network");
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  const timing = { renderMs: null };
  network.once("afterDrawing", function () {
    timing.renderMs = performance.now();
    document.body.setAttribute("data-kg-ready", "true");
  });
  network.fit({ animation: false });

  // ---- filters -----------------------------------------------------------
  const form = document.getElementById("kg-filters");
  const status = document.getElementById("kg-status");
  const summary = status.textContent;
  const hidden = { nodes: new Map(), edges: new Map() };
  let focusId = null;

  (function relationCheckboxes() {
    const counts = new Map();
    data.edges.forEach(function (e) {
      const key = e.info.relation;
      if (!counts.has(key)) counts.set(key, { label: e.info.label, count: 0 });
      counts.get(key).count += 1;
    });
    const fieldset = document.getElementById("kg-relations");
    Array.from(counts.keys()).sort(function (a, b) {
      return counts.get(a).label.localeCompare(counts.get(b).label);
    }).forEach(function (key) {
      const label = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.name = "relation";
      box.value = key;
      box.checked = true;
      box.defaultChecked = true;
      label.appendChild(box);
      label.appendChild(document.createTextNode(" " + counts.get(key).label + " "));
      label.appendChild(el("small", null, "(" + counts.get(key).count + ")"));
      fieldset.appendChild(label);
    });
    fieldset.querySelectorAll("button[data-relations]").forEach(function (b) {
      b.addEventListener("click", function () {
        const on = b.getAttribute("data-relations") === "all";
        form.querySelectorAll("input[name=relation]").forEach(function (box) { box.checked = on; });
        applyFilters();
      });
    });
    const dates = [];
    data.edges.forEach(function (e) {
      if (e.info.first_date) dates.push(e.info.first_date.slice(0, 10));
      if (e.info.last_date) dates.push(e.info.last_date.slice(0, 10));
    });
    dates.sort();
    if (dates.length) {
      form.elements["date-from"].min = form.elements["date-to"].min = dates[0];
      form.elements["date-from"].max = form.elements["date-to"].max = dates[dates.length - 1];
    }
  })();

  function readFilters() {
    function checked(name) {
      return new Set(Array.from(form.querySelectorAll("input[name=" + name + "]:checked"),
        function (box) { return box.value; }));
    }
    const minEvidence = parseInt(form.elements["min-evidence"].value, 10);
    const minConfidence = parseFloat(form.elements["min-confidence"].value);
    document.getElementById("kg-confidence-value").textContent = percent(minConfidence || 0);
    return {
      layers: checked("layer"),
      quads: checked("quad"),
      relations: checked("relation"),
      hideNegated: form.elements["hide-negated"].checked,
      hideUnconfirmed: form.elements["hide-unconfirmed"].checked,
      from: form.elements["date-from"].value,
      to: form.elements["date-to"].value,
      minEvidence: isNaN(minEvidence) ? 1 : minEvidence,
      minConfidence: isNaN(minConfidence) ? 0 : minConfidence,
    };
  }

  function passes(edge, f) {
    const i = edge.info;
    if (!f.layers.has(i.layer) || !f.quads.has(i.quad || "none") || !f.relations.has(i.relation)) return false;
    if ((f.hideNegated && i.negated) || (f.hideUnconfirmed && i.modality !== "asserted")) return false;
    if (i.evidence_count < f.minEvidence) return false;
    if (f.minConfidence > 0 && !(typeof i.confidence === "number" && i.confidence >= f.minConfidence - 1e-9)) {
      return false;
    }
    if (f.from || f.to) {  // the edge's dates must overlap the range; undated edges are hidden
      const first = (i.first_date || i.last_date || "").slice(0, 10);
      const last = (i.last_date || i.first_date || "").slice(0, 10);
      if (!first || (f.from && last < f.from) || (f.to && first > f.to)) return false;
    }
    return true;
  }

  function applyFilters() {
    const f = readFilters();
    const shownEdges = new Set();
    data.edges.forEach(function (e) { if (passes(e, f)) shownEdges.add(e.id); });
    let around = null;
    if (focusId !== null) {
      around = new Set([focusId]);
      edgesOf.get(focusId).forEach(function (e) {
        if (shownEdges.has(e.id)) around.add(e.from === focusId ? e.to : e.from);
      });
      shownEdges.forEach(function (id) {
        const e = edgeById.get(id);
        if (!around.has(e.from) || !around.has(e.to)) shownEdges.delete(id);
      });
    }
    const nodeChanges = [];
    let shownNodes = 0;
    data.nodes.forEach(function (n) {
      const mine = edgesOf.get(n.id);
      const show = around ? around.has(n.id)
        : (mine.length === 0 || mine.some(function (e) { return shownEdges.has(e.id); }));
      if (show) shownNodes += 1;
      if ((hidden.nodes.get(n.id) || false) !== !show) {
        hidden.nodes.set(n.id, !show);
        nodeChanges.push({ id: n.id, hidden: !show });
      }
    });
    const edgeChanges = [];
    data.edges.forEach(function (e) {
      const hide = !shownEdges.has(e.id);
      if ((hidden.edges.get(e.id) || false) !== hide) {
        hidden.edges.set(e.id, hide);
        edgeChanges.push({ id: e.id, hidden: hide });
      }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    const all = shownNodes === data.nodes.length && shownEdges.size === data.edges.length;
    status.textContent = all ? summary : summary + " \u2014 showing " + plural(shownNodes, "actor") +
      ", " + plural(shownEdges.size, "relation");
    document.body.setAttribute("data-kg-shown", shownNodes + "/" + shownEdges.size);
  }

  form.addEventListener("input", applyFilters);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  document.getElementById("kg-reset").addEventListener("click", function () {
    form.reset();
    applyFilters();
  });

  // ---- neighbourhood focus ---------------------------------------------------
  const focusBox = document.getElementById("kg-focus");
  function setFocus(id) {
    focusId = (id === null || nodeById.has(id)) ? id : null;
    focusBox.hidden = focusId === null;
    document.getElementById("kg-focus-text").textContent =
      focusId === null ? "" : "Neighbourhood of " + labelOf(focusId) + ".";
    applyFilters();
    labelEdges(focusId === null ? [] : data.edges.filter(function (e) { return !hidden.edges.get(e.id); }));
    if (focusId !== null) {
      const shown = data.nodes.filter(function (n) { return !hidden.nodes.get(n.id); })
        .map(function (n) { return n.id; });
      network.fit({ nodes: shown, animation: data.large ? false : { duration: 300, easingFunction: "easeInOutQuad" } });
    }
  }
  document.getElementById("kg-focus-clear").addEventListener("click", function () { setFocus(null); });

  // ---- details: cards for an actor and for a relation ------------------------
  const details = document.getElementById("kg-details");
  const hint = details.firstElementChild;

  function relationText(edge) {
    return (edge.info.negated ? "not " : "") + edge.info.label;
  }

  function edgeTitle(edge) {
    const arrow = edge.info.symmetric ? " \u2014 " : " \u2192 ";
    return labelOf(edge.from) + arrow + relationText(edge) + arrow + labelOf(edge.to);
  }

  // Large graphs carry no edge labels (too slow to draw); the selected actor's relations,
  // or the relations shown around a focused actor, get theirs while selected.
  let labelled = [];
  function labelEdges(list) {
    if (!data.large) return;
    const changes = labelled.map(function (id) { return { id: id, label: " " }; });  // vis keeps the old label for "" or null
    labelled = list.slice(0, 2000).map(function (e) { return e.id; });
    labelled.forEach(function (id) { changes.push({ id: id, label: relationText(edgeById.get(id)) }); });
    if (changes.length) edges.update(changes);
  }

  function nodeCard(node) {
    const info = node.info || {};
    const box = el("div", "kg-card");
    box.appendChild(el("div", "kg-card-title", node.label));
    const dl = el("dl");
    addRow(dl, "Type", info.type);
    if (info.wikidata) {
      addRow(dl, "Wikidata",
        link("https://www.wikidata.org/wiki/" + encodeURIComponent(info.wikidata), info.wikidata));
    }
    addRow(dl, "Mentions", info.mentions);
    addRow(dl, "Relations", info.degree);
    box.appendChild(dl);
    const actions = el("div", "kg-actions");
    actions.appendChild(focusId === node.id
      ? button("Show the whole graph", function () { setFocus(null); showNode(node.id, false); })
      : button("Show only its neighbourhood", function () { setFocus(node.id); showNode(node.id, false); }));
    box.appendChild(actions);
    if (hidden.nodes.get(node.id)) box.appendChild(el("p", "kg-note", "Hidden by the current filters."));

    const groups = new Map();
    edgesOf.get(node.id).forEach(function (e) {
      const text = relationText(e);
      if (!groups.has(text)) groups.set(text, []);
      groups.get(text).push(e);
    });
    Array.from(groups.keys()).sort().forEach(function (label) {
      const list = groups.get(label);
      box.appendChild(el("h3", null, label + " (" + list.length + ")"));
      const ul = el("ul", "kg-links");
      list.forEach(function (e) {
        const outgoing = e.from === node.id;
        const arrow = e.info.symmetric ? "\u2014 " : (outgoing ? "\u2192 " : "\u2190 ");
        const li = el("li", hidden.edges.get(e.id) ? "kg-filtered" : null);
        li.appendChild(button(arrow + labelOf(outgoing ? e.to : e.from), function () { showEdge(e.id); }));
        li.appendChild(document.createTextNode(" (" + plural(e.info.evidence_count, "sentence") + ")"));
        ul.appendChild(li);
      });
      box.appendChild(ul);
    });
    return box;
  }

  function evidenceItem(ev) {
    const li = el("li");
    li.appendChild(highlighted(ev.sentence, ev.subject_spans, ev.object_spans));
    const src = el("div", "kg-source");
    if (ev.title) {
      src.appendChild(link(ev.url, ev.title));
      src.appendChild(document.createTextNode(" (" + ev.doc + ")"));
    } else {
      src.appendChild(link(ev.url, ev.doc));
    }
    const notes = [];
    if (ev.date) notes.push(ev.date);
    if (ev.negated) notes.push("negated");
    if (ev.modality && ev.modality !== "asserted") notes.push(ev.modality);
    if (ev.attributed_to) notes.push("according to " + ev.attributed_to);
    if (typeof ev.confidence === "number") notes.push("confidence " + percent(ev.confidence));
    if (ev.rule) notes.push("rule " + ev.rule);
    if (notes.length) src.appendChild(document.createTextNode(" \u00b7 " + notes.join(", ")));
    li.appendChild(src);
    return li;
  }

  function edgeCard(edge) {
    const info = edge.info || {};
    const box = el("div", "kg-card");
    box.appendChild(el("div", "kg-card-title", edgeTitle(edge)));
    const dl = el("dl");
    addRow(dl, "Relation", info.relation === info.label.replace(/ /g, "-")
      ? info.label : info.label + " (" + info.relation + ")");
    addRow(dl, "Layer", info.layer === "standing" ? "standing relation" : "event");
    const tone = info.quad ? QUAD_NAMES[info.quad] : null;
    addRow(dl, "Tone", [tone, typeof info.goldstein === "number" ? "Goldstein " + info.goldstein : null]
      .filter(Boolean).join(", "));
    addRow(dl, "Modality", (info.negated ? "negated, " : "") + (info.modality || "asserted"));
    addRow(dl, "Attributed to", (info.attributed_to || []).join("; "));
    addRow(dl, "Dates", dateRange(info.first_date, info.last_date));
    addRow(dl, "Confidence", percent(info.confidence));
    addRow(dl, "Evidence", plural(info.evidence_count, "sentence") +
      (info.articles ? " in " + plural(info.articles, "article") : ""));
    box.appendChild(dl);
    const evidence = info.evidence || [];
    if (evidence.some(function (ev) { return (ev.subject_spans || []).length || (ev.object_spans || []).length; })) {
      const key = el("div", "kg-note", "Named in the sentences: ");
      key.appendChild(el("mark", "kg-subject", "subject"));
      key.appendChild(document.createTextNode(" "));
      key.appendChild(el("mark", "kg-object", "object"));
      box.appendChild(key);
    }
    if (evidence.length) {
      const ol = el("ol", "kg-evidence");
      evidence.forEach(function (ev) { ol.appendChild(evidenceItem(ev)); });
      box.appendChild(ol);
    }
    const more = (info.evidence_count || 0) - evidence.length;
    if (more > 0) box.appendChild(el("div", "kg-more", "\u2026 and " + more + " more in graph.ttl"));
    return box;
  }

  function showNode(id, move) {
    if (!nodeById.has(id)) return;
    network.selectNodes([id]);
    if (focusId === null) labelEdges(edgesOf.get(id));
    details.replaceChildren(nodeCard(nodeById.get(id)));
    document.body.setAttribute("data-kg-selected", String(id));
    if (move) {  // large graphs jump: each frame of an animation would redraw every edge
      const done = function () { document.body.setAttribute("data-kg-focused", String(id)); };
      const animation = data.large ? false : { duration: 350, easingFunction: "easeInOutQuad" };
      document.body.removeAttribute("data-kg-focused");
      if (animation) network.once("animationFinished", done);
      network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: animation });
      if (!animation) done();
    }
  }

  function showEdge(id) {
    if (!edgeById.has(id)) return;
    network.selectEdges([id]);
    if (focusId === null) labelEdges([edgeById.get(id)]);
    details.replaceChildren(edgeCard(edgeById.get(id)));
    document.body.setAttribute("data-kg-selected", String(id));
  }

  network.on("click", function (params) {
    hideTip();
    if (params.nodes.length) showNode(params.nodes[0], false);
    else if (params.edges.length) showEdge(params.edges[0]);
    else {
      if (focusId === null) labelEdges([]);
      details.replaceChildren(hint);
      document.body.removeAttribute("data-kg-selected");
    }
  });

  // ---- search ------------------------------------------------------------
  const search = document.getElementById("kg-search");
  const matchList = document.getElementById("kg-matches");
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  const searchIndex = data.nodes.map(function (n) {
    return { id: n.id, key: fold(n.label), degree: (n.info || {}).degree || 0 };
  });

  function matches(query) {
    const q = fold(query.trim());
    if (!q) return [];
    const found = [];
    searchIndex.forEach(function (entry) {
      const at = entry.key.indexOf(q);
      if (at < 0) return;
      const rank = entry.key === q ? 0 : at === 0 ? 1 : /\W/.test(entry.key.charAt(at - 1)) ? 2 : 3;
      found.push([rank, -entry.degree, entry.key, entry.id]);
    });
    found.sort(function (a, b) {
      return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
    });
    return found.slice(0, MAX_MATCHES).map(function (m) { return m[3]; });
  }

  function choose(id) {
    matchList.replaceChildren();
    search.value = labelOf(id);
    showNode(id, true);
  }

  search.addEventListener("input", function () {
    matchList.replaceChildren();
    matches(search.value).forEach(function (id) {
      const li = el("li");
      const b = button(labelOf(id) + " ", function () { choose(id); });
      b.appendChild(el("small", null, (nodeById.get(id).info || {}).type));
      li.appendChild(b);
      matchList.appendChild(li);
    });
  });
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    const found = matches(search.value);
    if (found.length) choose(found[0]);
    else status.textContent = summary + " \u2014 no actor matches \u201c" + search.value + "\u201d";
  });

  // ---- hover tooltip -----------------------------------------------------
  const tip = document.getElementById("kg-tooltip");
  function showTip(text, pointer) {
    tip.textContent = text;
    tip.hidden = false;
    const width = container.clientWidth;
    tip.style.left = Math.max(0, Math.min(pointer.x + 14, width - tip.offsetWidth - 4)) + "px";
    tip.style.top = (pointer.y + 14) + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) {
    const n = nodeById.get(p.node);
    showTip(n.label + " \u00b7 " + (n.info || {}).type + " \u00b7 " + plural((n.info || {}).degree || 0, "relation"),
      p.pointer.DOM);
  });
  network.on("hoverEdge", function (p) {
    const e = edgeById.get(p.edge);
    showTip(edgeTitle(e) + " \u00b7 " + plural(e.info.evidence_count, "sentence"), p.pointer.DOM);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTip); });

  applyFilters();

  // Handles for scripts and browser tests.
  window.kg = {
    network: network, nodes: nodes, edges: edges, data: data, timing: timing,
    applyFilters: applyFilters, setFocus: setFocus, showNode: showNode, showEdge: showEdge,
    matches: matches, nodeCard: nodeCard, edgeCard: edgeCard,
    shown: function () {
      return {
        nodes: data.nodes.filter(function (n) { return !hidden.nodes.get(n.id); }).length,
        edges: data.edges.filter(function (e) { return !hidden.edges.get(e.id); }).length,
      };
    },
  };
})();
