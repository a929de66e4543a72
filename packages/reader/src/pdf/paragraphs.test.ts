import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Line } from './layout.js';
import { toText } from './paragraphs.js';

/** A line of a page, 5 points a character wide; `right` given for a full justified line. */
const at = (text: string, y: number, o: Partial<Line> = {}): Line => ({ text, x: 72, y, right: 72 + text.length * 5, size: 10, font: 'body', page: 0, ...o });
const FULL = 300;

describe('toText: lines to paragraphs', () => {
  it('where paragraphs open indented, a new column runs the paragraph on unless its first line is indented', () => {
    const lines = [
      at('A survey of the harbour.', 712, { x: 82, right: 200 }),
      at('The board commissioned the survey after two', 700, { x: 82, right: FULL }),
      at('winters of storms, and it wanted to know how.', 688, { right: FULL }),
      at('Our work had three parts, each described below.', 676, { right: 200 }),
      at('We measured the channel every month and traced', 664, { x: 82, right: FULL }),
      at('the sand with coloured grains released at sea.', 652, { right: FULL }),
      at('Soundings were taken on the first spring tide.', 700, { x: 320, right: 548, page: 0 }),
      at('The sand comes from the south after gales and', 688, { x: 330, right: 548, page: 0 }),
      at('It moves in storms, not in the summer swell.', 676, { x: 320, right: 540, page: 0 }),
    ];
    const { text } = toText(lines);
    expect(text.split('\n\n')).toEqual([
      'A survey of the harbour.',
      'The board commissioned the survey after two winters of storms, and it wanted to know how. Our work had three parts, each described below.',
      'We measured the channel every month and traced the sand with coloured grains released at sea. Soundings were taken on the first spring tide.',
      'The sand comes from the south after gales and It moves in storms, not in the summer swell.',
    ]);
  });

  it('drops list marks, makes each item a paragraph, and joins a word hyphenated at a line end', () => {
    const lines = [
      at('There are three messages:', 700),
      at('• A HELLO message, which names the ledger and the', 688, { right: FULL }),
      at('highest entry number the sender holds.', 676),
      at('• A WANT message, which lists the missing ranges.', 664),
      at('2. A GIVE message, which carries the miss-', 652, { right: FULL }),
      at('ing entries themselves.', 640),
    ];
    expect(toText(lines).text.split('\n\n')).toEqual([
      'There are three messages:',
      'A HELLO message, which names the ledger and the highest entry number the sender holds.',
      'A WANT message, which lists the missing ranges.',
      'A GIVE message, which carries the missing entries themselves.',
    ]);
  });

  it('keeps the hyphen of a compound the document writes with one elsewhere, and of a range broken after it; folds ligatures', () => {
    const lines = [
      at('It applies to pressure-treated softwood and the', 700, { right: FULL }),
      at('e\ufb03cient flow of water off every pressure-', 688, { right: FULL }),
      at('treated board in the deck.', 676),
    ];
    expect(toText(lines).text).toBe('It applies to pressure-treated softwood and the efficient flow of water off every pressure-treated board in the deck.');
    const range = [at('The recordings were made in four campaigns, 1968\u2013', 700, { right: FULL }), at('1972 and 2017\u20132019.', 688)];
    expect(toText(range).text).toBe('The recordings were made in four campaigns, 1968\u20131972 and 2017\u20132019.');
  });

  it('reads a larger line as a heading, the largest on the first page as the title, and a short line in another font as a heading', () => {
    const lines = [
      at('Harbour Survey', 740, { size: 20 }),
      at('1 Introduction', 710, { size: 12 }),
      at('The board commissioned the survey in the spring.', 690),
      at('1.1 What the skippers said', 670, { font: 'bold' }),
      at('The channel has never been as shallow as now.', 655),
    ];
    const out = toText(lines);
    expect(out.title).toBe('Harbour Survey');
    expect(out.text.split('\n\n')).toEqual([
      '# Harbour Survey',
      '## 1 Introduction',
      'The board commissioned the survey in the spring.',
      '## 1.1 What the skippers said',
      'The channel has never been as shallow as now.',
    ]);
  });

  it('keeps small print out of the body paragraph it interrupts and marks it, captions, table rows, contents and references doubtful', () => {
    const lines = [
      at('Contents', 760, { size: 14 }),
      at('1 Background . . . . . . . . . . . . . 1', 740),
      at('Introduction', 720, { size: 14 }),
      at('The fleet has twenty-two boats, nine of which', 700, { right: FULL }),
      at('1 Nine fish all year round.', 100, { size: 8 }),
      at('fish all year, and all of them use the channel.', 700, { x: 320, right: 540 }),
      at('Figure 1: The channel at low water.', 660, { x: 320 }),
      at('March 3.1 -0.2', 640, {
        x: 320,
        cells: [
          { text: 'March', x: 320 },
          { text: '3.1', x: 400 },
          { text: '-0.2', x: 450 },
        ],
      }),
      at('References', 620, { x: 320, size: 14 }),
      at('Okafor, T. (2024). Sand in harbours. Coastal Press.', 600, { x: 320 }),
    ];
    const out = toText(lines);
    expect(out.text.split('\n\n')).toContain('The fleet has twenty-two boats, nine of which fish all year, and all of them use the channel.');
    expect(out.doubtful).toEqual([
      '1 Background',
      '1 Nine fish all year round.',
      'Figure 1: The channel at low water.',
      'March 3.1 -0.2',
      'Okafor, T. (2024). Sand in harbours. Coastal Press.',
    ]);
  });

  it("ends a paragraph at a line the next line's first word would have fitted on (a ragged list without marks)", () => {
    const lines = [
      at('You must tell the council about a supply that serves any of these premises, where the', 700, { right: 520 }),
      at('water reaches people who do not own it:', 688, { right: 280 }),
      at('a business that serves food or drink', 676, { right: 250 }),
      at('holiday lets, campsites or village halls', 664, { right: 265 }),
      at('premises where water is supplied to people who do not control the supply', 652, { right: 440 }),
    ];
    expect(toText(lines).text.split('\n\n')).toEqual([
      'You must tell the council about a supply that serves any of these premises, where the water reaches people who do not own it:',
      'a business that serves food or drink',
      'holiday lets, campsites or village halls',
      'premises where water is supplied to people who do not control the supply',
    ]);
  });

  it("drops numbered clauses' numbers, keeps a clause's hanging lines in it, and drops paragraph numbers that run in sequence", () => {
    const clauses = [
      at('1.1 Insurance fraud increases the premiums paid by honest members and undermines', 700, { right: 520 }),
      at('trust in the Society, so every claim is checked.', 688, { x: 100, right: 330 }),
      at('1.2 This policy applies to every delegated authority.', 676, { right: 390 }),
    ];
    expect(toText(clauses).text.split('\n\n')).toEqual([
      'Insurance fraud increases the premiums paid by honest members and undermines trust in the Society, so every claim is checked.',
      'This policy applies to every delegated authority.',
    ]);
    const numbered = ['7 The Council declared a climate emergency', '8 The plan gives priority to walking', '9 Officers recommend a concession'];
    const lines = numbered.flatMap((t, i) => [at(`${t} and sets it out here`, 700 - 24 * i, { right: 520 }), at('in full.', 688 - 24 * i, { right: 120 })]);
    expect(toText(lines).text.split('\n\n')).toEqual(numbered.map((t) => `${t.slice(2)} and sets it out here in full.`));
    expect(toText([at('7 Days of rain closed the road.', 700)]).text).toBe('7 Days of rain closed the road.');
  });

  it("joins a drop cap to its paragraph's first line, and marks a web page's printed furniture (a byline) doubtful", () => {
    const lines = [
      at('A', 700, { size: 30 }),
      at('t a quarter past six the lights went out along the quay.', 700, { x: 86 }),
      at('By Hannah Pelham, Local Democracy Reporter', 650),
    ];
    const out = toText(lines);
    expect(out.text.split('\n\n')[0]).toBe('At a quarter past six the lights went out along the quay.');
    expect(out.doubtful).toEqual(['By Hannah Pelham, Local Democracy Reporter']);
  });

  it("keeps a displayed equation and a table's numeric row out of the paragraph around them, as doubtful lines", () => {
    const lines = [
      at('The wake width grows with distance as', 700, { right: 520 }),
      at('\u03c3 = k x + \u03b5D, (2)', 688, { x: 200 }),
      at('and the deficit follows from the thrust of the rotor.', 676),
      at('West, flood 7.9 6.4 11.2', 652),
      at('Central, flood 8.1 6.9 11.8', 640),
    ];
    const out = toText(lines);
    expect(out.text.split('\n\n')).toEqual([
      'The wake width grows with distance as',
      '\u03c3 = k x + \u03b5D, (2)',
      'and the deficit follows from the thrust of the rotor.',
      'West, flood 7.9 6.4 11.2',
      'Central, flood 8.1 6.9 11.8',
    ]);
    expect(out.doubtful).toEqual(['\u03c3 = k x + \u03b5D, (2)', 'West, flood 7.9 6.4 11.2', 'Central, flood 8.1 6.9 11.8']);
  });

  it('reads each entry of a reference list set in small type as one paragraph, its hanging lines joined', () => {
    const lines = [
      at('The profilers were described in earlier work, and the turbines in the', 712, { right: 420 }),
      at('reports of the developer, which give their thrust curves in full and', 700, { right: 420 }),
      at('the power each turbine delivered in every month of the campaign, as', 688, { right: 420 }),
      at('its operators logged it at the substation on the shore of the sound.', 676, { right: 400 }),
      at('[3] M. J. Churchfield and Y. Li, "A large-eddy sim-', 300, { size: 8, right: 300 }),
      at('ulation of wind-plant aerodynamics," AIAA, 2012.', 290, { size: 8, x: 84, right: 280 }),
      at('[4] M. Guerra and J. Thomson, "Wake measurements', 280, { size: 8, right: 300 }),
      at('from a hydrokinetic river turbine," 2019.', 270, { size: 8, x: 84, right: 250 }),
    ];
    expect(toText(lines).doubtful).toEqual([
      '[3] M. J. Churchfield and Y. Li, "A large-eddy simulation of wind-plant aerodynamics," AIAA, 2012.',
      '[4] M. Guerra and J. Thomson, "Wake measurements from a hydrokinetic river turbine," 2019.',
    ]);
  });

  it('joins a drop cap drawn anywhere in the stream, and runs a word split at a line end on into an indented block', () => {
    const lines = [
      at('t a quarter past six the lights went out along the quay, and the', 700, { x: 100, right: 520 }),
      at('harbour master rang the bell.', 688, { right: 240 }),
      at('A', 700, { x: 72, size: 36, right: 96 }),
    ];
    expect(toText(lines).text).toBe('At a quarter past six the lights went out along the quay, and the harbour master rang the bell.');
    const block = [
      at('The group replaced the per-ma-', 700, { x: 136, right: 468 }),
      at('chine caches of the monorepo with a shared cache served from two stores.', 687, { x: 108, right: 468 }),
    ];
    expect(toText(block).text).toBe('The group replaced the per-machine caches of the monorepo with a shared cache served from two stores.');
  });

  it('reads a term and its description set apart on one line as the term (doubtful) and a paragraph whose lines hang', () => {
    const lines = [
      at('Facet A field whose values are counted and offered as filters', 700, {
        right: 468,
        cells: [
          { text: 'Facet', x: 72 },
          { text: 'A field whose values are counted and offered as filters', x: 150 },
        ],
      }),
      at('beside the results, such as format or branch.', 687, { x: 150, right: 380 }),
    ];
    const out = toText(lines);
    expect(out.text.split('\n\n')).toEqual(['Facet', 'A field whose values are counted and offered as filters beside the results, such as format or branch.']);
    expect(out.doubtful).toEqual(['Facet']);
  });

  it('loses no word of the lines it is given (list marks, dot leaders and line-end hyphens aside)', () => {
    const word = fc.stringMatching(/^[a-z]{2,9}$/);
    const lineArb = fc.record({
      words: fc.array(word, { minLength: 1, maxLength: 9 }),
      end: fc.constantFrom('', '.', ','),
      size: fc.constantFrom(8, 10, 10, 10, 13),
      font: fc.constantFrom('body', 'body', 'bold'),
      dx: fc.constantFrom(0, 0, 0, 12),
      gap: fc.constantFrom(12, 12, 24),
    });
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), (specs) => {
        let y = 780;
        const lines = specs.map((s) => {
          y -= s.gap;
          return at(s.words.join(' ') + s.end, y, { size: s.size, font: s.font, x: 72 + s.dx });
        });
        const words = (t: string) => t.toLowerCase().match(/[a-z]+/g) ?? [];
        const out = words(toText(lines).text).sort();
        expect(out).toEqual(specs.flatMap((s) => s.words).sort());
      }),
      { numRuns: 300 },
    );
  });
});
