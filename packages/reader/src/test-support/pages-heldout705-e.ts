import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout705-kit.js';

/**
 * Held-out batch 705, file e: a character page on a TV series wiki hosted on Fandom (FandomDesktop skin: global navigation,
 * community header, categories line, spoiler notice, quote, portable infobox, table of contents, edit links, navbox, right rail
 * and Fandom footer), and a soundtrack page on a game wiki hosted on wiki.gg (MediaWiki, Vector legacy skin with the wiki.gg
 * header and footer, site notice, hatnote, infobox, track table, references and navbox).
 */
const fTitle = 'Constance Abney';
const fQuote = '“A house like this runs on silence, Miss Pell. Learn to be quiet and you will learn everything.”';
const fQuoteSrc = '— Constance Abney to Dora Pell, “The New Girl”';
const fLead = j(
  '<b>Constance Abney</b> is a main character in <i><a href="/wiki/Harrowgate_House">Harrowgate House</a></i>. She is the head',
  'housemaid at Harrowgate during the first two series and becomes housekeeper after the departure of Mrs. Tolland at the end of',
  'Series 2. She is portrayed by <a href="/wiki/Eleanor_Whitcombe">Eleanor Whitcombe</a>.',
);
type Sec = { h: string; level: 2 | 3; paras?: string[]; list?: string[] };
const fSecs: Sec[] = [
  { h: 'Biography', level: 2 },
  {
    h: 'Early life',
    level: 3,
    paras: [
      j(
        'Constance was born in the mill town of Lowmere, the eldest of five children. Her mother died when she was twelve, and she',
        'went into service at the Lowmere vicarage a year later to support her father and siblings. She came to Harrowgate in 1909',
        'as a kitchen maid and rose to head housemaid by 1912.',
      ),
    ],
  },
  {
    h: 'Series 1',
    level: 3,
    paras: [
      j(
        'When the series opens, Constance is responsible for training the new maid, <a href="/wiki/Dora_Pell">Dora Pell</a>, and is',
        'at first cold towards her. Over the course of the series she comes to respect Dora’s quick thinking, particularly after Dora',
        'covers for her when a silver salver goes missing in “<a href="/wiki/The_Silver_Tray">The Silver Tray</a>”. Constance is',
        'revealed to be sending most of her wages home, and to be quietly writing to <a href="/wiki/Albert_Crane">Albert Crane</a>, a',
        'footman at the neighbouring Ashcombe Park.',
      ),
    ],
  },
  {
    h: 'Series 2',
    level: 3,
    paras: [
      j(
        'The war years test Constance more than any other character below stairs. With most of the male servants enlisted, she takes',
        'on the running of the household in all but name, and clashes repeatedly with Mrs. Tolland over the use of the house as a',
        'convalescent hospital. Albert is reported missing in “<a href="/wiki/Letters_Home">Letters Home</a>”, and Constance’s refusal',
        'to speak of him for the rest of the series is one of the show’s most discussed storylines.',
      ),
    ],
  },
  {
    h: 'Series 3',
    level: 3,
    paras: [
      j(
        'Promoted to housekeeper, Constance struggles with her new authority and with the family’s shrinking fortunes. She is forced',
        'to dismiss two of the maids she trained herself. In the series finale, “<a href="/wiki/Lamps_Out">Lamps Out</a>”, she',
        'receives a letter revealing that Albert survived the war, and the final scene shows her leaving Harrowgate with a single',
        'suitcase.',
      ),
    ],
  },
  {
    h: 'Personality',
    level: 2,
    paras: [
      j(
        'Constance is proud, exacting and fiercely private. She rarely raises her voice and is feared by the junior staff, but is',
        'shown again and again protecting them from the family’s anger, often at her own expense. Her dry humour is a frequent source',
        'of comic relief.',
      ),
    ],
  },
  {
    h: 'Relationships',
    level: 2,
    list: [
      '<a href="/wiki/Dora_Pell">Dora Pell</a> – her protégée and, eventually, her closest friend.',
      '<a href="/wiki/Albert_Crane">Albert Crane</a> – her sweetheart, a footman at Ashcombe Park.',
      '<a href="/wiki/Mrs._Tolland">Mrs. Tolland</a> – the housekeeper, with whom she is often at odds.',
      '<a href="/wiki/Walter_Abney">Walter Abney</a> – her father, who appears in two episodes of Series 1.',
    ],
  },
  {
    h: 'Trivia',
    level: 2,
    list: [
      'Eleanor Whitcombe learned to use a flat iron heated on a kitchen range for the role, and did all of her own laundry scenes.',
      'Constance was originally written to die in the Series 2 finale. The writers changed the ending after test screenings.',
      'Her surname is taken from a village near the house used for exterior filming.',
    ],
  },
];
const fInfo: [string, string][] = [
  ['Born', '14 March 1891, Lowmere'],
  ['Occupation', 'Head housemaid (Series 1–2), housekeeper (Series 3)'],
  ['Family', 'Walter Abney (father)'],
  ['Portrayed by', 'Eleanor Whitcombe'],
  ['First appearance', '“The New Girl” (1.1)'],
  ['Last appearance', '“Lamps Out” (3.8)'],
];
const fGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fExplore = ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const fLocal = ['Characters', 'Episodes', 'Cast and crew', 'Community'];
const fCats = ['Characters', 'Harrowgate staff', 'Series 1 characters'];
const fNav: [string, string[]][] = [
  ['Family', ['Lord Harrowgate', 'Lady Margaret Harrowgate', 'Cecily Harrowgate']],
  ['Staff', ['Constance Abney', 'Dora Pell', 'Mrs. Tolland', 'Mr. Pellery', 'Albert Crane']],
];
const fPopular = ['Dora Pell', 'Lamps Out', 'Harrowgate House (series 4)', 'Cecily Harrowgate'];
const fFootLinks = [
  'What is Fandom?',
  'About',
  'Careers',
  'Press',
  'Contact',
  'Terms of Use',
  'Privacy Policy',
  'Do Not Sell or Share My Personal Information',
];
let fToc = 0;
let fSub = 0;
const fTocItems = fSecs.map((s) => {
  if (s.level === 2) {
    fToc += 1;
    fSub = 0;
    return { s, n: `${fToc}` };
  }
  fSub += 1;
  return { s, n: `${fToc}.${fSub}` };
});
const fEdit = (h: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/wiki/Constance_Abney?action=edit&amp;section=1" class="mw-editsection-visualeditor" title="Edit section: ${h}">edit</a><span
class="mw-editsection-bracket">]</span></span>`;
const fHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"/><title>Constance Abney | Harrowgate House Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Constance_Abney","wgTitle":"Constance Abney",
"wgCategories":["Characters","Harrowgate staff","Series 1 characters","Series 2 characters","Series 3 characters"],"wgCityId":"2219084",
"wgDBname":"harrowgatehouse","wgContentLanguage":"en"};</script>
<meta name="generator" content="MediaWiki 1.39.7"/><meta property="og:site_name" content="Harrowgate House Wiki"/>
<meta property="og:title" content="Constance Abney"/><meta property="og:description" content="Constance Abney is a main character in Harrowgate House."/>
<link rel="stylesheet" href="https://harrowgatehouse.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","name":"Constance Abney",
"url":"https://harrowgatehouse.fandom.com/wiki/Constance_Abney",
"about":{"@type":"Thing","name":"Harrowgate House"},"author":{"@type":"Organization","name":"Harrowgate House Wiki Community"}}</script>
<link rel="canonical" href="https://harrowgatehouse.fandom.com/wiki/Constance_Abney"/></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Constance_Abney rootpage-Constance_Abney skin-fandomdesktop action-view
theme-fandomdesktop-light is-content-namespace">
<div class="global-navigation" data-testid="global-navigation"><div class="global-navigation__top">
<a class="global-navigation__logo" href="https://www.fandom.com/"
data-tracking-label="logo"><svg class="wds-icon"></svg><span class="global-navigation__label">Fandom</span></a>
<nav class="global-navigation__nav"><div class="global-navigation__links">${fGlobal
  .map(
    (t) => `<a class="global-navigation__link" href="https://www.fandom.com/${t.toLowerCase().replace(/ /g, '-')}">
<svg class="wds-icon wds-icon-small"></svg><span class="global-navigation__label">${t}</span></a>`,
  )
  .join('\n')}</div></nav></div>
<div class="global-navigation__bottom"><div class="global-navigation__register"><span class="global-navigation__register-text">Don't have an account?</span>
<a class="wds-button" href="https://auth.fandom.com/register">Register</a></div>
<a class="global-navigation__signin" href="https://auth.fandom.com/signin">Sign In</a>
</div></div>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a href="https://harrowgatehouse.fandom.com" class="fandom-community-header__image"><img src="https://static.wikia.nocookie.net/harrowgatehouse/images/logo.png"
width="120" height="60" alt="Harrowgate House Wiki"/></a><div class="fandom-community-header__top-container">
<div class="fandom-community-header__community-name-wrapper">
<a href="https://harrowgatehouse.fandom.com" class="fandom-community-header__community-name">Harrowgate
House Wiki</a></div>
<div class="wiki-tools wds-button-group"><a href="https://harrowgatehouse.fandom.com/wiki/Special:Search" class="wds-button wds-is-secondary"
title="Search"><svg class="wds-icon wds-icon-small"></svg></a></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs"><li class="wds-dropdown explore-menu">
<div class="wds-tabs__tab-label wds-dropdown__toggle">
<svg class="wds-icon wds-icon-tiny"></svg><span>Explore</span></div><div class="wds-is-not-scrollable wds-dropdown__content"><ul class="wds-list wds-is-linked">
${links(fExplore)}</ul></div></li>
${fLocal
  .map((t) => `<li class="wds-dropdown"><div class="wds-tabs__tab-label"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></div></li>`)
  .join('\n')}
</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span>
${fCats.map((t) => `<a href="/wiki/Category:${t.replace(/ /g, '_')}" title="Category:${t}">${t}</a>`).join(', ')},
<div class="wds-dropdown page-header__categories-dropdown"><span>and 2 more</span><div class="wds-dropdown__content page-header__categories-dropdown-content
wds-is-left-aligned"><ul class="wds-list wds-is-linked"><li><a href="/wiki/Category:Series_2_characters">Series 2 characters</a></li>
<li><a href="/wiki/Category:Series_3_characters">Series 3 characters</a></li></ul></div></div></div></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${fTitle}</span></h1></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label" href="/wiki/Constance_Abney?action=edit">
<svg class="wds-icon wds-icon-small"></svg>Sign in to edit</a><div class="wds-dropdown page-header__action-dropdown"><div class="wds-dropdown__toggle">
<svg class="wds-icon"></svg></div><div class="wds-dropdown__content wds-is-right-aligned"><ul class="wds-list wds-is-linked">
<li><a id="ca-history" href="/wiki/Constance_Abney?action=history">History</a></li><li><a id="ca-purge" href="/wiki/Constance_Abney?action=purge">Purge</a></li>
<li><a id="ca-talk" href="/wiki/Talk:Constance_Abney">Talk (4)</a></li></ul></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="messagebox spoiler" style="background:#f6ecd9;border:1px solid #b08d57"><tbody><tr><td><b>Spoiler warning!</b> This article contains plot
details for Series 3.</td></tr></tbody></table>
<aside role="region" class="portable-infobox noexcerpt pi-background pi-border-color pi-theme-character pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="name">${fTitle}</h2>
<figure class="pi-item pi-image" data-source="image">
<a href="https://static.wikia.nocookie.net/harrowgatehouse/images/constance.jpg" class="image image-thumbnail"
title=""><img src="https://static.wikia.nocookie.net/harrowgatehouse/images/constance.jpg/revision/latest/scale-to-width-down/268" class="pi-image-thumbnail"
alt="" width="268" height="357"/></a><figcaption class="pi-item-spacing pi-caption">Constance in Series 2</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Biographical
information</h2>${fInfo
  .slice(0, 3)
  .map(
    ([k, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase()}">
<h3 class="pi-data-label pi-secondary-font">${k}</h3><div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}</section>
<section class="pi-item pi-group pi-border-color">
<h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Series information</h2>
${fInfo
  .slice(3)
  .map(
    ([k, v]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase().replace(/ /g, '_')}">
<h3 class="pi-data-label pi-secondary-font">${k}</h3><div class="pi-data-value pi-font">${v}</div></div>`,
  )
  .join('\n')}</section></aside>
<div class="quote"><blockquote><p><i>${fQuote}</i></p></blockquote><p class="quote-source">${fQuoteSrc}</p></div>
<p>${fLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"/><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>${fTocItems
  .map(
    ({ s, n }) => `<li class="toclevel-${s.level - 1}"><a href="#${s.h.replace(/ /g, '_')}"><span class="tocnumber">${n}</span>
<span class="toctext">${s.h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${fSecs
  .map(
    (s) => `<h${s.level}><span class="mw-headline" id="${s.h.replace(/ /g, '_')}">${s.h}</span>${fEdit(s.h)}</h${s.level}>
${s.paras ? ps(s.paras) : ''}${s.list ? `<ul>${lis(s.list)}</ul>` : ''}`,
  )
  .join('\n')}
<table class="navbox mw-collapsible" style="width:100%"><tbody><tr><th colspan="2" class="navbox-title"><span class="mw-collapsible-toggle">[<a
class="mw-collapsible-text">hide</a>]</span><a href="/wiki/Category:Characters">Harrowgate House characters</a></th></tr>
${fNav
  .map(
    ([g, names]) =>
      `<tr><th class="navbox-group">${g}</th><td class="navbox-list">${names
        .map((n) => (n === fTitle ? `<b>${n}</b>` : `<a href="/wiki/${n.replace(/ /g, '_')}">${n}</a>`))
        .join(' • ')}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div>
<div class="page-footer"><div id="articleCategories" class="page-footer__categories wds-collapsible-panel wds-is-collapsed">
<header class="wds-collapsible-panel__header"><span>Categories</span></header><div class="wds-collapsible-panel__content"><ul class="categories">
${fCats.map((t) => `<li class="category normal"><a href="/wiki/Category:${t.replace(/ /g, '_')}">${t}</a></li>`).join('\n')}
<li class="category normal"><a href="/wiki/Category:Series_2_characters">Series 2 characters</a></li>
<li class="category normal"><a href="/wiki/Category:Series_3_characters">Series 3 characters</a></li></ul></div></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.com/licensing">CC-BY-SA</a> unless otherwise noted.</div>
</div></div></main>
<aside class="page__right-rail"><div id="WikiaRail" class="WikiaRail"><div class="top-ads-container"><div id="top_boxad" class="top-boxad">
<div class="ad-slot-placeholder top-boxad"><div class="ae-translatable-label" data-label="Advertisement">Advertisement</div></div></div></div>
<section class="rail-module popular-pages"><h2 class="rail-module__header">Popular pages</h2><ul class="rail-module__list">
${links(fPopular, 'rail-module__list-item')}</ul></section></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><div class="global-footer__section global-footer__section-fandom-overview">
<h3 class="global-footer__section-header">Overview</h3><ul class="global-footer__links">${links(fFootLinks, 'global-footer__link')}</ul></div>
<div class="global-footer__section"><h3 class="global-footer__section-header">Fandom Apps</h3>
<p class="global-footer__description">Take your favorite fandoms with you and never miss a beat.</p></div></div>
<div class="global-footer__bottom"><div class="global-footer__bottom-text">Harrowgate House Wiki is a FANDOM TV Community.</div>
<a class="global-footer__view-mobile" href="?mobileaction=toggle_view_mobile">View Mobile Site</a></div></footer>
<script src="https://harrowgatehouse.fandom.com/load.php?modules=startup&amp;only=scripts&amp;skin=fandomdesktop" async></script></body></html>`;
const fandom: TestPage = gold({
  name: 'heldout705-fandom-tv-character',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: fSecs.map((s) => s.h),
  body: texts([fQuote, fQuoteSrc, fLead, ...fSecs.flatMap((s) => [...(s.paras ?? []), ...(s.list ?? [])])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fandom', ...fGlobal, "Don't have an account?", 'Register', 'Sign In', 'Harrowgate House Wiki', 'Explore', ...fExplore, ...fLocal, 'in:',
    ...fCats, 'and 2 more', 'Series 2 characters', 'Series 3 characters', 'Sign in to edit', 'History', 'Purge', 'Talk (4)',
    'Spoiler warning! This article contains plot details for Series 3.', 'Constance in Series 2', 'Biographical information', 'Series information',
    ...fInfo.flat(), 'Contents', ...fTocItems.map(({ s, n }) => `${n} ${s.h}`), 'edit', 'hide', 'Harrowgate House characters',
    ...fNav.flatMap(([g, names]) => [g, ...names]), 'Categories',
    'Community content is available under CC-BY-SA unless otherwise noted.', 'Advertisement', 'Popular pages', ...fPopular, 'Overview', ...fFootLinks,
    'Fandom Apps', 'Take your favorite fandoms with you and never miss a beat.', 'Harrowgate House Wiki is a FANDOM TV Community.', 'View Mobile Site',
  ],
});

const wTitle = 'Tidewake Original Soundtrack';
const wLead = j(
  'The <b>Tidewake Original Soundtrack</b> is the soundtrack album for <i><a href="/wiki/Tidewake">Tidewake</a></i>, composed by',
  '<a href="/wiki/Saoirse_Lannigan">Saoirse Lannigan</a> and released by Lowtide Interactive on 14 March 2026, the same day as',
  'the game. It contains 24 tracks with a total running time of 71 minutes.',
);
const ref = (n: number): string => `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}">[${n}]</a></sup>`;
const wDev = [
  j(
    'Lannigan joined the project in 2022, two years into development, after the original composer left the studio. She rewrote',
    'most of the existing cues around a small set of folk instruments – fiddle, concertina and a bowed psaltery – recorded in a',
    `boathouse on the Dunmarra estuary to capture the sound of the water.${ref(1)}`,
  ),
  j(
    'Many tracks change with the tide in game. The exploration themes were recorded in two versions, a sparse “low tide” mix and a',
    'fuller “high tide” mix, and the game crossfades between them as the water level rises. Only the high-tide versions appear on',
    `the album.${ref(2)}`,
  ),
];
const wRows = [
  ['No.', 'Title', 'Length', 'Plays in'],
  ['1', 'Wake', '2:41', 'Title screen'],
  ['2', 'The Mudflats at Dawn', '3:58', 'Saltmarsh'],
  ['3', 'Ferry Bell', '2:12', 'Greyhaven Ferry'],
  ['4', 'Lantern Market', '4:05', 'Greyhaven'],
  ['5', 'Eelgrass', '3:31', 'Drowned Meadow'],
  ['6', 'What the Water Keeps', '5:20', 'Sunken Chapel'],
  ['7', 'Tidewright', '3:47', 'Boss: The Tidewright'],
  ['8', 'Home Before Dark', '4:14', 'Ending'],
];
const wAfterTable = j(
  'The list above covers the tracks that play in story areas. The remaining sixteen tracks are shorter cues for menus, shops and',
  'minigames.',
);
const wRelease = j(
  'The album was released digitally alongside the game, and on vinyl in a double-LP edition of 3,000 copies in October 2026. The',
  'vinyl edition added two bonus tracks: the unused original title theme and a low-tide mix of “Eelgrass”.',
);
const wReception = j(
  'The soundtrack was well received. Reviewers praised its use of live instruments and the tide system, and it won Best Audio at',
  `the 2026 Northern Game Awards.${ref(3)} “What the Water Keeps” is the most-played track on streaming services and is often`,
  'performed at the Tidewake fan concerts held in Greyhaven each spring.',
);
const wHeads = ['Development', 'Track listing', 'Release', 'Reception', 'References'];
const wRefs = [
  'Orla Finn (12 May 2026). “Tuning the tide: inside the music of Tidewake”. <i>Sidequest Monthly</i>.',
  'Lowtide Interactive (2026). <i>Tidewake Developer Diary #7: Music</i>. Retrieved 3 June 2026.',
  '“Northern Game Awards 2026: the winners”. <i>Northline Games</i>. 28 November 2026.',
];
const wInfo: [string, string][] = [
  ['Composer', 'Saoirse Lannigan'],
  ['Released', '14 March 2026'],
  ['Length', '71:08'],
  ['Label', 'Lowtide Interactive'],
  ['Tracks', '24'],
];
const wNavSide = ['Main page', 'Recent changes', 'Random page', 'Discord'];
const wGame = ['Characters', 'Locations', 'Items', 'Music'];
const wTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const wFoot = ['Privacy policy', 'About Tidewake Wiki', 'Disclaimers'];
const wggFoot = ['About wiki.gg', 'Terms of Service', 'Support', 'Manage cookie settings'];
const wH2 = (h: string, i: number): string => `<div class="mw-heading mw-heading2"><h2 id="${h.replace(/ /g, '_')}">${h}</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?title=Tidewake_Original_Soundtrack&amp;action=edit&amp;section=${i + 1}"
title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span></span></div>`;
const wHtml = `<!DOCTYPE html>
<html class="client-nojs view-unknown theme-none" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Tidewake Original Soundtrack - Official Tidewake Wiki</title>
<script>document.documentElement.className="client-js view-unknown theme-none";RLCONF={"wgBreakFrames":false,"wgPageName":"Tidewake_Original_Soundtrack",
"wgTitle":"Tidewake Original Soundtrack","wgCurRevisionId":18842,"wgArticleId":1207,"wgIsArticle":true,"wgCategories":["Music","Albums"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=ext.wikigg.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.43.1"><meta property="og:site_name" content="Official Tidewake Wiki">
<meta property="og:title" content="Tidewake Original Soundtrack"><link rel="canonical" href="https://tidewake.wiki.gg/wiki/Tidewake_Original_Soundtrack">
</head>
<body class="wgg-dom-version-1_43 skin-vector-legacy mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Tidewake_Original_Soundtrack
rootpage-Tidewake_Original_Soundtrack skin-vector action-view skin--responsive"><div id="global-wrapper">
<div id="wikigg-header" class="wikigg-header"><a class="wikigg-header__logo" href="https://wiki.gg"><img src="/skins/wikigg/logo.svg" alt="wiki.gg"></a>
<ul class="wikigg-header__links"><li><a href="https://wiki.gg/wikis">Browse wikis</a></li><li><a href="https://wiki.gg/create">Create a wiki</a></li></ul></div>
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div class="content-wrapper"><div id="mw-navigation"><h2>Navigation menu</h2><div id="mw-head">
<nav id="p-personal" class="mw-portlet mw-portlet-personal vector-user-menu-legacy
vector-menu" aria-labelledby="p-personal-label" role="navigation">
<h3 id="p-personal-label" class="vector-menu-heading"><span class="vector-menu-heading-label">Personal
tools</span></h3><div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li>
<li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount">Create account</a></li></ul></div></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs mw-portlet" aria-labelledby="p-namespaces-label">
<ul class="vector-menu-content-list">
<li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Tidewake_Original_Soundtrack">Page</a></li>
<li id="ca-talk" class="new mw-list-item"><a href="/index.php?title=Talk:Tidewake_Original_Soundtrack&amp;action=edit&amp;redlink=1">Discussion</a></li>
</ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected mw-list-item"><a href="/wiki/Tidewake_Original_Soundtrack">Read</a></li>
<li id="ca-viewsource" class="mw-list-item"><a href="/index.php?title=Tidewake_Original_Soundtrack&amp;action=edit">View source</a></li>
<li id="ca-history" class="mw-list-item"><a href="/index.php?title=Tidewake_Original_Soundtrack&amp;action=history">View history</a></li></ul></nav>
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><h3 class="vector-menu-heading"><label for="searchInput">Search</label></h3>
<form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search Official Tidewake Wiki" id="searchInput">
<input type="submit" name="go" value="Go" class="searchButton"></form></div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Main_Page" title="Visit the main page"></a></div>
<nav id="p-navigation" class="vector-menu vector-menu-portal portal mw-portlet"><h3 class="vector-menu-heading">Navigation</h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wNavSide, 'mw-list-item')}</ul></div></nav>
<nav id="p-Tidewake" class="vector-menu vector-menu-portal portal mw-portlet"><h3 class="vector-menu-heading">Tidewake</h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wGame, 'mw-list-item')}</ul></div></nav>
<nav id="p-tb" class="vector-menu vector-menu-portal portal mw-portlet"><h3 class="vector-menu-heading">Tools</h3><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(wTools, 'mw-list-item')}</ul></div></nav>
<div class="wikigg-sidebar-ad"><div class="wikigg-ad-label">Advertisement</div><div id="sidebar-ad" class="ad-unit"></div></div></div></div>
<div id="content" class="mw-body" role="main"><a id="top"></a><div id="siteNotice"><div id="localNotice" data-nosnippet="">
<div class="sitenotice" lang="en" dir="ltr">
<p>Welcome to the <b>official Tidewake Wiki</b>, now hosted on wiki.gg! Help us by adding what you know about Greyhaven and its tides.</p></div></div></div>
<div class="mw-indicators"></div><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Official Tidewake Wiki</div><div id="contentSub">
<div id="mw-content-subtitle"></div></div>
<div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Jump to navigation</a><a class="mw-jump-link" href="#searchInput">Jump to search</a>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">For the in-game music player, see <a href="/wiki/Jukebox">Jukebox</a>.</div>
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-title">${wTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><a href="/wiki/File:Tidewake_OST_cover.png" class="mw-file-description"><img src="/images/thumb/tidewake-ost.png/250px-tidewake-ost.png"
decoding="async" width="250" height="250" class="mw-file-element"></a></span><div class="infobox-caption">Cover art by Jun Okabe</div></td></tr>
${wInfo.map(([k, v]) => `<tr><th class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${wLead}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr">
<h2 id="mw-toc-heading">Contents</h2></div>
<ul>${wHeads
  .map(
    (h, i) => `<li class="toclevel-1 tocsection-${i + 1}"><a href="#${h.replace(/ /g, '_')}"><span class="tocnumber">${i + 1}</span>
<span class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${wH2(at(wHeads, 0), 0)}
${ps(wDev)}
${wH2(at(wHeads, 1), 1)}
<table class="wikitable sortable"><tbody><tr>${(wRows[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr>
${wRows
  .slice(1)
  .map((r) => `<tr>${r.map((c, i) => `<td>${i === 1 ? `“${c}”` : c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
<p>${wAfterTable}</p>
${wH2(at(wHeads, 2), 2)}
<p>${wRelease}</p>
${wH2(at(wHeads, 3), 3)}
<p>${wReception}</p>
${wH2(at(wHeads, 4), 4)}
<div class="mw-references-wrap"><ol class="references">${wRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}</ol></div>
<div role="navigation" class="navbox" aria-labelledby="Tidewake_music"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title"
colspan="2"><div id="Tidewake_music">Tidewake music</div></th></tr><tr><th scope="row" class="navbox-group">Albums</th><td class="navbox-list">
<a class="mw-selflink selflink">Tidewake Original Soundtrack</a> • <a href="/wiki/Songs_from_the_Shallows">Songs from the Shallows</a></td></tr>
<tr><th scope="row" class="navbox-group">In game</th><td class="navbox-list"><a href="/wiki/Jukebox">Jukebox</a> • <a href="/wiki/Sea_Shanties">Sea
shanties</a> • <a href="/wiki/Ferry_Bell_(item)">Ferry Bell (item)</a></td></tr></tbody></table></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>
<li><a href="/wiki/Category:Music">Music</a></li><li><a href="/wiki/Category:Albums">Albums</a></li></ul></div></div>
</div></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 2 October 2027, at 14:03.</li>
<li id="footer-info-copyright">Content is available under
<a href="https://creativecommons.org/licenses/by-nc-sa/4.0/">CC BY-NC-SA 4.0</a> unless otherwise noted.</li>
</ul><ul id="footer-places">${links(wFoot)}</ul></footer>
<div id="wikigg-footer" class="wikigg-footer"><div class="wikigg-footer__brand">wiki.gg</div><ul class="wikigg-footer__links">${links(wggFoot)}</ul>
<p class="wikigg-footer__text">wiki.gg is a wiki hosting platform built by gamers, for gamers.</p></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":88});});</script></body></html>`;
const wikigg: TestPage = gold({
  name: 'heldout705-wikigg-soundtrack',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: wHeads.slice(0, 4),
  body: texts([wLead, ...wDev, ...wRows.map((r, ri) => r.map((c, i) => (ri > 0 && i === 1 ? `“${c}”` : c)).join(' ')), wAfterTable, wRelease, wReception]),
  bylines: ['This page was last edited on 2 October 2027, at 14:03.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Browse wikis', 'Create a wiki', 'Navigation menu', 'Personal tools', 'Log in', 'Create account', 'Page', 'Discussion', 'Read', 'View source',
    'View history', 'Search', 'Navigation', ...wNavSide, 'Tidewake', ...wGame, 'Tools', ...wTools, 'Advertisement',
    'Welcome to the official Tidewake Wiki, now hosted on wiki.gg! Help us by adding what you know about Greyhaven and its tides.',
    'From Official Tidewake Wiki', 'Jump to navigation', 'Jump to search', 'For the in-game music player, see Jukebox.', 'Cover art by Jun Okabe',
    ...wInfo.flat(), 'Contents', ...wHeads.map((h, i) => `${i + 1} ${h}`), 'edit', 'References', ...texts(wRefs), 'Tidewake music', 'Albums',
    'Songs from the Shallows', 'In game', 'Jukebox', 'Sea shanties', 'Ferry Bell (item)', 'Categories', 'Music',
    'Content is available under CC BY-NC-SA 4.0 unless otherwise noted.', ...wFoot, 'wiki.gg', ...wggFoot,
    'wiki.gg is a wiki hosting platform built by gamers, for gamers.',
  ],
});

export const HELDOUT705_E: readonly TestPage[] = [fandom, wikigg];
