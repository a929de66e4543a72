import { links, plain, type TestPage } from './page-kit.js';
import { fdFoot } from './pages-heldout63-e3.js';

/**
 * Held-out batch 63, file e2: a character article on a Fandom wiki with the FandomDesktop skin (global top navigation with
 * "Start a Wiki", "Register" and "Sign In", the community header with the wiki name and Explore/local menus, ad slots with
 * "Advertisement", the page header with "in:" categories and an "and 2 more" dropdown, "Sign in to edit" and the
 * History/Purge/Talk menu, a spoiler notice, a quote template, a portable infobox with groups, the classic TOC, section heads
 * with pencil-icon edit links, a Trivia list with a citation, an Appearances list, references, a navbox, the page footer
 * categories and licence line, the right rail's "Popular pages", the Fan Feed, the consent modal and the global footer).
 */
const fdTitle = 'Ysolde Marren';
const fdQuote = '“The sea keeps its own ledger, and sooner or later it calls in every debt.”';
const fdQuoteSrc = '— Ysolde Marren, The Salt Crown';
const i = (t: string): string => `<i><a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a></i>`;
const a = (t: string): string => `<a href="/wiki/${t.replace(/ /g, '_')}" title="${t}">${t}</a>`;
const fdLead = [
  `Captain <b>Ysolde Marren</b> is a major character in ${i('The Glasswater Saga')} by ${a('Eleanor Vance')}. She is the captain of ` +
    `the merchant brig <i>${a("Heron's Due")}</i> and later the commander of the ${a('Free Harbours')}' fleet. She first appears in ` +
    `${i('The Salt Crown')}, the first novel of the series, and is a point-of-view character in all four books.`,
];
const fdH1 = 'Appearance';
const fdAppearance = [
  'Ysolde is described as tall and weather-beaten, with close-cropped grey hair and a scar across her left palm from a rope burn ' +
    'suffered in her first season at sea. She almost always wears a faded blue sea coat that once belonged to her mother.',
];
const fdH2 = 'Personality';
const fdPersonality = [
  'Blunt, patient and fiercely loyal to her crew, Ysolde distrusts nobles and priests in equal measure. Other characters often ' +
    `mistake her silence for indifference; in fact she is, in the words of ${a('Tamsin Rook')}, "counting the cost of everything twice".`,
];
const fdH3 = 'Biography';
const fdH31 = 'Early life';
const fdEarly = [
  `Ysolde was born in the harbour town of ${a('Caddow')} to a family of ropemakers. She went to sea at fourteen as a deck hand on ` +
    "her uncle's coastal trader and had her own command by the age of twenty-six.",
];
const fdH32 = 'The Salt Crown';
const fdSalt = [
  `At the start of the novel, the <i>Heron's Due</i> is seized in ${a('Varrow')} harbour on the orders of the Lord Admiral, who ` +
    'suspects Ysolde of carrying letters for the rebel harbour towns. She escapes with most of her crew and, after learning that ' +
    "the suspicion was true, agrees to carry the rebels' envoy south to the Free Harbours.",
];
const fdH33 = 'Tidebreaker';
const fdTide = [
  "In the second novel Ysolde is given command of the Free Harbours' small fleet. Her defence of Caddow during the winter siege, " +
    'in which she sinks her own flagship to block the harbour mouth, is widely regarded by fans as one of the high points of the series.',
];
const fdH4 = 'Trivia';
const fdTrivia = [
  'Eleanor Vance has said in interviews that Ysolde was originally written as a minor character who was meant to die in the ' +
    'first chapter of <i>The Salt Crown</i>.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  'Her ship\'s name is a pun on the "heron\'s due", the old Caddow custom of leaving the first fish of a catch for the birds.',
  'Ysolde is one of only two characters to appear in every book of the series.',
];
const fdH5 = 'Appearances';
const fdBooks = ['<i>The Salt Crown</i> (first appearance)', '<i>Tidebreaker</i>', '<i>The Drowned Court</i>', '<i>A Harbour of Ash</i>'];
const fdH6 = 'References';
const fdRef = 'Interview with Eleanor Vance, Fantasy Quarterly, Spring 2023.';
const fdInfobox: [string, [string, string][]][] = [
  [
    'Biographical information',
    [
      ['Born', 'Caddow'],
      ['Occupation', 'Ship’s captain, fleet commander'],
      ['Affiliation', 'Free Harbours'],
    ],
  ],
  [
    'Physical description',
    [
      ['Hair', 'Grey'],
      ['Eyes', 'Brown'],
    ],
  ],
  [
    'Appearances',
    [
      ['First appearance', 'The Salt Crown'],
      ['Last appearance', 'A Harbour of Ash'],
    ],
  ],
];
const fdGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fdExplore = ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const fdLocal = ['Books', 'Characters', 'Places', 'Ships'];
const fdNavbox: [string, string[]][] = [
  ["Heron's Due crew", ['Ysolde Marren', 'Tamsin Rook', 'Orrin Vell', 'Maud Tallis']],
  ['Free Harbours', ['Envoy Cassel', 'Harbourmaster Brannoch']],
  ['The Crown', ['Lord Admiral Deveraux', 'Queen Ismay']],
];
const fdCats = ['Characters', 'Ship captains', 'Free Harbours', 'Point-of-view characters', 'Spoilers'];
const fdPopular = ['Tamsin Rook', 'Caddow', 'The Drowned Court', 'Lord Admiral Deveraux', 'Glasswater Saga timeline'];
const ads = (id: string): string =>
  `<div class="ad-slot-placeholder ${id} is-loading"><div class="ae-translatable-label" data-key="advertisement">Advertisement</div><div
id="${id}"></div></div>`;
const hl = (id: string, t: string, n = 2): string =>
  `<h${n}><span class="mw-headline" id="${id.replace(/ /g, '_')}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/wiki/${fdTitle.replace(/ /g, '_')}?action=edit&amp;section=1" class="mw-editsection-visualeditor" title="Sign in to edit"><svg
class="wds-icon wds-icon-tiny
section-edit-pencil-icon"><use xlink:href="#wds-icons-pencil-tiny"></use></svg></a><span class="mw-editsection-bracket">]</span></span></h${n}>`;
const ps = (xs: readonly string[]): string => xs.map((p) => `<p>${p}\n</p>`).join('\n');
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${fdTitle} | The Glasswater Saga Wiki | Fandom</title>
<script>var fandomContext = {"site":{"wikiId":2284910,"vertical":"books","categories":["Characters","Ship captains"]},
"page":{"articleTitle":"${fdTitle}"}};</script>
<link rel="stylesheet" href="https://glasswater.fandom.example/load.php?modules=skin.fandomdesktop.styles&amp;only=styles&amp;skin=fandomdesktop"></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr ns-0 ns-subject page-Ysolde_Marren rootpage-Ysolde_Marren is-content-page theme-fandomdesktop-light">
<div class="global-top-navigation"><a href="https://www.fandom.example" class="global-top-navigation__logo" aria-label="Fandom"><svg></svg></a>
<nav class="global-top-navigation__links"><ul>${links(fdGlobal, 'global-top-navigation__item')}</ul></nav><div class="global-top-navigation__search">
<input type="search" placeholder="Search" aria-label="Search"></div><div class="global-top-navigation__account"><span
class="global-top-navigation__anon-text">Don't have an account?</span>
<a href="https://auth.fandom.example/register" class="wds-button">Register</a><a href="https://auth.fandom.example/signin"
class="wds-button wds-is-secondary">Sign In</a></div></div>
<div class="main-container"><div class="top-ads-container"><div id="top_leaderboard" class="top-leaderboard">${ads('top_leaderboard_slot')}</div></div>
<div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header"><a class="fandom-community-header__image"
href="/wiki/Main_Page">
<img src="https://static.wikia.example/glasswater/images/wordmark.png" alt="The Glasswater Saga Wiki"></a><div class="fandom-community-header__top-container">
<a class="fandom-community-header__community-name" href="/wiki/Main_Page">The Glasswater Saga Wiki</a></div><nav
class="fandom-community-header__local-navigation"><ul class="wds-tabs">
<li class="wds-dropdown explore-menu"><div class="wds-tabs__tab-label wds-dropdown__toggle first-level-item"><span>Explore</span></div><div
class="wds-dropdown__content">
<ul class="wds-list wds-is-linked">${links(fdExplore)}</ul></div></li>${fdLocal
  .map(
    (t) => `<li class="wds-dropdown"><div class="wds-tabs__tab-label"><a
href="/wiki/${t}"><span>${t}</span></a></div></li>`,
  )
  .join('')}
</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" id="content"><div class="page-header" id="PageHeader"><div class="page-header__top"><div
class="page-header__meta">
<div class="page-header__categories"><span class="page-header__categories-in">in: </span>${fdCats
  .slice(0, 3)
  .map((t) => `<a href="/wiki/Category:${t.replace(/ /g, '_')}" data-tracking-label="categories-top-more">${t}</a>`)
  .join(', ')}, <div class="wds-dropdown page-header__categories-dropdown">
<span class="wds-dropdown__toggle">and 2 more</span><div class="wds-dropdown__content"><ul
class="wds-list wds-is-linked">${links(fdCats.slice(3))}</ul></div></div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span
class="mw-page-title-main">${fdTitle}</span></h1></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button has-label" href="/wiki/Ysolde_Marren?action=edit">
<svg class="wds-icon wds-icon-small"><use xlink:href="#wds-icons-pencil-small"></use></svg>Sign in to edit</a><div
class="wds-dropdown page-header__action-button">
<div class="wds-button wds-is-text wds-dropdown__toggle"><svg class="wds-icon wds-icon-small"></svg></div><div
class="wds-dropdown__content wds-is-right-aligned"><ul class="wds-list wds-is-linked">
<li><a id="ca-history" href="/wiki/Ysolde_Marren?action=history">History</a></li><li><a id="ca-purge" href="/wiki/Ysolde_Marren?action=purge">Purge</a></li>
<li><a id="ca-talk" href="/wiki/Talk:Ysolde_Marren">Talk (2)</a></li></ul></div></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="notice spoiler" style="width:100%;border:1px solid #c33"><tbody><tr><td><b>Spoiler warning!</b> This article contains plot details from
<i>Tidebreaker</i>
and <i>The Drowned Court</i>.</td></tr></tbody></table>
<div class="quote"><blockquote><p>${fdQuote}</p></blockquote><div class="quote-source">— ${a('Ysolde Marren')}, <i>${a('The Salt Crown')}</i></div></div>
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title"
data-source="title">${fdTitle}</h2>
<figure class="pi-item pi-image" data-source="image"><a href="https://static.wikia.example/glasswater/images/ysolde.png" class="image image-thumbnail" title="">
<img src="https://static.wikia.example/glasswater/images/ysolde.png/revision/latest/scale-to-width-down/268" class="pi-image-thumbnail" alt="" width="268"
height="380"></a>
<figcaption class="pi-item-spacing pi-caption">Ysolde as drawn for the 10th anniversary edition</figcaption></figure>
${fdInfobox
  .map(
    ([g, rows]) =>
      `<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">${g}</h2>${rows
        .map(
          ([k, v]) =>
            `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase()}"><h3 class="pi-data-label pi-secondary-font">${k}</h3>
<div class="pi-data-value pi-font">${v}</div></div>`,
        )
        .join('')}</section>`,
  )
  .join('\n')}</aside>
${ps(fdLead)}
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none">
<div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div>
<ul>${[fdH1, fdH2, fdH3, fdH4, fdH5, fdH6]
  .map(
    (t, n) => `<li class="toclevel-1 tocsection-${n + 1}"><a href="#${t}"><span class="tocnumber">${n + 1}</span>
<span class="toctext">${t}</span></a></li>`,
  )
  .join('\n')}</ul></div>
${hl(fdH1, fdH1)}
${ps(fdAppearance)}
${hl(fdH2, fdH2)}
${ps(fdPersonality)}
${ads('incontent_boxad_1')}
${hl(fdH3, fdH3)}
${hl(fdH31, fdH31, 3)}
${ps(fdEarly)}
${hl(fdH32, fdH32, 3)}
${ps(fdSalt)}
${hl(fdH33, fdH33, 3)}
${ps(fdTide)}
${hl(fdH4, fdH4)}
<ul>${fdTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hl(fdH5, fdH5)}
<ul>${fdBooks.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${hl(fdH6, fdH6)}<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span>
<span class="reference-text">${fdRef}</span></li></ol></div>
<table class="navbox mw-collapsible" style="width:100%"><tbody><tr><th colspan="2" class="navbox-title">Characters of The Glasswater Saga</th></tr>
${fdNavbox
  .map(
    ([g, xs]) =>
      `<tr><th class="navbox-group">${g}</th><td class="navbox-list">${xs
        .map((t) =>
          t === fdTitle
            ? `<strong
class="selflink">${t}</strong>`
            : a(t),
        )
        .join(' • ')}</td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div>
<div class="page-footer"><div id="articleCategories" class="categories"><div class="page-footer__categories wds-collapsible-panel wds-is-collapsed">
<header class="wds-collapsible-panel__header">Categories</header><div class="wds-collapsible-panel__content"><ul
class="categories">${links(fdCats, 'category normal')}</ul></div></div></div>
<div class="license-description">Community content is available under <a href="/wiki/Special:License">CC-BY-SA</a> unless otherwise
noted.</div></div></div></main>
<aside class="page__right-rail"><div class="right-rail-wrapper WikiaRail" id="WikiaRail">${ads('top_boxad')}<section class="rail-module popular-pages"><h2
class="rail-module__header">Popular pages</h2>
<ul>${links(fdPopular)}</ul></section></div></aside></div>
<div id="mixed-content-footer" class="mcf-wrapper"><div class="mcf-content"><h2 class="mcf-header">Fan Feed</h2><div class="mcf-mosaic"><h3
class="mcf-mosaic__header">More The Glasswater Saga Wiki</h3>
<ul>${fdPopular
  .slice(0, 3)
  .map((t, n) => `<li><span class="mcf-card-wiki-articles__number">${n + 1}</span><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`)
  .join('')}</ul></div></div></div>
</div></div>
<div class="tracking-opt-in" role="dialog" aria-label="Privacy"><h2>We Care About Your Privacy</h2><p>We and our partners use cookies and similar technologies
to personalise
content and ads and to measure how the site is used.</p><button>Show Purposes</button><button>Reject</button><button>Accept</button></div>
<footer class="global-footer"><div class="global-footer__content"><h3 class="global-footer__section-header">Explore
properties</h3><ul>${links(['Fandom', 'Fanatical', 'Muthead'])}</ul>
<h3 class="global-footer__section-header">Follow Us</h3><h3 class="global-footer__section-header">Overview</h3><ul>${links(fdFoot)}</ul>
<h3 class="global-footer__section-header">Community</h3><ul>${links(['Support', 'Help'])}</ul><h3
class="global-footer__section-header">Advertise</h3><ul>${links(['Media Kit'])}</ul>
<h3 class="global-footer__section-header">Fandom Apps</h3><p>Take your favorite fandoms with you and never miss a beat.</p></div><div
class="global-footer__bottom">
<span class="global-footer__licensing">The Glasswater Saga Wiki is a FANDOM Books Community.</span><a class="global-footer__link"
href="?mobileaction=toggle_view_mobile">View Mobile Site</a>
</div></footer></body></html>`;
/** Plain texts of the list items and paragraphs, the citation mark cut off. */
const noMark = (xs: readonly string[]): string[] => xs.map((x) => plain(x).replace(/\[\d+\]$/, ''));
/** Furniture texts that are words of the body or the title. */
const fdOut = [
  'Books',
  'Characters',
  'in:',
  'Free Harbours',
  'Born',
  'Caddow',
  'Hair',
  'Grey',
  'Appearances',
  'First appearance',
  'The Salt Crown',
  'A Harbour of Ash',
  fdTitle,
  'Tamsin Rook',
  'The Drowned Court',
];
export const fandomArticle: TestPage = {
  html: fdHtml,
  name: 'heldout63-fandom-wiki',
  kind: 'wiki',
  // the lead, the section paragraphs and the Trivia and Appearances lists are the article (the appearances list is the
  // article's own list of the books she is in, not a related-pages list); the six h2s and three h3s are the headings except
  // "References", whose list is furniture; the quote template's line is body (the article's epigraph) and its attribution
  // furniture, as a caption is; the citation mark is in neither list; a wiki page has no byline; the spoiler notice, infobox
  // (title, image caption, groups, labels, values), "Contents" (its entries are the headings: left out), the "in:" categories
  // with "and 2 more", "Sign in to edit", History/Purge/Talk, ad labels, navbox, categories, licence, right rail, Fan Feed,
  // consent dialog, global navigation, community header and footer are furniture, each text listed once; texts of the
  // infobox, navbox, categories and rail that are words of the body or the title are left out (fdOut)
  title: fdTitle,
  headings: [fdH1, fdH2, fdH3, fdH31, fdH32, fdH33, fdH4, fdH5],
  body: [fdQuote, ...noMark([...fdLead, ...fdAppearance, ...fdPersonality, ...fdEarly, ...fdSalt, ...fdTide, ...fdTrivia, ...fdBooks])],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fdGlobal, "Don't have an account?", 'Register', 'Sign In', 'Advertisement', 'The Glasswater Saga Wiki', 'Explore', ...fdExplore,
    ...fdLocal, 'in:', ...fdCats, 'and 2 more', 'Sign in to edit', 'History', 'Purge', 'Talk (2)', 'Spoiler warning!',
    'This article contains plot details from Tidebreaker and The Drowned Court.', fdQuoteSrc, 'Ysolde as drawn for the 10th anniversary edition',
    ...fdInfobox.flatMap(([g, rows]) => [g, ...rows.flat()]), 'Contents', fdH6, '↑', fdRef, 'Characters of The Glasswater Saga',
    ...fdNavbox.flatMap(([g, xs]) => [g, ...xs]), 'Categories', 'Community content is available under CC-BY-SA unless otherwise noted.',
    'Popular pages', ...fdPopular, 'Fan Feed', 'More The Glasswater Saga Wiki', 'We Care About Your Privacy',
    'We and our partners use cookies and similar technologies to personalise content and ads and to measure how the site is used.', 'Show Purposes',
    'Reject', 'Accept', 'Explore properties', 'Fandom', 'Fanatical', 'Muthead', 'Follow Us', 'Overview', ...fdFoot, 'Support', 'Help', 'Advertise',
    'Media Kit', 'Fandom Apps', 'Take your favorite fandoms with you and never miss a beat.', 'The Glasswater Saga Wiki is a FANDOM Books Community.',
    'View Mobile Site',
  ].filter((t, n, all) => all.indexOf(t) === n && !fdOut.includes(t)),
};
