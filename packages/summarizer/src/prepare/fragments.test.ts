import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../summarize.js';
import { SELECTOR_CHOICES } from '../selectors/registry.js';
import { testEmbedder } from '../test-support/fixtures.js';
import { isFragment } from './fragments.js';

const line = (text: string) => ({ text, words: text.split(/\s+/).filter(Boolean).length });

// labels, table cells and listing details of the kind a saved page puts before its text
const LABELS = ['Guide price', 'Cobden Street, Hexley, HX2', 'laundry in bldg', 'Windows, macOS', 'Reviews 4,812 Average', 'or add to cart'];
const SENTENCES = [
  'The terraced house on Cobden Street has been rewired and replumbed since its last sale in 2019.',
  'A long garden runs down to the old mill leat, which the owners have planted with willow and iris.',
  'The kitchen was moved to the back of the house, where a glazed extension now opens onto the garden.',
  'Hexley station is a ten-minute walk away, with trains to Leeds every half hour.',
  'Two of the three bedrooms look over the park, and the loft has room for a fourth.',
];

describe('isFragment', () => {
  it('tells short labels and cells from sentences', () => {
    for (const t of LABELS) expect(isFragment(line(t)), t).toBe(true);
    for (const t of SENTENCES) expect(isFragment(line(t)), t).toBe(false);
    // short, but a sentence: it ends as one, in any script
    for (const t of ['It was approved.', 'Is it safe?', 'Wait for it…', 'He said “no.”', '我们明天去公园。', 'यह सही है।'])
      expect(isFragment(line(t)), t).toBe(false);
    // long lines without an end are bullets or run-ons, not labels
    expect(isFragment(line('Rents in the city rose by a fifth over the last three years'))).toBe(false);
  });
});

describe('fragments in a summary', () => {
  const embedder = testEmbedder();
  const page = [...LABELS.slice(0, 3), ...SENTENCES, ...LABELS.slice(3)].join('\n\n');

  it('leaves the labels out of every selector, and says why', async () => {
    for (const selector of SELECTOR_CHOICES) {
      const s = await summarize(page, embedder, { budget: { sentences: 3 }, selector, seed: 1 });
      const picked = s.picked.map((i) => s.sentences[i]!.text);
      expect(picked, selector).toHaveLength(3);
      for (const t of picked) expect(LABELS, `${selector} picked "${t}"`).not.toContain(t);
      // a label shaped as a heading is a heading; one that is not is a fragment
      const label = s.sentences.find((x) => x.text === 'or add to cart')!;
      expect(label.reason).toBe('fragment');
      expect(label.explanation).toMatch(/do not end as a sentence/);
    }
  });

  it('keeps them when the text is little else', async () => {
    const list = [...LABELS, SENTENCES[0]!].join('\n\n');
    const s = await summarize(list, embedder, { budget: { sentences: 3 } });
    expect(s.picked).toHaveLength(3);
    expect(s.sentences.some((x) => x.reason === 'fragment')).toBe(false);
  });

  it('leaves them out of the lead that a text in another language gets (no vectors)', async () => {
    const forum = [
      '查看: 1024 | 回复: 12',
      '发表于 2025-3-8 21:14:06',
      '我家的拖拉机换了液压油以后一直有啸叫声。',
      '经销商说可能是油的型号不对。',
      '今天换回原厂油以后声音小了很多。',
    ];
    const s = await summarize(forum.join('\n\n'), embedder, { budget: { sentences: 2 } });
    expect(s.meta.warnings).toContain('NO_VECTORS');
    expect(s.picked.map((i) => s.sentences[i]!.text)).toEqual([forum[2], forum[3]]);
  });

  it('never picks a fragment while three full sentences are candidates (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(SENTENCES, { minLength: 3 }),
        fc.shuffledSubarray(LABELS, { minLength: 1 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom(...SELECTOR_CHOICES),
        async (sentences, labels, n, selector) => {
          const mixed = [...labels.slice(0, 2), ...sentences, ...labels.slice(2)].join('\n\n');
          const s = await summarize(mixed, embedder, { budget: { sentences: n }, selector, seed: 7 });
          return s.picked.every((i) => !labels.includes(s.sentences[i]!.text));
        },
      ),
      { numRuns: 60 },
    );
  });
});
