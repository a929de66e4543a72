import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCompound, tokenize } from './tokenize.js';

// Real evaluation data, read from ../shared at test time (licensed: never copied here).
const DATA_DIR = new URL('../../../../../shared/data/', import.meta.url);
const DATASETS = ['bbc', 'cnndm', 'duc2004', 'summeval', 'xsum', 'opinosis'] as const;

function documentsOf(name: (typeof DATASETS)[number]): string[] {
  const path = fileURLToPath(new URL(`${name}-dev.jsonl`, DATA_DIR));
  if (!existsSync(path)) {
    throw new Error(`evaluation data missing: ${path} (expected /work/shared/data next to the repository; these tests read it, they never copy it)`);
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => (JSON.parse(l) as { documents: string[] }).documents);
}

/** Tokens kept although they hold no letter or digit (any currency sign is kept too). */
const SYMBOLS = new Set(['%', "'s", "'re", "'ve", "'ll", "'d", "'m"]);
const isWordOrSymbol = (t: string): boolean => /[\p{L}\p{N}]/u.test(t) || /^\p{Sc}$/u.test(t) || SYMBOLS.has(t);

describe('tokenize: GloVe conventions', () => {
  it('lower-cases and drops punctuation', () => {
    expect(tokenize('The Cat, the HAT; and (the) "Bat"!? — yes…')).toEqual(['the', 'cat', 'the', 'hat', 'and', 'the', 'bat', 'yes']);
  });

  it('splits possessives and clitics as PTB does, with any apostrophe', () => {
    expect(tokenize("John's dog")).toEqual(['john', "'s", 'dog']);
    expect(tokenize('don’t can’t won‘t isn`t')).toEqual(['do', "n't", 'ca', "n't", 'wo', "n't", 'is', "n't"]);
    expect(tokenize("They're sure we'd've said I'm ill and you'll see")).toEqual([
      'they',
      "'re",
      'sure',
      'we',
      "'d",
      "'ve",
      'said',
      'i',
      "'m",
      'ill',
      'and',
      'you',
      "'ll",
      'see',
    ]);
    expect(tokenize("O'Neill's o'clock rock'n'roll")).toEqual(["o'neill", "'s", "o'clock", "rock'n'roll"]);
  });

  it('drops quote marks and plural-possessive apostrophes', () => {
    expect(tokenize("the players' union said 'never' and ‘no’")).toEqual(['the', 'players', 'union', 'said', 'never', 'and', 'no']);
  });

  it('keeps already tokenised clitics (PTB text)', () => {
    expect(tokenize("John 's car , we do n't know")).toEqual(['john', "'s", 'car', 'we', 'do', "n't", 'know']);
  });

  it('keeps hyphenated compounds whole, splits dashes', () => {
    expect(tokenize('A well-known 10-year-old cross‑border deal -- or a – dash — here')).toEqual([
      'a',
      'well-known',
      '10-year-old',
      'cross-border',
      'deal',
      'or',
      'a',
      'dash',
      'here',
    ]);
  });

  it('keeps numbers with inner separators and splits units off decimals', () => {
    expect(tokenize('In 1998, 10,000 fans paid $10.9bn (3.5%) at 10:30 on 24/7 in the 1990s, 3d mp3 100m')).toEqual([
      'in',
      '1998',
      '10,000',
      'fans',
      'paid',
      '$',
      '10.9',
      'bn',
      '3.5',
      '%',
      'at',
      '10:30',
      'on',
      '24/7',
      'in',
      'the',
      '1990s',
      '3d',
      'mp3',
      '100m',
    ]);
    expect(tokenize('£5.7bn and €3 or ¥4.')).toEqual(['£', '5.7', 'bn', 'and', '€', '3', 'or', '¥', '4']);
  });

  it('keeps acronyms with their periods and drops an abbreviation period', () => {
    expect(tokenize('Mr. Smith of Acme Inc. went to the U.S. at 9 a.m., e.g. the U.S via U.N. talks.')).toEqual([
      'mr',
      'smith',
      'of',
      'acme',
      'inc',
      'went',
      'to',
      'the',
      'u.s.',
      'at',
      '9',
      'a.m.',
      'e.g.',
      'the',
      'u.s.',
      'via',
      'u.n.',
      'talks',
    ]);
  });

  it('keeps URLs, e-mail addresses and host names as one token', () => {
    expect(tokenize('See https://Example.com/a?b=1, mail Jo.Ann@Mail.Example.org or visit www.bbc.co.uk.')).toEqual([
      'see',
      'https://example.com/a?b=1',
      'mail',
      'jo.ann@mail.example.org',
      'or',
      'visit',
      'www.bbc.co.uk',
    ]);
    expect(tokenize('Fans of Halo.Bungie.Org (bbc.co.uk/sport).')).toEqual(['fans', 'of', 'halo.bungie.org', 'bbc.co.uk/sport']);
  });

  it('splits sentences glued by a period', () => {
    expect(tokenize('It ended.The next one began')).toEqual(['it', 'ended', 'the', 'next', 'one', 'began']);
  });

  it('keeps letters of any script and composes accents', () => {
    expect(tokenize('Café NAÏVE São e\u0301te\u0301 Zürich Москва')).toEqual(['café', 'naïve', 'são', 'été', 'zürich', 'москва']);
  });

  it('joins words with & inside, drops a lone &', () => {
    expect(tokenize('AT&T and M&S, Ant & Dec')).toEqual(['at&t', 'and', 'm&s', 'ant', 'dec']);
  });

  it('returns [] for text without tokens and rejects non-strings', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ... -- !? ')).toEqual([]);
    expect(() => tokenize(null as unknown as string)).toThrow(expect.objectContaining({ name: 'EmbeddingError', code: 'INVALID_ARGUMENT' }));
  });
});

describe('splitCompound', () => {
  it('splits on hyphens and drops empty parts', () => {
    expect(splitCompound('cross-border')).toEqual(['cross', 'border']);
    expect(splitCompound('10-year-old')).toEqual(['10', 'year', 'old']);
    expect(splitCompound('well--known')).toEqual(['well', 'known']);
    expect(splitCompound('-x-')).toEqual(['x']);
    expect(splitCompound('plain')).toEqual(['plain']);
    expect(splitCompound('')).toEqual([]);
  });
});

const tokenText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "John's",
        "don't",
        "can't",
        "'s",
        "n't",
        'U.S.',
        'e.g.',
        'Mr.',
        '3.5',
        '10,000',
        '$10.9bn',
        '%',
        '£',
        'well-known',
        '--',
        '—',
        'https://x.org/a.',
        'a@b.com',
        'www.site.co.uk',
        'bbc.co.uk',
        "o'clock",
        '’',
        '‘',
        '"',
        '`',
        '&',
        'AT&T',
        ' ',
        '\n',
        '.',
        ',',
        'É',
        'e\u0301',
        '\u00ad',
        '‐',
        '😀',
      ),
      fc.string({ unit: 'grapheme', maxLength: 5 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('tokenize: properties', () => {
  it('gives non-empty lower-case tokens without whitespace, stable when re-tokenised', () => {
    fc.assert(
      fc.property(tokenText, (text) => {
        const tokens = tokenize(text);
        for (const t of tokens) {
          expect(t.length).toBeGreaterThan(0);
          expect(t).toBe(t.toLowerCase());
          expect(t).not.toMatch(/\s/);
          expect(isWordOrSymbol(t), `token ${JSON.stringify(t)}`).toBe(true);
        }
        expect(tokenize(tokens.join(' '))).toEqual(tokens);
      }),
      { numRuns: 500 },
    );
  });

  it('reads curly apostrophes, Unicode hyphens, soft hyphens and decomposed accents as their plain forms', () => {
    // what tokenize rewrites before matching, done by hand first: the same tokens either way
    const plain = (t: string): string => {
      const s = t
        .toLowerCase()
        .replace(/[’‘`´′ʼ]/g, "'")
        .replace(/[‐‑]/g, '-')
        .replace(/\u00ad/g, '');
      return /[\u0300-\u036f]/.test(s) ? s.normalize('NFC') : s; // composed only where a combining accent is
    };
    fc.assert(
      fc.property(tokenText, (text) => {
        expect(tokenize(text)).toEqual(tokenize(plain(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same tokens whatever composes into an apostrophe (found by the property above)', () => {
    // "A" + combining grave + Greek varia (U+1FEF), which NFC turns into a backtick
    expect(tokenize('A\u0300\u1fef\u4e00')).toEqual(tokenize('\u00e0`\u4e00'));
    expect(tokenize('A\u0300\u1fefb')).toEqual(["\u00e0'b"]);
  });

  it('keeps every letter and digit of plain ASCII words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), { maxLength: 30 }), fc.constantFrom(' ', ', ', ' - ', '; ', '\n'), (words, sep) => {
        expect(tokenize(words.join(sep))).toEqual(words.map((w) => w.toLowerCase()));
      }),
    );
  });

  // Linear time on these is a target of `pnpm bench` (bench/pathological.bench.ts); here, the output.
  it('tokenizes pathological input into pieces of it, none empty', () => {
    for (const input of [
      'a'.repeat(300_000),
      'a.'.repeat(100_000),
      "a'".repeat(100_000),
      'a-'.repeat(100_000),
      '1.'.repeat(100_000),
      'www.'.repeat(50_000),
      'x@'.repeat(100_000),
      'a.com.'.repeat(50_000),
    ]) {
      const tokens = tokenize(input);
      expect(tokens.length, input.slice(0, 8)).toBeGreaterThan(0);
      expect(
        tokens.every((t) => t.length > 0 && input.includes(t)),
        input.slice(0, 8),
      ).toBe(true);
      expect(tokens.join('').length, input.slice(0, 8)).toBeLessThanOrEqual(input.length);
    }
  });
});

// Needs ../shared/data (research data beside the repository): skipped without the folder, failing if a file in it is missing.
describe.skipIf(!existsSync(DATA_DIR))('tokenize on the evaluation data', () => {
  it.each(DATASETS)('%s: about one token per word, all lower-case, no punctuation tokens', (name) => {
    let words = 0;
    let tokens = 0;
    let plain = 0;
    for (const doc of documentsOf(name)) {
      words += doc.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
      for (const t of tokenize(doc)) {
        tokens++;
        if (/^[a-z]+$/.test(t)) plain++;
        if (!isWordOrSymbol(t)) throw new Error(`${name}: punctuation token ${JSON.stringify(t)}`);
        if (t !== t.toLowerCase() || /\s/.test(t)) throw new Error(`${name}: bad token ${JSON.stringify(t)}`);
      }
    }
    expect(tokens / words).toBeGreaterThan(0.95);
    expect(tokens / words).toBeLessThan(1.15);
    expect(plain / tokens).toBeGreaterThan(0.85);
  });

  it('splits every clitic of the news data and keeps no curly apostrophe', () => {
    let clitics = 0;
    for (const name of ['cnndm', 'bbc', 'duc2004'] as const) {
      for (const doc of documentsOf(name)) {
        const tokens = tokenize(doc);
        for (const t of tokens) {
          if (/[’‘]/.test(t)) throw new Error(`${name}: curly apostrophe in ${JSON.stringify(t)}`);
          if (/.(?:n't|'s|'re|'ve|'ll|'d|'m)$/.test(t)) throw new Error(`${name}: clitic left on ${JSON.stringify(t)}`);
          if (t === "'s" || t === "n't") clitics++;
        }
      }
    }
    expect(clitics).toBeGreaterThan(1000);
  });
});
