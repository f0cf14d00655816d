/**
 * The Markdown subset a stage's explanation may use: paragraphs (blank-line separated), `- `
 * bullet lists, **bold** and `code`. Parsed into plain data that the page renders as React text,
 * so nothing in it can become HTML. Pure; the built-in stages use the same rules.
 */

/** A run of text inside a paragraph or a list item. */
export type Inline = { type: 'text' | 'bold' | 'code'; text: string };
export type Block = { type: 'paragraph'; inlines: Inline[] } | { type: 'list'; items: Inline[][] };

const BULLET = /^[-*] /;

/** `**bold**` and `` `code` `` in one line of text; anything unmatched stays as it was typed. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const push = (type: Inline['type'], t: string) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (type === 'text' && last?.type === 'text') last.text += t;
    else out.push({ type, text: t });
  };
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*/g;
  let at = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    push('text', text.slice(at, m.index));
    if (m[1] !== undefined) push('code', m[1]);
    else push('bold', m[2]);
    at = m.index + m[0].length;
  }
  push('text', text.slice(at));
  return out;
}

/** Splits the explanation into paragraphs and lists; a paragraph may lead into a list in one block. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const block of source.trim().split(/\n\s*\n/)) {
    const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
    let prose: string[] = [];
    let items: string[] = [];
    const flushProse = () => { if (prose.length) blocks.push({ type: 'paragraph', inlines: parseInline(prose.join(' ')) }); prose = []; };
    const flushList = () => { if (items.length) blocks.push({ type: 'list', items: items.map(parseInline) }); items = []; };
    for (const line of lines) {
      if (BULLET.test(line)) { flushProse(); items.push(line.slice(2)); }
      else if (items.length) items[items.length - 1] += ` ${line}`; // a wrapped bullet continues
      else prose.push(line);
    }
    flushProse();
    flushList();
  }
  return blocks;
}
