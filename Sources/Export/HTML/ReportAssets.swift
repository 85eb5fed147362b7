/// The report's own stylesheet and script, inline in every page (no library, nothing fetched).
enum ReportAssets {
    /// Runs first: records every script error in the page itself, so that a person sees it and
    /// a test reads it from the DOM (`data-script-errors` on `<html>`, and `#script-errors`).
    static let errorCatcher = #"""
    window.reportErrors = [];
    window.addEventListener("error", function (event) {
      window.reportErrors.push(String(event.message) + " (" + event.lineno + ":" + event.colno + ")");
      document.documentElement.setAttribute("data-script-errors", String(window.reportErrors.length));
      var list = document.getElementById("script-errors");
      if (list) { var item = document.createElement("li"); item.textContent = window.reportErrors[window.reportErrors.length - 1]; list.appendChild(item); }
    });
    """#

    static let style = #"""
    :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --paper: #ffffff; --tint: #f3f4f6; --accent: #0b57d0; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
    header { padding: 1rem 1.5rem 0; border-bottom: 1px solid var(--line); }
    h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
    nav ul { list-style: none; display: flex; gap: .25rem; margin: 0; padding: 0; flex-wrap: wrap; }
    nav button { font: inherit; padding: .5rem 1rem; border: 1px solid var(--line); border-bottom: none; background: var(--tint); color: var(--ink); cursor: pointer; border-radius: 6px 6px 0 0; }
    nav button[aria-selected="true"] { background: var(--paper); font-weight: 600; border-color: var(--ink); }
    button:focus-visible, select:focus-visible, input:focus-visible, canvas:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    main { padding: 1rem 1.5rem; max-width: 80rem; }
    .hint { color: var(--muted); margin-top: 0; }
    .controls { display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; margin: .5rem 0; }
    select, input { font: inherit; padding: .25rem .5rem; border: 1px solid var(--muted); border-radius: 4px; }
    fieldset { border: 1px solid var(--line); border-radius: 4px; padding: .25rem .75rem; display: flex; gap: .75rem; flex-wrap: wrap; }
    .map-area, .network-area { position: relative; display: flex; gap: 1rem; flex-wrap: wrap; }
    canvas { border: 1px solid var(--line); max-width: 100%; height: auto; background: #fff; }
    .tooltip { position: absolute; pointer-events: none; max-width: 22rem; background: #fffef0; border: 1px solid var(--ink); padding: .5rem; font-size: .9rem; display: none; }
    .tooltip.shown { display: block; }
    .legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9rem; margin: .5rem 0; }
    .swatch { display: inline-block; width: .9rem; height: .9rem; border: 1px solid #333; vertical-align: -2px; margin-right: .3rem; }
    .table { overflow-x: auto; }
    table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .95rem; }
    blockquote { margin: .5rem 0 .5rem 1.5rem; padding-left: .75rem; border-left: 3px solid #c8c8c8; font-style: italic; }
    th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
    th { background: var(--tint); }
    .group { border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; margin: 0 0 1.25rem; break-inside: avoid; }
    .group h3 { margin: 0 0 .25rem; }
    .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
    .card { border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px; padding: .5rem .75rem; margin: 0 0 .5rem; break-inside: avoid; }
    .card h5 { margin: 0; font-size: 1rem; }
    .card ul { margin: .25rem 0 0; padding-left: 1.2rem; }
    .keywords, .agreement { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
    .representative { font-style: italic; margin: .2rem 0; }
    .uncertain { background: #fff4d6; border-radius: 4px; padding: .2rem .5rem; margin: .3rem 0; }
    .uncertain p { margin: .2rem 0; font-weight: 600; }
    .fit { color: #555; font-size: .85em; }
    .scale { color: #555; font-size: .85em; margin: .2rem 0 .5rem; }
    .card li select.move { font-size: .85rem; max-width: 12rem; margin: 0 .3rem; padding: 0 .2rem; }
    .card li input.apart { vertical-align: middle; }
    .card .controls select, .card .controls button, header .controls button { font-size: .9rem; }
    .agenda h2 { border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
    button.source { font: inherit; font-size: .9em; font-style: italic; border: none; background: none; color: var(--accent); text-decoration: underline; padding: 0; cursor: pointer; }
    #bron { position: fixed; right: 1rem; bottom: 1rem; max-width: 40rem; max-height: 60vh; overflow: auto; background: #fff; border: 2px solid var(--ink); padding: 1rem; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
    #bron ol { padding-left: 3.5rem; font-size: .9rem; }
    #bron li.cited { background: #fff3b0; font-weight: 600; }
    aside#netwerk-paneel { flex: 1 1 16rem; border: 1px solid var(--line); padding: .5rem .75rem; font-size: .95rem; max-height: 640px; overflow: auto; }
    .node-list { columns: 18rem; font-size: .9rem; padding-left: 0; list-style: none; }
    .node-list li { break-inside: avoid; margin: 0 0 .3rem; }
    .node-list button { font: inherit; background: none; border: none; padding: 0; text-align: left; color: var(--ink); cursor: pointer; }
    .node-list li.match button { font-weight: 700; color: var(--accent); }
    footer { border-top: 1px solid var(--line); padding: 1rem 1.5rem; color: var(--muted); font-size: .9rem; }
    #script-errors:empty { display: none; }
    #script-errors { color: #a00000; }
    @media print {
      nav, .controls, canvas, .tooltip, #view-kaart, #view-netwerk, #bron { display: none !important; }
      section[hidden] { display: block !important; }
      #view-kaart[hidden], #view-netwerk[hidden] { display: none !important; }
      body { font-size: 11pt; }
      main { max-width: none; padding: 0; }
      .group, .card { page-break-inside: avoid; }
      button.source { display: inline !important; color: inherit; text-decoration: none; }
    }
    """#

    /// The served page's corrections: controls on the cluster cards, changes sent with the
    /// session token and the revision the page shows, and the page redrawn when the server
    /// announces a change (server-sent events), without a reload.
    static let liveScript = #"""
    (function () {
      "use strict";
      var live = JSON.parse(document.getElementById("live").textContent);
      var header = document.querySelector("header");
      var bar = document.createElement("div"); bar.className = "controls";
      var undo = document.createElement("button"); undo.type = "button"; undo.id = "ongedaan"; undo.textContent = "Laatste correctie ongedaan maken";
      var reread = document.createElement("button"); reread.type = "button"; reread.id = "opnieuw-lezen"; reread.textContent = "Documenten opnieuw lezen";
      var status = document.createElement("span"); status.id = "live-status"; status.setAttribute("role", "status"); status.setAttribute("aria-live", "polite");
      bar.appendChild(undo); bar.appendChild(reread); bar.appendChild(status); header.appendChild(bar);
      function say(text) { status.textContent = text; }
      function send(path, body) {
        body.revision = live.revision;
        return fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-Agenda-Session": live.sessionToken }, body: JSON.stringify(body) })
          .then(function (response) { return response.json().then(function (answer) { if (!response.ok) throw new Error(answer.error || String(response.status)); return answer; }); });
      }
      function refresh() {
        return fetch("/api/report").then(function (response) { return response.json(); }).then(function (answer) {
          live.revision = answer.revision;
          window.agendaReport.setData(answer.report);
          document.documentElement.setAttribute("data-revision", answer.revision);
          say("Bijgewerkt.");
        });
      }
      function change(path, body, doing) {
        say(doing);
        send(path, body).then(function () { return refresh(); }).catch(function (error) { say("Niet gelukt: " + error.message); });
      }
      function correct(correction) { change("/api/corrections", { correction: correction }, "De indeling wordt bijgewerkt…"); }
      undo.addEventListener("click", function () { change("/api/undo", {}, "Wordt ongedaan gemaakt…"); });
      reread.addEventListener("click", function () { change("/api/reingest", {}, "De documenten worden opnieuw gelezen…"); });

      function decorate() {
        Array.prototype.forEach.call(document.querySelectorAll("article.group"), function (box) {
          var cards = Array.prototype.slice.call(box.querySelectorAll(".card[data-cluster]"));
          var labels = cards.map(function (card) { return card.getAttribute("data-cluster"); });
          cards.forEach(function (card) {
            var label = card.getAttribute("data-cluster"), tools = document.createElement("div"); tools.className = "controls";
            var rename = document.createElement("button"); rename.type = "button"; rename.textContent = "Hernoem"; rename.className = "rename";
            rename.addEventListener("click", function () { var name = window.prompt("Nieuwe naam voor ‘" + label + "’", label); if (name && name !== label) correct({ rename: { cluster: label, name: name } }); });
            tools.appendChild(rename);
            var merge = document.createElement("select"); merge.className = "merge"; merge.setAttribute("aria-label", "Voeg ‘" + label + "’ samen met");
            merge.appendChild(new Option("Samenvoegen met…", ""));
            labels.forEach(function (other) { if (other !== label) merge.appendChild(new Option(other, other)); });
            merge.addEventListener("change", function () { if (merge.value) correct({ merge: { clusters: [label, merge.value] } }); });
            tools.appendChild(merge);
            card.insertBefore(tools, card.querySelector(":scope > ul"));
            Array.prototype.forEach.call(card.querySelectorAll("li[data-note]"), function (item) {
              var note = item.getAttribute("data-note");
              var move = document.createElement("select"); move.className = "move"; move.setAttribute("aria-label", "Verplaats naar cluster");
              move.appendChild(new Option("Verplaats naar…", ""));
              labels.forEach(function (other) { if (other !== label) move.appendChild(new Option(other, other)); });
              move.appendChild(new Option("een nieuw cluster…", "*"));
              move.addEventListener("change", function () {
                var target = move.value === "*" ? window.prompt("Naam van het nieuwe cluster") : move.value;
                if (target) correct({ pin: { note: note, cluster: target } });
              });
              var apart = document.createElement("input"); apart.type = "checkbox"; apart.className = "apart"; apart.value = note; apart.setAttribute("aria-label", "Kies om apart te houden");
              item.appendChild(document.createTextNode(" ")); item.appendChild(move); item.appendChild(apart);
            });
          });
          var keep = document.createElement("button"); keep.type = "button"; keep.className = "keep-apart"; keep.textContent = "Houd de aangevinkte geeltjes apart";
          keep.addEventListener("click", function () {
            var notes = Array.prototype.map.call(box.querySelectorAll("input.apart:checked"), function (box) { return box.value; });
            if (notes.length >= 2) correct({ apart: { notes: notes } }); else say("Kies eerst twee geeltjes of meer.");
          });
          box.appendChild(keep);
        });
      }
      document.addEventListener("agenda:rendered", decorate);
      decorate();
      document.documentElement.setAttribute("data-revision", live.revision);
      if (window.EventSource) {
        var events = new EventSource("/api/events");
        // The first message is the server's count of changes when the page connected; any other
        // is a change made here or in another tab.
        var seen = null;
        events.addEventListener("message", function (event) { if (seen !== null && event.data !== seen) refresh(); seen = event.data; });
      }
    })();
    """#

    static let script = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("report-data").textContent);
      var palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#ad494a"];
      var shapes = ["cirkel", "vierkant", "driehoek", "ruit", "ster", "kruis"];
      function el(tag, text, className) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) node.textContent = text;
        if (className) node.className = className;
        return node;
      }
      function sourceOf(note) { return note.document + ", regel " + note.line; }
      function decimal(value) { return value.toFixed(2).replace(".", ","); }
      // The words for a note's confidence (0 … 1), as NoteFit.Verdict says them.
      function verdict(confidence) { return confidence >= 0.55 ? "past goed" : confidence >= 0.5 ? "twijfel" : "past slecht"; }

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
        var option = el("option", (map.level === "alles" ? "" : map.level + ": ") + map.title + " (" + map.notes.length + ")");
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
          context.fillStyle = palette[map.clusters[i] % palette.length];
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
        legend(map);
      }
      function legend(map) {
        var box = document.getElementById("kaart-legenda");
        box.textContent = "";
        map.clusterLabels.forEach(function (label, index) {
          var item = el("span");
          var swatch = el("span", null, "swatch");
          swatch.style.background = palette[index % palette.length];
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
        tooltip.appendChild(el("div", (note.group ? "Groep: " + note.group + ". " : "") + (note.theme ? "Thema: " + note.theme + ". " : "Geen thema. ") + "Cluster: " + map.clusterLabels[map.clusters[index]] + "."));
        tooltip.appendChild(el("div", "Bron: " + sourceOf(note)));
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
            card.style.borderLeftColor = palette[index % palette.length];
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
      var kindNames = { "theme": "thema", "question": "onderzoeksvraag", "systemic-question": "systeemvraag", "initiative": "initiatief", "stakeholder-group": "betrokkenen" };
      var kindColours = { "theme": "#1f77b4", "question": "#d62728", "systemic-question": "#2ca02c", "initiative": "#ff7f0e", "stakeholder-group": "#9467bd" };
      var shownKinds = {}, matches = {}, selected = -1;
      var kinds = Object.keys(kindNames).filter(function (kind) { return network.nodes.some(function (node) { return node.kind === kind; }); });
      var fieldset = document.getElementById("netwerk-soorten");
      kinds.forEach(function (kind) {
        shownKinds[kind] = true;
        var label = el("label"), box = el("input");
        box.type = "checkbox"; box.checked = true;
        box.addEventListener("change", function () { shownKinds[kind] = box.checked; drawNetwork(); fillNodeList(); });
        var swatch = el("span", null, "swatch"); swatch.style.background = kindColours[kind];
        label.appendChild(box); label.appendChild(swatch); label.appendChild(document.createTextNode(kindNames[kind]));
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
          context.fillStyle = kindColours[node.kind] || "#555";
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
        panel.appendChild(el("p", kindNames[node.kind] || node.kind, "keywords"));
        if (node.text && node.text !== node.label) panel.appendChild(el("p", node.text));
        var origin = el("p", "Bron: "); origin.appendChild(sourceButton(node.document, node.line)); panel.appendChild(origin);
        var list = el("ul");
        network.edges.forEach(function (edge) {
          if (edge.source !== index && edge.target !== index) return;
          var other = network.nodes[edge.source === index ? edge.target : edge.source];
          list.appendChild(el("li", (edge.source === index ? "→ " : "← ") + edge.kind + ": " + other.label + " (" + (kindNames[other.kind] || other.kind) + ")"));
        });
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
        var term = search.value.trim().toLowerCase(), list = document.getElementById("netwerk-lijst");
        list.textContent = "";
        matches = {};
        network.nodes.forEach(function (node, index) {
          if (!shownKinds[node.kind]) return;
          var hit = term && (node.label + " " + (node.text || "")).toLowerCase().indexOf(term) >= 0;
          if (term && !hit) return;
          if (hit) matches[index] = true;
          var item = el("li", null, hit ? "match" : ""), button = el("button", node.label + " (" + (kindNames[node.kind] || node.kind) + ")");
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
          data = next;
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
    """#
}
