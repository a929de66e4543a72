import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costOf, summaryCost } from './budget.js';
import { isSummarizerError } from './errors.js';
import { SELECTOR_NAMES, type ReasonCode } from './select/types.js';
import { summarize } from './summarize.js';
import { SHIPPED_PLAN } from './score/plan.js';
import { HAS_SHARED_DATA, readDataset, testEmbedder } from './test-support/fixtures.js';

/** Needs ../shared/data (the research data beside the repository); skipped without it. */
const itOnData = it.skipIf(!HAS_SHARED_DATA);

const cnndm = readDataset('cnndm-dev.jsonl');
const duc = readDataset('duc2004-dev.jsonl');
const article = (i: number): string => (cnndm[i] as { documents: string[] }).documents.join('\n\n');
const PICK_REASONS: ReasonCode[] = [
  'importance',
  'gap',
  'nonredundant',
  'diversity',
  'centrality',
  'cluster',
  'component',
  'combination',
  'position',
  'random',
  'far',
  'context',
  'truncated',
  'scored',
];

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return isSummarizerError(e) ? e.code : `OTHER:${String(e)}`;
  }
  return undefined;
};

describe('summarize on real news', () => {
  for (const selector of SELECTOR_NAMES) {
    itOnData(`${selector}: picks whole sentences of the article within a 60-word budget, in document order, explained`, async () => {
      const text = article(3);
      const s = await summarize(text, testEmbedder(), { budget: { words: 60 }, selector });
      expect(s.picked.length).toBeGreaterThan(0);
      expect([...s.picked].sort((a, b) => a - b)).toEqual(s.picked);
      expect(summaryCost(s.text.split('\n'), 'words')).toBeLessThanOrEqual(60);
      for (const i of s.picked) {
        const sent = s.sentences[i];
        expect(sent?.picked).toBe(true);
        expect(text.slice(sent?.start, sent?.end)).toBe(sent?.text);
        expect(PICK_REASONS).toContain(sent?.reason);
      }
      for (const sent of s.sentences) {
        expect(sent.cosine).toBeGreaterThanOrEqual(-1);
        expect(sent.cosine).toBeLessThanOrEqual(1);
        if (!sent.picked) expect(PICK_REASONS).not.toContain(sent.reason);
      }
      expect(s.trace.length).toBe(s.picked.length);
      expect(s.meta.selectorUsed).toBe(selector);
    });
  }

  itOnData('near picks the sentences with the highest cosine to the document', async () => {
    const s = await summarize(article(5), testEmbedder(), { budget: { sentences: 3 }, selector: 'near' });
    const ranks = s.picked.map((i) => s.sentences[i]?.rank);
    expect(ranks.sort()).toEqual([1, 2, 3]);
  });

  itOnData('greedy brings the summary closer to the document at every step, with a recorded gain', async () => {
    const s = await summarize(article(7), testEmbedder(), { budget: { sentences: 4 }, selector: 'greedy' });
    const sims = s.trace.map((t) => t.similarity);
    expect(sims.length).toBe(4);
    for (let k = 1; k < sims.length; k++) expect(sims[k]).toBeGreaterThan(sims[k - 1]! - 1e-9);
    const gapPicks = s.sentences.filter((x) => x.reason === 'gap');
    expect(gapPicks.length).toBe(3);
    for (const g of gapPicks) expect(g.gain).not.toBeNull();
    // greedy's summary is at least as close to the document as near's
    const n = await summarize(article(7), testEmbedder(), { budget: { sentences: 4 }, selector: 'near' });
    expect(s.meta.similarity).toBeGreaterThanOrEqual(n.meta.similarity - 1e-6);
  });

  itOnData('keeps every budget kind exactly, and truncation fills a word budget to the word', async () => {
    const text = article(2);
    for (const budget of [{ words: 45 }, { chars: 300 }, { bytes: 250 }, { sentences: 2 }]) {
      const s = await summarize(text, testEmbedder(), { budget, selector: 'greedy' });
      const [unit, limit] = Object.entries(budget)[0] as ['words' | 'chars' | 'bytes' | 'sentences', number];
      expect(summaryCost(s.text.split('\n'), unit)).toBeLessThanOrEqual(limit);
      expect(s.meta.used).toBe(summaryCost(s.text.split('\n'), unit));
    }
    const cut = await summarize(text, testEmbedder(), { budget: { words: 45 }, selector: 'near', truncate: true });
    expect(costOf(cut.text.replace(/\n/g, ' '), 'words')).toBe(45);
    expect(cut.truncated).not.toBeNull();
    expect(cut.sentences[cut.truncated?.index ?? -1]?.reason).toBe('truncated');
    // the paper's rule: take sentences in rank order and cut the first that overflows
    expect(cut.picked.map((i) => cut.sentences[i]?.rank).sort((a, b) => (a as number) - (b as number))).toEqual(
      Array.from({ length: cut.picked.length }, (_, k) => k + 1),
    );
  });

  it('returns the whole document when the budget is larger than it', async () => {
    const text = 'The river was buried in 1955. The council will restore it. Fish are expected to return.';
    const s = await summarize(text, testEmbedder(), { budget: { words: 500 } });
    expect(s.picked).toEqual([0, 1, 2]);
    expect(s.meta.warnings).toContain('WHOLE_DOCUMENT');
  });

  itOnData('summarizes a DUC cluster as one multi-document input, keeping document indices and offsets', async () => {
    const docs = (duc[0] as { documents: string[] }).documents;
    const s = await summarize({ documents: docs }, testEmbedder(), { budget: { words: 100 }, selector: 'greedy' });
    expect(s.meta.documentCount).toBe(docs.length);
    expect(costOf(s.text.replace(/\n/g, ' '), 'words')).toBeLessThanOrEqual(100);
    for (const i of s.picked) {
      const sent = s.sentences[i]!;
      expect(docs[sent.docIndex]?.slice(sent.start, sent.end)).toBe(sent.text);
    }
    expect(new Set(s.sentences.map((x) => x.docIndex)).size).toBe(docs.length);
  });

  it('collapses a sentence repeated in another document as a duplicate', async () => {
    const a = 'Hun Sen rejected talks abroad. The opposition demanded a summit in Beijing.';
    const b = 'Floods hit the capital on Monday. Hun Sen rejected talks abroad.';
    const s = await summarize({ documents: [a, b] }, testEmbedder(), { budget: { sentences: 2 }, selector: 'near' });
    const dup = s.sentences.find((x) => x.docIndex === 1 && x.text.startsWith('Hun Sen'));
    expect(dup?.reason).toBe('duplicate');
    expect(dup?.redundantWith).toBe(0);
  });

  it('query-focused mode pulls the summary towards the query', async () => {
    const text = [
      'The city council approved a new budget for road repairs on Tuesday.',
      'Officials said potholes on main streets would be fixed by summer.',
      'Separately, the zoo announced that a baby giraffe was born last week.',
      'Zoo keepers said the giraffe calf and its mother are healthy.',
      'The council also discussed parking fees downtown.',
    ].join(' ');
    const zoo = await summarize(text, testEmbedder(), { budget: { sentences: 1 }, selector: 'near', query: 'giraffe born at the zoo', queryWeight: 0.8 });
    const roads = await summarize(text, testEmbedder(), { budget: { sentences: 1 }, selector: 'near', query: 'potholes and road repairs', queryWeight: 0.8 });
    expect(zoo.text).toMatch(/giraffe/);
    expect(roads.text).toMatch(/road|potholes/);
    expect(zoo.sentences[0]?.cosine).toBe(roads.sentences[0]?.cosine); // cosine stays relative to the document
  });

  it('flags dangling openers and can pull in the preceding sentence', async () => {
    const text =
      'Maria Lopez founded the clinic in 1998. She still treats patients there every day. The ' +
      'clinic is open to everyone in the valley. Volunteers run its pharmacy.';
    const s = await summarize(text, testEmbedder(), { budget: { sentences: 2 }, selector: 'far' });
    expect(s.sentences[1]?.dangling).toBe(true);
    expect(s.sentences[0]?.dangling).toBe(false);
    expect(s.sentences[2]?.dangling).toBe(false);
    const resolved = await summarize(text, testEmbedder(), { budget: { sentences: 2 }, selector: 'far', resolveDangling: true });
    expect(s.picked).toContain(1);
    expect(s.picked).not.toContain(0);
    expect(resolved.picked).toEqual([0, 1]);
    expect(resolved.sentences[0]?.reason).toBe('context');
  });

  itOnData('orders by rank when asked', async () => {
    const s = await summarize(article(1), testEmbedder(), { budget: { sentences: 3 }, selector: 'near', order: 'rank' });
    expect(s.picked.map((i) => s.sentences[i]?.rank)).toEqual([1, 2, 3]);
  });
});

describe('summarize on bad input', () => {
  it('gives typed errors for empty text, bad budgets, unknown selectors and oversize input', async () => {
    const e = testEmbedder();
    expect(await codeOf(summarize('', e, { budget: { sentences: 1 } }))).toBe('EMPTY_DOCUMENT');
    expect(await codeOf(summarize('  \n\t ', e, { budget: { sentences: 1 } }))).toBe('EMPTY_DOCUMENT');
    expect(await codeOf(summarize({ documents: [] }, e, { budget: { sentences: 1 } }))).toBe('EMPTY_DOCUMENT');
    expect(await codeOf(summarize('A sentence.', e, { budget: { words: 0 } }))).toBe('INVALID_BUDGET');
    expect(await codeOf(summarize('A sentence.', e, { budget: { ratio: 1.5 } }))).toBe('INVALID_BUDGET');
    expect(await codeOf(summarize('A sentence.', e, { budget: { sentences: 1 }, selector: 'textrank' as never }))).toBe('UNKNOWN_SELECTOR');
    expect(await codeOf(summarize('A sentence.', e, { budget: { sentences: 1 }, lambda: 3 }))).toBe('INVALID_OPTION');
    expect(await codeOf(summarize('x'.repeat(10 * 1024 * 1024 + 1), e, { budget: { sentences: 1 } }))).toBe('INPUT_TOO_LARGE');
    expect(await codeOf(summarize(123 as never, e, { budget: { sentences: 1 } }))).toBe('INVALID_OPTION');
  });

  it('falls back to lead, with a warning, when no sentence has a known word', async () => {
    const s = await summarize('Zzqx blorf. Qwv plimt zorg. Vrrk.', testEmbedder(), { budget: { sentences: 2 }, selector: 'greedy' });
    expect(s.meta.warnings).toContain('NO_VECTORS');
    expect(s.meta.selectorUsed).toBe('lead');
    expect(s.picked).toEqual([0, 1]);
    expect(s.sentences.every((x) => Number.isFinite(x.cosine))).toBe(true);
  });

  it('returns a one-sentence document, cut to fit a smaller budget rather than empty', async () => {
    const one = await summarize('The council voted to restore the river.', testEmbedder(), { budget: { sentences: 3 } });
    expect(one.text).toBe('The council voted to restore the river.');
    const cut = await summarize('The council voted to restore the buried river next spring.', testEmbedder(), { budget: { words: 4 } });
    expect(cut.text).toBe('The council voted to');
    expect(cut.meta.warnings).toContain('TRUNCATED_TO_FIT');
  });
});

describe.skipIf(!HAS_SHARED_DATA)('summarize properties', () => {
  const pool = cnndm.slice(0, 10).map((r) => r.documents.join(' '));
  it('headings (title, Markdown, label, section) are never picked, and positions count only the other sentences', async () => {
    const prose = pool
      .flatMap((t) => t.split(/(?<=\.) (?=[A-Z])/))
      .filter((t) => t.split(' ').length >= 6 && t.endsWith('.'))
      .slice(0, 60);
    const word = fc.constantFrom('River', 'Council', 'Budget', 'Plans', 'Vote', 'Next', 'Reactions', 'Background', 'Costs');
    const heading = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const line = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...prose).map((t) => ({ kind: 'prose', text: t })) },
      { weight: 1, arbitrary: heading.map((t) => ({ kind: 'markdown', text: `## ${t}` })) },
      { weight: 1, arbitrary: heading.map((t) => ({ kind: 'label', text: `${t}:` })) },
      { weight: 1, arbitrary: heading.map((t) => ({ kind: 'section', text: `\n${t}\n` })) },
    );
    await fc.assert(
      fc.asyncProperty(
        heading,
        fc.array(line, { minLength: 2, maxLength: 12 }),
        fc.constantFrom('scored', 'near', 'greedy', 'lead', 'mmr', 'lexrank'),
        fc.oneof(fc.record({ sentences: fc.integer({ min: 1, max: 4 }) }), fc.record({ words: fc.integer({ min: 5, max: 80 }) })),
        async (title, lines, selector, budget) => {
          fc.pre(lines.some((l) => l.kind === 'prose'));
          const text = [`${title}`, '', ...lines.map((l) => l.text)].join('\n');
          const s = await summarize(text, testEmbedder(), { budget, selector });
          if (s.meta.warnings.includes('WHOLE_DOCUMENT')) return;
          for (const i of s.picked) expect(s.sentences[i]?.reason).not.toBe('heading');
          const headings = s.sentences.filter((x) => x.reason === 'heading');
          // every Markdown line is a heading, its marker left out
          expect(headings.filter((h) => !h.text.startsWith('#')).length).toBe(headings.length);
          expect(headings.length).toBeGreaterThanOrEqual(lines.filter((l) => l.kind === 'markdown').length);
          // the other sentences are numbered 0, 1, 2... whatever headings stand between them
          expect(s.sentences.filter((x) => x.reason !== 'heading').map((x) => x.position)).toEqual(
            s.sentences.filter((x) => x.reason !== 'heading').map((_, k) => k),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('picks a subset, in document order, within every budget kind, deterministically', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: pool.length - 1 }),
        fc.constantFrom(...SELECTOR_NAMES.filter((n) => n !== 'brute-force' && n !== 'max-sim')),
        fc.oneof(
          fc.record({ sentences: fc.integer({ min: 1, max: 8 }) }),
          fc.record({ words: fc.integer({ min: 1, max: 200 }) }),
          fc.record({ chars: fc.integer({ min: 1, max: 1500 }) }),
          fc.record({ bytes: fc.integer({ min: 1, max: 1500 }) }),
          fc.record({ ratio: fc.double({ min: 0.01, max: 1, noNaN: true }) }),
        ),
        fc.boolean(),
        async (doc, selector, budget, truncate) => {
          const text = pool[doc]!;
          const a = await summarize(text, testEmbedder(), { budget, selector, truncate });
          const b = await summarize(text, testEmbedder(), { budget, selector, truncate });
          expect(a.text).toBe(b.text);
          expect(a.text.length).toBeGreaterThan(0);
          // document order, a cut fragment last
          const whole = a.truncated === null ? a.picked : a.picked.slice(0, -1);
          expect([...whole].sort((x, y) => x - y)).toEqual(whole);
          if (a.truncated !== null) expect(a.picked[a.picked.length - 1]).toBe(a.truncated.index);
          expect(new Set(a.picked).size).toBe(a.picked.length);
          const lines = a.text.split('\n');
          expect(lines.length).toBe(a.picked.length);
          const [kind, value] = Object.entries(budget)[0]!;
          if (kind === 'ratio') expect(lines.length).toBeLessThanOrEqual(Math.max(1, Math.round(value * a.meta.sentenceCount)));
          else expect(summaryCost(lines, kind as 'words')).toBeLessThanOrEqual(value);
          a.picked.forEach((i, k) => {
            if (a.truncated?.index !== i) expect(lines[k]).toBe(a.sentences[i]?.text.replace(/[\r\n]/g, ' '));
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('summarize regressions found by property tests', () => {
  itOnData('a 1-byte budget with truncation still yields a non-empty summary (cluster, curly quotes first)', async () => {
    const text = (cnndm[0] as { documents: string[] }).documents.join(' ');
    const s = await summarize(text, testEmbedder(), { budget: { bytes: 1 }, selector: 'cluster', truncate: true });
    expect(s.text.length).toBeGreaterThan(0);
    expect(new TextEncoder().encode(s.text).length).toBeLessThanOrEqual(1);
  });

  it('words that are Object.prototype keys ("constructor", "__proto__") are plain words', async () => {
    const s = await summarize({ documents: ['constructor', 'toString __proto__ hasOwnProperty.'] }, testEmbedder(), { budget: { sentences: 1 } });
    expect(s.text.length).toBeGreaterThan(0);
  });
});

describe('the default scorer (auto)', () => {
  const sumOf = (factors: readonly { contribution: number }[] | null): number => (factors ?? []).reduce((n, f) => n + f.contribution, 0);

  itOnData(
    'every explanation decomposes exactly: the factors of a pick sum to the score that decided it, those of any other candidate to its score',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 9 }),
          fc.oneof(
            fc.record({ sentences: fc.integer({ min: 1, max: 12 }) }),
            fc.record({ words: fc.integer({ min: 20, max: 300 }) }),
            fc.record({ ratio: fc.double({ min: 0.05, max: 0.8, noNaN: true }) }),
          ),
          async (k, budget) => {
            const s = await summarize(article(k), testEmbedder(), { budget });
            expect(s.meta.selectorUsed).toBe('scored');
            for (const x of s.sentences) {
              if (x.rank === null) continue;
              expect(x.factors).not.toBeNull();
              if (x.reason === 'scored') expect(sumOf(x.factors)).toBeCloseTo(x.decidingScore as number, 9);
              else if (x.reason !== 'truncated') expect(sumOf(x.factors)).toBeCloseTo(x.importance, 9);
              expect(x.explanation.length).toBeGreaterThan(10);
            }
          },
        ),
        { numRuns: 40 },
      );
    },
  );

  itOnData('a short summary of an article is its lead, and each pick says it was picked mostly for its position', async () => {
    for (const k of [0, 3, 6]) {
      const s = await summarize(article(k), testEmbedder(), { budget: { sentences: 3 } });
      expect(s.meta.plan?.kind).toBe('lead');
      const lead = await summarize(article(k), testEmbedder(), { budget: { sentences: 3 }, selector: 'lead' });
      expect(s.picked).toEqual(lead.picked);
      for (const i of s.picked)
        expect(s.sentences[i]?.explanation).toMatch(/^Picked \d(st|nd|rd|th), mostly for early position: score \d\.\d\d = early position \+\d\.\d\d\.$/);
      expect(s.meta.plan?.why).toMatch(/opening sentences/);
    }
  });

  itOnData('a budget taking a large share of an article picks its central sentences, not its lead', async () => {
    const s = await summarize(article(5), testEmbedder(), { budget: { ratio: 0.5 } });
    expect(s.meta.plan?.kind).toBe('central');
    const lead = await summarize(article(5), testEmbedder(), { budget: { ratio: 0.5 }, selector: 'lead' });
    expect(s.picked).not.toEqual(lead.picked);
    const top = s.sentences
      .filter((x) => x.rank !== null)
      .sort((a, b) => (a.rank as number) - (b.rank as number))
      .slice(0, s.picked.length)
      .map((x) => x.index);
    expect([...top].sort((a, b) => a - b)).toEqual(s.picked);
  });

  itOnData('one sentence is the one closest to the document; a cluster and a list of short items get their own plans', async () => {
    const near = await summarize(article(2), testEmbedder(), { budget: { sentences: 1 }, selector: 'near' });
    expect((await summarize(article(2), testEmbedder(), { budget: { sentences: 1 } })).meta.plan?.kind).toBe('one');
    // with all weight on the cosine, the one-sentence plan is near
    const cosineOnly = { ...SHIPPED_PLAN, one: { weights: { cosine: 1 }, gap: 0, redundancy: 1 } };
    const one = await summarize(article(2), testEmbedder(), { budget: { sentences: 1 }, planConstants: cosineOnly });
    expect(one.picked).toEqual(near.picked);
    const cluster = await summarize({ documents: (duc[0] as { documents: string[] }).documents }, testEmbedder(), { budget: { words: 100 } });
    expect(cluster.meta.plan?.kind).toBe('cluster');
    const items = cnndm
      .slice(0, 20)
      .flatMap((r) => r.documents[0]!.split(/(?<=[.!?]) (?=[A-Z])/))
      .filter((t) => t.split(' ').length > 5 && t.split(' ').length < 30 && (t.match(/[.!?]/g) ?? []).length === 1 && /[.!?]$/.test(t))
      .slice(0, 60);
    expect(items.length).toBe(60);
    const list = await summarize(items.join('\n'), testEmbedder(), { budget: { sentences: 2 } });
    expect(list.meta.plan?.kind).toBe('list');
    // the same items as one paragraph are an article again
    expect((await summarize(items.join(' '), testEmbedder(), { budget: { sentences: 2 } })).meta.plan?.kind).toBe('lead');
  });

  itOnData('explains what was not picked in words, with the numbers that decided', async () => {
    const s = await summarize(article(1), testEmbedder(), { budget: { ratio: 0.4 } });
    const last = Math.min(...s.picked.map((i) => s.sentences[i]?.importance ?? Number.NaN));
    const skipped = s.sentences.find((x) => x.reason === 'not-selected');
    const named: Record<string, string> = {
      cosine: 'closeness to the whole text',
      position: 'early position',
      wordOverlap: 'shares words with many sentences',
      frequency: "uses the text's frequent words",
      length: 'length',
    };
    const terms = (skipped?.factors ?? []).map((f) => `${named[f.feature]} ${f.contribution >= 0 ? '+' : ''}${f.contribution.toFixed(2)}`);
    expect(skipped?.explanation).toBe(`Not picked: scored ${skipped?.importance.toFixed(2)} (${terms.join(', ')}), below the last pick (${last.toFixed(2)}).`);
    const words = await summarize(article(1), testEmbedder(), { budget: { words: 30 }, selector: 'near' });
    const refused = words.sentences.find((x) => x.reason === 'budget');
    expect(refused?.explanation).toMatch(/^Not picked: it would exceed the budget by \d+ words?\.$/);
  });

  it('a title line stays in the document but is no candidate, and the lead counts from the sentence after it', async () => {
    const doc = [
      'City Council Approves the New Harbour Bridge',
      '',
      'The city council approved the new harbour bridge on Monday after a long debate.',
      'Construction will start next spring and should take three years.',
      'Ferry operators said they expect fewer passengers once it opens, and the toll will pay for upkeep.',
      'The mayor called the vote historic, and the opposition called it reckless spending.',
      'A public consultation on the design will open in January and last six weeks.',
      'Engineers expect the bridge to carry forty thousand vehicles a day.',
    ].join('\n');
    // a short summary of an article: the lead plan, whatever the shipped share threshold
    const leadPlan = { ...SHIPPED_PLAN, centralShare: 1 };
    const s = await summarize(doc, testEmbedder(), { budget: { sentences: 2 }, planConstants: leadPlan });
    expect(s.meta.plan?.kind).toBe('lead');
    expect(s.sentences[0]).toMatchObject({ text: 'City Council Approves the New Harbour Bridge', reason: 'heading', rank: null, picked: false, factors: null });
    expect(s.sentences[0]?.explanation).toMatch(/heading/);
    expect(s.sentences.map((x) => x.position)).toEqual([0, 0, 1, 2, 3, 4, 5]);
    expect(s.picked).toEqual([1, 2]);
    const untitled = await summarize(doc.slice(doc.indexOf('The city')), testEmbedder(), { budget: { sentences: 2 }, planConstants: leadPlan });
    expect(untitled.sentences[0]?.cosine).not.toBeCloseTo(s.sentences[1]?.cosine ?? Number.NaN, 6);
    expect((await summarize(doc, testEmbedder(), { budget: { sentences: 1 }, selector: 'lead' })).picked).toEqual([1]);
    expect(
      (await summarize(doc.replace('Harbour Bridge\n', 'Harbour Bridge.\n'), testEmbedder(), { budget: { sentences: 1 }, selector: 'lead' })).picked,
    ).toEqual([0]);
  });

  it('Markdown headings are no candidates anywhere and do not count as positions', async () => {
    const doc = [
      '# Harbour Bridge Approved',
      '',
      'The city council approved the new harbour bridge on Monday after a long debate.',
      '',
      '## Costs',
      '',
      'The bridge will cost 80 million dollars, shared by the city and the state.',
      'Construction will start next spring and should take three years.',
    ].join('\n');
    const s = await summarize(doc, testEmbedder(), { budget: { sentences: 2 }, selector: 'lead' });
    expect(s.sentences.map((x) => [x.text.slice(0, 12), x.reason === 'heading', x.position])).toEqual([
      ['Harbour Brid', true, 0],
      ['The city cou', false, 0],
      ['Costs', true, 1],
      ['The bridge w', false, 1],
      ['Construction', false, 2],
    ]);
    expect(s.picked).toEqual([1, 3]);
    expect((await summarize(doc, testEmbedder(), { budget: { ratio: 0.5 }, selector: 'lead' })).meta.limit).toBe(2);
  });

  itOnData('a cut fragment goes last, and only when truncate asks for it', async () => {
    const text = (duc[0] as { documents: string[] }).documents;
    const cut = await summarize({ documents: text }, testEmbedder(), { budget: { words: 100 }, truncate: true });
    expect(cut.truncated).not.toBeNull();
    expect(cut.picked[cut.picked.length - 1]).toBe(cut.truncated?.index);
    const whole = await summarize({ documents: text }, testEmbedder(), { budget: { words: 100 } });
    expect(whole.truncated).toBeNull();
  });

  it('lexrank and cluster refuse more candidates than their cap before embedding anything', async () => {
    // an embedder that fails on any use: a refusal before embedding is INPUT_TOO_LARGE, not its error
    const untouchable = new Proxy({} as ReturnType<typeof testEmbedder>, {
      get: (_, key) => {
        throw new Error(`embedder used: ${String(key)}`);
      },
    });
    const text = Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} talks about the river and the council.`).join(' ');
    for (const selector of ['lexrank', 'cluster'] as const) {
      expect(await codeOf(summarize(text, untouchable, { budget: { sentences: 2 }, selector, maxSentences: 10 }))).toBe('INPUT_TOO_LARGE');
    }
    expect(await codeOf(summarize(text, untouchable, { budget: { sentences: 2 }, selector: 'lexrank', maxSentences: 40 }))).toMatch(
      /^OTHER:Error: embedder used/,
    );
    expect((await summarize(text, testEmbedder(), { budget: { sentences: 2 }, selector: 'lexrank', maxSentences: 40 })).picked).toHaveLength(2);
  });

  itOnData('plan constants from the caller are validated: INVALID_OPTION, not a wrong summary', async () => {
    const bad = { centralShare: 0.3, listMinSentences: 40, cluster: { weights: { bogus: 1 }, gap: 0, redundancy: 1 } };
    expect(await codeOf(summarize(article(1), testEmbedder(), { budget: { sentences: 2 }, planConstants: bad as never }))).toBe('INVALID_OPTION');
  });
});
