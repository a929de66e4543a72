import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { harbourStory, norm } from '../../test-support/page-kit.js';
import { extractArticleWith } from '../article.js';
import { parseDocument } from '../parse-linkedom.js';
import ASSET from './furniture-model.json' with { type: 'json' };
import { blockFeatures, blockWords, contentWords, countWords } from './features.js';
import { type FurnitureModel, furnitureProbability, modelFromAsset, readWithModel, withoutLearnedFurniture } from './model.js';
import { SHIPPED_FURNITURE_MODEL as MODEL } from './shipped.js';

const STORY = [
  '# Ferry timetable cut for the winter',
  '',
  'The island ferry will run four times a day from November, down from seven, the operator said on Tuesday.',
  '',
  'Share what you know. Answer questions in the forum and help improve these articles.',
  '',
  'Islanders said the first crossing, at 7.15, was too late for people who work on the mainland.',
  '',
  '- You cannot reply to topics in this forum',
  '- Fares stay at four pounds for adults and two for children.',
].join('\n');

/** The content words of the story's own lines (a ferry timetable), none of its notices. */
const ARTICLE = countWords(
  contentWords(
    blockWords(
      STORY.split('\n')
        .filter((l) => /ferry|Islanders|Fares/.test(l))
        .join(' '),
    ),
  ),
);

describe('the learned furniture model', () => {
  it('reads words as the trainer does: lower case, digits as <n>, apostrophes kept', () => {
    expect(blockWords('Updated 14 March 2015: It’s the Council’s plan')).toEqual(['updated', '<n>', 'march', '<n>', "it's", 'the', "council's", 'plan']);
    const f = blockFeatures('Sign up for our newsletter!', new Map());
    expect(f).toEqual(expect.arrayContaining(['w:sign', 'b:sign up', 'f:sign', 'f2:sign up', 'l:newsletter', 'len:4-5', 'end:!', 'shared:0']));
    expect(blockFeatures('© 2025 Fernleaf Labs | Privacy', new Map())).toEqual(expect.arrayContaining(['sym:copyright', 'sym:bar']));
    expect(contentWords(blockWords('This is the harbour’s wall, built in 1962'))).toEqual(["harbour's", 'wall', 'built']);
    const rest = countWords(['harbour', 'wall']);
    expect(blockFeatures('The harbour wall was rebuilt', rest)).toContain('shared:half');
    expect(blockFeatures('The harbour wall', rest)).toContain('shared:most');
    expect(blockFeatures('It was in 1962', rest)).toContain('shared:none');
  });

  it('scores notices and prompts as furniture and news sentences as text', () => {
    for (const notice of [
      'You cannot reply to topics in this forum',
      'Log in or register to comment.',
      'Learn more about your ad choices. Visit podcastchoices.com/adchoices',
      'Did you make this project? Share it with us!',
    ])
      expect(furnitureProbability(MODEL, notice, ARTICLE), notice).toBeGreaterThanOrEqual(MODEL.threshold);
    for (const sentence of [
      'The island ferry will run four times a day from November, down from seven, the operator said on Tuesday.',
      'Preheat the oven to 180C and butter a deep cake tin.',
      'The council voted to keep two of the routes at a cost of about $340,000 a year.',
    ])
      expect(furnitureProbability(MODEL, sentence, ARTICLE), sentence).toBeLessThan(0.5);
  });

  it("reads a line against the rest of its text: a line on the article's subject is less likely furniture", () => {
    const tiers = countWords(contentWords(blockWords('The two pricing tiers differ in storage, support and seats. The differences matter for teams.')));
    const line = 'This article explains the differences between the two pricing tiers.';
    const onSubject = furnitureProbability(MODEL, line, tiers);
    const harbour = countWords(contentWords(blockWords('The harbour wall was rebuilt over the winter. Fishing boats returned in March.')));
    const offSubject = furnitureProbability(MODEL, line, harbour);
    // on its subject the line is article text (neither dropped nor doubted); in a harbour story at least doubtful
    expect(onSubject).toBeLessThan(MODEL.doubt ?? MODEL.threshold);
    expect(offSubject).toBeGreaterThanOrEqual(MODEL.doubt ?? MODEL.threshold);
    expect(offSubject - onSubject).toBeGreaterThan(0.2);
  });

  it('drops the lines it is sure of, keeps headings, text and their order', () => {
    const out = withoutLearnedFurniture(STORY, MODEL);
    expect(out).not.toContain('Answer questions in the forum');
    expect(out).not.toContain('You cannot reply');
    expect(out).toContain('# Ferry timetable cut for the winter');
    expect(out).toContain('- Fares stay at four pounds');
    expect(out.indexOf('The island ferry')).toBeLessThan(out.indexOf('Islanders said'));
    expect(out).not.toMatch(/\n{3}/);
  });

  it('lists the kept lines it doubts, for a summary not to pick', () => {
    const doubted = 'This article was written with the help of islanders.';
    const read = readWithModel(`${STORY}\n\n${doubted}`, MODEL);
    expect(read.text).toContain(doubted);
    expect(read.text).not.toContain('You cannot reply');
    expect(read.doubtful).toEqual([doubted]);
    expect(MODEL.doubt).toBe(ASSET.model.doubt);
    const { doubt: _doubt, ...sureOnly } = MODEL;
    expect(readWithModel(`${STORY}\n\n${doubted}`, sureOnly).doubtful).toEqual([]);
    expect(readWithModel(STORY, null)).toEqual({ text: STORY, doubtful: [] });
  });

  it('leaves a line shorter than minWords, and a text whose only prose line it would drop', () => {
    const sure: FurnitureModel = { bias: 10, weights: new Map(), threshold: 0.9, minWords: 4 };
    expect(withoutLearnedFurniture('# Title\n\nSubscribe to our newsletter today.', sure)).toBe('# Title\n\nSubscribe to our newsletter today.');
    expect(withoutLearnedFurniture('Sign in\n\nOne two three four five.', sure)).toBe('Sign in');
    expect(withoutLearnedFurniture('One two three four.\n\nFive six seven eight.', sure)).toBe('One two three four.\n\nFive six seven eight.');
  });

  it('is part of the extractor, and can be turned off', () => {
    const page = harbourStory('<p>You cannot reply to topics in this forum. Log in or register to comment.</p>');
    expect(norm(extractArticleWith(page, parseDocument).text)).not.toContain('you cannot reply');
    expect(norm(extractArticleWith(page, parseDocument, null).text)).toContain('you cannot reply');
  });

  it('output lines are input lines, in order, and headings always stay (any Markdown)', () => {
    const line = fc.oneof(
      fc.constantFrom('# Title', '## Section', '- Log in to reply', 'Share this article', 'You cannot vote in polls in this forum', ''),
      fc.lorem({ maxCount: 14 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const input = lines.join('\n');
        const read = readWithModel(input, MODEL);
        const out = read.text.split('\n').filter((l) => l.trim() !== '');
        for (const d of read.doubtful) expect(out.map((l) => l.trim())).toContain(d);
        const kept = input.split('\n').filter((l) => l.trim() !== '');
        let i = 0;
        for (const l of out) {
          while (i < kept.length && kept[i] !== l) i++;
          expect(i).toBeLessThan(kept.length);
          i++;
        }
        for (const h of kept.filter((l) => l.startsWith('#'))) expect(out).toContain(h);
      }),
    );
  });

  it('ships with its manifest: the command, the data hash and the cross-validated choice', () => {
    expect(ASSET.manifest.command).toContain('train-furniture-model.ts');
    expect(ASSET.manifest.data.goldSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ASSET.manifest.crossValidation.join('\n')).toContain(`chosen: ${ASSET.model.threshold}`);
    expect(ASSET.manifest.crossValidation.join('\n')).toContain(`doubtful lines: from ${ASSET.model.doubt}`);
    expect(() => modelFromAsset({ ...ASSET.model, weights: [] })).toThrow(/differ in length/);
    expect(MODEL.weights.size).toBe(ASSET.model.features.length);
  });
});
