/** Chains of cues within one sentence: citing, according to, per, nesting. */
import type { Attribution, Span } from '../../article.js';

/** One cue's attribution before chaining. */
export interface Draft {
  source: Attribution;
  via: Attribution[];
  cue: Span;
  content: [number, number];
  rule: string;
  /** Start of the subject phrase (for nesting). */
  np: number;
  /** End of the source phrase. */
  npEnd?: number;
}

/** Combine the cues of one sentence into chains. */
export function chain(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (!prev) {
      out.push(d);
      continue;
    }
    if (
      d.rule === 'citing' ||
      ((d.rule === 'according-to' || d.rule === 'per') && (prev.rule === 'citing' || prev.rule === 'according-to'))
    ) {
      if (d.rule === 'citing') {
        // "according to Lee, citing the intelligence service": the cited one is the source.
        prev.via = [prev.source, ...prev.via];
        prev.source = d.source;
        if (
          prev.rule === 'according-to' &&
          prev.content[0] < d.cue.start &&
          prev.content[1] > d.cue.start &&
          prev.content[0] > d.cue.start - 200
        )
          prev.content = [Math.max(prev.content[0], d.npEnd ?? d.cue.end), prev.content[1]];
        prev.rule = `${prev.rule}+citing`;
        continue;
      }
    }
    // attributions/according-opens-clause: "X said …; according to Y, 20,000 marched": Y's own clause, not a relay.
    if (d.rule === 'according-to' && d.content[0] > d.cue.start && d.cue.start > prev.content[0]) {
      prev.content = [prev.content[0], Math.min(prev.content[1], d.cue.start)];
      out.push(d);
      continue;
    }
    if ((d.rule === 'according-to' || d.rule === 'per') && prev.source) {
      // "Cho told … that …, according to lawmakers Park and Lee": the lawmakers relay.
      prev.via.push(d.source, ...d.via);
      if (d.cue.start > prev.content[0] && d.cue.start < prev.content[1]) prev.content = [prev.content[0], d.cue.start];
      continue;
    }
    // A cue inside the content of the previous one.
    if (d.np >= prev.content[0] && d.np < prev.content[1]) {
      const nestedAtStart = d.np <= prev.content[0] + 1 || d.np - prev.content[0] < 3;
      const named = d.source.entity !== null && d.source.certain;
      if (d.source.entity && d.source.entity === prev.source.entity) continue;
      // "The agency reports that officials say …": a report relays the unnamed source it names.
      const relayed = /^report/i.test(prev.cue.text) && /\/(?:generic|qualified)$/.test(d.source.by);
      if (nestedAtStart) {
        if (!named && !relayed) continue;
        d.via = [prev.source, ...prev.via, ...d.via];
        out.push(d);
        continue;
      }
      // A later clause of its own: the previous content stops before it.
      prev.content = [prev.content[0], d.np];
    }
    out.push(d);
  }
  return out;
}
