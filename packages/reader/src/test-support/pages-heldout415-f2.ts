import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 415, file f2: a district council's news article about its school holiday activity programme on LocalGov Drupal
 * (alert banner, lgd-header with the search block and service menu, breadcrumb, the localgov news article with its date and
 * featured image caption, a callout, the "Related links" and news categories, a newsletter promo, the Civic Cookie Control
 * banner and the lgd-footer).
 */
const lTitle = 'Free holiday activities and meals for children this summer';
const lBody = [
  `Children and young people across Wrenfold will be able to take part in free activities and enjoy a healthy meal this summer, as the
council's Holiday Activities and Food programme returns for a fourth year.`,
  `More than 40 clubs will run across the district between Monday 26 July and Friday 27 August. Activities include football, dance,
drama, cookery, forest school, coding and arts and crafts, and every session includes a nutritious lunch.`,
];
const lWho = [
  `The programme is free for children aged 5 to 16 who receive benefits-related free school meals. Each eligible child can attend up to
16 days, for at least four hours a day. Some places are also available for children who are not eligible, at a low cost set by each
provider.`,
  `Families will receive a unique booking code from their child's school before the end of term. If you think your child is eligible but
you have not received a code by 16 July, contact the holiday programme team.`,
];
const lBook = [
  'Find a club near you on the council website, using the map or the list of activities.',
  'Book a place directly with the provider, quoting your booking code.',
  'Tell the provider about any allergies, dietary needs or additional needs your child has.',
  'Bring your child along on the day; you do not need to pay anything.',
];
const lSend = [
  `Several clubs are run by providers with experience of supporting children with special educational needs and disabilities. These are
marked on the activity list, and the holiday programme team can help you find a club that suits your child.`,
];
const lQuote = `Councillor Rhiannon Dace, Cabinet Member for Children and Families, said: “Summer holidays should be a time of fun and friendship for
every child. This programme means no family has to choose between activities and a good meal, and I would encourage every eligible family
to book early.”`;
const lMenu = ['Bins and recycling', 'Council tax', 'Housing', 'Planning', 'Leisure and culture', 'Schools and education'];
const lRelated = ['Holiday Activities and Food (HAF) programme', 'Free school meals', 'Family information service'];
const lCats = ['Children and families', 'Leisure and culture'];
const lFoot = ['Accessibility statement', 'Cookies', 'Privacy notice', 'Contact us', 'Jobs'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Free holiday activities and meals for children this summer | Wrenfold District Council</title>
<meta name="description" content="The Holiday Activities and Food programme returns for a fourth year."><meta name="Generator" content="Drupal 10">
<link rel="canonical" href="https://www.wrenfold.gov.example/news/free-holiday-activities-and-meals-children-summer">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${lTitle}",
"datePublished":"2027-06-21T10:00:00+0100",
"publisher":{"@type":"GovernmentOrganization","name":"Wrenfold District Council"}}]}</script>
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"currentPath":"node\\/2291"},
"ajaxPageState":{"theme":"localgov_scarfolk"}}</script>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Lgd8k2.css?delta=0&amp;theme=localgov_scarfolk"></head>
<body class="path-node page-node-type-localgov-news-article"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="lgd-page">
<div class="localgov-alert-banner localgov-alert-banner--minor" role="region" aria-label="Alert"><div class="localgov-alert-banner__content">
<div class="localgov-alert-banner__title">Garden waste collections</div><p>Collections are running one day late this week.</p></div>
<button class="localgov-alert-banner__close js-localgov-alert-banner__close">Hide alert</button></div>
<header class="lgd-header" role="banner"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__site-branding">
<a href="/" rel="home" class="lgd-header__logo"><img src="/themes/custom/wrenfold/logo.svg" alt="Wrenfold District Council"></a></div>
<div class="lgd-header__search"><form class="localgov-search-block-form" action="/search"><label for="edit-s" class="visually-hidden">Search</label>
<input type="search" id="edit-s" name="s" placeholder="Search this site"><input type="submit" value="Search" class="button"></form></div>
<button class="lgd-header__toggle" aria-expanded="false">Menu</button></div></div>
<div class="lgd-header__nav lgd-header__nav--primary"><nav role="navigation" aria-label="Main navigation"><ul class="lgd-header__nav-list">
${links(lMenu, 'lgd-header__nav-item')}</ul></nav></div></header>
<div class="lgd-region lgd-region--breadcrumb"><div class="lgd-container padding-horizontal"><nav class="breadcrumb" role="navigation"
aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li><li>${lTitle}</li></ol></nav></div></div>
<main class="main" id="main-content"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__full">
<div class="lgd-region lgd-region--content"><div class="block-page-title-block"><h1 class="lgd-page-title-block__title"><span
class="field field--name-title">${lTitle}</span></h1></div>
<article class="localgov-news-article localgov-news-article--full"><div class="localgov-news-article__date">
<div class="field field--name-localgov-news-date field--type-datetime"><span class="field__label">Published:</span>
<time datetime="2027-06-21T12:00:00Z">21 June 2027</time></div></div>
<div class="field field--name-field-media-image"><figure class="media media--type-image"><img src="/sites/default/files/2027-06/haf-football.jpg"
alt="Children playing football on a school field"><figcaption>A football session at last year's holiday club in Oakridge.</figcaption></figure></div>
<div class="field field--name-localgov-news-summary">The Holiday Activities and Food programme returns for a fourth year.</div>
<div class="localgov-paragraph localgov-paragraph--text"><div class="field field--name-localgov-text">
${ps(lBody)}
<h2>Who can take part</h2>
${ps(lWho)}
<h2>How to book</h2>
<ol>
${lBook.map((b) => `<li>${b}</li>`).join('\n')}
</ol>
<h2>Support for children with additional needs</h2>
${ps(lSend)}
<p>${lQuote}</p>
</div></div>
<div class="localgov-paragraph localgov-paragraph--call-out-box"><div class="call-out-box"><h3 class="call-out-box__title">Find a holiday club</h3>
<p>Search clubs by town, age group and activity.</p><a class="call-out-box__link" href="/haf">Search holiday clubs</a></div></div>
<div class="localgov-news-article__related"><h2 class="field__label">Related links</h2><ul class="field__items">${links(lRelated, 'field__item')}</ul></div>
<div class="localgov-news-article__categories"><h2 class="field__label">Categories</h2><ul>${links(lCats)}</ul></div>
</article></div></div></div></div>
<div class="lgd-region lgd-region--content-bottom"><div class="lgd-container"><div class="newsletter-promo"><h2>Get council news by email</h2>
<p>Sign up to Wrenfold Weekly for news, events and service updates.</p><a class="button" href="https://public.govdelivery.example/accounts/UKWRENFOLD">
Subscribe</a></div></div></div></main>
<footer class="lgd-footer" role="contentinfo"><div class="lgd-container padding-horizontal"><div class="lgd-footer__inner"><ul class="lgd-footer__menu">
${links(lFoot)}</ul><p class="lgd-footer__copyright">© Wrenfold District Council 2027</p><p class="lgd-footer__address">Council Offices, Castle Street,
Wrenfold WF1 3AB</p></div></div></footer></div></div>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-notify" class="ccc-notify__box"><div class="ccc-notify-text"><h3>This site uses
cookies to store information on your computer.</h3><p>Some of these cookies are essential, while others help us to improve your experience by
providing insights into how the site is being used.</p></div><div class="ccc-notify-buttons"><button id="ccc-notify-accept" class="ccc-notify-button
ccc-accept-button">I Accept</button><button id="ccc-notify-reject" class="ccc-notify-button ccc-reject-button">I Do Not Accept</button>
<button class="ccc-notify-button ccc-link ccc-tabbable">Settings</button></div></div></div>
<script src="/sites/default/files/js/js_Lgd8k2.js?scope=footer&amp;delta=0"></script></body></html>`;
export const localGov: TestPage = {
  name: 'heldout415-localgov-drupal-holiday-programme-news',
  kind: 'news',
  html: lHtml,
  title: lTitle,
  headings: ['Who can take part', 'How to book', 'Support for children with additional needs'],
  body: texts([...lBody, ...lWho, ...lBook, ...lSend, lQuote]),
  bylines: ['Published:', '21 June 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Garden waste collections', 'Collections are running one day late this week.', 'Hide alert', 'Search', 'Menu', ...lMenu,
    'Breadcrumb', 'Home', 'News', "A football session at last year's holiday club in Oakridge.", 'Find a holiday club',
    'Search clubs by town, age group and activity.', 'Search holiday clubs', 'Related links', ...lRelated, 'Categories', ...lCats,
    'Get council news by email', 'Sign up to Wrenfold Weekly for news, events and service updates.', 'Subscribe', ...lFoot,
    '© Wrenfold District Council 2027', 'Council Offices, Castle Street, Wrenfold WF1 3AB', 'This site uses cookies to store information on your computer.',
    'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
    'I Accept', 'I Do Not Accept', 'Settings',
  ],
};
