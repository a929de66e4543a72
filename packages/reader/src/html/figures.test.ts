import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../test-support/page-kit.js';
import { extractArticle } from './extract.js';

const read = (inner: string) => norm(extractArticle(harbourStory(inner)).text);

describe('an image and its caption in a box with no <figure> (figures.ts, round 28)', () => {
  it('drops the box of an image and one short line, keeps a portrait beside a name heading', () => {
    const figure = '<div class="wsite-image"><a><img src="/garlic.jpg" alt="Picture"></a><div style="font-size:90%">Laying straw over the beds.</div></div>';
    expect(read(figure)).not.toContain('laying straw');
    const portrait = '<div class="person"><img src="/nell.jpg" alt=""><div><h3>Eleanor Quint</h3><span>Harbour master, 1961 to 1990</span></div></div>';
    expect(read(`${portrait}<p>She ran the harbour office for thirty years and kept every tide book.</p>`)).toContain('eleanor quint');
  });
});
