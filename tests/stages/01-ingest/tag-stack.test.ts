import { describe, expect, it } from 'vitest';
import { workSteps } from '../../../src/core/work.js';
import { htmlToText } from '../../../src/stages/01-ingest/html.js';
import { TagStack } from '../../../src/stages/01-ingest/tag-stack.js';

describe('TagStack', () => {
  it('answers the array operations htmlparser2 uses exactly as an array kept innermost first', () => {
    const names = ['div', 'p', 'span', 'a', 'svg', 'form'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const stack = new TagStack();
    const array: string[] = [];
    for (let step = 0; step < 5000; step++) {
      const name = names[Math.floor(random() * names.length)]!;
      const r = random();
      if (r < 0.5) expect(stack.unshift(name)).toBe(array.unshift(name));
      else if (r < 0.8) expect(stack.shift()).toBe(array.shift());
      else expect(stack.indexOf(name)).toBe(array.indexOf(name));
      expect(stack.includes(name)).toBe(array.includes(name));
      expect(stack.length).toBe(array.length);
      expect(stack.at(0)).toBe(array[0]);
      expect(stack.at(array.length - 1)).toBe(array[array.length - 1]);
    }
    stack.length = 0;
    expect([stack.length, stack.includes('div'), stack.indexOf('div')]).toEqual([0, false, -1]);
  });

  it('keeps the parser\'s work on deep nesting linear in the depth, and the text the same', () => {
    const page = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>Officials counted 42 cases.</p>${'</div>'.repeat(depth)}</body></html>`;
    const steps = (depth: number) => {
      const before = workSteps();
      expect(htmlToText(page(depth)).text).toBe('Officials counted 42 cases.');
      return workSteps() - before;
    };
    const small = steps(10_000);
    expect(small).toBeGreaterThanOrEqual(20_000); // every open and close goes through the TagStack
    expect(steps(40_000) / small).toBeLessThan(4.5);
  });
});
