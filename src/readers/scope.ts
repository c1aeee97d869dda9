import type { EntityMention } from '../contracts/index.js';
import type { Span } from './tokens.js';

/**
 * The body a figure is counted within, when the words say so: the utility whose customers lost power ("CenterPoint's
 * customers", "2.26 million of its customers"), the agency whose agents made the arrests ("Border Patrol agents
 * made 249,741 apprehensions"), the district whose students are enrolled ("enrollment in Los Angeles Unified").
 * A regional office and the agency nationwide, one utility and the state's total, are different facts. Who *says*
 * a figure ("according to CBP") is its attribution, not its scope. Null when the clause names no body.
 */
export interface ScopeInput {
  text: string;
  figure: Span;
  /** the clause's core spans */
  core: readonly Span[];
  /** the measure's words, when read */
  measure: Span | null;
  mentions: readonly EntityMention[];
  /** the attribution's words: a body that only speaks is no scope */
  attribution: Span | null;
  /** the body "its"/"their" refers to: the last body named before the figure */
  lastBody: EntityMention | null;
}

export interface ScopeRead extends Span {
  entity: string | null;
  text: string;
  rule: string;
}

const BODY_TYPES = new Set(['agency', 'organization', 'cartel']);
/** A verb of saying right after a body: it speaks ("CBP said", "FEMA estimated"), it owns nothing. */
const SAYING = /^\s*(?:said|says|told|reported|estimated|according)/i;

interface Rule {
  id: string;
  reason: string;
  read(i: ScopeInput, bodies: readonly EntityMention[]): ScopeRead | null;
}

const read = (m: EntityMention, rule: string, text = m.text): ScopeRead => ({ entity: m.entity, text, start: m.start, end: m.end, rule });
const inCore = (i: ScopeInput, s: Span) => i.core.some((c) => s.start >= c.start && s.end <= c.end);

/** The words of a part of a body: "the FEMA regional office in Atlanta", "CBP's El Paso Sector" (a name or a kind before
 * the office word: "the Sheriff's Office" alone is the body itself). */
const OFFICE_WORDS = ['office', 'sector', 'division', 'branch'];
const OFFICE_KINDS = ['regional', 'field', 'district', 'area', 'local', 'county', 'state'];
/** "regional" or "Regional": the names around are told by their capitals, so only these words take either case. */
const eitherCase = (words: readonly string[]) => words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
const OFFICE_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:${eitherCase(OFFICE_KINDS)})\s+)?|(?:${eitherCase(OFFICE_KINDS)})\s+)(?:${eitherCase(OFFICE_WORDS)})s?\b(?:\s+(?:in|for)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?`);

const RULES: Rule[] = [
  {
    id: 'office',
    reason: 'a part of a body is not the body nationwide: "the FEMA regional office in Atlanta approved", "CBP\'s El Paso Sector recorded"',
    read(i, bodies) {
      for (const m of bodies) {
        if (!inCore(i, m) || m.start >= i.figure.start) continue;
        const office = OFFICE_AFTER.exec(i.text.slice(m.end, i.figure.start));
        if (office === null) continue;
        const end = m.end + office[0].length;
        return { entity: null, text: i.text.slice(m.start, end), start: m.start, end, rule: 'office' };
      }
      return null;
    },
  },
  {
    id: 'possessor',
    reason: 'the body that owns what is counted: "CenterPoint\'s customers", "2.26 million of its customers"',
    read(i, bodies) {
      const window = i.text.slice(i.figure.end, (i.measure?.end ?? i.figure.end) + 40);
      if (/^\s+of\s+(?:its|their)\b/i.test(window) && i.lastBody !== null) return { ...read(i.lastBody, 'possessor'), text: i.lastBody.text };
      const at = i.measure ?? i.figure;
      for (const m of bodies) {
        const after = i.text.slice(m.end, m.end + 3);
        if (!/^['’]s?\b/.test(after) || !inCore(i, m)) continue;
        const gap = at.start - m.end;
        if (gap >= 0 && gap <= 40) return read(m, 'possessor');
      }
      return null;
    },
  },
  {
    id: 'owner-before-noun',
    reason: 'a body named between a figure and what it counts: "2.26 million CenterPoint customers", "1,500 Kaiser nurses"',
    read(i, bodies) {
      for (const m of bodies) {
        if (!inCore(i, m) || !/^\s+$/.test(i.text.slice(i.figure.end, m.start))) continue;
        // a noun follows the name ("CenterPoint customers"), not a verb of saying ("1,200, FEMA said")
        const after = i.text.slice(m.end, m.end + 30);
        if (/^\s+[a-z]/.test(after) && !SAYING.test(after)) return read(m, 'owner-before-noun');
      }
      return null;
    },
  },
  {
    id: 'actor',
    reason: 'the body whose people made the count: "Border Patrol agents made 249,741 apprehensions", "CenterPoint restored power to"',
    read(i, bodies) {
      const before = bodies.filter((m) => m.end <= i.figure.start && inCore(i, m) && !SAYING.test(i.text.slice(m.end, m.end + 12)));
      const last = before[before.length - 1];
      if (last === undefined) return null;
      // the body opens the clause (its subject), not a prepositional phrase ("… in the CBP report")
      const lead = i.text.slice(Math.max(0, last.start - 12), last.start);
      if (/\b(?:in|at|within|across|from|by|of|with|to|for)\s+(?:the\s+)?$/i.test(lead)) return null;
      return read(last, 'actor');
    },
  },
  {
    id: 'within',
    reason: 'the body a figure is counted within: "enrollment in Los Angeles Unified", "students at the district"',
    read(i, bodies) {
      for (const m of bodies) {
        if (!inCore(i, m)) continue;
        const lead = i.text.slice(Math.max(0, m.start - 14), m.start);
        if (/\b(?:in|at|within|across|for)\s+(?:the\s+)?$/i.test(lead)) return read(m, 'within');
      }
      return null;
    },
  },
  {
    id: 'named-body',
    reason: 'a capitalised name ending in a body word, known to no list: "the Tucson Sector", "Harris County Sheriff\'s Office"',
    read(i) {
      const span = i.core.find((c) => i.figure.start >= c.start && i.figure.start < c.end) ?? i.figure;
      const slice = i.text.slice(span.start, span.end);
      const re = /\b((?:[A-Z][\w.'’&-]*\s+){1,4}(?:Sector|District|Department|Office|Agency|Police|Service|Bureau|Unified|Schools|Energy|Electric|Utilities))\b/g;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        const start = span.start + m.index;
        const s = { start, end: start + m[1]!.length };
        if (i.attribution !== null && s.start >= i.attribution.start && s.end <= i.attribution.end) continue;
        const name = m[1]!.replace(/^(?:The|A|An)\s+/, '');
        return { entity: null, text: name, start: s.end - name.length, end: s.end, rule: 'named-body' };
      }
      return null;
    },
  },
];

export const SCOPE_RULES: ReadonlyArray<{ id: string; reason: string }> = RULES.map(({ id, reason }) => ({ id, reason }));

/** The body a figure is counted within, by the first rule that reads one; null when the clause names none. */
export function readScope(input: ScopeInput): ScopeRead | null {
  const bodies = input.mentions.filter((m) => BODY_TYPES.has(m.type) && !(input.attribution !== null && m.start >= input.attribution.start && m.end <= input.attribution.end));
  for (const rule of RULES) {
    const found = rule.read(input, bodies);
    if (found !== null) return found;
  }
  return null;
}

