import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis, rowTexts, trs } from './pages-heldout628-kit.js';

/**
 * Held-out batch 628, file e: a fleet windscreen company's blog post on HubSpot CMS (CTA, subscribe form, related posts,
 * HubSpot cookie banner), and a motorhome owners' wiki article on MediaWiki (Vector 2022) with a table.
 */
const hTitle = 'Five questions fleet managers ask about windscreen damage';
const hBody = [
  j(
    'Glass claims are the most frequent claim on most van fleets, and the cheapest to get right. These are the questions we hear',
    'most often from the people who run them.',
  ),
  'Does a chip really take a van off the road?',
  j(
    'Not if it is repaired quickly. A chip outside the driver\u2019s view can be repaired in the yard in half an hour. Left for a',
    'fortnight in winter, the same chip is likely to crack, and a replacement means a van off the road for half a day.',
  ),
  'Who pays, the fleet or the insurer?',
  j(
    'Most fleet policies waive the excess for repairs but not for replacements. Encouraging drivers to report chips the same day is',
    'the simplest way to keep glass costs down.',
  ),
  'What about vans with lane cameras?',
  'Every replacement on a camera-equipped van needs a recalibration, and the certificate should be kept with the vehicle records.',
  'How should drivers report damage?',
  'A photo with a coin beside the chip, the registration and the location is enough for us to decide whether to repair or replace.',
];
const hHeads = [1, 3, 5, 7];
const hNav = ['Solutions', 'Industries', 'Resources', 'About', 'Contact sales'];
const hRel = ['ADAS recalibration: a checklist for fleet operators', 'Winter driving and your windscreen'];
const hHtml = `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>${hTitle}</title>
<meta name="description" content="Answers on chips, excesses, cameras and reporting for fleet managers."><meta name="viewport"
content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><link rel="stylesheet"
href="/hs-fs/hub/2291847/hub_generated/template_assets/main.min.css">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.fleetglass.example/blog/five-questions-fleet-managers-ask">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Rhiannon Cole"}}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-158822019 hs-blog-post hs-blog-id-14902211">
<div data-global-resource-path="fleetglass-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="/"><img src="/hubfs/fleetglass-logo.svg"
alt="FleetGlass"></a></span></div><nav class="header__menu" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1')}
</ul></nav></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/rhiannon-cole">Rhiannon Cole</a>
<time datetime="2026-11-03 09:00:00"
class="blog-post__timestamp">November 3, 2026</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${ps([at(hBody, 0)])}<!--more-->
<h2>${at(hBody, 1)}</h2>${ps([at(hBody, 2)])}<h2>${at(hBody, 3)}</h2>${ps([at(hBody, 4)])}
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-7d1c"><span class="hs-cta-node hs-cta-7d1c" id="hs-cta-7d1c">
<a href="https://cta-redirect.hubspot.com/cta/redirect/2291847/7d1c"
class="cta_button">Download the fleet glass policy template</a></span></span></p>
<h2>${at(hBody, 5)}</h2>${ps([at(hBody, 6)])}<h2>${at(hBody, 7)}</h2>${ps([at(hBody, 8)])}</span></div>
<div class="blog-post__tags"><span>Topics: </span><a class="blog-post__tag-link" href="/blog/tag/fleet">Fleet</a><a class="blog-post__tag-link"
href="/blog/tag/insurance">Insurance</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">${hRel
  .map(
    (r) =>
      `<div class="blog-related-posts__post">
<h3 class="blog-related-posts__title"><a class="blog-related-posts__title-link" href="/blog/r">${r}</a></h3></div>`,
  )
  .join('')}</div></section>
<div class="blog-subscribe"><h3>Subscribe to the FleetGlass blog</h3><div class="hbspt-form"><form id="hsForm_4f1a" class="hs-form stacked"><div class="hs_email
hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-4f1a" for="email-4f1a"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-4f1a" name="email" required type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></div>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>FleetGlass Ltd, 14 Carrow Park, Norbridge NB3 8TF</p><p>© 2026 FleetGlass Ltd</p>
</div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="default">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve
your website experience.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="#"
id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cta/static-1.5/js/main.js"></script><script src="//js.hs-scripts.com/2291847.js" id="hs-script-loader" async defer></script>
</body></html>`;
const hubspot: TestPage = gold({
  name: 'heldout628-hubspot-fleet-glass',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => at(hBody, i)),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['Rhiannon Cole', 'November 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Download the fleet glass policy template', 'Topics:', 'Fleet', 'Insurance', 'Related posts', ...hRel,
    'Subscribe to the FleetGlass blog', 'Email*', 'FleetGlass Ltd, 14 Carrow Park, Norbridge NB3 8TF', '© 2026 FleetGlass Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
});

const mTitle = 'Leisure battery';
const mBody = [
  j(
    'A <b>leisure battery</b> is the 12-volt battery that powers the habitation side of a motorhome: lights, water pump, heating',
    'controls and sockets run through a 12V inverter. It is separate from the <a href="/wiki/Starter_battery" title="Starter battery">starter battery</a>',
    'so that the engine can always be started, however much power has been used overnight.',
  ),
  'Types',
  'Most motorhomes built before 2020 left the factory with a flooded lead-acid or AGM battery. Lithium iron phosphate batteries are now a common upgrade.',
  'Charging',
  j(
    'A leisure battery is charged by the vehicle alternator while driving, through a split-charge relay or a DC-DC charger, by the',
    'onboard mains charger when on a hook-up, and by solar panels where fitted.',
  ),
  'Lithium batteries need a charger profile set for lithium; a charger left on a lead-acid profile will not charge them fully.',
  'See also',
  '<a href="/wiki/Habitation_check" title="Habitation check">Habitation check</a>',
  '<a href="/wiki/Solar_panels" title="Solar panels">Solar panels</a>',
];
const mRows = [
  ['Flooded lead-acid', '50%', '300', 'Cheapest; needs topping up with distilled water'],
  ['AGM', '50%', '500', 'Sealed; tolerates cold well'],
  ['Lithium (LiFePO4)', '90%', '3,000', 'Light; needs a compatible charger'],
];
const mHeads = [1, 3, 6];
const mSec = (t: string): string => `<div class="mw-heading mw-heading2"><h2 id="${t.replace(/ /g, '_')}">${t}</h2><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span><a href="/index.php?title=Leisure_battery&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span>
</a><span
class="mw-editsection-bracket">]</span></span></div>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - MotorhomeWiki</title>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgPageName":"Leisure_battery","wgTitle":"Leisure battery","wgCurRevisionId":20914});});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Leisure_battery&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Leisure_battery rootpage-Leisure_battery
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span
class="mw-logo-container"><strong class="mw-logo-wordmark">MotorhomeWiki</strong></span></a></div><div class="vector-header-end"><div id="p-search"
role="search"
class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform" class="cdx-search-input"><input class="cdx-text-input__input"
type="search" name="search" placeholder="Search MotorhomeWiki" aria-label="Search MotorhomeWiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount">
<span>Create
account</span></a></li><li id="pt-login"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><nav id="mw-panel" class="vector-main-menu"
aria-label="Main menu"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">
<li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Special:RecentChanges">Recent changes</a></li><li><a href="/wiki/Special:Random">Random
page</a></li></ul></div></nav></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2>
</div><ul class="vector-toc-contents"><li class="vector-toc-list-item"><a href="#"><div class="vector-toc-text">(Top)</div></a></li>${mHeads
  .map(
    (i) => `<li class="vector-toc-list-item">
<a class="vector-toc-link" href="#s"><div class="vector-toc-text"><span class="vector-toc-numb">${mHeads.indexOf(i) + 1}</span>
<span>${at(mBody, i)}</span></div></a></li>`,
  )
  .join('')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li
class="selected"><a href="/wiki/Leisure_battery"><span>Page</span></a></li><li><a href="/wiki/Talk:Leisure_battery"><span>Discussion</span></a></li></ul>
</nav><nav
aria-label="Views"><ul><li class="selected"><a href="/wiki/Leisure_battery"><span>Read</span></a></li><li><a href="/index.php?action=edit"><span>Edit</span>
</a></li>
<li><a href="/index.php?action=history"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From MotorhomeWiki</div><div id="contentSub"><div id="mw-content-subtitle"></div>
</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">${ps([at(mBody, 0)])}
${mSec(at(mBody, 1))}${ps([at(mBody, 2)])}<table class="wikitable"><tbody><tr><th>Type</th><th>Usable capacity</th><th>Typical cycles</th><th>Notes</th></tr>
${trs(mRows)}</tbody></table>
${mSec(at(mBody, 3))}${ps(mBody.slice(4, 6))}${mSec(at(mBody, 6))}<ul>${lis(mBody.slice(7, 9))}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20261102181408 --></div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://motorhomewiki.example/index.php?title=Leisure_battery&amp;oldid=20914">
https://motorhomewiki.example/index.php?title=Leisure_battery&amp;oldid=20914</a>"</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul><li><a href="/wiki/Category:Electrics">Electrics</a></li><li><a href="/wiki/Category:Batteries">Batteries</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 2 November
2026, at 18:14.</li>
<li id="footer-info-copyright">Content is available under <a href="/wiki/MotorhomeWiki:Copyrights">Creative Commons Attribution-ShareAlike</a>
unless otherwise noted.</li></ul><ul id="footer-places"><li><a href="/wiki/MotorhomeWiki:Privacy_policy">Privacy policy</a></li><li><a
href="/wiki/MotorhomeWiki:About">About MotorhomeWiki</a></li><li><a href="/wiki/MotorhomeWiki:General_disclaimer">Disclaimers</a></li></ul></footer></div>
</div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = gold({
  name: 'heldout628-mediawiki-leisure-battery',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads.map((i) => at(mBody, i)),
  body: [...texts(mBody.slice(0, 1)), ...texts(mBody.slice(2, 3)), ...rowTexts(mRows), ...texts(mBody.filter((_, i) => i > 3 && i !== 6))],
  bylines: ['This page was last edited on 2 November 2026, at 18:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'MotorhomeWiki', 'Search', 'Create account', 'Log in', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Contents',
    '(Top)', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From MotorhomeWiki', 'edit', 'Categories:', 'Electrics', 'Batteries',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy', 'About MotorhomeWiki', 'Disclaimers',
  ],
});

export const HELDOUT628_E: readonly TestPage[] = [hubspot, mediawiki];
