import { links, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, tidy, trs } from './pages-heldout618-kit.js';

/**
 * Held-out batch 618, file f: a bridge club's beginners' course page built with Elementor (Hello theme) with an icon list,
 * a booking form and a CookieYes banner, and a croquet league results post on Hugo (PaperMod) with a results table.
 */
const eTitle = 'Learn Bridge: Beginners\u2019 Course 2026–27';
const eBody = [
  j(
    'Bridge is a card game for four players in two partnerships, and you can learn to play it in a winter. Our course for',
    'complete beginners starts on Monday 21 September and runs for twenty weeks, with a break at Christmas.',
  ),
  'What you will learn',
  'how the bidding works and how to open, respond and stop at the right level',
  'how to plan the play as declarer, and how to defend with your partner',
  'scoring, etiquette and how a duplicate evening runs',
  j(
    'Lessons are taught by Joan Ferrier and Mark Atwal, both English Bridge Union qualified teachers, and there is a supervised',
    'practice table after every lesson.',
  ),
  'Cost and times',
  j('Mondays 7pm to 9pm at the Orwell Room, Stoke Tye Village Hall. The course costs £120, including the textbook and', 'refreshments.'),
];
const eNav = ['Home', 'Play', 'Learn', 'Results', 'Members', 'Contact'];
const eForm = ['Name', 'Email', 'Do you have a partner?', 'Send'];
const widget = (type: string, inner: string): string => `<div class="elementor-element elementor-widget elementor-widget-${type}"
data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;
const eHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Learn Bridge &#8211; Stoke Tye Bridge Club</title><meta name="generator" content="Elementor 3.23.4; features: e_optimized_control_loading">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1">
<link rel="stylesheet" id="elementor-post-41-css" href="/wp-content/uploads/elementor/css/post-41.css?ver=1719912000">
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/5a6b7c8d/script.js"></script>
<style>.elementor-41 .elementor-element.elementor-element-3f2a1b{--display:flex}</style></head>
<body class="page-template-default page page-id-41 wp-embed-responsive hello-elementor-default
elementor-default elementor-kit-6 elementor-page elementor-page-41">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="site-header" class="site-header dynamic-header menu-dropdown-tablet"><div class="header-inner"><div class="site-branding show-title">
<div class="site-title show"><a href="/" title="Home" rel="home">Stoke Tye Bridge Club</a></div></div>
<nav class="site-navigation show" aria-label="Main menu"><ul id="menu-main" class="menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div class="site-navigation-toggle-holder show"><button class="site-navigation-toggle" aria-label="Menu"></button></div></div></header>
<main id="content" class="site-main post-41 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="41" class="elementor elementor-41" data-elementor-post-type="page">
<div class="elementor-element elementor-element-3f2a1b e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${widget('heading', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${widget('text-editor', `<p>${eBody[0]}</p>`)}
${widget('heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[1]}</h2>`)}
${widget(
  'icon-list',
  `<ul class="elementor-icon-list-items">${lis(
    eBody
      .slice(2, 5)
      .map(
        (t) =>
          `<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span>`,
      ),
    'elementor-icon-list-item',
  )}</ul>`,
)}
${widget('text-editor', `<p>${eBody[5]}</p>`)}
${widget('heading', `<h2 class="elementor-heading-title elementor-size-default">${eBody[6]}</h2>`)}
${widget('text-editor', `<p>${eBody[7]}</p>`)}
${widget(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="#book">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Book a place</span></span></a></div>`,
)}
</div></div>
<div class="elementor-element elementor-element-9c8d7e e-flex e-con-boxed e-con e-parent" id="book"><div class="e-con-inner">
${widget('heading', '<h3 class="elementor-heading-title elementor-size-default">Register your interest</h3>')}
${widget(
  'form',
  `<form class="elementor-form" method="post" name="Beginners"><div class="elementor-form-fields-wrapper elementor-labels-above">
${eForm
  .slice(0, 3)
  .map(
    (l, i) => `<div class="elementor-field-group elementor-column"><label for="form-field-f${i}" class="elementor-field-label">${l}</label>
<input type="text" name="form_fields[f${i}]" id="form-field-f${i}" class="elementor-field elementor-size-sm"></div>`,
  )
  .join('\n')}
<div class="elementor-field-group elementor-column e-form__buttons"><button type="submit" class="elementor-button elementor-size-sm">
<span class="elementor-button-text">${eForm[3]}</span></button></div></div></form>`,
)}
</div></div></div></div></main>
<footer id="site-footer" class="site-footer dynamic-footer"><div class="footer-inner"><div class="site-branding show-logo"></div>
<div class="copyright show"><p>All rights reserved</p></div></div></footer>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des"
data-cky-tag="description"><p>We use cookies to enhance your browsing experience and analyse our traffic. By clicking "Accept All", you consent to our use
of cookies.</p></div><div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" data-cky-tag="reject-button">Reject All</button><button class="cky-btn cky-btn-accept"
data-cky-tag="accept-button">Accept All</button>
</div></div></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.23.4" id="elementor-frontend-js"></script></body></html>`;
const elementorBridge: TestPage = tidy({
  name: 'heldout618-bridge-beginners-elementor',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [eBody[1] ?? '', eBody[6] ?? ''],
  body: eBody.filter((_, i) => i !== 1 && i !== 6),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Stoke Tye Bridge Club', ...eNav, 'Book a place', 'Register your interest', ...eForm, 'All rights reserved',
    'We value your privacy', j('We use cookies to enhance your browsing experience and analyse our traffic.',
    'By clicking "Accept All", you consent to our use of cookies.'),
    'Customise', 'Reject All', 'Accept All',
  ],
});

const hTitle = 'Inter-Club League: July Results';
const hDesc = 'Results from the third round of the Marchwood and District Golf Croquet League.';
const hIntro = j(
  'Thanks to everyone who sent in cards on time this month. All matches were best of seven singles and doubles games,',
  'played to seven points, and the home club provided the referee.',
);
const hD1 = [
  ['Hythe Green', '5', 'Denbury', '2'],
  ['Marchwood', '4', 'Colcot Abbey', '3'],
  ['Penshurst Vale', '6', 'Rowan Lodge', '1'],
];
const hD2 = [
  ['Denbury B', '3', 'Marchwood B', '4'],
  ['Hythe Green B', '7', 'Stourleigh', '0'],
];
const hNote = j(
  'The Colcot Abbey match went to the last hoop of the last game, and is the third 4–3 result in a row between these two',
  'clubs. Stourleigh conceded their match at Hythe Green after two players withdrew injured; they remain in the league.',
);
const hNext = 'Round four is due to be completed by Sunday 23 August. Please send cards to the results secretary within three days.';
const hMenu = ['Posts', 'Fixtures', 'Clubs', 'Handicaps', 'Search'];
const hHead = (id: string, t: string): string => `<h2 id="${id}">${t}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>`;
const hTable = (rows: readonly string[][]): string => `<table><thead><tr><th>Home</th><th></th><th>Away</th><th></th></tr></thead>
<tbody>${trs(rows)}</tbody></table>`;
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport"
content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow"><title>${hTitle} | Marchwood &amp; District Croquet League</title>
<meta name="description" content="${hDesc}"><meta name="author" content="Derek Nuttall"><link rel="canonical"
href="https://mdcroquet.org.uk/posts/2026-07-results/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.6a5f1e.css" integrity="sha256-al8e" rel="preload stylesheet" as="style">
<meta name="generator" content="Hugo 0.128.0"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"datePublished":"2026-07-20T00:00:00Z","author":[{"@type":"Person","name":"Derek Nuttall"}]}</script>
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://mdcroquet.org.uk/" accesskey="h"
title="Marchwood &amp; District Croquet League (Alt + H)">Marchwood
&amp; District Croquet League</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon"
xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1111.21 3 7 7 0 0021 12.79z"></path></svg></button></div></div>
<ul id="menu">${hMenu.map((t) => `<li><a href="/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="https://mdcroquet.org.uk/">Home</a>&nbsp;»&nbsp;<a
href="https://mdcroquet.org.uk/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${hTitle}</h1><div class="post-description">${hDesc}</div>
<div class="post-meta"><span title="2026-07-20 00:00:00 +0000 UTC">July 20, 2026</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Derek Nuttall</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
<li><a href="#division-one" aria-label="Division One">Division One</a></li><li><a href="#division-two" aria-label="Division Two">Division Two</a></li>
<li><a href="#notes" aria-label="Notes">Notes</a></li></ul></div></details></div>
<div class="post-content"><p>${hIntro}</p>
${hHead('division-one', 'Division One')}
${hTable(hD1)}
${hHead('division-two', 'Division Two')}
${hTable(hD2)}
${hHead('notes', 'Notes')}
<p>${hNote}</p>
<blockquote><p>${hNext}</p></blockquote></div>
<footer class="post-footer"><ul class="post-tags">${links(['league', 'results'])}</ul><nav class="paginav"><a class="prev" href="/posts/2026-07-handicaps/">
<span class="title">« Prev</span><br><span>Handicap changes from 1 July</span></a><a class="next" href="/posts/2026-06-results/">
<span class="title">Next »</span><br>
<span>Inter-Club League: June Results</span></a></nav></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://mdcroquet.org.uk/">Marchwood &amp; District Croquet League</a></span> · <span>Powered by
<a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer><a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.classList.toggle('dark')})</script></body></html>`;
const hugoCroquet: TestPage = tidy({
  name: 'heldout618-croquet-league-hugo',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['Division One', 'Division Two', 'Notes'],
  body: texts([hDesc, hIntro, ...hD1.map(rowText), ...hD2.map(rowText), hNote, hNext]),
  bylines: ['July 20, 2026 · 2 min · Derek Nuttall'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marchwood & District Croquet League', ...hMenu, 'Home', 'Table of Contents', 'league', 'results', '« Prev', 'Handicap changes from 1 July',
    'Next »', 'Inter-Club League: June Results', '© 2026 Marchwood & District Croquet League', 'Powered by Hugo & PaperMod',
  ],
});

export const HELDOUT618_F: readonly TestPage[] = [elementorBridge, hugoCroquet];
