import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout334-kit.js';

/**
 * Held-out batch 334, file e: a smart-thermostat help article on a Zendesk Guide help centre with the Copenhagen theme
 * (header, search, breadcrumbs, article author with avatar and "Updated" meta, a "Follow" button, note callout, "Was this
 * article helpful?" vote, "Articles in this section" sidebar, "Related articles", "Have more questions? Submit a request", no
 * comments) and a self-build magazine's case study on a Future-plc-style publishing template (top nav, byline with
 * contributions, hero with credit, box-out "Project facts", pull quote, affiliate disclosure, "You might also like" and
 * "Most popular" rails, newsletter and the footer).
 */
const zTitle = 'Setting up a heating schedule on your Thermelo Smart Thermostat';
const zIntro = [
  j(
    'A schedule tells your thermostat what temperature to aim for at different times of the day. Once it is set, your heating',
    'comes on before you get up, drops while you are out and warms the house again before you get home.',
  ),
  'You can create a schedule in the Thermelo app or on the thermostat itself. We recommend the app, because you can see the whole week at once.',
];
const zApp = [
  'Open the Thermelo app and tap the room or zone you want to schedule.',
  'Tap Schedule, then Add time block.',
  'Choose a start time and a target temperature, for example 06:30 and 20°C.',
  'Repeat for each change you want during the day, then tap Copy to other days if your weekdays are the same.',
  'Tap Save. The thermostat shows a small clock icon when a schedule is active.',
];
const zDevice = [
  j(
    'Press the dial to open the menu, turn it to Schedule and press again. Turn the dial to pick a day, then press to add or edit',
    'time blocks in the same way. Changes made on the thermostat sync to the app within a minute.',
  ),
];
const zNote = j(
  'Note: if Early Start is switched on, the thermostat may begin heating up to 90 minutes before a time block so that the room',
  'reaches the target temperature on time. You can turn this off under Settings, Heating, Early Start.',
);
const zOverride = [
  j(
    'Turning the dial or changing the temperature in the app overrides the schedule until the next time block begins. To return',
    'to the schedule straight away, tap Resume schedule on the home screen.',
  ),
  j(
    'If your thermostat keeps ignoring the schedule, check that it is not in Manual mode, shown as a hand icon, and that the',
    'app and the thermostat are set to the same time zone under Settings, Date and time.',
  ),
];
const zSection = [
  'Pairing your thermostat with the app',
  'Setting up a heating schedule on your Thermelo Smart Thermostat',
  'Using Away mode and geofencing',
  'Adding a second zone',
];
const zRelated = ['Why is my thermostat showing a different temperature to my room?', 'Connecting Thermelo to a combi boiler'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><title>${zTitle} &ndash; Thermelo Help Centre</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><link rel="canonical"
href="https://help.thermelo.example/hc/en-gb/articles/4410937721105">
<link rel="stylesheet" media="all" href="//static.zdassets.example/hc/assets/application-2f8d.css">
<script src="https://static.zdassets.example/hc/assets/en-gb.8c1f.js"></script>
<script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"thermelo"}; HelpCenter.user = {"role":"anonymous"};</script></head>
<body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="//theme.zdassets.example/logo.png" alt="Thermelo Help Centre home page">
</a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"><ul class="user-nav-list">
<li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li></ul></nav>
<a class="sign-in" rel="nofollow" href="/hc/en-gb/signin">Sign in</a></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav">
<ol class="breadcrumbs"><li title="Thermelo Help Centre"><a href="/hc/en-gb">Thermelo Help Centre</a></li>
<li title="Using your thermostat"><a href="/hc/en-gb/categories/3601">Using your thermostat</a></li>
<li title="Schedules and modes"><a href="/hc/en-gb/sections/3602">Schedules and modes</a></li></ol>
<div class="search-container"><form role="search" class="search" action="/hc/en-gb/search"><input type="search" name="query"
placeholder="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title">
<div class="collapsible-sidebar"><h3 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h3>
<div class="collapsible-sidebar-body"><ul>${links(
  zSection.filter((t) => t !== zTitle),
  'sidenav-item',
)}</ul></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="/system/photos/agent.png" alt="" class="user-avatar"></div>
<div class="article-meta"><a href="/hc/en-gb/profiles/8812">Hollis Arden</a><ul class="meta-group"><li class="meta-data">
<time datetime="2026-11-02T14:22:51Z" title="2026-11-02 14:22" data-datetime="relative">Updated 2 November 2026</time></li></ul></div></div>
<div class="article-subscribe"><button class="button" data-selected="false">Follow</button></div></header>
<section class="article-info"><div class="article-content"><div class="article-body">
${ps(zIntro)}
<h2 id="h_01">Create a schedule in the app</h2>
<ol>${lis(zApp)}</ol>
<h2 id="h_02">Create a schedule on the thermostat</h2>
${ps(zDevice)}
<div class="callout callout--note"><p>${zNote}</p></div>
<h2 id="h_03">Temporary changes</h2>
${ps(zOverride)}
</div><div class="article-attachments"></div></div>
<div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
<div class="article-votes-controls" role="group"><button type="button" class="button article-vote article-vote-up">Yes</button>
<button type="button" class="button article-vote article-vote-down">No</button></div>
<small class="article-votes-count"><span class="article-vote-label">12 out of 15 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div>
<div class="article-return-to-top"><a href="#article-container">Return to top</a></div></section>
<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRelated, 'related-article-item')}</ul></section>
</article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Thermelo Help Centre</a>
<div class="footer-language-selector"><button class="dropdown-toggle">English (GB)</button></div></div></footer>
</body></html>`;
const thermelo: TestPage = {
  name: 'heldout334-zendesk-thermostat-help-docs',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: ['Create a schedule in the app', 'Create a schedule on the thermostat', 'Temporary changes'],
  body: texts([...zIntro, ...zApp, ...zDevice, zNote, ...zOverride]),
  bylines: ['Hollis Arden', 'Updated 2 November 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', 'Thermelo Help Centre', 'Using your thermostat', 'Schedules and modes',
    'Articles in this section', ...zSection.filter((t) => t !== zTitle), 'Follow', 'Was this article helpful?', '12 out of 15 found this helpful',
    'Have more questions? Submit a request', 'Return to top', 'Related articles', ...zRelated, 'English (GB)',
  ],
};

const mTitle = 'A timber-frame home on a sloping Devon plot for under £400,000';
const mIntro = [
  j(
    'When Ruth and Idris Calloway bought a steep, overgrown field on the edge of a village near Tiverton, friends told them it',
    'could not be built on. Four years later they live in a three-bedroom timber-frame house that steps down the hill, with a',
    'living room that looks straight across the Exe valley.',
  ),
];
const mPlot = [
  j(
    'The plot fell almost five metres from the lane to the bottom hedge. Rather than level it, the couple’s architect, Soren',
    'Pike, split the house into two offset storeys. Bedrooms sit at lane level; the open-plan kitchen and living space are half',
    'a floor down, opening onto a terrace dug into the slope.',
  ),
  j(
    '“Working with the hill saved us a fortune in retaining walls,” says Idris. “The groundworks were still the scariest',
    'part of the budget, but they would have been twice as much if we had fought it.”',
  ),
];
const mBuild = [
  j(
    'The closed-panel timber frame was made in a factory in Somerset and put up in eleven days. With the roof on and the',
    'windows fitted within a month, the couple could do much of the second-fix work themselves over the following winter.',
  ),
  j(
    'They chose wood-fibre insulation and an airtightness membrane, reaching an air test result of 1.2, and heat the house',
    'with an air source heat pump and underfloor heating on the lower floor.',
  ),
  j(
    'The final bill came to just over £300,000 for the build, with the plot costing £95,000. Ruth kept every invoice in a',
    'shared spreadsheet and says it was the only reason they stayed within budget.',
  ),
];
const mLessons = [
  'Budget for the ground first. Our site investigation cost £1,800 and saved us from a much bigger surprise.',
  'Order windows early. Lead times were fourteen weeks, longer than the frame.',
  'Live nearby if you can. Being ten minutes away meant we could check every delivery.',
];
const mFacts = ['Project: self-build, timber frame', 'Size: 168 m²', 'Build cost: £1,790 per m²', 'Build time: 14 months'];
const mPull = 'Working with the hill saved us a fortune in retaining walls';
const mNav = ['Design', 'Self Build', 'Renovation', 'Extensions', 'Buyer\u2019s Guides', 'Shows'];
const mAlso = ['Self-build mortgages explained', 'Timber frame vs SIPs: which is cheaper?', 'How to find a building plot'];
const mPopular = ['Permitted development rules for 2027', 'Heat pump running costs: a year of real bills'];
const mHtml = `<!DOCTYPE html>
<html lang="en-GB" class="vanilla-template"><head><meta charset="utf-8"><title>${mTitle} | Buildwell &amp; Restore</title>
<meta name="description" content="A couple build a stepped timber-frame home on a steep plot in Devon.">
<meta name="parsely-title" content="${mTitle}"><meta property="article:author" content="Agatha Penrose">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mTitle}",
"datePublished":"2026-08-21T06:00:00Z","author":[{"@type":"Person","name":"Agatha Penrose"}]}</script>
<script>window.ffte = {"channel":"self-build","pageType":"article","vertical":"homes"};</script></head>
<body class="vanilla-body"><div id="document" class="document"><header class="site-header"><div class="header-logo">
<a href="/">Buildwell &amp; Restore</a></div><nav class="menu-container"><ul class="menu">${links(mNav, 'menu-item')}</ul></nav>
<a class="subscribe-button" href="/subscribe">Subscribe</a></header>
<div id="main" class="main"><nav class="breadcrumb"><ol>${links(['Self Build', 'Case Studies'])}</ol></nav>
<article class="news-article" data-id="yT7mKq"><header><h1>${mTitle}</h1>
<p class="strapline">Stepping the house down the hill saved this couple tens of thousands in groundworks</p>
<div class="author-byline"><span class="author-byline__authors">By <a class="link author-byline__link" href="/author/agatha-penrose">Agatha Penrose</a></span>
<span class="author-byline__contributor">contributions from Niall Foss</span>
<span class="author-byline__date">published <time datetime="2026-08-21T06:00:00Z">21 August 2026</time></span></div>
<div class="social-share"><a href="#" class="social-share__link">Share on Facebook</a><a href="#" class="social-share__link">Share on Pinterest</a></div>
</header>
<section class="content-wrapper"><div class="hero-image-wrapper"><figure class="van-image-figure">
<img src="/uploads/devon-timber-hero.jpg" alt=""><figcaption class="caption-text">The house steps down the slope in two offset storeys.
<span class="credit">(Image credit: Lorne Fitch)</span></figcaption></figure></div>
<p class="affiliate-disclaimer">When you purchase through links on our site, we may earn an affiliate commission.</p>
<div id="article-body" class="text-copy bodyCopy auto">
${ps(mIntro)}
<h2 id="section-working-with-the-slope">Working with the slope</h2>
${ps(mPlot)}
<blockquote class="pullquote"><p>${mPull}</p></blockquote>
<div class="fancy-box"><div class="fancy_box-title">Project facts</div><div class="fancy_box_body"><ul>${lis(mFacts)}</ul></div></div>
<h2 id="section-a-frame-in-eleven-days">A frame in eleven days</h2>
${ps(mBuild)}
<p class="read-more-link"><strong>Read more:</strong> <a href="/advice/timber-frame-vs-sips">Timber frame vs SIPs: which is cheaper?</a></p>
<h2 id="section-what-they-learned">What they learned</h2>
<ul>${lis(mLessons)}</ul>
</div>
<div class="newsletter-form__wrapper"><p class="newsletter-form__strapline">Get the Buildwell &amp; Restore newsletter</p>
<p>Expert advice on planning, design and budgets, straight to your inbox.</p><button>Sign me up</button></div>
<div class="tags"><a href="/tag/timber-frame">Timber frame</a><a href="/tag/devon">Devon</a></div>
<div class="author-bio"><p>Agatha Penrose is the features editor at Buildwell &amp; Restore and has renovated two cottages of her own.</p></div>
</section></article>
<aside class="sidebar"><div class="related"><h3>You might also like</h3><ul>${links(mAlso)}</ul></div>
<div class="popular-box"><h3>Most Popular</h3><ol>${links(mPopular)}</ol></div><div class="ad-unit"><span>Advertisement</span></div></aside></div>
<footer class="site-footer"><p>Buildwell &amp; Restore is part of Meridian Home Media Ltd, an international media group.</p>
<ul>${links(['Contact', 'Terms and conditions', 'Privacy policy', 'Advertise'])}</ul></footer></div>
<div class="qc-cmp2-container"><p>We value your privacy. We and our partners store and access information on your device.</p>
<button>AGREE</button><button>MORE OPTIONS</button></div></body></html>`;
const buildwell: TestPage = {
  name: 'heldout334-selfbuild-magazine-case-study-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: ['Working with the slope', 'A frame in eleven days', 'What they learned'],
  body: texts([...mIntro, ...mPlot, ...mBuild, ...mLessons]),
  bylines: ['By Agatha Penrose', 'contributions from Niall Foss', 'published 21 August 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Buildwell & Restore', ...mNav, 'Subscribe', 'Case Studies', 'Stepping the house down the hill saved this couple tens of thousands in groundworks',
    'Share on Facebook', 'Share on Pinterest', 'The house steps down the slope in two offset storeys.', '(Image credit: Lorne Fitch)',
    'When you purchase through links on our site, we may earn an affiliate commission.', 'Project facts', ...mFacts,
    'Read more: Timber frame vs SIPs: which is cheaper?', 'Get the Buildwell & Restore newsletter',
    'Expert advice on planning, design and budgets, straight to your inbox.', 'Sign me up', 'Timber frame', 'Devon',
    'Agatha Penrose is the features editor at Buildwell & Restore and has renovated two cottages of her own.', 'You might also like', ...mAlso,
    'Most Popular', ...mPopular, 'Advertisement', 'Buildwell & Restore is part of Meridian Home Media Ltd, an international media group.', 'Contact',
    'Terms and conditions', 'Privacy policy', 'Advertise', 'We value your privacy. We and our partners store and access information on your device.',
    'AGREE', 'MORE OPTIONS',
  ],
};

export const HELDOUT334_E: readonly TestPage[] = [thermelo, buildwell];
