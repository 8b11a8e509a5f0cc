#!/usr/bin/env bash
# Held-out figures for the typo model (docs/BENCHMARKS.md): splits odw-train.tsv into two halves that keep the
# versions of one sentence together (sentences sharing any run of eight characters stay in one half), learns
# learned-confusions.tsv and learned-trigrams.txt from each half into a copy of the CLI jar, and benchmarks that
# copy on the other half and on rmrb-clean-dev.tsv.
#
#   proofread/bench/held-out.sh ../shared/proofread-bench
#
# Needs the CLI jar (./mvnw -q -pl proofread -am package -DskipTests) and python3 for the split.
set -euo pipefail
bench=$(cd "${1:?usage: held-out.sh BENCH_DIRECTORY}" && pwd)
jar=$(cd "$(dirname "$0")/../target" && pwd)/zhongshu-proofread.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$bench/odw-train.tsv" "$work" <<'PY'
import sys
lines = [line.rstrip('\n') for line in open(sys.argv[1], encoding='utf-8')]
parent = list(range(len(lines)))
def find(i):
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
first = {}
for i, line in enumerate(lines):
    right = line.split('\t')[-1]
    for j in range(max(1, len(right) - 7)):
        run = right[j:j + 8]
        if run in first:
            parent[find(i)] = find(first[run])
        else:
            first[run] = i
groups = {}
for i in range(len(lines)):
    groups.setdefault(find(i), []).append(i)
halves = [[], []]
for group in sorted(groups.values(), key=len, reverse=True):
    halves[0 if len(halves[0]) <= len(halves[1]) else 1] += group
for k, half in enumerate(halves):
    with open(f'{sys.argv[2]}/half{k + 1}.tsv', 'w', encoding='utf-8') as out:
        out.writelines(lines[i] + '\n' for i in sorted(half))
PY

for learn in 1 2; do
  score=$((3 - learn))
  mkdir -p "$work/$learn/org/zhongshu/proofread" "$work/set$score"
  java -jar "$jar" learn "$work/half$learn.tsv" > "$work/$learn/org/zhongshu/proofread/learned-confusions.tsv"
  java -jar "$jar" learn --trigrams "$work/half$learn.tsv" > "$work/$learn/org/zhongshu/proofread/learned-trigrams.txt"
  cp "$jar" "$work/$learn.jar"
  jar uf "$work/$learn.jar" -C "$work/$learn" org/zhongshu/proofread/learned-confusions.tsv \
    -C "$work/$learn" org/zhongshu/proofread/learned-trigrams.txt
  cp "$work/half$score.tsv" "$work/set$score/odw-train.tsv"
  cp "$bench/rmrb-clean-dev.tsv" "$work/set$score/"
  echo "learned from half $learn, scored on half $score:"
  java -jar "$work/$learn.jar" bench "$work/set$score" | grep -E '^\| (set|---|odw|rmrb)'
done
