(function () {
  "use strict";
  var live = JSON.parse(document.getElementById("live").textContent);
  var header = document.querySelector("header");
  var bar = document.createElement("div"); bar.className = "controls";
  var undo = document.createElement("button"); undo.type = "button"; undo.id = "ongedaan"; undo.textContent = "Laatste wijziging ongedaan maken";
  var reread = document.createElement("button"); reread.type = "button"; reread.id = "opnieuw-lezen"; reread.textContent = "Documenten opnieuw lezen";
  var status = document.createElement("span"); status.id = "live-status"; status.setAttribute("role", "status"); status.setAttribute("aria-live", "polite");
  bar.appendChild(undo); bar.appendChild(reread); bar.appendChild(status); header.appendChild(bar);
  function say(text) { status.textContent = text; }
  function send(path, body) {
    body.revision = live.revision;
    body.reviewRevision = live.reviewRevision;
    return fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-Agenda-Session": live.sessionToken }, body: JSON.stringify(body) })
      .then(function (response) { return response.json().then(function (answer) { if (!response.ok) throw new Error(answer.error || String(response.status)); return answer; }); });
  }
  var agendaBox = document.querySelector("#view-agenda .agenda");
  function refresh() {
    return fetch("/api/report").then(function (response) { return response.json(); }).then(function (answer) {
      live.revision = answer.revision;
      live.reviewRevision = answer.reviewRevision;
      window.agendaReport.setData(answer.report);
      // The agenda tab as the server drafted it again: its own escaped HTML, as on loading.
      agendaBox.innerHTML = answer.agenda;
      decorateAgenda();
      showAuthors();
      document.documentElement.setAttribute("data-revision", answer.revision);
      document.documentElement.setAttribute("data-review-revision", answer.reviewRevision);
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
  // The agenda's review: each control sends one decision for agenda-review.yaml, named as
  // the file names it (by the sources' text, a systemic question's or case's id).
  function review(decisions, doing) {
    say(doing);
    var chain = Promise.resolve();
    // A link that comes from two formulations is rejected from both, one decision after another.
    decisions.forEach(function (decision) {
      chain = chain.then(function () { return send("/api/review", { decision: decision }).then(function (answer) { live.reviewRevision = answer.revision; }); });
    });
    chain.then(refresh).catch(function (error) { say("Niet gelukt: " + error.message); });
  }
  function button(text, className, action) {
    var made = document.createElement("button"); made.type = "button"; made.className = className; made.textContent = text;
    made.addEventListener("click", action);
    return made;
  }
  function chooser(className, label, first, options, action) {
    var select = document.createElement("select"); select.className = className; select.setAttribute("aria-label", label);
    select.appendChild(new Option(first, ""));
    options.forEach(function (option) { select.appendChild(new Option(option.text, option.value)); });
    select.addEventListener("change", function () { if (select.value) action(select.value); });
    return select;
  }
  // The controls stand on the item's own line, before its sub-items.
  function attach(item, controls) {
    var box = document.createElement("span"); box.className = "review";
    controls.forEach(function (control) { box.appendChild(control); });
    var sub = item.querySelector(":scope > ul");
    if (sub) item.insertBefore(box, sub); else item.appendChild(box);
  }
  function nodesOf(kind) {
    return window.agendaReport.data().network.nodes.filter(function (node) { return node.kind === kind; })
      .map(function (node) { return { value: node.id, text: node.label }; });
  }
  function decorateAgenda() {
    var all = function (selector) { return Array.prototype.slice.call(agendaBox.querySelectorAll(selector)); };
    var ranked = all("li[data-subject='question']");
    var texts = [];
    ranked.forEach(function (item) { var text = item.getAttribute("data-text"); if (texts.indexOf(text) < 0) texts.push(text); });
    var systemic = nodesOf("systemic-question"), cases = nodesOf("initiative");
    ranked.forEach(function (item) {
      var text = item.getAttribute("data-text");
      var others = texts.filter(function (other) { return other !== text; }).map(function (other) { return { value: other, text: "samenvoegen met: " + other }; });
      attach(item, [
        chooser("question-review", "Beoordeel deze vraag", "Beoordeel…", [{ value: "*", text: "geen onderzoeksvraag" }].concat(others), function (value) {
          review([value === "*" ? { question: { question: text, decision: "geen-onderzoeksvraag" } } : { question: { question: text, decision: "samenvoegen", "with": value } }], "De vraag wordt beoordeeld…");
        }),
        chooser("add-link", "Koppel een systeemvraag", "Systeemvraag koppelen…", systemic, function (value) {
          var note = window.prompt("Waarom hoort deze vraag bij deze systeemvraag? (mag leeg blijven)", "");
          if (note === null) return;
          var link = { question: text, systemic: value, decision: "accept" };
          if (note) link.note = note;
          review([{ link: link }], "De koppeling wordt toegevoegd…");
        }),
      ]);
    });
    all("li[data-subject='formulation']").forEach(function (item) {
      var text = item.getAttribute("data-text");
      attach(item, [
        button("Voorop", "lead", function () { review([{ question: { question: text, decision: "voorop" } }], "De formulering gaat voorop…"); }),
        button("Apart", "split", function () { review([{ question: { question: text, decision: "apart" } }], "De formulering wordt een eigen vraag…"); }),
      ]);
    });
    all("li[data-subject='link']").forEach(function (item) {
      var systemicID = item.getAttribute("data-systemic"), from = item.getAttribute("data-from").split("\n");
      attach(item, [
        button("Bevestig", "accept", function () { review([{ link: { question: from[0], systemic: systemicID, decision: "accept" } }], "De koppeling wordt bevestigd…"); }),
        button("Verwerp", "reject", function () {
          review(from.map(function (text) { return { link: { question: text, systemic: systemicID, decision: "reject" } }; }), "De koppeling wordt verworpen…");
        }),
      ]);
    });
    all("li[data-subject='case']").forEach(function (item) {
      var id = item.getAttribute("data-case"), theme = item.getAttribute("data-theme");
      attach(item, [
        button("Loskoppelen", "detach", function () { review([{ "case": { "case": id, decision: "loskoppelen", to: theme } }], "Het praktijkvoorbeeld wordt losgekoppeld…"); }),
        button("Samenvatting", "summary", function () {
          var summary = window.prompt("Samenvatting van dit praktijkvoorbeeld", "");
          if (summary) review([{ "case": { "case": id, decision: "samenvatting", summary: summary } }], "De samenvatting wordt opgeslagen…");
        }),
      ]);
    });
    // The toolkit's suggestions beyond the draft's links, under the question or theme they
    // start from, each with what it rests on and a button that confirms it.
    window.agendaReport.data().suggestions.forEach(function (suggestion) {
      var holder = all("li[data-subject='question'], li[data-subject='formulation']").filter(function (item) { return item.getAttribute("data-node") === suggestion.source; })
        .map(function (item) { return item.getAttribute("data-subject") === "question" ? item : item.closest("li[data-subject='question']"); })[0];
      var list;
      if (holder) {
        list = holder.querySelector(":scope > ul") || holder.appendChild(document.createElement("ul"));
      } else {
        var heading = all("[data-subject='theme']").filter(function (heading) { return heading.getAttribute("data-text") === suggestion.text; })[0];
        if (!heading) return;
        list = document.createElement("ul"); list.className = "suggestions";
        heading.parentNode.insertBefore(list, heading.nextSibling);
      }
      var item = document.createElement("li"); item.className = "suggestion";
      item.setAttribute("data-systemic", suggestion.systemic); item.setAttribute("data-source", suggestion.source);
      item.textContent = "Suggestie: " + suggestion.label + " (overeenkomst " + suggestion.score.toFixed(2).replace(".", ",") + (suggestion.sharedTerms.length ? "; rust op: " + suggestion.sharedTerms.join(", ") : "") + ")";
      list.appendChild(item);
      attach(item, [button("Bevestig", "accept", function () { review([{ link: { question: suggestion.text, systemic: suggestion.systemic, decision: "accept" } }], "De koppeling wordt bevestigd…"); })]);
    });
    all("[data-subject='theme']").forEach(function (heading) {
      var text = heading.getAttribute("data-text"), box = document.createElement("div"); box.className = "review";
      box.appendChild(chooser("attach-case", "Koppel een praktijkvoorbeeld aan dit thema", "Praktijkvoorbeeld koppelen…", cases, function (value) {
        review([{ "case": { "case": value, decision: "koppelen", to: text } }], "Het praktijkvoorbeeld wordt gekoppeld…");
      }));
      heading.parentNode.insertBefore(box, heading.nextSibling);
    });
  }

  // On a team server: beside each item a person decided on, who decided and when.
  function showAuthors() {
    return fetch("/api/decisions").then(function (response) { return response.ok ? response.json() : []; }).then(function (made) {
      var all = function (selector) { return Array.prototype.slice.call(agendaBox.querySelectorAll(selector)); };
      all(".decided-by").forEach(function (mark) { mark.remove(); });
      made.forEach(function (entry) {
        var items = [], decision = entry.decision;
        if (decision.question) {
          items = all("li[data-subject='question'], li[data-subject='formulation']").filter(function (item) { return item.getAttribute("data-text") === decision.question.question; });
        } else if (decision.link) {
          items = all("li[data-subject='link']").filter(function (item) {
            return item.getAttribute("data-systemic") === decision.link.systemic && item.getAttribute("data-from").split("\n").indexOf(decision.link.question) >= 0;
          });
        } else if (decision["case"]) {
          items = all("li[data-subject='case']").filter(function (item) { return item.getAttribute("data-case") === decision["case"]["case"]; });
        }
        items.forEach(function (item) {
          var mark = document.createElement("span"); mark.className = "decided-by";
          mark.textContent = "besloten door " + entry.author + ", " + entry.time.replace("T", " ").replace(/:\d\dZ$/, "") + " UTC";
          item.insertBefore(mark, item.querySelector(":scope > .review"));
        });
      });
    }).catch(function () {});
  }

  document.addEventListener("agenda:rendered", decorate);
  decorate();
  decorateAgenda();
  showAuthors();
  document.documentElement.setAttribute("data-revision", live.revision);
  document.documentElement.setAttribute("data-review-revision", live.reviewRevision);
  if (window.EventSource) {
    var events = new EventSource("/api/events");
    // The first message is the server's count of changes when the page connected; any other
    // is a change made here or in another tab.
    var seen = null;
    events.addEventListener("message", function (event) { if (seen !== null && event.data !== seen) refresh(); seen = event.data; });
  }
})();
