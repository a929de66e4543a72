import { links, ps, type TestPage, texts } from './page-kit.js';
import { framer } from './pages-heldout332-f2.js';
import { j, lis } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file f: an investor's memo shared on a Webflow site (w-nav navbar with its menu button, the CMS
 * template's eyebrow, title, author and date blocks, the w-richtext body with headings, a list, a blockquote, an image figure
 * with caption and an embedded table, the "Next memo" collection list, the subscribe form with its done / fail messages, the
 * footer and the "Made in Webflow" badge) and, from file f2, a startup's pricing FAQ built with Framer.
 */
const wTitle = 'Investment memo: why we led Tallowmere’s seed round';
const wIntro = [
  j(
    'We share a version of our internal memo for every lead investment, with the founders’ permission and the numbers they are',
    'comfortable publishing. This one covers Tallowmere, which makes inventory software for independent pharmacies.',
  ),
];
const wThesis = [
  j(
    'Independent pharmacies carry between 4,000 and 9,000 product lines and lose, by their own estimate, two to four percent of',
    'revenue to expired stock and emergency orders. Most still reorder from a wholesaler’s portal by hand each evening.',
  ),
  j(
    'Tallowmere connects to the dispensing system, learns the pattern of each product, and proposes the evening order. The',
    'pharmacist approves it in a couple of minutes. In the pilot, expired stock fell by 61 percent over six months.',
  ),
];
const wWhy = [
  'The founders are a pharmacist who ran three shops and an engineer who built forecasting systems for a grocery chain.',
  'Pharmacies pay for it from savings they can see on the next month’s statement, which makes the sale short.',
  'The wholesaler integrations are slow to build and form a real barrier once done.',
];
const wQuote = j('The best sign in diligence was that two pilot pharmacies refused to give the software back when the trial ended.');
const wTable: Array<[string, string, string]> = [
  ['Pharmacies live', '14', '120'],
  ['Monthly recurring revenue', '£9,800', '£85,000'],
  ['Wholesaler integrations', '2', '5'],
];
const wRisks = [
  j(
    'The largest risk is that a wholesaler builds a good-enough ordering assistant into its own portal and gives it away. We think',
    'a pharmacy buying from two or three wholesalers will prefer a neutral tool, but we will watch this closely.',
  ),
  j(
    'We also expect the sales cycle to lengthen once Tallowmere moves beyond early adopters. We have modelled a plan in which',
    'growth is half as fast as the founders hope and the round still gives them twenty months of runway.',
  ),
  j(
    'We invested £1.1M of a £1.6M seed round and take a board seat. Two angel investors who run pharmacy groups joined the round',
    'and have agreed to introduce the company to their own shops first.',
  ),
];
const wNav = ['Memos', 'Portfolio', 'Team', 'For founders'];
const wNext = ['Memo: Keelhaus and the case for boring infrastructure', 'Memo: why we passed on our favourite company of 2025'];
const wFoot = ['LinkedIn', 'Email us', 'Privacy'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 08:41:12 GMT+0000 -->
<html data-wf-domain="www.saltmarsh.example" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65f1a2b3c4d5e6f708192a10"
data-wf-collection="65f1a2b3c4d5e6f708192a40" data-wf-item-slug="tallowmere-seed"><head><meta charset="utf-8">
<title>${wTitle} | Saltmarsh Capital</title><meta content="We led Tallowmere’s seed round. Here is a version of our memo." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.com/65f1a2b3c4d5e6f708192a10/css/saltmarsh.webflow.shared.5b1e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><div class="brand-text">Saltmarsh Capital</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-memo"><div class="container-narrow"><div class="memo-eyebrow">Investment memo · Seed</div>
<h1 class="memo-title">${wTitle}</h1><div class="memo-meta"><div class="memo-author">Written by Priya Castellano</div><div class="memo-dot">·</div>
<div class="memo-date">10 March 2026</div></div>
<div class="memo-body w-richtext">${ps(wIntro)}
<h2>The problem</h2>${ps(wThesis)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="https://cdn.prod.website-files.com/65f1/order-screen.png" loading="lazy"
alt="Tallowmere order screen"></div><figcaption>The evening order screen, with suggested quantities highlighted.</figcaption></figure>
<h2>Why we invested</h2><ul role="list">${lis(wWhy)}</ul>
<blockquote>${wQuote}</blockquote>
<h2>Where they are, and where they need to be</h2>
<div class="w-embed"><table class="memo-table"><thead><tr><th>Metric</th><th>Today</th><th>Series A target</th></tr></thead>
<tbody>${wTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
<h2>Risks</h2>${ps(wRisks)}</div></div></section>
<section class="section-next"><div class="container-narrow"><h3 class="next-heading">Read another memo</h3><div class="w-dyn-list">
<div role="list" class="w-dyn-items">${wNext
  .map((t) => `<div role="listitem" class="w-dyn-item"><a href="#" class="next-link w-inline-block"><div class="next-title">${t}</div></a></div>`)
  .join('\n')}</div></div></div></section>
<section class="section-subscribe"><div class="container-narrow"><h3>Get new memos by email</h3><div class="w-form">
<form id="wf-form-Subscribe" name="wf-form-Subscribe" method="get"><input class="text-field w-input" maxlength="256" name="email" placeholder="you@company.com"
type="email" required><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-links">${links(wFoot, 'footer-link')}</div>
<div class="footer-copy">© 2026 Saltmarsh Capital LLP</div></div></footer>
<a class="w-webflow-badge" href="https://webflow.com?utm_campaign=brandjs"><img src="https://d3e54v103j8qbb.cloudfront.net/img/webflow-badge-icon.svg" alt="">
Made in Webflow</a>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/65f1a2b3c4d5e6f708192a10/js/webflow.3c1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout332-webflow-cms-memo',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: ['The problem', 'Why we invested', 'Where they are, and where they need to be', 'Risks'],
  body: texts([...wIntro, ...wThesis, ...wWhy, wQuote, ...wTable.flat().filter((c) => c.length > 2), ...wRisks]),
  bylines: ['Written by Priya Castellano', '10 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Saltmarsh Capital', ...wNav, 'Investment memo · Seed', 'The evening order screen, with suggested quantities highlighted.', 'Read another memo',
    ...wNext, 'Get new memos by email', 'Thank you! Your submission has been received!', 'Oops! Something went wrong while submitting the form.', ...wFoot,
    '© 2026 Saltmarsh Capital LLP', 'Made in Webflow',
  ],
};

export const HELDOUT332_F: readonly TestPage[] = [webflow, framer];
