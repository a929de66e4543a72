import { type TestPage, texts } from './page-kit.js';
import { tidy } from './pages-heldout127-a4.js';
import { confluence } from './pages-heldout127-f2.js';
import { investopediaChrome, investopediaFurniture } from './pages-heldout127-f3.js';

/**
 * Held-out batch 127, file f: an Investopedia term explainer on the Dotdash Meredith "mntl" templates (page chrome in file f3:
 * skip link, header with menu and search, the nav, breadcrumb, the byline group with author / reviewer / fact-checker and their
 * hidden tooltip bios, the primary image credit, the "Table of Contents" with "Expand", a "Key Takeaways" callout, an
 * "Important" callout, in-content ad slots, "Article Sources", the feedback widget, "Related Terms", "Related Articles", the
 * partner-links table with "Advertiser Disclosure", the footer and the OneTrust banner); and, from file f2, a Confluence Cloud
 * knowledge-base page.
 */
const title = 'Cash Conversion Cycle (CCC): Definition, Formula, and Example';
const hWhat = 'What Is the Cash Conversion Cycle (CCC)?';
const what = [
  'The cash conversion cycle (CCC) is a measure of how many days it takes a company to turn the money it spends on inventory and other ' +
    'inputs back into cash from sales. It combines three working-capital measures: how long inventory sits before it is sold, how long ' +
    'customers take to pay, and how long the company itself takes to pay its suppliers.',
  'A shorter cycle means cash is tied up in the business for less time, which leaves more available for investment, debt repayment or a ' +
    'cushion against a slow season.',
];
const takeaways = [
  'The cash conversion cycle shows how many days a company’s cash is tied up in inventory and receivables before it comes back as cash.',
  'It is calculated as days inventory outstanding plus days sales outstanding minus days payables outstanding.',
  'A lower or falling CCC is generally a good sign; a rising one can point to slow-moving stock or customers paying late.',
  'The measure is most useful when compared over time or with companies in the same industry.',
];
const hUnderstand = 'Understanding the Cash Conversion Cycle';
const understand = [
  'Every business that sells goods pays for them before it is paid for them. A retailer buys stock, holds it on the shelf, sells it, and ' +
    'may then wait for a card processor or a trade customer to settle. Meanwhile its own suppliers may give it 30 or 60 days to pay. The ' +
    'CCC adds up the time cash spends in each of these stages.',
  'Because it depends on inventory, the CCC matters most for retailers, wholesalers and manufacturers. Service businesses and software ' +
    'companies, which hold little or no stock, often have very short or even negative cycles.',
];
const hFormula = 'Formula and Calculation of the CCC';
const formula = ['CCC = DIO + DSO − DPO'];
const where = ['where:'];
const terms = [
  'DIO = days inventory outstanding (average inventory ÷ cost of goods sold × 365)',
  'DSO = days sales outstanding (average accounts receivable ÷ revenue × 365)',
  'DPO = days payables outstanding (average accounts payable ÷ cost of goods sold × 365)',
];
const calc = [
  'Each component is calculated from figures on the balance sheet and income statement for the same period, usually a fiscal year. Use ' +
    'averages of the opening and closing balances for inventory, receivables and payables, so that a single unusual quarter-end does not ' +
    'distort the result.',
];
const hExample = 'Example of the Cash Conversion Cycle';
const example = [
  'Suppose Hartwell Outdoor Supply, a fictional wholesaler of camping equipment, reports the following for its latest fiscal year: its ' +
    'inventory sits for an average of 74 days before it is sold, customers pay an average of 38 days after the sale, and Hartwell pays its ' +
    'own suppliers after 45 days.',
  'Its cash conversion cycle is 74 + 38 − 45 = 67 days. In other words, each dollar Hartwell spends on stock takes a little over two ' +
    'months to come back as cash. If the company negotiated 60-day terms with its suppliers, its cycle would fall to 52 days without any ' +
    'change in how fast it sells.',
];
const important = [
  'A negative cash conversion cycle means a company collects cash from customers before it has to pay its suppliers. Large retailers with ' +
    'fast-moving stock and strong bargaining power sometimes achieve this.',
];
const hGood = 'What Is a Good Cash Conversion Cycle?';
const good = [
  'There is no single good number. Grocery chains may run cycles of a week or less, while makers of heavy equipment can have cycles of ' +
    'several months. Analysts look instead at the direction of the trend and at how a company compares with its closest competitors.',
];
const hBottom = 'The Bottom Line';
const bottom = [
  'The cash conversion cycle shows how efficiently a company manages its working capital. Watching each of its three parts, and not just ' +
    'the total, helps explain whether a change comes from selling stock faster, collecting from customers sooner or paying suppliers later.',
];
const heads = [hWhat, hUnderstand, hFormula, hExample, hGood, hBottom];
let block = 0;
const id = (): string => `mntl-sc-block_${++block}-0`;
const h2 = (t: string): string =>
  `<h2 id="${id()}" class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const ps = (a: readonly string[]): string => a.map((p) => `<p id="${id()}" class="comp mntl-sc-block mntl-sc-block-html">${p}</p>`).join('\n');
const ad = (n: number): string => `<div id="${id()}" class="comp mntl-sc-block mntl-sc-block-adslot mntl-block"><div id="mntl-sc-block-adslot_${n}"
class="comp scads-to-load right-rail__item mntl-gpt-dynamic-adunit mntl-gpt-adunit gpt dynamic" data-type="dynamic" data-pos="article_${n}"></div></div>`;
const callout = (theme: string, inner: string, heading = ''): string => `<div id="${id()}" class="comp mntl-sc-block finance-sc-block-callout
mntl-sc-block-callout mntl-block theme-${theme}" data-tracking-id="${theme}" data-tracking-container="true">${
  heading ? `<div class="mntl-sc-block-callout-heading"><h3 class="mntl-sc-block-callout-heading__text">${heading}</h3></div>` : ''
}<div class="mntl-sc-block-callout-body mntl-text-block">${inner}</div></div>`;
const ul = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const article = `${h2(hWhat)}
${ps(what)}
${callout('whatyouneedtoknow', ul(takeaways), 'Key Takeaways')}
${ad(1)}
${h2(hUnderstand)}
${ps(understand)}
${h2(hFormula)}
<div id="${id()}" class="comp mntl-sc-block mntl-sc-block-image"><figure class="figure-media"><img alt="Cash conversion cycle formula"
src="https://www.investopedia.com/thmb/ccc-formula.png" width="1500" height="300" loading="lazy"></figure></div>
${ps(formula)}
${ps(where)}
${ul(terms)}
${ps(calc)}
${ad(2)}
${h2(hExample)}
${ps(example)}
${callout('important', ps(important))}
${h2(hGood)}
${ps(good)}
${ad(3)}
${h2(hBottom)}
${ps(bottom)}`;
const investopedia: TestPage = {
  name: 'heldout127-investopedia-term',
  kind: 'wiki',
  html: investopediaChrome(title, heads, article),
  // the "Key Takeaways" label is in neither list, its items are body; the formula line and the "where:" list are body; the
  // formula image has only alt text; the hidden tooltip bios are furniture
  title,
  headings: heads,
  body: texts([...what, ...takeaways, ...understand, ...formula, ...where, ...terms, ...calc, ...example, ...important, ...good, ...bottom]),
  bylines: ['Corinne Waldheim', 'Updated March 04, 2025', 'Reviewed by Lionel Ashcombe', 'Fact checked by Priya Venkatesan'],
  furniture: investopediaFurniture(),
};

export const HELDOUT127_F: readonly TestPage[] = [investopedia, confluence].map(tidy);
