import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 111, file b2: a press release on a Business Wire-style news page (the header with "Log In" and "Sign Up",
 * the nav, the breadcrumb, the release date and time line, the headline and subheadline, the city and date lead, the
 * release with a quote and a bullet list, the "About Corvanta Robotics" boilerplate, the forward-looking statements, the
 * "Contacts" block with the media contact, the "Social Media Profiles" links, the "Release Versions" and "More News From" rails,
 * the share bar and the footer).
 */
const bwTitle = 'Corvanta Robotics Opens Autonomous Orchard Platform to Mid-Sized Growers with New Lease Program';
const bwSub = 'Growers with 40 to 400 acres can now lease Corvanta’s harvest-assist fleet by the season, with no upfront hardware cost';
const bwLead =
  'FRESNO, Calif.--(BUSINESS WIRE)--Corvanta Robotics, a maker of autonomous machines for tree-fruit orchards, today launched ' +
  'Harvest Lease, a seasonal program that lets mid-sized growers put its harvest-assist robots to work without buying them.';
const bwP1 = [
  'Until now, Corvanta’s platform has been used mainly by large operations in California’s Central Valley and Washington’s ' +
    'Yakima Valley. Under Harvest Lease, growers pay a per-acre fee for the season, and Corvanta delivers, maintains and collects ' +
    'the machines.',
  '“Most of the growers who call us farm a few hundred acres, and they have told us the same thing for two years: the machines ' +
    'make sense, but the capital cost does not,” said Priya Natarajan, chief executive officer of Corvanta Robotics. “Harvest ' +
    'Lease changes that math. A grower can try the fleet on one block for one season and decide from their own numbers.”',
  'The program includes:',
];
const bwList = [
  'Harvest-assist platforms that carry bins and pickers along the row, sized to the orchard’s block layout',
  'Field setup and operator training for the grower’s crew before the first pick',
  'Same-day remote support during harvest and a replacement machine within 48 hours if a unit fails',
  'A season report with picks per labour hour and bin counts by block',
];
const bwP2 = [
  'In trials on eleven orchards last season, crews using the platforms picked an average of 31 percent more fruit per labour hour ' +
    'than crews on ladders, and reported fewer strains and falls, according to data collected by Corvanta and reviewed by the ' +
    'growers.',
  '“We ran two rows side by side for the whole season,” said Tomás Ibarra, owner of Ibarra Family Orchards in Reedley, one of the ' +
    'trial growers. “By September my crew did not want to go back to the ladders.”',
  'Harvest Lease is available now for the 2026 season for apple, pear, peach and nectarine orchards in California, Oregon and ' +
    'Washington. Growers can request a site visit at corvanta.example/lease.',
];
const bwAboutH = 'About Corvanta Robotics';
const bwAbout =
  'Corvanta Robotics builds autonomous and assisted machines for tree-fruit orchards. Founded in 2019 and based in Fresno, ' +
  'California, the company works with more than 120 growers across the western United States. For more information, visit ' +
  'corvanta.example.';
const bwFlsH = 'Forward-Looking Statements';
const bwFls =
  'This press release contains forward-looking statements, including statements about the availability and expected benefits ' +
  'of Harvest Lease. Actual results may differ materially from those expressed or implied by these statements.';
const bwNav = ['Newsroom', 'All News', 'Industries', 'Subjects', 'Languages', 'Multimedia', 'Business Wire Services'];
const bwCrumb = ['Home', 'Newsroom', 'Corvanta Robotics'];
const bwMore = [
  'Corvanta Robotics Names Helena Vos Chief Operating Officer',
  'Corvanta Robotics Raises $48 Million Series B to Expand Orchard Fleet',
  'Corvanta Robotics to Present at the Western Growers Innovation Summit',
];
const bwShare = ['Share', 'Facebook', 'X', 'LinkedIn', 'Email', 'Print'];
const bwFoot = ['About Business Wire', 'Contact Us', 'Privacy Statement', 'Terms of Use', 'Accessibility Statement', 'Sitemap'];
const bwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bwTitle} | Business Wire</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${bwSub}"><meta property="og:title" content="${bwTitle}"><meta property="og:site_name" content="Business Wire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${bwTitle}","datePublished":"2026-03-03T13:00:00Z",
"publisher":{"@type":"Organization","name":"Business Wire"},"sourceOrganization":{"@type":"Organization","name":"Corvanta Robotics"}}</script>
<script>window.bw = window.bw || {}; bw.newsId = "20260303584112";</script><link rel="stylesheet" href="/static/css/bw-news.min.css"></head>
<body class="bw-release-page"><header class="bw-header"><a class="bw-logo" href="/"><span class="sr-only">Business Wire</span></a>
<nav class="bw-nav" aria-label="Main navigation"><ul>${links(bwNav, 'bw-nav__item')}</ul></nav>
<div class="bw-header__account"><a href="/portal/login">Log In</a><a href="/portal/signup">Sign Up</a></div></header>
<main id="main" class="bw-main"><ol class="bw-breadcrumbs" aria-label="Breadcrumb">${links(bwCrumb, 'bw-breadcrumbs__item')}</ol>
<article class="bw-release"><div class="bw-release-timestamp"><time datetime="2026-03-03T13:00:00Z">March 03, 2026 08:00 AM Eastern Standard Time</time></div>
<h1 class="epi-fontLg bwalignc"><b>${bwTitle}</b></h1>
<div class="bw-release-subhead"><h2 class="bwalignc"><i>${bwSub}</i></h2></div>
<div class="bw-release-share">${bwShare.map((t) => `<a class="bw-share__${t.toLowerCase()}" href="#">${t}</a>`).join('')}</div>
<div class="bw-release-main"><div class="bw-release-story"><figure class="bw-release-media"><img alt="Corvanta harvest-assist platform in an apple orchard"
src="https://mms.businesswire.example/media/20260303584112/en/2201847/4/corvanta-orchard.jpg">
<figcaption>A Corvanta harvest-assist platform working an apple block
in Reedley, Calif. (Photo: Business Wire)</figcaption></figure>
<p>${bwLead}</p>
${ps(bwP1)}
<ul class="bwlistdisc">${bwList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(bwP2)}
<p><b>${bwAboutH}</b></p>
<p>${bwAbout}</p>
<p><b>${bwFlsH}</b></p>
<p>${bwFls}</p></div>
<div class="bw-release-contact"><h2>Contacts</h2><p><b>Media contact</b><br>Danielle Okafor<br>Redline Agricultural Communications for Corvanta Robotics<br>
press@corvanta.example<br>+1 559 555 0147</p></div>
<div class="bw-release-social"><h3>Social Media Profiles</h3><ul>${links(['Corvanta Robotics on LinkedIn', 'Corvanta Robotics on YouTube'])}</ul></div></div>
<div class="bw-release-versions"><h3>Release Versions</h3><ul>${links(['English', 'Español'])}</ul></div>
<aside class="bw-more-news"><h3>More News From Corvanta Robotics</h3><ul>${links(bwMore, 'bw-more-news__item')}</ul>
<a class="bw-more-news__all" href="/newsroom?company=corvanta">See All News</a></aside></article></main>
<footer class="bw-footer"><ul>${links(bwFoot, 'bw-footer__item')}</ul><p>© 2026 Business Wire, Inc. A Berkshire Hathaway Company</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to improve your experience on our website and
for analytics. You can change your settings at any time.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div>
<script src="/static/js/bw-news.min.js" defer></script></body></html>`;
export const pressRelease: TestPage = {
  html: bwHtml,
  name: 'heldout111-businesswire-press-release',
  kind: 'news',
  // the subheadline, the lead with its "(BUSINESS WIRE)" dateline, the "About" boilerplate and the forward-looking statement
  // are body, their bold labels headings; the "Contacts" block with the media contact is in neither list (as in batch 76);
  // the release time is a byline; the photo caption, share links, social links, versions and more-news rail are furniture
  title: bwTitle,
  headings: [bwAboutH, bwFlsH],
  body: [bwSub, bwLead, ...texts(bwP1), ...bwList, ...bwP2, bwAbout, bwFls],
  bylines: ['March 03, 2026 08:00 AM Eastern Standard Time'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bwNav, 'Log In', 'Sign Up', ...bwCrumb, ...bwShare,
    'A Corvanta harvest-assist platform working an apple block in Reedley, Calif. (Photo: Business Wire)', 'Contacts', 'Social Media Profiles',
    'Corvanta Robotics on LinkedIn', 'Corvanta Robotics on YouTube', 'Release Versions', 'English', 'Español', 'More News From Corvanta Robotics', ...bwMore,
    'See All News', ...bwFoot, '© 2026 Business Wire, Inc. A Berkshire Hathaway Company',
    'We use cookies to improve your experience on our website and for analytics. You can change your settings at any time.', 'Accept All Cookies',
    'Cookie Settings',
  ],
};
