import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout257-kit.js';

/**
 * Held-out batch 257, file a2: a Fandom character page on the FandomDesktop skin (global navigation, community header,
 * page header with categories, portable infobox, opening quote, ad slots, right rail, article comments, license line,
 * the privacy modal and the global footer).
 */
const fTitle = 'Isolde Brakk';
const fQuote = '“The sea keeps no ledgers. I do.”';
const fIntro = [
  j(
    "<b>Captain Isolde Brakk</b> is a major character in <i>Saltreach</i> and the commander of the salvage cutter <i>Merrow's Debt</i>.",
    'She appears in all three acts of the main story and is one of the four companions the player can recruit in the Harbour of Tolls.',
  ),
];
const fEarly = [
  j(
    'Isolde was born in the fishing town of Greyquay to a family of lamp keepers. When the lighthouse was sold to the Tollwardens, her',
    'parents lost both their work and their home, and she went to sea at the age of twelve as a cabin hand on a coal barge.',
  ),
];
const fCoast = [
  j(
    'During the events of Act II she leads the expedition to the Drowned Coast in search of the lost treasury ship <i>Comfort</i>.',
    'If the player sided with the Tollwardens in the first act, she refuses to share the charts and must be persuaded with the',
    'Ledger of Debts; otherwise she offers the route freely.',
  ),
  j(
    'The expedition ends with the confrontation at Hollow Reef. Depending on earlier choices Isolde either scuttles her own ship to',
    'block the channel or survives to command the fleet in the final act.',
  ),
];
const fPers = [
  j(
    'Isolde is blunt, patient and deeply suspicious of anyone who holds a title. She keeps a written account of every favour owed to',
    'her and every debt she owes, and she will remind the player of both at inconvenient moments.',
  ),
];
const fAbil = [
  '<b>Dead Reckoning</b> – reveals hidden currents on the sea map for three turns.',
  '<b>Grapple and Haul</b> – pulls an enemy vessel into boarding range.',
  '<b>Old Debts</b> – once per battle, calls in a favour from a nearby neutral ship.',
];
const fTrivia = [
  'Her ship is named after a creditor who drowned owing her forty silver marks.',
  'The developers have said that an early draft of the script made her the antagonist of the second act.',
  'She is the only companion who never drinks in the tavern scenes.',
];
const fGlobal = ['Games', 'Movies', 'Anime', 'Video', 'Wikis', 'Start a Wiki'];
const fExplore = ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent blog posts'];
const fCats = ['Characters', 'Recruitable characters', 'Act II characters'];
const fInfo = ['Biographical information', 'Hometown', 'Greyquay, Lower Banks', 'Affiliation', 'Independent salvagers', 'Voiced by', 'Perrine Aldous'];
const fPopular = ['Sable Lantern', 'Greyquay Lighthouse quest', 'Companion loyalty guide', 'Map of the Outer Banks'];
const fComments = [
  'Does anyone know how to get the ending where she survives? I keep losing her at the reef.',
  'You need her loyalty above 60 before the reef. Do the lighthouse side quest first.',
];
const fFoot = ['What is Fandom?', 'About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Global Sitemap', 'Local Sitemap'];
const fHead = (id: string, text: string, tag = 'h2'): string =>
  `<${tag}><span class="mw-headline" id="${id}">${text}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
  `<a href="/wiki/Isolde_Brakk?action=edit&amp;section=1" class="mw-editsection-visualeditor">edit</a><span class="mw-editsection-bracket">]</span>` +
  `</span></${tag}>`;
const fHtml = `<!DOCTYPE html>
<html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>${fTitle} | Saltreach Wiki | Fandom</title>
<meta name="description" content="Captain Isolde Brakk is a major character in Saltreach and the commander of the salvage cutter Merrow's Debt.">
<meta property="og:site_name" content="Saltreach Wiki"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"http://www.schema.org","@type":"Article","name":"Isolde Brakk","about":{"@type":"Thing",
"name":"Saltreach"},"publisher":{"@type":"Organization","name":"Fandom"}}</script>
<script>window.fandomContext={"site":{"wikiId":2210943,"siteName":"Saltreach Wiki","vertical":"games"},"page":{"articleId":1184}};</script>
<link rel="stylesheet" href="https://saltreach.fandom.com/load.php?modules=skin.fandomdesktop.styles&amp;only=styles"></head>
<body class="skin-fandomdesktop mediawiki ltr sitedir-ltr ns-0 ns-subject page-Isolde_Brakk rootpage-Isolde_Brakk theme-fandomdesktop-light
is-content-expanded">
<div class="global-navigation"><div class="global-navigation__top"><a class="global-navigation__logo" href="https://www.fandom.com/"
aria-label="Fandom homepage"><svg class="wds-icon"></svg></a><nav class="global-navigation__links"><ul>${links(fGlobal, 'global-navigation__link')}</ul>
</nav></div><div class="global-navigation__bottom"><a class="wds-button" href="/signin">Sign In</a><a class="wds-button"
href="/register">Register</a></div></div>
<div class="main-container"><div class="resizable-container"><div class="top-ads-container"><div class="ad-slot-placeholder top-leaderboard is-loading">
<span class="ad-label">Advertisement</span></div></div>
<header class="fandom-community-header"><a class="fandom-community-header__community-name" href="/wiki/Saltreach_Wiki">Saltreach Wiki</a>
<div class="fandom-community-header__top-container"><span class="wiki-tools__pages">1,942 pages</span></div>
<nav class="fandom-community-header__local-navigation"><ul class="wds-tabs"><li class="wds-dropdown"><div class="wds-tabs__tab-label"><span>Explore</span>
</div><div class="wds-dropdown__content"><ul class="wds-list">${links(fExplore)}</ul></div></li></ul></nav></header>
<div class="page has-right-rail"><main class="page__main" lang="en"><div class="page-header" id="PageHeader"><div class="page-header__top">
<div class="page-header__meta"><div class="page-header__categories"><span class="page-header__categories-in">in:</span>
${fCats.map((c) => `<a href="/wiki/Category:${c.replace(/ /g, '_')}" title="Category:${c}">${c}</a>`).join(', ')}</div></div>
<div class="page-header__actions"><a id="ca-edit" class="wds-button wds-is-text page-header__action-button" href="?action=edit">Edit</a>
<a class="wds-button wds-is-text" href="#articleComments">Comments</a></div></div>
<div class="page-header__title-wrapper"><h1 class="page-header__title" id="firstHeading"><span class="mw-page-title-main">${fTitle}</span></h1></div></div>
<div id="content" class="page-content"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<aside role="region" class="portable-infobox pi-background pi-border-color pi-theme-character pi-layout-default">
<h2 class="pi-item pi-item-spacing pi-title pi-secondary-background" data-source="name">Captain Brakk</h2>
<figure class="pi-item pi-image" data-source="image"><a href="/wiki/File:Isolde.png" class="image image-thumbnail"><img
src="https://static.wikia.example/isolde.png"
class="pi-image-thumbnail" alt="Isolde" width="270" height="380"></a><figcaption class="pi-item-spacing pi-caption">Concept art for Act II</figcaption></figure>
<section class="pi-item pi-group pi-border-color"><h2 class="pi-item pi-header pi-secondary-font pi-item-spacing">Biographical information</h2>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="home"><h3 class="pi-data-label pi-secondary-font">Hometown</h3>
<div class="pi-data-value pi-font">Greyquay, Lower Banks</div></div>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="affiliation"><h3 class="pi-data-label pi-secondary-font">Affiliation</h3>
<div class="pi-data-value pi-font">Independent salvagers</div></div>
<div class="pi-item pi-data pi-item-spacing pi-border-color" data-source="voice"><h3 class="pi-data-label pi-secondary-font">Voiced by</h3>
<div class="pi-data-value pi-font">Perrine Aldous</div></div></section></aside>
<table class="cquote" role="presentation"><tbody><tr><td class="cquote-text"><p>${fQuote}</p></td></tr>
<tr><td class="cquote-source">— Isolde, to the harbourmaster</td></tr></tbody></table>
${ps(fIntro)}
${fHead('Biography', 'Biography')}
${fHead('Early_life', 'Early life', 'h3')}
${ps(fEarly)}
${fHead('The_Drowned_Coast', 'The Drowned Coast', 'h3')}
${ps(fCoast)}
<div id="mixed-content-footer-slot" class="ad-slot-placeholder incontent-boxad"><span class="ad-label">Advertisement</span></div>
${fHead('Personality', 'Personality')}
${ps(fPers)}
${fHead('Abilities', 'Abilities')}
<ul>${fAbil.map((a) => `<li>${a}</li>`).join('\n')}</ul>
${fHead('Trivia', 'Trivia')}
<ul>${fTrivia.map((a) => `<li>${a}</li>`).join('\n')}</ul>
</div></div>
<div class="printfooter">Retrieved from "https://saltreach.fandom.com/wiki/Isolde_Brakk?oldid=20871"</div></div>
<div id="articleComments" class="article-comments"><h2 class="article-comments__header">2 comments</h2><ul class="comments-list">
${fComments
  .map(
    (c, i) => `<li class="Comment_wrapper"><div class="EntityHeader_header-details"><a class="EntityHeader_name" href="/wiki/User:u${i}">
${['Tidewatcher88', 'Kelpie_Nine'][i]}</a><span class="EntityHeader_timestamp">${['3 days ago', '2 days ago'][i]}</span></div>
<div class="Comment_body"><p>${c}</p></div></li>`,
  )
  .join('\n')}</ul></div>
<div class="license-description">Community content is available under <a href="https://www.fandom.com/licensing">CC-BY-SA</a> unless otherwise noted.</div>
</main><aside class="page__right-rail"><div id="WikiaRail"><section class="rail-module popular-pages"><h2 class="rail-module__header">Popular pages</h2>
<ul>${links(fPopular)}</ul></section><div class="ad-slot-placeholder top-boxad"><span class="ad-label">Advertisement</span></div></div></aside></div></div>
<footer class="global-footer"><div class="global-footer__content"><h3 class="global-footer__section-header">Overview</h3>
<ul>${links(fFoot, 'global-footer__link')}</ul><h3 class="global-footer__section-header">Fandom Apps</h3>
<p class="global-footer__section-description">Take your favorite fandoms with you and never miss a beat.</p>
<div class="global-footer__bottom">Saltreach Wiki is a FANDOM Games Community.</div></div></footer></div>
<div class="_2O--J403t2VqCuF8XJAZLK" data-tracking-opt-in-overlay="true"><div class="_1xiO1ozh1ovvZ7yTWU6kx5"><div class="_3Fbwh45uZIBSG6oa6OGIxI">
We Care About Your Privacy</div><div class="_38JUFeYusxJRKq0-FXLoFX">We and our partners use cookies and similar technologies to personalise content and
ads.</div>
<div class="_3hPm5A4WZXdGy-uMz9Y2Yb" data-tracking-opt-in-accept="true">ACCEPT</div><div data-tracking-opt-in-learn-more="true">LEARN MORE</div></div></div>
<script>window.RLQ=window.RLQ||[];RLQ.push(function(){mw.loader.load("ext.fandom.ArticleComments.js");});</script></body></html>`;
export const fandom: TestPage = {
  name: 'heldout257-fandom-character-wiki',
  kind: 'wiki',
  html: fHtml,
  title: fTitle,
  headings: ['Biography', 'Early life', 'The Drowned Coast', 'Personality', 'Abilities', 'Trivia'],
  body: texts([fQuote, ...fIntro, ...fEarly, ...fCoast, ...fPers, ...fAbil, ...fTrivia]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fGlobal, 'Sign In', 'Register', 'Advertisement', 'Saltreach Wiki', '1,942 pages', 'Explore', ...fExplore, ...fCats, 'Edit', 'Comments',
    'Captain Brakk', 'Concept art for Act II', ...fInfo, '— Isolde, to the harbourmaster', 'edit',
    'Retrieved from "https://saltreach.fandom.com/wiki/Isolde_Brakk?oldid=20871"', '2 comments', ...fComments, 'Tidewatcher88', 'Kelpie_Nine',
    '3 days ago', '2 days ago', 'Community content is available under CC-BY-SA unless otherwise noted.', 'Popular pages', ...fPopular, 'Overview',
    ...fFoot, 'Fandom Apps', 'Take your favorite fandoms with you and never miss a beat.', 'Saltreach Wiki is a FANDOM Games Community.',
    'We Care About Your Privacy', 'We and our partners use cookies and similar technologies to personalise content and ads.', 'ACCEPT', 'LEARN MORE',
  ],
};
