import { links, ps, type TestPage, texts } from './page-kit.js';
import { findlawArticle } from './pages-heldout195-a2.js';

/**
 * Held-out batch 195, file a: a Cornell LII Wex entry (Drupal theme: the LII banner with the donation prompt, search form,
 * the main menu, the Wex breadcrumb, the h1, the definition with its sections and "Further reading" links, the "[Last reviewed
 * ...]" line, the Wex toolbox sidebar with an ad slot, the footer) and, from file a2, a FindLaw consumer article.
 */
const wxTitle = 'prescriptive easement';
const wxP1 = [
  'A prescriptive easement is a right to use another person’s land for a limited purpose, such as crossing it to reach a road, ' +
    'that arises from long and open use rather than from a grant or a contract. Unlike <a href="/wex/adverse_possession">adverse possession</a>, ' +
    'which can transfer ownership of the land itself, a prescriptive easement gives the user only a right of use, and the owner keeps title.',
  'Most states recognize the doctrine by statute or by common law, and courts describe it as a way of bringing the legal record into line ' +
    'with a use that everyone has treated as settled for many years.',
];
const wxH1 = 'Elements';
const wxP2 = ['Although the wording differs between jurisdictions, a claimant usually must show that the use was:'];
const wxList = [
  '<strong>Open and notorious</strong>, so that a reasonably attentive owner would have known of it;',
  '<strong>Continuous and uninterrupted</strong> for the full statutory period, though the use need not be daily if it matches the way such land is ' +
    'normally used;',
  '<strong>Hostile</strong>, meaning without the owner’s permission; and',
  '<strong>Actual</strong>, confined to a definite route or area rather than wandering across the property.',
];
const wxP3 = [
  'Exclusivity, which is an element of adverse possession, is generally not required. Several neighbors may each acquire a prescriptive ' +
    'easement over the same driveway.',
];
const wxH2 = 'Permission and the hostility requirement';
const wxP4 = [
  'Permission defeats a claim. If the owner allowed the use, even informally, the use is not hostile, and the period does not run while the ' +
    'permission lasts. Some courts presume permission where the land is open, unenclosed and used by the public generally; others presume ' +
    'hostility once the claimant proves long, open use, and put the burden on the owner to show that permission was given.',
  'An owner who wants to prevent a prescriptive easement may therefore grant written permission, post signs, or close the route for a day ' +
    'each year, although the effect of each of these steps depends on state law.',
];
const wxH3 = 'Scope of the easement';
const wxP5 = [
  'The easement is limited to the kind of use that created it. A footpath used for twenty years does not become a right to drive trucks across ' +
    'the land, and courts will not enlarge the burden on the owner beyond the pattern of historic use. Reasonable changes in the degree of use, ' +
    'such as more frequent trips by the same kind of vehicle, are usually allowed.',
];
const wxH4 = 'Further reading';
const wxP6 = ['For more on prescriptive easements, see this <em>Ridgeway Property Law Journal</em> note and this overview of servitudes by state.'];
const wxReviewed = '[Last reviewed in February of 2025 by the Wex Definitions Team]';
const wxNav = ['About LII', 'Get the law', 'Lawyer directory', 'Legal encyclopedia', 'Help out'];
const wxCrumbs = ['LII', 'Wex', 'P', 'prescriptive easement'];
const wxTools = ['Wex Toolbox', 'Wex articles by topic', 'Wex definitions by letter', 'About Wex', 'Suggest a correction', 'Find a lawyer'];
const wxTopics = ['property & real estate', 'land use', 'wex definitions'];
const wxFoot = ['Accessibility', 'About LII', 'Contact us', 'Advertise here', 'Help', 'Terms of use', 'Privacy'];
const wxDonate = 'Help the LII keep the law free for everyone. Please donate today.';
const wxHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ og: http://ogp.me/ns#"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>prescriptive easement | Wex | US Law | LII / Legal Information Institute</title>
<meta name="description" content="A prescriptive easement is a right to use another person's land for a limited purpose.">
<link rel="canonical" href="https://www.law.cornell.edu/wex/prescriptive_easement"><meta property="og:site_name" content="LII / Legal Information Institute">
<meta property="og:type" content="article"><meta property="og:title" content="prescriptive easement">
<meta name="twitter:card" content="summary"><meta name="twitter:site" content="@LIICornell">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"prescriptive easement",
"publisher":{"@type":"Organization","name":"LII / Legal Information Institute"},"dateModified":"2025-02-11"}]}</script>
<link rel="stylesheet" media="all" href="/core/themes/stable/css/system/components/ajax-progress.module.css?sm1x2k">
<link rel="stylesheet" media="all" href="/themes/custom/liizen/css/liizen.css?sm1x2k">
<script async src="https://www.googletagmanager.example/gtag/js?id=G-LIIWEX"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)}; gtag('js', new Date());</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="path-node page-node-type-wex-definition">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="donate-banner" class="lii-banner"><p>${wxDonate} <a class="btn" href="/donate">Donate</a></p></div>
<header id="header" role="banner"><div class="container"><a id="logo" href="/" title="LII / Legal Information Institute" rel="home">
<img src="/sites/default/files/lii-logo.svg" alt="Cornell Law School Legal Information Institute"></a>
<form class="search-form" action="/search/site" method="get" role="search"><label for="edit-keys" class="visually-hidden">Search</label>
<input type="search" id="edit-keys" name="keys" placeholder="Search"><button type="submit" class="btn-search">Search</button></form>
<nav role="navigation" aria-labelledby="block-liizen-main-menu-menu" id="block-liizen-main-menu">
<h2 class="visually-hidden" id="block-liizen-main-menu-menu">Main navigation</h2>
<ul class="menu menu--main nav navbar-nav">${links(wxNav, 'menu-item menu-item--expanded')}</ul></nav></div></header>
<div id="breadcrumb-wrap"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2>
<ol>${wxCrumbs.map((c, i) => (i < 3 ? `<li><a href="/${c.toLowerCase()}">${c}</a></li>` : `<li>${c}</li>`)).join('\n')}</ol></nav></div>
<main id="main" role="main"><a id="main-content" tabindex="-1"></a><div class="container"><div class="row">
<div class="col-md-8 main-col"><div data-drupal-messages-fallback class="hidden"></div>
<article role="article" about="/wex/prescriptive_easement" class="node node--type-wex-definition node--view-mode-full">
<h1 class="title"><span class="field field--name-title field--type-string">${wxTitle}</span></h1>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(wxP1)}
<h2>${wxH1}</h2>
${ps(wxP2)}
<ul>${wxList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(wxP3)}
<h2>${wxH2}</h2>
${ps(wxP4)}
<h2>${wxH3}</h2>
${ps(wxP5)}
<h2>${wxH4}</h2>
${ps(wxP6)}
<p>${wxReviewed}</p>
</div>
<div class="field field--name-field-wex-topics field--label-above"><div class="field__label">Wex topics</div>
<div class="field__items">${wxTopics
  .map((t) => `<div class="field__item"><a href="/wex/category/${t}" hreflang="en">${t.replace(/&/g, '&amp;')}</a></div>`)
  .join('')}</div></div>
</div></article></div>
<aside class="col-md-4 sidebar" role="complementary"><div class="block block-lii-wex-toolbox"><h2>${wxTools[0]}</h2>
<ul>${links(wxTools.slice(1))}</ul></div>
<div class="block block-dfp ad-slot" id="div-gpt-ad-wex-right"><span class="ad-label">Advertisement</span>
<script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-wex-right')})</script></div></aside></div></div></main>
<footer id="footer" role="contentinfo"><div class="container"><ul class="footer-menu">${links(wxFoot)}</ul>
<p class="footer-copy">LII / Legal Information Institute, Cornell Law School, Myron Taylor Hall, Ithaca, NY 14853</p></div></footer></div>
<script src="/themes/custom/liizen/js/liizen.js?v=10.2.4"></script></body></html>`;
const wex: TestPage = {
  html: wxHtml,
  name: 'heldout195-cornell-lii-wex-entry',
  kind: 'wiki',
  // the "[Last reviewed ...]" line is a byline; "Wex topics" links, the toolbox and the donation banner are furniture
  title: wxTitle,
  headings: [wxH1, wxH2, wxH3, wxH4],
  body: texts([...wxP1, ...wxP2, ...wxList, ...wxP3, ...wxP4, ...wxP5, ...wxP6]),
  bylines: [wxReviewed],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', wxDonate, 'Donate', 'Search', 'Main navigation', ...wxNav, 'Breadcrumb', 'LII', 'Wex', 'Wex topics',
    'property & real estate', 'land use', 'wex definitions', ...wxTools, 'Advertisement', 'Accessibility', 'Contact us', 'Advertise here', 'Help',
    'Terms of use', 'Privacy', 'LII / Legal Information Institute, Cornell Law School, Myron Taylor Hall, Ithaca, NY 14853',
  ],
};

export const HELDOUT195_A: readonly TestPage[] = [wex, findlawArticle];
