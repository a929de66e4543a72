import { links, ps, type TestPage } from './page-kit.js';
import { timesOfIndiaStory } from './pages-heldout78-c2.js';

/**
 * Held-out batch 78, file c: a Euronews English story (the accessibility shortcuts link, header with "Live" and the edition
 * switcher, the nav, breadcrumbs, the headline and summary, "By ... with AP", the published/updated line, the "Video editor"
 * credit, share and comments buttons, the video embed box, "ADVERTISEMENT" labels between paragraphs, an inline "READ MORE"
 * widget, "Share this article" at the foot, tags, "Related" and "Trending now" rails, the cookie notice and the footer), and
 * a Times of India city story (file c2).
 */
const enTitle = 'EU ministers agree to build shared stockpile of critical medicines after winter shortages';
const enSummary =
  'Health ministers backed a plan to hold emergency reserves of antibiotics and children’s medicines, but several countries warned about the cost.';
const en1 = [
  'European Union health ministers agreed on Tuesday to build a shared stockpile of critical medicines, after two winters in which ' +
    'pharmacies across the bloc ran short of antibiotics and children’s fever syrups.',
  'Meeting in Brussels, ministers backed a plan under which the bloc would buy and store reserves of around 40 medicines judged essential, ' +
    'from common antibiotics to insulin and treatments for childhood asthma.',
  'The reserves would be held in warehouses in at least five member states and released to countries facing shortages, under a system ' +
    'modelled on the shared fleet of firefighting planes.',
  '“No parent in Europe should have to visit five pharmacies to find an antibiotic for a sick child,” said Karin Lauterbach, the health ' +
    'minister of the country holding the rotating presidency of the Council.',
];
const enH1 = 'Cost and control concerns';
const en2 = [
  'Not every capital was enthusiastic. Several ministers questioned who would pay to replace medicines that expire on the shelf, and how ' +
    'quickly stock could really be moved across borders in a crisis.',
  'Diplomats said a compromise was reached late on Monday night: the EU budget will cover the first three years of purchases, after which ' +
    'member states will share the cost according to population.',
  'Industry groups welcomed the move but warned that stockpiles alone would not solve the underlying problem, which is that many cheap ' +
    'generic medicines are made by a handful of factories far from Europe.',
  '“A warehouse is a buffer, not a cure,” said Tomasz Wieliczko of the European Generic Medicines Forum. “If we want security, we need to ' +
    'make more of these products here.”',
];
const enH2 = 'What happens next';
const en3 = [
  'The European Commission will now draw up the list of medicines to be included, which it expects to present before the end of February.',
  'The plan must also be approved by the European Parliament, where members of the public health committee have already said they want ' +
    'stronger rules on disclosing where the medicines are produced.',
  'Patient groups said the decision was overdue. Shortages of the most common children’s antibiotic were reported in 23 of the 27 member ' +
    'states last winter, according to the bloc’s medicines regulator.',
];
const enNav = ['Latest', 'Europe', 'World', 'Business', 'Travel', 'Green', 'Culture', 'Health', 'Next', 'Video'];
const enCrumbs = ['Europe', 'EU Policy'];
const enReadMore = 'Pharmacists warn of fresh antibiotic shortages as flu season begins';
const enTags = ['European Union', 'Medicines', 'Public health', 'Shortage'];
const enRelated = [
  'Why are Europe’s pharmacies running out of basic medicines?',
  'Brussels proposes ‘Buy European’ rule for essential drugs',
  'Hospitals turn to rationing as saline supplies dry up',
];
const enTrending = [
  'Storm warning for the Adriatic coast as ferries cancelled',
  'Which European cities have the cheapest public transport?',
  'Record crowds at autumn wine harvest festival',
];
const enCookie = 'We use cookies and similar technologies to personalise content and ads, provide social media features and analyse our traffic.';
const enFoot = [
  'About Euronews',
  'Commercial Services',
  'Terms and Conditions',
  'Cookie Policy',
  'Privacy Policy',
  'Contact',
  'Press Office',
  'Work at Euronews',
  'Modify Cookie Settings',
];
const enAd = `<div class="c-ad c-ad--inread" data-ad-position="inread"><div class="c-ad__placeholder">ADVERTISEMENT</div>
<div id="adSlot_inread_1" class="c-ad__slot"></div></div>`;
const enHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${enTitle} | Euronews</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${enSummary}">
<meta property="og:title" content="${enTitle}"><meta property="og:site_name" content="euronews"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-11-04T14:22:11+01:00"><meta name="article:section" content="Europe">
<link rel="canonical" href="https://www.euronews.com/my-europe/2025/11/04/eu-ministers-agree-shared-stockpile-critical-medicines">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${enTitle}",
"datePublished":"2025-11-04T14:22:11+01:00","dateModified":"2025-11-04T15:10:02+01:00","author":[{"@type":"Person","name":"Marta Oliveira"}],
"publisher":{"@type":"Organization","name":"Euronews"}}]}</script>
<script>window.euronews = {"page":{"type":"article","id":2789113,"vertical":"my-europe","edition":"en"}};</script>
<link rel="stylesheet" href="https://static.euronews.com/build/article.7d1e0c.css"></head>
<body class="is-article vertical-my-europe"><a class="c-skip-link" href="#accessibility-shortcuts">Go to accessibility shortcuts</a>
<header class="c-header" role="banner"><div class="c-header__top">
<a class="c-header__logo" href="/" title="Euronews"><span class="u-sr-only">Euronews</span></a>
<a class="c-header__live" href="/live">Live</a><div class="c-edition-switcher"><button type="button" aria-haspopup="true">English</button></div></div>
<nav class="c-header__nav" aria-label="Main menu"><ul class="c-menu">${links(enNav, 'c-menu__item')}</ul></nav></header>
<main class="o-container" id="main"><article class="o-article-newsy" data-article-id="2789113">
<nav class="c-breadcrumb" aria-label="Breadcrumb"><ol>${links(enCrumbs, 'c-breadcrumb__item')}</ol></nav>
<div class="c-article-redesign-header"><h1 class="c-article-redesign-title">${enTitle}</h1>
<p class="c-article-summary">${enSummary}</p>
<div class="c-article-contributors">By <a href="/profiles/1984" class="c-article-contributors__link">Marta Oliveira</a> with AP</div>
<div class="c-article-publication-date"><time datetime="2025-11-04 14:22:11 +01:00">Published on 04/11/2025 - 14:22 GMT+1</time> •
<time datetime="2025-11-04 15:10:02 +01:00">Updated 15:10</time></div>
<div class="c-article-video-editor">Video editor • <span>Jonas Verbeke</span></div>
<div class="c-article-share"><button type="button" class="c-article-share__button js-share-open">Share this article</button>
<a href="#comments" class="c-article-share__comments">Comments</a></div></div>
<div class="c-article-media c-video-player" data-video-id="v2789113"><div class="c-video-player__overlay"><button type="button">Play video</button></div>
<div class="c-video-player__embed" hidden><p>Copy/paste the article video embed link below:</p><button type="button">Copy</button></div></div>
<div class="c-article-content c-article-content--redesign js-article-content">
${ps(en1.slice(0, 2))}
${enAd}
${ps(en1.slice(2))}
<div class="widget widget--type-related widget--size-fullwidth"><div class="widget__related_title">READ MORE</div>
<a class="widget__related_link" href="/health/2025/10/21/pharmacists-warn-antibiotic-shortages">${enReadMore}</a></div>
<h2>${enH1}</h2>
${ps(en2.slice(0, 2))}
${enAd.replace('inread_1', 'inread_2')}
${ps(en2.slice(2))}
<h2>${enH2}</h2>
${ps(en3)}
</div>
<div class="c-article-share c-article-share--bottom"><button type="button" class="c-article-share__button">Share this article</button>
<a href="#comments" class="c-article-share__comments">Comments</a></div>
<div class="c-article-tags"><span class="c-article-tags__title">Topics</span><ul>${links(enTags, 'c-article-tags__item')}</ul></div>
</article>
<section class="c-related-articles"><h2 class="c-section-title">Related</h2><ul>${links(enRelated)}</ul></section>
<aside class="c-trending"><h2 class="c-section-title">Trending now</h2><ol>${links(enTrending)}</ol></aside></main>
<div id="accessibility-shortcuts" class="c-accessibility-shortcuts"><p>Accessibility shortcuts</p></div>
<div class="c-cookie-notice" role="dialog" aria-label="Cookie notice"><p>${enCookie}</p><button type="button">Agree and close</button>
<button type="button">Learn more</button></div>
<footer class="c-footer"><ul class="c-footer__links">${links(enFoot)}</ul><p class="c-footer__copyright">Copyright © euronews 2025</p></footer>
<script src="https://static.euronews.com/build/article.7d1e0c.js" defer></script></body></html>`;
const euronewsStory: TestPage = {
  html: enHtml,
  name: 'heldout78-euronews-news',
  kind: 'news',
  // the summary under the headline is body; "By Marta Oliveira with AP", the dates and the video editor credit are bylines; the
  // video box, the "ADVERTISEMENT" labels between paragraphs, the "READ MORE" widget, share buttons, tags, rails, cookie notice
  // and footer are furniture
  title: enTitle,
  headings: [enH1, enH2],
  body: [enSummary, ...en1, ...en2, ...en3],
  bylines: ['By Marta Oliveira with AP', 'Published on 04/11/2025 - 14:22 GMT+1', 'Updated 15:10', 'Video editor • Jonas Verbeke'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go to accessibility shortcuts', 'Live', 'English', ...enNav, 'EU Policy', 'Share this article', 'Comments', 'Play video',
    'Copy/paste the article video embed link below:', 'Copy', 'ADVERTISEMENT', 'READ MORE', enReadMore, 'Topics', ...enTags, 'Related',
    ...enRelated, 'Trending now', ...enTrending, 'Accessibility shortcuts', enCookie, 'Agree and close', 'Learn more', ...enFoot,
    'Copyright © euronews 2025',
  ],
};

export const HELDOUT78_C: readonly TestPage[] = [euronewsStory, timesOfIndiaStory];
