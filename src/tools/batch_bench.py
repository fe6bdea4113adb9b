#!/usr/bin/env python3
"""Benchmark of `parallax batch` (Spark, local[2]) against a loop of `compare` processes.

Both run over the same 100 stories, made from the ECB+ development set
(../shared/eval-dev/ecbplus/stories/, 86 topic folders of one event each): story k < 86 is the
first three articles (in the folder's story.json order) of the k-th folder in name order; stories
86..99 are the next three articles of the first 14 folders that have at least six. Every story is
a folder with its own story.json, as the reader opens it.

Cold means an empty sentence-vector cache (every passage is embedded), warm the cache the cold run
filled. The model's files and native libraries are unpacked once beforehand by an untimed run, as
after the first run on a machine. Every run gets its own -Duser.home and cache folder under WORK,
so nothing of the user's own cache is read or written.

It measures wall time and CPU time (user + sys of the process and its children, from
getrusage), and runs a batch of one story (warm) to separate the batch's fixed cost (Spark start,
table writing) from the cost per story. Prints a Markdown table, the costs per story and per
passage and an extrapolation to 100,000 stories; the load average is sampled at every step,
because on a shared machine wall times mean little without it.

Usage (after ./mvnw -B -Pbatch package -DskipTests):
    python3 src/tools/batch_bench.py [--app target] [--work /tmp/parallax-batch-bench] [--fast]
Takes 10 to 20 minutes on 2 idle cores. Python 3.8+, standard library only.
"""
import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

STORIES = 100
PER_STORY = 3


def article_order(folder: Path):
    """The folder's articles in its story.json order, then the others by name (as the reader does)."""
    names = sorted(p.name for p in folder.iterdir() if p.suffix == ".txt")
    sidecar = folder / "story.json"
    if sidecar.is_file():
        listed = [n for n in json.loads(sidecar.read_text(encoding="utf-8")).get("articles", {}) if n in names]
        return listed + [n for n in names if n not in listed]
    return names


def make_stories(source: Path, target: Path):
    """Writes the 100 triplet stories into target; returns their folders in order."""
    folders = sorted(p for p in source.iterdir() if p.is_dir())
    picks = [(f, 0) for f in folders if len(article_order(f)) >= PER_STORY]
    picks += [(f, 1) for f in folders if len(article_order(f)) >= 2 * PER_STORY][: STORIES - len(picks)]
    if len(picks) < STORIES:
        sys.exit(f"only {len(picks)} stories can be made from {source}")
    made = []
    for k, (folder, part) in enumerate(picks[:STORIES]):
        names = article_order(folder)[part * PER_STORY:(part + 1) * PER_STORY]
        story = target / f"{k:03d}-{folder.name}-{part + 1}"
        story.mkdir(parents=True)
        for n in names:
            shutil.copyfile(folder / n, story / n)
        sidecar = {"title": f"ECB+ {folder.name}, articles {part * PER_STORY + 1}-{(part + 1) * PER_STORY}",
                   "articles": {n: {} for n in names}}
        (story / "story.json").write_text(json.dumps(sidecar, indent=1), encoding="utf-8")
        made.append(story)
    return made


def load():
    return os.getloadavg()[0]


class Run:
    """Wall and CPU seconds of everything run inside it (children waited for)."""

    def __enter__(self):
        self.cpu0 = self._cpu()
        self.t0 = time.monotonic()
        self.load0 = load()
        return self

    def __exit__(self, *exc):
        self.wall = time.monotonic() - self.t0
        self.cpu = self._cpu() - self.cpu0
        self.load1 = load()

    @staticmethod
    def _cpu():
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime


def run(cmd, env=None):
    p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.exit(f"failed ({p.returncode}): {' '.join(map(str, cmd))}\n{p.stderr[-3000:]}")


def jvm_props(home: Path, cache: Path, natives: Path):
    return [f"-Duser.home={home}", f"-Dparallax.cacheDir={cache}", f"-Dparallax.modelDir={natives}",
            f"-DDJL_CACHE_DIR={natives}"]


def fresh(path: Path):
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def batch(app: Path, stories: Path, out: Path, home: Path, cache: Path, natives: Path, fast: bool):
    env = dict(os.environ, JAVA_OPTS=" ".join(jvm_props(home, cache, natives)))
    cmd = [str(app / "parallax-batch"), "batch", str(stories), str(out), "--master", "local[2]", "--cache-dir", str(cache)]
    if fast:
        cmd.append("--fast")
    with Run() as r:
        run(cmd, env)
    marker = json.loads((out / "_parallax-batch.json").read_text(encoding="utf-8"))
    r.stories, r.failed = marker["stories"], marker["storiesFailed"]
    return r


def compare_loop(app: Path, stories, home: Path, cache: Path, natives: Path, json_dir: Path, fast: bool):
    java = shutil.which("java") or "java"
    with Run() as r:
        for s in stories:
            cmd = [java, *jvm_props(home, cache, natives), "-jar", str(app / "parallax.jar"), "compare", str(s),
                   "--json", str(json_dir / f"{s.name}.json")]
            if fast:
                cmd.append("--fast")
            run(cmd)
    r.stories, r.failed = len(stories), 0
    return r


def count(json_dir: Path):
    passages = links = words = 0
    for f in json_dir.glob("*.json"):
        doc = json.loads(f.read_text(encoding="utf-8"))
        passages += len(doc["passages"])
        links += len(doc["links"])
        words += sum(a["words"] for a in doc["articles"])
    return passages, links, words


def main():
    here = Path(__file__).resolve().parents[2]
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--app", type=Path, default=here / "target", help="folder with parallax.jar and parallax-batch")
    ap.add_argument("--stories", type=Path, default=here.parent / "shared/eval-dev/ecbplus/stories")
    ap.add_argument("--work", type=Path, default=Path("/tmp/parallax-batch-bench"))
    ap.add_argument("--fast", action="store_true", help="also time --fast (words only) both ways")
    a = ap.parse_args()
    app, work = a.app.resolve(), fresh(a.work.resolve())
    for needed in ("parallax.jar", "parallax-batch", "batch-lib"):
        if not (app / needed).exists():
            sys.exit(f"{app / needed} missing: run ./mvnw -B -Pbatch package -DskipTests first")
    stories = make_stories(a.stories.resolve(), work / "stories")
    one = work / "one-story"
    shutil.copytree(stories[0], one / stories[0].name)
    natives = work / "natives"
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, load {load():.1f}; "
          f"{len(stories)} stories in {work / 'stories'}", flush=True)
    run([shutil.which("java") or "java", *jvm_props(fresh(work / "h0"), fresh(work / "c0"), natives), "-jar",
         str(app / "parallax.jar"), "compare", str(stories[0])])  # untimed: unpacks the model once

    results = {}

    def step(name, fn):
        r = fn()
        results[name] = r
        print(f"  {name:<34} wall {r.wall:7.1f} s  cpu {r.cpu:7.1f} s  stories {r.stories} (failed {r.failed})"
              f"  load {r.load0:.1f} -> {r.load1:.1f}", flush=True)

    bh, bc = fresh(work / "batch-home"), fresh(work / "batch-cache")
    step("batch local[2], cold cache", lambda: batch(app, work / "stories", work / "out-cold", bh, bc, natives, False))
    step("batch local[2], warm cache", lambda: batch(app, work / "stories", work / "out-warm", bh, bc, natives, False))
    step("batch local[2], warm, 1 story", lambda: batch(app, one, work / "out-one", bh, bc, natives, False))
    lh, lc, jd = fresh(work / "loop-home"), fresh(work / "loop-cache"), fresh(work / "json")
    step("loop of compare, cold cache", lambda: compare_loop(app, stories, lh, lc, natives, jd, False))
    step("loop of compare, warm cache", lambda: compare_loop(app, stories, lh, lc, natives, jd, False))
    if a.fast:
        step("batch local[2], --fast", lambda: batch(app, work / "stories", work / "out-fast", bh, bc, natives, True))
        step("loop of compare, --fast", lambda: compare_loop(app, stories, lh, lc, natives, fresh(work / "json-fast"), True))
    report(results, count(jd), len(stories))


def report(results, counts, n):
    passages, links, words = counts
    print(f"\n{n} stories, {3 * n} articles, {words:,} words, {passages:,} passages, {links:,} links\n")
    print("| | stories/s (wall) | wall per story | CPU per story | CPU per passage | load average |")
    print("|---|---|---|---|---|---|")
    for name, r in results.items():
        if r.stories == 1:
            continue
        print(f"| {name} ({r.stories} stories, {r.wall:.0f} s) | {r.stories / r.wall:.2f} | {r.wall / r.stories:.2f} s"
              f" | {r.cpu / r.stories:.2f} s | {1000 * r.cpu / passages:.1f} ms | {r.load0:.1f}–{r.load1:.1f} |")
    fixed = results["batch local[2], warm, 1 story"].cpu
    print(f"\nbatch fixed cost (a batch of one story, warm): {fixed:.1f} s CPU")
    per = {}
    for name in ("batch local[2], cold cache", "batch local[2], warm cache"):
        r = results[name]
        per[name] = (r.cpu - fixed) / (r.stories - 1)
        print(f"{name}: {per[name]:.3f} s CPU per story above it, {1000 * per[name] * n / passages:.1f} ms per passage")
    print("\n100,000 stories like these, CPU only (no start-up, perfect spread over the cores):")
    for name, cost in [("batch, cold", per["batch local[2], cold cache"]), ("batch, warm", per["batch local[2], warm cache"]),
                       ("loop, cold", results["loop of compare, cold cache"].cpu / n),
                       ("loop, warm", results["loop of compare, warm cache"].cpu / n)]:
        total = cost * 100_000
        print(f"  {name:<12} {total / 3600:7.1f} core-hours; " + ", ".join(
            f"{cores} cores {total / cores / 3600:.2f} h" for cores in (2, 16, 64, 256)))


if __name__ == "__main__":
    main()
