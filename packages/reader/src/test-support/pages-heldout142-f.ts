import { links, type TestPage, texts } from './page-kit.js';
import { euronews } from './pages-heldout142-f2.js';

/**
 * Held-out batch 142, file f: a POLITICO Europe news story on its WordPress template (skip link, the header with the section
 * nav, "Newsletters", "Podcasts", "Poll of Polls" and "Log in", the breadcrumb category, headline, the excerpt under it, the
 * byline, the date, time and "minutes read" line, the listen and share tools, the lead image with caption and credit, the
 * story with a subhead, an inline Playbook newsletter box and a "Read more" card, the update note and the "contributed
 * reporting" line at the end, tags, the "Most read" sidebar, the consent banner and the footer) and, from file f2, a
 * Euronews story.
 */
const poTitle = 'EU capitals push to delay packaging rules as deadline nears';
const poExcerpt = 'A group of 11 countries wants an extra year before the bloc’s reusable packaging targets take effect.';
const poP1 = texts([
  'BRUSSELS — Eleven EU countries are pressing the European Commission to push back key parts of the bloc’s new packaging ' +
    'law by at least a year, warning that businesses and national authorities are not ready for rules due to start applying ' +
    'next summer.',
  'In a joint letter sent to the Commission on Tuesday and seen by POLITICO, environment ministers from the group argue that ' +
    'the implementing acts companies need to comply, including detailed definitions of what counts as reusable packaging, ' +
    'have arrived too late for manufacturers to adjust their production lines.',
  '“Legal certainty is a precondition for any investment in reuse systems,” the letter says. “That certainty does not yet ' + 'exist.”',
  'The countries, led by a coalition of central European and Nordic capitals, want the first reuse targets for drinks ' +
    'bottles and transport packaging moved from August 2026 to at least August 2027.',
]);
const poH1 = 'Commission resists';
const poP2 = texts([
  'The Commission has so far resisted calls to reopen the law, which was agreed after two years of difficult negotiations. ' +
    'Reopening the timeline, officials fear, would invite demands to water down the targets themselves.',
  '“We are working closely with member states and industry on implementation,” a Commission spokesperson said. “The ' +
    'co-legislators agreed these dates, and we expect them to be respected.”',
  'Two EU diplomats said, however, that the Commission was considering publishing guidance that would give national ' +
    'authorities leeway on enforcement during the first year, a compromise that would avoid a formal change to the law.',
  'Industry groups have lobbied heavily for a delay. A coalition representing drinks makers, retailers and logistics firms ' +
    'estimates that meeting the first targets on time would require about €4 billion in new washing and collection ' +
    'infrastructure, much of which has not been built.',
  'Environmental groups say the law already gives companies plenty of time. “Every delay is a gift to the single-use ' +
    'industry,” said Marta Lindgren of the Brussels-based campaign group Zero Waste Alliance Europe.',
  'The issue is expected to come up at a meeting of environment ministers in Luxembourg later this month. A delay would ' +
    'require a proposal from the Commission and the approval of both the Council and the European Parliament.',
]);
const poNav = ['Politics', 'Policy', 'Newsletters', 'Podcasts', 'Poll of Polls', 'Events', 'Policy news'];
const poCaption = 'The law sets targets for reusable packaging for drinks, takeaway food and transport.';
const poCredit = 'Hendrik Vos/AFP via Getty Images';
const poTools = ['Listen', 'Share', 'Save'];
const poShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Copy link'];
const poNews = [
  'Brussels Playbook',
  'Your guide to the EU’s power players and the stories driving the bloc, delivered every weekday morning.',
  'Your email',
  'Sign up',
];
const poRead = 'Commission unveils plan to simplify green reporting rules for small firms';
const poTags = ['Environment', 'Circular economy', 'Packaging', 'Single market'];
const poMost = [
  'Five things to watch at this week’s EU summit',
  'Parliament committee backs new rules for rail passengers',
  'Why the Nordic capitals are turning against the budget deal',
  'Meet the little-known official running Europe’s grid plans',
];
const poConsent = [
  'We care about your privacy',
  'We and our partners use cookies and similar technologies to store and access information on your device to personalise ' +
    'content and ads, provide social media features and analyse our traffic.',
  'Accept',
  'Reject',
  'Manage preferences',
];
const poFoot = ['About us', 'Advertise', 'Careers', 'Contact', 'Privacy policy', 'Cookie policy', 'Terms of use', 'Manage cookies'];
const poP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const poHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${poTitle} – POLITICO</title>
<meta name="description" content="${poExcerpt}"><meta property="og:site_name" content="POLITICO"><meta property="og:type" content="article">
<meta property="og:title" content="${poTitle}"><meta property="og:locale" content="en_GB"><meta name="twitter:site" content="@POLITICOEurope">
<link rel="canonical" href="https://www.politico.eu/article/eu-capitals-push-delay-packaging-rules-deadline/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${poTitle}","description":"${poExcerpt}",
"datePublished":"2025-10-08T04:00:00+02:00","dateModified":"2025-10-08T11:36:00+02:00","author":[{"@type":"Person","name":"Clara Weissberg"}],
"publisher":{"@type":"NewsMediaOrganization","name":"POLITICO"}}</script>
<link rel="stylesheet" id="politico-style-css" href="https://www.politico.eu/wp-content/themes/politico/assets/css/main.css?ver=6.3.2" media="all">
<script src="https://www.politico.eu/wp-content/themes/politico/assets/js/main.js?ver=6.3.2" defer></script></head>
<body class="post-template-default single single-post postid-3987654 single-format-standard">
<a class="skip-link sr-only" href="#main">Skip to main content</a>
<header class="header" role="banner"><div class="header__top"><a class="header__logo" href="https://www.politico.eu/">
<img src="/wp-content/themes/politico/assets/images/logo.svg"
alt="POLITICO"></a><div class="header__account"><a class="header__login" href="/login/">Log in</a></div></div>
<nav class="header__nav" aria-label="Main"><ul class="main-menu">${links(poNav, 'main-menu__item')}</ul></nav></header>
<main id="main" class="main"><article class="article" data-post-id="3987654">
<header class="article-header"><nav class="breadcrumb" aria-label="Breadcrumb">
<a href="https://www.politico.eu/section/energy-and-climate/">Energy &amp; Climate</a></nav>
<h1 class="hero__title heading-1">${poTitle}</h1><p class="hero__excerpt">${poExcerpt}</p>
<div class="article-meta"><p class="article-meta__authors">By <a href="https://www.politico.eu/author/clara-weissberg/">Clara Weissberg</a></p>
<p class="article-meta__datetime-duration"><span class="date-time__date">October 8, 2025</span> <span class="date-time__time">4:00 am CET</span>
<span class="article-meta__duration">4 minutes read</span></p></div>
<div class="article-tools">${poTools
  .map(
    (t) => `<button class="article-tools__button article-tools__button--${t.toLowerCase()}"
type="button">${t}</button>`,
  )
  .join('')}
<ul class="share-menu" hidden>${poShare.map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul></div></header>
<figure class="article-image"><img src="https://www.politico.eu/cdn-cgi/image/width=1160,quality=80/wp-content/uploads/2025/10/packaging.jpg"
alt="Plastic bottles">
<figcaption class="article-image__caption">${poCaption} <span class="article-image__credit">| ${poCredit}</span></figcaption></figure>
<div class="article__content">
${poP(poP1)}
<div class="newsletter-signup-inline" data-newsletter="brussels-playbook"><h3>${poNews[0]}</h3><p>${poNews[1]}</p>
<form><input type="email" placeholder="${poNews[2]}"><button type="submit">${poNews[3]}</button></form></div>
<h2>${poH1}</h2>
${poP(poP2.slice(0, 3))}
<aside class="read-more-card"><span class="read-more-card__label">Read more</span>
<a href="https://www.politico.eu/article/green-reporting-rules/">${poRead}</a></aside>
<div class="ad-slot ad-slot--inline"><span class="ad-slot__label">Advertisement</span><div id="ad-inline-1"></div></div>
${poP(poP2.slice(3))}
<p><em>This article has been updated.</em></p>
<p><em>Jakob Hanssen contributed reporting.</em></p>
</div>
<footer class="article-footer"><ul class="tags">${links(poTags, 'tag')}</ul></footer></article>
<aside class="sidebar"><section class="most-read"><h2 class="most-read__title">Most read</h2><ol>${links(poMost, 'most-read__item')}</ol></section>
<div class="ad-slot ad-slot--sidebar"><span class="ad-slot__label">Advertisement</span><div id="ad-sidebar-1"></div></div></aside></main>
<div class="cmp-banner" role="dialog" aria-label="Cookie consent"><h2>${poConsent[0]}</h2><p>${poConsent[1]}</p><button type="button">${poConsent[2]}</button>
<button type="button">${poConsent[3]}</button><button type="button">${poConsent[4]}</button></div>
<footer class="footer"><ul class="footer__links">${links(poFoot, 'footer__link')}</ul><p class="footer__copyright">© 2025 POLITICO SRL</p></footer>
</body></html>`;
const politicoEu: TestPage = {
  html: poHtml,
  name: 'heldout142-politico-eu-news',
  kind: 'news',
  // the excerpt under the headline is body; "This article has been updated." and the "contributed reporting" line are
  // bylines, as are the author, date, time and reading time; the Playbook box, the "Read more" card, tags, the breadcrumb
  // category, tools, caption and credit, sidebar and consent banner are furniture
  title: poTitle,
  headings: [poH1],
  body: [poExcerpt, ...poP1, ...poP2],
  bylines: ['Clara Weissberg', 'October 8, 2025', '4:00 am CET', '4 minutes read', 'This article has been updated.', 'Jakob Hanssen contributed reporting.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Log in', ...poNav, 'Energy & Climate', ...poTools, ...poShare, poCaption, poCredit, ...poNews.filter((t) => t !== 'Your email'),
    'Read more', poRead, 'Advertisement', ...poTags, 'Most read', ...poMost, ...poConsent, ...poFoot, '© 2025 POLITICO SRL',
  ],
};

export const HELDOUT142_F: readonly TestPage[] = [politicoEu, euronews];
