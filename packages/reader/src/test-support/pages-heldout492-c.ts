import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout492-kit.js';

/**
 * Held-out batch 492, file c: a long boat-safety guide on a Hugo (Docsy) documentation site with its section tree, page
 * table of contents, alert boxes, feedback box and last-modified line, and a harbour trust's weekly tide table on Webflow.
 */
const sTitle = 'Capsize, man overboard and cold water';
const sLead = 'What happens to your body in cold water, and what to do when you or one of your crew ends up in it.';
const sShock = [
  j(
    'Most people who drown after falling into the sea in British and Irish waters are within a few metres of a boat or the shore,',
    'and many of them were strong swimmers. The water is rarely warmer than 15°C even in August, and the first minute in it is',
    'the most dangerous part of the whole event.',
  ),
  j(
    'Sudden immersion makes you gasp and then breathe fast and hard for up to a minute. If your head is under water when you gasp,',
    'you can inhale enough water to drown straight away. Your heart rate and blood pressure also jump, which can be enough to',
    'cause a heart attack in people with an existing heart condition.',
  ),
  j(
    'The response passes. After about sixty to ninety seconds your breathing settles, and you will be able to think and act much',
    'more clearly. The useful thing you can do in that minute is float: lean back, spread your arms and legs, and move them gently',
    'to keep your airway clear.',
  ),
];
const sFloat = j(
  'Do not try to swim, take off clothing or climb onto anything in the first minute. Fight the urge to thrash. A lifejacket',
  'or buoyancy aid will keep you on the surface while the cold shock passes, which is why it must be worn, not stowed.',
);
const sDinghy = [
  'Stay with the boat. An upturned dinghy is easier to see than a head in the water, and it floats.',
  'Check that your crew is clear of the rigging and not trapped under the sail or the hull.',
  'Swim round to the centreboard, keeping hold of the boat, and push the board fully down if it has slipped up.',
  'Let the bow swing towards the wind, then climb onto the board or pull on a jib sheet to right the boat.',
  'The crew lies in the water inside the boat on the side nearest the hull, so that they are scooped in as it comes up.',
  'Once upright, the helm climbs in over the windward side while the crew balances, and you sail on or wait for the safety boat.',
];
const sDinghyAfter = j(
  'If the boat will not come up after three or four attempts, or you are getting tired, stop. Sit on the hull, keep together and',
  'wave for help. Cold and fatigue build up quickly, and each failed attempt leaves you weaker.',
);
const sMob = [
  j(
    'On a yacht or motorboat the first job is to keep the person in sight. Shout "Man overboard!", point at them and keep pointing;',
    'give one crew member no other task than watching them. Throw a lifebuoy and a danbuoy to mark the spot, and press the MOB',
    'button on the chart plotter so that the position is recorded.',
  ),
  'Then make a plan for getting back to them. The method depends on the boat and the conditions, but on most boats it means:',
];
const sMobSteps = [
  'starting the engine, after checking that no lines are in the water near the propeller',
  'dropping or furling the sails if you have enough crew to do so quickly',
  'approaching the casualty slowly from downwind, so that the boat does not drift onto them',
  'stopping the propeller before the casualty is alongside',
];
const sMayday = j(
  'If you lose sight of the person, or you are not sure you can recover them, call the coastguard on VHF channel 16 with a',
  'Mayday straight away. It is better to cancel a Mayday than to be late with one.',
);
const sRecover = j(
  "Getting a person back on board is often harder than getting back to them. Wet clothing can double a person's weight, and a",
  'casualty who has been in cold water for more than a few minutes may not be able to help you at all.',
);
const sLift = [
  j(
    'On small boats, pull the casualty in over the lowest point of the side, ideally horizontally rather than upright. A bowline',
    'round the chest, led to a winch, gives a crew of two a fair chance of lifting an adult onto the deck.',
  ),
  j(
    'On larger yachts, a purpose-made recovery sling or a halyard to a lifting strop is the usual method. Practise it on a calm day',
    'with a volunteer in a wetsuit: many crews find the gear they carry does not fit their boat.',
  ),
];
const sAfter = [
  j(
    'Keep the casualty lying flat once aboard, and handle them gently. Get them out of the wind, remove wet clothing if you can',
    'replace it with dry layers at once, and wrap them in a survival bag or sleeping bag.',
  ),
  j(
    'Anyone who has been in the water for more than a few minutes, who swallowed water, or who was unconscious at any point',
    'should be checked by a doctor, even if they seem well. Breathing problems can appear hours later.',
  ),
];
const sBefore = [
  'Wear a correctly fitted lifejacket or buoyancy aid whenever you are on deck or in a dinghy.',
  'Tell someone ashore where you are going and when you expect to be back.',
  'Carry a means of calling for help that works when wet: a handheld VHF or a personal locator beacon.',
  'Brief every new crew member on what to do if someone goes over the side.',
  'Practise capsize and recovery drills at the start of every season.',
];
const sHeads = [
  'Cold water shock',
  'Float to live',
  'If you capsize a dinghy',
  'If someone goes overboard',
  'Recovering someone from the water',
  'Lifting aboard',
  'After the rescue',
  'Before you go afloat',
];
const sTree = [
  'Getting started',
  'Lifejackets and buoyancy aids',
  'Weather and tides',
  'Capsize, man overboard and cold water',
  'Calling for help',
  'Engines and fuel',
];
const sHtml = `<!doctype html>
<html itemscope itemtype="http://schema.org/WebPage" lang="en" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="generator" content="Hugo 0.123.7">
<link rel="canonical" href="https://handbook.searedytrust.org/docs/emergencies/capsize-mob/"><title>${sTitle} | Sea Ready Handbook</title>
<meta name="description" content="${sLead}"><meta property="og:title" content="${sTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="docs"><meta property="article:modified_time" content="2026-03-03T10:21:44+00:00">
<link rel="preload" href="/scss/main.min.3f5d.css" as="style"><link href="/scss/main.min.3f5d.css" rel="stylesheet">
<script src="https://code.jquery.com/jquery-3.7.1.min.js" crossorigin="anonymous"></script></head>
<body class="td-page td-documentation"><header><nav class="td-navbar js-navbar-scroll" data-bs-theme="dark"><div class="container-fluid flex-column
flex-md-row">
<a class="navbar-brand" href="/"><span class="navbar-brand__logo navbar-logo"></span><span class="navbar-brand__name">Sea Ready Handbook</span></a>
<div class="td-navbar-nav-scroll ms-md-auto" id="main_navbar"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link active" href="/docs/"><span>Documentation</span></a></li><li class="nav-item"><a class="nav-link" href="/courses/">
<span>Courses</span></a></li>
<li class="nav-item"><a class="nav-link" href="/about/"><span>About the Trust</span></a></li></ul></div>
<div class="d-none d-lg-block"><div class="td-search"><div class="td-search__icon"></div>
<input type="search" class="td-search__input form-control td-search-input" placeholder="Search this site…"
aria-label="Search this site…" autocomplete="off">
</div></div></div></nav></header>
<div class="container-fluid td-outer"><div class="td-main"><div class="row flex-xl-nowrap">
<aside class="col-12 col-md-3 col-xl-2 td-sidebar d-print-none"><div id="td-sidebar-menu" class="td-sidebar__inner">
<nav class="td-sidebar-nav foldable-nav" id="td-section-nav"><ul class="td-sidebar-nav__section pe-md-3 ul-0"><li class="td-sidebar-nav__section-title
td-sidebar-nav__section with-child active-path">
<a href="/docs/" class="align-left ps-0 td-sidebar-link td-sidebar-link__section tree-root"><span>Documentation</span></a><ul class="ul-1">
${links(sTree, 'td-sidebar-nav__section-title td-sidebar-nav__section without-child')}</ul></li></ul></nav></div></aside>
<aside class="d-none d-xl-block col-xl-2 td-sidebar-toc d-print-none"><div class="td-page-meta ms-2 pb-1 pt-2 mb-0">
<a href="https://github.com/searedytrust/handbook/edit/main/content/en/docs/emergencies/capsize-mob.md" class="td-page-meta--edit td-page-meta__edit"
target="_blank" rel="noopener"><i class="fa-solid fa-pen-to-square fa-fw"></i> Edit this page</a>
<a href="https://github.com/searedytrust/handbook/issues/new?title=Capsize" class="td-page-meta--issue td-page-meta__issue" target="_blank" rel="noopener"><i
class="fa-solid fa-list-check fa-fw"></i> Create documentation issue</a>
<a id="print" href="/docs/emergencies/_print/"><i class="fa-solid fa-print fa-fw"></i> Print entire section</a></div>
<div class="td-toc"><nav id="TableOfContents"><ul>${sHeads.map((h) => `<li><a href="#">${h}</a></li>`).join('')}</ul></nav></div></aside>
<main class="col-12 col-md-9 col-xl-8 ps-md-5" role="main"><nav aria-label="breadcrumb" class="td-breadcrumbs"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/docs/">Documentation</a></li><li class="breadcrumb-item"><a href="/docs/emergencies/">Emergencies</a></li>
<li class="breadcrumb-item active" aria-current="page">${sTitle}</li></ol></nav>
<div class="td-content"><h1>${sTitle}</h1><div class="lead">${sLead}</div><header class="article-meta"></header>
<h2 id="cold-water-shock">${sHeads[0]}</h2>
${ps(sShock)}
<div class="alert alert-warning" role="alert"><h4 class="alert-heading">${sHeads[1]}</h4>${sFloat}</div>
<h2 id="capsize">${sHeads[2]}</h2><ol>${lis(sDinghy)}</ol>
${ps([sDinghyAfter])}
<h2 id="overboard">${sHeads[3]}</h2>
${ps(sMob)}
<ul>${lis(sMobSteps)}</ul>
<div class="alert alert-primary" role="alert">${sMayday}</div>
<h2 id="recovering">${sHeads[4]}</h2>
${ps([sRecover])}
<h3 id="lifting">${sHeads[5]}</h3>
${ps(sLift)}
<figure><img src="/images/recovery-sling.jpg" alt="A recovery sling around a casualty"><figcaption><p>A recovery sling in use during a winter drill.</p>
</figcaption></figure>
<h3 id="after">${sHeads[6]}</h3>
${ps(sAfter)}
<h2 id="before">${sHeads[7]}</h2><ul>${lis(sBefore)}</ul>
<div class="d-print-none"><h2 class="feedback--title">Feedback</h2><p class="feedback--question">Was this page helpful?</p>
<button class="btn btn-primary mb-4 feedback--answer feedback--answer-yes">Yes</button><button class="btn btn-primary mb-4 feedback--answer
feedback--answer-no">No</button>
<p class="feedback--response feedback--response-yes">Glad to hear it! Please <a href="https://github.com/searedytrust/handbook/issues/new">tell us how we can
improve</a>.</p></div>
<div class="td-page-meta__lastmod">Last modified March 3, 2026: <a href="https://github.com/searedytrust/handbook/commit/a1b2c3d">Update capsize drill steps
(a1b2c3d)</a></div>
</div></main></div></div>
<footer class="td-footer row d-print-none"><div class="container-fluid"><div class="row mx-md-2">
<div class="td-footer__left col-6 col-sm-4 order-sm-1"><ul class="td-footer__links-list"><li class="td-footer__links-item"><a
href="https://github.com/searedytrust/handbook" aria-label="GitHub"><i class="fab fa-github"></i></a></li></ul></div>
<div class="td-footer__center col-12 col-sm-4 py-2 order-sm-2"><span class="td-footer__copyright">&copy; 2026 Sea Ready Trust All Rights Reserved</span>
<span class="td-footer__privacy-policy"><a href="https://searedytrust.org/privacy">Privacy Policy</a></span></div></div></div></footer></div>
<script src="/js/main.min.8c1e.js" integrity="sha256-abc" crossorigin="anonymous"></script>
<script src="/js/tabpane-persist.js"></script></body></html>`;
const safetyGuide: TestPage = {
  name: 'heldout492-boat-safety-docsy',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([sLead, ...sShock, sFloat, ...sDinghy, sDinghyAfter, ...sMob, ...sMobSteps, sMayday, sRecover, ...sLift, ...sAfter, ...sBefore]),
  bylines: ['Last modified March 3, 2026: Update capsize drill steps (a1b2c3d)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sea Ready Handbook', 'Documentation', 'Courses', 'About the Trust', 'Getting started', 'Lifejackets and buoyancy aids', 'Weather and tides',
    'Engines and fuel', 'Edit this page', 'Create documentation issue', 'Print entire section', 'Emergencies',
    'A recovery sling in use during a winter drill.', 'Feedback', 'Was this page helpful?', 'Yes',
    '© 2026 Sea Ready Trust All Rights Reserved', 'Privacy Policy',
  ],
};

const tTitle = 'Tide times for the week of 9 March 2026';
const tLead = 'Predicted high and low water at the Kessock Haven harbour entrance. All times are GMT; heights are in metres above chart datum.';
const tRows = [
  ['Mon 9 Mar', '04:12 (4.6 m)', '10:31 (0.9 m)', '16:38 (4.4 m)', '22:50 (1.0 m)'],
  ['Tue 10 Mar', '04:55 (4.8 m)', '11:12 (0.7 m)', '17:19 (4.6 m)', '23:31 (0.8 m)'],
  ['Wed 11 Mar', '05:36 (4.9 m)', '11:52 (0.6 m)', '17:59 (4.7 m)', '–'],
  ['Thu 12 Mar', '06:16 (5.0 m)', '00:11 (0.7 m)', '18:39 (4.8 m)', '12:31 (0.5 m)'],
  ['Fri 13 Mar', '06:57 (4.9 m)', '00:51 (0.7 m)', '19:20 (4.7 m)', '13:10 (0.6 m)'],
  ['Sat 14 Mar', '07:39 (4.7 m)', '01:32 (0.8 m)', '20:03 (4.5 m)', '13:52 (0.8 m)'],
  ['Sun 15 Mar', '08:25 (4.4 m)', '02:16 (1.0 m)', '20:52 (4.2 m)', '14:38 (1.1 m)'],
];
const tNotes = [
  j(
    'Spring tides on Thursday and Friday. Expect strong streams at the bar on the ebb, and standing waves in any easterly wind',
    'over three hours either side of low water.',
  ),
  j(
    'These predictions do not allow for weather. Strong onshore winds and low pressure can raise the level by half a metre or',
    'more; always check the gauge at the harbour entrance before crossing the bar.',
  ),
];
const tNav = ['Harbour', 'Moorings', 'Tides', 'Notices', 'Contact'];
const tHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Fri Mar 06 2026 17:02:41 GMT+0000 -->
<html data-wf-domain="www.kessockhaven.org" data-wf-page="65f0a1b2c3d4e5f601a2b3c4" data-wf-site="65f0a1b2c3d4e5f601a2b3a0" lang="en"><head>
<meta charset="utf-8"><title>Tide times | Kessock Haven Harbour Trust</title><meta content="${tLead}" name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f0a1b2c3d4e5f601a2b3a0/css/kessock-haven.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<style>.tide-table td{padding:6px 10px}.tide-table tr:nth-child(even){background:#eef4f7}</style></head>
<body class="body-tides"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65f0/logo.svg" loading="lazy"
alt="Kessock Haven Harbour Trust" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${tNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}" class="nav-link
w-nav-link${t === 'Tides' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="container w-container"><div class="eyebrow">Harbour information</div><h1 class="heading-tides">${tTitle}</h1>
<p class="paragraph-lead">${tLead}</p></div></section>
<section class="section-tides"><div class="container w-container"><div class="w-embed"><table class="tide-table"><thead><tr><th>Day</th><th>High water</th>
<th>Low water</th><th>High water</th><th>Low water</th></tr></thead><tbody>${trs(tRows)}</tbody></table></div>
<div class="rich-text-block w-richtext">${ps(tNotes)}</div>
<a href="/documents/tides-2026.pdf" class="button-outline w-button">Download the 2026 tide tables (PDF)</a></div></section>
<section class="section-signup"><div class="container w-container"><h3 class="heading-signup">Get the tides by email every Sunday</h3>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="text-field w-input" maxlength="256" name="email"
placeholder="Your email" type="email" required>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Sign up"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid"><div><div class="footer-heading">Harbour office</div>
<p class="footer-text">The Pierhead, Kessock Haven IV1 3XT<br>Open 08:00–17:00, Monday to Saturday</p></div>
<div><div class="footer-heading">Follow us</div><a href="https://facebook.com/kessockhaven" class="footer-link">Facebook</a></div></div>
<div class="footer-small">© 2026 Kessock Haven Harbour Trust. Registered charity SC041188.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f0a1b2c3d4e5f601a2b3a0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f0a1b2c3d4e5f601a2b3a0/js/webflow.b1c2d3.js" type="text/javascript"></script>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs"><img
src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-icon-d2.89e12c322e.svg" alt="" style="margin-right:4px;width:26px">
<img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-text-d2.c82cec3b78.svg" alt="Made in Webflow"></a></body></html>`;
const tideTable: TestPage = {
  name: 'heldout492-tide-times-webflow',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [tLead, ...rowTexts(tRows), ...tNotes],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Moorings', 'Notices', 'Contact', 'Harbour information', 'Download the 2026 tide tables (PDF)', 'Get the tides by email every Sunday',
    'Harbour office', 'The Pierhead, Kessock Haven IV1 3XT', 'Open 08:00–17:00, Monday to Saturday', 'Follow us', 'Facebook',
    '© 2026 Kessock Haven Harbour Trust. Registered charity SC041188.',
  ],
};

export const HELDOUT492_C: readonly TestPage[] = [safetyGuide, tideTable];
