// The report's logic that needs no page: what the map chooser, the notes' fit, the network's
// legend, its search and a node's connections say, computed from the report's data alone. The
// page loads it before report.js; the tests load it in Node with a saved report's data.
var ReportModel = (function () {
  "use strict";

  // A number as Dutch writes it, two decimals: 0,57.
  function decimal(value) { return value.toFixed(2).replace(".", ","); }

  // The words for a note's confidence (0 … 1), as NoteFit.Verdict says them.
  function verdict(confidence) { return confidence >= 0.55 ? "past goed" : confidence >= 0.5 ? "twijfel" : "past slecht"; }

  function sourceOf(note) { return note.document + ", regel " + note.line; }

  // The map chooser's line for a map: its level's name (none for all notes), title and size.
  function mapOption(legend, map) {
    var level = legend.levels.filter(function (entry) { return entry.level === map.level; })[0];
    var name = level ? level.name : map.level;
    return (name ? name + ": " : "") + map.title + " (" + map.notes.length + ")";
  }

  // The colour of cluster number `index` on a map and on the group cards.
  function clusterColour(legend, index) { return legend.clusterColours[index % legend.clusterColours.length]; }

  // The legend's entry for a node kind; an unknown kind is named by itself, in grey.
  function kind(legend, id) {
    return legend.kinds.filter(function (entry) { return entry.kind === id; })[0] || { kind: id, name: id, colour: "#555555" };
  }

  // The legend's kinds that the network has nodes of, in the legend's order.
  function kindsPresent(data) {
    return data.legend.kinds.filter(function (entry) {
      return data.network.nodes.some(function (node) { return node.kind === entry.kind; });
    });
  }

  // The network's nodes a reader finds: those of a shown kind whose label or text holds the
  // search term (any case); without a term, all of a shown kind, none marked as a match.
  function search(network, term, shownKinds) {
    var wanted = term.trim().toLowerCase(), found = [];
    network.nodes.forEach(function (node, index) {
      if (!shownKinds[node.kind]) return;
      var hit = wanted !== "" && (node.label + " " + (node.text || "")).toLowerCase().indexOf(wanted) >= 0;
      if (wanted && !hit) return;
      found.push({ index: index, match: hit });
    });
    return found;
  }

  // A node's connections, one line each: the direction, the edge's kind, the other node and its kind.
  function connections(data, index) {
    var network = data.network, lines = [];
    network.edges.forEach(function (edge) {
      if (edge.source !== index && edge.target !== index) return;
      var other = network.nodes[edge.source === index ? edge.target : edge.source];
      lines.push((edge.source === index ? "→ " : "← ") + edge.kind + ": " + other.label + " (" + kind(data.legend, other.kind).name + ")");
    });
    return lines;
  }

  // What the map's tooltip says of note number `position` on `map`, after the note's own text.
  function noteSummary(data, map, position) {
    var note = data.notes[map.notes[position]];
    return (note.group ? "Groep: " + note.group + ". " : "") + (note.theme ? "Thema: " + note.theme + ". " : "Geen thema. ") + "Cluster: " + map.clusterLabels[map.clusters[position]] + ".";
  }

  return {
    decimal: decimal, verdict: verdict, sourceOf: sourceOf, mapOption: mapOption, clusterColour: clusterColour,
    kind: kind, kindsPresent: kindsPresent, search: search, connections: connections, noteSummary: noteSummary
  };
})();
if (typeof module !== "undefined") module.exports = ReportModel;
