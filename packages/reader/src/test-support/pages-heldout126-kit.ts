import { plain, texts } from './page-kit.js';

/**
 * Held-out batch 126, shared helper: an article built block by block, so that its HTML and its gold (headings and body
 * texts) come from the same strings. `raw` markup (code, figures, notices, labels) goes into neither list.
 */
export class Art {
  private readonly parts: string[] = [];
  readonly headings: string[] = [];
  readonly body: string[] = [];

  /** Markup that is neither a heading nor body. */
  raw(html: string): this {
    this.parts.push(html);
    return this;
  }

  /** A section heading, written by `render`. */
  h(text: string, render: (t: string) => string): this {
    this.headings.push(plain(text));
    this.parts.push(render(text));
    return this;
  }

  /** Paragraphs (or list items, or any body blocks), each written by `render`; `open`/`close` wrap them. */
  p(paras: readonly string[], render: (t: string) => string = (t) => `<p>${t}</p>`, open = '', close = ''): this {
    this.body.push(...texts(paras));
    this.parts.push(`${open}${paras.map(render).join('\n')}${close}`);
    return this;
  }

  /** A list of body items. */
  list(items: readonly string[], open = '<ul>', close = '</ul>', li: (t: string) => string = (t) => `<li>${t}</li>`): this {
    return this.p(items, li, open, close);
  }

  get html(): string {
    return this.parts.join('\n');
  }
}

/** An id made from a heading text. */
export const anchor = (t: string): string =>
  plain(t)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Escape `&` in a text put into HTML. */
export const amp = (t: string): string => t.replace(/&/g, '&amp;');
