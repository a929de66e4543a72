import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout453-kit.js';

/**
 * Held-out batch 453, file f: a Basque-Spanish cultural agenda on Liferay DXP shown in Basque (a listing of events, Gaztelania
 * link), and an Irish-language news article on Ghost (Casper theme) with an English summary box.
 */
const aTitle = 'Kultur agenda: abendua Donostialdean';
const aIntro = j(
  'Abenduan kontzertuak, antzerkia eta bertso saioak izango dira eskualdeko herrietan. Hemen dituzu hilabeteko ekitaldi nagusiak,',
  'datarik hurbilenetik hasita.',
);
const aEvents: readonly (readonly [string, string, string])[] = [
  [
    'Ilargi Zaharra abesbatza: Gabon kantak',
    'Abenduak 12, 19:00 · Santa Maria eliza, Errenteria',
    'Herriko abesbatzak euskal eta europar Gabon kantak abestuko ditu, organoarekin. Sarrera doan da.',
  ],
  [
    '“Itsasoaren alaba” antzezlana',
    'Abenduak 14, 20:00 · Kresala antzokia, Pasaia',
    'Marinel baten alabaren istorioa, Txalupa Teatroaren eskutik. Azpitituluak izango ditu.',
  ],
  [
    'Bertso saioa: Neguko txapelketa',
    'Abenduak 20, 18:00 · Kultur etxea, Hernani',
    'Sei bertsolari gazte arituko dira gai-jartzailearen aginduetara. Sarrerak 8 eurotan.',
  ],
  [
    'Txistu eta danbor tailerra haurrentzat',
    'Abenduak 27, 11:00 · Musika eskola, Lasarte-Oria',
    'Zortzi eta hamabi urte bitarteko haurrentzat. Izena eman behar da aldez aurretik.',
  ],
  [
    'Urte zaharreko jazz kontzertua',
    'Abenduak 30, 21:00 · Itsasargi aretoa, Donostia',
    'Marea Trioak bere disko berria aurkeztuko du. Sarrerak 15 eurotan, txarteldegian eta sarean.',
  ],
];
const aNav = ['Hasiera', 'Agenda', 'Museoak', 'Liburutegiak', 'Dirulaguntzak', 'Harremanetarako'];
const aFoot = ['Lege oharra', 'Pribatutasuna', 'Cookieak', 'Irisgarritasuna'];
const aHtml = `<!DOCTYPE html><html class="ltr" dir="ltr" lang="eu-ES"><head><title>${aTitle} - Kulturgunea</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="description" content="Abenduko kultur ekitaldiak Donostialdean.">
<link href="https://www.kulturgunea.example/es/agenda/diciembre" hreflang="es-ES" rel="alternate">
<link class="lfr-css-file" href="/o/kulturgunea-theme/css/main.css" rel="stylesheet">
<script>var themeDisplay=Liferay.ThemeDisplay={getLanguageId:function(){return "eu_ES";},getScopeGroupId:function(){return "20121";}};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","name":"Kultur agenda","numberOfItems":5}</script></head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site"><nav aria-label="Quick Links" class="quick-access-nav">
<a href="#main-content">Eduki nagusira joan</a></nav>
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper"><header id="banner">
<div class="navbar navbar-classic navbar-top py-3"><a class="logo" href="/eu"><img alt="Kulturgunea" src="/o/kulturgunea-theme/images/logo.svg"></a>
<div class="portlet-language"><ul class="language-list"><li><span class="language-entry current" lang="eu">Euskara</span></li>
<li><a class="language-entry" href="/es/agenda/diciembre" lang="es">Gaztelania</a></li></ul></div></div>
<nav class="navbar navbar-expand-md navbar-light" id="navigation" role="navigation"><ul aria-label="Site Pages" class="navbar-nav" role="menubar">
${links(aNav, 'lfr-nav-item nav-item')}</ul></nav></header>
<section id="content"><div class="columns-1" id="main-content" role="main"><div class="portlet-layout row"><div class="col-md-12 portlet-column">
<div class="portlet-boundary portlet-breadcrumb"><ol class="breadcrumb">${links(['Hasiera', 'Agenda', 'Abendua'], 'breadcrumb-item')}</ol></div>
<div class="portlet-boundary portlet-journal-content"><div class="journal-content-article"><h1 class="page-title">${aTitle}</h1>
<p class="lead">${aIntro}</p></div></div>
<div class="portlet-boundary portlet-asset-publisher"><div class="asset-publisher-list">
${aEvents
  .map(
    ([t, w, d]) => `<div class="asset-abstract"><div class="card card-horizontal"><div class="card-body"><h3 class="asset-title card-title">
<a href="/eu/agenda/-/asset_publisher/ev">${t}</a></h3><p class="event-when text-secondary">${w}</p><div class="asset-summary"><p>${d}</p></div>
<a class="asset-more" href="/eu/agenda/-/asset_publisher/ev">Gehiago irakurri<span class="sr-only"> ${t}</span></a></div></div></div>`,
  )
  .join('\n')}
</div><div class="pagination-bar"><ul class="pagination"><li class="page-item active"><a class="page-link" href="#">1</a></li>
<li class="page-item"><a class="page-link" href="#">2</a></li><li class="page-item"><a class="page-link" href="#">Hurrengoa</a></li></ul></div></div>
<div class="portlet-boundary portlet-newsletter"><h2>Jaso agenda astero zure posta elektronikoan</h2><button>Harpidetu</button></div>
</div></div></div></section>
<footer id="footer" role="contentinfo"><p class="powered-by">Kulturgunea · Gipuzkoako kultur sarea</p><ul>${links(aFoot)}</ul></footer></div></div>
<div class="lfr-cookies-banner" role="dialog"><p>Webgune honek cookieak erabiltzen ditu zure nabigazioa hobetzeko.</p><button>Onartu guztiak</button>
<button>Konfiguratu</button></div></body></html>`;
const basque: TestPage = {
  name: 'heldout453-liferay-basque-agenda-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aEvents.map(([t]) => t),
  body: texts([aIntro, ...aEvents.flatMap(([, w, d]) => [w, d])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Eduki nagusira joan', 'Euskara', 'Gaztelania', ...aNav.filter((t) => t !== 'Agenda'), 'Gehiago irakurri', 'Hurrengoa',
    'Jaso agenda astero zure posta elektronikoan',
    'Harpidetu', 'Kulturgunea · Gipuzkoako kultur sarea', ...aFoot, 'Webgune honek cookieak erabiltzen ditu zure nabigazioa hobetzeko.', 'Onartu guztiak',
    'Konfiguratu',
  ],
};

const iTitle = 'Scoil nua Ghaeltachta le hoscailt ar Oileán na Rón i 2028';
const iSummary = j(
  'A new Gaeltacht primary school will open on Oileán na Rón in 2028, replacing two small schools. The building will have six',
  'classrooms and a community hall, and teaching will be entirely through Irish.',
);
const iBody = [
  j(
    'Osclófar bunscoil nua Ghaeltachta ar Oileán na Rón i mí Mheán Fómhair 2028, agus tiocfaidh sí in áit an dá scoil bheaga atá',
    'ar an oileán faoi láthair. Fógraíodh an cinneadh inné tar éis trí bliana cainte idir na tuismitheoirí agus an Roinn.',
  ),
  j(
    'Beidh sé sheomra ranga sa scoil nua, chomh maith le halla pobail a bheidh ar fáil do chumainn an oileáin tráthnóna agus ag an',
    'deireadh seachtaine. Is trí Ghaeilge amháin a mhúinfear gach ábhar.',
  ),
  'Imní faoi thaisteal',
  j(
    'Bhí imní ar roinnt tuismitheoirí ar an taobh thiar den oileán faoin achar a bheadh le taisteal ag na páistí. Dúirt an',
    'príomhoide, Bríd Ní Fhlatharta, go mbeidh bus scoile ar fáil maidin agus tráthnóna.',
  ),
  j(
    '“Is scoil amháin láidir a theastaíonn uainn seachas dhá scoil atá ag streachailt,” a dúirt sí. “Beidh níos mó cairde ag na',
    'páistí, agus níos mó deiseanna acu sa spórt agus sa cheol.”',
  ),
  'Costas an tionscadail',
  j('Cosnóidh an tionscadal €7.2 milliún. Tosófar ar an obair thógála an samhradh seo chugainn ar shuíomh in aice le séipéal an', 'oileáin.'),
  j(
    'Beidh cruinniú poiblí ar siúl sa halla paróiste an mhí seo chugainn, nuair a bheidh na pleananna le feiceáil agus deis ag muintir',
    'an oileáin ceisteanna a chur ar an Roinn.',
  ),
];
const iNav = ['Nuacht', 'Spóirt', 'Tuairim', 'Cultúr', 'Podchraoltaí'];
const iRel = ['Líon na bpáistí i scoileanna Gaeltachta ag ardú arís', 'Bád farantóireachta nua don oileán faoi Cháisc'];
const iHtml = `<!DOCTYPE html><html lang="ga"><head><meta charset="utf-8"><title>${iTitle}</title><meta name="generator" content="Ghost 5.82">
<meta property="og:locale" content="ga_IE"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4c1e2">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"An Cladach"},
"author":{"@type":"Person","name":"Cathal Ó Murchú"},"headline":"${iTitle}","datePublished":"2027-01-21T09:00:00.000Z","inLanguage":"ga"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-ghost="https://ancladach.example/"></script></head>
<body class="post-template tag-nuacht tag-oideachas is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://ancladach.example">An Cladach</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(iNav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sínigh isteach</a>
<a class="gh-head-button" href="#/portal/signup">Liostáil</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-nuacht">
<header class="article-header gh-canvas"><section class="article-tag post-card-primary-tag"><a href="/tag/nuacht/">Nuacht</a></section>
<h1 class="article-title">${iTitle}</h1>
<p class="article-excerpt">Tiocfaidh an scoil nua in áit an dá scoil bheaga ar an oileán.</p>
<div class="article-byline"><section class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/cathal/">Cathal
Ó Murchú</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2027-01-21">21 Ean 2027</time><span class="byline-reading-time">
<span class="bull">•</span> 3 nóim léitheoireachta</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/2027/01/scoil.jpg" alt=""><figcaption>An suíomh in aice le séipéal an oileáin.
Grianghraf: Nóra Ní Chonghaile</figcaption></figure></header>
<section class="gh-content gh-canvas">
<div class="kg-card kg-callout-card kg-callout-card-grey" lang="en"><div class="kg-callout-emoji">🇬🇧</div><div class="kg-callout-text"><strong>English
summary:</strong> ${iSummary}</div></div>
${ps([iBody[0] ?? '', iBody[1] ?? ''])}
<h2 id="imni">${iBody[2]}</h2>${ps([iBody[3] ?? ''])}
<blockquote class="kg-blockquote-alt">${iBody[4]}</blockquote>
<h2 id="costas">${iBody[5]}</h2>${ps([iBody[6] ?? '', iBody[7] ?? ''])}
<div class="kg-card kg-cta-card"><p>Léigh freisin: <a href="/lion-na-bpaisti/">${iRel[0]}</a></p></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Cláraigh le nuachtlitir An Cladach</h2><a class="footer-cta-button"
href="#/portal">Cuir isteach do ríomhphost</a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Tuilleadh le léamh</h3><ul>${links(iRel)}</ul></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://ancladach.example">An Cladach</a> © 2027</section>
<nav class="site-footer-nav">${links(['Fúinn', 'Teagmháil', 'Príobháideachas'])}</nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by
Ghost</a></div></div></footer></div></body></html>`;
const irish: TestPage = {
  name: 'heldout453-ghost-irish-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: [iBody[2] ?? '', iBody[5] ?? ''],
  body: texts(['Tiocfaidh an scoil nua in áit an dá scoil bheaga ar an oileán.', iSummary, ...iBody.filter((_, i) => i !== 2 && i !== 5)]),
  bylines: ['Cathal Ó Murchú', '21 Ean 2027', '3 nóim léitheoireachta'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An Cladach', ...iNav, 'Sínigh isteach', 'Liostáil', 'An suíomh in aice le séipéal an oileáin.', 'Grianghraf: Nóra Ní Chonghaile',
    'English summary:', 'Léigh freisin:', ...iRel, 'Cláraigh le nuachtlitir An Cladach', 'Cuir isteach do ríomhphost', 'Tuilleadh le léamh',
    'An Cladach © 2027', 'Fúinn', 'Teagmháil', 'Príobháideachas', 'Powered by Ghost',
  ],
};

export const HELDOUT453_F: readonly TestPage[] = [basque, irish];
