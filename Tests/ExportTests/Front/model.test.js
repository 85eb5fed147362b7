// The report's model (Sources/Export/HTML/Front/model.js) against a saved report's data: what the
// map chooser, the fit words, the network's legend, its search and a node's connections say.
// Run by ReportFrontEndTests with `node --test`; also by hand: node --test Tests/ExportTests/Front
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const fs = require("node:fs");

const model = require(path.join(__dirname, "../../../Sources/Export/HTML/Front/model.js"));
const data = JSON.parse(fs.readFileSync(path.join(__dirname, "../Fixtures/report-data.json"), "utf8"));

test("the map chooser names a map's level, except for all notes", () => {
  const lines = data.maps.map((map) => model.mapOption(data.legend, map));
  assert.deepEqual(lines, [
    "alle geeltjes (224)",
    "werkatelier: inclusieve organisatie (52)",
    "groep: Groep blauw (inclusieve organisatie) (4)",
  ]);
});

test("a note's confidence is said in words at the thresholds NoteFit uses", () => {
  assert.equal(model.verdict(0.55), "past goed");
  assert.equal(model.verdict(0.549), "twijfel");
  assert.equal(model.verdict(0.5), "twijfel");
  assert.equal(model.verdict(0.499), "past slecht");
  assert.equal(model.decimal(0.5), "0,50");
});

test("the network's legend lists the kinds it has, in the legend's order, with their colours", () => {
  const present = model.kindsPresent(data);
  assert.deepEqual(present.map((entry) => entry.name), ["thema", "onderzoeksvraag", "systeemvraag", "initiatief", "betrokkenen"]);
  assert.equal(model.kind(data.legend, "theme").colour, "#F28E2B");
  const onlyThemes = { legend: data.legend, network: { nodes: data.network.nodes.filter((node) => node.kind === "theme"), edges: [] } };
  assert.deepEqual(model.kindsPresent(onlyThemes).map((entry) => entry.kind), ["theme"]);
  assert.deepEqual(model.kind(data.legend, "nieuw"), { kind: "nieuw", name: "nieuw", colour: "#555555" });
});

test("cluster colours come from the legend and repeat past its end", () => {
  const colours = data.legend.clusterColours;
  assert.equal(model.clusterColour(data.legend, 0), colours[0]);
  assert.equal(model.clusterColour(data.legend, colours.length + 1), colours[1]);
});

test("search finds a node by any case of its label, among the kinds shown", () => {
  const shown = {};
  data.legend.kinds.forEach((entry) => { shown[entry.kind] = true; });
  const all = model.search(data.network, "  ", shown);
  assert.equal(all.length, data.network.nodes.length);
  assert.ok(all.every((found) => !found.match));

  const target = data.network.nodes.findIndex((node) => node.kind === "theme");
  const word = data.network.nodes[target].label.split(" ").filter((part) => part.length > 4)[0];
  const hits = model.search(data.network, word.toUpperCase(), shown);
  assert.ok(hits.some((found) => found.index === target && found.match));
  assert.ok(hits.every((found) => found.match));

  shown.theme = false;
  assert.ok(model.search(data.network, word, shown).every((found) => data.network.nodes[found.index].kind !== "theme"));
});

test("a node's connections name the edge, the other node and its kind, both ways", () => {
  const edge = data.network.edges[0];
  const from = model.connections(data, edge.source);
  const to = model.connections(data, edge.target);
  const source = data.network.nodes[edge.source], target = data.network.nodes[edge.target];
  assert.ok(from.includes("→ " + edge.kind + ": " + target.label + " (" + model.kind(data.legend, target.kind).name + ")"));
  assert.ok(to.includes("← " + edge.kind + ": " + source.label + " (" + model.kind(data.legend, source.kind).name + ")"));
  const touching = data.network.edges.filter((other) => other.source === edge.source || other.target === edge.source);
  assert.equal(from.length, touching.length);
});

test("a note on a map is described by its group, theme and cluster", () => {
  const map = data.maps[2];
  const note = data.notes[map.notes[0]];
  const summary = model.noteSummary(data, map, 0);
  assert.ok(summary.startsWith("Groep: " + note.group + ". "));
  assert.ok(summary.endsWith("Cluster: " + map.clusterLabels[map.clusters[0]] + "."));
  assert.ok(note.theme ? summary.includes("Thema: " + note.theme + ". ") : summary.includes("Geen thema. "));
});
