/**
 * `pnpm bench` for the learned furniture model (src/html/learned/): its pass over the extracted
 * Markdown against the rules' extraction of the same pages, timed in this process (fastest of 3).
 * Targets: on the test pages the model costs at most a tenth of the rules' time (session 23: about
 * 2 %), and on a text of 20,000 lines it costs no more per line than on an ordinary 400-line text
 * (twice, for noise): the pass is linear. The bench exits 1 otherwise.
 */
import { extractArticleWith } from '../src/html/article.js';
import { SHIPPED_FURNITURE_MODEL } from '../src/html/learned/shipped.js';
import { withoutLearnedFurniture } from '../src/html/learned/model.js';
import { parseDocument } from '../src/html/parse-linkedom.js';
import { TEST_PAGES } from '../src/test-support/pages.js';
import { fastest } from './timing.js';

const SHARE_TARGET = 0.1;
const LINEAR_TARGET = 2;

const htmls = TEST_PAGES.map((p) => p.html);
const texts = htmls.map((h) => extractArticleWith(h, parseDocument, null).text);
const rules = fastest(() => htmls.forEach((h) => extractArticleWith(h, parseDocument, null)));
const model = fastest(() => texts.forEach((t) => withoutLearnedFurniture(t, SHIPPED_FURNITURE_MODEL)));

const line = (i: number): string => `Paragraph ${i}: the river authority said the flood defences held overnight, engineers said.`;
const lines = (n: number): string => ['# Floods', ...Array.from({ length: n }, (_, i) => line(i))].join('\n\n');
const [small, large] = [lines(400), lines(20_000)];
const perLine = (text: string, n: number): number => fastest(() => withoutLearnedFurniture(text, SHIPPED_FURNITURE_MODEL)) / n;
const [smallPer, largePer] = [perLine(small, 400), perLine(large, 20_000)];

const share = model / rules;
const growth = largePer / smallPer;
console.log('| measure | value | target |');
console.log('|---|---:|---:|');
console.log(
  `| model pass / rules' extraction, ${htmls.length} test pages (${model.toFixed(1)} / ${rules.toFixed(0)} ms) | ${share.toFixed(3)} | <= ${SHARE_TARGET} |`,
);
const micro = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;
console.log(`| time per line, 20,000 lines / 400 lines (${micro(largePer)} / ${micro(smallPer)}) | ${growth.toFixed(2)}x | <= ${LINEAR_TARGET}x |`);
if (share > SHARE_TARGET || growth > LINEAR_TARGET) {
  console.error('the learned model is over its time target');
  process.exit(1);
}
