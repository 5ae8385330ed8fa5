/**
 * One-to-one assignment of predictions to gold items: the Hungarian method
 * (Kuhn–Munkres, O(n²m)) over a weight matrix. Greedy matching is not
 * enough: one predicted sentence can contain two gold claims with the same
 * number, and greedy order would decide which one it takes.
 */

/**
 * Maximum-weight matching. `weight(i, j)` is > 0 for an allowed pair and
 * <= 0 (or NaN) for a forbidden one. Returns pairs `[i, j]` of allowed pairs
 * only. With weights of the form `BIG + bonus`, the result first maximises
 * the number of pairs, then the bonus.
 */
export function assign(rows: number, cols: number, weight: (i: number, j: number) => number): Array<[number, number]> {
  if (!rows || !cols) return [];
  const w: number[][] = [];
  let any = false;
  for (let i = 0; i < rows; i++) {
    const row: number[] = [];
    for (let j = 0; j < cols; j++) {
      const x = weight(i, j);
      const v = Number.isFinite(x) && x > 0 ? x : 0;
      if (v > 0) any = true;
      row.push(v);
    }
    w.push(row);
  }
  if (!any) return [];
  // Work with n <= m (rows are the smaller side); minimise cost = -weight.
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const cost = (i: number, j: number) => -(transpose ? w[j]![i]! : w[i]![j]!);
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(INF);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const out: Array<[number, number]> = [];
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (!i) continue;
    const [r, c] = transpose ? [j - 1, i - 1] : [i - 1, j - 1];
    if (w[r]![c]! > 0) out.push([r, c]);
  }
  out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return out;
}
