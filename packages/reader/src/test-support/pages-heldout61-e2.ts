import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 61, file e2: a character article on a Fandom game wiki, FandomDesktop skin (the global navigation rail with
 * its sign-in links, the community header with wiki name, page count and dropdown menus, the sticky header, ad slots with
 * their labels, the page header with categories line, title and action buttons, a spoiler notice, the portable infobox with
 * caption and data groups, the old-style table of contents, headings with "edit" links, a navbox, the categories footer,
 * the licence line, the right rail with "Popular Pages", the Fandom global footer and the consent banner).
 */
const fdTitle = 'Orla Venn';
const fdIntro =
  'Captain <b>Orla Venn</b> is one of the main characters of <i>Tidebreak</i> and the leader of the Gull Company, a crew of ' +
  'salvagers who work the flooded ruins of the Drowned Coast. She joins the player in the first act and stays in the party for ' +
  'the rest of the game, unless she is left behind at Greywater in Act III.';
const fdH1 = 'Appearance';
const fdLook =
  'Orla is a tall woman in her early forties with cropped grey hair and a long scar across her left forearm, which she says came ' +
  'from a harpoon line and which other characters insist came from a tavern argument. She wears a patched oilskin coat over a ' +
  'diving harness and carries a brass compass that no longer points north.';
const fdH2 = 'Personality';
const fdPers =
  'Orla is blunt, practical and quick to laugh at herself. She distrusts the Admiralty and anyone else who gives orders from dry ' +
  'land, but she is fiercely loyal to her crew and will turn down any job that puts them at risk for someone else’s profit. Her ' +
  'approval rises when the player shares salvage fairly and falls sharply if they lie to the crew.';
const fdH3 = 'Biography';
const fdH4 = 'Early life';
const fdEarly =
  'Orla was born in Saltreach and went to sea at fourteen on her mother’s fishing boat. When the boat was seized for unpaid ' +
  'harbour dues, she signed on with a salvage crew and spent the next twenty years diving the drowned towns along the coast, ' +
  'eventually buying the crew’s ship, the <i>Marrow</i>, from its retiring captain.';
const fdH5 = 'The Drowned Coast';
const fdCoast =
  'At the start of the game the Gull Company is deep in debt to the Saltreach harbourmaster. Orla agrees to guide the player ' +
  'through the flooded city of Vesk in exchange for a share of whatever they find there. Her personal quest, <a href="/wiki/Old_Debts">Old ' +
  'Debts</a>, follows her attempt to buy back her mother’s boat and ends in one of three ways depending on how the player deals ' +
  'with the harbourmaster.';
const fdH6 = 'Abilities';
const fdSkills =
  'In combat Orla fights with a boarding axe and a harpoon gun. Her signature skill, Undertow, pulls a group of enemies together, ' +
  'which makes her a strong partner for characters with area damage such as <a href="/wiki/Teodor">Teodor</a>.';
const fdH7 = 'Trivia';
const fdTrivia = [
  'Orla’s compass is a leftover from a cut questline in which the player would have followed it to a sunken observatory.',
  'Her voice actor, Maren Holt, recorded most of her lines in a single week after the original actor withdrew.',
  'She is the only companion who can swim underwater without a diving bell.',
];
const fdSpoiler = 'This article contains major plot details from Act III of Tidebreak.';
const fdInfo: [string, string][] = [
  ['Born', 'Year 412 AC, Saltreach'],
  ['Affiliation', 'The Gull Company'],
  ['Occupation', 'Ship captain'],
  ['Status', 'Alive (varies with player choices)'],
];
const fdGame: [string, string][] = [
  ['Voiced by', 'Maren Holt'],
  ['First appearance', 'Tidebreak (2023)'],
];
const fdNavbox = ['Teodor', 'Ines Marrick', 'Brother Callum', 'The Harbourmaster', 'Sable'];
const fdPopular = ['Tidebreak Wiki', 'Teodor', 'Vesk', 'Endings', 'Companion approval'];
const fdCats = ['Characters', 'Companions', 'Humans', 'Gull Company members', 'Act I characters'];
const fdGlobal = ['Fandom', 'Games', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
const fdFooter = [
  'Explore properties',
  'Fanatical',
  'Fandom',
  'GameSpot',
  'Giant Bomb',
  'Metacritic',
  'TV Guide',
  'Follow Us',
  'Overview',
  'What is Fandom?',
  'About',
  'Careers',
  'Press',
  'Contact',
  'Terms of Use',
  'Privacy Policy',
  'Digital Services Act',
  'Global Sitemap',
  'Local Sitemap',
  'Support',
  'Help',
  'Advertise',
  'Media Kit',
  'Fandom Apps',
  'Take your favorite fandoms with you and never miss a beat.',
];
const fdId = (h: string): string => h.replace(/ /g, '_');
const fdHead = (h: string, n: number, level = 2): string =>
  `<h${level}><span class="mw-headline" id="${fdId(h)}">${h}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a ` +
  `href="/wiki/Orla_Venn?action=edit&amp;section=${n}" class="mw-editsection-visualeditor" title="Sign in to edit">edit</a><span ` +
  `class="mw-editsection-bracket">]</span></span></h${level}>`;
const fdTocLi = (h: string, num: string, level: number): string =>
  `<li class="toclevel-${level} tocsection-${num.replace('.', '')}"><a href="#${fdId(h)}"><span class="tocnumber">${num}</span> <span
class="toctext">${h}</span></a>`;
const fdPi = (rows: readonly (readonly [string, string])[]): string =>
  rows
    .map(
      ([k, v]) =>
        `<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="${k.toLowerCase()}"><h3 class="pi-data-label pi-secondary-font">${k}</h3>` +
        `<div class="pi-data-value pi-font">${v}</div></div>`,
    )
    .join('\n');
const fdAd = (id: string): string =>
  `<div class="top-ads-container"><div id="${id}" class="ad-slot ad-slot-placeholder"><div class="ae-label">Advertisement</div></div></div>`;
const fdHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr">
<head>
<meta charset="UTF-8"/>
<title>${fdTitle} | Tidebreak Wiki | Fandom</title>
<script>document.documentElement.className="client-js";RLCONF={"wgPageName":"Orla_Venn","wgTitle":"Orla Venn","wgCategories":["Characters","Companions",
"Humans","Gull Company members","Act I characters"],"wgCityId":"2214870","wgContentLanguage":"en","wgArticleId":1043,"wgSitename":"Tidebreak Wiki"};
RLPAGEMODULES=["ext.fandom.ArticleInterlang.js","skin.fandomdesktop.js","ext.fandom.ae.consentQueue"];</script>
<link rel="stylesheet"
href="https://tidebreak.fandom.com/load.php?lang=en&amp;modules=skin.fandomdesktop.styles%7Cext.fandom.PortableInfoboxFandomDesktop.css&amp;only=styles"/>
<meta name="generator" content="MediaWiki 1.39.11"/>
<meta property="og:title" content="${fdTitle}"/><meta property="og:site_name" content="Tidebreak Wiki"/>
<link rel="canonical" href="https://tidebreak.fandom.com/wiki/Orla_Venn"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","about":{"@type":"Thing","name":"Tidebreak Wiki"},
"author":{"@type":"Organization","name":"Tidebreak Wiki Community"},"headline":"Orla Venn","url":"https://tidebreak.fandom.com/wiki/Orla_Venn"}</script>
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Orla_Venn rootpage-Orla_Venn skin-fandomdesktop action-view
theme-fandomdesktop-dark
 is-content-expanded has-right-rail">
<div class="global-navigation" data-tracking-label="global-navigation"><div class="global-navigation__top"><a href="https://www.fandom.com/"
 class="global-navigation__logo" aria-label="Fandom"><svg class="wds-icon"><use xlink:href="#wds-brand-fandom-logo-light"></use></svg></a>
<nav class="global-navigation__nav"><div class="global-navigation__links">${fdGlobal
  .slice(1)
  .map((t) => `<a href="https://www.fandom.com/${t.toLowerCase().replace(/ /g, '-')}" class="global-navigation__link"><span>${t}</span></a>`)
  .join('')}</div></nav></div>
<div class="global-navigation__bottom"><div class="global-navigation__signin"><a href="https://auth.fandom.com/signin?redirect=Orla_Venn"
 rel="nofollow">Sign In</a><a href="https://auth.fandom.com/register?redirect=Orla_Venn" rel="nofollow">Register</a></div></div></div>
<div class="main-container"><div class="resizable-container">
<div class="community-header-wrapper"><header class="fandom-community-header"><a href="https://tidebreak.fandom.com" class="fandom-community-header__image"><img
 src="https://static.wikia.nocookie.net/tidebreak/images/e/e6/Site-logo.png" alt="Tidebreak Wiki" width="161" height="65"/></a><div
 class="fandom-community-header__top-container"><div class="fandom-community-header__community-name-wrapper"><a href="https://tidebreak.fandom.com"
 class="fandom-community-header__community-name">Tidebreak Wiki</a><span class="fandom-community-header__pages-count">1,204 pages</span></div></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs">
<li class="wds-dropdown explore-menu"><div class="wds-tabs__tab-label wds-dropdown__toggle"><span>Explore</span></div><div class="wds-dropdown__content"><ul
 class="wds-list"><li><a href="/wiki/Main_Page"><span>Main Page</span></a></li><li><a href="/f"><span>Discuss</span></a></li><li><a
 href="/wiki/Special:AllPages"><span>All Pages</span></a></li><li><a href="/wiki/Special:Community"><span>Community</span></a></li><li><a
 href="/wiki/Special:AllMaps"><span>Interactive Maps</span></a></li></ul></div></li>
<li class="wds-dropdown"><div class="wds-tabs__tab-label wds-dropdown__toggle"><a href="/wiki/Tidebreak"><span>Game</span></a></div><div
 class="wds-dropdown__content"><ul class="wds-list"><li><a href="/wiki/Acts"><span>Acts</span></a></li><li><a
href="/wiki/Locations"><span>Locations</span></a></li>
<li><a href="/wiki/Quests"><span>Quests</span></a></li></ul></div></li>
<li class="wds-dropdown"><div class="wds-tabs__tab-label wds-dropdown__toggle"><a href="/wiki/Category:Characters"><span>Characters</span></a></div></li>
<li class="wds-tabs__tab"><a href="/wiki/Tidebreak_Wiki:Community_Portal"><span>Community</span></a></li></ul></nav></header></div>
<div class="fandom-sticky-header" style="display:none"><a href="https://tidebreak.fandom.com" class="fandom-sticky-header__sitename">Tidebreak Wiki</a><div
 class="fandom-sticky-header__title">${fdTitle}</div></div>
${fdAd('top_leaderboard')}
<div class="page has-right-rail"><main class="page__main" lang="en">
<div class="page-header" id="PageHeader"><div class="page-header__top"><div class="page-header__meta"><div class="page-header__categories"><span
 class="page-header__categories-in">in:</span> <a href="/wiki/Category:Characters">Characters</a>, <a href="/wiki/Category:Companions">Companions</a>,
 <a href="/wiki/Category:Humans">Humans</a>, <div class="wds-dropdown page-header__categories-dropdown"><span>and 2 more</span></div></div></div>
<div class="page-header__languages"><div class="wds-dropdown"><div class="wds-dropdown__toggle"><span
data-tracking="interwiki-dropdown">English</span></div></div></div></div>
<div class="page-header__bottom"><div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span
 class="mw-page-title-main">${fdTitle}</span></h1></div><div class="page-header__actions"><a id="ca-edit"
href="https://auth.fandom.com/signin?redirect=Orla_Venn"
 class="wds-button wds-is-text page-header__action-button has-label" data-tracking-label="ca-edit">Sign in to edit</a><div class="wds-dropdown"><div
 class="wds-button wds-is-text page-header__action-button wds-dropdown__toggle"><svg class="wds-icon"><use xlink:href="#wds-icons-more"></use></svg></div><div
 class="wds-dropdown__content"><ul class="wds-list"><li><a id="ca-history" href="/wiki/Orla_Venn?action=history">History</a></li><li><a id="ca-purge"
 href="/wiki/Orla_Venn?action=purge">Purge</a></li><li><a id="ca-talk" href="/wiki/Talk:Orla_Venn">Talk (0)</a></li></ul></div></div></div></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="mw-parser-output">
<table class="notice" style="width:100%; border-left:6px solid #b33; background:#2b2f36"><tbody><tr><td><b>Spoiler warning!</b>
${fdSpoiler}</td></tr></tbody></table>
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-wikia pi-layout-default"><h2 class="pi-item pi-item-spacing pi-title
 pi-secondary-background" data-source="name">${fdTitle}</h2><figure class="pi-item pi-image" data-source="image"><a href="https://static.wikia.nocookie.net/
tidebreak/images/3/3c/Orla_keyart.png/revision/latest?cb=20231109" class="image image-thumbnail" title=""><img src="https://static.wikia.nocookie.net/tidebreak/
images/3/3c/Orla_keyart.png/revision/latest/scale-to-width-down/268?cb=20231109" alt="Orla keyart" class="pi-image-thumbnail" width="268" height="402"/></a>
<figcaption class="pi-item-spacing pi-caption">Orla in the Act II key art</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Biographical
information</h2>
${fdPi(fdInfo)}
</section><section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing pi-secondary-background">Game
information</h2>
${fdPi(fdGame)}
</section></aside>
<p>${fdIntro}
</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox"
 class="toctogglecheckbox" style="display:none" /><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2><span
 class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div>
<ul>
${fdTocLi(fdH1, '1', 1)}</li>
${fdTocLi(fdH2, '2', 1)}</li>
${fdTocLi(fdH3, '3', 1)}
<ul>
${fdTocLi(fdH4, '3.1', 2)}</li>
${fdTocLi(fdH5, '3.2', 2)}</li>
</ul>
</li>
${fdTocLi(fdH6, '4', 1)}</li>
${fdTocLi(fdH7, '5', 1)}</li>
</ul>
</div>
${fdHead(fdH1, 1)}
<p>${fdLook}
</p>
${fdHead(fdH2, 2)}
<p>${fdPers}
</p>
${fdAd('incontent_player')}
${fdHead(fdH3, 3)}
${fdHead(fdH4, 4, 3)}
<p>${fdEarly}
</p>
${fdHead(fdH5, 5, 3)}
<p>${fdCoast}
</p>
${fdHead(fdH6, 6)}
<p>${fdSkills}
</p>
${fdHead(fdH7, 7)}
<ul>${fdTrivia.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<table class="navbox mw-collapsible" style="width:100%"><tbody><tr><th colspan="2" class="navbox-title"><span class="mw-collapsible-toggle">[<a
 class="mw-collapsible-text">hide</a>]</span>Characters in <i>Tidebreak</i></th></tr><tr><th class="navbox-group">Companions</th><td class="navbox-list">
${fdNavbox.map((t) => `<a href="/wiki/${fdId(t)}">${t}</a>`).join(' • ')}</td></tr></tbody></table>
<!-- NewPP limit report
Cached time: 20251104083112
-->
</div></div>
<div class="printfooter">Retrieved from "<a dir="ltr"
href="https://tidebreak.fandom.com/wiki/Orla_Venn?oldid=18830">https://tidebreak.fandom.com/wiki/Orla_Venn?oldid=18830</a>"</div>
</div>
<div class="page-footer"><div id="articleCategories" class="categories page-footer__categories"><div class="page-footer__categories-header">Categories</div><ul
 class="categories">${fdCats.map((c) => `<li class="category normal"><a href="/wiki/Category:${fdId(c)}">${c}</a></li>`).join('')}</ul></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.com/licensing">CC-BY-SA</a> unless otherwise
noted.</div></div>
</main>
<aside class="page__right-rail"><div id="WikiaRail" class="right-rail-wrapper WikiaRail">${fdAd('top_boxad')}<section class="rail-module popular-pages"
 data-tracking="popular-pages"><h2 class="rail-module__header">Popular Pages</h2><ul class="rail-module__list is-curated">${fdPopular
   .map((t, i) => `<li class="rail-module__list-item"><a href="/wiki/${fdId(t)}"><span class="rail-module__number">${i + 1}</span> ${t}</a></li>`)
   .join('')}</ul></section></div></aside>
</div></div></div>
<footer class="global-footer"><div class="global-footer__content"><div class="global-footer__links">${fdFooter
  .map((t) => `<a href="https://www.fandom.com/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="global-footer__link">${t}</a>`)
  .join('\n')}</div><div class="global-footer__bottom"><p class="global-footer__licensing">Tidebreak Wiki is a Fandom Games Community.</p><a
 href="https://tidebreak.fandom.com/wiki/Orla_Venn?mobileaction=toggle_view_mobile" class="global-footer__bottom-link">View Mobile Site</a></div></div></footer>
<div id="tracking-opt-in-container"><div class="_2bpbD4GmFVb3a-kmQTKRF_"><div class="_3eGOs7RDb8zmlKl3ywH8QN"><div class="Hwci5KwoP_Us5WA8hHmnH">We care
 about your privacy</div><div class="_1PPDB1xaWzB8GfvGmSFUiO">We and our partners use cookies and similar technologies to personalise ads and content,
 measure their performance and improve our products. You can change your choices at any time.</div></div><div class="_1OGmyT6qTQNZL8QcxWjq1O"><div
 class="_3ID_V9xHpzS5LDPRYqSBTV" data-tracking-opt-in-learn-more="true">Learn More</div><div class="_2sLq2UwAMLcWvhGgwv4RVr"
 data-tracking-opt-in-reject="true">Reject</div><div class="_2O--J403t2VqCuF8XJAZLK" data-tracking-opt-in-accept="true">Accept</div></div></div></div>
</body>
</html>
`;
export const fandom: TestPage = {
  html: fdHtml,
  name: 'heldout61-fandom',
  kind: 'wiki',
  // the page-header h1 is the title; the h2s and h3s of the article are the headings, in order ("Biography" has no text of its
  // own before its h3s); the lead, the section paragraphs and the trivia list are body; the spoiler notice is a template
  // banner (furniture, as a maintenance box is), as are the infobox (its title is the page title), its caption, the TOC label
  // (its items are the headings), "edit" links, the navbox, categories line and footer, "Retrieved from", the licence line, ad
  // labels (once), the rail, the global navigation and footer and the consent banner; furniture texts that are words of the
  // body or the title are left out: the infobox's "Born", "The Gull Company" and "Maren Holt", the navbox's "Teodor" and "The
  // Harbourmaster", the rail's "Teodor" and "Vesk", the category "Characters" and the categories line's "in:"; a Fandom
  // article has no byline
  title: fdTitle,
  headings: [fdH1, fdH2, fdH3, fdH4, fdH5, fdH6, fdH7],
  body: texts([fdIntro, fdLook, fdPers, fdEarly, fdCoast, fdSkills, ...fdTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fdGlobal, 'Sign In', 'Register', '1,204 pages', 'Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Acts',
    'Locations', 'Quests', 'Advertisement', 'and 2 more', 'English', 'Sign in to edit', 'History', 'Purge', 'Talk (0)', 'Spoiler warning!', fdSpoiler,
    'Orla in the Act II key art', 'Biographical information', ...fdInfo.flat().filter((t) => !['Born', 'The Gull Company'].includes(t)), 'Game information',
    'Voiced by', 'First appearance', 'Tidebreak (2023)',
    'Contents', 'edit', 'hide', 'Characters in Tidebreak', ...fdNavbox.filter((t) => !['Teodor', 'The Harbourmaster'].includes(t)), 'Retrieved from',
    'Categories',
    ...fdCats.slice(1),
    'Community content is available under', 'CC-BY-SA', 'unless otherwise noted.', 'Popular Pages', 'Tidebreak Wiki', ...fdPopular.slice(3),
    ...fdFooter.filter((t) => t !== 'Fandom'), 'Tidebreak Wiki is a Fandom Games Community.', 'View Mobile Site', 'We care about your privacy',
    'We and our partners use cookies and similar technologies to personalise ads and content, measure their performance and improve our products. ' +
      'You can change your choices at any time.', 'Learn More', 'Reject', 'Accept',
  ],
};
