import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, except, j } from './pages-heldout624-kit.js';

/**
 * Held-out batch 624, file c: a charcuterie maker's journal post on Ghost (Casper theme) with a member sign-up box and read-more
 * cards, and a wiki article on cold smoking on a MediaWiki site (Vector 2022 skin) with infobox, references and categories.
 */
const gTitle = 'Why Our Fennel Salami Takes Nine Weeks';
const gDek = 'A batch diary from the drying room, and the three things that went wrong before we got it right.';
const gBody = [
  j(
    'People ask why a finocchiona from our cellar costs twice what a supermarket one does. The short answer is time. A commercial',
    'salami is often fermented fast with added sugar and dried in a tunnel in under three weeks. Ours spends nine weeks hanging in a',
    'room that we check twice a day.',
  ),
  'Week one: fermentation',
  j(
    'We grind shoulder and back fat from two Tamworth pigs, season with salt, black pepper, fennel pollen and a little red wine,',
    'and add a starter culture. The sausages then sit at 22°C and high humidity for three days. The culture drops the pH below 5.3,',
    'which gives the salami its tang and makes it safe to dry slowly.',
  ),
  'Weeks two to nine: drying',
  j(
    'The room is held at 13°C and 78% humidity, falling to 72% towards the end. A good salami loses water evenly from the centre to',
    'the casing. If the outside dries too fast it forms a hard ring, known as case hardening, and traps moisture inside.',
  ),
  'Our first winter, we case-hardened a whole batch because a heater fan blew straight onto the rack.',
  j(
    'We weigh five marked sausages every Monday. When they have lost 35% of their starting weight, the batch is ready. That has',
    'taken between 58 and 66 days, depending on the weather outside and how full the room is.',
  ),
  'What went wrong along the way',
  j(
    'Apart from the case hardening, we have had a batch of black mould after a power cut, and a batch that tasted of nothing',
    'because we toasted the fennel seed too hard and then ground it too early. Both went in the bin. Nine weeks is a long time to',
    'wait for a failure, which is why we now keep a written log of every batch.',
  ),
  j('The next batch comes down from the racks in the first week of April. Members of the Cellar Club get first pick, as always.'),
];
const gNav = ['Home', 'Shop', 'Journal', 'Cellar Club', 'About'];
const gCards = [
  ['Nduja, Slowly', 'How we make a spreadable salami with Calabrian chillies grown in a Devon polytunnel.', 'Jan 20, 2027', '4 min read'],
  ['Choosing Pigs for Curing', 'Fat quality matters more than breed. Here is what we look for at the farm.', 'Dec 9, 2026', '6 min read'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=9ad2f1"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://coombecellar.com/why-fennel-salami-takes-nine-weeks/"><meta property="og:site_name" content="Coombe Cellar Salumi">
<meta property="article:published_time" content="2027-02-11T09:30:00.000Z"><meta property="article:tag" content="Salami">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Coombe Cellar Salumi"},
"author":{"@type":"Person","name":"Lotte Penhallow"},"headline":"${gTitle}","datePublished":"2027-02-11T09:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://coombecellar.com/" data-key="4f1b2c" data-api="https://coombecellar.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-salami tag-journal is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://coombecellar.com">
Coombe Cellar Salumi</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg"
fill="none"
viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn"
aria-label="Search this site"
data-ghost-search></button><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-salami tag-journal featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/salami/">Salami</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17" fill="none"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/lotte/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2026/05/lotte.jpg"
alt="Lotte Penhallow"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/lotte/">Lotte Penhallow</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2027-02-11">Feb 11, 2027</time><span class="byline-reading-time"><span class="bull">&bull;</span>
5 min read</span></div>
</div></section></div><figure class="article-image"><img
srcset="/content/images/size/w300/2027/02/racks.jpg 300w, /content/images/size/w600/2027/02/racks.jpg 600w"
sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2027/02/racks.jpg" alt="Salami hanging in the drying room">
<figcaption><span style="white-space: pre-wrap;">Batch 41 in its sixth week.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps([at(gBody, 0)])}
<h2 id="week-one-fermentation">${at(gBody, 1)}</h2>${ps([at(gBody, 2)])}
<h2 id="weeks-two-to-nine-drying">${at(gBody, 3)}</h2>${ps([at(gBody, 4)])}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${at(gBody, 5)}</div></div>
${ps([at(gBody, 6)])}
<h2 id="what-went-wrong-along-the-way">${at(gBody, 7)}</h2>${ps(gBody.slice(8, 10))}
<div class="kg-card kg-button-card kg-align-center"><a href="https://coombecellar.com/shop/finocchiona/" class="kg-btn kg-btn-accent">Pre-order the April
batch</a></div>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${gCards
  .map(
    ([t, e, d, l]) =>
      `<article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/content/images/x.jpg"
alt="${t}" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2
class="post-card-title">
${t}</h2></header><div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date">${d}</time>
<span class="post-card-meta-length">${l}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://coombecellar.com">Coombe Cellar Salumi</a> &copy;
2027</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Stockists', 'Contact'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=9ad2f1"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout624-ghost-fennel-salami',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 1), at(gBody, 3), at(gBody, 7)],
  body: [gDek, ...except(gBody, [1, 3, 7])],
  bylines: ['Lotte Penhallow', 'Feb 11, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Coombe Cellar Salumi', ...gNav.filter((t) => t !== 'Cellar Club'), 'Sign in', 'Subscribe', 'Featured', '• 5 min read',
    'Batch 41 in its sixth week.', 'Pre-order the April batch', 'Sign up for more like this.', 'Enter your email', ...gCards.flat(),
    'Coombe Cellar Salumi © 2027', 'Sign up', 'Stockists', 'Contact', 'Powered by Ghost',
  ],
};

const mTitle = 'Cold smoking';
/** Paragraphs with `{n}` where a reference marker sits; the gold drops the markers. */
const mRaw = [
  j(
    '<b>Cold smoking</b> is the flavouring of food with wood smoke at temperatures low enough that the food does not cook, usually',
    'below 30 °C. It is used for fish such as salmon and haddock, for bacon and some sausages, and for cheese.{1}',
  ),
  'Because the food is not cooked, cold smoking is almost always done after the food has been cured or salted.',
  'Process',
  j(
    'The smoke is produced in a firebox or by a smouldering generator and led to the smoking chamber through a pipe or tunnel, so that',
    'it has cooled before it reaches the food. Home smokers often use a <a href="/wiki/Maze_generator">maze generator</a>, a metal tray',
    'in which sawdust burns slowly along a channel for eight to twelve hours.',
  ),
  j(
    'Times range from a few hours for cheese to several days, with breaks, for traditional salmon and hams. Many smokehouses smoke',
    'in sessions and let the food rest overnight so that the smoke flavour spreads evenly.{2}',
  ),
  'Safety',
  j(
    'Cold smoking does not kill bacteria, and the temperature range used is the range in which many bacteria grow. Safety depends on',
    'the cure, on keeping the chamber cold, and on drying the surface of the food before smoking. Fish for cold smoking is usually',
    'frozen first to kill parasites.{3}',
  ),
  'Woods',
  j(
    'Oak and beech are the most common woods in Europe. Alder is traditional for fish in Scandinavia and the Pacific Northwest,',
    'and fruit woods such as apple and cherry give a milder smoke. Resinous softwoods are avoided because they give a bitter taste.',
  ),
];
const mNotes = [
  'Harlan, P. (2019). The Smokehouse Handbook. Fenwick Press. p. 14.',
  'Ostrowski, M. (2021). "Rest periods in traditional salmon smoking". Journal of Artisan Food 7 (2): 33–41.',
  'Coastal Food Standards Board (2024). Guidance on smoked fish for small producers.',
];
const mBody = mRaw.map((p) => p.replace(/\{\d\}/g, ''));
const mRef = j(
  '<sup id="cite_ref-$1" class="reference"><a href="#cite_note-$1"><span class="cite-bracket">[</span>$1<span',
  'class="cite-bracket">]</span></a></sup>',
);
const mHtmlPara = (p: string): string => `<p>${p.replace(/\{(\d)\}/g, mRef)}\n</p>`;
const mH2 = (t: string): string =>
  `<div class="mw-heading mw-heading2"><h2 id="${t}">${t}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[
</span><a href="/index.php?title=Cold_smoking&amp;action=edit&amp;section=1" title="Edit section: ${t}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span>
</span></div>`;
const mSide = ['Main page', 'Recent changes', 'Random page', 'Curing', 'Smoking', 'Help'];
const mFoot = ['Privacy policy', 'About CureWiki', 'Disclaimers', 'Mobile view'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-pinned-clientpref-1" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - CureWiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Cold_smoking","wgTitle":"Cold smoking",
"wgNamespaceNumber":0,"wgAction":"view","wgCategories":["Smoking","Fish"]};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<link rel="canonical" href="https://curewiki.org/wiki/Cold_smoking"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr
mw-hide-empty-elt ns-0 ns-subject page-Cold_smoking rootpage-Cold_smoking skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only"
aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu mw-ui-icon-wikimedia-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu-unpinned-container" class="vector-unpinned-container"><div id="vector-main-menu"
class="vector-main-menu">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-content"><ul class="vector-menu-content-list">
${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">CureWiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box-show-thumbnail">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button search-toggle" title="Search CureWiki [f]" accesskey="f"><span class="vector-icon
mw-ui-icon-search"></span><span>Search</span></a>
<div class="vector-typeahead-search-container"><form action="/index.php" id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search CureWiki" aria-label="Search CureWiki"></form></div></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">
<li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:CreateAccount"><span>Create
account</span></a></li>
<li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/index.php?title=Special:UserLogin"><span>Log in</span></a></li></ul></div></nav>
</div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container"></div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc-pinned-container"
class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>
${['Process', 'Safety', 'Woods', 'References']
  .map(
    (t) =>
      `<li id="toc-${t}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${t}">
<div class="vector-toc-text"><span
class="vector-toc-numb">${t === 'Process' ? 1 : t === 'Safety' ? 2 : t === 'Woods' ? 3 : 4}</span><span>${t}</span></div></a></li>`,
  )
  .join('\n')}
</ul></div></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading
mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a
href="/wiki/Cold_smoking"
title="View the content page [c]" accesskey="c"><span>Page</span></a></li><li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/wiki/Talk:Cold_smoking"
rel="discussion"><span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul class="vector-menu-content-list"><li id="ca-view"
class="selected mw-list-item">
<a href="/wiki/Cold_smoking"><span>Read</span></a></li><li id="ca-edit" class="mw-list-item"><a
href="/index.php?title=Cold_smoking&amp;action=edit"><span>Edit</span>
</a></li><li id="ca-history" class="mw-list-item"><a href="/index.php?title=Cold_smoking&amp;action=history"><span>View
history</span></a></li></ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content"><div id="siteSub"
class="noprint">From CureWiki, the charcuterie wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><caption class="infobox-title">${mTitle}</caption><tbody><tr><th scope="row" class="infobox-label">Temperature</th><td
class="infobox-data">
below 30 °C</td></tr><tr><th scope="row" class="infobox-label">Typical duration</th><td class="infobox-data">6 hours to 10 days</td></tr><tr><th scope="row"
class="infobox-label">Common woods</th><td class="infobox-data">oak, beech, alder</td></tr></tbody></table>
${mRaw.slice(0, 2).map(mHtmlPara).join('\n')}
${mH2(at(mRaw, 2))}${mRaw.slice(3, 5).map(mHtmlPara).join('\n')}
${mH2(at(mRaw, 5))}${mHtmlPara(at(mRaw, 6))}
${mH2(at(mRaw, 7))}${mHtmlPara(at(mRaw, 8))}
${mH2('References')}<div class="mw-references-wrap"><ol class="references">
${mNotes
  .map(
    (n, i) =>
      `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">${n}
</span></li>`,
  )
  .join('\n')}</ol></div>
</div></div><div class="printfooter">Retrieved from
"<a dir="ltr"
href="https://curewiki.org/index.php?title=Cold_smoking&amp;oldid=4471">https://curewiki.org/index.php?title=Cold_smoking&amp;oldid=4471</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Smoking">Smoking</a></li><li>
<a href="/wiki/Category:Fish">Fish</a></li></ul></div></div></div></main></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 9 January 2027,
at 14:22.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>
unless otherwise noted.</li></ul>
<ul id="footer-places">${links(
  mFoot,
  'mw-list-item',
)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112,"wgPageParseReport":{"limitreport":{"cputime":"0.041"}}});});</script>
</body></html>`;
const wiki: TestPage = {
  name: 'heldout624-mediawiki-cold-smoking',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [at(mBody, 2), at(mBody, 5), at(mBody, 7)],
  body: texts(except(mBody, [2, 5, 7])),
  bylines: ['This page was last edited on 9 January 2027, at 14:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', ...mSide.filter((t) => t !== 'Smoking'), 'CureWiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)',
    'References', 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From CureWiki, the charcuterie wiki', 'Temperature', 'below 30 °C', 'Typical duration',
    '6 hours to 10 days', 'Common woods', 'oak, beech, alder', 'edit', ...mNotes,
    'Retrieved from "https://curewiki.org/index.php?title=Cold_smoking&oldid=4471"', 'Categories',
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT624_C: readonly TestPage[] = [ghost, wiki];
