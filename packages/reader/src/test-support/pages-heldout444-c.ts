import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout444-kit.js';
import { wpBroker } from './pages-heldout444-c2.js';

/**
 * Held-out batch 444, file c: an insurer's news release on a PR Newswire-style distribution page (top nav, "News provided by"
 * with the company name and date, the dateline opening the first paragraph, the share bar, the logo and photo with its
 * caption, the "About" boilerplate, "SOURCE" line, the "More news from this source" rail, "Also from this source", contact
 * box, "Journalists and Bloggers" promo and footer) and, from file c2, a broker's blog post on WordPress with the Astra theme.
 */
const eTitle = 'Meridian Vale Health Expands No-Cost Diabetes Care to 410,000 Members in Three States';
const eSub = 'Insulin, test strips and endocrinology visits will carry a $0 copay on all individual and small-group plans from January 1';
const eDateline = 'CEDAR FALLS, Ore., Nov. 4, 2026 /PRNewswire/ --';
const eBody = [
  j(
    'Meridian Vale Health, a nonprofit health plan serving Oregon, Idaho and Nevada, today announced that members with diabetes will pay',
    'nothing out of pocket for insulin, glucose test strips, continuous glucose monitors and visits with an endocrinologist starting',
    'January 1, 2027. The change applies to all individual, family and small-group plans, including high-deductible plans paired with a',
    'health savings account.',
  ),
  j(
    'About 410,000 members are enrolled in the affected plans, and the company estimates that 31,000 of them have a diabetes diagnosis.',
    'Claims data from the past two years showed that members who faced a copay for insulin were nearly twice as likely to skip refills as',
    'those who did not.',
  ),
  j(
    '"When people ration insulin, they end up in our emergency rooms, and that is worse for them and more expensive for everyone," said',
    'Dr. Annika Solberg, Meridian Vale\'s chief medical officer. "Removing the copay is the simplest thing we can do to keep members',
    'healthy, and the numbers tell us it will pay for itself within three years."',
  ),
  j(
    'The program also covers up to four sessions a year with a certified diabetes educator, available in person at 22 partner clinics or',
    'by video. Members do not need to enroll; the new cost sharing will apply automatically when claims are processed.',
  ),
  j(
    'Employers with small-group plans will see no separate premium increase for the benefit, the company said. Meridian Vale filed its',
    '2027 rates with regulators in all three states in June, and those filings already reflected the expected cost.',
  ),
  j(
    'Patient groups welcomed the news. "For a family with two people on insulin, this can be several hundred dollars a month," said',
    'Tomas Whitcombe, who chairs the Northwest Diabetes Alliance. "We hope other plans in the region follow."',
  ),
  j('Members with questions can call the number on the back of their ID card or visit the diabetes care page in the Meridian Vale member', 'portal.'),
];
const eAbout = j(
  'Meridian Vale Health is a nonprofit health plan founded in 1958 that serves more than 900,000 members through individual, employer',
  'and Medicare Advantage plans in Oregon, Idaho and Nevada.',
);
const eNav = ['News', 'Products', 'Contact', 'Send a Release', 'Sign Up'];
const eMore = [
  'Meridian Vale Health Names New Chief Financial Officer',
  'Meridian Vale Health Opens Community Care Center in Twin Rivers',
  'Meridian Vale Health Reports Third-Quarter Membership Growth',
];
const eFoot = ['About PR Newswire', 'Contact PR Newswire', 'Terms of Use', 'Privacy Policy', 'Site Map', 'Do Not Sell My Personal Information'];
const eHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${eTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article">
<meta name="author" content="Meridian Vale Health">
<meta property="og:title" content="${eTitle}"><meta name="description" content="${eSub}"><meta name="date" content="2026-11-04">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${eTitle}","datePublished":"2026-11-04T08:00:00-05:00",
"author":{"@type":"Organization","name":"Meridian Vale Health"}}</script>
<link rel="stylesheet" href="https://www.prnewswire.example/content/dam/prnewswire/static/css/main.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"releaseId":"302601447","industry":"health"});</script></head>
<body class="release-page"><header class="prn-header"><a class="navbar-brand" href="/">PR Newswire</a>
<nav class="main-nav" aria-label="Main"><ul class="nav navbar-nav">${links(eNav, 'nav-item')}</ul></nav></header>
<main class="container"><div class="row"><div class="col-lg-8"><article class="news-release inline-gallery-template">
<header class="release-header"><h1>${eTitle}</h1><p class="subtitle">${eSub}</p>
<div class="meta-wrap"><p class="mb-no">News provided by</p><a class="meta-company" href="/news/meridian-vale-health/">Meridian Vale Health</a>
<p class="mb-no">Nov 04, 2026, 08:00 ET</p></div>
<div class="social-share"><p class="share-label">Share this article</p><ul class="social-links"><li><a href="#" class="share-fb">Share to Facebook</a></li>
<li><a href="#" class="share-x">Share to X</a></li><li><a href="#" class="share-li">Share to LinkedIn</a></li>
<li><a href="#" class="share-email">Share to Email</a></li></ul></div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
<figure class="image-gallery"><img src="https://mma.prnewswire.example/media/2281441/Meridian_Vale_clinic.jpg" alt="A diabetes educator at a partner clinic">
<figcaption>A certified diabetes educator meets a member at the Twin Rivers clinic. (PRNewsfoto/Meridian Vale Health)</figcaption></figure>
<p><span class="xn-location">${eDateline.replace(' /PRNewswire/ --', '')}</span> /PRNewswire/ -- ${eBody[0]}</p>
${ps(eBody.slice(1))}
<p><b>About Meridian Vale Health</b><br>${eAbout}</p>
<p id="PURL">SOURCE Meridian Vale Health</p></div></div></section>
<div class="contact-box"><p><b>Media contact:</b> Priya Osei-Lambert, press@meridianvale.example, 541-555-0142</p></div>
<section class="more-news"><h3>More news from this source</h3><ul>${links(eMore, 'card-list-item')}</ul>
<a href="/news/meridian-vale-health/" class="view-all">View all news from Meridian Vale Health</a></section></article></div>
<aside class="col-lg-4"><div class="journalist-promo"><h4>Journalists and Bloggers</h4><p>Visit PR Newswire for Journalists for releases, photos and
customized feeds just for media.</p><a href="/journalists">View and download archived video content</a></div>
<div class="ad-slot"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-rr1"></div></div></aside></div></main>
<footer class="prn-footer"><ul class="footer-links">${links(eFoot)}</ul><p class="copyright">Copyright © 2026 Cision US Inc.</p></footer>
<div id="cookie-banner" class="cookie-consent"><p>This website uses cookies to provide you with a better user experience.</p>
<button class="btn accept">Got it</button></div></body></html>`;
const prnRelease: TestPage = {
  name: 'heldout444-prnewswire-insurer-release-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: [],
  body: texts([eSub, ...eBody]),
  bylines: [eDateline, 'News provided by', 'Nov 04, 2026, 08:00 ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'PR Newswire', ...eNav, 'Share this article', 'Share to Facebook', 'Share to X', 'Share to LinkedIn', 'Share to Email',
    'A certified diabetes educator meets a member at the Twin Rivers clinic. (PRNewsfoto/Meridian Vale Health)', 'About Meridian Vale Health', eAbout,
    'SOURCE Meridian Vale Health', 'Media contact:', 'Priya Osei-Lambert, press@meridianvale.example, 541-555-0142', 'More news from this source',
    ...eMore, 'View all news from Meridian Vale Health', 'Journalists and Bloggers',
    'Visit PR Newswire for Journalists for releases, photos and customized feeds just for media.', 'View and download archived video content',
    'Advertisement', ...eFoot, 'Copyright © 2026 Cision US Inc.', 'This website uses cookies to provide you with a better user experience.', 'Got it',
  ],
};

export const HELDOUT444_C: readonly TestPage[] = [prnRelease, wpBroker];
