import { links, ps, type TestPage, texts } from './page-kit.js';
import { phpbbThread } from './pages-heldout225-e2.js';

/**
 * Held-out batch 225, file e: an invented hiking club's trip report on Joomla 4 (Cassiopeia template: the header brand,
 * the navbar menu with its hidden toggler text, breadcrumbs module, the article info block "Details" with "Written by",
 * category, "Published" and "Hits", the article with a route facts list and images with captions, the tags, the prev/next
 * page navigation, the sidebar "Upcoming walks" and "Latest trip reports" modules, the login module, the footer and
 * "Back to Top") and, from file e2, a phpBB angling forum thread.
 */
const title = 'Trip report: the Corrie Dubh horseshoe in clag and sunshine';
const intro = [
  'Eleven of us met at the Glenardle car park at 8.30 on Saturday, under a lid of grey cloud sitting at about 600 metres. ' +
    'The forecast promised it would lift by lunchtime. Forecasts in the Western Highlands promise a lot of things.',
];
const facts = ['Distance: 17.4 km', 'Ascent: 1,280 m', 'Time: 8 hours 40 minutes including stops', 'Leader: Hamish Cowie'];
const h1 = 'Up the east ridge';
const p1 = [
  'The stalkers’ path up the glen was wet but easy going, and we made good time to the bealach below the east ridge. From there ' +
    'it was a steady pull on grass and then broken rock, and we were in the cloud by the first false summit. Hamish kept us ' +
    'together with a stop every twenty minutes, which also gave Moira a chance to point out the starry saxifrage in the wet ' +
    'flushes beside the path.',
  'The scrambly section before the top of Sgurr na Corrie is no more than grade one, but the rock was greasy and we took it ' +
    'slowly, with two of the newer members choosing the bypass path on the north side. We regrouped at the summit cairn at ' +
    'half past twelve in thick mist and a cold wind, and ate lunch huddled in the shelter.',
];
const h2 = 'The cloud lifts';
const p2 = [
  'Twenty minutes down the connecting ridge the forecast came good all at once. The cloud tore apart, and we had the whole ' +
    'corrie laid out below us, with the lochan shining and the far side of the horseshoe lit up in sunshine. There was a lot ' +
    'of photography.',
  'The second summit, Meall Garbh, is an easy walk from the col, and from there we dropped steeply on a faint path down the ' +
    'south-west shoulder. This is the part of the route that catches people out: it is steep, grassy and very slippery after ' +
    'rain, and two of us found out the hard way. Nobody was hurt apart from their dignity.',
];
const h3 = 'Notes for next time';
const notes = [
  'The river crossing at the foot of the descent was knee-deep after the week’s rain. Bring sandals or spare socks.',
  'Allow at least an extra hour on the published time if the rock is wet.',
  'The car park now charges £5 a day and only takes cards.',
];
const thanks = ['Thanks to Hamish for leading and to everyone for their patience on the scramble. Photos from the day are in the members’ gallery.'];
const site = 'Strathlorne Hillwalking Club';
const menu = ['Home', 'About the club', 'Walks programme', 'Trip reports', 'Join us', 'Gallery', 'Contact'];
const crumbs = ['You are here:', 'Home', 'Trip reports'];
const details = ['Details', 'Written by:', 'Hamish Cowie', 'Category:', 'Trip reports', 'Published:', '18 October 2025', 'Hits: 214'];
const captions = ['Hamish Cowie leading the group up the east ridge.', 'The corrie and lochan from the connecting ridge. Photo: Moira Baird'];
const tags = ['Munros', 'Scrambles', 'Glen Ardle'];
const pnav = ['Previous article: Autumn bothy weekend, Glen Feshie', 'Prev', 'Next article: New members’ walk on Beinn Bheag', 'Next'];
const upcoming = ['Upcoming walks', 'Sun 2 Nov: Ben Vane (B grade)', 'Sat 15 Nov: Loch Ossian circuit (C grade)', 'Sat 29 Nov: Annual dinner, Glenardle Hotel'];
const latest = ['Latest trip reports', 'Autumn bothy weekend, Glen Feshie', 'Midweek walk: the Cobbler', 'Skye ridge traverse, day two'];
const login = ['Members login', 'Username', 'Password', 'Remember Me', 'Log in', 'Forgot your password?'];
const foot = ['© 2025 Strathlorne Hillwalking Club. Scottish charity SC048812.', 'Privacy', 'Affiliated to Mountaineering Scotland'];
const fig = (src: string, cap: string): string =>
  `<figure class="figure item-image"><img src="/images/trips/${src}" class="figure-img" alt=""><figcaption class="caption">${cap}</figcaption></figure>`;

const html = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Hamish Cowie"><meta name="viewport" content="width=device-width,
initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${title} - ${site}</title>
<link href="/templates/cassiopeia/css/template.min.css?8f2c" rel="stylesheet"><script type="application/json" class="joomla-script-options new">
{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"","base":""}}</script>
<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"item":{"@id":"/","name":"Home"}},{"@type":"ListItem","position":2,"item":{"@id":"/trip-reports","name":"Trip reports"}}]}</script></head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-112 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">
<span title="${site}">${site}</span></a><div class="site-description">Walking the hills of Lorne since 1958</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-lg" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right"
type="button"
data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Toggle Navigation"><span class="icon-menu"
aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">${links(menu, 'nav-item')}</ul>
</div></nav></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope
itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">${crumbs[0]}
&#160;</li>${links(crumbs.slice(1), 'mod-breadcrumbs__item breadcrumb-item')}</ol></nav><div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${title}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">${details[0]}</dt><dd class="createdby" itemprop="author" itemscope
itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>${details[1]} <span itemprop="name">${details[2]}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>${details[3]} <a href="/trip-reports"
itemprop="genre">${details[4]}</a>
</dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2025-10-18T19:02:00+01:00"
itemprop="datePublished">${details[5]} ${details[6]}</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>
<meta itemprop="interactionCount" content="UserPageVisits:214">${details[7]}</dd></dl>
<ul class="tags list-inline">${tags
  .map(
    (t) => `<li class="list-inline-item tag-${t.length} tag-list0"><a href="#" class="btn btn-sm
btn-info">${t}</a></li>`,
  )
  .join('')}</ul>
<div itemprop="articleBody" class="com-content-article__body">
${ps(intro)}
<ul>${facts.map((t) => `<li>${t}</li>`).join('')}</ul>
<h3>${h1}</h3>
${ps(p1)}
${fig('east-ridge.jpg', captions[0] ?? '')}
<h3>${h2}</h3>
${ps(p2)}
${fig('corrie.jpg', captions[1] ?? '')}
<h3>${h3}</h3>
<ul>${notes.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(thanks)}</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/bothy" rel="prev">
<span class="visually-hidden">${pnav[0]}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">${pnav[1]}</span></a>
<a class="btn btn-sm btn-secondary next" href="/new-members" rel="next"><span class="visually-hidden">${pnav[2]}</span><span
aria-hidden="true">${pnav[3]}</span>
<span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">${upcoming[0]}</h3><div class="card-body">
<ul class="mod-articlescategory category-module mod-list">${upcoming
  .slice(1)
  .map((t) => `<li><a class="mod-articles-category-title" href="#">${t}</a></li>`)
  .join('')}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">${latest[0]}</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">
${links(latest.slice(1))}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">${login[0]}</h3><div class="card-body"><form id="login-form-16" class="mod-login">
<label for="modlgn-username-16">${login[1]}</label><input id="modlgn-username-16" type="text"><label for="modlgn-passwd-16">${login[2]}</label>
<input id="modlgn-passwd-16" type="password"><div class="form-check"><label class="form-check-label" for="remember-16">${login[3]}</label></div>
<button type="submit" class="btn btn-primary w-100">${login[4]}</button><ul class="mod-login__options list-unstyled"><li><a href="/reset">${login[5]}</a></li>
</ul></form></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>${foot[0]}</p><p><a href="/privacy">${foot[1]}</a>
· ${foot[2]}</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;

const joomla: TestPage = {
  name: 'heldout225-joomla-hiking-trip-report-blog',
  kind: 'blog',
  html,
  title,
  // the route facts list is body; image captions are furniture
  headings: [h1, h2, h3],
  body: texts([...intro, ...facts, ...p1, ...p2, ...notes, ...thanks]),
  bylines: ['Written by:', 'Hamish Cowie', 'Published:', '18 October 2025'],
  // biome-ignore format: packed furniture
  furniture: [
    site, 'Walking the hills of Lorne since 1958', ...menu, ...crumbs, 'Details', 'Category:', 'Hits: 214', ...tags, ...captions, ...pnav,
    ...upcoming, ...latest, ...login, ...foot,
  ],
};

export const HELDOUT225_E: readonly TestPage[] = [joomla, phpbbThread];
