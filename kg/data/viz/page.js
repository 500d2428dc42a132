// kg viz: the network of the most active actors (cytoscape.js) and the timeline of events,
// linked, with filters and a search. No network: everything is in this file.
// Every piece of text from the data is put into the page with textContent or setAttribute,
// never parsed as HTML. The view (which actors, folded how, which links) is computed here as
// kg/viz/view.py computes it, so that the filters can change it.
//
// Opening in two steps, so that the first paint does not wait for the events: the small block
// "kg-view" (before this script) holds the first network as Python computed and laid it out,
// the header's figures and the histogram's counts per day; the page draws them at once. The
// events ("kg-data", after this script) are read after the first frame, when the filters,
// search, timeline and charts are wired up; an interaction before then waits for them.
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var DAY_MS = 86400000;
  var MAX_BARS = 60;
  var LIST_LIMIT = 200; // events listed in the timeline at once
  var MEMBERS_SHOWN = 12; // people shown when a state is expanded
  var SCALE = 1000; // model units of the unit square the positions come in
  // event fields (kg/viz/page.py, page_data)
  var ACTOR = 0, TARGET = 1, TYPE = 2, QUAD = 3, GOLDSTEIN = 4, DATE = 5, START = 6, END = 7;
  var ACTION = 8, PLACE = 9, MENTIONS = 10;
  // actor fields
  var ID = 0, LABEL = 1, KIND = 2, COUNTRY = 3, FOLD = 4;

  // marks for bench/viz_page.py: where the time of opening the page goes
  performance.mark("kg-start");
  // the first paint's data; the events' block is added to it when read (load)
  var data = JSON.parse(document.getElementById("kg-view").textContent);
  var view = data.view;
  // every actor once the events are read; until then, the drawn ones
  var actors = [], events = [], eventsOf = [], loaded = false;
  Object.keys(view.actors).forEach(function (key) { actors[Number(key)] = view.actors[key]; });
  var typeNames = data.types.map(function (t) { return t[0]; });
  var typeColours = data.types.map(function (t) { return t[1]; });
  var firstPaint = false, painted = false; // labels placed once; that frame shown

  // -- small helpers --------------------------------------------------------------------------

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svgElement(tag, attributes, text) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, String(attributes[name]));
    });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function isoDay(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  // 12,345 (toLocaleString is slow on its first call: it loads locale data)
  function number(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
  function plural(count, word) { return number(count) + " " + word + (count === 1 ? "" : "s"); }
  function label(index) { return actors[index][LABEL]; }
  function compareText(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function kindColour(kind) { return data.kinds[kind] || "#999999"; }

  function toneColour(cooperation, conflict) {
    var total = cooperation + conflict, steps = data.tones.length - 1;
    if (!total) return data.tones[steps / 2];
    var tone = (cooperation - conflict) / total;
    return data.tones[Math.round(((tone + 1) / 2) * steps)];
  }

  function sources(event) {
    var docs = new Set();
    event[MENTIONS].forEach(function (doc) { docs.add(doc); });
    return docs.size;
  }

  function countEvents() { // every event, unfiltered, by actor: for the search
    eventsOf = new Int32Array(actors.length);
    for (var i = 0; i < events.length; i += 1) {
      var e = events[i];
      eventsOf[e[ACTOR]] += 1;
      if (e[TARGET] >= 0 && e[TARGET] !== e[ACTOR]) eventsOf[e[TARGET]] += 1;
    }
  }
  // -- state ----------------------------------------------------------------------------------

  var domainAll = view.domain || [0, 0];
  var domainDense = view.window || domainAll;
  var state = {
    type: "", country: "", top: view.top,
    allDates: false, start: domainDense[0], end: domainDense[1],
    actor: -1, pair: null, expanded: new Set(), pinned: -1,
  };
  var current = { filtered: [], windowed: [], view: null };

  function domain() { return state.allDates ? domainAll : domainDense; }
  function wholeWindow() { return state.start <= domainAll[0] && state.end >= domainAll[1]; }

  function passesFilters(e) {
    if (state.type) {
      var kind = state.type[0], value = Number(state.type.slice(2));
      if (kind === "t" && e[TYPE] !== value) return false;
      if (kind === "q" && e[QUAD] !== value) return false;
    }
    if (state.country) {
      var t = e[TARGET];
      if (actors[e[ACTOR]][COUNTRY] !== state.country &&
          (t < 0 || actors[t][COUNTRY] !== state.country)) return false;
    }
    return true;
  }

  function inWindow(e) {
    if (e[START] === null) return wholeWindow(); // undated events show with every date only
    return e[END] >= state.start && e[START] <= state.end;
  }

  // -- the view: kg/viz/view.py's network_view, plus expanded states and a searched actor ------

  function buildView(list, fold) {
    // typed arrays and numeric keys: this runs over every event on each change of a filter
    var tally = new Int32Array(actors.length), touched = [], members = new Map(), pairs = new Map();
    var size = actors.length;
    function count(node) { if (tally[node]++ === 0) touched.push(node); }
    function member(node, actor) {
      if (node === actor) return;
      var set = members.get(node);
      if (!set) members.set(node, set = new Set());
      set.add(actor);
    }
    for (var k = 0; k < list.length; k += 1) {
      var i = list[k], e = events[i], a = fold(e[ACTOR]), t = e[TARGET] >= 0 ? fold(e[TARGET]) : -1;
      count(a);
      member(a, e[ACTOR]);
      if (t < 0) continue;
      member(t, e[TARGET]);
      if (t === a) continue;
      count(t);
      var low = actors[a][ID] < actors[t][ID] ? a : t, high = low === a ? t : a;
      var key = low * size + high;
      var pair = pairs.get(key);
      if (!pair) pairs.set(key, pair = { source: low, target: high, events: [], count: 0, cooperation: 0, conflict: 0 });
      pair.events.push(i);
      pair.count += 1;
      if (e[QUAD] === 1 || e[QUAD] === 2) pair.cooperation += 1;
      if (e[QUAD] === 3 || e[QUAD] === 4) pair.conflict += 1;
    }
    var counts = new Map();
    touched.forEach(function (node) { counts.set(node, tally[node]); });
    var linked = new Set();
    pairs.forEach(function (p) { linked.add(p.source); linked.add(p.target); });
    var ranked = Array.from(linked).sort(function (x, y) {
      return (counts.get(y) - counts.get(x)) || compareText(label(x), label(y)) ||
        compareText(actors[x][ID], actors[y][ID]);
    });
    return { counts: counts, members: members, pairs: pairs, ranked: ranked, linked: ranked.length,
      nodes: ranked.slice(0, state.top), unlinked: counts.size - linked.size };
  }

  // the view of the first paint, as Python computed it: what computeView gives on opening
  function firstView() {
    var counts = new Map(), members = new Map();
    view.nodes.forEach(function (n, at) { counts.set(n, view.events[at]); });
    Object.keys(view.members).forEach(function (key) { members.set(Number(key), new Set(view.members[key])); });
    return {
      counts: counts, members: members, pairs: null, ranked: null, linked: view.linked,
      nodes: view.nodes.slice(), unlinked: view.unlinked, folding: view.folding,
      shown: new Set(view.nodes),
      links: view.links.map(function (l) {
        return { source: l[0], target: l[1], events: null, count: l[2], cooperation: l[3], conflict: l[4] };
      }),
    };
  }

  // whether two views draw the same network (the same nodes, sizes and links)
  function sameNetwork(a, b) {
    if (a.nodes.length !== b.nodes.length || a.links.length !== b.links.length) return false;
    if (a.folding !== b.folding) return false;
    for (var k = 0; k < a.nodes.length; k += 1) {
      var n = a.nodes[k];
      if (n !== b.nodes[k] || a.counts.get(n) !== b.counts.get(n)) return false;
      if (a.members.has(n) !== b.members.has(n)) return false;
    }
    var key = function (l) { return l.source + "," + l.target + "," + l.count + "," + l.cooperation + "," + l.conflict; };
    var links = new Set(a.links.map(key));
    return b.links.every(function (l) { return links.has(key(l)); });
  }

  // how many actors have an event toward another (whether the view folds people into states)
  function linkedActors(list) {
    var seen = new Uint8Array(actors.length), count = 0;
    for (var k = 0; k < list.length; k += 1) {
      var e = events[list[k]], a = e[ACTOR], t = e[TARGET];
      if (t < 0 || t === a) continue;
      if (!seen[a]) { seen[a] = 1; count += 1; }
      if (!seen[t]) { seen[t] = 1; count += 1; }
    }
    return count;
  }

  function computeView(list) {
    var folding = linkedActors(list) > state.top;
    var result = buildView(list, folding ? function (a) {
      var fold = actors[a][FOLD];
      return fold !== a && !state.expanded.has(fold) ? fold : a;
    } : function (a) { return a; });
    result.folding = folding;
    var shown = new Set(result.nodes);
    var extra = [];
    function add(node) { if (!shown.has(node) && result.counts.has(node)) { shown.add(node); extra.push(node); } }
    if (folding) {
      state.expanded.forEach(function (parent) {
        add(parent);
        result.ranked.filter(function (a) { return actors[a][FOLD] === parent && a !== parent; })
          .slice(0, MEMBERS_SHOWN).forEach(add);
      });
    }
    if (state.pinned >= 0 && result.ranked.indexOf(state.pinned) >= 0) add(state.pinned);
    result.nodes = result.nodes.concat(extra);
    result.shown = shown;
    result.links = [];
    result.pairs.forEach(function (p) {
      if (shown.has(p.source) && shown.has(p.target)) result.links.push(p);
    });
    return result;
  }

  function nodeOf(actor) {
    // the node an actor is drawn as: itself, or the state it is folded into
    var shown = current.view.shown;
    if (shown.has(actor)) return actor;
    var fold = actors[actor][FOLD];
    return current.view.folding && shown.has(fold) ? fold : -1;
  }

  // -- network --------------------------------------------------------------------------------

  var positions = new Map(); // node -> model position, kept between views
  Object.keys(view.positions).forEach(function (key) {
    var p = view.positions[key];
    positions.set(Number(key), { x: p[0] * SCALE, y: (1 - p[1]) * SCALE });
  });

  // cytoscape's first drawing of a few hundred links takes a while on a slow machine: the first
  // paint draws the first view on a plain canvas (drawSketch), and cytoscape, started after it
  // (startNetwork), draws the same picture over it and takes over.
  var cy = null;
  var MIN_ZOOM = 0.15;
  var NETWORK_STYLE = {
    container: document.getElementById("network"),
    elements: [],
    layout: { name: "preset" },
    minZoom: MIN_ZOOM, maxZoom: 5, boxSelectionEnabled: false,
    selectionType: "single", autounselectify: true,
    style: [
      { selector: "node", style: {
        width: "data(size)", height: "data(size)", "background-color": "data(colour)",
        "border-width": 1.5, "border-color": "#ffffff", label: "" } },
      { selector: "node.folded", style: { "border-width": 3, "border-color": "#5b6475", "border-style": "double" } },
      { selector: "node.member", style: { "border-width": 2, "border-color": "#5b6475" } },
      { selector: "node.selected", style: { "border-width": 4, "border-color": "#e0a800", "border-style": "solid" } },
      { selector: "node.faded", style: { opacity: 0.22 } },
      { selector: "edge", style: {
        width: "data(width)", "line-color": "data(colour)", "curve-style": "straight",
        opacity: 0.8 } },
      { selector: "edge.faded", style: { opacity: 0.08 } },
      { selector: "edge.lit", style: { opacity: 1, "z-index": 5 } },
      { selector: "edge.chosen", style: { opacity: 1, "z-index": 6, "underlay-color": "#e0a800",
        "underlay-padding": 3, "underlay-opacity": 0.6 } },
    ],
  };

  // what each node and link is drawn as: sizes in model units, classes, colours
  function networkLooks(v) {
    var most = Math.max.apply(null, v.nodes.map(function (n) { return v.counts.get(n); }).concat([1]));
    var heaviest = Math.max.apply(null, v.links.map(function (l) { return l.count; }).concat([1]));
    return {
      nodes: v.nodes.map(function (n) {
        var classes = [];
        if (v.members.has(n) && v.folding && !state.expanded.has(n) && actors[n][KIND] !== "person") classes.push("folded");
        if (v.folding && actors[n][FOLD] !== n) classes.push("member");
        return { n: n, classes: classes, size: 14 + 40 * Math.sqrt(v.counts.get(n) / most), colour: kindColour(actors[n][KIND]) };
      }),
      links: v.links.map(function (l) {
        return { l: l, width: 1 + 7 * Math.sqrt(l.count / heaviest), colour: toneColour(l.cooperation, l.conflict) };
      }),
    };
  }

  function drawNetwork() {
    if (!cy) { drawSketch(); return; }
    var v = current.view;
    var missing = v.nodes.filter(function (n) { return !positions.has(n); });
    missing.forEach(function (n, index) { positions.set(n, startingPosition(n, index, v)); });
    var looks = networkLooks(v);
    var strangers = missing.filter(function (n) { return !isMember(n, v); });
    if (strangers.length) settle(strangers, looks);
    var elements = looks.nodes.map(function (node) {
      return {
        group: "nodes", classes: node.classes.join(" "),
        data: { id: "n" + node.n, actor: node.n, size: node.size, colour: node.colour },
        position: Object.assign({}, positions.get(node.n)),
      };
    }).concat(looks.links.map(function (link) {
      var l = link.l;
      return {
        group: "edges",
        data: { id: "l" + l.source + "," + l.target, source: "n" + l.source, target: "n" + l.target,
          width: link.width, colour: link.colour },
      };
    }));
    // Change only what changed: cytoscape styles each element it is given anew (slow for a few
    // hundred links), and a search or a filter keeps most of them.
    var wanted = new Set(elements.map(function (e) { return e.data.id; }));
    cy.batch(function () {
      cy.elements().filter(function (e) { return !wanted.has(e.id()); }).remove();
      var added = [];
      elements.forEach(function (e) {
        var shape = cy.getElementById(e.data.id);
        if (shape.empty()) { added.push(e); return; }
        var d = e.data;
        if (e.group === "nodes") {
          if (shape.data("size") !== d.size || shape.data("colour") !== d.colour) shape.data({ size: d.size, colour: d.colour });
          var p = shape.position();
          if (p.x !== e.position.x || p.y !== e.position.y) shape.position(e.position);
          ["folded", "member"].forEach(function (name) {
            var has = e.classes.split(" ").indexOf(name) >= 0;
            if (shape.hasClass(name) !== has) shape.toggleClass(name, has);
          });
        } else if (shape.data("width") !== d.width || shape.data("colour") !== d.colour) {
          shape.data({ width: d.width, colour: d.colour });
        }
      });
      cy.add(added);
    });
    fitView();
    networkFigures(v, strangers.length);
  }

  function networkFigures(v, laidOut) {
    var box = document.getElementById("network");
    box.setAttribute("data-nodes", String(v.nodes.length));
    box.setAttribute("data-laid-out", String(laidOut));
    box.setAttribute("data-links", String(v.links.length));
  }

  // New nodes (an actor searched for, or brought in by a filter) moved off the others, which
  // stay where they are: the picture does not jump when the filters change.
  function settle(strangers, looks) {
    var GAP = 30, radius = new Map();
    looks.nodes.forEach(function (node) { radius.set(node.n, node.size / 2); });
    var moving = new Set(strangers);
    for (var round = 0; round < 80; round += 1) {
      var moved = false;
      strangers.forEach(function (n) {
        var p = positions.get(n);
        looks.nodes.forEach(function (other) {
          var m = other.n;
          if (m === n) return;
          var q = positions.get(m), dx = p.x - q.x, dy = p.y - q.y, distance = Math.hypot(dx, dy);
          var wanted = radius.get(n) + radius.get(m) + GAP;
          if (distance >= wanted) return;
          if (distance < 1e-6) { dx = 1; dy = 0; distance = 1; }
          var push = (wanted - distance) / distance / (moving.has(m) ? 2 : 1);
          p.x += dx * push; p.y += dy * push;
          if (moving.has(m)) { q.x -= dx * push; q.y -= dy * push; }
          moved = true;
        });
      });
      if (!moved) break;
    }
  }

  // Zoom and pan so that every node shows with a margin, from the nodes' positions and sizes
  // (cytoscape's fit measures every edge's geometry first: slow on the first draw).
  function fitting(nodes, width, height) { // nodes: { p: model position, size }
    var x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    nodes.forEach(function (node) {
      var p = node.p, r = node.size / 2;
      x1 = Math.min(x1, p.x - r); x2 = Math.max(x2, p.x + r);
      y1 = Math.min(y1, p.y - r); y2 = Math.max(y2, p.y + r);
    });
    var margin = 36;
    var zoom = Math.min((width - 2 * margin) / Math.max(x2 - x1, 1), (height - 2 * margin) / Math.max(y2 - y1, 1), 2);
    zoom = Math.max(zoom, MIN_ZOOM);
    return { zoom: zoom, pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 } };
  }

  function fitView() {
    if (!cy) { drawSketch(); return; }
    var nodes = cy.nodes().map(function (node) { return { p: node.position(), size: node.data("size") }; });
    if (nodes.length) cy.viewport(fitting(nodes, cy.width(), cy.height()));
  }

  // -- the first paint: the first view on a plain canvas, until cytoscape has drawn it ---------

  var sketch = null; // { canvas, zoom, pan, sizes }

  function drawSketch() {
    var v = current.view, box = document.getElementById("network");
    var width = box.clientWidth, height = box.clientHeight, ratio = window.devicePixelRatio || 1;
    var looks = networkLooks(v);
    var camera = fitting(looks.nodes.map(function (node) { return { p: positions.get(node.n), size: node.size }; }), width, height);
    var zoom = camera.zoom, pan = camera.pan;
    var canvas = sketch ? sketch.canvas : element("canvas", "sketch");
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    var context = canvas.getContext("2d");
    context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * pan.x, ratio * pan.y);
    context.globalAlpha = 0.8; // as the links' style in NETWORK_STYLE
    looks.links.forEach(function (link) {
      var a = positions.get(link.l.source), b = positions.get(link.l.target);
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.lineWidth = link.width;
      context.strokeStyle = link.colour;
      context.stroke();
    });
    context.globalAlpha = 1;
    var sizes = new Map();
    looks.nodes.forEach(function (node) {
      var p = positions.get(node.n), folded = node.classes.indexOf("folded") >= 0;
      var member = node.classes.indexOf("member") >= 0;
      sizes.set(node.n, node.size);
      context.beginPath();
      context.arc(p.x, p.y, node.size / 2, 0, 2 * Math.PI);
      context.fillStyle = node.colour;
      context.fill();
      context.lineWidth = folded ? 3 : member ? 2 : 1.5;
      context.strokeStyle = folded || member ? "#5b6475" : "#ffffff";
      context.stroke();
    });
    if (!sketch) box.parentNode.insertBefore(canvas, box);
    sketch = { canvas: canvas, zoom: zoom, pan: pan, sizes: sizes };
    networkFigures(v, 0);
  }

  // Where a node shows on the screen (its centre and radius in pixels), or null.
  function onScreen(n) {
    if (cy) {
      var node = cy.getElementById("n" + n);
      if (node.empty()) return null;
      var p = node.renderedPosition();
      return { x: p.x, y: p.y, r: node.renderedWidth() / 2 };
    }
    if (!sketch || !sketch.sizes.has(n)) return null;
    var q = positions.get(n);
    return { x: q.x * sketch.zoom + sketch.pan.x, y: q.y * sketch.zoom + sketch.pan.y, r: sketch.sizes.get(n) / 2 * sketch.zoom };
  }

  // Start cytoscape on the drawn view; the sketch goes once cytoscape has drawn.
  function startNetwork() {
    if (cy) return;
    performance.mark("kg-network");
    cy = cytoscape(NETWORK_STYLE);
    wireNetwork();
    drawNetwork();
    cy.one("render", function () {
      if (sketch) sketch.canvas.remove();
      sketch = null;
      scheduleLabels();
    });
    performance.mark("kg-network-started");
  }

  function isMember(n, v) { return v.folding && actors[n][FOLD] !== n && state.expanded.has(actors[n][FOLD]); }

  // Where a node that had no position starts: a state's people in a ring around it, others
  // near the nodes they are linked to (the layout then settles them).
  function startingPosition(n, index, v) {
    var parent = actors[n][FOLD];
    if (isMember(n, v) && positions.has(parent)) {
      var siblings = v.nodes.filter(function (m) { return actors[m][FOLD] === parent && m !== parent; });
      var at = siblings.indexOf(n), angle = (2 * Math.PI * at) / Math.max(1, siblings.length);
      var centre = positions.get(parent), radius = 70 + 6 * siblings.length;
      return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    }
    var xs = 0, ys = 0, found = 0;
    v.links.forEach(function (l) {
      var other = l.source === n ? l.target : l.target === n ? l.source : -1;
      if (other >= 0 && positions.has(other)) { xs += positions.get(other).x; ys += positions.get(other).y; found += 1; }
    });
    var angle2 = index * 2.399963; // the golden angle: spread without randomness
    if (found) return { x: xs / found + 40 * Math.cos(angle2), y: ys / found + 40 * Math.sin(angle2) };
    return { x: SCALE / 2 + 0.6 * SCALE * Math.cos(angle2), y: SCALE / 2 + 0.6 * SCALE * Math.sin(angle2) };
  }

  // -- labels: HTML over the canvas, placed greedily by rank so that none overlaps another ----

  var labelLayer = document.getElementById("labels");
  var labelElements = new Map();
  var labelsPending = false;

  function labelElement(n) {
    var el = labelElements.get(n);
    if (!el) {
      el = element("div", "node-label hidden", label(n));
      el.setAttribute("data-actor", actors[n][ID]);
      labelLayer.appendChild(el);
      labelElements.set(n, el);
    }
    return el;
  }

  function scheduleLabels() {
    if (labelsPending) return;
    labelsPending = true;
    requestAnimationFrame(function () { labelsPending = false; placeLabels(); });
  }

  function placeLabels() {
    var v = current.view;
    if (!v) return;
    var width = labelLayer.clientWidth, height = labelLayer.clientHeight;
    var order = v.nodes.slice();
    var lit = litNodes();
    order.sort(function (a, b) {
      var pa = (a === selectedNode() ? 0 : lit && lit.has(a) ? 1 : 2);
      var pb = (b === selectedNode() ? 0 : lit && lit.has(b) ? 1 : 2);
      return pa - pb; // stable: rank order within each
    });
    labelElements.forEach(function (el, n) { if (!v.shown.has(n)) el.classList.add("hidden"); });
    // write, then read every size at once, then place: one layout of the page
    var items = order.map(function (n, rank) {
      var el = labelElement(n);
      el.classList.remove("hidden");
      el.classList.toggle("major", rank < 8);
      el.classList.toggle("selected", n === selectedNode());
      el.classList.toggle("faded", Boolean(lit) && !lit.has(n));
      return { n: n, el: el };
    });
    items.forEach(function (item) { item.w = item.el.offsetWidth; item.h = item.el.offsetHeight; });
    var placed = [];
    // the nodes' discs: a label avoids covering another node where it can
    items = items.filter(function (item) {
      item.at = onScreen(item.n);
      if (!item.at) item.el.classList.add("hidden");
      return item.at;
    });
    var discs = items.map(function (item) {
      var p = item.at, r = p.r;
      return { n: item.n, x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r };
    });
    function overlaps(box, others, n) {
      return others.some(function (o) {
        return o.n !== n && box.x < o.x + o.w + 2 && o.x < box.x + box.w + 2 && box.y < o.y + o.h + 1 && o.y < box.y + box.h + 1;
      });
    }
    items.forEach(function (item) {
      var p = item.at, r = p.r, w = item.w, h = item.h;
      var candidates = [
        [p.x - w / 2, p.y + r + 2], [p.x - w / 2, p.y - r - 2 - h],
        [p.x + r + 3, p.y - h / 2], [p.x - r - 3 - w, p.y - h / 2],
      ];
      var spot = null, fallback = null;
      for (var c = 0; c < candidates.length && !spot; c += 1) {
        var box = { n: item.n, x: candidates[c][0], y: candidates[c][1], w: w, h: h };
        if (box.x < 0 || box.y < 0 || box.x + w > width || box.y + h > height) continue;
        if (overlaps(box, placed, -1)) continue;
        if (overlaps(box, discs, item.n)) { fallback = fallback || box; continue; }
        spot = box;
      }
      spot = spot || fallback;
      if (!spot) { item.el.classList.add("hidden"); return; }
      placed.push(spot);
      item.el.style.transform = "translate(" + spot.x.toFixed(1) + "px," + spot.y.toFixed(1) + "px)";
    });
    labelLayer.setAttribute("data-placed", String(placed.length));
    if (!firstPaint) {
      // the first paint: the network, its labels and the header drawn (the next frame shows them)
      firstPaint = true;
      requestAnimationFrame(function () {
        document.documentElement.setAttribute("data-first-paint-ms", String(Math.round(performance.now())));
        painted = true;
        scheduleLoad();
      });
    }
  }


  // -- selection ------------------------------------------------------------------------------

  function selectedNode() { return state.actor >= 0 ? nodeOf(state.actor) : -1; }

  // the nodes to keep bright: the selected actor's node and its neighbours, or the chosen pair
  function litNodes() {
    if (state.pair) return new Set(state.pair);
    var n = selectedNode();
    if (n < 0) return null;
    var lit = new Set([n]);
    current.view.links.forEach(function (l) {
      if (l.source === n) lit.add(l.target);
      if (l.target === n) lit.add(l.source);
    });
    return lit;
  }

  function involves(e, actor) {
    if (e[ACTOR] === actor || e[TARGET] === actor) return true;
    // a state's node stands for its folded people too
    var n = nodeOf(actor);
    if (n !== actor || !current.view.folding) return false;
    var a = nodeOf(e[ACTOR]), t = e[TARGET] >= 0 ? nodeOf(e[TARGET]) : -2;
    return a === actor || t === actor;
  }

  function inPair(e) {
    var a = nodeOf(e[ACTOR]), t = e[TARGET] >= 0 ? nodeOf(e[TARGET]) : -2;
    return (a === state.pair[0] && t === state.pair[1]) || (a === state.pair[1] && t === state.pair[0]);
  }

  function chosen(e) {
    if (state.pair) return inPair(e);
    if (state.actor >= 0) return involves(e, state.actor);
    return true;
  }

  function classed(shape, name, on) { // a class changed only if it must: a change restyles
    if (shape.hasClass(name) !== on) shape.toggleClass(name, on);
  }

  function styleSelection() {
    var lit = litNodes(), n = selectedNode();
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var a = node.data("actor");
        classed(node, "selected", a === n);
        classed(node, "faded", Boolean(lit) && !lit.has(a));
      });
      cy.edges().forEach(function (edge) {
        var s = edge.source().data("actor"), t = edge.target().data("actor");
        var pair = state.pair && ((s === state.pair[0] && t === state.pair[1]) || (s === state.pair[1] && t === state.pair[0]));
        var mine = !state.pair && n >= 0 && (s === n || t === n);
        classed(edge, "chosen", Boolean(pair));
        classed(edge, "lit", mine);
        classed(edge, "faded", Boolean(lit) && !pair && !mine);
      });
    });
    scheduleLabels();
  }

  function selectActor(actor) {
    state.pair = null;
    state.actor = actor;
    if (actor >= 0) {
      // a person folded into a state: show the state's people; an actor below the top: add it
      // (one with no event toward another actor stays out: its state or the timeline has it)
      var v = current.view, fold = actors[actor][FOLD];
      if (v.folding && fold !== actor && v.shown.has(fold)) state.expanded.add(fold);
      if (!v.shown.has(actor)) state.pinned = actor;
    }
    refresh();
    var node = selectedNode();
    if (node >= 0) {
      var shape = cy.getElementById("n" + node);
      if (shape.nonempty() && !shape.renderedBoundingBox().x1) cy.center(shape);
    }
  }

  function toggleState(n) {
    if (state.expanded.has(n)) state.expanded.delete(n);
    else state.expanded.add(n);
  }

  function wireNetwork() {
    cy.on("render", scheduleLabels);
    cy.on("tap", "node", whenLoaded(function (evt) {
      var n = evt.target.data("actor");
      var v = current.view;
      if (v.folding && v.members.has(n) && actors[n][KIND] !== "person" && (state.actor === n || !state.expanded.has(n))) {
        toggleState(n);
      }
      state.pair = null;
      state.actor = (state.actor === n && !state.expanded.has(n)) ? -1 : n;
      refresh();
    }));
    cy.on("tap", "edge", whenLoaded(function (evt) {
      var s = evt.target.source().data("actor"), t = evt.target.target().data("actor");
      state.actor = -1;
      state.pair = [s, t];
      refreshSelection();
    }));
    cy.on("tap", whenLoaded(function (evt) {
      if (evt.target === cy) { state.actor = -1; state.pair = null; refreshSelection(); }
    }));
    // the tooltips show once the events are read
    cy.on("mouseover", "node", function (evt) { if (loaded) showActorTip(evt.target.data("actor"), evt.originalEvent); });
    cy.on("mouseover", "edge", function (evt) { if (loaded) showLinkTip(evt.target, evt.originalEvent); });
    cy.on("mouseout", "node, edge", hideTooltip);
    cy.on("mousemove", function (evt) { if (evt.originalEvent) moveTooltip(evt.originalEvent); });
  }

  // -- pair chart: cooperation up, conflict down, by month (by year over long spans) ----------

  function drawPair() {
    var box = document.getElementById("pair");
    if (!state.pair) { box.hidden = true; return; }
    box.hidden = false;
    var list = current.filtered.filter(function (i) { return inPair(events[i]) && events[i][START] !== null; });
    var all = current.filtered.filter(function (i) { return inPair(events[i]); });
    var coop = 0, conflict = 0;
    all.forEach(function (i) {
      var q = events[i][QUAD];
      if (q === 1 || q === 2) coop += 1;
      if (q === 3 || q === 4) conflict += 1;
    });
    document.getElementById("pair-title").textContent = label(state.pair[0]) + " – " + label(state.pair[1]);
    document.getElementById("pair-note").textContent = plural(all.length, "event") + ": " + number(coop) +
      " cooperation, " + number(conflict) + " conflict (in the filters, all dates)";
    var svg = document.getElementById("pair-chart");
    clear(svg);
    if (!list.length) return;
    var days = list.map(function (i) { return events[i][START]; });
    var first = isoDay(Math.min.apply(null, days)), last = isoDay(Math.max.apply(null, days));
    var months = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7)) + 1;
    var byYear = months > 36;
    function bucket(day) {
      var iso = isoDay(day);
      return byYear ? Number(iso.slice(0, 4)) - Number(first.slice(0, 4))
        : (Number(iso.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(iso.slice(5, 7)) - Number(first.slice(5, 7));
    }
    var buckets = byYear ? Number(last.slice(0, 4)) - Number(first.slice(0, 4)) + 1 : months;
    var up = new Array(buckets).fill(0), down = new Array(buckets).fill(0);
    list.forEach(function (i) {
      var q = events[i][QUAD], b = bucket(events[i][START]);
      if (q === 1 || q === 2) up[b] += 1;
      if (q === 3 || q === 4) down[b] += 1;
    });
    var width = Math.max(svg.getBoundingClientRect().width, 200), height = 92, middle = 40;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    var most = Math.max.apply(null, up.concat(down).concat([1]));
    var step = (width - 20) / buckets;
    svg.appendChild(svgElement("line", { class: "axis", x1: 10, x2: width - 10, y1: middle, y2: middle }));
    for (var b = 0; b < buckets; b += 1) {
      var x = 10 + b * step + 1, w = Math.max(1, step - 2);
      var name = byYear ? String(Number(first.slice(0, 4)) + b) : isoDay(Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1 + b, 1) / DAY_MS).slice(0, 7);
      if (up[b]) {
        var hu = (up[b] / most) * (middle - 4);
        var barUp = svgElement("rect", { class: "coop", x: x.toFixed(1), y: (middle - hu).toFixed(1), width: w.toFixed(1), height: hu.toFixed(1) });
        barUp.appendChild(svgElement("title", {}, name + ": " + plural(up[b], "cooperation event")));
        svg.appendChild(barUp);
      }
      if (down[b]) {
        var hd = (down[b] / most) * (middle - 4);
        var barDown = svgElement("rect", { class: "conflict", x: x.toFixed(1), y: middle, width: w.toFixed(1), height: hd.toFixed(1) });
        barDown.appendChild(svgElement("title", {}, name + ": " + plural(down[b], "conflict event")));
        svg.appendChild(barDown);
      }
      if (b === 0 || b === buckets - 1) {
        svg.appendChild(svgElement("text", { class: "tick", x: b === 0 ? 10 : width - 10, y: height - 4,
          "text-anchor": b === 0 ? "start" : "end" }, name));
      }
    }
  }

  // -- histogram and window -------------------------------------------------------------------

  var histogram = { binDays: 1, bins: 0, left: 12, right: 12, width: 0, from: 0, measured: 0 };

  function drawHistogram() {
    var svg = document.getElementById("histogram");
    clear(svg);
    // its width read once per size of the page (reading it lays the page out)
    if (!histogram.measured) histogram.measured = svg.getBoundingClientRect().width;
    var width = Math.max(histogram.measured, 200), height = 86;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    var range = domain(), span = range[1] - range[0] + 1;
    histogram.from = range[0];
    histogram.binDays = Math.max(1, Math.ceil(span / MAX_BARS));
    histogram.bins = Math.ceil(span / histogram.binDays);
    histogram.width = width;
    var counts = new Array(histogram.bins).fill(0);
    if (loaded) {
      current.filtered.forEach(function (i) {
        var day = events[i][START];
        if (day === null || day < range[0] || day > range[1]) return;
        counts[Math.floor((day - range[0]) / histogram.binDays)] += 1;
      });
    } else { // before the events are read: the first window's events per day, from Python
      view.days.forEach(function (count, at) {
        var day = domainDense[0] + at;
        if (day >= range[0] && day <= range[1]) counts[Math.floor((day - range[0]) / histogram.binDays)] += count;
      });
    }
    var most = Math.max.apply(null, counts.concat([1]));
    var inner = width - histogram.left - histogram.right;
    var barWidth = inner / histogram.bins, base = height - 22;
    svg.appendChild(svgElement("line", { class: "axis", x1: histogram.left, x2: width - histogram.right, y1: base, y2: base }));
    var tickEvery = Math.max(1, Math.ceil(histogram.bins / Math.max(1, Math.floor(inner / 84))));
    counts.forEach(function (count, index) {
      var barHeight = count ? Math.max(3, (count / most) * (base - 10)) : 0;
      var from = range[0] + index * histogram.binDays;
      var bar = svgElement("rect", {
        class: "bar", "data-from": from,
        x: (histogram.left + index * barWidth + 0.5).toFixed(1), y: (base - barHeight).toFixed(1),
        width: Math.max(1, barWidth - 1).toFixed(1), height: barHeight.toFixed(1),
      });
      bar.appendChild(svgElement("title", {}, isoDay(from) + ": " + plural(count, "event")));
      svg.appendChild(bar);
      if (index % tickEvery === 0 && index + tickEvery <= histogram.bins) {
        svg.appendChild(svgElement("text", {
          class: "tick", x: (histogram.left + index * barWidth).toFixed(1), y: height - 6,
        }, isoDay(from).slice(0, span < 400 ? 10 : 7)));
      }
    });
    svg.appendChild(svgElement("rect", { class: "brush", id: "brush", y: 2, height: base - 2, x: 0, width: 0 }));
    drawWindow();
  }

  function dayAt(clientX) {
    var svg = document.getElementById("histogram");
    var box = svg.getBoundingClientRect();
    var x = (clientX - box.left) * (histogram.width / (box.width || 1));
    var inner = histogram.width - histogram.left - histogram.right;
    var bin = Math.floor(((x - histogram.left) / inner) * histogram.bins);
    bin = Math.min(histogram.bins - 1, Math.max(0, bin));
    return histogram.from + bin * histogram.binDays;
  }

  function drawWindow() {
    var range = domain();
    var inner = histogram.width - histogram.left - histogram.right;
    var perDay = inner / (histogram.bins * histogram.binDays);
    var brush = document.getElementById("brush");
    var start = Math.max(state.start, range[0]), end = Math.min(state.end, range[1]);
    var whole = start <= range[0] && end >= range[1];
    if (brush) {
      brush.setAttribute("x", (histogram.left + (start - range[0]) * perDay).toFixed(1));
      brush.setAttribute("width", whole ? 0 : Math.max(0, (end - start + 1) * perDay).toFixed(1));
    }
    document.querySelectorAll("#histogram .bar").forEach(function (bar) {
      var from = Number(bar.getAttribute("data-from"));
      var inside = from + histogram.binDays - 1 >= state.start && from <= state.end;
      bar.setAttribute("class", inside && !whole ? "bar in" : "bar");
    });
    var startInput = document.getElementById("window-start"), endInput = document.getElementById("window-end");
    startInput.max = endInput.max = String(range[1] - range[0]);
    startInput.value = String(start - range[0]);
    endInput.value = String(end - range[0]);
    startInput.disabled = endInput.disabled = !view.domain;
    document.getElementById("start-label").textContent = view.domain ? isoDay(state.start) : "no dates";
    document.getElementById("end-label").textContent = view.domain ? isoDay(state.end) : "no dates";
    var timeline = document.getElementById("timeline");
    timeline.setAttribute("data-window-start", view.domain ? isoDay(state.start) : "");
    timeline.setAttribute("data-window-end", view.domain ? isoDay(state.end) : "");
  }

  function setWindow(start, end) {
    var range = domain();
    state.start = Math.max(range[0], Math.min(start, end));
    state.end = Math.min(range[1], Math.max(start, end));
    refresh();
  }

  function enableWindow() {
    var svg = document.getElementById("histogram");
    var anchor = null;
    svg.addEventListener("pointerdown", function (e) {
      anchor = dayAt(e.clientX);
      svg.setPointerCapture(e.pointerId);
    });
    svg.addEventListener("pointerup", whenLoaded(function (e) {
      if (anchor === null) return;
      var day = dayAt(e.clientX);
      setWindow(Math.min(anchor, day), Math.max(anchor, day) + histogram.binDays - 1);
      anchor = null;
    }));
    svg.addEventListener("dblclick", whenLoaded(function () { setWindow(domain()[0], domain()[1]); }));
    var startInput = document.getElementById("window-start"), endInput = document.getElementById("window-end");
    startInput.addEventListener("change", whenLoaded(function () {
      var start = domain()[0] + Number(startInput.value);
      setWindow(start, Math.max(start, state.end));
    }));
    endInput.addEventListener("change", whenLoaded(function () {
      var end = domain()[0] + Number(endInput.value);
      setWindow(Math.min(state.start, end), end);
    }));
    var allDates = document.getElementById("all-dates");
    allDates.disabled = !view.domain;
    allDates.addEventListener("click", whenLoaded(function () {
      state.allDates = !state.allDates;
      allDates.textContent = state.allDates ? "Where the events are" : "All dates";
      var range = domain();
      state.start = range[0];
      state.end = range[1];
      refresh();
    }));
  }

  // -- timeline -------------------------------------------------------------------------------

  function actorButton(actor) {
    var button = element("button", "actor-link", label(actor));
    button.type = "button";
    button.addEventListener("click", function (e) {
      e.stopPropagation();
      selectActor(state.actor === actor ? -1 : actor);
    });
    return button;
  }

  function renderEvent(i) {
    var e = events[i];
    var item = element("li", "event");
    item.setAttribute("data-event", String(i));
    item.tabIndex = 0;
    var badge = element("span", "badge", typeNames[e[TYPE]]);
    badge.style.background = typeColours[e[TYPE]];
    item.appendChild(badge);
    var what = element("span", "what");
    what.appendChild(actorButton(e[ACTOR]));
    what.appendChild(document.createTextNode(" " + data.strings[e[ACTION]] + " "));
    if (e[TARGET] >= 0) what.appendChild(actorButton(e[TARGET]));
    var meta = [];
    if (e[PLACE] >= 0) meta.push(data.strings[e[PLACE]]);
    meta.push(plural(sources(e), "source"));
    if (e[DATE] && e[DATE].length < 10) meta.push("dated " + e[DATE]);
    what.appendChild(element("span", "meta", meta.join(" · ")));
    item.appendChild(what);
    item.addEventListener("mouseenter", function (m) { showTooltip(eventTip(i), m); });
    item.addEventListener("mousemove", moveTooltip);
    item.addEventListener("mouseleave", hideTooltip);
    item.addEventListener("focus", function () { showTooltip(eventTip(i), null, item); });
    item.addEventListener("blur", hideTooltip);
    return item;
  }

  function drawTimeline() {
    var list = document.getElementById("timeline");
    clear(list);
    var shown = [], total = 0;
    current.windowed.forEach(function (i) { // the events come in date order
      if (!chosen(events[i])) return;
      total += 1;
      if (shown.length < LIST_LIMIT) shown.push(i);
    });
    var day = null, items = null, count = 0, head = null;
    function close() { if (head) head.appendChild(element("span", "count", plural(count, "event"))); }
    shown.forEach(function (i) {
      var key = events[i][DATE] || "undated";
      if (key !== day) {
        close();
        day = key;
        count = 0;
        var li = element("li", "day");
        head = element("h3", "day-head", key);
        li.appendChild(head);
        items = element("ol");
        li.appendChild(items);
        list.appendChild(li);
      }
      count += 1;
      items.appendChild(renderEvent(i));
    });
    close();
    list.setAttribute("data-listed", String(shown.length));
    document.getElementById("timeline-more").textContent = total > shown.length
      ? "The first " + number(shown.length) + " of " + plural(total, "event") +
        ": narrow the window, or choose an actor, a link or a filter."
      : "";
    return total;
  }

  // -- tooltip --------------------------------------------------------------------------------

  var tooltip = document.getElementById("tooltip");

  function showTooltip(parts, mouse, anchor) {
    clear(tooltip);
    parts.forEach(function (part) { tooltip.appendChild(part); });
    tooltip.hidden = false;
    if (mouse) moveTooltip(mouse);
    else if (anchor) {
      var box = anchor.getBoundingClientRect();
      placeTooltip(box.left, box.bottom);
    }
  }

  function placeTooltip(x, y) {
    var width = tooltip.offsetWidth, height = tooltip.offsetHeight;
    var left = x + 14, top = y + 14;
    if (left + width > window.innerWidth - 8) left = Math.max(8, x - width - 14);
    if (top + height > window.innerHeight - 8) top = Math.max(8, y - height - 14);
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  function moveTooltip(e) { if (!tooltip.hidden && e && e.clientX !== undefined) placeTooltip(e.clientX, e.clientY); }
  function hideTooltip() { tooltip.hidden = true; }

  function sourceName(docIndex) {
    var doc = data.documents[docIndex] || [String(docIndex)];
    var name = doc[1] ? doc[1] + " (" + doc[0] + ")" : doc[0];
    return doc[2] ? name + ", " + doc[2] : name;
  }

  var sentencesOf = null;
  function evidence() { // each event's sentences, read when first shown
    if (!sentencesOf) sentencesOf = JSON.parse(document.getElementById("kg-evidence").textContent);
    return sentencesOf;
  }

  function eventTip(index) {
    var e = events[index];
    var parts = [];
    var title = label(e[ACTOR]) + " " + data.strings[e[ACTION]] + (e[TARGET] >= 0 ? " " + label(e[TARGET]) : "");
    parts.push(element("div", "tip-title", title));
    var meta = [typeNames[e[TYPE]], e[DATE] || "undated"];
    if (e[QUAD]) meta.push(data.quads[e[QUAD] - 1].replace("_", " "));
    if (e[PLACE] >= 0) meta.push(data.strings[e[PLACE]]);
    meta.push(plural(sources(e), "source"));
    parts.push(element("div", "tip-meta", meta.join(" · ")));
    var sentences = evidence()[index];
    e[MENTIONS].slice(0, 3).forEach(function (doc, at) {
      parts.push(element("blockquote", null, sentences[at]));
      parts.push(element("div", "tip-source", "source: " + sourceName(doc)));
    });
    if (e[MENTIONS].length > 3) {
      parts.push(element("div", "tip-source", "and " + plural(e[MENTIONS].length - 3, "more sentence")));
    }
    return parts;
  }

  function showActorTip(n, mouse) {
    var v = current.view, a = actors[n];
    var meta = [a[KIND]];
    if (a[COUNTRY]) meta.push(a[COUNTRY]);
    meta.push(plural(v.counts.get(n) || 0, "event") + " here");
    var parts = [element("div", "tip-title", a[LABEL]), element("div", "tip-meta", meta.join(" · "))];
    var members = v.members.get(n);
    if (v.folding && members && members.size && a[KIND] !== "person") {
      var names = Array.from(members).sort(function (x, y) { return eventsOf[y] - eventsOf[x]; })
        .slice(0, 6).map(label).join(", ");
      parts.push(element("div", "tip-source", "with " + plural(members.size, "person") + " folded in: " + names +
        (members.size > 6 ? ", …" : "")));
      parts.push(element("div", "tip-source", state.expanded.has(n) ? "click to fold them back" : "click to show them"));
    } else {
      parts.push(element("div", "tip-source", "click to light up its events"));
    }
    showTooltip(parts, mouse);
  }

  function showLinkTip(edge, mouse) {
    var s = edge.source().data("actor"), t = edge.target().data("actor");
    var link = current.view.links.find(function (l) {
      return (l.source === s && l.target === t) || (l.source === t && l.target === s);
    });
    if (!link) return;
    var scores = link.events.map(function (i) { return events[i][GOLDSTEIN]; }).filter(function (g) { return g !== null; });
    var mean = scores.length ? scores.reduce(function (x, y) { return x + y; }, 0) / scores.length : null;
    showTooltip([
      element("div", "tip-title", label(s) + " – " + label(t)),
      element("div", "tip-meta", plural(link.events.length, "event") + " · " + number(link.cooperation) +
        " cooperation · " + number(link.conflict) + " conflict" + (mean === null ? "" : " · mean Goldstein " + mean.toFixed(2))),
      element("div", "tip-source", "click for its cooperation and conflict over time"),
    ], mouse);
  }

  // -- filters and search ---------------------------------------------------------------------

  // the filters' choices, once the events are read
  function fillFilters() {
    var typeSelect = document.getElementById("type-filter");
    typeSelect.appendChild(new Option("all", ""));
    var quads = document.createElement("optgroup");
    quads.label = "QuadClass";
    data.quads.forEach(function (name, index) { quads.appendChild(new Option(name.replace("_", " "), "q:" + (index + 1))); });
    typeSelect.appendChild(quads);
    var present = new Set(events.map(function (e) { return e[TYPE]; }));
    var types = document.createElement("optgroup");
    types.label = "event type";
    typeNames.forEach(function (name, index) { if (present.has(index)) types.appendChild(new Option(name, "t:" + index)); });
    typeSelect.appendChild(types);

    var countrySelect = document.getElementById("country-filter");
    countrySelect.appendChild(new Option("all", ""));
    var names = new Map();
    actors.forEach(function (a) {
      if (!a[COUNTRY]) return;
      if (a[KIND] === "state" && a[ID] === a[COUNTRY]) names.set(a[COUNTRY], a[LABEL]);
      else if (!names.has(a[COUNTRY])) names.set(a[COUNTRY], a[COUNTRY]);
    });
    Array.from(names.entries()).sort(function (x, y) { return compareText(x[1], y[1]); }).forEach(function (entry) {
      countrySelect.appendChild(new Option(entry[1], entry[0]));
    });
  }

  function wireFilters() {
    var typeSelect = document.getElementById("type-filter");
    var countrySelect = document.getElementById("country-filter");
    typeSelect.addEventListener("change", whenLoaded(function () { state.type = typeSelect.value; refresh(); }));
    countrySelect.addEventListener("change", whenLoaded(function () { state.country = countrySelect.value; refresh(); }));

    var top = document.getElementById("top-filter");
    top.value = String(state.top);
    top.addEventListener("change", whenLoaded(function () {
      var value = Math.round(Number(top.value));
      if (value >= 1) { state.top = value; refresh(); }
    }));

    document.getElementById("reset").addEventListener("click", whenLoaded(function () {
      typeSelect.value = countrySelect.value = "";
      state.type = state.country = "";
      state.top = view.top;
      top.value = String(view.top);
      state.actor = state.pinned = -1;
      state.pair = null;
      state.expanded.clear();
      state.allDates = false;
      document.getElementById("all-dates").textContent = "All dates";
      state.start = domainDense[0];
      state.end = domainDense[1];
      positions.clear();
      Object.keys(view.positions).forEach(function (key) {
        var p = view.positions[key];
        positions.set(Number(key), { x: p[0] * SCALE, y: (1 - p[1]) * SCALE });
      });
      refresh();
    }));
    document.getElementById("filters").addEventListener("submit", function (e) { e.preventDefault(); });
  }

  var search = document.getElementById("search");
  var results = document.getElementById("search-results");
  var found = [], active = 0;

  function whereIs(actor) {
    var v = current.view;
    if (v.shown.has(actor)) return "in the network";
    var fold = actors[actor][FOLD];
    if (v.folding && fold !== actor && v.shown.has(fold)) return "in " + label(fold);
    if (!eventsOf[actor]) return "";
    if (v.ranked.indexOf(actor) >= 0) return "below the top " + state.top;
    return v.counts.has(actor) ? "no event toward another actor" : "no event in the filters";
  }

  function runSearch() {
    var query = search.value.trim().toLowerCase();
    clear(results);
    found = [];
    active = 0;
    if (!query) { results.hidden = true; return; }
    actors.forEach(function (a, index) {
      if (!eventsOf[index]) return;
      var name = a[LABEL].toLowerCase();
      var at = name.indexOf(query);
      if (at < 0 && a[ID].toLowerCase() !== query) return;
      found.push({ actor: index, score: at === 0 ? 0 : at > 0 && name[at - 1] === " " ? 1 : 2 });
    });
    found.sort(function (x, y) { return x.score - y.score || eventsOf[y.actor] - eventsOf[x.actor]; });
    found = found.slice(0, 12);
    found.forEach(function (item, index) {
      var li = element("li", index === 0 ? "active" : "", label(item.actor));
      li.appendChild(element("span", "muted", plural(eventsOf[item.actor], "event") + " · " + whereIs(item.actor)));
      li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(item.actor); });
      results.appendChild(li);
    });
    if (!found.length) results.appendChild(element("li", "muted", "no actor by that name"));
    results.hidden = false;
  }

  function choose(actor) {
    results.hidden = true;
    search.value = label(actor);
    selectActor(actor);
  }

  search.addEventListener("input", whenLoaded(runSearch));
  search.addEventListener("keydown", whenLoaded(function (e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!found.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : found.length - 1)) % found.length;
      Array.prototype.forEach.call(results.children, function (li, index) { li.classList.toggle("active", index === active); });
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (found.length) choose(found[active].actor);
    } else if (e.key === "Escape") {
      results.hidden = true;
    }
  }));
  search.addEventListener("blur", function () { results.hidden = true; });

  // -- header and legends ---------------------------------------------------------------------

  function drawSummary() {
    var s = data.summary;
    var parts = [plural(s.documents, "document"), plural(s.events, "event") + " (" + number(s.dyadic) +
      " between two actors)", plural(s.actors, "actor")];
    if (s.window) {
      parts.push(Math.round(s.window.events / s.window.dated * 100) + "% of dated events from " +
        s.window.start + " to " + s.window.end + " (all: " + s.first + " to " + s.last + ")");
    }
    document.getElementById("summary").textContent = parts.join(" · ");
    var busiest = [];
    if (s.dyads.length) {
      busiest.push("Busiest pairs: " + s.dyads.map(function (d) {
        return d[0] + " – " + d[1] + " (" + d[2] + ")";
      }).join(", "));
    }
    if (s.busiest.length) {
      busiest.push("busiest actors: " + s.busiest.map(function (a) { return a[0] + " (" + a[1] + ")"; }).join(", "));
    }
    document.getElementById("busiest").textContent = busiest.join(" · ");
  }

  function drawLegends() {
    var kinds = document.getElementById("kind-legend");
    kinds.appendChild(element("span", "legend-title", "Actors"));
    Object.keys(data.kinds).forEach(function (name) {
      var item = element("span", "legend-item");
      var swatch = element("span", "swatch-dot");
      swatch.style.background = data.kinds[name];
      item.appendChild(swatch);
      item.appendChild(element("span", null, name));
      kinds.appendChild(item);
    });
    var tones = document.getElementById("tone-legend");
    tones.appendChild(element("span", "legend-title", "Links"));
    tones.appendChild(element("span", null, "conflict"));
    var ramp = element("span", "tone-ramp");
    data.tones.forEach(function (colour) {
      var step = element("span");
      step.style.background = colour;
      ramp.appendChild(step);
    });
    tones.appendChild(ramp);
    tones.appendChild(element("span", null, "cooperation"));
  }

  function drawNotes(total) {
    var v = current.view;
    var note = [];
    note.push("The " + plural(v.nodes.length, "most active actor") + " of " + number(v.linked + v.unlinked));
    if (v.folding) note.push("people folded into their states (double ring: click to show them)");
    if (v.unlinked) note.push(plural(v.unlinked, "actor") + " with no event toward another left out (find them by name)");
    note.push("thicker links have more events");
    document.getElementById("network-note").textContent = note.join(" · ") + ".";
    var selection = "click an actor or a link";
    if (state.pair) selection = label(state.pair[0]) + " – " + label(state.pair[1]) + ": " + plural(total, "event") + " in the window";
    else if (state.actor >= 0) {
      var where = whereIs(state.actor);
      selection = label(state.actor) + ": " + plural(total, "event") + " in the window" +
        (where && where !== "in the network" ? " (" + where + ")" : "");
    }
    document.getElementById("selection").textContent = selection;
    document.getElementById("window-note").textContent = plural(loaded ? current.windowed.length : view.shown, "event") +
      (wholeWindow() ? ", all dates" : " in the window");
  }

  // -- updating -------------------------------------------------------------------------------

  // filters or window changed: a new view
  function refresh() {
    performance.mark("kg-refresh");
    filterEvents();
    performance.mark("kg-filtered");
    current.view = computeView(current.windowed);
    performance.mark("kg-viewed");
    drawNetwork();
    performance.mark("kg-drawn");
    drawHistogram();
    performance.mark("kg-histogram");
    refreshSelection();
    performance.mark("kg-refreshed");
  }

  function filterEvents() {
    current.filtered = [];
    current.windowed = [];
    for (var i = 0; i < events.length; i += 1) {
      if (!passesFilters(events[i])) continue;
      current.filtered.push(i);
      if (inWindow(events[i])) current.windowed.push(i);
    }
  }

  // the selection changed: the same view, lit differently
  function refreshSelection() {
    styleSelection();
    var total = drawTimeline();
    drawPair();
    drawNotes(total);
  }

  // -- opening: the first view at once, the events after the first frame -------------------

  var pending = []; // interactions that came before the events could be read

  // A handler that needs the events: it reads them first if it can (the page is parsed), else
  // it runs once they are read.
  function whenLoaded(handler) {
    return function () {
      var self = this, args = arguments;
      if (load()) return handler.apply(self, args);
      pending.push(function () { handler.apply(self, args); });
    };
  }

  // After the first paint (called from the frame after the one that showed it) and once the
  // events' block is all parsed: start cytoscape, then read the events; or, should no frame come
  // (a hidden tab), after a while. (Started before the parsing ends, cytoscape's frames slow it.)
  var loadScheduled = false;
  function scheduleLoad() {
    if (loadScheduled || !painted || document.readyState === "loading") return;
    loadScheduled = true;
    setTimeout(function () {
      startNetwork();
      setTimeout(load, 0);
    }, 0);
  }
  document.addEventListener("DOMContentLoaded", function () {
    scheduleLoad();
    setTimeout(load, 2000);
  });

  // Read the events and wire up what needs them; false while the page is still being parsed.
  function load() {
    if (loaded) return true;
    if (document.readyState === "loading") return false;
    startNetwork();
    performance.mark("kg-load");
    var full = JSON.parse(document.getElementById("kg-data").textContent);
    performance.mark("kg-parsed");
    Object.keys(full).forEach(function (key) { data[key] = full[key]; });
    actors = data.actors;
    events = data.events;
    loaded = true;
    countEvents();
    fillFilters();
    var drawn = current.view;
    filterEvents();
    current.view = computeView(current.windowed);
    performance.mark("kg-viewed");
    // Python's first view is what this page computes: kept as drawn (else drawn again)
    var kept = sameNetwork(drawn, current.view);
    document.getElementById("network").setAttribute("data-first-view", kept ? "kept" : "redrawn");
    if (!kept) drawNetwork();
    drawHistogram();
    refreshSelection();
    performance.mark("kg-loaded");
    document.documentElement.setAttribute("data-ready-ms", String(Math.round(performance.now())));
    var todo = pending;
    pending = [];
    todo.forEach(function (run) { run(); });
    return true;
  }

  drawSummary();
  drawLegends();
  wireFilters();
  enableWindow();
  current.view = firstView();
  drawNetwork();
  drawHistogram();
  drawNotes(0);
  document.getElementById("timeline-more").textContent = "Reading the events…";
  performance.mark("kg-first-view");
  scheduleLabels(); // the first paint waits for the labels (cytoscape renders them too)
  var clearSelection = whenLoaded(function () {
    hideTooltip();
    state.actor = -1;
    state.pair = null;
    refreshSelection();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && e.target !== search) clearSelection();
  });
  function networkSize() {
    var box = document.getElementById("network").getBoundingClientRect();
    return Math.round(box.width) + "x" + Math.round(box.height);
  }
  var drawnSize = networkSize(); // drawn at that size just now
  new ResizeObserver(function () {
    var size = networkSize();
    if (size === drawnSize) return;
    drawnSize = size;
    histogram.measured = 0;
    if (cy) cy.resize();
    fitView();
    drawHistogram();
    scheduleLabels();
  }).observe(document.querySelector(".network-box"));
})();
