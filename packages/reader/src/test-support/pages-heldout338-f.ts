import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout338-kit.js';

/**
 * Held-out batch 338, file f: a product-recall engineering analysis on an electronics trade site in the style of an
 * Informa Tech title (ArticleBase and Contributor classes, summary, byline with contributor card, share bar, inline "Read
 * more" link, ad slots, "You May Also Like" rail, newsletter sign-up, footer), and a university engineering department
 * news story on a TerminalFour-built university site (faculty header, story meta, pull quote, media contact box, "More
 * news" listing, footer with acknowledgement).
 */
const rTitle = 'Inside the Heat-Pump Recall: How a $0.40 Relay Became a Fire Risk';
const rSummary = 'A teardown of the recalled units points to contact welding in an undersized relay, not to the compressor drive.';
const rBody = paras(`
When Norvale Climate recalled 41,000 air-to-water heat pumps in January, its notice spoke only of "a component in the
auxiliary heater circuit that may overheat." We bought two of the affected units from an installer's returned stock and
took them apart to find out which component that was.

The answer is a single-pole relay that switches the 3-kW backup immersion heater. The relay is rated for 16 A resistive
loads at 250 V, which on paper covers a heater that draws 13 A. In practice it leaves almost no margin.
`);
const rWhy = paras(`
Two things erode that margin. First, the relay sits on the main controller board directly above the inverter's heat sink,
and our thermocouple read 71 °C at the relay body after an hour of defrost cycles. The manufacturer's derating curve
allows only about 11 A at that temperature.

Second, the firmware switches the backup heater on and off during every defrost cycle, sometimes more than forty times a
day in cold weather. Each switching event erodes the contacts a little, and once the contact resistance rises, the
contacts heat themselves.
`);
const rFound = [
  'Both relays showed pitted and discoloured contacts after about 14 months of use.',
  'One relay had welded closed, leaving the heater permanently energised.',
  'The board around the relay pins was charred on one unit, with the solder mask blistered.',
];
const rQuote = paras(`
"A relay at the edge of its rating, in a hot spot, switched far more often than anyone assumed. None of those is a defect
on its own. Together they are a recall," said Odile Brennan, a reliability engineer who reviewed our measurements.
`);
const rLessons = paras(`
The fix Norvale is rolling out is a new board with a 25-A relay moved to the cooler end of the enclosure, plus a firmware
update that keeps the backup heater off during defrost unless the water temperature falls below 30 °C.

For designers, the lesson is familiar but easy to forget: rate switching components for the temperature at which they
will actually run and for the number of operations the firmware will actually demand, and measure both on a prototype
in a climate chamber.
`);
const rNav = ['Power Electronics', 'Test & Measurement', 'Embedded', 'Supply Chain', 'Events', 'Webinars'];
const rAlso = ['Why capacitor derating matters more in sealed enclosures', 'EV charger maker widens connector recall', 'Teardown: a budget induction hob'];
const rFoot = ['About Us', 'Contact Us', 'Advertise', 'Sitemap', 'Cookie Policy', 'Terms of Use', 'Privacy'];
const rHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${rTitle}</title>
<meta name="description" content="${rSummary}"><meta property="og:type" content="article"><meta name="article:section" content="Power Electronics">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}","datePublished":"2026-02-12T15:00:00Z",
"author":[{"@type":"Person","name":"Callum Reyes-Whitford"}],"publisher":{"@type":"Organization","name":"Circuit Ledger"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"contentType":"Article","topic":"Recalls"});</script></head>
<body><div class="Page"><header class="Header"><a class="Header-Logo" href="/">Circuit Ledger</a>
<nav class="Header-Nav"><ul>${links(rNav, 'Header-NavItem')}</ul></nav>
<a class="Header-Subscribe" href="/newsletters">Newsletter</a></header>
<div class="AdSlot AdSlot_leaderboard"><span class="AdSlot-Label">Advertisement</span></div>
<main class="ArticleBase"><div class="ArticleBase-HeaderContainer"><a class="ArticleBase-Category" href="/power-electronics">Power Electronics</a>
<h1 class="ArticleBase-HeaderTitle">${rTitle}</h1><p class="ArticleBase-HeaderSummary">${rSummary}</p>
<div class="ArticleBase-Contributors"><div class="Contributors"><a class="Contributors-ContributorName" href="/author/callum-reyes-whitford">Callum
Reyes-Whitford</a><span class="Contributors-Role">Senior Technical Editor</span></div>
<p class="ArticleBase-BylineDate" data-testid="article-base-date">February 12, 2026</p><p class="ArticleBase-ReadTime">5 Min Read</p></div>
<div class="ContributorShare"><a class="ContributorShare-Link" href="#">Share on LinkedIn</a><a class="ContributorShare-Link" href="#">Share on X</a>
<a class="ContributorShare-Link" href="#">Email this article</a></div></div>
<figure class="ArticleBase-LargeImage"><img src="/media/heatpump-relay.jpg" alt="Relay"><figcaption class="ArticleBase-ImageCaption">The welded relay from
the second unit, with the cover removed.<span class="ArticleBase-ImageCredit">Circuit Ledger</span></figcaption></figure>
<div class="ArticleBase-BodyContent"><div class="ContentParagraph">${rBody.map((p) => `<p>${p}</p>`).join('\n')}</div>
<h2>Why a 16-A relay was not enough</h2><div class="ContentParagraph">${rWhy.map((p) => `<p>${p}</p>`).join('\n')}</div>
<p class="ContentParagraph-ReadMore"><strong>Read more:</strong> <a href="/recalls/ev-charger">EV charger maker widens connector recall</a></p>
<h2>What we found inside</h2><ul>${lis(rFound)}</ul>
<blockquote>${rQuote.map((p) => `<p>${p}</p>`).join('\n')}</blockquote>
<div class="AdSlot AdSlot_inline"><span class="AdSlot-Label">Advertisement</span></div>
<h2>The fix, and the lesson</h2><div class="ContentParagraph">${rLessons.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="ArticleBase-Topics"><span>About the Author</span><p class="Contributors-Bio">Callum Reyes-Whitford covers power electronics and product
safety. He spent ten years designing motor drives before joining the magazine.</p></div>
<section class="YouMayAlsoLike"><h2 class="YouMayAlsoLike-Title">You May Also Like</h2><ul>${links(rAlso, 'ContentCard')}</ul></section>
<section class="NewsletterSignup"><h3>Sign up for the Circuit Ledger newsletter</h3><p>The week's engineering news, teardowns and analysis, every
Thursday.</p><form><input type="email" placeholder="Business email"><button>Subscribe</button></form></section></main>
<footer class="Footer"><ul>${links(rFoot)}</ul><p>Copyright © 2026 Lumen Trade Media. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk"><p>We and our partners use cookies to personalise ads and measure performance.</p><button>Accept All Cookies</button>
<button>Cookies Settings</button></div></div></body></html>`;
const recall: TestPage = {
  name: 'heldout338-circuit-ledger-recall-analysis-news',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: ['Why a 16-A relay was not enough', 'What we found inside', 'The fix, and the lesson'],
  body: texts([rSummary, ...rBody, ...rWhy, ...rFound, ...rQuote, ...rLessons]),
  bylines: ['Callum Reyes-Whitford', 'Senior Technical Editor', 'February 12, 2026', '5 Min Read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Circuit Ledger', ...rNav, 'Newsletter', 'Advertisement', 'Share on LinkedIn', 'Share on X', 'Email this article',
    'The welded relay from the second unit, with the cover removed.', 'Read more: EV charger maker widens connector recall', 'About the Author',
    'He spent ten years designing motor drives before joining the magazine.', 'You May Also Like', ...rAlso,
    'Sign up for the Circuit Ledger newsletter', "The week's engineering news, teardowns and analysis, every Thursday.", 'Subscribe', ...rFoot,
    'Copyright © 2026 Lumen Trade Media. All rights reserved.', 'We and our partners use cookies to personalise ads and measure performance.',
    'Accept All Cookies', 'Cookies Settings',
  ],
};

/** A university engineering department news story on a TerminalFour-built site of an invented university. */
const uTitle = 'Students’ Tidal Turbine Blade Survives a Year in the Firth';
const uBody = paras(`
A tidal turbine blade designed and built by undergraduate students in the Department of Mechanical and Marine
Engineering has come out of twelve months in the sea with less wear than its designers predicted.

The 1.8-metre composite blade was fitted to a test turbine moored in the Firth of Callan last March as part of the
department's third-year design project. Three student teams competed to design it, and the winning team's blade was
built in the university's composites workshop with help from the technical staff.
`);
const uWhat = paras(`
Tidal blades face a harsher life than wind turbine blades. Water is more than 800 times denser than air, so the bending
loads are large, and the leading edge is attacked by sand, cavitation and marine growth. The students chose a
glass-carbon hybrid laminate with a polyurethane leading-edge tape, trading some stiffness for damage tolerance.
`);
const uResults = [
  'Leading-edge erosion of under 0.3 mm, against 0.8 mm predicted.',
  'No delamination found in ultrasonic scans of the root section.',
  'Marine growth confined to the last 200 mm of the tip, removed by light brushing.',
];
const uQuote = 'Most student projects end with a report. This one ended with a blade that has done a year of real work in real water.';
const uMore = paras(`
Dr Ines Marwick, who leads the design module, said the result had surprised the department as much as the students.
The blade has now been returned to the workshop, where this year's cohort will section it to study the laminate in
detail before designing its successor.

The project was supported by the Callan Marine Energy Centre, which operates the test site and provided the turbine,
moorings and monitoring data at no cost to the students.
`);
const uNav = ['Courses', 'Research', 'Engage', 'About', 'News', 'Contact'];
const uCrumbs = ['University of Dunmarrow', 'School of Engineering', 'Mechanical & Marine', 'News'];
const uNews = ['New fatigue lab opens in the Rankine Building', 'Alumni award for offshore cable monitoring work', 'Open day: engineering taster lectures'];
const uFoot = ['Accessibility', 'Freedom of information', 'Privacy and cookies', 'Modern slavery statement', 'Staff intranet'];
const uHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${uTitle} | University of Dunmarrow</title>
<meta name="generator" content="TERMINALFOUR"><meta name="description" content="A student-built tidal turbine blade has completed a year at sea.">
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${uTitle}","datePublished":"2026-03-09",
"publisher":{"@type":"CollegeOrUniversity","name":"University of Dunmarrow"}}</script>
<script>var t4Section="news/mme";var siteId=4;</script><link rel="stylesheet" href="/site/styles/main.css"></head>
<body class="t4-news"><div id="cookie-bar" class="cookie-bar"><p>We use cookies to make this website work and to understand how it is used.</p>
<button class="cookie-bar__accept">Accept all cookies</button><a href="/privacy/cookies">Cookie settings</a></div>
<header class="uni-header"><a class="uni-header__logo" href="/">University of Dunmarrow</a><nav class="uni-header__nav"><ul>${links(uNav)}</ul></nav>
<form class="uni-header__search"><input type="search" placeholder="Search the site"></form></header>
<div class="faculty-bar"><span class="faculty-bar__title">School of Engineering</span></div>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(uCrumbs, 'breadcrumb__item')}</ol></nav>
<main id="main-content" class="news-article"><div class="news-article__header"><p class="news-article__category">Department news</p>
<h1 class="news-article__title">${uTitle}</h1><div class="news-article__meta"><span class="news-article__date">Published: 9 March 2026</span>
<span class="news-article__author">Written by Corran Lisle, Communications Officer</span></div></div>
<figure class="news-article__image"><img src="/media/news/tidal-blade.jpg" alt="Students with the blade"><figcaption>The student team with the
recovered blade at Port Callan. Image: Hamish Orr</figcaption></figure>
<div class="news-article__body">${uBody.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Built for water, not air</h2>${uWhat.map((p) => `<p>${p}</p>`).join('\n')}
<h2>What a year at sea showed</h2><p>Inspections after recovery found:</p><ul>${lis(uResults)}</ul>
<blockquote class="pull-quote"><p>${uQuote}</p><cite>Dr Ines Marwick, module lead</cite></blockquote>
${uMore.map((p) => `<p>${p}</p>`).join('\n')}</div>
<div class="news-article__share"><span>Share this story</span><a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">Email</a></div>
<aside class="media-contact"><h3>Media contact</h3><p>Press Office, University of Dunmarrow</p><p>press@dunmarrow.example</p></aside>
<section class="more-news"><h2>More news</h2><ul>${links(uNews, 'more-news__item')}</ul><a href="/news">All news</a></section></main>
<footer class="uni-footer"><ul>${links(uFoot)}</ul><p>The University of Dunmarrow is a charity registered in Scotland, No SC009911.</p>
<p>© 2026 University of Dunmarrow</p></footer></body></html>`;
const university: TestPage = {
  name: 'heldout338-dunmarrow-t4-department-news',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: ['Built for water, not air', 'What a year at sea showed'],
  body: texts([...uBody, ...uWhat, 'Inspections after recovery found:', ...uResults, uQuote, ...uMore]),
  bylines: ['Published: 9 March 2026', 'Written by Corran Lisle, Communications Officer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make this website work and to understand how it is used.', 'Accept all cookies', 'Cookie settings', 'University of Dunmarrow',
    ...uNav, 'School of Engineering', 'Mechanical & Marine', 'Department news',
    'The student team with the recovered blade at Port Callan. Image: Hamish Orr', 'Dr Ines Marwick, module lead', 'Share this story', 'Facebook',
    'LinkedIn', 'Email', 'Media contact', 'Press Office, University of Dunmarrow', 'press@dunmarrow.example', 'More news', ...uNews, 'All news',
    ...uFoot, 'The University of Dunmarrow is a charity registered in Scotland, No SC009911.', '© 2026 University of Dunmarrow',
  ],
};

export const HELDOUT338_F: readonly TestPage[] = [recall, university];
