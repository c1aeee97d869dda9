import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A deterministic PRNG (mulberry32) so the synthetic corpus is the same on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Varied copies of the seed articles (or of `sources`): paragraphs shuffled within each article, numbers scaled, a
 * distinct first line — so no two articles are identical (nothing is deduplicated away) yet the prose stays real
 * news.
 */
export function syntheticArticles(targetBytes: number, seed = 1, sources?: readonly string[]): Array<{ id: string; text: string }> {
  const dir = new URL('../fixtures/articles/', import.meta.url);
  const seeds = sources ?? readdirSync(dir).sort().map((f) => readFileSync(join(dir.pathname, f), 'utf8'));
  const random = rng(seed);
  const out: Array<{ id: string; text: string }> = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const paragraphs = seeds[i % seeds.length]!.split(/\n\n+/);
    for (let j = paragraphs.length - 2; j > 1; j--) {
      const k = 1 + Math.floor(random() * j);
      [paragraphs[j], paragraphs[k]] = [paragraphs[k]!, paragraphs[j]!];
    }
    const factor = 1 + Math.floor(random() * 9);
    const text = `Report ${i}: a regional edition.\n\n` + paragraphs.join('\n\n').replace(/\b\d{2,3}(,\d{3})?\b/g, (n) => {
      const v = Number(n.replace(/,/g, ''));
      return v >= 1900 && v <= 2030 ? n : (v * factor).toLocaleString('en-US');
    });
    out.push({ id: `bench-${i}`, text });
    bytes += Buffer.byteLength(text);
  }
  return out;
}
