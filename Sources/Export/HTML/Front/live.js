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
    body.reviewRevision = live.reviewRevision;
    return fetch(path, { method: "POST", headers: { "Content-Type": "application/json", "X-Agenda-Session": live.sessionToken }, body: JSON.stringify(body) })
      .then(function (response) { return response.json().then(function (answer) { if (!response.ok) throw new Error(answer.error || String(response.status)); return answer; }); });
  }
  function refresh() {
    return fetch("/api/report").then(function (response) { return response.json(); }).then(function (answer) {
      live.revision = answer.revision;
      live.reviewRevision = answer.reviewRevision;
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
