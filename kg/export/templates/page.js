/* geopol-kg graph page.
 *
 * The graph arrives as JSON in <script id="kg-data">: {nodes, edges, options}.
 * Rule for everything below: text from the graph (labels, sentences, titles,
 * ids) goes into the page only through textContent or as an attribute value
 * set from JS, never as markup to be parsed; links are made only for http(s) URLs.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var EVIDENCE_SHOWN = 5;

  // ---- small DOM helpers -------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function httpUrl(value) {
    if (typeof value !== "string") return null;
    var url;
    try { url = new URL(value); } catch (e) { return null; }
    return (url.protocol === "http:" || url.protocol === "https:") ? url.href : null;
  }

  function link(url, text) {
    var href = httpUrl(url);
    if (!href) return el("span", null, text);
    var a = el("a", null, text);
    a.href = href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function addRow(list, name, value) {
    if (value === null || value === undefined || value === "") return;
    list.appendChild(el("dt", null, name));
    var dd = el("dd");
    if (value instanceof Element) dd.appendChild(value); else dd.textContent = String(value);
    list.appendChild(dd);
  }

  function percent(x) {
    return (typeof x === "number") ? Math.round(x * 100) + "%" : null;
  }

  function dateRange(first, last) {
    if (!first && !last) return null;
    if (!first || !last || first === last) return first || last;
    return first + " \u2013 " + last;
  }

  // ---- cards: used as hover tooltips and in the details panel ------------
  var labels = {};
  data.nodes.forEach(function (n) { labels[n.id] = n.label; });

  function nodeCard(node) {
    var info = node.info || {};
    var box = el("div", "kg-tip");
    box.appendChild(el("div", "kg-tip-title", node.label));
    var dl = el("dl");
    addRow(dl, "Type", info.type);
    if (info.wikidata) {
      addRow(dl, "Wikidata",
        link("https://www.wikidata.org/wiki/" + encodeURIComponent(info.wikidata), info.wikidata));
    }
    addRow(dl, "Mentions", info.mentions);
    addRow(dl, "Relations", info.degree);
    box.appendChild(dl);
    return box;
  }

  function evidenceItem(ev) {
    var li = el("li");
    li.appendChild(el("div", "kg-quote", "\u201c" + (ev.sentence || "") + "\u201d"));
    var src = el("div", "kg-source");
    if (ev.title) {
      src.appendChild(link(ev.url, ev.title));
      src.appendChild(document.createTextNode(" (" + ev.doc + ")"));
    } else {
      src.appendChild(link(ev.url, ev.doc));
    }
    var notes = [];
    if (ev.date) notes.push(ev.date);
    if (ev.negated) notes.push("negated");
    if (ev.modality && ev.modality !== "asserted") notes.push(ev.modality);
    if (ev.attributed_to) notes.push("according to " + ev.attributed_to);
    if (typeof ev.confidence === "number") notes.push("confidence " + percent(ev.confidence));
    if (notes.length) src.appendChild(document.createTextNode(" \u00b7 " + notes.join(", ")));
    li.appendChild(src);
    return li;
  }

  function edgeCard(edge) {
    var info = edge.info || {};
    var box = el("div", "kg-tip");
    var arrow = info.symmetric ? " \u2014 " : " \u2192 ";
    box.appendChild(el("div", "kg-tip-title",
      labels[edge.from] + arrow + edge.label + arrow + labels[edge.to]));
    var dl = el("dl");
    addRow(dl, "Relation", info.relation);
    addRow(dl, "Layer", info.layer);
    addRow(dl, "Modality", (info.negated ? "negated, " : "") + (info.modality || "asserted"));
    addRow(dl, "Dates", dateRange(info.first_date, info.last_date));
    addRow(dl, "Confidence", percent(info.confidence));
    addRow(dl, "Goldstein", info.goldstein);
    addRow(dl, "Evidence", info.evidence_count);
    box.appendChild(dl);
    var evidence = info.evidence || [];
    if (evidence.length) {
      var ol = el("ol");
      evidence.slice(0, EVIDENCE_SHOWN).forEach(function (ev) { ol.appendChild(evidenceItem(ev)); });
      box.appendChild(ol);
    }
    var more = (info.evidence_count || 0) - Math.min(evidence.length, EVIDENCE_SHOWN);
    if (more > 0) box.appendChild(el("div", "kg-more", "\u2026 and " + more + " more"));
    return box;
  }

  data.nodes.forEach(function (n) { n.title = nodeCard(n); });
  data.edges.forEach(function (e) { e.title = edgeCard(e); });

  // ---- the network -------------------------------------------------------
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("kg-network"),
    { nodes: nodes, edges: edges }, data.options);

  var status = document.getElementById("kg-status");
  var summary = status.textContent;
  network.on("stabilizationProgress", function (p) {
    status.textContent = summary + " \u2014 laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  // Lay out once, then freeze: dragging a node afterwards moves only that node.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    status.textContent = summary;
    document.body.setAttribute("data-kg-ready", "true");
  });

  var details = document.getElementById("kg-details");
  var hint = details.firstElementChild;
  network.on("click", function (params) {
    var card = null;
    if (params.nodes.length) card = nodeCard(nodes.get(params.nodes[0]));
    else if (params.edges.length) card = edgeCard(edges.get(params.edges[0]));
    details.replaceChildren(card || hint);
  });

  // Handles for later extensions (filters, search) and browser tests.
  window.kg = { network: network, nodes: nodes, edges: edges, nodeCard: nodeCard, edgeCard: edgeCard };
})();
