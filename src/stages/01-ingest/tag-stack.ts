import type { Parser } from 'htmlparser2';
import { work } from '../../core/work.js';

/**
 * htmlparser2's stack of open elements, kept in constant time a step. The parser keeps its stack as an array with
 * the innermost element first (`unshift` to open, `shift` to close), which moves the whole stack on every tag:
 * quadratic in the nesting depth (a page nested 200,000 levels deep took 25 s), and it looks for each end tag's
 * name from the top (`indexOf`), which on a deep page of end tags that match nothing is quadratic too. This
 * stack stores elements innermost last and counts them by name, so opening and closing cost a step, a name that
 * is not open is known at once, and a name that is open is found after as many steps as elements its end tag
 * then closes. It answers the array operations the parser uses, innermost first as before.
 */
export class TagStack {
  private readonly items: string[] = [];
  private readonly open = new Map<string, number>();

  get length(): number {
    return this.items.length;
  }

  /** Only `length = 0` (the parser's reset). */
  set length(n: number) {
    if (n !== 0) throw new Error('TagStack can only be emptied');
    this.items.length = 0;
    this.open.clear();
  }

  /** The element `i` levels below the innermost. */
  at(i: number): string | undefined {
    return this.items[this.items.length - 1 - i];
  }

  unshift(name: string): number {
    work(1);
    this.items.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    return this.items.length;
  }

  shift(): string | undefined {
    work(1);
    const name = this.items.pop();
    if (name !== undefined) {
      const n = this.open.get(name)! - 1;
      if (n === 0) this.open.delete(name);
      else this.open.set(name, n);
    }
    return name;
  }

  includes(name: string): boolean {
    return this.open.has(name);
  }

  indexOf(name: string): number {
    if (!this.open.has(name)) return -1;
    for (let i = this.items.length - 1; i >= 0; i--) {
      work(1);
      if (this.items[i] === name) return this.items.length - 1 - i;
    }
    return -1;
  }
}

/**
 * Give `parser` a `TagStack` in place of its array. htmlparser2 reads the stack by index (`stack[0]`), so the
 * stack is seen through a proxy that maps indexes; everything else goes to the stack's own methods. Throws when
 * the installed htmlparser2 no longer keeps its stack where this expects it, so an upgrade cannot silently bring
 * the quadratic stack back.
 */
export function installTagStack(parser: Parser): void {
  const holder = parser as unknown as { stack?: unknown };
  if (!Array.isArray(holder.stack) || holder.stack.length !== 0) {
    throw new Error('htmlparser2 no longer keeps its open elements in an array `stack`; check src/stages/01-ingest/tag-stack.ts against the installed htmlparser2');
  }
  const stack = new TagStack();
  holder.stack = new Proxy(stack, {
    get(target, key) {
      if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) return target.at(Number(key));
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    set(target, key, value) {
      if (key !== 'length') throw new Error(`htmlparser2 wrote stack.${String(key)}, which TagStack does not keep; check tag-stack.ts`);
      target.length = value as number;
      return true;
    },
  });
}
