import { links, ps, type TestPage, texts } from './page-kit.js';
import { concretePost } from './pages-heldout197-b2.js';

/**
 * Held-out batch 197, file b: a Joomla 5 article on a local news site with the Cassiopeia template (skip link, the brand
 * header, the mod-menu navigation with a toggler, a top banner module, the breadcrumbs module with "You are here:", the
 * article-info block with "Details", author, category, published date and hits, the intro image with caption, the
 * article body, a tags list, the Prev / Next page navigation with hidden titles, sidebar modules "Latest News", "Most Read"
 * and the login form, a footer module, the back-to-top link and a cookie consent module) and, from file b2, a Concrete CMS
 * blog entry.
 */
const jTitle = 'Council approves footbridge over the Elvra after six-year wait';
const jP1 = [
  'Members of Valdrena District Council voted 27 to 4 on Tuesday evening to fund a new pedestrian and cycle bridge across the ' +
    'River Elvra between the old tannery site and Brookside, ending a campaign that began when the ford crossing was closed ' +
    'to the public in 2019.',
  'The bridge, a single steel span of 48 metres, will cost an estimated 3.1 million euros. Just under half of that will come from ' +
    'the regional active travel fund, with the rest drawn from the council’s capital reserve and a contribution from the ' +
    'developer building homes on the tannery site.',
];
const jH1 = 'A long campaign';
const jP2 = [
  'The Brookside Crossing Group collected more than 2,400 signatures in its first year and has attended every meeting of the ' +
    'transport committee since. Its chair, retired engineer Paulo Ventresca, watched the vote from the public gallery.',
  '“People in Brookside have been walking two kilometres round by the road bridge to get to the station or the school,” he said ' +
    'afterwards. “A lot of older residents simply stopped making the trip. This gives them the town back.”',
  'Councillor Irene Dalmas, who moved the motion, said the delay had been caused by the flood modelling rather than by any doubt ' +
    'about the need. The first design was rejected by the water authority in 2022 because its piers would have narrowed the ' +
    'channel during high water; the new design has no piers in the river at all.',
];
const jH2 = 'Objections';
const jP3 = [
  'The four councillors who voted against raised the cost and the pressure on the reserve, which has fallen by a third in three ' +
    'years. Councillor Bruno Fiorese said he supported the bridge in principle but could not back borrowing against the reserve ' +
    'while the swimming pool repairs remain unfunded.',
  'Some residents of Mill Row, where the bridge will land on the north bank, have asked for lighting to be kept low and for the ' +
    'path to be closed to mopeds. Officers said both points would be taken up at the detailed design stage.',
];
const jH3 = 'What happens next';
const jP4 = [
  'A contractor is expected to be appointed by September. Work on the foundations could start next spring, with the bridge lifted ' +
    'into place in a single weekend closure of the riverside path. If the timetable holds, it would open in the autumn of next year.',
  'The council will hold a drop-in session on the detailed design at Brookside community hall on 22 May, from 4pm to 7pm.',
];
const jCaption = 'A visualisation of the single-span bridge seen from the Brookside bank. Image: Valdrena District Council';
const jNav = ['Home', 'News', 'Sport', 'Business', 'What’s on', 'Letters', 'Contact'];
const jCrumbs = ['Home', 'News', 'Local'];
const jTags = ['Brookside', 'Transport', 'District Council'];
const jLatest = [
  'Night bus trial extended to the end of summer',
  'Elvra Rowing Club wins regional eights title',
  'Market square tree planting postponed by dry spell',
  'New owners for the Hotel Corona',
];
const jMost = ['School meal prices to rise in September', 'Flooding on the valley road: what we know', 'Letters: the footbridge debate'];
const jLogin = ['Username', 'Password', 'Remember Me', 'Log in', 'Forgot your password?', 'Forgot your username?', 'Create an account'];
const jFoot = ['About us', 'Advertise', 'Privacy policy', 'Terms of use', 'Contact the newsroom'];
const jCookie = 'We use cookies to make this site work and, with your consent, to measure readership. You can change your choice at any time.';
const jMod = (title: string, inner: string, cls = ''): string => `<div class="sidebar-right card ${cls}"><h3 class="card-header">${title}</h3>
<div class="card-body">${inner}</div></div>`;
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Lucia Marangon">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Members voted 27 to 4 to fund the footbridge.">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${jTitle} - Valdrena Valley Courier</title>
<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
<link href="/media/system/css/joomla-fontawesome.min.css?8c2d71" rel="lazy-stylesheet">
<link href="/media/templates/site/cassiopeia/css/template.min.css?8c2d71" rel="stylesheet">
<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.2.0" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message","NOTICE":"Notice"},
"system.paths":{"root":"","rootFull":"https://www.valdrenacourier.example/","base":"","baseFull":"https://www.valdrenacourier.example/"},
"csrf.token":"5b1d0a7e9f"}</script>
<script src="/media/system/js/core.min.js?2cb912"></script><script src="/media/templates/site/cassiopeia/js/template.min.js?8c2d71" type="module"></script>
<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.3" type="module"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization",
"@id":"https://www.valdrenacourier.example/#/schema/Organization/base",
"name":"Valdrena Valley Courier","url":"https://www.valdrenacourier.example/"},{"@type":"NewsArticle",
"@id":"https://www.valdrenacourier.example/#/schema/com_content/article/1287",
"name":"${jTitle}","headline":"${jTitle}","inLanguage":"en-GB","author":{"@type":"Person","name":"Lucia Marangon"},"dateCreated":"2025-04-15T20:41:00+00:00",
"articleSection":"Local","interactionStatistic":{"@type":"InteractionCounter","userInteractionCount":1862}}]}</script></head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand">
<a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/courier-logo.svg" alt="Valdrena Valley Courier" width="260" height="48"></a>
<div class="site-description">News from the Elvra valley since 1921</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu">
<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1"
aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">
${jNav
  .map(
    (t, i) => `<li class="nav-item item-${101 + i}${t === 'News' ? ' current active' : ''}"><a href="/${i === 0 ? '' : `${t.toLowerCase()}`}"
${t === 'News' ? 'aria-current="location"' : ''}>${t}</a></li>`,
  )
  .join('\n')}</ul></div></nav>
<div class="container-search"><div class="search"><form action="/news/local" method="post" class="form-inline" role="search">
<label for="mod-search-searchword93" class="element-invisible">Search ...</label><input name="searchword" id="mod-search-searchword93" maxlength="200"
class="inputbox search-query input-medium" type="search" placeholder="Search ..."></form></div></div></div></header>
<div class="site-grid"><div class="container-banner full-width"><div class="bannergroup"><div class="banneritem"><span class="banner-label">Advertisement</span>
<a href="/component/banners/click/7" target="_blank" rel="noopener noreferrer" title="Spring sale at Ferri Garden Centre">
<img src="/images/banners/ferri-spring.jpg" alt="Spring sale at Ferri Garden Centre" width="728" height="90"></a></div></div></div>
<div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">You are here: &#160;</li>
${jCrumbs.map((t) => `<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/${t.toLowerCase()}" class="pathway"><span>${t}</span></a></li>`).join('\n')}
<li class="mod-breadcrumbs__item breadcrumb-item active"><span>Council approves footbridge over the Elvra</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${jTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>
Written by: <span itemprop="name">Lucia Marangon</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Category: <a href="/news/local" itemprop="genre">Local</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2025-04-15T20:41:00+00:00" itemprop="datePublished">
Published: 15 April 2025</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:1862">Hits: 1862</dd></dl>
<figure class="left item-image"><img src="/images/2025/04/elvra-bridge.jpg" itemprop="image" width="1200" height="675" loading="eager" decoding="async"
alt="Steel footbridge over a river"><figcaption class="caption">${jCaption}</figcaption></figure>
<div itemprop="articleBody" class="com-content-article__body">
${ps(jP1)}
<h2>${jH1}</h2>
${ps(jP2)}
<h2>${jH2}</h2>
${ps(jP3)}
<h2>${jH3}</h2>
${ps(jP4)}</div>
<ul class="tags list-inline">${jTags
  .map(
    (t) => `<li class="list-inline-item tag-${t.length} tag-list0"><a href="/component/tags/tag/${t.toLowerCase()}"
class="btn-sm btn-info">${t}</a></li>`,
  )
  .join('\n')}</ul>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" href="/news/local/1286-night-bus" rel="prev"><span class="visually-hidden">Previous article: Night bus trial
extended to the end of summer</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a>
<a class="btn btn-sm btn-secondary next" href="/news/local/1288-tree-planting" rel="next"><span class="visually-hidden">Next article: Market square tree
planting postponed by dry spell</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right">
${jMod(
  'Latest News',
  `<ul class="mod-articleslatest latestnews mod-list">${jLatest
    .map(
      (t) => `<li itemscope itemtype="https://schema.org/Article">
<a href="/news/local/${t.length}" itemprop="url"><span itemprop="name">${t}</span></a></li>`,
    )
    .join('\n')}</ul>`,
)}
${jMod('Most Read', `<ul class="mostread mod-list">${links(jMost)}</ul>`)}
${jMod(
  'Login Form',
  `<form id="login-form-16" class="mod-login" action="/news/local" method="post"><div class="mod-login__userdata userdata">
<div class="mod-login__username form-group"><div class="input-group"><input id="modlgn-username-16" type="text" name="username" class="form-control"
autocomplete="username" placeholder="Username"><label for="modlgn-username-16" class="visually-hidden">Username</label></div></div>
<div class="mod-login__password form-group"><div class="input-group"><input id="modlgn-passwd-16" type="password" name="password"
autocomplete="current-password"
class="form-control" placeholder="Password"><label for="modlgn-passwd-16" class="visually-hidden">Password</label></div></div>
<div class="mod-login__remember form-group"><div id="form-login-remember-16" class="form-check"><input type="checkbox" name="remember"
class="form-check-input" value="yes" id="form-login-input-remember-16"><label class="form-check-label" for="form-login-input-remember-16">Remember Me</label>
</div></div><div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">Log in</button></div>
<ul class="mod-login__options list-unstyled"><li><a href="/component/users/reset?Itemid=101">Forgot your password?</a></li>
<li><a href="/component/users/remind?Itemid=101">Forgot your username?</a></li><li><a href="/component/users/registration?Itemid=101">Create an account
<span class="icon-register" aria-hidden="true"></span></a></li></ul><input type="hidden" name="option" value="com_users">
<input type="hidden" name="task" value="user.login"><input type="hidden" name="return" value="aHR0cHM6Ly93d3c="><input type="hidden" name="5b1d0a7e9f"
value="1">
</div></form>`,
)}</div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><ul class="mod-menu mod-list nav ">${links(jFoot, 'nav-item')}</ul>
<div class="mod-custom custom"><p>© 2025 Valdrena Valley Courier. Registered office: Via del Ponte 4, Valdrena.</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<div id="cookie-consent" class="cookie-consent fixed-bottom alert alert-dark" role="dialog" aria-label="Cookie consent"><p>${jCookie}</p>
<button class="btn btn-success" data-consent="accept">Accept all</button> <button class="btn btn-outline-light" data-consent="reject">Only necessary</button>
<a href="/privacy-policy">Privacy policy</a></div></body></html>`;
const joomla: TestPage = {
  html: jHtml,
  name: 'heldout197-joomla-news',
  kind: 'news',
  // the article-info block: "Written by: ..." and the published date are bylines, "Details", the category line and the hits
  // counter are furniture; the banner module, breadcrumbs, caption, tags, page navigation (with its hidden titles), the sidebar
  // modules, footer and cookie consent are furniture; the breadcrumb's last item repeats the title's start and "Next" is a
  // word of the last heading, so both are left out
  title: jTitle,
  headings: [jH1, jH2, jH3],
  body: texts([...jP1, ...jP2, ...jP3, ...jP4]),
  bylines: ['Written by: Lucia Marangon', 'Published: 15 April 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'News from the Elvra valley since 1921', ...jNav, 'Search ...', 'Advertisement', 'You are here:', 'Local', 'Details',
    'Category: Local', 'Hits: 1862', jCaption, ...jTags,
    'Previous article: Night bus trial extended to the end of summer', 'Prev', 'Next article: Market square tree planting postponed by dry spell',
    'Latest News', ...jLatest, 'Most Read', ...jMost, 'Login Form', ...jLogin, ...jFoot,
    '© 2025 Valdrena Valley Courier. Registered office: Via del Ponte 4, Valdrena.', jCookie, 'Accept all', 'Only necessary',
  ],
};

export const HELDOUT197_B: readonly TestPage[] = [joomla, concretePost];
