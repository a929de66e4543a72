import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout428-kit.js';

/**
 * Held-out batch 428, file f2: a dictionary's usage-note article rendered by Nuxt 3 (`data-v-` scoped attributes, the
 * `__NUXT_DATA__` payload, a header with search and menu, breadcrumbs, the "Usage Notes" kicker, byline with date and
 * reading time, share buttons, a table, a pull-quote, a "See the full entry" promo, related usage notes, quiz promo,
 * newsletter box, Usercentrics-style consent banner, footer). The table's data cells are body, its header cells in neither.
 */
const uTitle = 'Bimonthly or semimonthly? How to say “twice a month” without confusing anyone';
const uLead = [
  j(
    'Few pairs of words cause as many missed meetings as <em>bimonthly</em> and <em>semimonthly</em>. One of them is',
    'ambiguous, the other is rarely used, and most readers cannot tell you which is which without looking it up.',
  ),
];
const uS1 = [
  j(
    'Strictly, the prefix <em>semi-</em> means "half," so a <em>semimonthly</em> event happens every half month, or twice',
    'a month. The prefix <em>bi-</em> means "two," and that is where the trouble starts: <em>bimonthly</em> has been used',
    'for both "every two months" and "twice a month" for as long as the word has existed.',
  ),
  j(
    'Our editors have records of both senses going back more than a century, and neither has ever won. A bimonthly',
    'magazine is usually one that appears six times a year. A bimonthly pay schedule, in many workplaces, means two',
    'paydays every month.',
  ),
];
const uS2 = [
  j(
    'In a survey of our usage panel last autumn, we asked 212 writers and editors what they understood by "a bimonthly',
    'meeting." The answers were split almost evenly:',
  ),
];
const uTable: readonly [string, string][] = [
  ['Every two months', '54%'],
  ['Twice a month', '39%'],
  ['Not sure / would ask', '7%'],
];
const uQuote = 'If a word divides a room of editors nearly in half, it is not a word to put on a timetable.';
const uS3 = [
  j(
    'Our advice is simple. When the schedule matters, avoid <em>bimonthly</em> altogether and say what you mean: "every',
    'two months" or "twice a month." Both are clear, and neither is much longer.',
  ),
  j(
    'If you must use a single word, <em>semimonthly</em> is unambiguous but unfamiliar, and some readers will still',
    'stumble over it. It works best in contracts and payroll documents, where a definition can be given once.',
  ),
  'The same reasoning applies to <em>biweekly</em> and <em>biannual</em>, which are ambiguous in exactly the same way.',
];
const uNav = ['Dictionary', 'Thesaurus', 'Usage Notes', 'Word Games', 'Newsletter'];
const uCrumbs = ['Home', 'Usage Notes', 'Time and frequency'];
const uRelated = ['Biannual or biennial?', 'Is “every other week” the same as biweekly?', 'Fortnight: the word Americans forgot'];
const uFoot = ['About the dictionary', 'Meet the editors', 'Accessibility', 'Privacy', 'Terms', 'Cookie preferences'];
const v = 'data-v-7f3a21c4';
const uHtml = `<!DOCTYPE html><html lang="en" data-capo=""><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bimonthly or semimonthly? | Usage Notes | Penrose Dictionary</title>
<link rel="stylesheet" href="/_nuxt/entry.Bq7xK2aP.css"><link rel="modulepreload" as="script" crossorigin href="/_nuxt/Dv0sQ3wX.js">
<meta name="description" content="Bimonthly is ambiguous; semimonthly is clear but rare. Here is how to say twice a month without confusing anyone.">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Bimonthly or semimonthly?","author":{"@type":"Person",
"name":"Anneliese Kroft"},"publisher":{"@type":"Organization","name":"Penrose Dictionary"},"datePublished":"2026-03-02T09:00:00Z"}</script>
<script type="module" src="/_nuxt/Dv0sQ3wX.js" crossorigin></script></head>
<body><div id="__nuxt"><div ${v} class="layout-default"><header ${v} class="site-header"><a ${v} href="/" class="logo">Penrose Dictionary</a>
<nav ${v} class="main-nav"><ul ${v}>${links(uNav, 'nav-link')}</ul></nav><form ${v} class="search"><input ${v} type="search" placeholder="Look up a word"
aria-label="Look up a word"></form><button ${v} class="menu-button" aria-label="Open menu">Menu</button></header>
<main ${v} class="usage-note-page"><nav data-v-2c91b0e8 class="breadcrumbs" aria-label="Breadcrumb"><ol data-v-2c91b0e8>${links(uCrumbs)}</ol></nav>
<article data-v-5e0d7a19 class="usage-note"><header data-v-5e0d7a19 class="usage-note__header"><p data-v-5e0d7a19 class="kicker">Usage Notes</p>
<h1 data-v-5e0d7a19 class="usage-note__title">${uTitle}</h1>
<div data-v-5e0d7a19 class="usage-note__meta"><span data-v-5e0d7a19 class="author">By <a href="/editors/anneliese-kroft">Anneliese Kroft</a></span>
<time data-v-5e0d7a19 datetime="2026-03-02">March 2, 2026</time><span data-v-5e0d7a19 class="read-time">4 min read</span></div>
<div data-v-9a4c3b22 class="share-bar"><button data-v-9a4c3b22 aria-label="Copy link">Copy link</button><button data-v-9a4c3b22>Share</button></div></header>
<div data-v-5e0d7a19 class="usage-note__body prose">
${ps(uLead, ' data-v-5e0d7a19')}
<h2 data-v-5e0d7a19>What the prefixes say</h2>
${ps(uS1, ' data-v-5e0d7a19')}
<aside data-v-31f0ce77 class="entry-promo"><p data-v-31f0ce77>See the full entry for <a href="/dictionary/bimonthly">bimonthly</a> →</p></aside>
<h2 data-v-5e0d7a19>What readers actually think</h2>
${ps(uS2, ' data-v-5e0d7a19')}
<table data-v-5e0d7a19 class="data-table"><thead><tr><th>Understood as</th><th>Share of panel</th></tr></thead><tbody>
${uTable.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`).join('\n')}
</tbody></table>
<blockquote data-v-5e0d7a19 class="pull-quote"><p>${uQuote}</p></blockquote>
<h2 data-v-5e0d7a19>What to write instead</h2>
${ps(uS3, ' data-v-5e0d7a19')}
</div></article>
<section data-v-6b8e2f10 class="related-notes"><h2 data-v-6b8e2f10>More usage notes</h2><ul data-v-6b8e2f10>${links(uRelated)}</ul></section>
<section data-v-0c4d7e31 class="quiz-promo"><p data-v-0c4d7e31 class="quiz-promo__title">Can you spot the ambiguous word?</p>
<a data-v-0c4d7e31 href="/games/usage-quiz" class="button">Take the quiz</a></section>
<section data-v-8d2a1f66 class="newsletter-box"><h2 data-v-8d2a1f66>One usage note a week</h2><p data-v-8d2a1f66>Short, friendly and free. Unsubscribe
whenever you like.</p><form data-v-8d2a1f66><input data-v-8d2a1f66 type="email" aria-label="Email address"><button data-v-8d2a1f66>Sign me
up</button></form></section>
</main><footer ${v} class="site-footer"><ul ${v}>${links(uFoot)}</ul><p ${v}>© 2026 Penrose Reference Ltd.</p></footer></div></div>
<div id="usercentrics-root" data-created-at="1772442000"><div class="uc-banner" role="dialog"><p class="uc-banner-text">We and our partners use cookies and
similar
technologies to run this site, measure audiences and show you relevant ads.</p><button class="uc-accept">Accept all</button><button
class="uc-deny">Deny</button>
<button class="uc-more">More information</button></div></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">[["ShallowReactive",1],{"data":2,"state":4},["ShallowReactive",3],
{"usage-note-bimonthly":{"slug":"bimonthly-semimonthly","readMinutes":4}},{}]</script>
<script>window.__NUXT__={};
window.__NUXT__.config={public:{apiBase:"https://api.penrose.example"},app:{baseURL:"/",buildId:"e6c2d8",cdnURL:""}}</script></body></html>`;
export const nuxtUsage: TestPage = {
  name: 'heldout428-penrose-usage-note-nuxt',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: ['What the prefixes say', 'What readers actually think', 'What to write instead'],
  body: texts([...uLead, ...uS1, ...uS2, ...uTable.flat(), uQuote, ...uS3]),
  bylines: ['By Anneliese Kroft', 'March 2, 2026', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Penrose Dictionary', ...uNav, 'Menu', 'Home', 'Time and frequency', 'Copy link', 'Share', 'See the full entry for bimonthly →', 'More usage notes',
    ...uRelated, 'Can you spot the ambiguous word?', 'Take the quiz', 'One usage note a week', 'Short, friendly and free. Unsubscribe whenever you like.',
    'Sign me up', ...uFoot, '© 2026 Penrose Reference Ltd.',
    'We and our partners use cookies and similar technologies to run this site, measure audiences and show you relevant ads.', 'Accept all', 'Deny',
    'More information',
  ],
};
