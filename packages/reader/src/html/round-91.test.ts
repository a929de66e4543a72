import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';
import { HELDOUT348_PAGES } from '../test-support/pages-heldout348.js';
import { norm } from '../test-support/page-kit.js';
import { leakedTexts as present, pageNamed as page } from '../test-support/round-kit.js';

/** An Elementor widget as the builder writes it: the widget's box, its container, the content. */
const widget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default">` +
  `<div class="elementor-widget-container">${inner}</div></div>`;
const ELEMENTOR = `<!DOCTYPE html><html><head><title>Pruning an old apple tree - Orchard Notes</title></head>
<body><header><a href="/">Orchard Notes</a></header><main><div class="elementor elementor-12"><div class="e-con"><div class="e-con-inner">
${widget('theme-post-title', '<h1>Pruning an old apple tree</h1>')}
${widget(
  'text-editor',
  `<p>An apple tree left alone for twenty years is not lost. Take it back over three winters, never more than a quarter of
the wood in one year, and it will crop again.</p><p>Start with what is dead, damaged or diseased, then open the centre so that light reaches the
fruiting spurs, and leave the shape of the crown until the last winter.</p>`,
)}
${widget('heading', '<h2 class="elementor-heading-title">Tools</h2>')}
${widget(
  'text-editor',
  `<p>You need only a few tools, kept sharp and clean between trees:</p><ul><li>a pruning saw for branches thicker than a
thumb</li><li>bypass secateurs for the spurs and water shoots</li><li>loppers for the crossing wood in the middle</li></ul>`,
)}
${widget('heading', '<h2 class="elementor-heading-title">Three winters</h2>')}
${widget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${[
    'First winter: the dead wood, the broken limbs and any branch with canker, cut back to clean growth',
    'Second winter: the branches that cross in the middle of the crown, so that light and air reach the spurs',
    'Third winter: the height of the tree, taken down to a strong branch that faces outwards and upwards',
    'Every winter after: the water shoots from last summer, and a few of the oldest spurs on each branch',
  ]
    .map((t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">${t}</span></li>`)
    .join('')}</ul>`,
)}
</div></div></div></main><footer><p>© Orchard Notes</p></footer></body></html>`;

const FAQ = (answer: (text: string) => string): string => `<!DOCTYPE html><html><head><title>Questions about the study | KNEEWISE</title></head>
<body><div class="navbar w-nav"><nav class="nav-menu w-nav-menu"><a href="/">About the study</a><a href="/faq">FAQs</a></nav></div>
<section class="section faq"><div class="container w-container"><h1>Questions about taking part</h1>
${[
  ['What will I have to do?', 'You will fill in a short questionnaire about your knee at the start, after three months and after six months.'],
  ['Will I be paid?', 'You will receive a shopping voucher after each questionnaire you complete, as a thank you for your time.'],
  ['Who sees my answers?', 'Your answers are stored securely by the trials unit and are only seen by the research team.'],
]
  .map(([q, a]) => `<div class="faq-item w-dropdown"><div class="faq-toggle w-dropdown-toggle"><h3>${q}</h3></div>${answer(a ?? '')}</div>`)
  .join('\n')}</div></section><footer><p>© 2026 Ashgrove Clinical Trials Unit</p></footer></body></html>`;

describe('batch 348 (round 91)', () => {
  it('reads an Elementor text widget that holds a paragraph and a list, and the heading widgets beside the text widgets', () => {
    const portfolio = page(HELDOUT348_PAGES, 'heldout348-elementor-portfolio-blog');
    const divided = portfolio.body.filter((b) => b.startsWith('We divided the space') || b.includes('rotation') || b.includes('herb lawn'));
    expect(divided).toHaveLength(3);
    expect(present(portfolio, [...divided, ...portfolio.headings])).toEqual([...divided, ...portfolio.headings]);
    const text = norm(extractArticle(ELEMENTOR).text);
    expect(text).toContain('you need only a few tools');
    expect(text).toContain('a pruning saw for branches thicker than a thumb');
    expect(text).toContain('take it back over three winters');
    expect(extractArticle(ELEMENTOR).text).toContain('## Tools');
    // (a list in a widget of its own: Readability weighed "widget" down and dropped them once the text was read)
    expect(text).toContain('second winter: the branches that cross in the middle of the crown');
  });
});

describe('Webflow dropdowns (round 91)', () => {
  it('reads FAQ answers set in a dropdown <nav> without links; a <nav> of links is still navigation', () => {
    const text = norm(extractArticle(FAQ((a) => `<nav class="faq-answer w-dropdown-list"><p>${a}</p></nav>`)).text);
    expect(text).toContain('you will receive a shopping voucher after each questionnaire');
    expect(text).toContain('only seen by the research team');
    expect(text).not.toContain('about the study');
    const linked = norm(extractArticle(FAQ((a) => `<nav class="w-dropdown-list"><a href="/more">${a}</a></nav>`)).text);
    expect(linked).not.toContain('shopping voucher');
  });
});
