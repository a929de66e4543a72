/**
 * Complete-linkage agglomerative clustering on cosine distance, as a dendrogram the cluster
 * selector cuts at k = 1, 2, 3, ... clusters.
 */

/** One merge of the dendrogram: clusters named by a member node join at a distance. */
export interface Merge {
  /** Node naming the merged cluster (the smaller of the two names). */
  readonly a: number;
  /** Node naming the cluster absorbed into `a`. */
  readonly b: number;
  /** Complete-linkage distance between the two clusters: max cosine distance of their members. */
  readonly height: number;
}

/**
 * The complete-linkage dendrogram of `n` points on cosine distance 1 - sim, from their
 * pairwise cosines (`sim`, row-major n x n; overwritten). Uses the nearest-neighbour chain
 * algorithm, exact for complete linkage (a reducible linkage): O(n^2) time and memory instead
 * of the naive O(n^3). Returns the n - 1 merges sorted by height (stable, so a merge always
 * follows the merges that formed its clusters); applying the first n - k gives k clusters.
 */
export function completeLinkageMerges(n: number, sim: Float64Array): Merge[] {
  const dist = sim;
  for (let k = 0; k < n * n; k++) dist[k] = 1 - dist[k]!;
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  const chain: number[] = [];
  let remaining = n;
  while (remaining > 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    const top = chain[chain.length - 1]!;
    const prev = chain.length > 1 ? chain[chain.length - 2]! : -1;
    // Nearest active neighbour of `top`; on a tie prefer `prev` (so the chain cannot cycle),
    // then the lowest index.
    let nn = -1;
    let best = Number.POSITIVE_INFINITY;
    const row = top * n;
    for (let j = 0; j < n; j++) {
      if (j === top || active[j] === 0) continue;
      const d = dist[row + j]!;
      if (d < best || (d === best && j === prev)) {
        best = d;
        nn = j;
      }
    }
    if (nn !== prev) {
      chain.push(nn);
      continue;
    }
    // top and prev are reciprocal nearest neighbours: merge them.
    chain.length -= 2;
    const a = Math.min(top, prev);
    const b = Math.max(top, prev);
    merges.push({ a, b, height: best });
    active[b] = 0;
    for (let j = 0; j < n; j++) {
      if (active[j] === 0 || j === a) continue;
      const d = Math.max(dist[a * n + j]!, dist[b * n + j]!); // complete linkage
      dist[a * n + j] = d;
      dist[j * n + a] = d;
    }
    remaining--;
  }
  return merges.sort((x, y) => x.height - y.height);
}

/** Disjoint sets over 0..n-1 (union-find with path halving); `union(a, b)` roots b's set at a's root. */
function disjointSets(n: number): { find(x: number): number; union(a: number, b: number): void } {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const up = parent[parent[x]!]!;
      parent[x] = up;
      x = up;
    }
    return x;
  };
  return {
    find,
    union: (a, b) => {
      parent[find(b)] = find(a);
    },
  };
}

/**
 * The `k` clusters of the dendrogram cut after its first n - k merges: member nodes
 * ascending, clusters by size descending, ties by earliest member. O(n) per cut; the
 * selector uses the incremental `dendrogramCuts` instead.
 */
export function cutDendrogram(n: number, merges: readonly Merge[], k: number): number[][] {
  const { find, union } = disjointSets(n);
  const count = Math.max(0, Math.min(merges.length, n - k));
  for (let m = 0; m < count; m++) {
    const { a, b } = merges[m]!;
    union(a, b);
  }
  const groups = new Map<number, number[]>();
  for (let node = 0; node < n; node++) {
    const root = find(node);
    const g = groups.get(root);
    if (g === undefined) groups.set(root, [node]);
    else g.push(node);
  }
  return [...groups.values()].sort((x, y) => y.length - x.length || x[0]! - y[0]!);
}

/** The dendrogram as a binary tree: leaves 0..n-1, merge m creates node n + m. */
export interface Dendrogram {
  readonly n: number;
  /** Children of internal node n + m at index m. */
  readonly left: Int32Array;
  readonly right: Int32Array;
  /** Leaves in tree order: a node's members are `order[start[node] .. start[node] + size[node])`. */
  readonly order: Int32Array;
  readonly start: Int32Array;
  readonly size: Int32Array;
  /** Smallest leaf under each node. */
  readonly minLeaf: Int32Array;
}

/** Links height-sorted merges into a tree (O(n)). */
export function buildDendrogram(n: number, merges: readonly Merge[]): Dendrogram {
  const total = Math.max(1, 2 * n - 1);
  const left = new Int32Array(Math.max(0, n - 1));
  const right = new Int32Array(Math.max(0, n - 1));
  const size = new Int32Array(total);
  const minLeaf = new Int32Array(total);
  const { find, union } = disjointSets(n);
  const nodeOf = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < n; i++) {
    size[i] = 1;
    minLeaf[i] = i;
  }
  merges.forEach(({ a, b }, m) => {
    const ra = find(a);
    const rb = find(b);
    const l = nodeOf[ra]!;
    const r = nodeOf[rb]!;
    left[m] = l;
    right[m] = r;
    size[n + m] = size[l]! + size[r]!;
    minLeaf[n + m] = Math.min(minLeaf[l]!, minLeaf[r]!);
    union(ra, rb);
    nodeOf[ra] = n + m;
  });
  // Children have smaller ids than their parent: place ranges top-down.
  const start = new Int32Array(total);
  for (let m = n - 2; m >= 0; m--) {
    const l = left[m]!;
    start[l] = start[n + m]!;
    start[right[m]!] = start[n + m]! + size[l]!;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[start[i]!] = i;
  return { n, left, right, order, start, size, minLeaf };
}

/** Root of the dendrogram: the last merge (or the single leaf). */
const rootOf = (t: Dendrogram): number => (t.n > 1 ? 2 * t.n - 2 : 0);

/** Cluster order: size descending, ties by earliest member. */
const byClusterOrder = (t: Dendrogram) => (x: number, y: number) => t.size[y]! - t.size[x]! || t.minLeaf[x]! - t.minLeaf[y]!;

/**
 * Cuts of the dendrogram at k = 1, 2, 3, ... clusters, each obtained from the previous by
 * splitting the cluster made by the last merge applied (O(k log k) per cut). Returns the
 * clusters' nodes in cluster order.
 */
export function* dendrogramCuts(t: Dendrogram): Generator<number[]> {
  const current = [rootOf(t)];
  yield [...current];
  for (let k = 1; k < t.n; k++) {
    // cut at k applies merges 0..n-k-1; going to k + 1 undoes merge n - k - 1
    const m = t.n - k - 1;
    const at = current.indexOf(t.n + m);
    current.splice(at, 1, t.left[m]!, t.right[m]!);
    current.sort(byClusterOrder(t));
    yield [...current];
  }
}
