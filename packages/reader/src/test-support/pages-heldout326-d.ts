import { j } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file d: a hotel-industry news page in the style of Hospitality Net, a press-release news site: the
 * top strip, the section menu, the article header with the news type, source company and date, the "About" boilerplate
 * of the releasing company, the contact box and "Source:" line, the "Share" and "Print" tools, the "See also" list, the
 * "Viewpoint" and "Latest news" sidebars, the newsletter box and the footer.
 */
const gTitle = 'Saltmarsh Hotels Signs Three Coastal Properties in Portugal';
const gP1 = [
  j(
    'Lisbon, Portugal – Saltmarsh Hotels & Resorts has signed management agreements for three independent coastal hotels on',
    'Portugal’s Silver Coast, taking its portfolio in the country to eleven properties and 1,420 keys.',
  ),
  j(
    'The hotels, in Nazaré, São Martinho do Porto and Peniche, will join the group’s upper-midscale Saltmarsh Shore brand',
    'after renovations of public areas and guest rooms. Together they add 296 rooms, and all three will remain under their',
    'current ownership.',
  ),
  j(
    '“The Silver Coast has become one of the most interesting leisure markets in southern Europe, with year-round surf tourism',
    'and strong domestic demand,” said Beatriz Lacerda, vice president of development for Iberia at Saltmarsh. “These owners',
    'wanted distribution and revenue management support without giving up their hotels’ character.”',
  ),
  j(
    'The first conversion, the 118-room Hotel Farol in Nazaré, is expected to reopen under the new brand in June. The other',
    'two will follow in the first half of 2027. Saltmarsh said it was in talks on a further four sites in central Portugal.',
  ),
  j(
    'Under the agreements, Saltmarsh will take over sales, distribution, revenue management and staff training, while the',
    'owners keep control of food and beverage outlets and local suppliers. Each hotel will keep its name alongside the',
    'Saltmarsh Shore brand, and existing team members will be offered contracts with the management company.',
  ),
  j(
    'The signings follow a strong year for the region. Hotels on the Silver Coast reported average occupancy of 71% in',
    '2025, with the shoulder months of April, May and October now close to summer levels thanks to surf events and',
    'a growing number of remote workers staying for a week or more.',
  ),
];
const gAboutH = 'About Saltmarsh Hotels & Resorts';
const gAbout = [
  j(
    'Saltmarsh Hotels & Resorts is a hotel management company based in Porto with 46 properties in Portugal, Spain and',
    'France under its Saltmarsh Shore, Saltmarsh Town and Tidehouse brands.',
  ),
];
const gNav = ['News', 'Viewpoint', 'Hotel Openings', 'Appointments', 'Events', 'Hospitality Jobs', 'Supplier Directory'];
const gSee = ['Tidehouse Opens First Urban Property in Seville', 'Silver Coast RevPAR Up 12% in 2025, Report Shows'];
const gView = ['Why Conversion Brands Are the Decade’s Growth Engine', 'Revenue Management for Independents: Five Lessons'];
const gLatest = ['Alpine Resort Group Names New CFO', 'Greek Islands Record Early Booking Surge', 'Hotel Tech Spend to Rise in 2026'];
const gFoot = ['About us', 'Advertise', 'Submit news', 'Privacy statement', 'Terms of use'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gTitle} | Hotelier Wire</title>
<meta name="description" content="Saltmarsh Hotels &amp; Resorts has signed management agreements for three independent coastal hotels.">
<meta name="keywords" content="hotel management, Portugal, conversion"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gTitle}",
"datePublished":"2026-02-09","publisher":{"@type":"Organization","name":"Hotelier Wire"},
"sourceOrganization":{"@type":"Organization","name":"Saltmarsh Hotels & Resorts"}}</script>
<script>var hw={articleId:4128337,type:"press-release"};</script></head>
<body id="article" class="news">
<div id="topstrip"><span class="tagline">The hospitality industry’s news source since 1996</span>
<a href="/login">My account</a></div>
<header id="header"><a id="logo" href="/"><img src="/img/hw-logo.svg" alt="Hotelier Wire"></a>
<nav id="menu"><ul>${links(gNav, 'menu-item')}</ul></nav></header>
<div id="main"><div id="content" class="col-main">
<article class="article" itemscope itemtype="https://schema.org/NewsArticle"><header class="article-header">
<div class="article-type">Press Release</div>
<h1 itemprop="headline">${gTitle}</h1>
<div class="article-byline"><span class="source" itemprop="author">Saltmarsh Hotels &amp; Resorts</span>
<span class="date"><time itemprop="datePublished" datetime="2026-02-09">9 February 2026</time></span></div></header>
<div class="tools"><a class="tool share" href="#">Share</a> <a class="tool print" href="#">Print</a>
<a class="tool pdf" href="#">Download PDF</a></div>
<figure class="article-image"><img src="/images/4128337/hotel-farol.jpg" alt="Hotel Farol, Nazaré">
<figcaption>Hotel Farol, Nazaré, will reopen as a Saltmarsh Shore hotel</figcaption></figure>
<div class="article-body" itemprop="articleBody">
${ps(gP1)}
<h3>${gAboutH}</h3>
${ps(gAbout)}
</div>
<div class="contact-box"><h4>Contact</h4><p>Inês Figueira<br>Head of Communications<br>Saltmarsh Hotels &amp; Resorts<br>press@saltmarsh.example</p></div>
<p class="source-line">Source: Saltmarsh Hotels &amp; Resorts</p>
<section class="see-also"><h4>See also</h4><ul>${links(gSee)}</ul></section></article></div>
<aside id="sidebar" class="col-side"><section class="box viewpoint"><h3>Viewpoint</h3><ul>${links(gView)}</ul></section>
<section class="box latest"><h3>Latest news</h3><ul>${links(gLatest)}</ul></section>
<section class="box newsletter"><h3>Hotelier Wire Daily</h3><p>Get the day’s hospitality headlines by email.</p>
<a class="button" href="/newsletter">Subscribe for free</a></section>
<div class="box banner"><span class="label">Advertisement</span></div></aside></div>
<footer id="footer"><ul>${links(gFoot)}</ul><p>Copyright © 1996–2026 Hotelier Wire BV. All rights reserved.</p></footer>
<div id="cookieconsent" class="cc-window cc-banner"><span class="cc-message">This website uses cookies to ensure you get the best experience.</span>
<a class="cc-btn cc-allow">Allow cookies</a><a class="cc-btn cc-deny">Decline</a></div></body></html>`;
const hotelierWire: TestPage = {
  name: 'heldout326-hospitality-net-style-hotel-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gAboutH],
  body: texts([...gP1, ...gAbout]),
  bylines: ['9 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The hospitality industry’s news source since 1996', 'My account', ...gNav, 'Press Release', 'Share', 'Print', 'Download PDF',
    'Hotel Farol, Nazaré, will reopen as a Saltmarsh Shore hotel', 'Contact', 'Inês Figueira', 'Head of Communications', 'press@saltmarsh.example',
    'See also', ...gSee, ...gView, 'Latest news', ...gLatest, 'Hotelier Wire Daily', 'Get the day’s hospitality headlines by email.',
    'Subscribe for free', 'Advertisement', ...gFoot, 'Copyright © 1996–2026 Hotelier Wire BV. All rights reserved.',
    'This website uses cookies to ensure you get the best experience.', 'Allow cookies', 'Decline',
  ],
};

export const HELDOUT326_D1: TestPage = hotelierWire;
