/* naravard network page: drawing, search, filters, tooltips and the details panel.
 * Every string in the data comes from documents and is untrusted: it reaches the page only as
 * textContent of elements built here (tooltips included), never as markup.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("naravard-data").textContent);
  var fixed = data.layout === "fixed";
  var nodesById = new Map(data.nodes.map(function (node) { return [node.id, node]; }));
  var edgesById = new Map(data.edges.map(function (edge) { return [edge.id, edge]; }));
  var incident = new Map(data.nodes.map(function (node) { return [node.id, []]; }));
  data.edges.forEach(function (edge) {
    incident.get(edge.from).push(edge);
    if (edge.to !== edge.from) incident.get(edge.to).push(edge);
  });

  function el(tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = String(text);
    if (className) element.className = className;
    return element;
  }
  function byId(id) { return document.getElementById(id); }
  function count(n, one, many) { return n + " " + (n === 1 ? one : many); }
  function styleOf(node) { return data.styles[node.type]; }
  function kindText(node) {
    var style = styleOf(node);
    return style.name === style.kindName ? style.name : style.kindName + " · " + style.name;
  }
  function labelOf(id) { var node = nodesById.get(id); return node ? node.label : id; }
  function edgeText(edge) { return labelOf(edge.from) + " " + edge.label + " " + labelOf(edge.to); }
  function fold(text) { return String(text).toLocaleLowerCase("sv").replace(/\s+/g, " ").trim(); }

  var details = byId("details");
  var GROUPS = [["Organisation", "Organisationer"], ["Person", "Personer"],
    ["Project", "Projekt"], ["CollaborationForum", "Samverkansforum"]];

  // Header, legend and the choices of the filters.
  document.title = data.title;
  byId("naravard-title").textContent = data.title;
  byId("naravard-description").textContent = data.description;
  byId("naravard-counts").textContent = count(data.nodes.length, "entitet", "entiteter") +
    " · " + count(data.edges.length, "relation", "relationer");

  var legend = byId("legend");
  function legendRow(name, swatch, number, className) {
    var row = el("li", null, className);
    row.append(swatch, el("span", name));
    if (number !== null) row.append(el("span", number, "count"));
    legend.append(row);
  }
  data.legend.forEach(function (item) {
    var swatch = el("span", null, "swatch " + item.shape);
    swatch.style.background = item.color;
    legendRow(item.name, swatch, item.count, item.sub ? "sub" : "");
  });
  var ring = el("span", null, "swatch ring");
  ring.style.borderColor = data.bridgeColor;
  legendRow("Bro mellan region och kommun",
    ring, data.nodes.filter(function (node) { return node.bridge; }).length, "");

  function fillSelect(id, allText, choices) {
    var select = byId(id);
    select.append(new Option(allText, ""));
    choices.forEach(function (choice) { select.append(new Option(choice[1], choice[0])); });
    return select;
  }
  var filters = {
    type: fillSelect("filter-type", "Alla typer", data.legend.map(function (item) {
      return [item.key, (item.sub ? "\u2013 " : "") + item.name];
    })),
    region: fillSelect("filter-region", "Alla regioner", data.regions.map(function (r, i) {
      return [String(i), r.label];
    })),
    document: fillSelect("filter-document", "Alla dokument", data.documents.map(function (d) {
      return [d, d];
    })),
    relation: fillSelect("filter-relation", "Alla relationer", data.relations.map(function (r) {
      return [r.key, r.name];
    })),
  };
  var names = byId("search-names");
  data.nodes.map(function (node) { return node.label; }).sort().forEach(function (label) {
    names.append(new Option(label));
  });

  // The drawing. Parallel edges between two nodes curve apart instead of overlapping.
  var parallel = new Map();
  function smooth(edge) {
    var pair = edge.from < edge.to ? edge.from + "\n" + edge.to : edge.to + "\n" + edge.from;
    var seen = parallel.get(pair) || 0;
    parallel.set(pair, seen + 1);
    if (seen === 0) return fixed ? null : { enabled: true, type: "curvedCW", roundness: 0.15 };
    return { enabled: true, type: "curvedCW", roundness: 0.15 + 0.2 * seen };
  }
  // Looks are vis-network groups, one per type, so each node carries only what is its own.
  var groups = {};
  Object.keys(data.styles).forEach(function (key) {
    var style = data.styles[key];
    groups[key] = { shape: style.shape, font: { color: style.fontColor },
      color: { background: style.color, border: style.color,
        highlight: { background: style.color, border: "#d1495b" },
        hover: { background: style.color, border: style.color } } };
  });
  var nodes = new vis.DataSet(data.nodes.map(function (node) {
    var item = { id: node.id, label: node.label, group: node.type, value: node.value };
    if (node.bridge) {
      var colour = styleOf(node).color;
      item.borderWidth = 4;
      item.color = { background: colour, border: data.bridgeColor,
        highlight: { background: colour, border: "#d1495b" },
        hover: { background: colour, border: data.bridgeColor } };
    }
    if (fixed) { item.x = node.x; item.y = node.y; }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (edge) {
    // A large view leaves relation names to tooltips: measuring thousands of edge labels on
    // every frame is what would make it slow, and they are too small to read until zoomed in.
    var item = { id: edge.id, from: edge.from, to: edge.to };
    if (!fixed) item.label = edge.label;
    var curve = smooth(edge);
    if (curve !== null) item.smooth = curve;
    return item;
  }));
  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: !fixed && data.nodes.length <= 100 },
    physics: fixed ? false : {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -110, centralGravity: 0.012,
        springLength: data.nodes.length < 40 ? 150 : 110,
        avoidOverlap: 0.7 },
      stabilization: { iterations: 400, fit: true },
    },
    interaction: { hover: true, hideEdgesOnDrag: fixed, hideEdgesOnZoom: fixed },
    groups: groups,
    nodes: {
      borderWidthSelected: 4,
      scaling: { min: fixed ? 6 : 11, max: fixed ? 30 : 34, label: { enabled: false } },
      font: { face: "system-ui, sans-serif", size: data.nodes.length < 30 ? 18 : 24, strokeWidth: 4,
        strokeColor: "#ffffff" },
    },
    edges: {
      smooth: fixed ? false : { enabled: true, type: "curvedCW", roundness: 0.15 },
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: { color: fixed ? "rgba(130, 148, 166, 0.3)" : "#a3b1bf", highlight: "#1b4965",
        hover: "#52606d" },
      font: { size: 11, color: "#52606d", strokeWidth: 4, strokeColor: "#ffffff", align: "middle" },
      width: 1.2, selectionWidth: 1.5,
    },
  };
  var focusNode = data.focus.length ? nodesById.get(data.focus[0]) : null;
  if (focusNode) showNode(focusNode);  // before drawing, so the first fit leaves room for it

  var network = new vis.Network(byId("network"), { nodes: nodes, edges: edges }, options);
  window.naravardNetwork = network;
  network.on("afterDrawing", function () {
    if (window.naravardFirstDraw === undefined) window.naravardFirstDraw = performance.now();
  });
  function fitAll() {  // fit() sees nodes, not their labels: leave a margin for those
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.9 });
  }
  function ready() {
    if (!fixed) network.setOptions({ physics: false });
    fitAll();
    if (focusNode) network.selectNodes([focusNode.id]);
    window.naravardReady = true;
  }
  if (fixed || data.nodes.length === 0) network.once("afterDrawing", ready);
  else network.once("stabilizationIterationsDone", ready);
  if (fixed) fitAll();

  // Filters hide what does not match; they combine (a node must pass every one that is set).
  var hidden = new Map();
  function matchesType(node, type) { return node.type === type || node.kind === type; }
  function applyFilters() {
    var type = filters.type.value, region = filters.region.value;
    var doc = filters.document.value, relation = filters.relation.value;
    var edgeOk = new Map(), typeHit = new Set(), context = new Set(), related = new Set();
    data.edges.forEach(function (edge) {
      var ok = (!relation || edge.relation === relation) &&
        (!doc || edge.evidence.some(function (item) { return item[0] === doc; }));
      edgeOk.set(edge.id, ok);
      if (ok) { related.add(edge.from); related.add(edge.to); }
    });
    if (type) {
      data.nodes.forEach(function (node) { if (matchesType(node, type)) typeHit.add(node.id); });
      data.edges.forEach(function (edge) {
        if (typeHit.has(edge.from)) context.add(edge.to);
        if (typeHit.has(edge.to)) context.add(edge.from);
      });
    }
    var shown = 0, nodeUpdates = [], edgeUpdates = [];
    data.nodes.forEach(function (node) {
      var visible = (!type || typeHit.has(node.id) || context.has(node.id)) &&
        (!region || node.regions.indexOf(Number(region)) !== -1) &&
        (!doc || node.documents.indexOf(doc) !== -1) &&
        (!relation || related.has(node.id));
      var faded = Boolean(type) && !typeHit.has(node.id);
      if (visible) shown += 1;
      var before = hidden.get(node.id) || [false, false];
      if (before[0] !== !visible || before[1] !== faded) {
        nodeUpdates.push({ id: node.id, hidden: !visible, opacity: faded ? 0.4 : 1 });
      }
      hidden.set(node.id, [!visible, faded]);
    });
    data.edges.forEach(function (edge) {
      var visible = edgeOk.get(edge.id) && !hidden.get(edge.from)[0] && !hidden.get(edge.to)[0];
      if ((hidden.get(edge.id) || false) !== !visible) {
        edgeUpdates.push({ id: edge.id, hidden: !visible });
      }
      hidden.set(edge.id, !visible);
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    var active = type || region || doc || relation;
    byId("filter-status").textContent = active
      ? "Visar " + shown + " av " + count(data.nodes.length, "entitet", "entiteter") : "";
  }
  function resetFilters() {
    Object.keys(filters).forEach(function (key) { filters[key].value = ""; });
    applyFilters();
  }
  Object.keys(filters).forEach(function (key) {
    filters[key].addEventListener("change", applyFilters);
  });
  byId("filter-reset").addEventListener("click", resetFilters);

  // Search: a label or any other written form, exact first, then a beginning, then a part.
  function findNode(query) {
    var wanted = fold(query);
    if (!wanted) return null;
    var tests = [
      function (node) { return fold(node.label) === wanted; },
      function (node) { return node.aliases.some(function (a) { return fold(a) === wanted; }); },
      function (node) { return fold(node.label).indexOf(wanted) === 0; },
      function (node) {
        return [node.label].concat(node.aliases).some(function (a) {
          return fold(a).indexOf(wanted) !== -1;
        });
      },
    ];
    for (var i = 0; i < tests.length; i += 1) {
      var found = data.nodes.find(tests[i]);
      if (found) return found;
    }
    return null;
  }
  function reveal(node) {
    var state = hidden.get(node.id);
    if (state && state[0]) resetFilters();
    showNode(node);
    network.selectNodes([node.id]);
    network.focus(node.id, { scale: Math.max(network.getScale(), 1.1),
      animation: { duration: 300, easingFunction: "easeInOutQuad" } });
  }
  byId("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = byId("search-input").value;
    var node = findNode(query);
    var status = byId("search-status");
    if (!node) { status.textContent = "Ingen entitet heter \u201d" + query + "\u201d."; return; }
    status.textContent = fold(node.label) === fold(query) ? ""
      : "\u201d" + query + "\u201d hittades som " + node.label + ".";
    reveal(node);
  });

  // Tooltips are elements, so nothing from a document is ever parsed as HTML.
  var tip = byId("tooltip");
  function nodeTip(node) {
    var box = el("div");
    box.append(el("div", node.label, "tip-label"), el("div", kindText(node), "tip-kind"));
    if (node.titles.length) box.append(el("div", "Titel: " + node.titles.join("; ")));
    if (node.aliases.length) box.append(el("div", "Även kallad: " + node.aliases.join(", ")));
    if (node.documents.length) {
      box.append(el("div", "Nämns i " + count(node.documents.length, "dokument", "dokument")));
    }
    return box;
  }
  function edgeTip(edge) {
    var box = el("div");
    box.append(el("div", edgeText(edge), "tip-label"));
    edge.evidence.slice(0, 2).forEach(function (item) {
      box.append(el("div", "\u201d" + item[1] + "\u201d (" + item[0] + ")"));
    });
    if (edge.evidence.length > 2) box.append(el("div", "+ " + (edge.evidence.length - 2) + " till"));
    return box;
  }
  function showTip(content, at) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var width = byId("network-box").clientWidth;
    tip.style.left = Math.max(4, Math.min(at.x + 14, width - tip.offsetWidth - 4)) + "px";
    tip.style.top = (at.y + 14) + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(nodeTip(nodesById.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTip(edgesById.get(p.edge)), p.pointer.DOM); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTip); });

  // The details panel: who the node is, what it is tied to, and the quotes that say so.

  function addField(list, term, values, build) {
    if (!values.length) return;
    list.append(el("dt", term));
    values.forEach(function (value) {
      var item = el("dd");
      (build || function (v, target) { target.textContent = v; })(value, item);
      list.append(item);
    });
  }
  function nodeButton(node) {
    var button = el("button", node.label, "link");
    button.type = "button";
    button.addEventListener("click", function () { reveal(node); });
    return button;
  }
  function relationLine(edge, node, target) {
    var other = nodesById.get(edge.from === node.id ? edge.to : edge.from);
    if (edge.from === node.id) {
      target.append(document.createTextNode(node.label + " " + edge.label + " "), nodeButton(other));
    } else {
      target.append(nodeButton(other), document.createTextNode(" " + edge.label + " " + node.label));
    }
  }
  function addEvidence(target, edges, claims) {
    edges.forEach(function (edge) {
      if (claims) target.append(el("p", edgeText(edge), "claim"));
      edge.evidence.forEach(function (item) {
        target.append(el("blockquote", item[1]), el("div", item[0], "source"));
      });
    });
  }
  function openPanel(children) {
    var close = el("button", "Stäng", "close");
    close.type = "button";
    close.addEventListener("click", function () {
      details.hidden = true;
      if (window.naravardNetwork) network.unselectAll();
    });
    details.replaceChildren.apply(details, [close].concat(children));
    details.hidden = false;
  }
  function showNode(node) {
    var list = el("dl");
    var related = incident.get(node.id);
    addField(list, "Även kallad", node.aliases);
    addField(list, "Titlar", node.titles);
    GROUPS.forEach(function (group) {
      addField(list, group[1], related.filter(function (edge) {
        var other = nodesById.get(edge.from === node.id ? edge.to : edge.from);
        return other.kind === group[0];
      }), function (edge, target) { relationLine(edge, node, target); });
    });
    addField(list, "Mellanhet", [node.value.toLocaleString("sv-SE")]);
    var cited = related.filter(function (edge) { return edge.evidence.length; });
    if (cited.length) {
      list.append(el("dt", "Belägg"));
      var quotes = el("dd");
      addEvidence(quotes, cited.slice(0, 40), true);
      if (cited.length > 40) quotes.append(el("p", "+ " + (cited.length - 40) + " relationer till"));
      list.append(quotes);
    }
    addField(list, "Nämns i", node.documents);
    var parts = [el("h3", node.label), el("p", kindText(node), "kind")];
    if (node.bridge) parts.push(el("span", "Bro mellan region och kommun", "badge"));
    openPanel(parts.concat([list]));
  }
  function showEdge(edge) {
    var list = el("dl");
    list.append(el("dt", "Belägg"));
    var quotes = el("dd");
    addEvidence(quotes, [edge], false);
    list.append(quotes);
    openPanel([el("h3", edgeText(edge)), list]);
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(nodesById.get(params.nodes[0]));
    else if (params.edges.length) showEdge(edgesById.get(params.edges[0]));
    else details.hidden = true;
  });
})();
