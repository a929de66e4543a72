import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout278-kit.js';
import { conversationPage } from './pages-heldout278-c2.js';

/**
 * Held-out batch 278, file c: a Nature news story on nature.com's Springer Nature template (cookie consent dialog,
 * browser notice, header menus, breadcrumbs, article identifiers with category and date, standfirst, author list, lead
 * figure with caption and credit, inline "recommended" cards, doi line, references, subjects, "Latest on" rail, Nature
 * Briefing sign-up, footer) and, from file c2, an article from The Conversation.
 */
const title = 'Deep-sea mining trial stirs up sediment plumes far larger than predicted';
const standfirst = 'Monitoring data from a test dredge in the Pacific suggest that fine particles drift tens of kilometres from the site.';
const paras1 = [
  j(
    'A two-week trial of a seabed mining vehicle in the central Pacific generated sediment plumes that spread up to 40',
    'kilometres from the test site, according to monitoring data released this week. The plumes were roughly four times',
    'larger than those forecast in the environmental assessment that the operator submitted before the trial.',
  ),
  j(
    'The findings, posted as a preprint by an independent team that was given access to the sensor network, come as',
    'member states of the International Seabed Authority argue over rules that would allow commercial extraction of',
    'polymetallic nodules. The nodules, potato-sized lumps rich in nickel, cobalt and manganese, lie loose on the sea floor',
    'at depths of about 4,500 metres.',
  ),
  j(
    '“We expected a cloud that settled within a few kilometres,” says Amara Lindgren-Osei, a sedimentologist at the',
    'fictional Institute for Ocean Floor Studies in Bremenhafen, who led the analysis. “Instead, the finest fraction',
    'stayed in suspension for days and was carried by near-bottom currents much further than the models allowed.”',
  ),
];
const h2 = ['Currents underestimated', 'Calls for a pause'];
const paras2 = [
  j(
    'The team used 27 moored turbidity sensors and two autonomous gliders. Concentrations above background were recorded',
    'at 31 kilometres downstream on the fifth day and at 40 kilometres on the ninth. The researchers attribute the',
    'discrepancy to the assessment’s use of averaged current speeds, which smoothed out pulses that occur every few days.',
  ),
  j(
    'Ferdinand Oyelaran, a physical oceanographer at the fictional University of Port Amelie who was not involved in the',
    'study, says the data are convincing but come from a single season. “Current regimes at these depths change from year',
    'to year. One trial cannot tell us the worst case,” he says.',
  ),
];
const paras3 = [
  j(
    'Several delegations cited the preprint at a council meeting in Kingston on Tuesday. Some want the authority to',
    'require plume monitoring over at least a full year before any exploitation licence is granted. The operator said in',
    'a statement that it would review the data and that its collector design had been updated since the trial.',
  ),
  j(
    'Biologists worry about what the fine sediment does when it settles. Sponges and other filter feeders dominate the',
    'fauna of the nodule fields, and many grow extremely slowly. A layer of a few millimetres can clog their feeding',
    'surfaces, says deep-sea ecologist Hanne Quartey, who studies the region. “If the footprint is four times larger, so is',
    'the area where these animals are at risk,” she says.',
  ),
  'The council is expected to resume talks on the draft mining code in July.',
];
const rec = ['Seabed mining rules stall as nations split over nodules', 'The hidden life of the abyssal plains'];
const latest = ['Ocean sciences', 'Environmental impact', 'Sedimentology'];
const latestTitles = ['Warming pushes coral spawning earlier in the year', 'Microplastics found in deep-sea sponges from the Arctic'];
const furn = [
  'Your privacy, your choice',
  j(
    'We use essential cookies to make sure the site can function. We also use optional cookies for',
    'advertising, personalisation of content, usage analysis, and social media.',
  ),
  'Accept all cookies',
  'Reject optional cookies',
  'Manage preferences',
  'Skip to main content',
  'Thank you for visiting nature.com. You are using a browser version with limited support for CSS.',
  'View all journals',
  'Log in',
  'Explore content',
  'About the journal',
  'Publish with us',
  'Sign up for alerts',
  'RSS feed',
  'nature',
  'news',
  'article',
  'NEWS',
  'A mining vehicle is lowered from a support ship during the trial.',
  'Credit: Jonah Marchetti/Ocean Watch',
  ...rec,
  'doi: https://doi.org/10.1038/d41586-026-00714-2',
  'References',
  'Lindgren-Osei, A. et al. Preprint at EarthArXiv (2026).',
  'Reprints and permissions',
  'Subjects',
  ...latest,
  'Latest on:',
  ...latestTitles,
  'Sign up for the Nature Briefing newsletter — what matters in science, free to your inbox daily.',
  'Email address',
  'Sign up',
  'Nature (Nature)',
  'ISSN 1476-4687 (online)',
  'About Nature Portfolio',
  'Privacy Policy',
  'Use of cookies',
  'Your privacy choices/Manage cookies',
  'Legal notice',
  '© 2026 Springer Nature Limited',
];
const recCard = (t: string, side: string): string => `<div class="recommended pull pull--${side} u-sans-serif" data-label="Related">
<a href="https://www.nature.com/articles/d41586-025-0${t.length}11-x" data-track="click" data-track-label="recommended article"><img class="recommended__image"
alt="" src="https://media.springernature.com/w400/magazine-assets/rec.jpg"><p class="recommended__title u-serif">${t}</p></a></div>`;
const html = `<!DOCTYPE html><html lang="en" class="grade-c"><head><meta charset="utf-8"><title>${title}</title>
<meta name="journal_id" content="41586"/><meta name="dc.title" content="${title}"/><meta name="dc.source" content="Nature 2026"/>
<meta name="dc.date" content="2026-03-05"/><meta name="dc.type" content="News"/><meta name="dc.description" content="${standfirst}"/>
<meta name="citation_doi" content="10.1038/d41586-026-00714-2"/><meta property="og:site_name" content="Nature"/><meta name="twitter:site" content="@Nature"/>
<script type="application/ld+json">{"mainEntity":{"headline":"${title}","datePublished":"2026-03-05T00:00:00Z","author":[{"name":"Corinna Dahlquist",
"@type":"Person"}],"isPartOf":{"name":"Nature","@type":"Periodical"}},"@context":"https://schema.org","@type":"WebPage"}</script>
<script>window.dataLayer = [{"content":{"category":{"contentType":"news","legacy":{"webtrendsPrimaryArticleType":"news"}}}}];</script></head>
<body class="article-page"><div class="c-cookie-banner" data-cc-banner role="dialog" aria-labelledby="cc-banner-heading"><h2 id="cc-banner-heading"
class="cc-banner__title">Your privacy, your choice</h2><p class="cc-banner__text">We use essential cookies to make sure the site can function. We also
use optional cookies for advertising, personalisation of content, usage analysis, and social media.</p><div class="cc-banner__footer"><button
class="cc-button cc-button--accept" data-cc-action="accept">Accept all cookies</button><button class="cc-button cc-button--secondary"
data-cc-action="reject">Reject optional cookies</button><button class="cc-button cc-button--link" data-cc-action="preferences">Manage preferences</button>
</div></div><div class="u-visually-hidden" aria-hidden="true"><a href="#content" class="c-skip-link">Skip to main content</a></div>
<div class="u-hide-print"><div class="c-grade-c-banner u-hide"><div class="c-grade-c-banner__container"><p>Thank you for visiting nature.com. You are using a
browser version with limited support for CSS.</p></div></div></div>
<header class="c-header" id="header" data-header data-track-component="nature-150-split-header"><div class="c-header__row"><div class="c-header__container">
<a href="/nature" class="c-header__logo-container"><img src="/static/images/logos/nature-brand-logo-white.svg" alt="Nature"></a>
<ul class="c-header__menu c-header__menu--global"><li class="c-header__item"><a class="c-header__link" href="https://www.nature.com/siteindex">View all
journals</a></li><li class="c-header__item"><a class="c-header__link" href="/search">Search</a></li><li class="c-header__item"><a class="c-header__link"
href="https://idp.nature.com/auth">Log in</a></li></ul></div></div><div class="c-header__row"><div class="c-header__container"><ul class="c-header__menu">
${links(['Explore content', 'About the journal', 'Publish with us'], 'c-header__item c-header__item--dropdown-menu')}</ul><ul class="c-header__menu
c-header__menu--tools">${links(['Sign up for alerts', 'RSS feed'], 'c-header__item')}</ul></div></div></header>
<nav class="u-mb-16" aria-label="breadcrumbs"><div class="u-container"><ol class="c-breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
${links(['nature', 'news'], 'c-breadcrumbs__item')}<li class="c-breadcrumbs__item"><span itemprop="name">article</span></li></ol></div></nav>
<div id="content" class="u-container"><main class="c-article-main-column u-float-left js-main-column" data-track-component="article body">
<article lang="en"><div class="c-article-header"><header><ul class="c-article-identifiers" data-test="article-identifier"><li
class="c-article-identifiers__item"
data-test="article-category">NEWS</li><li class="c-article-identifiers__item"><time datetime="2026-03-05">05 March 2026</time></li></ul>
<h1 class="c-article-magazine-title" data-test="article-title">${title}</h1><div class="c-article-teaser-text">${standfirst}</div>
<ul class="c-article-author-list c-article-author-list--short" data-test="author-list"><li class="c-article-author-list__item"><a href="#auth-1"
data-test="author-name" data-author-popup="auth-1">Corinna Dahlquist</a></li></ul></header></div>
<figure class="figure"><picture class="embed intensity--high"><img src="https://media.springernature.com/lw767/magazine-assets/d41586-026-00714-2/lead.jpg"
alt="A yellow tracked vehicle hangs from a crane over the side of a ship."></picture><figcaption><p class="caption">A mining vehicle is lowered from a support
ship during the trial.</p><span class="credit">Credit: Jonah Marchetti/Ocean Watch</span></figcaption></figure>
<div class="c-article-body main-content">
${ps(paras1)}
${recCard(rec[0] ?? '', 'left')}
<h2>${h2[0]}</h2>
${ps(paras2)}
<h2>${h2[1]}</h2>
${recCard(rec[1] ?? '', 'right')}
${ps(paras3)}
</div><p class="c-article-doi">doi: https://doi.org/10.1038/d41586-026-00714-2</p>
<div class="c-article-references"><h3 class="c-article__sub-heading">References</h3><ol class="c-article-references"><li class="c-article-references__item">
<p class="c-article-references__text">Lindgren-Osei, A. et al. Preprint at EarthArXiv (2026).</p></li></ol></div>
<p class="c-article-rights"><a href="https://www.nature.com/reprints">Reprints and permissions</a></p>
<div class="c-article-subject-list"><h3 class="c-article__sub-heading">Subjects</h3><ul>${links(latest, 'c-article-subject-list__subject')}</ul></div>
</article></main><aside class="c-article-extras u-hide-print" aria-label="Article navigation"><div class="c-latest-content"><h2
class="c-latest-content__title">Latest
on:</h2><ul>${links(latest, 'c-latest-content__subject')}</ul><ul class="c-article-latest-content">${links(latestTitles, 'c-article-latest-content__item')}</ul>
</div></aside></div>
<div class="c-nature-box c-nature-box--side" data-component="entitlement-box"><form class="c-nature-briefing-signup"
action="https://www.nature.com/briefing/signup"
method="post"><p class="c-nature-briefing__lead">Sign up for the Nature Briefing newsletter — what matters in science, free to your inbox daily.</p>
<label for="briefing-email">Email address</label><input type="email" id="briefing-email" name="email"><button type="submit">Sign up</button></form></div>
<footer class="composite-layer" itemscope itemtype="http://schema.org/Periodical"><div class="u-mt-16 u-mb-16"><p class="c-footer__issn">Nature (<i>Nature</i>)
</p><p class="c-footer__issn">ISSN 1476-4687 (online)</p></div><div class="c-corporate-footer"><ul class="c-corporate-footer__legal">
${links(['About Nature Portfolio', 'Privacy Policy', 'Use of cookies', 'Your privacy choices/Manage cookies', 'Legal notice'], 'c-corporate-footer__item')}
</ul><p class="c-corporate-footer__copyright">© 2026 Springer Nature Limited</p></div></footer></body></html>`;

export const HELDOUT278_C: readonly TestPage[] = [
  {
    name: 'heldout278-nature-news',
    kind: 'news',
    html,
    title,
    headings: h2,
    body: texts([...paras1, ...paras2, ...paras3]),
    bylines: ['05 March 2026', 'Corinna Dahlquist'],
    furniture: furn,
  },
  conversationPage,
];
