import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout397-kit.js';
import { accesswire } from './pages-heldout397-c2.js';

/**
 * Held-out batch 397, file c: a PRWeb release in the classic PRWeb layout (News Center header, h1 with the h2 summary,
 * "Share Article" bar, photo with caption, body with the "(PRWEB)" dateline and bold subheads, the Media Contact box with
 * "Email >" and "Visit website", "Share Article" repeated, News Center tags and the Cision footer) and, from file c2, an
 * ACCESS Newswire release.
 */
const wTitle = 'Pinewick Candle Co. Launches Jar Refill Program at 40 Texas Retailers';
const wSum = j(
  'Customers can return empty glass jars to participating shops and buy a refilled candle at a lower price, as the Austin',
  'maker aims to cut its glass purchases by half.',
);
const wP = [
  j(
    'AUSTIN, Texas (PRWEB) March 03, 2026 -- Pinewick Candle Co., an Austin maker of soy wax candles, today launched a refill',
    'program that lets customers bring back empty jars to 40 shops in Texas. Returned jars are collected weekly, cleaned at the',
    'company\u2019s workshop and filled with fresh wax and a new wick.',
  ),
  j(
    'A refilled candle costs 22 dollars, eight dollars less than a new one, and customers choose the scent when they hand in their',
    'jar. Each jar can be refilled several times before small chips or scratches mean it has to be recycled.',
  ),
];
const wH1 = 'Why glass';
const wP2 = [
  j(
    'Glass is the company\u2019s largest single cost after wax and also the heaviest part of every shipment. Pinewick buys about',
    '90,000 jars a year from a supplier in Mexico. If half of its customers return their jars, the company says it can halve those',
    'purchases and cut the weight of inbound freight by about 20 tonnes a year.',
  ),
  j(
    '"Our customers kept asking what to do with the jars once the candle burned down. Some were using them as pen pots, but most',
    'ended up in the recycling bin, which is a waste of a perfectly good jar," said Colette Varnham, who founded the company in',
    'her garage in 2017.',
  ),
];
const wH2 = 'How the program works';
const wList = [
  'Customers remove any leftover wax with hot water or leave it for the workshop to clean',
  'Participating shops give a refill voucher for each jar and keep the jars in a collection crate',
  'A Pinewick van collects the crates every Thursday and returns filled candles the following week',
];
const wP3 = [
  j(
    'The program starts with gift shops, garden centers and a small grocery chain in Austin, San Antonio and Waco. Pinewick plans to',
    'add a mail-in option later in the year, using the same boxes the candles are shipped in.',
  ),
  j('The company employs 14 people and sells its candles in about 300 shops across the southern United States as well as through', 'its own website.'),
];
const wContact = ['Rosalind Epps', 'Pinewick Candle Co. LLC', '+1 (512) 555-0138', 'Email >', 'Visit website'];
const wNav = ['News Center', 'Submit a Release', 'Pricing', 'Resources', 'Log In'];
const wShare = ['Share Article', 'Facebook', 'LinkedIn', 'Reddit', 'Email'];
const wTags = ['Home & Garden', 'Retail', 'Environment', 'Small Business'];
const wFoot = ['About PRWeb', 'Contact Us', 'Terms of Service', 'Privacy Policy', 'Cookie Settings'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${wTitle}</title>
<meta name="description" content="Customers can return empty glass jars to participating shops and buy a refilled candle.">
<meta property="og:site_name" content="PRWeb"><meta property="og:type" content="article"><meta property="og:title" content="${wTitle}">
<link rel="canonical" href="https://www.prweb.com/releases/pinewick_candle_co_launches_jar_refill_program/prweb19874421.htm">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wTitle}",
"datePublished":"2026-03-03T14:00:00Z","publisher":{"@type":"Organization","name":"PRWeb"}}</script>
<script>var prweb = prweb || {}; prweb.release = {id: 19874421, categories: ["home","retail"]};</script></head>
<body class="release"><div id="header" class="header"><div class="wrap"><a href="https://www.prweb.com" class="logo">PRWeb</a>
<ul class="nav">${links(wNav)}</ul></div></div>
<div class="container article-page"><div class="row"><div class="col-lg-9" id="content">
<div class="article-header"><h1 class="title">${wTitle}</h1><h2 class="subtitle">${wSum}</h2></div>
<div class="share-bar top"><ul class="share-list">${links(wShare, 'share-item')}</ul></div>
<div class="box-image"><img src="https://www.prweb.example/prfiles/2026/03/03/19874421/refill.jpg" alt="Refilled candle jars">
<p class="caption">Refilled jars ready for collection at the Pinewick workshop in east Austin.</p></div>
<div class="box-article" id="releaseBody">
${ps(wP)}
<p><strong>${wH1}</strong></p>
${ps(wP2)}
<p><strong>${wH2}</strong></p>
<ul>${lis(wList)}</ul>
${ps(wP3)}
</div>
<div class="box-contact"><h4 class="contact-title">Media Contact</h4><p>${wContact.slice(0, 3).join('<br>\n')}</p>
<p><a href="#" class="email">${wContact[3] ?? ''}</a></p><p><a href="#" class="website">${wContact[4] ?? ''}</a></p></div>
<div class="share-bar bottom"><p>Share Article</p></div>
<div class="news-center-tags"><h4>News Center</h4><ul>${links(wTags)}</ul></div></div>
<div class="col-lg-3 sidebar"><div class="widget"><h4>Press release distribution for small business</h4>
<p>Reach journalists, bloggers and search engines with a single release.</p><a href="#" class="btn">Get started</a></div></div></div></div>
<footer class="footer"><ul>${links(wFoot)}</ul><p>© 2026 Cision US Inc. All Rights Reserved.</p></footer></body></html>`;
const prweb: TestPage = {
  name: 'heldout397-prweb-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: [wH1, wH2],
  body: texts([wSum, ...wP, ...wP2, ...wList, ...wP3]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, ...wShare, 'Refilled jars ready for collection at the Pinewick workshop in east Austin.', 'Media Contact', ...wContact,
    'News Center', ...wTags, 'Press release distribution for small business', 'Reach journalists, bloggers and search engines with a single release.',
    'Get started', ...wFoot, '© 2026 Cision US Inc. All Rights Reserved.',
  ],
};

export const HELDOUT397_C: readonly TestPage[] = [prweb, accesswire];
