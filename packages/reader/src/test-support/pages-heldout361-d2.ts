import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout361-kit.js';

/**
 * Held-out batch 361, file d2: a citizenship test study page built with Next.js (div#__next, CSS-module class names,
 * next/image markup, a chapter progress bar, a "Key facts" box, a practice quiz widget, chapter pagination, a consent
 * dialog and the __NEXT_DATA__ script). The key facts are body; the quiz widget is furniture.
 */
const sTitle = 'Chapter 3: How Ostrevia is governed';
const sH = ['The constitution', 'Parliament and elections', 'The courts', 'Your local council'];
const sP: string[][] = [
  [
    j(
      'Ostrevia has been a parliamentary republic since the constitution of 1921 was adopted by a national assembly in Dravnik. The',
      'constitution sets out the basic rights of every citizen, divides power between parliament, the government and the courts, and',
      'can only be changed by a two-thirds majority in parliament followed by a referendum.',
    ),
    j(
      'The head of state is the president, elected directly for a term of six years. The president signs laws, represents the',
      'country abroad and appoints the prime minister, but does not run the government.',
    ),
  ],
  [
    j(
      'The national parliament, the Sabor, has 151 members elected every four years by proportional representation. Every citizen aged',
      '18 or over may vote, and voting takes place on a Sunday. Parties need at least 4 percent of the national vote to win seats.',
    ),
    j(
      'After an election, the president asks the leader most likely to command a majority to form a government. The prime minister',
      'and the ministers must then win a vote of confidence in the Sabor.',
    ),
  ],
  [
    j(
      'Judges are independent of the government and cannot be dismissed for their decisions. Most cases begin in the municipal courts.',
      'The Supreme Court hears appeals, and the Constitutional Court decides whether laws respect the constitution.',
    ),
  ],
  [
    j(
      'Ostrevia is divided into 21 counties and 128 municipalities. Municipal councils are elected every four years and are',
      'responsible for nurseries, primary schools, local roads, water supply and waste collection. Foreign residents who have lived',
      'in a municipality for three years may vote in local elections.',
    ),
  ],
];
const sFacts = [
  'The constitution was adopted in 1921.',
  'The president is elected for six years; parliament for four.',
  'The Sabor has 151 members.',
  'Parties need 4 percent of the vote to enter parliament.',
];
const sNav = ['Study guide', 'Practice tests', 'Book your test', 'Pricing'];
const sQuizQ = 'How many members does the Sabor have?';
const sQuizA = ['A) 121', 'B) 151', 'C) 180'];
const sFoot = ['About Civica', 'Contact', 'Privacy', 'Terms of use'];
const c = (mod: string, cls: string): string => `${mod}_${cls}__${((mod.length * 131 + cls.length * 71) % 46656).toString(36).padStart(3, 'x')}Q2`;
const sData = JSON.stringify({
  props: { pageProps: { chapter: { id: 3, slug: 'how-ostrevia-is-governed', title: sTitle, minutes: 12 }, locale: 'en' }, __N_SSG: true },
  page: '/study/[chapter]',
  query: { chapter: 'how-ostrevia-is-governed' },
  buildId: 'pV2Lr9kq0xW7',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>${sTitle} | Civica</title>
<meta name="description" content="Study chapter 3 of the Ostrevian citizenship test handbook."/><meta property="og:title" content="${sTitle}"/>
<link rel="canonical" href="https://civica.example/study/how-ostrevia-is-governed"/><meta name="next-head-count" content="7"/>
<link rel="preload" href="/_next/static/css/4e1a9c2b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4e1a9c2b.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8f2b.js" defer=""></script>
<script src="/_next/static/chunks/pages/study/%5Bchapter%5D-2c9d.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LearningResource",
"name":"${sTitle}","educationalLevel":"Citizenship test"}</script></head>
<body><div id="__next"><div class="${c('Layout', 'root')}"><header class="${c('Header', 'header')}"><a class="${c('Header', 'logo')}" href="/"><span
class="${c('Header', 'wordmark')}">Civica</span></a><nav class="${c('Header', 'nav')}" aria-label="Main"><ul>${links(sNav, c('Header', 'item'))}</ul></nav>
<a class="${c('Button', 'primary')}" href="/login">Log in</a></header>
<main class="${c('StudyPage', 'main')}"><nav aria-label="breadcrumb" class="${c('Breadcrumbs', 'root')}"><ol><li><a href="/study">Study guide</a></li>
<li><a href="/study/handbook">Living in Ostrevia handbook</a></li></ol></nav>
<div class="${c('Progress', 'root')}" role="progressbar" aria-valuenow="3" aria-valuemin="1" aria-valuemax="6"><span class="${c('Progress', 'label')}">Chapter 3
of 6</span><div class="${c('Progress', 'bar')}" style="width:50%"></div></div>
<article class="${c('Chapter', 'article')}"><h1 class="${c('Chapter', 'title')}">${sTitle}</h1><p class="${c('Chapter', 'meta')}"><span>12 min read</span> ·
<span>Last
reviewed 9 January 2026</span></p>
<figure class="${c('Chapter', 'figure')}"><span style="box-sizing:border-box;display:block;overflow:hidden;position:relative"><img alt="The Sabor building in
Dravnik"
src="/_next/image?url=%2Fimg%2Fsabor.jpg&amp;w=1200&amp;q=75" decoding="async" data-nimg="responsive" style="position:absolute;inset:0"/></span>
<figcaption class="${c('Chapter', 'caption')}">The Sabor meets in the former customs house in Dravnik. Image: Civica</figcaption></figure>
<aside class="${c('KeyFacts', 'box')}"><h2 class="${c('KeyFacts', 'heading')}">Key facts</h2><ul>${lis(sFacts, c('KeyFacts', 'item'))}</ul></aside>
<div class="${c('Chapter', 'body')}">${sH
  .map(
    (h, i) =>
      `<h2 id="s${i}" class="${c('Chapter', 'h2')}">${h}</h2>\n${ps(
        sP[i] ?? [],
        `
class="${c('Chapter', 'p')}"`,
      )}`,
  )
  .join('\n')}</div>
<section class="${c('Quiz', 'root')}" aria-labelledby="quiz-title"><h2 id="quiz-title" class="${c('Quiz', 'title')}">Test yourself</h2><p
class="${c('Quiz', 'question')}">${sQuizQ}</p><div role="radiogroup">${sQuizA
  .map((a) => `<button type="button" role="radio" aria-checked="false" class="${c('Quiz', 'option')}">${a}</button>`)
  .join('')}</div><button type="button" class="${c('Button', 'secondary')}">Check answer</button><p class="${c('Quiz', 'hint')}">Practice questions are written
in the style of the official test.</p></section>
<nav class="${c('Pager', 'root')}" aria-label="Chapters"><a href="/study/ostrevian-history" class="${c('Pager', 'prev')}"><span>Previous
chapter</span><strong>Chapter 2:
A short history</strong></a><a href="/study/everyday-life" class="${c('Pager', 'next')}"><span>Next chapter</span><strong>Chapter 4: Everyday life and
values</strong></a></nav></article></main>
<footer class="${c('Footer', 'root')}"><ul>${links(sFoot, c('Footer', 'link'))}</ul><p>Civica is an independent study service and is not affiliated with the
Ostrevian Ministry of the Interior.</p><p>© 2026 Civica Learning Ltd</p></footer>
<div role="dialog" aria-modal="true" class="${c('Consent', 'dialog')}"><p>We use cookies to remember your progress and to measure how the site is used.</p>
<button type="button" class="${c('Button', 'primary')}">Accept all</button><button type="button" class="${c('Button', 'ghost')}">Only necessary</button></div>
</div></div><script id="__NEXT_DATA__" type="application/json">${sData}</script></body></html>`;
export const nextjs: TestPage = {
  name: 'heldout361-nextjs-study-docs',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Key facts', ...sH],
  body: texts([...sFacts, ...sP.flat()]),
  bylines: ['12 min read', 'Last reviewed 9 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Civica', ...sNav, 'Log in', 'Living in Ostrevia handbook', 'Chapter 3 of 6', 'The Sabor meets in the former customs house in Dravnik.', 'Image: Civica',
    'Test yourself', sQuizQ, ...sQuizA, 'Check answer', 'Practice questions are written in the style of the official test.', 'Previous chapter',
    'Chapter 2: A short history', 'Next chapter', 'Chapter 4: Everyday life and values', ...sFoot,
    'Civica is an independent study service and is not affiliated with the Ostrevian Ministry of the Interior.', '© 2026 Civica Learning Ltd',
    'We use cookies to remember your progress and to measure how the site is used.', 'Accept all', 'Only necessary',
  ],
};
