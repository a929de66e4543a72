import { links, ps, type TestPage, texts } from './page-kit.js';
import { webflow } from './pages-heldout424-f2.js';
import { j } from './pages-heldout424-kit.js';

/**
 * Held-out batch 424, file f: an archery club's news post on Joomla 4 with the Cassiopeia template (header with brand and
 * the main menu module, breadcrumbs module, the article with its "Details" info block (author, category, published date,
 * hits), an image with caption, tags, the previous / next page navigation, a sidebar with a login form, "Latest news" and an
 * upcoming-events custom module, the footer module, the back-to-top link and a cookie consent module) and, from file f2, a
 * boat-fishing charter's trip listing on Webflow.
 */
const aTitle = 'Club Shoot Report: Spring Field Day at Hollins Meadow';
const aIntro = [
  j(
    'Thirty-four archers turned out for the spring field day on Sunday, our best attendance since before the meadow was',
    'flooded two winters ago. The weather was kind, with a light breeze from the west that only became a factor on the long',
    'uphill targets in the afternoon.',
  ),
];
const aH1 = 'The course';
const aCourse = [
  j(
    'Course captain Ifan Rowlands and his team laid out twenty-four targets through the wood and along the stream, with',
    'distances ranging from eight to fifty metres. The new three-dimensional boar target on the bank above the ford proved',
    'the most popular, and the most missed, of the day.',
  ),
  j(
    'Many thanks to the volunteers who spent two Saturdays clearing paths and building the new target shelters. Without',
    'them the course could not have been used so early in the season.',
  ),
];
const aCourse2 = [
  j(
    'Scoring was brisk and the last groups were back at the clubhouse by half past three, in good time for tea and the prize',
    'giving. Judges Huw Parry and Ann Lister reported no disputes, which must be a first for a field day.',
  ),
];
const aH2 = 'Results';
const aResults = [
  'Gents barebow: Colm Farrelly, 412',
  'Ladies barebow: Nerys Bowen, 398',
  'Gents longbow: Alun Price, 336',
  'Ladies longbow: Siân Morgan, 341',
  'Juniors: Eli Whitcombe, 305, a new club junior record',
];
const aH3 = 'Coming up';
const aNext = [
  j(
    'The next club shoot is the midsummer clout on 21 June, followed by a barbecue at the clubhouse. Beginners who have',
    'completed the club course are very welcome to join in; loan bows are available if you let the equipment officer know',
    'by the Wednesday before.',
  ),
  j(
    'The committee would also like to thank the Bramwell family, who own the meadow, for allowing us to extend the course into',
    'the lower wood this year. The four new targets there drew plenty of comment, most of it favourable once archers had found',
    'their arrows again, and we hope to add two more before the autumn shoot.',
  ),
  'As always, please remember to sign in at the gate and to check the range flags before crossing the stream.',
];
const aMenu = ['Home', 'About the Club', 'Beginners Courses', 'News', 'Events', 'Contact'];
const aCrumbs = ['Home', 'News'];
const aLatest = ['Beginners course dates for summer announced', 'Annual general meeting minutes', 'New target bosses arrive at the range'];
const aEvents = ['21 June: Midsummer Clout', '12 July: Open Field Shoot', '6 September: Club Championships'];
const aHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Gwen Tallis"><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="description" content="Report and results from the spring field day at Hollins Meadow."><meta name="generator"
content="Joomla! - Open Source Content Management">
<title>${aTitle} - Hollins Vale Archers</title><link href="/media/templates/site/cassiopeia/css/template.min.css?8f2c1a" rel="stylesheet">
<script type="application/json"
class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},
"system.paths":{"root":"","base":""}}</script>
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Club Shoot Report: Spring Field Day at Hollins Meadow",
"author":{"@type":"Person","name":"Gwen Tallis"},"datePublished":"2026-04-27T18:20:00+00:00"}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="Hollins Vale Archers">Hollins Vale Archers</span></a><div class="site-description">Target and field archery since 1978</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right"
type="button"
data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation">
<span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">
${links(aMenu, 'nav-item')}</ul></div></nav></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">
You are here: &#160;</li>${links(aCrumbs, 'mod-breadcrumbs__item breadcrumb-item')}</ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${aTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Gwen Tallis</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/news" itemprop="genre">Club News</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2026-04-27T18:20:00+00:00" itemprop="datePublished">
Published: 27 April 2026</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:219">Hits: 219</dd></dl>
<figure class="left item-image"><img src="/images/news/field-day-2026.jpg" itemprop="image" width="800" height="533" loading="lazy" alt="">
<figcaption class="caption">Archers on the stream course at target 14. Photo: Dai Lloyd</figcaption></figure>
<div itemprop="articleBody" class="com-content-article__body">
${ps(aIntro)}
<h3>${aH1}</h3>
${ps(aCourse)}
${ps(aCourse2)}
<h3>${aH2}</h3>
<ul>
${aResults.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
<h3>${aH3}</h3>
${ps(aNext)}
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-4 tag-list0" itemprop="keywords"><a href="/component/tags/tag/field-archery"
class="btn btn-sm btn-info">
Field archery</a></li><li class="list-inline-item tag-7 tag-list1" itemprop="keywords"><a href="/component/tags/tag/results" class="btn btn-sm btn-info">
Shoot results</a></li></ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/news/agm-minutes"
rel="prev"><span class="visually-hidden">Previous article: Annual general meeting minutes</span><span class="icon-chevron-left" aria-hidden="true"></span>
<span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next" href="/news/beginners-summer" rel="next"><span class="visually-hidden">
Next article: Beginners course dates for summer announced</span><span aria-hidden="true">Next</span><span class="icon-chevron-right" aria-hidden="true"></span>
</a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Members Login</h3><div class="card-body">
<form id="login-form-16" class="mod-login" action="/news" method="post"><div class="mod-login__userdata userdata"><div class="mod-login__username form-group">
<label for="modlgn-username-16" class="visually-hidden">Username</label><input id="modlgn-username-16" type="text" name="username" class="form-control"
placeholder="Username"></div><div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">Log in</button></div>
<ul class="mod-login__options list-unstyled"><li><a href="/component/users/reset">Forgot your password?</a></li></ul></div></form></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Latest News</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">
${links(aLatest)}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Upcoming Events</h3><div class="card-body"><div class="mod-custom custom">
${ps(aEvents)}
</div></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Hollins Vale Archers is affiliated to the
National Field Archery Society. Registered club no. 4471.</p><p>© 2026 Hollins Vale Archers</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<div id="cookieconsent" class="cc-window cc-banner cc-type-opt-in cc-theme-block cc-bottom" role="dialog" aria-label="cookieconsent">
<span id="cookieconsent:desc" class="cc-message">We use cookies to make this website work and to understand how it is used.
<a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="/privacy">Learn more</a></span>
<div class="cc-compliance cc-highlight"><a aria-label="deny cookies" role="button" tabindex="0" class="cc-btn cc-deny">Decline</a>
<a aria-label="allow cookies" role="button" tabindex="0" class="cc-btn cc-allow">Allow cookies</a></div></div>
<script src="/media/templates/site/cassiopeia/js/template.min.js?8f2c1a" defer></script></body></html>`;
const joomla: TestPage = {
  name: 'heldout424-joomla-cassiopeia-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [aH1, aH2, aH3],
  body: texts([...aIntro, ...aCourse, ...aCourse2, ...aResults, ...aNext]),
  bylines: ['Written by: Gwen Tallis', 'Published: 27 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hollins Vale Archers', 'Target and field archery since 1978', ...aMenu, 'You are here:', 'Details', 'Category: Club News', 'Hits: 219',
    'Archers on the stream course at target 14. Photo: Dai Lloyd', 'Field archery', 'Shoot results', 'Previous article: Annual general meeting minutes',
    'Prev', 'Next article: Beginners course dates for summer announced', 'Next', 'Members Login', 'Log in', 'Forgot your password?', 'Latest News',
    ...aLatest, 'Upcoming Events', ...aEvents, 'Hollins Vale Archers is affiliated to the National Field Archery Society. Registered club no. 4471.',
    '© 2026 Hollins Vale Archers', 'We use cookies to make this website work and to understand how it is used.', 'Learn more', 'Decline',
    'Allow cookies',
  ],
};

export const HELDOUT424_F: readonly TestPage[] = [joomla, webflow];
