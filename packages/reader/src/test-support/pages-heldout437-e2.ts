import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout437-kit.js';

/**
 * Held-out batch 437, file e2: an investor event page on a Q4 investor relations site (stock quote header, level-1 and level-2
 * navigation, module-event-details with the event date, location, add-to-calendar and webcast links, the event description,
 * agenda and speakers, a presentations list, the email alerts module, the investor contacts module and the Q4 footer).
 */
const qTitle = 'Halden Biosciences R&amp;D Day 2026';
const qWhen = 'Tuesday, April 14, 2026 8:30 AM - 12:00 PM ET';
const qWhere = 'The Westmark Hotel, 1200 Sixth Avenue, New York, NY';
const qDesc = [
  j(
    'Halden Biosciences will host an in-person and virtual R&amp;D Day for analysts and investors. Members of the leadership team and',
    'external clinical experts will review the company’s neuromuscular portfolio and the path to registration for its lead program.',
  ),
  j(
    'A live webcast of the presentations and the question-and-answer session will be available on this page, and a replay will be',
    'archived for 90 days after the event. In-person attendance is by invitation only.',
  ),
];
const qAgenda = [
  'Welcome and strategic overview',
  'HLD-620 in myotonic dystrophy type 1: 12-month data from the Phase 1/2 ECHO study',
  'Registrational trial design and regulatory path',
  'Expanding the oligonucleotide conjugate platform to facioscapulohumeral dystrophy',
  'Commercial opportunity and launch preparation',
  'Question-and-answer session',
];
const qSpeakers = [
  'Miriam Castellanos, Chief Executive Officer',
  'Dr. Lucas Brandt, Chief Medical Officer',
  'Dr. Aiko Morimoto, Professor of Neurology, Eastbrook University Medical Center',
  'Ravi Shenoy, Chief Financial Officer',
];
const qNav = ['Overview', 'News & Events', 'Stock Information', 'Financials', 'Governance', 'Resources'];
const qSub = ['Press Releases', 'Events & Presentations'];
const qFoot = ['Privacy Policy', 'Terms of Use', 'Site Map', 'Powered By Q4 Inc. 5.112.0.3'];
const qHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Halden Biosciences - Events &amp; Presentations - R&amp;D Day 2026</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Halden Biosciences R&amp;D Day 2026">
<meta property="og:site_name" content="Halden Biosciences, Inc."><link rel="stylesheet" href="/files/design/q4-theme.css?v=5.112">
<script type="text/javascript">var GlobalSettings={PageName:"EventDetails",LanguageId:1,Q4Version:"5.112.0.3"};</script>
<script src="//widgets.q4app.example/widgets/q4.api.1.13.6.min.js"></script></head>
<body class="PageEventDetails SectionEventsPresentations"><form method="post" action="./event-details" id="form1" class="layout">
<a class="skip-to-content" href="#maincontent">Skip to main content</a>
<header class="layout_header pane pane--header"><div class="pane_inner"><div class="module module-stock-header"><div class="module_container">
<span class="module-stock-header_exchange">NASDAQ: HLDN</span><span class="module-stock-header_price">$41.27</span><span
class="module-stock-header_change module-stock-header_change--up">+0.86 (2.13%)</span>
<span class="module-stock-header_date">Pricing delayed by 20 minutes</span></div></div>
<a class="layout_logo" href="/"><img src="/files/design/halden-logo.svg" alt="Halden Biosciences"></a>
<nav class="nav nav--main" aria-label="Main"><ul class="nav_list nav_list--level1">${links(qNav, 'level1')}</ul></nav></div></header>
<div class="layout_content pane pane--content"><div class="pane_inner"><aside class="layout_sidebar"><nav class="nav nav--sub" aria-label="Section">
<ul class="nav_list nav_list--level2">${links(qSub, 'level2')}</ul></nav></aside>
<main id="maincontent" class="layout_main"><div class="module module-event-details"><div class="module_container module_container--outer">
<h1 class="module_title">${qTitle}</h1><div class="module_container module_container--inner"><div class="module-event-details_header">
<div class="module-event-details_date-time"><span class="module_date-text">${qWhen}</span></div>
<div class="module-event-details_location">${qWhere}</div>
<div class="module_links"><a class="module_link module_add-to-calendar-reveal" href="#">Add to Calendar</a>
<a class="module_link module_webcast-link" href="#" target="_blank"><span class="module_link-text">Webcast</span> <span class="sr-only">(opens in new
window)</span></a></div></div>
<div class="module_body module-event-details_body">${ps(qDesc)}
<h2>Agenda</h2><ul>${qAgenda.map((a) => `<li>${a}</li>`).join('\n')}</ul>
<h2>Speakers</h2><ul>${qSpeakers.map((a) => `<li>${a}</li>`).join('\n')}</ul></div>
<div class="module-event-details_attachments"><h3 class="module_subtitle">Presentations</h3><ul class="module_attachments">
<li class="module_attachment"><a class="module_link" href="#"><span class="module_link-text">R&amp;D Day 2026 Slides</span>
<span class="module_file-size">(PDF 6.2 MB)</span></a></li></ul></div></div></div></div>
<div class="module module-email-alerts"><div class="module_container"><h2 class="module_title">Email Alerts</h2>
<p class="module_introduction">Sign up to receive Halden Biosciences news and events by email.</p>
<label for="email">Email Address</label><input id="email" type="email"><button type="submit" class="button">Subscribe</button></div></div>
<div class="module module-contacts"><div class="module_container"><h2 class="module_title">Investor Contacts</h2>
<p>Corinne Ashby<br>Vice President, Investor Relations<br>investors@haldenbio.example</p></div></div></main></div></div>
<footer class="layout_footer pane pane--footer"><div class="pane_inner"><ul class="footer_links">${links(qFoot)}</ul>
<p class="footer_copyright">Copyright © 2026 Halden Biosciences, Inc. All rights reserved.</p></div></footer></form>
<script src="/files/js/q4-site.min.js"></script></body></html>`;
export const q4Event: TestPage = {
  name: 'heldout437-q4-investor-event',
  kind: 'news',
  html: qHtml,
  title: 'Halden Biosciences R&D Day 2026',
  headings: ['Agenda', 'Speakers'],
  body: texts([qWhen, qWhere, ...qDesc, ...qAgenda, ...qSpeakers]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'NASDAQ: HLDN', '$41.27', '+0.86 (2.13%)', 'Pricing delayed by 20 minutes', ...qNav, ...qSub, 'Add to Calendar',
    'Webcast (opens in new window)', 'Presentations', 'R&D Day 2026 Slides', '(PDF 6.2 MB)', 'Email Alerts',
    'Sign up to receive Halden Biosciences news and events by email.', 'Email Address', 'Subscribe', 'Investor Contacts', 'Corinne Ashby',
    'Vice President, Investor Relations', 'investors@haldenbio.example', ...qFoot, 'Copyright © 2026 Halden Biosciences, Inc. All rights reserved.',
  ],
};
