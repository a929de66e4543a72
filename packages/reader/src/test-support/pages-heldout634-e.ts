import { type TestPage, texts } from './page-kit.js';
import { done, gold, j, type Sec, secsHtml } from './pages-heldout634-kit.js';

/** Held-out batch 634, file e: a children's entertainer's "how a party works" page built with Webflow. */
const wfTitle = 'How a Bubble &amp; Bounce party works';
const wfLead = 'From the first phone call to the last bubble, here is what happens when you book us. No surprises, just a lot of giggling.';
const wfSteps: { h: string; p: string }[] = [
  {
    h: '1. Tell us about your party',
    p: j(
      'Fill in the enquiry form or call Ollie. We will ask the birthday child’s name and age, how many children are coming, and',
      'whether your venue is indoors or out. You will have a quote and a list of free dates within a day.',
    ),
  },
  {
    h: '2. Pick your show',
    p: j(
      'Choose between the Bubble Show (ages 3–6), the Bounce Show with games and a parachute (ages 5–9) or both back to back.',
      'Tell us the birthday child’s favourite song and we will make sure it gets played.',
    ),
  },
  {
    h: '3. We arrive early',
    p: j(
      'Your entertainer arrives 30 minutes before the start to set up the sound system and bubble machines. All you need to do',
      'is point us to a power socket and clear the middle of the room.',
    ),
  },
  {
    h: '4. The party',
    p: j(
      'We run the whole thing: a welcome dance, games, the show, and a giant bubble for the birthday child to stand inside. You',
      'get to drink your tea while it is still hot.',
    ),
  },
  {
    h: '5. Home time',
    p: j(
      'We pack up in ten minutes and leave the room as we found it, apart from a little glitter. A photo of the giant bubble is',
      'emailed to you the same evening.',
    ),
  },
];
const wfNote = j(
  'All our entertainers are DBS-checked and carry public liability insurance of £5 million. Our bubble mix is made for',
  'children’s skin and will not stain carpets.',
);
const wfNav = ['Home', 'Shows', 'How it works', 'Prices', 'Contact'];
const wfHtml = `<!DOCTYPE html><!--  This site was created in Webflow. https://webflow.com  -->
<!--  Last Published: Tue Apr 08 2025 09:14:22 GMT+0000 (Coordinated Universal Time)  -->
<html data-wf-domain="www.bubbleandbounce.co.uk" data-wf-page="64f1c2d3e4a5b6c7d8e9f0a1" data-wf-site="64e0b1c2d3e4f5a6b7c8d9e0" lang="en">
<head><meta charset="utf-8"/><title>How it works | Bubble &amp; Bounce Parties</title>
<meta content="What happens when you book a Bubble &amp; Bounce party, step by step." name="description"/>
<meta content="How it works | Bubble &amp; Bounce Parties" property="og:title"/><meta property="og:type" content="website"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/>
<link href="https://assets-global.website-files.com/64e0b1c2d3e4f5a6b7c8d9e0/css/bubble-and-bounce.webflow.a1b2c3d4e.css" rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/64e0b1c2d3e4f5a6b7c8d9e0/64e0b1c2_favicon.png" rel="shortcut icon" type="image/x-icon"/></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/64e0b1c2d3e4f5a6b7c8d9e0/logo.svg"
loading="lazy" alt="Bubble &amp; Bounce" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu">
${wfNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link${t === 'How it works' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('\n')}
<a href="/contact" class="nav-button w-button">Check a date</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="container w-container"><h1 class="heading-xl">${wfTitle}</h1><p class="lead-paragraph">${wfLead}</p></div>
</section>
<section class="section-steps"><div class="container w-container"><div class="w-layout-grid steps-grid">
${wfSteps
  .map(
    (s, i) => `<div id="w-node-_${i}a1b2c3d-4e5f" class="step-card"><div class="step-icon">
<img src="https://assets-global.website-files.com/64e0b1c2d3e4f5a6b7c8d9e0/step-${i + 1}.svg" loading="lazy" alt=""/></div>
<h3 class="heading-card">${s.h}</h3><p class="paragraph-card">${s.p}</p></div>`,
  )
  .join('\n')}
</div><div class="note-box"><div class="w-richtext"><p>${wfNote}</p></div></div></div></section>
<section class="section-enquiry"><div class="container w-container"><h2 class="heading-l">Check a date</h2><div class="w-form">
<form id="wf-form-Enquiry" name="wf-form-Enquiry" data-name="Enquiry" method="get" class="enquiry-form" data-wf-page-id="64f1c2d3e4a5b6c7d8e9f0a1"
data-wf-element-id="a7b8c9d0-e1f2"><label for="name">Your name</label>
<input class="text-field w-input" maxlength="256" name="name" data-name="Name" type="text" id="name"/>
<label for="party-date">Party date</label>
<input class="text-field w-input" maxlength="256" name="party-date" data-name="Party Date" type="date" id="party-date"/>
<label for="email">Email address</label><input class="text-field w-input" maxlength="256" name="email" data-name="Email" type="email" id="email" required=""/>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Send enquiry"/></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Enquiry success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Enquiry failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div class="footer-brand">Bubble &amp; Bounce Parties</div>
<div class="footer-text">Kids’ party entertainers across Harlow Vale since 2016.</div><div class="footer-links">
<a href="/privacy" class="footer-link">Privacy</a><a href="/terms" class="footer-link">Booking terms</a>
<a href="https://instagram.com/bubbleandbounce" class="footer-link">Instagram</a>
</div></div><div class="footer-legal">© 2025 Bubble &amp; Bounce Parties Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64e0b1c2d3e4f5a6b7c8d9e0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/64e0b1c2d3e4f5a6b7c8d9e0/js/webflow.3c4d5e6f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = done({
  name: 'heldout634-party-steps-webflow',
  kind: 'docs',
  html: wfHtml,
  title: 'How a Bubble & Bounce party works',
  headings: wfSteps.map((s) => s.h),
  body: texts([wfLead, ...wfSteps.map((s) => s.p), wfNote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wfNav, 'Check a date', 'Your name', 'Party date', 'Email address', 'Bubble & Bounce Parties',
    'Kids’ party entertainers across Harlow Vale since 2016.',
    'Privacy', 'Booking terms', 'Instagram', '© 2025 Bubble & Bounce Parties Ltd',
  ],
});

const hTitle = 'Aerial rigging and equipment checks';
const hLead = 'How we inspect, log and retire the aerial equipment used in youth classes. Every coach who rigs must read this page once a term.';
const hSecs: Sec[] = [
  {
    h: 'Who may rig',
    b: [
      j(
        'Only coaches on the <a href="/handbook/people/riggers/">approved riggers list</a> may hang, adjust or take down aerial',
        'equipment. Volunteers and young leaders may help carry kit but must not attach anything to a rigging point.',
      ),
      'A second approved rigger checks every new set-up before the first child uses it, and both initial the log.',
    ],
  },
  {
    h: 'Daily checks',
    b: [
      'Before each session, the coach in charge checks:',
      {
        ul: [
          'that every carabiner is closed and locked, with the gate facing away from the load',
          'the slings and spansets for cuts, burns or stiff patches',
          'trapeze ropes for fraying at the thimbles and at the bar',
          'that crash mats cover the whole fall zone and are not split',
        ],
      },
      'Anything that fails a check is tagged with a red tag and taken out of use until the equipment lead has seen it.',
    ],
  },
  {
    h: 'Inspection schedule',
    b: [
      {
        t: {
          head: ['Item', 'Inspected by', 'How often', 'Retire after'],
          rows: [
            ['Rigging points', 'Structural engineer', 'Every 12 months', 'As advised'],
            ['Slings and spansets', 'Equipment lead', 'Every month', '5 years or any damage'],
            ['Carabiners and swivels', 'Equipment lead', 'Every month', 'Any drop onto a hard floor'],
            ['Aerial silks', 'Equipment lead', 'Every 3 months', '3 years'],
            ['Trapeze ropes', 'Equipment lead', 'Every 3 months', '4 years'],
          ],
        },
      },
    ],
  },
  {
    h: 'Keeping the log',
    b: [
      j(
        'Every check is written in the rigging log on the hall wall, with the date, the item’s number and your initials. The',
        'equipment lead copies the log into the shared spreadsheet at the end of each month.',
      ),
      j(
        'If you find damage, write what you found, not just "failed". A photo in the equipment chat group helps the lead decide',
        'whether to repair or retire the item.',
      ),
    ],
  },
];
const hSide = ['Welcome', 'Safeguarding', 'First aid', 'Aerial rigging and equipment checks', 'Class ratios', 'Performances'];
const hCrumbs = ['Coaches’ handbook', 'Safety'];
const hToc = (secs: Sec[]): string => secs.map((s) => `<li><a href="#${(s.h ?? '').toLowerCase().replace(/ /g, '-')}">${s.h}</a></li>`).join('\n');
const hHtml = `<!doctype html><html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Hugo 0.125.4"><meta name="robots" content="noindex, nofollow">
<link rel="shortcut icon" href="/favicons/favicon.ico"><title>Aerial rigging and equipment checks | Saltmarsh Youth Circus Handbook</title>
<meta name="description" content="${hLead}"><meta property="og:title" content="Aerial rigging and equipment checks">
<meta property="og:type" content="article"><meta property="article:section" content="handbook">
<meta property="article:modified_time" content="2025-03-04T21:10:33+00:00">
<meta itemprop="name" content="Aerial rigging and equipment checks"><meta itemprop="dateModified" content="2025-03-04T21:10:33+00:00">
<link rel="preload" href="/scss/main.min.5b1c2d3e4f.css" as="style"><link href="/scss/main.min.5b1c2d3e4f.css" rel="stylesheet" integrity="">
<script src="/js/jquery-3.7.1.min.js" integrity="sha512-v2CJ7UaYy4JwqLDIrZUI/4hqeoQieOmAZNXBeQyjo21dadnwR+8ZaIJVT8EE2iyI61OV8e6M8PP2/4hpQINQ/g=="
crossorigin="anonymous"></script></head>
<body class="td-page"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Saltmarsh Youth Circus Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link active" href="/handbook/">
<span>Handbook</span></a></li>
<li class="nav-item"><a class="nav-link" href="/forms/"><span>Forms</span></a></li><li class="nav-item">
<a class="nav-link" href="https://saltmarshcircus.org"><span>Main site</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search td-search--offline"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control"
placeholder="Search this site…" aria-label="Search this site…" autocomplete="off" data-offline-search-index-json-src="/offline-search-index.json"></div>
</div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<nav class="td-sidebar-nav collapse" id="td-section-nav">
<ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title td-sidebar-nav__section with-child active-path">
<a href="/handbook/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root">Coaches’ handbook</a><ul class="ul-1">
${hSide
  .map(
    (t) => `<li class="td-sidebar-nav__section-title td-sidebar-nav__section without-child">
<a class="align-left ps-0 td-sidebar-link td-sidebar-link__page${t === hTitle ? ' active' : ''}" href="/handbook/safety/"><span class="">${t}</span></a>
</li>`,
  )
  .join('\n')}
</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://git.saltmarshcircus.org/handbook/edit/main/content/en/handbook/safety/rigging.md" target="_blank">
<i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://git.saltmarshcircus.org/handbook/issues/new?title=Aerial%20rigging" target="_blank"><i class="fa-solid fa-list-check fa-fw">
</i> Create documentation issue</a>
<a id="print" href="/handbook/safety/_print/"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>
${hToc(hSecs)}
</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
${hCrumbs.map((t) => `<li class="breadcrumb-item"><a href="/handbook/">${t}</a></li>`).join('\n')}
<li class="breadcrumb-item active" aria-current="page">Aerial rigging</li></ol></nav>
<div class="td-content"><h1>${hTitle}</h1><div class="lead">${hLead}</div><header class="article-meta"></header>
${secsHtml(hSecs, { h: (t) => `<h2 id="${t.toLowerCase().replace(/ /g, '-')}">${t}</h2>` }).replace('<table>', '<table class="table">')}
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a
href="https://git.saltmarshcircus.org/handbook/issues/new">tell us how we can improve</a>.</p></div>
<div class="td-page-meta__lastmod">Last modified March 4, 2025: <a
href="https://git.saltmarshcircus.org/handbook/commit/8c41d2e">shorten sling retirement to 5 years (8c41d2e)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2"><div class="td-footer__left col-6 col-sm-4 order-sm-1"></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2">
<span class="td-footer__copyright">&copy; 2025 <span class="td-footer__authors">Saltmarsh Youth Circus CIC</span>
</span><span class="td-footer__all_rights_reserved">All Rights Reserved</span><span class="ms-2">
<a href="https://saltmarshcircus.org/privacy" target="_blank">Privacy Policy</a></span>
</div></div></div></footer></div>
<script src="/js/main.min.69e2c1ae9320465ab10236d9ef752c6a4442c54b48b883b17c497b7c7d96a796.js"
integrity="sha256-aeLBrpMgRlqxAjbZ73UsakRCxUtIuIOxfEl7fH2Wp5Y=" crossorigin="anonymous"></script>
<script src="/js/tabpane-persist.js"></script></body></html>`;
const hGold = gold(hSecs);
const hugo: TestPage = done({
  name: 'heldout634-rigging-checks-hugo-docsy',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hGold.headings,
  body: [hLead, ...hGold.body],
  bylines: ['Last modified March 4, 2025: shorten sling retirement to 5 years (8c41d2e)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarsh Youth Circus Handbook', 'Handbook', 'Forms', 'Main site', ...hCrumbs, ...hSide, 'Edit this page', 'Create documentation issue',
    'Print entire section', 'Aerial rigging', 'Feedback', 'Was this page helpful?', 'Yes', 'No', '© 2025 Saltmarsh Youth Circus CIC', 'All Rights Reserved',
    'Privacy Policy',
  ],
});

export const HELDOUT634_E: readonly TestPage[] = [webflow, hugo];
