import { links, type TestPage, texts } from './page-kit.js';
import { podcastEpisode } from './pages-heldout76-d2.js';

/**
 * Held-out batch 76, file d: a press release on PR Newswire (the site header with "Send a Release", "Sign Up" and the
 * section nav, the hidden "Searching for your content..." loader, headline and subheadline, "News provided by" with the
 * company and time, the "Share this article" bar, the release body opening with the location and /PRNewswire/ dateline,
 * bold "About" paragraph, a photo with the PRNewsfoto credit, the media contact block, the "SOURCE" line, the "Also from
 * this source" and "Explore" rails, the promotional "Want your company's news featured" box, the hidden bootstrap modal
 * with its "Modal title", the footer and the cookie banner) and, from file d2, a podcast episode page on WordPress with
 * PowerPress, Jetpack sharing and likes, show notes and a transcript.
 */
const prTitle = 'Tillwater Robotics Launches Furrow, an Autonomous Weeding Robot Built for Small Vegetable Farms';
const prSub = 'Battery-powered robot removes weeds between rows without herbicides and costs less than a used compact tractor';
const prP1 = [
  '<span class="legendSpanClass"><span class="xn-location">LINCOLN, Neb.</span></span>, <span class="legendSpanClass"><span class="xn-chron">Nov. 12, ' +
    '2025</span></span> /PRNewswire/ -- <b>Tillwater Robotics</b>, a maker of field robots for specialty crop growers, today announced ' +
    'Furrow, an autonomous weeding robot designed for vegetable farms of five to fifty acres. Furrow uses cameras and a ' +
    'lightweight mechanical hoe to remove weeds between and within rows, and it can work unattended through the night.',
  'Weeding remains one of the largest labor costs for small vegetable growers, who often cannot use the herbicides available to ' +
    'larger commodity farms and struggle to hire seasonal crews. Tillwater designed Furrow after two seasons of trials on eleven ' +
    'farms in Nebraska, Iowa and Kansas.',
  '"Every grower we talked to told us the same thing: the weeds do not wait, and neither do the vegetables," said Marisol ' +
    'Okafor, co-founder and chief executive officer of Tillwater Robotics. "We built Furrow so that a farm with three people can ' +
    'keep up with weeding in June without giving up everything else."',
  'Furrow is available to order today and includes:',
];
const prList = [
  'A camera system that tells crops from weeds at up to 1.2 miles per hour, trained on more than forty vegetable crops',
  'A swappable battery pack that runs for up to ten hours and recharges from a standard outlet',
  'A phone app for mapping beds, scheduling work and receiving alerts',
  'Two years of software updates and parts coverage',
];
const prP2 = [
  'In field trials, Furrow reduced hand weeding time by an average of 68 percent on carrots, onions and lettuce, according to ' +
    'data collected by the participating farms.',
  '"We trialed Furrow on our onions last summer and hand weeding went from four people for two days a week to one person for ' +
    'half a day," said Dale Lindgren, owner of Prairie Root Farm in Seward, Nebraska. "That changed what we could plant."',
  'Furrow is priced at $24,900, with financing available through Tillwater and a leasing option for growers who want to try it ' +
    'for a single season. Deliveries begin in March 2026. More information is available at tillwater.example/furrow.',
  '<b>About Tillwater Robotics</b>',
  'Tillwater Robotics builds practical, affordable field robots for specialty crop farms. Founded in 2021 and based in Lincoln, ' +
    'Nebraska, the company works directly with growers to design machines that fit the way small farms already work.',
];
const prContact = ['Media Contact:', 'Jenna Albright', 'press@tillwater.example', '402-555-0148'];
const prNav = ['News', 'Business', 'Science & Tech', 'Lifestyle & Health', 'Policy & Public Interest', 'People & Culture'];
const prTop = ['Send a Release', 'Sign Up', 'Log In', 'Resources', 'Blog', 'Journalists'];
const prCaption = 'Furrow weeding a bed of carrots at Prairie Root Farm in Seward, Nebraska. (PRNewsfoto/Tillwater Robotics)';
const prAlso = [
  ['Tillwater Robotics Raises $14 Million Series A to Expand Field Trials', 'Mar 04, 2025, 09:00 ET'],
  ['Tillwater Robotics Opens Service Center in Ames, Iowa', 'Jul 22, 2024, 08:30 ET'],
];
const prExplore = ['Agriculture', 'Robotics', 'Product Launches', 'New Products & Services'];
const prPromo = ["WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?", '440k+', 'Newsrooms & Influencers', '9k+', 'Digital Media Outlets', 'GET STARTED'];
const prFoot = ['Contact', 'Global Sites', 'Terms of Use', 'Privacy Policy', 'Information Security Policy', 'Site Map', 'RSS', 'Cookie Settings'];
const prCookie = 'This website uses cookies to enhance user experience and to analyze performance and traffic on our website.';
const prHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Tillwater Robotics Launches Furrow, an Autonomous Weeding Robot Built for Small Vegetable Farms</title>
<meta name="description" content="${prSub}"><meta name="author" content="Tillwater Robotics">
<meta property="og:title" content="${prTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="PR Newswire">
<meta name="date" content="2025-11-12T08:00:00-05:00"><meta name="twitter:site" content="@PRNewswire">
<link rel="canonical" href="https://www.prnewswire.example/news-releases/tillwater-robotics-launches-furrow-302611845.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${prTitle}","datePublished":"2025-11-12T08:00:00-05:00",
"author":{"@type":"Organization","name":"Tillwater Robotics"},"publisher":{"@type":"Organization","name":"PR Newswire"}}</script>
<script>var prnGlobal = {"releaseId":"302611845","lang":"en","industry":["AGR","CPR"]};</script>
<link rel="stylesheet" href="/content/dam/prnewswire/static/css/release.min.css"></head>
<body class="release-page"><div id="loader" class="hidden"><p>Searching for your content...</p></div>
<header class="main-header"><div class="container"><div class="row"><div class="col-sm-3">
<a class="main-logo" href="/"><img src="/content/dam/prnewswire/homepage/prn_cision_logo_desktop.png"
alt="PR Newswire: news distribution, targeting and monitoring">
</a></div><div class="col-sm-9"><ul class="utility-nav">${links(prTop, 'utility-nav__item')}</ul>
<form class="header-search" action="/search/all/"><label class="sr-only" for="search-box">Search</label><input id="search-box" type="search"
placeholder="Search"></form></div></div></div>
<nav class="navbar navbar-default" aria-label="Sections"><ul class="nav navbar-nav">${links(prNav, 'dropdown')}</ul></nav></header>
<main id="main">
<section class="release-header"><div class="container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<h1>${prTitle}</h1><h2 class="subtitle">${prSub}</h2></div></div>
<div class="row release-metadata"><div class="col-lg-10 col-lg-offset-1"><div class="row"><div class="col-sm-8 col-md-8">
<div class="meta-info"><p class="mb-no">News provided by</p>
<a href="/news/tillwater-robotics/" class="meta-company"><strong>Tillwater Robotics</strong></a>
<p class="mb-no">Nov 12, 2025, 08:00 ET</p></div></div><div class="col-sm-4 col-md-4"><div class="social-share-wrapper">
<p class="share-label">Share this article
</p><ul class="social-share"><li><a href="#" class="facebook" aria-label="Share on Facebook"></a></li><li><a href="#" class="twitter" aria-label="Share on X">
</a></li><li><a href="#" class="linkedin" aria-label="Share on LinkedIn"></a></li><li><a href="#" class="email" aria-label="Email"></a></li></ul></div></div>
</div></div></div></div></section>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
${prP1.map((p) => `<p>${p}</p>`).join('\n')}
<ul type="disc">${prList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<div class="image"><figure><img src="https://mma.prnewswire.example/media/2815530/Furrow.jpg?p=publish" title="Furrow weeding carrots"
alt="Furrow weeding carrots">
<figcaption><p class="prntac">${prCaption}</p></figcaption></figure></div>
${prP2.map((p) => `<p>${p}</p>`).join('\n')}
<p>${prContact[0]}<br>${prContact[1]}<br><a href="mailto:${prContact[2]}" rel="nofollow">${prContact[2]}</a><br>${prContact[3]}</p>
<p>SOURCE Tillwater Robotics</p>
<img alt="" src="https://rt.prnewswire.example/rt.gif?NewsItemId=CG11845&amp;Transmission_Id=202511120800PR_NEWS_USPR_____CG11845&amp;DateId=20251112"
style="border:0px; width:1px; height:1px;"></div></div></section>
<section class="container also-from"><div class="row"><div class="col-lg-10 col-lg-offset-1"><h3 class="also-from__title">Also from this source</h3>
${prAlso
  .map(
    ([t, d]) => `<div class="card-list-item"><a class="news-release" href="/news-releases/${d!.slice(0, 3)}.html"><h3>${t}</h3></a>
<small>${d}</small></div>`,
  )
  .join('\n')}</div></div></section>
<section class="container explore"><div class="row"><div class="col-lg-10 col-lg-offset-1"><h3>Explore</h3><p>More news releases in similar topics</p>
<ul class="explore-topics">${links(prExplore)}</ul></div></div></section>
<aside class="promo-box"><h3>${prPromo[0]}</h3><ul><li><strong>${prPromo[1]}</strong> <span>${prPromo[2]}</span></li><li><strong>${prPromo[3]}</strong>
<span>${prPromo[4]}</span></li></ul><a class="btn btn-primary" href="/contact-us/">${prPromo[5]}</a></aside></main>
<div class="modal fade" id="modal-generic" tabindex="-1" role="dialog" aria-hidden="true"><div class="modal-dialog" role="document"><div class="modal-content">
<div class="modal-header"><button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">×</span></button>
<h4 class="modal-title">Modal title</h4></div><div class="modal-body"></div></div></div></div>
<footer class="main-footer"><div class="container"><ul class="footer-links">${links(prFoot)}</ul>
<p class="copyright">Copyright © 2025 Cision US Inc.</p></div></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${prCookie}</p>
<button id="onetrust-pc-btn-handler">Cookie Preferences</button><button id="onetrust-accept-btn-handler">Accept Cookies</button></div>
<script src="/etc/clientlibs/prnewswire/release.min.js" defer></script></body></html>`;
const prNewswire: TestPage = {
  html: prHtml,
  name: 'heldout76-prnewswire-press-release',
  kind: 'news',
  // the subheadline is body, and so is the first paragraph with its location and /PRNewswire/ dateline (it is the
  // release's own text); the bold "About Tillwater Robotics" paragraph is body too; the media contact block is in neither
  // list; "News provided by" with the company, and the time are bylines; the SOURCE line, the photo caption with its credit,
  // rails, the promo box, the hidden loader and modal texts, nav, footer and cookie banner are furniture; the topic
  // "Robotics" is a word of the "About Tillwater Robotics" line: left out
  title: prTitle,
  headings: [],
  body: [prSub, ...texts(prP1), ...prList, ...texts(prP2)],
  bylines: ['News provided by Tillwater Robotics', 'Nov 12, 2025, 08:00 ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Searching for your content...', ...prTop, 'Search', ...prNav, 'Share this article', prCaption, 'SOURCE Tillwater Robotics', 'Also from this source',
    ...prAlso.flat(), 'Explore', 'More news releases in similar topics', ...prExplore.filter((t) => t !== 'Robotics'), ...prPromo, 'Modal title', ...prFoot,
    'Copyright © 2025 Cision US Inc.', prCookie, 'Cookie Preferences', 'Accept Cookies',
  ],
};

export const HELDOUT76_D: readonly TestPage[] = [prNewswire, podcastEpisode];
