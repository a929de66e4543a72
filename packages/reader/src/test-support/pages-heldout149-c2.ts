import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 149, file c2: a Zola blog post on the tabi theme (the navbar with home title, section links, the search
 * and theme-switcher icons, the h-entry article with its meta list: the hidden h-card author, date, reading time, tags and
 * "Last updated on", a blockquote and an ordered list in the content, the article navigation with Next/Prev titles, the giscus
 * comments container, the footer with social icons, sitemap link and credits, and the hidden search modal with its result
 * counters).
 */
const zlTitle = 'Three years of paper weekly plans, and what they taught me about side projects';
const zlP1 = [
  'Every Sunday evening since January 2022 I have sat down with a cheap A5 notebook and written a plan for the week. Not a to-do list, ' +
    'exactly, but a single page: three things I want to finish, the evenings I expect to have free, and one line about how the ' +
    'previous week went.',
  'I kept it up partly out of stubbornness. Last month I read all 160 pages in one sitting, and the patterns were so obvious that ' +
    'I felt slightly embarrassed. These are the ones that changed how I work on projects outside my day job.',
];
const zlH1 = 'I plan for evenings I do not have';
const zlP2 = [
  'On average I wrote down four free evenings a week. Counting the weeks where I noted what actually happened, I had a little over two. ' +
    'Birthdays, late trains, being tired: none of these are surprises, but I planned as if they would not happen.',
  'Now I plan for two evenings and treat a third as a bonus. The number of weeks where I finished all three things went from about one ' +
    'in five to more than half.',
];
const zlH2 = 'Finishing is a separate task';
const zlP3 = [
  'The same items appeared week after week with small changes in wording. “Finish the tide clock.” “Tide clock: last bits.” “Tide ' +
    'clock, really.” The last ten percent of a project kept sliding because it never felt like a task of its own.',
  'What helped was naming the finishing work explicitly. A project is not done when it works; it is done when it is written up, the ' +
    'code is pushed and the parts are back in their boxes. So those became their own lines in the plan:',
];
const zlList = ['Write the README before calling it finished.', 'Photograph it while it still works.', 'Tidy the desk and order anything that ran out.'];
const zlH3 = 'The one-line reviews are the useful part';
const zlP4 = [
  'I expected the plans to be the valuable part. They were not. The most useful lines were the short reviews at the top of each page, ' +
    'written before I planned the next week. A friend who keeps a similar notebook put it better than I can:',
];
const zlQuote = 'The plan is a guess. The review is the only bit that is true.';
const zlP5 = [
  'Reading the reviews in a row showed me which kinds of project I finish (small, physical, with a clear end) and which I drift away ' +
    'from (anything that needs an account, a server or a subscription). I now say no to the second kind much earlier.',
  'I am starting notebook number four next week. It will have fewer plans in it, and I suspect more finished things.',
];
const zlNav = ['blog', 'archive', 'tags', 'projects', 'about'];
const zlTags = ['productivity', 'side projects', 'notebooks'];
const zlPrev = 'Building a tide clock from a stepper motor and a tide table';
const zlNext = 'Notes from a weekend without a phone';
const zlSearch = ['Search', 'No results', '1 result', '$NUMBER results'];
const zlCredits = [
  '© 2025 Rasmus Lindqvist',
  'Unless otherwise noted, the content in this website is available under the',
  'CC BY-SA 4.0',
  'license.',
  'Powered by',
  'Zola',
  'tabi',
];
const zlHtml = `<!DOCTYPE html>
<html lang="en" data-theme="light"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="base" content="https://rlindqvist.example">
<title>Rasmus Lindqvist • ${zlTitle}</title>
<link rel="alternate" type="application/atom+xml" title="Rasmus Lindqvist - Atom Feed" href="https://rlindqvist.example/atom.xml">
<link rel="preload" href="https://rlindqvist.example/fonts/Inter4.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="https://rlindqvist.example/main.css?h=5c3e1f2a9b0d7e64a1c8">
<meta name="color-scheme" content="light dark"><meta name="description" content="What 160 pages of weekly plans showed me about finishing side projects.">
<meta property="og:title" content="${zlTitle}"><meta property="og:type" content="article"><meta property="og:locale" content="en_GB">
<meta property="og:url" content="https://rlindqvist.example/blog/paper-weekly-plans/"><meta property="og:site_name" content="Rasmus Lindqvist">
<meta http-equiv="Content-Security-Policy" content="default-src 'self';font-src 'self' data:;img-src 'self' https://*;script-src 'self' https://giscus.app;
style-src 'self' 'unsafe-inline';frame-src https://giscus.app">
<script type="text/javascript" src="https://rlindqvist.example/js/initializeTheme.min.js"></script>
<script defer src="https://rlindqvist.example/js/themeSwitcher.min.js"></script>
<script defer src="https://rlindqvist.example/js/searchElasticlunr.min.js?h=3b0c92d1f4e7a6c5b8d2"></script></head>
<body><header><nav class="navbar"><div class="nav-title"><a class="home-title" href="https://rlindqvist.example/">Rasmus Lindqvist</a></div>
<div class="nav-navs"><ul>${zlNav
  .map((t) => `<li><a class="nav-links no-hover-padding" href="https://rlindqvist.example/${t}/">${t}</a></li>`)
  .join('\n')}<div class="menu-icons-container"><ul class="menu-icons-group"><li class="js menu-icon"><div role="button" tabindex="0" id="search-button"
class="search-icon interactive-icon" title="Press $SHORTCUT to open search" aria-label="Press $SHORTCUT to open search"><svg xmlns="http://www.w3.org/2000/svg"
height="24" viewBox="0 -960 960 960" width="24"><path d="M784-120 532-372q-30 24-69 38t-83 14z"/></svg></div></li>
<li class="theme-switcher-wrapper js"><div title="Toggle dark/light mode" class="theme-switcher" tabindex="0" role="button" aria-label="Toggle dark mode"
aria-pressed="false"></div><div title="Reset mode to default" class="theme-resetter arrow" tabindex="0" role="button" aria-hidden="true"
aria-label="Reset mode to default"></div></li></ul></div></ul></div></nav></header>
<div class="content"><main><article class="h-entry"><h1 class="p-name article-title">${zlTitle}</h1>
<a class="u-url u-uid" href="https://rlindqvist.example/blog/paper-weekly-plans/"></a>
<ul class="meta"><span class="hidden p-author h-card"><a rel="author" href="https://rlindqvist.example" class="u-url" title="Rasmus Lindqvist">Rasmus
Lindqvist</a>
</span><li><time class="dt-published" datetime="2025-01-19">19th Jan 2025</time></li><li title="912 words"><span class="separator" aria-hidden="true">•</span>
5 min read</li><li class="tag"><span class="separator" aria-hidden="true">•</span>Tags:&nbsp;</li>${zlTags
  .map(
    (t, i) =>
      `<li class="tag"><a class="p-category" href="https://rlindqvist.example/tags/${t.replace(/ /g, '-')}/">${t}</a>${
        i < zlTags.length - 1 ? ',&nbsp;' : ''
      }</li>`,
  )
  .join(
    '\n',
  )}<li><span class="separator" aria-hidden="true">•</span>Last updated on <time class="dt-updated" datetime="2025-02-02">2nd Feb 2025</time></li></ul>
<section class="e-content body">
${ps(zlP1)}
<h2 id="i-plan-for-evenings-i-do-not-have">${zlH1}<a class="header-anchor no-hover-padding" href="#i-plan-for-evenings-i-do-not-have" aria-label="Anchor
link for:
i-plan-for-evenings-i-do-not-have"><span class="link-icon" aria-hidden="true"></span></a></h2>
${ps(zlP2)}
<h2 id="finishing-is-a-separate-task">${zlH2}<a class="header-anchor no-hover-padding" href="#finishing-is-a-separate-task" aria-label="Anchor link for:
finishing-is-a-separate-task"><span class="link-icon" aria-hidden="true"></span></a></h2>
${ps(zlP3)}
<ol>
${zlList.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
<h2 id="the-one-line-reviews-are-the-useful-part">${zlH3}<a class="header-anchor no-hover-padding" href="#the-one-line-reviews-are-the-useful-part"
aria-label="Anchor link for: the-one-line-reviews-are-the-useful-part"><span class="link-icon" aria-hidden="true"></span></a></h2>
${ps(zlP4)}
<blockquote>
<p>${zlQuote}</p>
</blockquote>
${ps(zlP5)}
</section>
<nav class="full-width article-navigation"><div><a href="https://rlindqvist.example/blog/weekend-without-a-phone/" aria-label="Next"
aria-describedby="left_title">
<span class="arrow">←</span>&nbsp;Next</a><p aria-hidden="true" id="left_title">${zlNext}</p></div><div><a href="https://rlindqvist.example/blog/tide-clock/"
aria-label="Prev" aria-describedby="right_title">Prev&nbsp;<span class="arrow">→</span></a><p aria-hidden="true" id="right_title">${zlPrev}</p></div></nav>
<div data-repo="rlindqvist/site-comments" data-repo-id="R_kgDOJx2b9w" data-category="Comments" data-category-id="DIC_kwDOJx2b984CYc1p" data-mapping="pathname"
data-strict="1" data-reactions-enabled="1" data-input-position="bottom" data-light-theme="noborder_light" data-dark-theme="noborder_dark" data-lang="en"
data-lazy-loading="true" class="comments"></div>
</article></main>
<div id="button-container"><div id="toc-floating-container"></div><a href="#" id="top-button" class="no-hover-padding" title="Go to the top of the page">
<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20"><path d="M3.4 13.1L10 6.5l6.6 6.6"></path></svg></a></div>
<script src="https://rlindqvist.example/js/giscus.min.js" async></script></div>
<footer><section><nav class="socials nav-navs"><ul><li><a class="nav-links no-hover-padding social" rel="noopener me" target="_blank"
href="https://rlindqvist.example/atom.xml"><img loading="lazy" alt="feed" title="feed" src="https://rlindqvist.example/social_icons/rss.svg"></a></li>
<li><a class="nav-links no-hover-padding social" rel="noopener me" target="_blank" href="https://codeberg.example/rlindqvist"><img loading="lazy"
alt="codeberg" title="codeberg" src="https://rlindqvist.example/social_icons/codeberg.svg"></a></li></ul></nav>
<nav class="nav-navs"><small><ul><li><a class="nav-links no-hover-padding" href="https://rlindqvist.example/sitemap.xml">Sitemap</a></li></ul></small></nav>
<div class="credits"><small><p>${zlCredits[0]} • ${zlCredits[1]} <a href="https://creativecommons.org/licenses/by-sa/4.0/">${zlCredits[2]}</a>
${zlCredits[3]}</p>
<p>${zlCredits[4]} <a href="https://www.getzola.org">${zlCredits[5]}</a> &amp; <a href="https://github.com/welpo/tabi">${zlCredits[6]}</a></p></small></div>
</section>
<div id="searchModal" class="search-modal js" role="dialog" aria-labelledby="modalTitle"><div id="modal-content"><h1 id="modalTitle"
class="page-header">${zlSearch[0]}</h1>
<div id="searchBar"><div aria-hidden="true" class="search-icon"></div><input id="searchInput" role="combobox" autocomplete="off" spellcheck="false"
aria-expanded="false" aria-controls="results-container" placeholder="Search…"><div id="clear-search" class="close-icon interactive-icon" tabindex="0"
role="button"><svg viewBox="0 -960 960 960"><title>Clear search</title><path d="m256-200-56-56 224-224-224-224 56-56 224 224 224-224 56 56z"/></svg></div></div>
<div id="results-container"><div id="results-info"><span id="zero_results" style="display: none;">${zlSearch[1]}</span><span id="one_result"
style="display: none;">${zlSearch[2]}</span><span id="many_results" style="display: none;">${zlSearch[3]}</span></div><ul id="results"
role="listbox"></ul></div>
</div></div></footer>
</body></html>`;
export const zolaTabiPost: TestPage = {
  html: zlHtml,
  name: 'heldout149-zola-tabi-blog',
  kind: 'blog',
  // the hidden h-card author, the date, reading time and "Last updated on" line are bylines; tags, article navigation,
  // credits and the hidden search modal are furniture
  title: zlTitle,
  headings: [zlH1, zlH2, zlH3],
  body: texts([...zlP1, ...zlP2, ...zlP3, ...zlList, ...zlP4, zlQuote, ...zlP5]),
  bylines: ['Rasmus Lindqvist', '19th Jan 2025', '5 min read', 'Last updated on 2nd Feb 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...zlNav, 'Clear search', 'Tags:', ...zlTags, 'Next', zlNext, 'Prev', zlPrev, 'Sitemap', ...zlCredits, ...zlSearch,
  ],
};
