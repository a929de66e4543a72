import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout397-kit.js';

/**
 * Held-out batch 397, file e2: a release on a company newsroom hosted by Notified (the wd_ markup of its newsroom
 * product: wd_toolbar with Print / Email / RSS, wd_title, wd_subtitle, wd_date, wd_body with a schedule table, wd_contact,
 * wd_attachments with a photo caption, a "Recent News" list and "Email Alerts" box in the sidebar, the company's own header
 * and footer and a cookie notice).
 */
const nTitle = 'Ottermere Airlines to Launch Nonstop Service Between Halifax and Reykjavik';
const nSub = 'Seasonal flights begin June 4 with three weekly departures on the airline\u2019s new narrow-body aircraft';
const nP = [
  j(
    'HALIFAX, Nova Scotia \u2013 Ottermere Airlines today announced nonstop service between Halifax and Reykjavik, its first route',
    'to Iceland. The seasonal flights will run from June 4 to October 10 and will be operated with the airline\u2019s new 165-seat',
    'narrow-body aircraft, which entered the fleet in January.',
  ),
  j(
    'The route is timed to connect with the airline\u2019s domestic flights from Moncton, Charlottetown and St. John\u2019s, so that',
    'travellers across Atlantic Canada can reach Iceland with a single stop. Flight time is about four hours and twenty minutes',
    'eastbound.',
  ),
  j(
    '"Iceland has been at the top of our customers\u2019 wish list for three summers running," said Roisin Abercrombie-Tate, chief',
    'commercial officer of Ottermere. "It is a short hop from Halifax, and we expect strong demand from hikers and from families',
    'visiting friends on both sides of the Atlantic."',
  ),
  'The schedule, in local times, is as follows:',
];
const nRows = [
  ['Flight', 'Route', 'Days', 'Departs', 'Arrives'],
  ['OT 612', 'Halifax to Reykjavik', 'Mon, Thu, Sat', '21:40', '07:00 (next day)'],
  ['OT 613', 'Reykjavik to Halifax', 'Tue, Fri, Sun', '09:30', '11:15'],
];
const nP2 = [
  j(
    'Fares start at 389 dollars one way, including taxes, for bookings made before March 31. Members of the airline\u2019s loyalty',
    'program can redeem points on the route from the first day of sale.',
  ),
  'Customers flying the new route will be able to:',
];
const nList = [
  'Check one bag free of charge on all fares, a benefit Ottermere offers on its transatlantic flights',
  'Buy hot meals and Icelandic snacks on board, with payment by card only',
  'Connect to onboard Wi-Fi for the full flight',
];
const nP3 = [
  j(
    'Ottermere Airlines is based in Halifax and flies to 31 destinations in Canada, the United States, the Caribbean and Europe.',
    'The airline carried 3.4 million passengers last year.',
  ),
  j(
    'The Reykjavik flights are the third new European route the airline has announced for this summer, after Dublin and Porto.',
    'Tickets are on sale now through the airline’s website, its mobile app and travel agents.',
  ),
];
const nHeader = ['Book a Flight', 'Travel Info', 'Loyalty', 'About Ottermere', 'Newsroom'];
const nNav = ['News Releases', 'Media Library', 'Fact Sheets', 'Media Contacts'];
const nTools = ['Print', 'Email', 'RSS'];
const nRecent = [
  'Ottermere Airlines Reports February Traffic',
  'Ottermere Names New Vice President of Operations',
  'Ottermere Adds Winter Flights to Barbados',
];
const nFoot = ['Careers', 'Investors', 'Accessibility', 'Privacy', 'Legal Notices'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle} - Ottermere Airlines Newsroom</title>
<meta name="description" content="${nSub}"><meta property="og:title" content="${nTitle}"><meta property="og:site_name" content="Ottermere Airlines Newsroom">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-03"}</script>
<script type="text/javascript">var wd_ajax_url = '/index.php?s=20295&item=123'; var wd_lang = 'en';</script>
<link rel="stylesheet" type="text/css" href="/wdcss/wdnewsroom.css"></head>
<body class="wd_body_newsroom"><div id="site-header"><a href="https://www.ottermere.example" class="brand">Ottermere</a>
<ul class="site-menu">${links(nHeader)}</ul></div>
<div id="wd_printable_content" class="wd_newsroom"><div class="wd_nav"><ul class="wd_nav_menu">${links(nNav, 'wd_nav_item')}</ul></div>
<div class="wd_layout_main"><div class="wd_toolbar"><ul class="wd_tools">${links(nTools, 'wd_tool')}</ul></div>
<div class="wd_news_release" itemscope itemtype="http://schema.org/NewsArticle">
<div class="wd_title wd_language_left"><h1 itemprop="headline">${nTitle}</h1></div>
<div class="wd_subtitle wd_language_left"><em>${nSub}</em></div>
<div class="wd_date">March 3, 2026</div>
<div class="wd_body wd_news_body" itemprop="articleBody">
${ps(nP)}
<table class="wd_table" border="1"><tbody>
${nRows.map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`).join('\n')}
</tbody></table>
${ps(nP2)}
<ul>${lis(nList)}</ul>
${ps(nP3)}
</div>
<div class="wd_contact"><strong>Media contact:</strong><br>Ottermere Airlines Media Relations<br>media@ottermere.example</div>
<div class="wd_attachments"><h3>Attachments</h3><div class="wd_attachment_image"><img src="/images/ot-reykjavik.jpg" alt="">
<p class="wd_caption">An Ottermere narrow-body aircraft at Halifax Stanfield. Photo: Ottermere Airlines</p></div></div></div></div>
<div class="wd_layout_sidebar"><div class="wd_module"><h3>Recent News</h3><ul>${links(nRecent)}</ul></div>
<div class="wd_module wd_email_alerts"><h3>Email Alerts</h3><p>Sign up to receive Ottermere news releases by email.</p>
<input type="email" placeholder="Your email address"><button>Subscribe</button></div></div></div>
<div id="site-footer"><ul>${links(nFoot)}</ul><p>© 2026 Ottermere Airlines Ltd. All rights reserved.</p></div>
<div class="cookie-notice" role="dialog"><p>We use cookies to make our site work and to understand how it is used.</p><button>OK</button>
<button>Cookie preferences</button></div></body></html>`;
export const notifiedNewsroom: TestPage = {
  name: 'heldout397-notified-newsroom-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nSub, ...nP, ...nRows.slice(1).map((r) => r.join(' ')), ...nP2, ...nList, ...nP3]),
  bylines: ['March 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nHeader, ...nNav, ...nTools, 'Media contact:', 'Ottermere Airlines Media Relations', 'media@ottermere.example', 'Attachments',
    'An Ottermere narrow-body aircraft at Halifax Stanfield. Photo: Ottermere Airlines', 'Recent News', ...nRecent, 'Email Alerts',
    'Sign up to receive Ottermere news releases by email.', 'Subscribe', ...nFoot, '© 2026 Ottermere Airlines Ltd. All rights reserved.',
    'We use cookies to make our site work and to understand how it is used.', 'Cookie preferences',
  ],
};
