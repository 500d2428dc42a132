// kg viz: the actor network and the timeline of events, linked. No library, no network.
// Every piece of text from the data is put into the page with textContent or setAttribute,
// never parsed as HTML.
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var DAY_MS = 86400000;
  var MAX_BARS = 60;
  var LABEL_LIMIT = 60; // label every actor up to this many, then the busiest ones only

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var actorsById = new Map(data.actors.map(function (a) { return [a.id, a]; }));
  var eventsById = new Map(data.events.map(function (e) { return [e.id, e]; }));
  var state = { actor: null, start: 0, end: 0 };
  var view = { nodes: new Map(), labels: new Map(), edges: new Map(), items: new Map(), days: [] };

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

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function dayNumber(iso) {
    return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
  }

  function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  function colourOfType(type) { return data.types[type] || "#999999"; }
  function colourOfKind(kind) { return data.kinds[kind] || "#999999"; }
  function label(actorId) {
    var actor = actorsById.get(actorId);
    return actor ? actor.label : actorId;
  }
  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

  // -- time window ----------------------------------------------------------------------------

  var dated = data.events.filter(function (e) { return e.start; });
  var firstDay = dated.length ? Math.min.apply(null, dated.map(function (e) { return dayNumber(e.start); })) : 0;
  var lastDay = dated.length ? Math.max.apply(null, dated.map(function (e) { return dayNumber(e.end); })) : 0;
  state.start = firstDay;
  state.end = lastDay;

  function wholeRange() { return state.start <= firstDay && state.end >= lastDay; }

  function inWindow(event) {
    if (!event.start) return wholeRange(); // undated events only show with the whole range
    return dayNumber(event.end) >= state.start && dayNumber(event.start) <= state.end;
  }

  function involves(event, actorId) {
    return event.actor === actorId || event.target === actorId;
  }

  // -- legends --------------------------------------------------------------------------------

  function renderLegend(container, title, colours, swatchClass) {
    container.appendChild(element("span", "legend-title", title));
    Object.keys(colours).forEach(function (name) {
      var item = element("span", "legend-item");
      var swatch = element("span", swatchClass);
      swatch.style.background = colours[name];
      item.appendChild(swatch);
      item.appendChild(element("span", null, name));
      container.appendChild(item);
    });
  }

  // -- network --------------------------------------------------------------------------------

  function nodeRadius(actor) { return Math.min(24, 6 + 2.8 * Math.sqrt(actor.events)); }

  function edgeGroups() {
    var groups = new Map();
    data.events.forEach(function (event) {
      if (!event.target || !actorsById.has(event.target)) return;
      var key = [event.actor, event.target].sort().join("\u0000");
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(event);
    });
    return groups;
  }

  function edgePath(source, target, offset, radii) {
    var dx = target.x - source.x, dy = target.y - source.y;
    var length = Math.hypot(dx, dy) || 1;
    var cx = (source.x + target.x) / 2 - (dy / length) * offset;
    var cy = (source.y + target.y) / 2 + (dx / length) * offset;
    function pull(from, towardX, towardY, by) {
      var ux = towardX - from.x, uy = towardY - from.y;
      var norm = Math.hypot(ux, uy) || 1;
      return { x: from.x + (ux / norm) * by, y: from.y + (uy / norm) * by };
    }
    var a = pull(source, cx, cy, radii[0] + 1);
    var b = pull(target, cx, cy, radii[1] + 4);
    return "M" + a.x.toFixed(1) + "," + a.y.toFixed(1) + " Q" + cx.toFixed(1) + "," +
      cy.toFixed(1) + " " + b.x.toFixed(1) + "," + b.y.toFixed(1);
  }

  function renderMarkers(svg) {
    var defs = svgElement("defs");
    Object.keys(data.types).forEach(function (type, index) {
      var marker = svgElement("marker", {
        id: "arrow-" + index, viewBox: "0 0 10 10", refX: 8, refY: 5,
        markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse", markerUnits: "userSpaceOnUse",
      });
      marker.appendChild(svgElement("path", { d: "M0,0 L10,5 L0,10 z", fill: colourOfType(type) }));
      defs.appendChild(marker);
    });
    svg.appendChild(defs);
    return Object.keys(data.types);
  }

  // Actor positions (layout units, y up) on the drawing: proportions kept, each axis stretched
  // at most STRETCH times more than the other to fill the panel, a small network kept close
  // (at most MAX_UNIT pixels a unit), the whole centred.
  function fit(width, height) {
    var STRETCH = 1.3, MAX_UNIT = 190;
    var margin = { x: Math.min(76, width * 0.1), y: 46 };
    var xs = data.actors.map(function (a) { return a.x; });
    var ys = data.actors.map(function (a) { return a.y; });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    var spanX = Math.max(maxX - minX, 1e-6), spanY = Math.max(maxY - minY, 1e-6);
    var scaleX = (width - 2 * margin.x) / spanX, scaleY = (height - 2 * margin.y) / spanY;
    var scale = Math.min(scaleX, scaleY, MAX_UNIT);
    scaleX = Math.min(scaleX, scale * STRETCH, MAX_UNIT);
    scaleY = Math.min(scaleY, scale * STRETCH, MAX_UNIT);
    var left = (width - spanX * scaleX) / 2, top = (height - spanY * scaleY) / 2;
    var points = new Map();
    data.actors.forEach(function (actor) {
      points.set(actor.id, {
        x: left + (actor.x - minX) * scaleX,
        y: top + (maxY - actor.y) * scaleY,
      });
    });
    return points;
  }

  function renderNetwork() {
    var svg = document.getElementById("network");
    clear(svg);
    view.nodes.clear();
    view.edges.clear();
    var box = svg.getBoundingClientRect();
    var width = Math.max(box.width, 320), height = Math.max(box.height, 300);
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    var points = fit(width, height);
    var markerTypes = renderMarkers(svg);
    var background = svgElement("rect", { x: 0, y: 0, width: width, height: height, fill: "transparent" });
    background.addEventListener("click", function () { selectActor(null); });
    svg.appendChild(background);

    var edgeLayer = svgElement("g", { class: "edges" });
    edgeGroups().forEach(function (events) {
      events.forEach(function (event, index) {
        var source = points.get(event.actor), target = points.get(event.target);
        var radii = [nodeRadius(actorsById.get(event.actor)), nodeRadius(actorsById.get(event.target))];
        var spread = (index - (events.length - 1) / 2) * 26;
        var offset = event.actor < event.target ? spread : -spread;
        var d = edgePath(source, target, offset, radii);
        var group = svgElement("g", { class: "edge", "data-event": event.id });
        group.appendChild(svgElement("path", {
          class: "stroke", d: d, stroke: colourOfType(event.type),
          "stroke-width": 1.6 + Math.min(event.sources, 4) * 0.7,
          "marker-end": "url(#arrow-" + markerTypes.indexOf(event.type) + ")",
        }));
        group.appendChild(svgElement("path", { class: "hit", d: d }));
        group.addEventListener("mouseenter", function (e) { hoverEvent(event.id, e); });
        group.addEventListener("mousemove", moveTooltip);
        group.addEventListener("mouseleave", function () { hoverEvent(null); });
        edgeLayer.appendChild(group);
        view.edges.set(event.id, group);
      });
    });
    svg.appendChild(edgeLayer);

    var nodeLayer = svgElement("g", { class: "nodes" });
    var labelLayer = svgElement("g", { class: "labels" }); // above every node: none is hidden
    view.labels.clear();
    data.actors.forEach(function (actor, index) {
      var point = points.get(actor.id);
      var radius = nodeRadius(actor);
      var group = svgElement("g", {
        class: "node", "data-actor": actor.id, tabindex: 0, role: "button",
        transform: "translate(" + point.x.toFixed(1) + "," + point.y.toFixed(1) + ")",
      });
      group.setAttribute("aria-label", actor.label + ", " + actor.kind);
      group.appendChild(svgElement("circle", { r: radius.toFixed(1), fill: colourOfKind(actor.kind) }));
      if (index < LABEL_LIMIT) {
        var text = svgElement("text", {
          class: "node-label", "data-actor": actor.id, x: point.x.toFixed(1),
          y: (point.y + radius + 14).toFixed(1), "text-anchor": "middle",
        }, actor.label);
        labelLayer.appendChild(text);
        view.labels.set(actor.id, text);
      }
      group.addEventListener("click", function (e) {
        e.stopPropagation();
        selectActor(state.actor === actor.id ? null : actor.id);
      });
      group.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          selectActor(state.actor === actor.id ? null : actor.id);
        }
      });
      group.addEventListener("mouseenter", function (e) { showActorTip(actor, e); });
      group.addEventListener("mousemove", moveTooltip);
      group.addEventListener("mouseleave", hideTooltip);
      nodeLayer.appendChild(group);
      view.nodes.set(actor.id, group);
    });
    svg.appendChild(nodeLayer);
    svg.appendChild(labelLayer);
    separateLabels(labelLayer, width);
    svg.setAttribute("data-rendered", String(view.nodes.size));
  }

  // Labels that would overlap one another move below their neighbour's, a few times over.
  function separateLabels(layer, width) {
    var labels = Array.prototype.slice.call(layer.querySelectorAll("text.node-label"));
    var boxes = labels.map(function (text) {
      var box = text.getBBox();
      return { text: text, x: box.x, y: box.y, w: box.width, h: box.height, shift: 0 };
    });
    boxes.forEach(function (box) {
      // keep labels inside the drawing
      if (box.x < 4) box.text.setAttribute("dx", (4 - box.x).toFixed(1));
      if (box.x + box.w > width - 4) box.text.setAttribute("dx", (width - 4 - box.x - box.w).toFixed(1));
    });
    for (var round = 0; round < 4; round += 1) {
      boxes.sort(function (a, b) { return (a.y + a.shift) - (b.y + b.shift); });
      for (var i = 0; i < boxes.length; i += 1) {
        for (var j = i + 1; j < boxes.length; j += 1) {
          var a = boxes[i], b = boxes[j];
          var overlapX = a.x < b.x + b.w && b.x < a.x + a.w;
          var gap = (b.y + b.shift) - (a.y + a.shift + a.h);
          if (overlapX && gap < 0) b.shift -= gap - 1;
        }
      }
    }
    boxes.forEach(function (box) {
      if (box.shift) box.text.setAttribute("dy", box.shift.toFixed(1));
    });
  }

  // -- histogram and window -------------------------------------------------------------------

  var histogram = { binDays: 1, bins: 0, left: 12, right: 12, width: 0 };

  function renderHistogram() {
    var svg = document.getElementById("histogram");
    clear(svg);
    var width = Math.max(svg.getBoundingClientRect().width, 200), height = 86;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    var span = lastDay - firstDay + 1;
    histogram.binDays = Math.max(1, Math.ceil(span / MAX_BARS));
    histogram.bins = Math.ceil(span / histogram.binDays);
    histogram.width = width;
    var counts = new Array(histogram.bins).fill(0);
    dated.forEach(function (event) {
      counts[Math.floor((dayNumber(event.start) - firstDay) / histogram.binDays)] += 1;
    });
    var most = Math.max.apply(null, counts.concat([1]));
    var inner = width - histogram.left - histogram.right;
    var barWidth = inner / histogram.bins;
    var base = height - 22;
    svg.appendChild(svgElement("line", { class: "axis", x1: histogram.left, x2: width - histogram.right, y1: base, y2: base }));
    var tickEvery = Math.max(1, Math.ceil(histogram.bins / Math.max(1, Math.floor(inner / 84))));
    var lastTickEnd = -Infinity;
    counts.forEach(function (count, index) {
      var barHeight = count ? Math.max(3, (count / most) * (base - 10)) : 0;
      var bar = svgElement("rect", {
        class: "bar", "data-bin": index,
        x: (histogram.left + index * barWidth + 1).toFixed(1), y: (base - barHeight).toFixed(1),
        width: Math.max(1, barWidth - 2).toFixed(1), height: barHeight.toFixed(1),
      });
      bar.appendChild(svgElement("title", {}, isoDay(firstDay + index * histogram.binDays) + ": " + plural(count, "event")));
      svg.appendChild(bar);
      if (index % tickEvery === 0) {
        var tick = svgElement("text", {
          class: "tick", x: (histogram.left + (index + 0.5) * barWidth).toFixed(1), y: height - 6,
          "text-anchor": "middle",
        }, isoDay(firstDay + index * histogram.binDays).slice(span < 360 ? 5 : 0));
        svg.appendChild(tick);
        keepInside(tick, width);
        var tickBox = tick.getBBox(), shift = Number(tick.getAttribute("dx") || 0);
        if (tickBox.x + shift < lastTickEnd + 6) svg.removeChild(tick);
        else lastTickEnd = tickBox.x + shift + tickBox.width;
      }
    });
    svg.appendChild(svgElement("rect", { class: "brush", id: "brush", y: 2, height: base - 2, x: 0, width: 0 }));
  }

  // A tick label that would stick out of the drawing is moved back inside it.
  function keepInside(text, width) {
    var box = text.getBBox();
    if (box.x < 2) text.setAttribute("dx", (2 - box.x).toFixed(1));
    else if (box.x + box.width > width - 2) text.setAttribute("dx", (width - 2 - box.x - box.width).toFixed(1));
  }

  function dayAt(clientX) {
    var svg = document.getElementById("histogram");
    var box = svg.getBoundingClientRect();
    var x = (clientX - box.left) * (histogram.width / (box.width || 1));
    var inner = histogram.width - histogram.left - histogram.right;
    var bin = Math.floor(((x - histogram.left) / inner) * histogram.bins);
    bin = Math.min(histogram.bins - 1, Math.max(0, bin));
    return firstDay + bin * histogram.binDays;
  }

  function enableBrush() {
    var svg = document.getElementById("histogram");
    var anchor = null;
    svg.addEventListener("pointerdown", function (e) {
      anchor = dayAt(e.clientX);
      svg.setPointerCapture(e.pointerId);
      setWindow(anchor, Math.min(lastDay, anchor + histogram.binDays - 1));
    });
    svg.addEventListener("pointermove", function (e) {
      if (anchor === null) return;
      var day = dayAt(e.clientX);
      setWindow(Math.min(anchor, day), Math.min(lastDay, Math.max(anchor, day) + histogram.binDays - 1));
    });
    svg.addEventListener("pointerup", function () { anchor = null; });
    svg.addEventListener("dblclick", function () { setWindow(firstDay, lastDay); });
  }

  function drawWindow() {
    var inner = histogram.width - histogram.left - histogram.right;
    var perDay = inner / (histogram.bins * histogram.binDays);
    var brush = document.getElementById("brush");
    var full = wholeRange();
    brush.setAttribute("x", (histogram.left + (state.start - firstDay) * perDay).toFixed(1));
    brush.setAttribute("width", full ? 0 : ((state.end - state.start + 1) * perDay).toFixed(1));
    document.querySelectorAll("#histogram .bar").forEach(function (bar) {
      var from = firstDay + Number(bar.getAttribute("data-bin")) * histogram.binDays;
      var inside = from + histogram.binDays - 1 >= state.start && from <= state.end;
      bar.setAttribute("class", inside && !full ? "bar in" : "bar");
    });
    var startInput = document.getElementById("window-start");
    var endInput = document.getElementById("window-end");
    startInput.value = String(state.start - firstDay);
    endInput.value = String(state.end - firstDay);
    document.getElementById("start-label").textContent = dated.length ? isoDay(state.start) : "no dates";
    document.getElementById("end-label").textContent = dated.length ? isoDay(state.end) : "no dates";
  }

  function setWindow(start, end) {
    state.start = Math.max(firstDay, Math.min(start, end));
    state.end = Math.min(lastDay, Math.max(start, end));
    update();
  }

  function enableSliders() {
    var startInput = document.getElementById("window-start");
    var endInput = document.getElementById("window-end");
    [startInput, endInput].forEach(function (input) {
      input.max = String(lastDay - firstDay);
      input.disabled = !dated.length;
    });
    startInput.addEventListener("input", function () {
      var start = firstDay + Number(startInput.value);
      setWindow(start, Math.max(start, state.end));
    });
    endInput.addEventListener("input", function () {
      var end = firstDay + Number(endInput.value);
      setWindow(Math.min(state.start, end), end);
    });
    document.getElementById("reset").addEventListener("click", function () {
      state.actor = null;
      setWindow(firstDay, lastDay);
    });
  }

  // -- timeline -------------------------------------------------------------------------------

  function actorButton(actorId) {
    var button = element("button", "actor-link", label(actorId));
    button.type = "button";
    button.addEventListener("click", function (e) {
      e.stopPropagation();
      selectActor(state.actor === actorId ? null : actorId);
    });
    return button;
  }

  function renderEvent(event) {
    var item = element("li", "event");
    item.setAttribute("data-event", event.id);
    item.tabIndex = 0;
    var badge = element("span", "badge", event.type);
    badge.style.background = colourOfType(event.type);
    item.appendChild(badge);
    var what = element("span", "what");
    what.appendChild(actorButton(event.actor));
    what.appendChild(document.createTextNode(" " + event.action + " "));
    if (event.target) what.appendChild(actorButton(event.target));
    var meta = [];
    if (event.place) meta.push(event.place);
    meta.push(plural(event.sources, "source"));
    if (event.date && event.date.length < 10) meta.push("dated " + event.date);
    what.appendChild(element("span", "meta", meta.join(" · ")));
    item.appendChild(what);
    item.addEventListener("mouseenter", function (e) { hoverEvent(event.id, e); });
    item.addEventListener("mousemove", moveTooltip);
    item.addEventListener("mouseleave", function () { hoverEvent(null); });
    item.addEventListener("focus", function () { hoverEvent(event.id, null, item); });
    item.addEventListener("blur", function () { hoverEvent(null); });
    view.items.set(event.id, item);
    return item;
  }

  function renderTimeline() {
    var list = document.getElementById("timeline");
    clear(list);
    var days = new Map();
    data.events.slice().sort(function (a, b) {
      if (!a.date !== !b.date) return a.date ? -1 : 1;
      return (a.date || "").localeCompare(b.date || "");
    }).forEach(function (event) {
      var key = event.date || "undated";
      if (!days.has(key)) days.set(key, []);
      days.get(key).push(event);
    });
    view.days = [];
    days.forEach(function (events, key) {
      var day = element("li", "day");
      var head = element("h3", "day-head", key);
      var count = element("span", "count", plural(events.length, "event"));
      head.appendChild(count);
      day.appendChild(head);
      var items = element("ol");
      events.forEach(function (event) { items.appendChild(renderEvent(event)); });
      day.appendChild(items);
      list.appendChild(day);
      view.days.push({ element: day, count: count, events: events });
    });
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

  function moveTooltip(e) { if (!tooltip.hidden && e) placeTooltip(e.clientX, e.clientY); }
  function hideTooltip() { tooltip.hidden = true; }

  function sourceName(docId) {
    var doc = data.documents[docId] || {};
    var name = doc.title ? doc.title + " (" + docId + ")" : docId;
    return doc.publisher ? name + ", " + doc.publisher : name;
  }

  function eventTip(event) {
    var parts = [];
    var title = label(event.actor) + " " + event.action + (event.target ? " " + label(event.target) : "");
    parts.push(element("div", "tip-title", title));
    var meta = [event.type, event.date || "undated"];
    if (event.place) meta.push(event.place);
    meta.push(plural(event.sources, "source"));
    parts.push(element("div", "tip-meta", meta.join(" · ")));
    event.mentions.slice(0, 3).forEach(function (mention) {
      parts.push(element("blockquote", null, mention.sentence));
      parts.push(element("div", "tip-source", "source: " + sourceName(mention.doc)));
    });
    if (event.mentions.length > 3) {
      parts.push(element("div", "tip-source", "and " + plural(event.mentions.length - 3, "more sentence")));
    }
    return parts;
  }

  function showActorTip(actor, mouse) {
    var meta = [actor.kind];
    if (actor.country) meta.push(actor.country);
    meta.push(plural(actor.events, "event"));
    showTooltip([
      element("div", "tip-title", actor.label),
      element("div", "tip-meta", meta.join(" · ")),
      element("div", "tip-source", "click to light up its events"),
    ], mouse);
  }

  function hoverEvent(eventId, mouse, anchor) {
    view.edges.forEach(function (edge) { edge.classList.remove("hovered"); });
    view.items.forEach(function (item) { item.classList.remove("hovered"); });
    if (eventId === null) { hideTooltip(); return; }
    var event = eventsById.get(eventId);
    if (view.edges.has(eventId)) view.edges.get(eventId).classList.add("hovered");
    view.items.get(eventId).classList.add("hovered");
    showTooltip(eventTip(event), mouse, anchor);
  }

  // -- linking --------------------------------------------------------------------------------

  function selectActor(actorId) {
    state.actor = actorId;
    update();
    if (actorId) {
      var first = data.events.find(function (e) { return involves(e, actorId) && inWindow(e); });
      if (first) view.items.get(first.id).scrollIntoView({ block: "nearest" });
    }
  }

  function update() {
    var visible = new Set();
    var activeActors = new Set();
    data.events.forEach(function (event) {
      if (!inWindow(event)) return;
      visible.add(event.id);
      activeActors.add(event.actor);
      if (event.target) activeActors.add(event.target);
    });
    var neighbours = new Set();
    if (state.actor) {
      neighbours.add(state.actor);
      data.events.forEach(function (event) {
        if (visible.has(event.id) && involves(event, state.actor) && event.target) {
          neighbours.add(event.actor);
          neighbours.add(event.target);
        }
      });
    }
    view.nodes.forEach(function (node, actorId) {
      [node, view.labels.get(actorId)].forEach(function (shape) {
        if (!shape) return;
        shape.classList.toggle("hidden", !activeActors.has(actorId) && actorId !== state.actor);
        shape.classList.toggle("selected", actorId === state.actor);
        shape.classList.toggle("faded", Boolean(state.actor) && !neighbours.has(actorId));
      });
    });
    view.edges.forEach(function (edge, eventId) {
      var event = eventsById.get(eventId);
      var mine = Boolean(state.actor) && involves(event, state.actor);
      edge.classList.toggle("hidden", !visible.has(eventId));
      edge.classList.toggle("lit", mine);
      edge.classList.toggle("faded", Boolean(state.actor) && !mine);
    });
    var lit = 0;
    view.items.forEach(function (item, eventId) {
      var event = eventsById.get(eventId);
      var mine = Boolean(state.actor) && involves(event, state.actor);
      if (mine && visible.has(eventId)) lit += 1;
      item.classList.toggle("hidden", !visible.has(eventId));
      item.classList.toggle("lit", mine);
      item.classList.toggle("dim", Boolean(state.actor) && !mine);
    });
    view.days.forEach(function (day) {
      var shown = day.events.filter(function (e) { return visible.has(e.id); }).length;
      day.element.classList.toggle("hidden", shown === 0);
      day.count.textContent = plural(shown, "event");
    });
    document.getElementById("selection").textContent = state.actor
      ? label(state.actor) + ": " + plural(lit, "event") + " lit · click it again to clear"
      : "click an actor";
    document.getElementById("window-note").textContent = wholeRange()
      ? "all " + plural(data.events.length, "event")
      : plural(visible.size, "event") + " in the window";
    drawWindow();
  }

  function renderSummary() {
    var documents = Object.keys(data.documents).length;
    var parts = [plural(data.events.length, "event"), plural(data.actors.length, "actor"),
      "from " + plural(documents, "document")];
    if (dated.length) parts.push(isoDay(firstDay) + " to " + isoDay(lastDay));
    document.getElementById("summary").textContent = parts.join(" · ");
  }

  // -- start ----------------------------------------------------------------------------------

  function render() {
    renderNetwork();
    renderHistogram();
    update();
  }

  renderSummary();
  renderLegend(document.getElementById("kind-legend"), "Actors", data.kinds, "swatch-dot");
  renderLegend(document.getElementById("type-legend"), "Events", data.types, "swatch-line");
  renderTimeline();
  enableSliders();
  enableBrush();
  render();
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hideTooltip(); selectActor(null); }
  });
  // Draw again whenever the panels change size (the window, or the page settling its layout).
  var drawnSize = "";
  var observer = new ResizeObserver(function () {
    var box = document.getElementById("network").getBoundingClientRect();
    var size = Math.round(box.width) + "x" + Math.round(box.height) + "/" +
      Math.round(document.getElementById("histogram").getBoundingClientRect().width);
    if (size === drawnSize) return;
    drawnSize = size;
    render();
  });
  observer.observe(document.querySelector(".network-box"));
  observer.observe(document.getElementById("histogram"));
})();
