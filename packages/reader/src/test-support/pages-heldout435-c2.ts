import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout435-kit.js';

/**
 * Held-out batch 435, file c2: an amateur radio society's meeting report on Joomla 5 with the Cassiopeia template
 * (brand and description, main menu, "You are here" breadcrumbs, the article-info `dl` with Details / Written by /
 * Category / Published / Hits, tags, a figure with caption, previous / next page navigation, right sidebar modules with
 * nets and latest articles, footer module, back-to-top link).
 */
const rTitle = 'October Meeting: Building a Magnetic Loop for the Garden';
const rHeads = ['Why a loop?', 'The build', 'Questions from the floor', 'Next month'];
const rP1 = [
  j(
    'Thirty-four members and two visitors braved the first autumn gale to hear Gwen Pascoe, G4XQB, describe the small',
    'transmitting loop she built last winter for a terraced house with a garden barely longer than a car.',
  ),
];
const rP2 = [
  j(
    'Gwen began by explaining her problem, which many in the room recognised. A half-wave dipole for 40 metres needs about',
    'twenty metres of wire, and she had nine metres of garden, two sets of neighbours and a landlord who had views on',
    'masts. A magnetic loop, she said, trades efficiency and bandwidth for a very small footprint and low noise pick-up.',
  ),
  j(
    'She was honest about the compromises. On 40 metres her loop is perhaps a third as efficient as a full-size dipole,',
    'and it has to be retuned every few kilohertz. On 20 metres, on the other hand, it performs almost as well as the',
    'club&rsquo;s rooftop beam for European contacts.',
  ),
];
const rP3 = ['The loop itself is a 1.2 metre circle of 22mm copper pipe, joined with plumbing elbows and soldered. The main parts are:'];
const rList = [
  'A vacuum variable capacitor, bought second hand at the Coldhurst rally for less than the price of a new rig&rsquo;s microphone',
  'A small coupling loop made from a length of coaxial cable, mounted at the top of the main loop',
  'A stepper motor and a microcontroller so that the capacitor can be tuned from the shack',
  'A weatherproof box made from a kitchen food container and a great deal of self-amalgamating tape',
];
const rP4 = [
  j(
    'Gwen stressed that the voltage across the capacitor can reach several kilovolts even at 50 watts, and that the loop',
    'must be mounted well away from where people or pets can touch it. Her own sits on a fence post at the bottom of the',
    'garden, two metres off the ground.',
  ),
];
const rP5 = [
  j(
    'Members asked about the capacitor, the tuning software and whether the loop could be used on 80 metres. Gwen thought',
    'not without a much larger capacitor, and suggested that anyone who wanted 80 metres in a small garden should look at',
    'a loaded vertical instead. Several people asked for her tuning code, which she has promised to share on the',
    'society&rsquo;s repository.',
  ),
  j('The chairman thanked Gwen for an entertaining and practical evening, and the raffle raised £46 for the repeater fund.'),
];
const rP6 = [
  j(
    'The November meeting is the annual construction contest. Bring anything you have built this year, finished or not;',
    'the judges are kind and the prize is a soldering station donated by a member.',
  ),
];
const rNav = ['Home', 'About the Society', 'Meetings', 'Training', 'Repeaters', 'Contact'];
const rNets = ['Sunday 10:30, 145.550 MHz FM', 'Tuesday 20:00, 3.725 MHz SSB', 'Thursday 19:30, GB3HX repeater'];
const rLatest = ['Foundation course dates for the spring', 'GB3HX repeater back on air after mast repair', rTitle];
const jHtml = `<!DOCTYPE html>
<html lang="en-gb" dir="ltr"><head><meta charset="utf-8"><meta name="author" content="Tomasz Rennick"><meta name="viewport"
content="width=device-width, initial-scale=1"><meta name="description" content="Monthly meeting report of the Hexley Amateur Radio Society.">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>${rTitle} - Hexley Amateur Radio Society</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?c4e1f2" rel="stylesheet"><link href="/media/system/css/joomla-fontawesome.min.css"
rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Error","MESSAGE":"Message"},"system.paths":{"root":"",
"base":""}}</script>
<script src="/media/templates/site/cassiopeia/js/template.min.js?c4e1f2" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization",
"@id":"https://hexleyars.example/#/schema/Organization/base",
"name":"Hexley Amateur Radio Society"},{"@type":"Article","headline":"${rTitle}","datePublished":"2025-10-14T18:20:00+00:00",
"author":{"@type":"Person","name":"Tomasz Rennick"},"articleSection":"Meeting Reports"}]}</script></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-118 has-sidebar-right">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span
title="Hexley Amateur Radio Society">Hexley Amateur Radio Society</span></a><div class="site-description">Radio amateurs in Hexley and the Vale since
1952</div></div></div>
<div class="grid-child container-nav"><nav class="navbar navbar-expand-md" aria-label="Main Menu"><button class="navbar-toggler navbar-toggler-right"
type="button" aria-label="Toggle Navigation"><span class="icon-menu" aria-hidden="true"></span></button><div class="collapse navbar-collapse" id="navbar1">
<ul class="mod-menu mod-list nav ">${links(rNav, 'nav-item')}</ul></div></nav></div></header>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs
breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">You are here: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/"
class="pathway"><span>Home</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/meetings" class="pathway"><span>Meetings</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item active"><span>October Meeting</span></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="en-GB">
<div class="page-header"><h1 itemprop="headline">${rTitle}</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope
itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Tomasz Rennick</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/meetings/reports" itemprop="genre">Meeting
Reports</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2025-10-14T18:20:00+00:00"
itemprop="datePublished">Published: 14 October 2025</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta
itemprop="interactionCount" content="UserPageVisits:287">Hits: 287</dd></dl>
<ul class="tags list-inline"><li class="list-inline-item tag-4 tag-list0" itemprop="keywords"><a href="/tags/antennas"
class="btn btn-sm btn-info">Antennas</a></li>
<li class="list-inline-item tag-9 tag-list1" itemprop="keywords"><a href="/tags/hf" class="btn btn-sm btn-info">HF Operating</a></li></ul>
<div itemprop="articleBody" class="com-content-article__body">
${ps(rP1)}
<figure class="figure"><img src="/images/2025/loop.jpg" alt="A copper loop on a fence post" class="figure-img img-fluid" width="800" height="533">
<figcaption class="figure-caption">Gwen&rsquo;s loop on its fence post. Photo: T. Rennick</figcaption></figure>
<h2>${rHeads[0]}</h2>
${ps(rP2)}
<h2>${rHeads[1]}</h2>
${ps(rP3)}
<ul>${rList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(rP4)}
<h2>${rHeads[2]}</h2>
${ps(rP5)}
<h2>${rHeads[3]}</h2>
${ps(rP6)}
</div>
<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous"
href="/meetings/reports/sept"
rel="prev"><span class="visually-hidden">Previous article: September Meeting: Satellites on a Shoestring</span><span class="icon-chevron-left"
aria-hidden="true"></span> <span aria-hidden="true">Prev</span></a><a class="btn btn-sm btn-secondary next" href="/meetings/reports/nov" rel="next"><span
class="visually-hidden">Next article: November Meeting: Construction Contest</span><span aria-hidden="true">Next</span> <span class="icon-chevron-right"
aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card "><h3 class="card-header ">Weekly Nets</h3><div class="card-body">
<ul class="mod-list">${rNets.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">Latest Articles</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">
${links(rLatest)}</ul></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>Hexley Amateur Radio Society · Club call
G3HXR · Affiliated to the national radio society</p><p>Meetings: second Tuesday, 7.30pm, Hexley Community Centre</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
</body></html>`;
export const radio: TestPage = {
  name: 'heldout435-joomla-cassiopeia-news',
  kind: 'news',
  html: jHtml,
  title: rTitle,
  headings: rHeads,
  body: texts([...rP1, ...rP2, ...rP3, ...rList, ...rP4, ...rP5, ...rP6]),
  bylines: ['Written by: Tomasz Rennick', 'Published: 14 October 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Hexley Amateur Radio Society', 'Radio amateurs in Hexley and the Vale since 1952', ...rNav, 'You are here:', 'October Meeting', 'Details',
    'Category: Meeting Reports', 'Hits: 287', 'Antennas', 'HF Operating', 'Gwen’s loop on its fence post. Photo: T. Rennick',
    'Previous article: September Meeting: Satellites on a Shoestring', 'Prev', 'Next article: November Meeting: Construction Contest', 'Next',
    'Weekly Nets', ...rNets, 'Latest Articles',
    ...rLatest.slice(0, 2), 'Hexley Amateur Radio Society · Club call G3HXR · Affiliated to the national radio society',
    'Meetings: second Tuesday, 7.30pm, Hexley Community Centre',
  ],
};
