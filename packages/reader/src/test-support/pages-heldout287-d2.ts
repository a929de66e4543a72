import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout287-kit.js';

/**
 * Held-out batch 287, file d2: a nutrition site's explainer with a nutrition facts table, built with React and Emotion
 * (hashed css- classes, the site header with "Conditions" and "Nutrition" menus, the "Medically reviewed by" and "Written
 * by" lines with the updated date, the "Evidence based" badge, a "How we reviewed this article" disclosure, a table of
 * contents, an inline "Read more" link, an ad label, the sources list, a newsletter box, related articles and the footer).
 */
const nTitle = 'Oats 101: Nutrition Facts and Health Effects';
const nIntro = [
  j(
    'Oats are one of the most widely eaten whole grains in the world. They are cheap, keep for months and cook in minutes, which',
    'goes a long way to explaining why a bowl of porridge has been a breakfast staple for centuries.',
  ),
  'This article explains what is in a serving of oats, how the different kinds compare and what the research says about their effects on health.',
];
const nFacts = [
  j(
    'A 40-gram serving of dry rolled oats, about half a cup, provides around 150 calories. Most of that comes from starch, but',
    'oats are also higher in protein and fat than most other cereal grains.',
  ),
];
const nRows = [
  ['Calories', '152', '389'],
  ['Protein', '5.3 g', '13.2 g'],
  ['Carbohydrates', '26.5 g', '66.3 g'],
  ['Fiber', '4.2 g', '10.6 g'],
  ['Fat', '2.8 g', '6.9 g'],
];
const nFiber = [
  j(
    'Much of the fiber in oats is beta-glucan, a soluble fiber that forms a thick gel in the gut. This slows the emptying of the',
    'stomach and can help you feel full for longer after a meal.',
  ),
  j(
    'Several studies have found that eating around 3 grams of beta-glucan a day, the amount in about 75 grams of oats, can',
    'lower LDL cholesterol modestly over a few weeks. The effect is larger in people whose cholesterol starts high.',
  ),
];
const nTypes = [
  '<strong>Steel-cut oats</strong> are whole groats chopped into pieces. They take the longest to cook and have the chewiest texture.',
  '<strong>Rolled oats</strong> are steamed and flattened, so they cook in about five minutes.',
  '<strong>Instant oats</strong> are rolled thinner and often pre-cooked. Flavored packets may contain a lot of added sugar.',
];
const nBottom = [
  j(
    'Oats are naturally gluten free, but they are often grown and processed alongside wheat. People with celiac disease should',
    'choose oats labelled certified gluten free.',
  ),
  j('Oats are a nutritious whole grain rich in soluble fiber. Choosing less processed kinds and watching the toppings makes the', 'most of their benefits.'),
];
const nToc = ['Nutrition facts', 'Fiber and beta-glucan', 'Types of oats', 'Are oats gluten free?', 'The bottom line'];
const nSources = [
  'Harlan P, et al. (2022). Oat beta-glucan and serum cholesterol: a meta-analysis. Journal of Cereal Nutrition.',
  'Moreau L, et al. (2021). Gastric emptying after oat and wheat breakfasts. Appetite Research.',
];
const nRel = ['Is Granola Healthy?', 'Overnight Oats: Benefits and Easy Recipes', 'Barley vs. Oats: Which Is Better?'];
const nNav = ['Health Conditions', 'Wellness', 'Nutrition Hub', 'Tools', 'Subscribe'];
const nFoot = ['About Us', 'Contact Us', 'Privacy Policy', 'Advertising Policy', 'Medical Affairs', 'Content Integrity'];
const e = (c: string): string => `css-${c}`;
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${nTitle} | Wellgrain Health</title>
<meta name="description" content="What is in a serving of oats, how types compare and what research says."><meta property="og:type" content="article">
<style data-emotion="css 1x9bkl3 o3p2ha 7k2wm1">.css-1x9bkl3{max-width:728px;margin:0 auto;}.css-o3p2ha{font-size:14px;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"${nTitle}","dateModified":"2026-03-02",
"reviewedBy":{"@type":"Person","name":"Hana Devereux, RD"},"author":{"@type":"Person","name":"Callum Fenwick, MS"}}</script></head>
<body><div id="__app"><div class="${e('1m3z4ht')}"><header class="${e('c2s9cr')}" data-testid="header"><a href="/"
class="${e('1ffsa3e')}">Wellgrain Health</a>
<nav class="${e('13u5ds0')}"><ul class="${e('1l1y3vn')}">${links(nNav, e('ws4f3d'))}</ul></nav></header>
<main class="${e('1x9bkl3')}"><article class="article-body ${e('d2znx6')}"><div class="${e('pjfsc0')}"><span class="${e('1ih3kzx')}"
data-testid="evidence-badge">Evidence
Based</span></div>
<h1 class="${e('6jxmuv')}">${nTitle}</h1>
<div class="${e('1avyp1d')}" data-testid="byline"><div class="${e('o3p2ha')}">Medically reviewed by <a
href="/reviewers/hana-devereux">Hana Devereux, RD</a> — Written
by <a href="/authors/callum-fenwick">Callum Fenwick, MS</a> — <span class="${e('5rwxnv')}">Updated on March 2, 2026</span></div></div>
<details class="${e('1y1u6g2')}"><summary>How we reviewed this article:</summary><p>Our experts continually monitor the health and wellness space, and we
update our articles when new information becomes available.</p></details>
<nav class="${e('1vcb6rc')}" aria-label="Table of contents"><span class="${e('t3w8hq')}">On this page</span><ul>${lis(
  nToc.map(
    (t) => `<a
href="#">${t}</a>`,
  ),
)}</ul></nav>
<div class="${e('1avyp1d')}">${ps(nIntro)}
<div class="${e('ad1nr0')}" data-ad="article-top"><span>Advertisement</span></div>
<h2 id="nutrition-facts">Nutrition facts</h2>
${ps(nFacts)}
<table class="${e('1k1ch6z')}"><caption>Nutrients in rolled oats</caption>
<thead><tr><th>Nutrient</th><th>Per 40 g serving</th><th>Per 100 g</th></tr></thead><tbody>
${nRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n')}
</tbody></table>
<h2 id="fiber">Fiber and beta-glucan</h2>
${ps(nFiber)}
<p class="${e('1q5c1v6')}"><strong>Read more:</strong> <a
href="/nutrition/soluble-vs-insoluble-fiber">Soluble vs. Insoluble Fiber: What's the Difference?</a></p>
<h2 id="types">Types of oats</h2>
<ul>${lis(nTypes)}</ul>
<h2 id="gluten">Are oats gluten free?</h2>
<p>${nBottom[0]}</p>
<h2 id="bottom-line">The bottom line</h2>
<p>${nBottom[1]}</p></div>
<section class="${e('h2sxdq')}"><h3>Sources</h3>
<p>Wellgrain Health has strict sourcing guidelines and relies on peer-reviewed studies.</p><ol>${lis(nSources)}</ol></section>
<div class="${e('1a6vxvw')}"><button>Share this article</button></div></article>
<aside class="${e('8pnt3p')}"><div class="${e('qzpgw2')}"><h3>Get our weekly nutrition newsletter</h3>
<p>Science-based tips to help you eat well.</p><form><input
type="email" placeholder="Enter your email"><button>Sign up</button></form></div>
<div><h3>Related articles</h3><ul>${links(nRel)}</ul></div></aside></main>
<footer class="${e('14t4xq4')}"><ul>${links(nFoot)}</ul><p>© 2026 Wellgrain Health. This material does not constitute medical advice, diagnosis, or
treatment.</p></footer></div></div>
<script id="__APP_STATE__" type="application/json">{"page":{"type":"article","id":"oats-101"},"ads":{"enabled":true}}</script></body></html>`;
export const nutrition: TestPage = {
  name: 'heldout287-react-nutrition-explainer-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nToc,
  body: texts([...nIntro, ...nFacts, 'Nutrients in rolled oats', ...nRows.flat(), ...nFiber, ...nTypes, ...nBottom]),
  bylines: ['Medically reviewed by', 'Hana Devereux, RD', 'Written by', 'Callum Fenwick, MS', 'Updated on March 2, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wellgrain Health', ...nNav, 'Evidence Based', 'How we reviewed this article:',
    'Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.', 'On this page',
    'Advertisement', "Read more: Soluble vs. Insoluble Fiber: What's the Difference?", 'Sources', ...nSources,
    'Wellgrain Health has strict sourcing guidelines and relies on peer-reviewed studies.', 'Share this article', 'Get our weekly nutrition newsletter',
    'Science-based tips to help you eat well.', 'Sign up', 'Related articles', ...nRel, ...nFoot,
    '© 2026 Wellgrain Health. This material does not constitute medical advice, diagnosis, or treatment.',
  ],
};
