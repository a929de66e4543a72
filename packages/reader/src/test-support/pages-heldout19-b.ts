import { links, ps, type TestPage, texts } from './page-kit.js';
import { minima } from './pages-heldout19-b2.js';

/**
 * Held-out batch 19, file b: a Hugo blog post on the Ananke theme (cover header with site nav, the post's section label,
 * "tags" list, the reading time, post body with h2 sections and a code block, "Recent posts" / "What's in this posts" style
 * related list with "Read more" links, and the footer with social icons). The Jekyll Minima post is in pages-heldout19-b2.ts.
 */
const anTitle = 'Teaching a sourdough starter to survive a two-week holiday';
const anBody1 = [
  'Every baker who keeps a starter has the same worry before a long trip: who feeds it? Last August I left mine alone for fifteen ' +
    'days, and it came back stronger than before.',
  'The trick is to slow the yeast down rather than keep it busy. A stiff starter, kept cold, simply runs out of food much more slowly.',
];
const anH1 = 'Making a stiff starter';
const anBody2 = [
  'Two days before leaving, I fed 20 grams of starter with 100 grams of whole wheat flour and only 50 grams of water. The result is ' +
    'a dough you can knead, not a batter you can pour.',
  'After two hours on the counter it went into a clean jar at the back of the fridge, where the temperature stays near three degrees.',
];
const anH2 = 'Waking it up again';
const anBody3 = [
  'Back home, the starter smelled sharp, like nail polish, and had a grey layer of liquid on top. Both are normal after a long fast.',
  'I poured off the liquid, kept a tablespoon from the middle of the jar and fed it at the usual ratio twice a day.',
  'By the third feed it was doubling in four hours, and the loaf I baked that weekend had the best rise of the summer.',
];
const anCode = '20 g starter\n100 g whole wheat flour\n50 g water (50% hydration)';
const anNav = ['Posts', 'Recipes', 'About', 'Contact'];
const anRecent = [
  'Why my rye loaves kept collapsing, and the fix',
  'A cheap proofing box from a picnic cooler',
  'Notes from a week of baking in a wood-fired oven',
];
const anTags = ['sourdough', 'starter', 'travel'];
const anHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><meta name="generator" content="Hugo 0.139.3"><title>${anTitle} | Flour &amp; Patience</title>
<link rel="stylesheet" href="/ananke/css/main.min.css"></head>
<body class="ma0 avenir bg-near-white production">
<header class="cover bg-top" style="background-image: url('/images/crumb.jpg');"><div class="bg-black-60 pb3-m pb6-l mid-gray">
<nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Flour &amp; Patience</a><div class="flex-l items-center">
<ul class="pl0 mr3">${links(anNav, 'list f5 f4-ns fw4 dib pr3')}</ul><div class="ananke-socials"><a href="https://social.example/@flourpatience"
class="ananke-social-link mastodon" title="follow on Mastodon" aria-label="follow on Mastodon—Opens in a new window">Mastodon</a></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${anTitle}</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3">
<header class="mt4 w-100"><aside class="instapaper_ignoref b helvetica tracked">POSTS</aside>
<div id="sharing" class="mt3 ananke-socials">
<a href="https://bsky.example/intent/compose" class="ananke-social-link bluesky" title="Share on Bluesky">Share on Bluesky</a>
<a href="https://www.linkedin.example/shareArticle" class="ananke-social-link linkedin" title="Share on LinkedIn">Share on LinkedIn</a></div>
<h1 class="f1 athelas mt3 mb1">${anTitle}</h1>
<p class="tracked">By <strong>Marta Lindgren</strong></p>
<time class="f6 mv4 dib tracked" datetime="2025-09-02T08:30:00+02:00">September 2, 2025</time>
<span class="f6 mv4 dib tracked"> - 2 minutes read</span><span class="f6 mv4 dib tracked"> - 412 words</span></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps(anBody1)}
<h2 id="making-a-stiff-starter">${anH1}</h2>
${ps(anBody2.slice(0, 1))}
<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-text" data-lang="text">${anCode}</code></pre></div>
${ps(anBody2.slice(1))}
<h2 id="waking-it-up-again">${anH2}</h2>
${ps(anBody3)}
<ul class="pa0">${anTags
  .map(
    (t) => `<li class="list di">
<a href="/tags/${t}" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">${t}</a></li>`,
  )
  .join('')}</ul>
<div class="mt6 instapaper_ignoref"></div></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
<p class="f5 b mb3">Recent posts</p><ul class="pa0 list">${anRecent
  .map(
    (t, i) => `<li class="mb2"><a href="/posts/recent-${i}/">${t}</a>
<a href="/posts/recent-${i}/" class="ba b--moon-gray bg-light-gray br2 color-inherit dib f7 hover-bg-moon-gray link mt2 ph2 pv1">Read more</a></li>`,
  )
  .join('\n')}
</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://flourandpatience.example/">© 2025 Flour &amp; Patience</a>
<div><a href="/index.xml" class="ananke-social-link rss">RSS</a></div><p class="f6 white-60">Built with Hugo and the Ananke theme</p></div></footer>
<div class="cookie-consent fixed bottom-0 bg-white pa3"><p>We use one cookie to remember this choice and nothing else.</p><button>Okay</button>
<a href="/privacy/">Privacy</a></div>
</body></html>`;
const ananke: TestPage = {
  html: anHtml,
  name: 'heldout19-hugo-ananke-post',
  kind: 'blog',
  // the cover header repeats the title in a div (same text as the title: in neither list); the two h2s are the headings;
  // the code block is part of the post but neither paragraph nor list item: in no list; "Marta Lindgren" and the date are
  // bylines ("By" in neither), the reading time and word count furniture; the "POSTS" label (the nav's "Posts", once), share links, the tag pills,
  // "Recent posts" with its titles and "Read more" (three times, once), site name, nav, the Mastodon link, RSS, the
  // footer lines and the cookie notice are furniture; the tags "sourdough" and "starter" are words of the title: left out
  title: anTitle,
  headings: [anH1, anH2],
  body: [...texts(anBody1), ...texts(anBody2), ...texts(anBody3)],
  bylines: ['Marta Lindgren', 'September 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Flour & Patience', ...anNav, 'Mastodon', 'Share on Bluesky', 'Share on LinkedIn', '- 2 minutes read', '- 412 words',
    'travel', 'Recent posts', ...anRecent, 'Read more', '© 2025 Flour & Patience', 'RSS', 'Built with Hugo and the Ananke theme',
    'We use one cookie to remember this choice and nothing else.', 'Okay', 'Privacy',
  ],
};

export const HELDOUT19_B: readonly TestPage[] = [ananke, minima];
