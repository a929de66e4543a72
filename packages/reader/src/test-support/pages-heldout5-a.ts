import { ps, texts, type TestPage } from './page-kit.js';

/**
 * Held-out batch 5 (news), written in session 9 before any measurement and without looking at
 * the reader's rules: a regional newspaper story on an Arc XP style template, and a wire-service
 * press release with its "About" boilerplate, media contact and forward-looking statements.
 */
const leadPipes = [
  'Crews will replace the lead water pipes serving about 4,100 homes in Brantford this year, more than twice as many as in 2024, ' +
    "the city's water department told council members Tuesday.",
  'The faster pace is paid for by a $38 million low-interest federal loan the city secured in December, along with a ' +
    '$6 million grant from the state revolving fund. Until now the program replaced roughly 1,800 lines a year, which would ' +
    'have left the last lead pipe in the ground sometime after 2037.',
  '"We are finally moving at a speed that matches the size of the problem," said Lorna Bayliss, the department\'s director. ' +
    '"At this rate every known lead line in the city is out by the end of 2030."',
  'Most of the work this spring will be in the Eastgate and Millrace neighborhoods, where houses built before 1940 are most ' +
    'likely to have been connected with lead. Crews dig a small pit at the curb and another near the house and pull the new ' +
    'copper line through underground, so lawns and driveways are mostly left alone.',
  'Homeowners do not pay for the replacement, which covers the whole line from the main to the meter inside the house. ' +
    'Property owners must sign a consent form before work can start on the private side, and the department said unsigned ' +
    'forms remain the most common reason a street is delayed.',
  'Council member Ray Odum asked why renters had no say in the process. Bayliss said the city now mails notices to every ' +
    'address on a block, not just to owners, and that tenants can call the department to ask whether their building is on the list.',
  'The city posts an interactive map of known lead lines on its website, searchable by address.',
  'Residents who are unsure what their pipe is made of can scratch it gently with a key where it enters the basement: ' +
    'lead is soft, dull gray and turns shiny when scratched, and a magnet will not stick to it.',
  'Free filter pitchers are available at the three public library branches for households on the replacement list. ' +
    'The department recommends running cold water for two minutes before drinking after the water has sat for several hours.',
];
const regional: TestPage = {
  name: 'heldout5-regional-arc-news',
  kind: 'news',
  // gold: headline, the subheadline under it, the story paragraphs and its one section heading
  title: 'Brantford to replace lead water lines at 4,100 homes this year',
  headings: ['How to tell if your home is on the list'],
  body: ["A federal loan more than doubles the pace of the city's lead pipe program, which now aims to finish by 2030.", ...texts(leadPipes)],
  bylines: ['By Dana Whitcombe', 'Published Feb. 11, 2025 at 5:32 p.m. CST', 'Updated Feb. 12, 2025 at 8:05 a.m. CST'],
  furniture: [
    'Skip to main content',
    'Subscribe for $1',
    'Sign In',
    'BREAKING: Interstate 29 closed near Harlan after multi-vehicle crash',
    'Local News',
    'Share on Facebook',
    'Share on X',
    'Copy link',
    'Gift this article',
    'A crew from Northline Utility pulls a new copper service line under a yard on Eastgate Avenue in October.',
    '(Megan Pruitt / Brantford Courier)',
    'ADVERTISEMENT',
    'RELATED: Water rates to rise 6% in July, council decides',
    'Dana Whitcombe covers city hall and local government for the Courier. Before that she reported on schools in Cedar Falls.',
    'Follow Dana on X',
    'Morning Briefing',
    "Get the day's top local stories in your inbox every weekday morning.",
    'Sign up',
    'Most Read',
    'Downtown parking garage to close for six months of repairs',
    'You have 2 free articles remaining this month.',
    'Terms of Service',
    'Copyright 2025 Brantford Courier. All rights reserved.',
  ],
  html: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Brantford to replace lead water lines at 4,100 homes this year\
</title><meta property="og:type" content="article"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",\
"headline":"Brantford to replace lead water lines at 4,100 homes this year","author":[{"@type":"Person","name":"Dana Whitcombe"}]}</script>\
</head><body><div id="fusion-app" class="layout-section"><a class="skip-link" href="#main">Skip to main content</a>
<div class="b-single-chain"><header class="b-header-nav-chain"><div class="b-header-nav-chain__top"><button class="c-button" aria-label="Sections">\
<svg></svg></button><a class="b-header-nav-chain__logo" href="/"><img alt="Brantford Courier" src="/logo.svg"></a><div class="nav-components--desktop">\
<a class="c-button c-button--primary" href="/subscribe/">Subscribe for $1</a><a class="c-button" href="/account/login/">Sign In</a></div></div>
<nav class="b-header-nav-chain__sections" aria-label="Sections Menu"><ul><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li>\
<a href="/opinion/">Opinion</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></nav></header>
<div class="b-alert-bar"><a class="b-alert-bar__link" href="/news/i29-crash/">BREAKING: Interstate 29 closed near Harlan after multi-vehicle crash</a>\
<button aria-label="Close">×</button></div></div>
<main id="main" class="b-right-rail"><div class="b-right-rail__main"><div class="b-overline"><a class="c-overline" href="/news/local/">Local News</a></div>
<h1 class="b-headline">Brantford to replace lead water lines at 4,100 homes this year</h1>
<h2 class="b-subheadline">A federal loan more than doubles the pace of the city's lead pipe program, which now aims to finish by 2030.</h2>
<div class="b-byline"><span class="c-attribution">By <a href="/people/dana-whitcombe/">Dana Whitcombe</a></span></div><div class="b-date">\
<time datetime="2025-02-11T23:32:00Z">Published Feb. 11, 2025 at 5:32 p.m. CST</time><span class="b-date__updated">Updated Feb. 12, 2025 at 8:05 a.m. CST\
</span></div>
<div class="b-share-bar"><button class="c-button" aria-label="Share on Facebook"><svg></svg><span class="sr-only">Share on Facebook</span></button>\
<button class="c-button"><svg></svg><span class="sr-only">Share on X</span></button><button class="c-button">Copy link</button><button class="c-button\
 c-button--gift">Gift this article</button></div>
<figure class="c-media-item b-lead-art"><img src="/resizer/v2/PIPE.jpg?auth=a1&width=800" alt="" width="800" height="533"><figcaption\
 class="c-media-item__fig-caption"><span class="c-media-item__caption">A crew from Northline Utility pulls a new copper service line under a yard on\
 Eastgate Avenue in October.</span> <span class="c-media-item__credit">(Megan Pruitt / Brantford Courier)</span></figcaption></figure>
<article class="b-article-body">${ps(leadPipes.slice(0, 3), ' class="c-paragraph"')}
<div class="b-ad-block"><div class="arcad_feature"><div class="arcad-container"><p class="advertisement-label">ADVERTISEMENT</p><div\
 id="arcad_article-inline-1" class="arcad"></div></div></div></div>
${ps(leadPipes.slice(3, 5), ' class="c-paragraph"')}
<div class="c-interstitial-link"><p class="c-paragraph"><a href="/news/water-rates-july/"><strong>RELATED: Water rates to rise 6% in July, council decides\
</strong></a></p></div>
${ps(leadPipes.slice(5, 6), ' class="c-paragraph"')}
<h2 class="c-heading">How to tell if your home is on the list</h2>
${ps(leadPipes.slice(6, 8), ' class="c-paragraph"')}
<div class="b-ad-block"><div class="arcad_feature"><p class="advertisement-label">ADVERTISEMENT</p><div id="arcad_article-inline-2" class="arcad"></div>\
</div></div>
${ps(leadPipes.slice(8), ' class="c-paragraph"')}</article>
<div class="b-author-bio"><img class="c-image" src="/people/dana.jpg" alt="Dana Whitcombe"><div class="b-author-bio__text"><p class="b-author-bio__name">\
<a href="/people/dana-whitcombe/">Dana Whitcombe</a></p><p class="b-author-bio__description">Dana Whitcombe covers city hall and local government for the\
 Courier. Before that she reported on schools in Cedar Falls.</p><a class="b-author-bio__social" href="https://x.com/">Follow Dana on X</a></div></div>
<div class="b-newsletter-signup"><h2 class="b-newsletter-signup__title">Morning Briefing</h2><p>Get the day's top local stories in your inbox every\
 weekday morning.</p><form><input type="email" placeholder="Email address"><button type="submit">Sign up</button></form></div></div>
<aside class="b-right-rail__rail"><div class="b-ad-block"><div id="arcad_right-rail-1" class="arcad"></div></div><div class="b-top-table-list">\
<h2 class="b-top-table-list__title">Most Read</h2><ol><li><a href="/news/garage/">Downtown parking garage to close for six months of repairs</a></li>\
<li><a href="/sports/ravens-semis/">Ravens reach state semifinal on last-second free throw</a></li></ol></div></aside></main>
<div class="paywall-meter" role="region"><p>You have 2 free articles remaining this month.</p><a href="/subscribe/">Subscribe for $1</a></div>
<footer class="b-footer"><nav><a href="/terms/">Terms of Service</a><a href="/privacy/">Privacy Policy</a><a href="/contact/">Contact Us</a></nav>\
<p class="b-footer__copyright">Copyright 2025 Brantford Courier. All rights reserved.</p></footer></div></body></html>`,
};

const release = [
  '<span class="legendSpanClass"><span class="xn-location">DENVER</span></span>, <span class="legendSpanClass"><span class="xn-chron">March 4, 2025' +
    '</span></span> /PRNewswire/ -- Fernbrook Energy, a maker of home battery systems, today announced Hearthstore, a battery that ' +
    'stores enough power to run a typical house for a day and can be installed in about four hours, less than half the time of its earlier model.',
  'Hearthstore holds 16 kilowatt-hours and can be stacked up to three units high. Its inverter is built in, so an installer ' +
    "connects it to the home's main panel with a single cable run, and it switches to backup power within 20 milliseconds " +
    'when the grid goes down.',
  '"Installers told us the battery was never the slow part of a job; the wiring was," said Maren Holt, chief executive of ' +
    'Fernbrook Energy. "We designed Hearthstore around the electrician\'s afternoon, and homeowners get their power back sooner because of it."',
  'The battery uses lithium iron phosphate cells, which the company says keep 80 percent of their capacity after 8,000 ' +
    'full cycles. It is rated for outdoor installation from minus 20 to 50 degrees Celsius and carries a 15-year warranty.',
  'Hearthstore is also designed to take part in utility programs that pay households to share stored power at peak times:',
  'It responds to grid operator signals through the open OpenADR 3 standard.',
  'Homeowners can set how much charge is always kept back for an outage.',
  'An app shows how much each program has paid out, month by month.',
  'Hearthstore will be available through certified installers in Colorado, Arizona and California from May 2025, with ' +
    'other states to follow later in the year. Fernbrook Energy expects the installed price to start at $11,900 before incentives.',
];
const pressRelease: TestPage = {
  name: 'heldout5-wire-press-release',
  kind: 'news',
  // gold: headline, subhead, the release body from its dateline paragraph to the availability paragraph (list included);
  // the company boilerplate, media contact, legal statement and SOURCE line are furniture
  title: 'Fernbrook Energy Introduces Hearthstore, a Home Battery Installed in Half the Time',
  headings: [],
  body: ['New battery with a built-in inverter powers a typical home for a full day and connects with a single cable run', ...texts(release)],
  bylines: ['News provided by', 'Mar 04, 2025, 08:00 ET'],
  furniture: [
    'Send a Release',
    'News in Focus',
    'Business & Money',
    'Science & Tech',
    'Share this article',
    'About Fernbrook Energy',
    'Fernbrook Energy designs and builds battery storage for homes and small businesses. Founded in 2016 and based in Denver, ' +
      'the company has installed more than 40,000 systems across the United States.',
    'Media Contact',
    'Priya Raman, press@fernbrook.example, 303-555-0142',
    'Forward-Looking Statements',
    'This press release contains forward-looking statements about product availability and pricing, which are subject to ' +
      'risks and uncertainties that could cause actual results to differ materially.',
    'View original content to download multimedia:',
    'SOURCE Fernbrook Energy',
    "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
    'Also from this source',
    'Fernbrook Energy Opens Second Factory in Pueblo',
    'Explore',
    'Utilities',
    'Contact PR Newswire',
    'Do not sell or share my personal information',
  ],
  html: `<!DOCTYPE html><html lang="en-US"><head><title>Fernbrook Energy Introduces Hearthstore, a Home Battery Installed in Half the Time</title>\
<meta name="description" content="New battery with a built-in inverter powers a typical home for a full day"></head><body class="release-page">
<header class="main-header"><div class="container"><a class="logo" href="/"><img alt="PR Newswire: news distribution, targeting and monitoring"\
 src="/logo.svg"></a><ul class="nav navbar-nav"><li class="dropdown"><a>News in Focus</a></li><li class="dropdown"><a>Business &amp; Money</a></li>\
<li class="dropdown"><a>Science &amp; Tech</a></li><li class="dropdown"><a>Lifestyle &amp; Health</a></li></ul><a class="btn-send" href="/account/">Send a\
 Release</a></div></header>
<div class="container release-header"><header class="row"><div class="col-sm-8 col-xs-12"><h1>Fernbrook Energy Introduces Hearthstore, a Home Battery\
 Installed in Half the Time</h1><p class="subtitle">New battery with a built-in inverter powers a typical home for a full day and connects with a single\
 cable run</p></div></header>
<div class="row"><div class="col-lg-8 col-md-8 col-sm-7"><div class="mm-logo"><img alt="Fernbrook Energy logo" src="/fernbrook.jpg"></div><div class="meta">\
<p class="mb-no">News provided by</p><a class="color-primary" href="/news/fernbrook-energy/"><strong>Fernbrook Energy</strong></a><p class="mb-no">\
Mar 04, 2025, 08:00 ET</p></div></div><div class="col-lg-4 col-md-4 col-sm-5"><div class="social-share"><p>Share this article</p><ul><li>\
<a class="facebook-share" aria-label="Share to Facebook"><i class="ico-facebook"></i></a></li><li><a aria-label="Share to X"><i class="ico-x"></i></a>\
</li><li><a aria-label="Share to LinkedIn"><i class="ico-linkedin"></i></a></li></ul></div></div></div></div>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">${ps(release.slice(0, 5))}
<ul type="disc">${release
    .slice(5, 8)
    .map((li) => `<li>${li}</li>`)
    .join('')}</ul>
${ps(release.slice(8))}
<p><b>About Fernbrook Energy</b><br>Fernbrook Energy designs and builds battery storage for homes and small businesses. Founded in 2016 and based in\
 Denver, the company has installed more than 40,000 systems across the United States.</p>
<p><b>Media Contact</b><br>Priya Raman, <a href="mailto:press@fernbrook.example">press@fernbrook.example</a>, 303-555-0142</p>
<p><b>Forward-Looking Statements</b><br>This press release contains forward-looking statements about product availability and pricing, which are\
 subject to risks and uncertainties that could cause actual results to differ materially.</p>
<div class="purl"><p id="PURL"><img alt="Cision" src="/cision.png"> View original content to download multimedia:<a href="https://www.prnewswire.com/\
news-releases/fernbrook-energy-introduces-hearthstore-302391122.html">https://www.prnewswire.com/news-releases/fernbrook-energy-introduces-hearthstore-\
302391122.html</a></p></div>
<p>SOURCE Fernbrook Energy</p></div></div></section>
<div class="container featured-cta"><h3>WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?</h3><p>440k+ Newsrooms &amp; Influencers</p><a class="btn">\
Get Started</a></div>
<div class="container more-releases"><h3>Also from this source</h3><div class="card"><a><h3>Fernbrook Energy Opens Second Factory in Pueblo</h3></a>\
<small>Nov 12, 2024</small></div><h3>Explore</h3><ul><li><a>Utilities</a></li><li><a>Electrical Utilities</a></li><li><a>Green Technology</a></li></ul></div>
<footer class="footer"><ul><li><a>Contact PR Newswire</a></li><li><a>Terms of Use</a></li><li><a>Privacy</a></li><li><a>Do not sell or share my\
 personal information</a></li></ul><p>Copyright © 2025 Cision US Inc.</p></footer></body></html>`,
};

export const HELDOUT5_A: readonly TestPage[] = [regional, pressRelease];
