(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var model = ReportModel, legend = data.legend;
  var shapes = ["cirkel", "vierkant", "driehoek", "ruit", "ster", "kruis"];
  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  }
  var decimal = model.decimal, verdict = model.verdict;

  // Tabs: one view at a time, reachable by keyboard.
  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
  function show(tab) {
    tabs.forEach(function (other) {
      var selected = other === tab;
      other.setAttribute("aria-selected", selected ? "true" : "false");
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
    });
    if (tab.id === "tab-netwerk") drawNetwork();
    if (tab.id === "tab-kaart") drawMap();
  }
  tabs.forEach(function (tab, index) {
    tab.addEventListener("click", function () { show(tab); });
    tab.addEventListener("keydown", function (event) {
      var step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (step) { var next = tabs[(index + step + tabs.length) % tabs.length]; next.focus(); show(next); }
    });
  });

  // The source dialog: the cited line and the lines around it.
  var sources = {};
  data.sources.forEach(function (source) { sources[source.document] = source; });
  var dialog = document.getElementById("bron");
  function openSource(documentID, line) {
    var source = sources[documentID];
    document.getElementById("bron-titel").textContent = documentID + ", regel " + line;
    var list = document.getElementById("bron-regels");
    list.textContent = "";
    if (source) {
      for (var number = line - 2; number <= line + 2; number++) {
        var text = source.lines[String(number)];
        if (text === undefined) continue;
        var item = el("li", text, number === line ? "cited" : "");
        item.value = number;
        list.appendChild(item);
      }
    }
    dialog.hidden = false;
    document.getElementById("bron-sluit").focus();
  }
  document.getElementById("bron-sluit").addEventListener("click", function () { dialog.hidden = true; });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") dialog.hidden = true; });
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button.source") : null;
    if (button) openSource(button.getAttribute("data-document"), Number(button.getAttribute("data-line")));
  });
  function sourceButton(documentID, line) {
    var button = el("button", documentID + ", regel " + line, "source");
    button.type = "button";
    button.setAttribute("data-document", documentID);
    button.setAttribute("data-line", String(line));
    return button;
  }

  // The map.
  var select = document.getElementById("kaart-keuze");
  var canvas = document.getElementById("kaart-doek");
  var tooltip = document.getElementById("kaart-uitleg");
  var current = 0, focused = -1, points = [];
  data.maps.forEach(function (map, index) {
    var option = el("option", model.mapOption(legend, map));
    option.value = String(index);
    select.appendChild(option);
  });
  // A cluster to light up: the others fade, so a person sees where one cluster lies.
  var highlight = document.getElementById("kaart-cluster"), lit = -1;
  function fillHighlight() {
    highlight.textContent = "";
    highlight.appendChild(new Option("geen cluster", "-1"));
    (data.maps[current] ? data.maps[current].clusterLabels : []).forEach(function (label, index) { highlight.appendChild(new Option(label, String(index))); });
    lit = -1;
  }
  highlight.addEventListener("change", function () { lit = Number(highlight.value); drawMap(); });
  select.addEventListener("change", function () { current = Number(select.value); focused = -1; fillHighlight(); drawMap(); fillMapList(); });
  function mark(context, shape, x, y, r) {
    context.beginPath();
    switch (shape % shapes.length) {
      case 0: context.arc(x, y, r, 0, 2 * Math.PI); break;
      case 1: context.rect(x - r, y - r, 2 * r, 2 * r); break;
      case 2: context.moveTo(x, y - r * 1.2); context.lineTo(x + r * 1.1, y + r); context.lineTo(x - r * 1.1, y + r); context.closePath(); break;
      case 3: context.moveTo(x, y - r * 1.3); context.lineTo(x + r * 1.3, y); context.lineTo(x, y + r * 1.3); context.lineTo(x - r * 1.3, y); context.closePath(); break;
      case 4: for (var k = 0; k < 10; k++) { var a = Math.PI * k / 5 - Math.PI / 2, q = k % 2 ? r * 0.6 : r * 1.4; context[k ? "lineTo" : "moveTo"](x + q * Math.cos(a), y + q * Math.sin(a)); } context.closePath(); break;
      default: context.rect(x - r * 1.2, y - r * 0.4, r * 2.4, r * 0.8); context.rect(x - r * 0.4, y - r * 1.2, r * 0.8, r * 2.4);
    }
  }
  function drawMap() {
    var map = data.maps[current];
    var context = canvas.getContext("2d");
    context.clearRect(0, 0, canvas.width, canvas.height);
    points = [];
    if (!map) return;
    var many = map.notes.length > 2000, r = many ? 2.5 : 6, pad = 24;
    var w = canvas.width - 2 * pad, h = canvas.height - 2 * pad, scale = Math.min(w, h) / 2;
    for (var i = 0; i < map.notes.length; i++) {
      var px = canvas.width / 2 + map.x[i] * scale, py = canvas.height / 2 - map.y[i] * scale;
      points.push([px, py]);
      context.globalAlpha = lit < 0 || map.clusters[i] === lit ? 1 : 0.15;
      context.fillStyle = model.clusterColour(legend, map.clusters[i]);
      context.strokeStyle = "#222";
      context.lineWidth = many ? 0.5 : 1;
      mark(context, map.themes[i] < 0 ? 0 : map.themes[i], px, py, r);
      context.fill();
      if (!many) context.stroke();
    }
    context.globalAlpha = 1;
    if (focused >= 0 && points[focused]) {
      context.strokeStyle = "#000"; context.lineWidth = 3;
      context.beginPath(); context.arc(points[focused][0], points[focused][1], r + 6, 0, 2 * Math.PI); context.stroke();
    }
    document.getElementById("kaart-maat").textContent = "Rangorde van de afstanden bewaard: " + map.rankAgreement.toFixed(2).replace(".", ",") + " (Spearman; 1 is volledig)";
    drawLegend(map);
  }
  function drawLegend(map) {
    var box = document.getElementById("kaart-legenda");
    box.textContent = "";
    map.clusterLabels.forEach(function (label, index) {
      var item = el("span");
      var swatch = el("span", null, "swatch");
      swatch.style.background = model.clusterColour(legend, index);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode("cluster: " + label));
      box.appendChild(item);
    });
    map.themeLabels.forEach(function (label, index) {
      box.appendChild(el("span", shapes[index % shapes.length] + " = thema: " + label));
    });
  }
  function describe(index) {
    var map = data.maps[current], note = data.notes[map.notes[index]];
    tooltip.textContent = "";
    tooltip.appendChild(el("strong", note.text));
    tooltip.appendChild(el("div", model.noteSummary(data, map, index)));
    tooltip.appendChild(el("div", "Bron: " + model.sourceOf(note)));
    var x = points[index][0] * canvas.clientWidth / canvas.width, y = points[index][1] * canvas.clientHeight / canvas.height;
    tooltip.style.left = Math.min(x + 12, canvas.clientWidth - 200) + "px";
    tooltip.style.top = (y + 12) + "px";
    tooltip.className = "tooltip shown";
  }
  canvas.addEventListener("mousemove", function (event) {
    var box = canvas.getBoundingClientRect();
    var mx = (event.clientX - box.left) * canvas.width / box.width, my = (event.clientY - box.top) * canvas.height / box.height;
    var best = -1, bestDistance = 100;
    for (var i = 0; i < points.length; i++) {
      var dx = points[i][0] - mx, dy = points[i][1] - my, d = dx * dx + dy * dy;
      if (d < bestDistance) { bestDistance = d; best = i; }
    }
    if (best >= 0) describe(best); else tooltip.className = "tooltip";
  });
  canvas.addEventListener("mouseleave", function () { if (focused < 0) tooltip.className = "tooltip"; });
  canvas.addEventListener("keydown", function (event) {
    if (!points.length) return;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") focused = (focused + 1) % points.length;
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") focused = (focused - 1 + points.length) % points.length;
    else if (event.key === "Escape") { focused = -1; tooltip.className = "tooltip"; drawMap(); return; }
    else return;
    event.preventDefault();
    drawMap();
    describe(focused);
  });
  function fillMapList() {
    var map = data.maps[current], body = document.querySelector("#kaart-lijst tbody");
    body.textContent = "";
    if (!map) return;
    var fragment = document.createDocumentFragment();
    map.notes.forEach(function (noteIndex, i) {
      var note = data.notes[noteIndex], row = el("tr");
      row.appendChild(el("td", note.text));
      row.appendChild(el("td", note.group || ""));
      row.appendChild(el("td", note.theme || ""));
      row.appendChild(el("td", map.clusterLabels[map.clusters[i]]));
      var cell = el("td"); cell.appendChild(sourceButton(note.document, note.line)); row.appendChild(cell);
      fragment.appendChild(row);
    });
    body.appendChild(fragment);
  }

  // The groups: their themes beside the automatic clusters.
  var groups = document.getElementById("groepen-lijst");
  function renderGroups() {
    groups.textContent = "";
    if (!data.groups.length) groups.appendChild(el("p", "Geen groepen met eigen thema's in deze gegevens."));
    data.groups.forEach(function (group, groupIndex) {
      var box = el("article", null, "group");
      box.setAttribute("data-group", String(groupIndex));
      box.appendChild(el("h3", group.name));
      if (group.workshop) box.appendChild(el("p", "Werkatelier: " + group.workshop, "keywords"));
      box.appendChild(el("p", group.agreement, "agreement"));
      var columns = el("div", null, "columns");
      var themes = el("div"); themes.appendChild(el("h4", "Thema's van de groep"));
      group.themes.forEach(function (theme) {
        var card = el("div", null, "card");
        card.appendChild(el("h5", theme.label));
        var list = el("ul");
        theme.notes.forEach(function (index) { list.appendChild(el("li", data.notes[index].text)); });
        card.appendChild(list);
        themes.appendChild(card);
      });
      var clusters = el("div"); clusters.appendChild(el("h4", "Automatische indeling"));
      clusters.appendChild(el("p", "Zekerheid: hoeveel beter een geeltje bij zijn eigen cluster past dan bij het volgende, van 0 (past alleen bij het andere) via 0,5 (past bij beide even goed) tot 1 (past alleen hier). Vanaf 0,55 past goed, van 0,50 tot 0,55 twijfel, daaronder past slecht. Kenmerkend is het geeltje dat het meest lijkt op de andere geeltjes van zijn cluster.", "scale"));
      group.clusters.forEach(function (cluster, index) {
        var card = el("div", null, "card");
        card.setAttribute("data-cluster", cluster.label);
        card.style.borderLeftColor = model.clusterColour(legend, index);
        card.appendChild(el("h5", cluster.label));
        card.appendChild(el("p", "Kernwoorden: " + cluster.keywords.join(", "), "keywords"));
        card.appendChild(el("p", "Kenmerkend (lijkt het meest op de andere geeltjes): " + data.notes[cluster.representative].text, "representative"));
        if (cluster.uncertain.length) {
          var check = el("div", null, "uncertain");
          check.appendChild(el("p", "Eerst nakijken: deze geeltjes hebben de laagste zekerheid in dit cluster."));
          var doubts = el("ul");
          cluster.uncertain.forEach(function (index) {
            var fit = cluster.fits[cluster.notes.indexOf(index)];
            var item = el("li", data.notes[index].text);
            item.setAttribute("data-uncertain", data.notes[index].id);
            item.appendChild(el("span", " " + verdict(fit.confidence) + " (zekerheid " + decimal(fit.confidence) + ")" + (fit.next ? "; past ook bij ‘" + fit.next + "’" : ""), "fit"));
            doubts.appendChild(item);
          });
          check.appendChild(doubts);
          card.appendChild(check);
        }
        var list = el("ul");
        cluster.notes.forEach(function (index, position) {
          var item = el("li", data.notes[index].text);
          item.setAttribute("data-note", data.notes[index].id);
          var fit = cluster.fits[position];
          if (fit) {
            item.setAttribute("data-confidence", String(fit.confidence));
            item.appendChild(el("span", fit.placed ? " door u geplaatst" : " " + verdict(fit.confidence) + " (" + decimal(fit.confidence) + ")", "fit verdict"));
            if (fit.shared.length) item.appendChild(el("span", "; deelt: " + fit.shared.join(", "), "fit"));
          }
          list.appendChild(item);
        });
        card.appendChild(list);
        clusters.appendChild(card);
      });
      columns.appendChild(themes);
      columns.appendChild(clusters);
      box.appendChild(columns);
      if (group.differences.length) {
        box.appendChild(el("h4", "Waar de groep en de automatische indeling verschillen"));
        var wrap = el("div", null, "table"), table = el("table"), head = el("tr");
        ["Geeltje", "Thema van de groep", "Automatisch cluster", "Dat cluster is vooral"].forEach(function (title) { var th = el("th", title); th.scope = "col"; head.appendChild(th); });
        var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
        var body = el("tbody");
        group.differences.forEach(function (difference) {
          var row = el("tr");
          [data.notes[difference.note].text, difference.theme, difference.cluster, difference.clusterTheme].forEach(function (text) { row.appendChild(el("td", text)); });
          body.appendChild(row);
        });
        table.appendChild(body); wrap.appendChild(table); box.appendChild(wrap);
      }
      groups.appendChild(box);
    });
    document.dispatchEvent(new CustomEvent("agenda:rendered"));
  }
  renderGroups();

  // The network.
  var network = data.network, netCanvas = document.getElementById("netwerk-doek");
  var shownKinds = {}, matches = {}, selected = -1;
  var fieldset = document.getElementById("netwerk-soorten");
  model.kindsPresent(data).forEach(function (entry) {
    shownKinds[entry.kind] = true;
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { shownKinds[entry.kind] = box.checked; drawNetwork(); fillNodeList(); });
    var swatch = el("span", null, "swatch"); swatch.style.background = entry.colour;
    label.appendChild(box); label.appendChild(swatch); label.appendChild(document.createTextNode(entry.name));
    fieldset.appendChild(label);
  });
  function netPoint(node) {
    var pad = 20, scale = Math.min(netCanvas.width, netCanvas.height) / 2 - pad;
    return [netCanvas.width / 2 + node.x * scale, netCanvas.height / 2 - node.y * scale];
  }
  function drawNetwork() {
    var context = netCanvas.getContext("2d");
    context.clearRect(0, 0, netCanvas.width, netCanvas.height);
    context.strokeStyle = "#b0b0b0"; context.lineWidth = 1;
    network.edges.forEach(function (edge) {
      var a = network.nodes[edge.source], b = network.nodes[edge.target];
      if (!shownKinds[a.kind] || !shownKinds[b.kind]) return;
      var p = netPoint(a), q = netPoint(b);
      context.beginPath(); context.moveTo(p[0], p[1]); context.lineTo(q[0], q[1]); context.stroke();
    });
    network.nodes.forEach(function (node, index) {
      if (!shownKinds[node.kind]) return;
      var p = netPoint(node);
      context.fillStyle = model.kind(legend, node.kind).colour;
      context.beginPath(); context.arc(p[0], p[1], matches[index] || index === selected ? 8 : 5, 0, 2 * Math.PI); context.fill();
      if (matches[index] || index === selected) {
        context.strokeStyle = "#000"; context.lineWidth = 2; context.stroke(); context.strokeStyle = "#b0b0b0"; context.lineWidth = 1;
        context.fillStyle = "#1a1a1a"; context.font = "13px system-ui, sans-serif";
        context.fillText(node.label.length > 48 ? node.label.slice(0, 47) + "…" : node.label, p[0] + 10, p[1] + 4);
      }
    });
  }
  function showNode(index) {
    selected = index;
    var node = network.nodes[index], panel = document.getElementById("netwerk-paneel");
    panel.textContent = "";
    panel.appendChild(el("h3", node.label));
    panel.appendChild(el("p", model.kind(legend, node.kind).name, "keywords"));
    if (node.text && node.text !== node.label) panel.appendChild(el("p", node.text));
    var origin = el("p", "Bron: "); origin.appendChild(sourceButton(node.document, node.line)); panel.appendChild(origin);
    var list = el("ul");
    model.connections(data, index).forEach(function (line) { list.appendChild(el("li", line)); });
    panel.appendChild(el("h4", "Verbindingen"));
    panel.appendChild(list);
    drawNetwork();
  }
  netCanvas.addEventListener("click", function (event) {
    var box = netCanvas.getBoundingClientRect();
    var mx = (event.clientX - box.left) * netCanvas.width / box.width, my = (event.clientY - box.top) * netCanvas.height / box.height;
    var best = -1, bestDistance = 150;
    network.nodes.forEach(function (node, index) {
      if (!shownKinds[node.kind]) return;
      var p = netPoint(node), d = (p[0] - mx) * (p[0] - mx) + (p[1] - my) * (p[1] - my);
      if (d < bestDistance) { bestDistance = d; best = index; }
    });
    if (best >= 0) showNode(best);
  });
  var search = document.getElementById("netwerk-zoek");
  function fillNodeList() {
    var list = document.getElementById("netwerk-lijst");
    list.textContent = "";
    matches = {};
    model.search(network, search.value, shownKinds).forEach(function (found) {
      var index = found.index, node = network.nodes[index];
      if (found.match) matches[index] = true;
      var item = el("li", null, found.match ? "match" : ""), button = el("button", node.label + " (" + model.kind(legend, node.kind).name + ")");
      button.type = "button";
      button.addEventListener("click", function () { showNode(index); });
      item.appendChild(button);
      list.appendChild(item);
    });
    drawNetwork();
  }
  search.addEventListener("input", fillNodeList);

  // How it was made.
  var footer = document.getElementById("over");
  footer.appendChild(el("h2", "Hoe dit verslag is gemaakt"));
  footer.appendChild(el("p", "Gemaakt met agenda " + data.about.version + " uit " + data.about.documents.length + " documenten, zonder iets te versturen."));
  var documents = el("ul"); data.about.documents.forEach(function (line) { documents.appendChild(el("li", line)); }); footer.appendChild(documents);
  var parameters = el("ul"); data.about.parameters.forEach(function (line) { parameters.appendChild(el("li", line)); }); footer.appendChild(parameters);
  footer.appendChild(el("ul", null)).id = "script-errors";
  window.reportErrors.forEach(function (message) { document.getElementById("script-errors").appendChild(el("li", message)); });

  // A served page replaces its data when the clusters change (see the live script).
  window.agendaReport = {
    data: function () { return data; },
    setData: function (next) {
      data = next; legend = next.legend;
      var keep = lit, label = keep >= 0 && data.maps[current] ? highlight.options[keep + 1] && highlight.options[keep + 1].text : null;
      fillHighlight();
      // The cluster lit before stays lit when it is still there under its name.
      if (label) { var again = data.maps[current].clusterLabels.indexOf(label); if (again >= 0) { lit = again; highlight.value = String(again); } }
      renderGroups(); drawMap(); fillMapList();
    }
  };

  fillHighlight();
  fillMapList();
  fillNodeList();
  // A view named in the address (index.html#agenda) opens first.
  show(tabs.filter(function (tab) { return "#" + tab.getAttribute("data-view") === location.hash; })[0] || tabs[0]);
  window.scrollTo(0, 0);
  document.documentElement.setAttribute("data-report-ready", "true");
  document.documentElement.setAttribute("data-render-ms", String(Math.round(performance.now())));
})();
