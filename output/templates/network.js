/* naravard network page.
 * Every string in the data comes from documents and is untrusted: it reaches the page only as
 * textContent of elements built here (tooltips included), never as markup.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("naravard-data").textContent);
  var nodesById = new Map(data.nodes.map(function (node) { return [node.id, node]; }));
  var edgesById = new Map(data.edges.map(function (edge) { return [edge.id, edge]; }));

  function el(tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined && text !== null) element.textContent = String(text);
    if (className) element.className = className;
    return element;
  }

  function count(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  function kindText(node) {
    return node.typeName === node.kindName ? node.kindName : node.kindName + " · " + node.typeName;
  }

  function labelOf(id) {
    var node = nodesById.get(id);
    return node ? node.label : id;
  }

  function edgeText(edge) {
    return labelOf(edge.from) + " " + edge.label + " " + labelOf(edge.to);
  }

  // Header and legend.
  document.title = data.title;
  document.getElementById("naravard-title").textContent = data.title;
  document.getElementById("naravard-counts").textContent =
    count(data.nodes.length, "entitet", "entiteter") + " · " +
    count(data.edges.length, "relation", "relationer");

  var legend = document.getElementById("legend");
  data.legend.forEach(function (item) {
    var row = el("li", null, item.sub ? "sub" : "");
    var swatch = el("span", null, "swatch " + item.shape);
    swatch.style.background = item.color;
    row.append(swatch, el("span", item.name), el("span", item.count, "count"));
    legend.append(row);
  });

  // Tooltips are elements, so vis-network never parses them as HTML.
  function nodeTooltip(node) {
    var box = el("div");
    box.append(el("div", node.label, "tip-label"), el("div", kindText(node), "tip-kind"));
    if (node.titles.length) box.append(el("div", "Titel: " + node.titles.join("; ")));
    if (node.aliases.length) box.append(el("div", "Även kallad: " + node.aliases.join(", ")));
    if (node.documents.length) {
      box.append(el("div", "Nämns i " + count(node.documents.length, "dokument", "dokument")));
    }
    return box;
  }

  function edgeTooltip(edge) {
    var box = el("div");
    box.append(el("div", edgeText(edge), "tip-label"));
    edge.evidence.slice(0, 2).forEach(function (item) {
      box.append(el("div", "”" + item[1] + "” (" + item[0] + ")"));
    });
    if (edge.evidence.length > 2) {
      box.append(el("div", "+ " + (edge.evidence.length - 2) + " till"));
    }
    return box;
  }

  // Details panel, shown on click.
  var details = document.getElementById("details");

  function addField(list, term, values, build) {
    if (!values.length) return;
    list.append(el("dt", term));
    values.forEach(function (value) {
      var item = el("dd");
      (build || function (v, target) { target.textContent = v; })(value, item);
      list.append(item);
    });
  }

  function addEvidence(target, evidence) {
    target.append(el("blockquote", evidence[1]), el("div", evidence[0], "source"));
  }

  function showNode(node) {
    var list = el("dl");
    var related = data.edges.filter(function (edge) {
      return edge.from === node.id || edge.to === node.id;
    });
    addField(list, "Titlar", node.titles);
    addField(list, "Även kallad", node.aliases);
    addField(list, "Relationer", related, function (edge, target) {
      target.textContent = edgeText(edge);
    });
    addField(list, "Dokument", node.documents);
    details.replaceChildren(el("h3", node.label), el("p", kindText(node), "kind"), list);
    details.hidden = false;
  }

  function showEdge(edge) {
    var list = el("dl");
    addField(list, "Belägg", edge.evidence, function (item, target) {
      addEvidence(target, item);
    });
    details.replaceChildren(el("h3", edgeText(edge)), list);
    details.hidden = false;
  }

  // Parallel edges between the same two nodes curve apart instead of overlapping.
  var parallel = new Map();
  function roundness(edge) {
    var pair = edge.from < edge.to ? edge.from + "\n" + edge.to : edge.to + "\n" + edge.from;
    var seen = parallel.get(pair) || 0;
    parallel.set(pair, seen + 1);
    return 0.25 * seen;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (node) {
    return {
      id: node.id,
      label: node.label,
      shape: node.shape,
      color: node.color,
      font: { color: node.fontColor },
      title: nodeTooltip(node),
    };
  }));
  var edges = new vis.DataSet(data.edges.map(function (edge) {
    return {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      label: edge.label,
      title: edgeTooltip(edge),
      smooth: { enabled: true, type: "curvedCW", roundness: roundness(edge) },
    };
  }));

  var options = {
    layout: { randomSeed: 7, improvedLayout: data.nodes.length <= 100 },
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -80, springLength: 140, avoidOverlap: 0.4 },
      stabilization: { iterations: data.nodes.length > 300 ? 200 : 400, fit: true },
    },
    interaction: { hover: true, tooltipDelay: 120 },
    nodes: {
      size: 16,
      borderWidth: 1,
      margin: 8,
      font: { face: "system-ui, sans-serif", size: 15 },
      widthConstraint: { maximum: 220 },
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.6 } },
      color: { color: "#9aa5b1", highlight: "#1b4965", hover: "#52606d" },
      font: { size: 12, color: "#3e4c59", strokeWidth: 4, strokeColor: "#ffffff", align: "middle" },
      width: 1.5,
    },
  };

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.naravardNetwork = network;

  function ready() {
    network.setOptions({ physics: false });
    network.fit();
    window.naravardReady = true;
  }
  if (data.nodes.length === 0) ready();
  else network.once("stabilizationIterationsDone", ready);

  network.on("click", function (params) {
    if (params.nodes.length) showNode(nodesById.get(params.nodes[0]));
    else if (params.edges.length) showEdge(edgesById.get(params.edges[0]));
    else details.hidden = true;
  });
})();
