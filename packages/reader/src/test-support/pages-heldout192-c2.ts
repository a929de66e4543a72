import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 192, file c2: an eLife digest page on the eLife patterns-library template (the site header with "Menu",
 * the main menu, "Search", "Alerts" and "Submit your research", the content header with the subject link, the h1, the
 * image with its credit, the "Digest" label and date, the digest text, the "Related to" teaser of the research article
 * with its authors, type and date, the "Be the first to read new articles from eLife" email call to action, the cookie
 * notice and the site footer with its mission line, the menu and the licence line).
 */
const title = 'Feeding: Knowing when to stop';
const p = [
  'Most animals do not eat until they are physically full. Instead, they usually stop some time before their stomach has ' +
    'stretched to its limit. How the brain makes this decision is still not well understood, even in animals as well studied as ' +
    'the fruit fly, <i>Drosophila melanogaster</i>.',
  'Flies taste food with sensory cells on their legs and mouthparts, and sugar makes them extend their proboscis and drink. As ' +
    'a fly feeds, stretch receptors in its gut send signals to the brain, and eventually the fly stops. But flies that have been ' +
    'without food for a long time keep drinking for much longer, which suggests that the brain weighs the stretch signals ' +
    'against some internal measure of hunger.',
  'To investigate how this works, Halvorsen, Mbeki-Tran et al. used fluorescent sensors to record the activity of nerve cells ' +
    'in the brains of flies while they drank sugar water. This revealed a small group of about a dozen cells, which the ' +
    'researchers named “satiety gate” neurons, that became more active as the gut filled. When these cells were switched off ' +
    'using a genetic technique, flies kept drinking until their abdomens were visibly swollen.',
  'The experiments also showed that the satiety gate neurons responded less strongly in flies that had been starved. A hormone ' +
    'released by cells in the fly’s equivalent of the pancreas appeared to dampen their response, so that a hungry fly needed ' +
    'a fuller gut before the neurons reached the level of activity that ended the meal. When the hormone was blocked, starved ' +
    'flies stopped feeding as early as well-fed ones.',
  'Together, these findings suggest that flies decide when to stop eating by comparing how full their gut is with how much ' +
    'energy they have in reserve, and that this comparison takes place in a single, small group of neurons. Similar circuits ' +
    'that combine signals from the gut and from hormones are thought to exist in mammals, including humans.',
  'Understanding how such circuits work in a simpler animal could help researchers study what goes wrong in eating disorders ' +
    'and obesity. The next step will be to find out which neurons receive signals from the satiety gate cells and how they ' +
    'stop the movements of the proboscis.',
];
const nav = ['Research categories', 'Author guide', 'Reviewer guide', 'About', 'Community', 'Innovation'];
const related = 'A hormone-gated neural circuit sets meal size in Drosophila';
const relAuthors = 'Ingrid Halvorsen, Thandiwe Mbeki-Tran ... Rafael Quiroga';
const credit = 'Image credit: Ingrid Halvorsen (CC BY 4.0)';
const cta = ['Be the first to read new articles from eLife', 'Sign up for alerts'];
const cookie =
  'We use cookies to help us improve this site and your experience. Continue to use the site if you’re happy with this or click ' + 'to find out more';
const foot = ['Research categories', 'Author guide', 'Reviewer guide', 'About', 'Innovation', 'Community', 'Jobs', 'Contact', 'Terms', 'Privacy'];
const mission =
  'eLife is a non-profit organisation that inspires and enables scientists to make discoveries that benefit humanity. The eLife ' +
  'model of publishing reviewed preprints makes research available faster and gives readers the context they need.';
const licence = '© 2025 eLife Sciences Publications Ltd. Subject to a Creative Commons Attribution license, except where otherwise noted. ISSN: 2050-084X';
const html = `<!doctype html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>${title} | eLife</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="How the brain of a fruit fly decides to stop feeding.">
<meta property="og:site_name" content="eLife"><meta property="og:title" content="${title}"><meta property="og:type" content="article">
<meta name="twitter:site" content="@eLife"><meta name="dc.type" content="digest">
<link rel="canonical" href="https://elifesciences.org/digests/104118/feeding-knowing-when-to-stop">
<link href="/assets/patterns/css/all.6d1c2e0a.css" rel="stylesheet">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'contentType':'digest'});</script>
<script src="/assets/patterns/js/main.3a1f0c22.js" defer></script></head>
<body><div class="global-wrapper" data-behaviour="FragmentHandler Math HypothesisLoader"><div class="global-inner">
<div class="cookie-notification" data-behaviour="CookieNotification" aria-label="Cookie notification"><div class="cookie-notification__content">
<p class="cookie-notification__text">${cookie}</p><button class="button button--default cookie-notification__button">OK</button></div></div>
<div class="wrapper wrapper--site-header"><header class="site-header clearfix" data-behaviour="SiteHeader"><div class="site-header__title clearfix">
<a href="/" class="site-header__logo_link"><picture class="site-header__logo"><img src="/assets/patterns/img/patterns/organisms/elife-logo-xs.svg"
alt="eLife logo"></picture><span class="visuallyhidden">eLife home page</span></a></div>
<nav class="site-header__navigation site-header__navigation--primary" role="navigation"><ul class="nav-primary__list clearfix">
<li class="nav-primary__item nav-primary__item--first"><a href="/menu" class="nav-primary__menu_text">Menu</a></li>
${links(nav, 'nav-primary__item nav-primary__item--hide-narrow')}</ul></nav>
<nav class="site-header__navigation site-header__navigation--secondary" role="navigation"><ul class="nav-secondary__list clearfix">
<li class="nav-secondary__item nav-secondary__item--search"><a href="/search">Search</a></li>
<li class="nav-secondary__item nav-secondary__item--alerts"><a href="/content-alerts">Alerts</a></li>
<li class="nav-secondary__item nav-secondary__item--hide-narrow">
<a href="https://reviewer.elifesciences.example/login" class="button button--small">Submit your research</a></li>
</ul></nav></header></div>
<main role="main" id="maincontent"><div class="content-header-wrapper"><header class="content-header content-header--image wrapper clearfix">
<div class="content-header__top"><ol class="content-header__subject_list"><li class="content-header__subject_list_item">
<a href="/subjects/neuroscience" class="content-header__subject_link"><span class="content-header__subject">Neuroscience</span></a></li></ol></div>
<div class="content-header__body"><h1 class="content-header__title content-header__title--short">${title}</h1></div>
<div class="content-header__image"><picture><img src="https://iiif.elifesciences.example/digests/104118/fly.jpg" alt=""></picture>
<div class="content-header__image-credit">${credit}</div></div>
<div class="content-header__meta"><div class="meta"><a class="meta__type" href="/digests">Digest</a>
<time class="date" datetime="2025-03-12">Mar 12, 2025</time></div></div></header></div>
<div class="wrapper"><div class="grid"><div class="grid__item one-whole medium--ten-twelfths large--eight-twelfths">
<div class="article-section__body">${ps(p, ' class="paragraph"')}</div></div></div></div>
<section class="listing-list-heading"><h3 class="list-heading">Related to</h3><ol class="listing-list"><li class="listing-list__item">
<div class="teaser teaser--secondary"><header class="teaser__header"><h4 class="teaser__header_text"><a class="teaser__header_text_link"
href="/articles/104118">${related}</a></h4><div class="teaser__secondary_info">${relAuthors}</div></header><footer class="teaser__footer">
<div class="meta"><span class="meta__type">Research Article</span><span class="date">Updated Feb 26, 2025</span></div></footer></div></li></ol></section>
<section class="email-cta"><h3 class="email-cta__header_text">${cta[0]}</h3><a href="/content-alerts" class="button button--default">${cta[1]}</a></section>
</main>
<footer class="site-footer"><div class="site-footer__container"><div class="site-footer__mission"><p>${mission}</p></div>
<nav class="site-footer__menu"><ul class="footer-navigation__list">${links(foot, 'footer-navigation__list_item')}</ul></nav>
<div class="site-footer__copyright"><small>${licence}</small></div></div></footer></div></div></body></html>`;
export const elifeDigest: TestPage = {
  html,
  name: 'heldout192-elife-digest',
  kind: 'docs',
  // the "Digest" type label and the date are furniture and byline; the related research article teaser is furniture
  title,
  headings: [],
  body: texts(p),
  bylines: ['Mar 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    cookie, 'OK', 'eLife home page', 'Menu', ...nav, 'Search', 'Alerts', 'Submit your research', 'Neuroscience', credit, 'Digest', 'Related to',
    related, relAuthors, 'Research Article', 'Updated Feb 26, 2025', ...cta, mission, 'Jobs', 'Contact', 'Terms', 'Privacy', licence,
  ],
};
