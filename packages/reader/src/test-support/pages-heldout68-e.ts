import { links, type TestPage, texts } from './page-kit.js';
import { archwikiPage } from './pages-heldout68-e2.js';

/**
 * Held-out batch 68, file e: a character article on a Fandom wiki in the FandomDesktop skin (global navigation with sign-in,
 * community header with the wiki's explore menu and local nav, page header with categories and "and 3 more", language menu,
 * "Sign in to edit" and the actions dropdown, a portable infobox with image, caption, group headers and data rows, a quote
 * template, the classic TOC, icon-only edit-section links in brackets, a spoiler notice, a gallery with captions, the
 * navbox with v/t/e links, categories, the licence line, the right rail with ads and "Popular Pages", and the global footer).
 */
const fdTitle = 'Marisol Vey';
const fdQuote = '“The sea doesn’t keep secrets. It just keeps them longer than we do.”';
const fdQuoteBy = '— Marisol Vey to Edrin Hale, The Drowned Bell';
const fdLead =
  'Captain <b>Marisol Vey</b> is a major character in <i>Ashen Tides</i>. She is the captain of the <i>Gannet</i>, the salvage ' +
  'ship the player joins in Chapter 1, and a companion for most of the game. She is voiced by Corinne Adeyemi in the English version.';
const fdH = ['Appearance', 'Personality', 'Biography', 'Early life', 'Events of Ashen Tides', 'Gameplay', 'Trivia', 'Gallery'];
const fdLevels = [2, 2, 2, 3, 3, 2, 2, 2];
const fdSections: string[][] = [
  [
    'Marisol is a tall woman in her late forties with close-cropped grey hair and a burn scar running from her left ear to her ' +
      'collarbone. She wears a patched oilskin coat over a diver’s harness, and carries a brass depth gauge on a chain around her ' +
      'neck, which she checks out of habit even on dry land.',
  ],
  [
    'Marisol is blunt, practical and slow to trust strangers, but fiercely loyal to her crew. She rarely speaks about her past ' +
      'and deflects personal questions with jokes about the weather. Several optional conversations reveal that she blames ' +
      'herself for the loss of her first ship, the <i>Kittiwake</i>.',
  ],
  [],
  [
    'Marisol grew up in the harbour town of Lowmere, the daughter of a lighthouse keeper. At sixteen she signed on as a deckhand ' +
      'with a salvage crew working the wrecks of the Sunken Coast, and by thirty she had bought her own vessel.',
    'The <i>Kittiwake</i> sank during a storm eleven years before the events of the game, killing four of her crew. Marisol ' +
      'survived by clinging to a cargo crate for two days before being picked up by a fishing boat.',
  ],
  [
    'Marisol first meets the player in Chapter 1, when she pulls them from the water after the ferry disaster at Greyhaven. She ' +
      'offers them a place on the <i>Gannet</i> in exchange for help diving the wreck of the <i>Amaranth</i>.',
    'In Chapter 4, if the player chose to keep the drowned bell, Marisol confronts them on deck and can leave the crew ' +
      'permanently. If the player gave the bell to the Wardens, she remains aboard and takes part in the final dive in Chapter 7.',
  ],
  ['When Marisol is in the active party, she provides the following bonuses:'],
  [],
  [],
];
const fdBonuses = [
  '<b>Steady Hand</b>: reduces oxygen use during dives by 15%.',
  '<b>Old Charts</b>: reveals one hidden salvage point on each new map.',
  '<b>Captain’s Word</b>: crew morale cannot drop below <i>Uneasy</i> while she is aboard.',
];
const fdTrivia = [
  'Marisol’s depth gauge is stopped at 41 fathoms, the depth at which the <i>Kittiwake</i> sank.',
  'Early concept art showed Marisol with a prosthetic arm, which was cut to simplify her diving animations.',
  'She is the only companion who never comments on the player’s choice of outfit.',
];
const fdGallery = ['Concept art by Ilse Marr', 'Marisol at the helm in Chapter 3', 'Her depth gauge, an inventory item after Chapter 7'];
const fdSpoiler = 'Spoiler warning! This section contains plot details from Chapter 4 onward.';
const fdInfo: [string, [string, string][]][] = [
  [
    'Biographical information',
    [
      ['Species', 'Human'],
      ['Born', '1841 AE'],
      ['Hometown', 'Lowmere'],
      ['Affiliation', 'Crew of the Gannet'],
    ],
  ],
  [
    'Game information',
    [
      ['First appearance', 'Chapter 1: Greyhaven'],
      ['Voiced by', 'Corinne Adeyemi'],
      ['Companion', 'Yes'],
    ],
  ],
];
const fdInfoOut = ['Lowmere', 'Voiced by', 'Corinne Adeyemi', 'Companion', 'Crew of the Gannet'];
const fdCats = ['Characters', 'Crew of the Gannet', 'Chapter 2 Characters', 'Captains', 'Humans', 'Companions'];
const fdExplore = ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
const fdLocal = ['Characters', 'Locations', 'Chapters', 'Gameplay', 'Community'];
const fdNavbox: [string, string[]][] = [
  ['Crew of the Gannet', ['Marisol Vey', 'Edrin Hale', 'Pell Okafor', 'Sister Anwen']],
  ['Wardens', ['High Warden Coyle', 'Ilsa Brandt', 'The Bellkeeper']],
];
const fdPopular = ['Edrin Hale', 'The Drowned Bell', 'Chapter 4: The Choice', 'Salt Lanterns', 'Endings'];
const fdGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Start a Wiki'];
const fdFoot = [
  'Explore properties',
  'Follow Us',
  'Overview',
  'What is Fandom?',
  'About',
  'Careers',
  'Press',
  'Contact',
  'Terms of Use',
  'Privacy Policy',
  'Global Sitemap',
  'Local Sitemap',
  'Community Central',
  'Support',
  'Help',
  'Advertise',
  'Media Kit',
  'Fandom Apps',
];
const fdFootLines = [
  'Take your favorite fandoms with you and never miss a beat.',
  'Ashen Tides Wiki is a Fandom Games Community.',
  'Fandom may earn an affiliate commission on sales made from links on this page.',
];
const id = (t: string): string => t.replace(/ /g, '_');
const fdHd = (t: string, level: number, n: number): string =>
  `<h${level}><span class="mw-headline" id="${id(t)}">${t}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a ` +
  `href="/wiki/Marisol_Vey?action=edit&amp;section=${n}" title="Edit section: ${t}"><svg class="wds-icon wds-icon-tiny"><use xlink:href="#wds-icons-` +
  `pencil-tiny"></use></svg></a><span class="mw-editsection-bracket">]</span></span></h${level}>`;
const tocNums = ['1', '2', '3', '3.1', '3.2', '4', '5', '6'];
const fdToc = `<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span class="toctogglespan">
<label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>${fdH
  .map(
    (h, i) =>
      `<li class="toclevel-${fdLevels[i] === 3 ? 2 : 1}"><a href="#${id(h)}"><span class="tocnumber">${tocNums[i]}</span> <span
class="toctext">${h}</span></a></li>`,
  )
  .join('\n')}</ul></div>`;
const fdInfobox = `<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-character pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="name">${fdTitle}</h2><figure class="pi-item pi-image" data-source="image">
<a href="https://static.wikia.example/ashentides/images/marisol.png" class="image image-thumbnail"><img src="https://static.wikia.example/marisol.png"
alt="Marisol Vey" class="pi-image-thumbnail" width="268" height="340"></a><figcaption class="pi-item-spacing pi-caption">Marisol in Chapter 2</figcaption>
</figure>${fdInfo
  .map(
    ([
      g,
      rows,
    ]) => `<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">${g}</h2>
${rows
  .map(
    ([
      k,
      val,
    ]) => `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase()}"><h3 class="pi-data-label pi-secondary-font">${k}</h3>
<div class="pi-data-value pi-font">${val}</div></div>`,
  )
  .join('\n')}</section>`,
  )
  .join('\n')}</aside>`;
const section = (i: number): string => {
  const h = fdH[i] ?? '';
  const paras = (fdSections[i] ?? []).map((p) => `<p>${p}\n</p>`).join('\n');
  if (h === 'Events of Ashen Tides') return `${fdHd(h, 3, i + 1)}\n<div class="spoiler-warning notice"><b>${fdSpoiler}</b></div>\n${paras}`;
  if (h === 'Gameplay') return `${fdHd(h, 2, i + 1)}\n${paras}\n<ul>${fdBonuses.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
  if (h === 'Trivia') return `${fdHd(h, 2, i + 1)}\n<ul>${fdTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
  if (h === 'Gallery')
    return `${fdHd(h, 2, i + 1)}\n<div id="gallery-0" class="wikia-gallery wikia-gallery-caption-below wikia-gallery-position-center">${fdGallery
      .map(
        (c) => `<div class="wikia-gallery-item"><div class="thumb"><div class="gallery-image-wrapper accent"><a class="image"><img src="/g.png" alt=""></a>
</div></div><div class="lightbox-caption">${c}</div></div>`,
      )
      .join('\n')}</div>`;
  return `${fdHd(h, fdLevels[i] ?? 2, i + 1)}\n${paras}`;
};
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${fdTitle} | Ashen Tides Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgCanonicalNamespace":"","wgPageName":"Marisol_Vey","wgTitle":"Marisol Vey",
"wgCurRevisionId":48211,"wgCategories":["Characters","Crew of the Gannet","Chapter 2 Characters","Captains","Humans","Companions"]};</script>
<link rel="stylesheet" href="https://ashentides.fandom.example/load.php?lang=en&amp;modules=skin.fandomdesktop.styles&amp;only=styles"></head>
<body class="mediawiki ltr sitedir-ltr ns-0 ns-subject page-Marisol_Vey rootpage-Marisol_Vey skin-fandomdesktop skin-fandomdesktop-light action-view">
<nav class="global-navigation" aria-label="Global"><a class="global-navigation__logo" href="https://www.fandom.example/">FANDOM</a><ul>${links(fdGlobal)}</ul>
<div class="global-navigation__search"><input placeholder="Search" aria-label="Search"></div><a class="wds-button" href="/signin">Sign In</a>
<a class="wds-button wds-is-secondary" href="/register">Register</a></nav>
<div class="main-container"><div class="resizable-container"><div class="community-header-wrapper"><header class="fandom-community-header">
<a class="fandom-community-header__image" href="/wiki/"><img alt="Ashen Tides Wiki" src="/logo.png"></a><div class="fandom-community-header__top-container">
<a class="fandom-community-header__community-name" href="/wiki/">Ashen Tides Wiki</a></div><nav class="fandom-community-header__local-navigation">
<ul class="wds-tabs"><li class="wds-dropdown explore-menu"><span>Explore</span><ul
class="wds-list">${links(fdExplore)}</ul></li>${links(fdLocal, 'wds-dropdown')}
</ul></nav></header></div>
<div class="page has-right-rail"><main class="page__main" id="content" lang="en" dir="ltr"><div class="page-header" id="PageHeader"><div
class="page-header__top">
<div class="page-header__categories"><span class="page-header__categories-in">in:</span> <a href="/wiki/Category:Characters">Characters</a>, <a
href="/wiki/Category:Crew_of_the_Gannet">Crew of the Gannet</a>, <a href="/wiki/Category:Chapter_2_Characters">Chapter 2 Characters</a><div class="wds-dropdown
page-header__categories-dropdown"><span>and 3 more</span></div></div><div class="page-header__languages wds-dropdown"><span>English</span><ul><li><a lang="es">
Español</a></li><li><a lang="de">Deutsch</a></li></ul></div></div><div class="page-header__bottom"><div class="page-header__title-wrapper">
<h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${fdTitle}</span></h1></div><div class="page-header__actions"><a
id="ca-viewsource" href="/wiki/Marisol_Vey?action=edit" class="wds-button wds-is-text page-header__action-button has-label"><svg></svg>Sign in to edit</a>
<div class="wds-dropdown"><a class="wds-button wds-is-text" aria-label="More actions"><svg></svg></a><div class="wds-dropdown__content"><ul
class="wds-list"><li><a id="ca-history" href="?action=history">History</a></li><li><a id="ca-purge">Purge</a></li><li><a id="ca-talk">Talk (0)</a></li></ul>
</div></div></div></div></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
${fdInfobox}
<div class="quote"><p><span class="quote-text">${fdQuote}</span></p><p class="quote-attribution">${fdQuoteBy}</p></div>
<p>${fdLead}\n</p>
${fdToc}
${fdH.map((_, i) => section(i)).join('\n')}
<table class="navbox mw-collapsible"><tbody><tr><th class="navbox-title" colspan="2"><div class="noprint plainlinks hlist navbar mini"><ul><li
class="nv-view"><a href="/wiki/Template:Characters"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a><abbr title="Discuss this
template">t</abbr></a></li><li class="nv-edit"><a><abbr title="Edit this template">e</abbr></a></li></ul></div><div
id="Characters_nav">Characters</div></th></tr>
${fdNavbox
  .map(
    ([g, items]) => `<tr><th class="navbox-group">${g}</th>
<td class="navbox-list"><div class="hlist"><ul>${links(items)}</ul></div></td></tr>`,
  )
  .join('\n')}
</tbody></table></div></div>
<div class="page-footer"><div id="articleCategories" class="categories"><div class="page-footer__categories wds-collapsible-panel"><header>Categories</header>
<ul>${links(fdCats, 'category')}</ul></div></div><div class="license-description">Community content is available under <a href="/wiki/Licensing">CC-BY-SA</a>
unless otherwise noted.</div></div></main>
<aside class="page__right-rail" id="WikiaRail"><div class="rail-module"><div class="ad-slot-placeholder top-boxad"><span>Advertisement</span></div></div>
<section class="rail-module popular-pages"><h2 class="rail-module__header">Popular Pages</h2><ul>${links(fdPopular)}</ul></section>
<div class="ad-slot-placeholder incontent-boxad"><span>Advertisement</span></div></aside></div></div></div>
<footer class="global-footer"><div class="global-footer__content"><ul class="global-footer__links">${links(fdFoot)}</ul>
${fdFootLines.map((t) => `<p>${t}</p>`).join('\n')}<a href="?mobileaction=toggle_view_mobile">View Mobile Site</a></div></footer></body></html>`;
const fandomPage: TestPage = {
  html: fdHtml,
  name: 'heldout68-fandom',
  kind: 'wiki',
  // the quote template at the head is the article's epigraph: body, its attribution line furniture (as a caption is); the lead,
  // section paragraphs and the gameplay and trivia lists are body; all eight section heads are headings in order ("Gallery" too,
  // though its content is images with captions, which are furniture); the infobox (its title repeats the page title: left out;
  // caption, group headers, labels and values), the spoiler notice, TOC ("Contents"; its entries repeat the headings: left
  // out), navbox (the "v t e" letters left out), categories, licence, rail, global nav, community header and footer are
  // furniture; the page has no byline; body words left out: the page header's "in:" and "English", the infobox's "Lowmere",
  // "Voiced by", "Corinne Adeyemi" and "Companion", the local nav's "Gameplay", the rail's "The Drowned Bell", the navbox's
  // "Marisol Vey" and "Wardens" and the footer's "About" and "Help"
  title: fdTitle,
  headings: fdH,
  body: [fdQuote, ...texts([fdLead]), ...fdSections.slice(0, 6).flatMap((s) => texts(s)), ...texts(fdBonuses), ...texts(fdTrivia)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'FANDOM', ...fdGlobal, 'Sign In', 'Register', 'Ashen Tides Wiki', 'Explore', ...fdExplore, 'Locations', 'Chapters', 'Characters',
    'Crew of the Gannet', 'Chapter 2 Characters', 'and 3 more', 'Español', 'Deutsch', 'Sign in to edit', 'History', 'Purge', 'Talk (0)',
    'Marisol in Chapter 2', ...fdInfo.flatMap(([g, rows]) => [g, ...rows.flat()]).filter((t) => !fdInfoOut.includes(t)),
    fdQuoteBy, 'Contents', fdSpoiler, ...fdGallery, 'Edrin Hale', 'Pell Okafor', 'Sister Anwen', 'High Warden Coyle', 'Ilsa Brandt',
    'The Bellkeeper', 'Categories', 'Captains', 'Humans', 'Companions', 'Community content is available under CC-BY-SA unless otherwise noted.',
    'Advertisement', 'Popular Pages', 'Chapter 4: The Choice', 'Salt Lanterns', 'Endings',
    ...fdFoot.filter((t) => t !== 'About' && t !== 'Help'), ...fdFootLines,
    'View Mobile Site',
  ],
};

export const HELDOUT68_E: readonly TestPage[] = [fandomPage, archwikiPage];
