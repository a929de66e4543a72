import { links, ps, type TestPage, texts } from './page-kit.js';
import { muckRock } from './pages-heldout371-a2.js';
import { j } from './pages-heldout371-kit.js';

/**
 * Held-out batch 371, file a: a WhatDoTheyKnow-style (Alaveteli) FOI request thread, whose correspondence is the body (site
 * header and nav, request header with its "Request sent to" line and status, each message box with sender, date and the
 * "Link to this" / "Report" actions, the sidebar with follow / share / "Act on what you've learnt" and similar requests,
 * the cookie banner and the footer) and, from file a2, a MuckRock-style request page.
 */
const wTitle = 'Road gritting routes and salt stock levels, winter 2025-26';
const wOut = [
  'Dear Harrowfield District Council,',
  'Please provide the following information under the Freedom of Information Act 2000:',
  '1. A copy or map of the priority gritting routes for winter 2025-26, showing which roads are treated first.',
  '2. The tonnage of rock salt held in council depots on 1 November 2025, 1 December 2025 and 1 January 2026.',
  '3. The number of times the gritting fleet was sent out between 1 November 2025 and 31 January 2026.',
  '4. Any written criteria the council uses to decide whether a road is added to the priority network.',
  j(
    'If any part of this request would exceed the cost limit, please tell me which part, and deal with the rest of the',
    'request, as I would rather have some of the information now than none of it.',
  ),
  'Yours faithfully,',
  'Odile Prentice',
];
const wAck = [
  'Dear Ms Prentice,',
  j(
    'Thank you for your request for information, which reached us this morning. Your reference number is FOI-26-0418.',
    'We will respond within 20 working days, which means by 3 March 2026 at the latest.',
  ),
  'Kind regards,',
  'Information Governance Team',
];
const wReply = [
  'Dear Ms Prentice,',
  'Please find our response to your request below.',
  j(
    '1. The priority gritting routes are published on our website as an interactive map. Under section 21 of the Act we are not',
    'required to provide information that is reasonably accessible by other means, but we have attached a PDF copy for convenience.',
  ),
  j(
    '2. Salt held in depots was 4,820 tonnes on 1 November 2025, 3,960 tonnes on 1 December 2025 and 2,715 tonnes on',
    '1 January 2026. The Marsh Lane depot was restocked on 9 January.',
  ),
  '3. The fleet was sent out on 61 occasions in the period you asked about, 27 of them in January.',
  j(
    '4. Roads are added to the priority network where they carry a bus route, lead to a hospital, fire station or school, or',
    'have a gradient steeper than one in ten. The criteria are set out in section 4 of the Winter Service Plan, which is attached.',
  ),
  j(
    'If you are unhappy with the way we have handled your request, you may ask for an internal review within 40 working days.',
    'If you are still not satisfied you can then complain to the Information Commissioner.',
  ),
  'Yours sincerely,',
  'Tamsin Achebe, Information Governance Officer',
];
const wFollow = [
  'Dear Information Governance Team,',
  j(
    'Thank you for the full answer. Could you confirm whether the 61 call-outs include the pre-salting runs made on the',
    'evening before forecast frost, or only runs made during snowfall? This is a clarification, not a new request.',
  ),
  'Yours faithfully,',
  'Odile Prentice',
];
const wNav = ['Make a request', 'Browse requests', 'View authorities', 'Blog', 'Help'];
const wThings = ['Download a zip file of all correspondence', 'View event history details', 'Request an internal review'];
const wSimilar = [
  'Winter maintenance budget 2024-25',
  'Pavement gritting in town centres',
  'Grit bin locations and refill schedule',
  'Salt barn capacity at Marsh Lane depot',
];
const wFoot = ['Contact us', 'Help', 'Privacy and cookies', 'API', 'Blog', 'Donate'];
const box = (id: string, cls: string, from: string, date: string, body: readonly string[]): string => `<div class="correspondence ${cls}"
id="${id}" data-event-id="${id.replace(/\D/g, '')}">
<div class="correspondence__header"><span class="correspondence__header__author">${from}</span>
<a href="#${id}" class="correspondence__header__date"><time datetime="2026-02-03T09:12:00+00:00">${date}</time></a></div>
<div class="correspondence_text">${ps(body)}</div>
<p class="event_actions"><a href="#${id}" class="link_to_this">Link to this</a> <a href="/report/${id}" class="report">Report</a></p></div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<title>${wTitle} - a Freedom of Information request to Harrowfield District Council - WhatDoTheyKnow</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:site_name" content="WhatDoTheyKnow"><meta property="og:type" content="website">
<meta property="og:title" content="${wTitle}"><meta name="description" content="Odile Prentice made this Freedom of Information request to
Harrowfield District Council">
<link rel="alternate" type="application/atom+xml" title="Updates to this request" href="/feed/request/road_gritting_routes">
<link rel="stylesheet" href="/assets/responsive/application.css">
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${wTitle}","publisher":{"@type":"Organization",
"name":"WhatDoTheyKnow"}}</script></head>
<body class="requests requests-show front"><a href="#content" class="skip-to-link">Skip to content</a>
<div class="entirebody"><div id="banner"><div id="banner_inner"><div class="row">
<div class="site-logo"><a href="/" id="logo">WhatDoTheyKnow</a></div>
<div id="topnav"><ul id="navigation">${links(wNav)}</ul></div>
<div id="user_locale_switcher"><a href="/user/signin" class="sign-in-link">Sign in or sign up</a></div>
<form id="navigation_search" action="/search" method="get"><input type="search" name="query" placeholder="Search"></form></div></div></div>
<div id="wrapper"><div id="content"><div class="row"><div id="left_column" class="left_column">
<div id="request_header" class="request-header"><h1>${wTitle}</h1>
<p class="request-header__subtitle">Odile Prentice made this <a href="/help/about">Freedom of Information request</a> to
<a href="/body/harrowfield_dc">Harrowfield District Council</a></p>
<div id="request_status" class="request-status-message request-status-message--successful">
<p>The request was <strong>successful</strong>.</p></div></div>
<div class="request-header__action-bar"><a href="#" class="button track-request-action">Follow</a>
<span class="track-request-followers">4 followers</span></div>
<div id="request_correspondence" class="request-correspondence">
${box('outgoing-1904211', 'outgoing', 'Odile Prentice', '3 February 2026', wOut)}
${box('incoming-1904388', 'incoming', 'Harrowfield District Council', '3 February 2026', wAck)}
${box('incoming-1921006', 'incoming', 'Harrowfield District Council', '24 February 2026', wReply)}
<div class="attachments"><h3 class="attachments__header">Attachments</h3><ul class="list-of-attachments">
<li class="attachment"><a href="/request/1/response/2/attach/2/Gritting_routes.pdf">Gritting_routes.pdf</a>
<span class="attachment__meta">1.2M Download View as HTML</span></li>
<li class="attachment"><a href="/request/1/response/2/attach/3/Winter_Service_Plan.pdf">Winter_Service_Plan.pdf</a>
<span class="attachment__meta">640K Download View as HTML</span></li></ul></div>
${box('outgoing-1923470', 'outgoing', 'Odile Prentice', '25 February 2026', wFollow)}
</div>
<div class="after-actions"><h2>Things to do with this request</h2><ul>${links(wThings)}</ul></div></div>
<div id="right_column" class="sidebar right_column"><div class="sidebar__section">
<h2>Follow this request</h2><p>There are 4 people following this request.</p></div>
<div class="sidebar__section sidebar__section--share"><h2>Share on</h2><ul class="share-links">
<li><a href="https://bsky.example/intent" class="share-link share-link--bluesky">Bluesky</a></li>
<li><a href="https://www.facebook.example/sharer" class="share-link share-link--facebook">Facebook</a></li>
<li><a href="mailto:?subject=${wTitle}" class="share-link share-link--email">Email</a></li></ul></div>
<div class="sidebar__section act-on-request"><h2>Act on what you've learnt</h2>
<p>Tweet it, write a blog post, or contact your MP about the answer to this request.</p></div>
<div class="sidebar__section similar-requests"><h2>Similar requests</h2><ul>${links(wSimilar)}</ul>
<p><a href="/similar/request/road_gritting_routes">More similar requests</a></p></div></div></div></div></div>
<div id="footer" class="footer"><div class="row"><ul class="footer-links">${links(wFoot)}</ul>
<p class="footer-credit">WhatDoTheyKnow is a charitable project run by volunteers and a small staff team. Powered by Alaveteli.</p></div></div></div>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite">
<p>We use cookies to measure how people use this site and to keep you signed in.</p>
<button type="button" class="button cookie-banner__accept">Accept analytics cookies</button>
<button type="button" class="button cookie-banner__reject">Reject analytics cookies</button></div>
<script src="/assets/application.js"></script></body></html>`;
const whatDoTheyKnow: TestPage = {
  name: 'heldout371-whatdotheyknow-foi-thread',
  kind: 'forum',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts([...wOut, ...wAck, ...wReply, ...wFollow]),
  bylines: [
    'Odile Prentice made this Freedom of Information request to Harrowfield District Council',
    '3 February 2026',
    '24 February 2026',
    '25 February 2026',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...wNav, 'Sign in or sign up', 'The request was successful.', '4 followers', 'Attachments', 'Gritting_routes.pdf',
    '1.2M Download View as HTML', 'Winter_Service_Plan.pdf', '640K Download View as HTML', 'Link to this', 'Report', 'Things to do with this request',
    ...wThings, 'Follow this request', 'There are 4 people following this request.', 'Share on', 'Bluesky', 'Facebook', 'Email',
    "Act on what you've learnt", 'Tweet it, write a blog post, or contact your MP about the answer to this request.', 'Similar requests', ...wSimilar,
    'More similar requests', ...wFoot, 'WhatDoTheyKnow is a charitable project run by volunteers and a small staff team. Powered by Alaveteli.',
    'We use cookies to measure how people use this site and to keep you signed in.', 'Accept analytics cookies', 'Reject analytics cookies',
  ],
};

export const HELDOUT371_A: readonly TestPage[] = [whatDoTheyKnow, muckRock];
