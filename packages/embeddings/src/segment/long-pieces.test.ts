import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

// A speech-to-text transcript: lower case, no punctuation at all (about 170 words).
const TRANSCRIPT = [
  'so good evening everyone and thanks for coming out tonight i know the weather is terrible',
  'we wanted to talk about the river project because a lot of you have asked what happens next',
  'the council voted on tuesday to restore the old channel and the work starts in june',
  'it will take about two years and the path along the east bank will be closed for most of that time',
  'but the west bank stays open and there will be a temporary bridge near the mill',
  'now the money comes from three places the national flood fund the water company and the town itself',
  'our share is about four hundred thousand pounds spread over three budgets',
  'if you have questions about the closures talk to sarah at the table by the door',
  'and we will put the full plan online next week with maps and dates for every stage',
].join(' ');

// One written sentence of about 120 words with capitals: legal prose, not a transcript.
const LEGAL =
  'Where the Tenant fails to pay any sum due under this Lease within fourteen days of the date on which it became due, ' +
  'whether or not formally demanded, or fails to observe or perform any of the covenants, conditions or obligations on the ' +
  'part of the Tenant contained in this Lease, or becomes insolvent, or enters into any arrangement or composition with its ' +
  'creditors, or has a receiver, administrator or liquidator appointed over the whole or any part of its assets, then the ' +
  'Landlord may at any time thereafter re-enter the Property or any part of it in the name of the whole, and the term shall ' +
  'then absolutely cease, but without prejudice to any right or remedy of the Landlord in respect of any earlier breach ' +
  'of covenant';

const wordsOf = (s: string): string[] => s.split(/\s+/).filter((w) => w !== '');

describe('long pieces without punctuation (transcripts)', () => {
  it('cuts a lower-case transcript into parts of 20 to 45 words, in order, losing no word', () => {
    const sentences = splitSentences(TRANSCRIPT);
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    for (const s of sentences) {
      expect(s.words).toBeGreaterThanOrEqual(20);
      expect(s.words).toBeLessThanOrEqual(45);
      expect(TRANSCRIPT.slice(s.start, s.end)).toBe(s.text);
    }
    expect(sentences.flatMap((s) => wordsOf(s.text))).toEqual(wordsOf(TRANSCRIPT));
  });

  it('prefers to cut before a word that opens spoken sentences', () => {
    const openers = new Set(['so', 'and', 'but', 'then', 'now', 'because', 'if', 'i', 'we', 'our', 'there']);
    const starts = splitSentences(TRANSCRIPT)
      .slice(1)
      .map((s) => wordsOf(s.text)[0]!);
    expect(starts.filter((w) => openers.has(w)).length).toBe(starts.length);
  });

  it("leaves written sentences alone: a 100-word sentence with capitals is the run-on rules' business", () => {
    const sentence = `${LEGAL.split(' ').slice(0, 60).join(' ')}.`;
    expect(splitSentences(sentence).map((s) => s.text)).toEqual([sentence]);
    // over 100 words, run-ons.ts cuts before capitalised words; nothing is cut by length alone
    const parts = splitSentences(`${LEGAL}.`);
    expect(parts.length).toBeGreaterThan(1);
    for (const s of parts) expect(/^\p{Lu}/u.test(s.text)).toBe(true);
  });

  it('cuts ALL-CAPS captions too, and any piece over 200 words', () => {
    const captions = TRANSCRIPT.toUpperCase();
    const sentences = splitSentences(captions);
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    for (const s of sentences) expect(s.words).toBeLessThanOrEqual(45);
    expect(sentences.flatMap((s) => wordsOf(s.text))).toEqual(wordsOf(captions));
    const mixed = Array.from({ length: 3 }, () => TRANSCRIPT.replace(/\bsarah\b/, 'Sarah')).join(' ');
    expect(splitSentences(mixed).every((s) => s.words <= 45)).toBe(true);
  });

  it('property: parts cover every word in order, none over 45 words, the last at least 20 when cut', () => {
    const word = fc.constantFrom('so', 'and', 'the', 'river', 'we', 'council', 'rose,', 'i', 'flood', 'bank', 'town', 'then');
    fc.assert(
      fc.property(fc.array(word, { minLength: 0, maxLength: 700 }), (ws) => {
        const text = ws.join(' ');
        const sentences = splitSentences(text);
        expect(sentences.flatMap((s) => wordsOf(s.text))).toEqual(ws);
        if (ws.length > 100) {
          for (const s of sentences) expect(s.words).toBeLessThanOrEqual(45);
          expect(sentences.at(-1)!.words).toBeGreaterThanOrEqual(20);
        } else {
          expect(sentences.length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
