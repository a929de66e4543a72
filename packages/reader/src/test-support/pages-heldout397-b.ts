import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout397-kit.js';
import { einPresswire } from './pages-heldout397-b2.js';

/**
 * Held-out batch 397, file b: a GlobeNewswire release (article-headline, published / source line, Follow button, main-body-
 * container with inline dateline, h2 section headings set in the release, a quote, contact block, "Related Links" and tags,
 * "Recommended Reading" rail, attachment, footer and cookie bar) and, from file b2, an EIN Presswire release.
 */
const gTitle = 'Calloway Biosensors Receives CE Mark for Wearable Sweat-Lactate Patch';
const gP = [
  j(
    'BOSTON, March 03, 2026 (GLOBE NEWSWIRE) -- Calloway Biosensors (Nasdaq: CLBS), a developer of skin-worn chemical',
    'sensors, today announced that its LactaTrace patch has received CE marking in the European Union. The single-use patch',
    'measures lactate in sweat during exercise and sends the readings to a phone application in real time.',
  ),
  j(
    'Lactate levels rise when muscles work harder than the oxygen supply allows, and coaches have long used finger-prick blood',
    'tests to find the intensity at which an athlete tips into that state. The patch is intended to give a continuous estimate',
    'without stopping a session to draw blood.',
  ),
];
const gH1 = 'How the patch works';
const gP2 = [
  j(
    'LactaTrace is about the size of a postage stamp and sticks to the forearm or the lower back. Tiny channels draw sweat across',
    'an enzyme-coated electrode, and a disposable coin cell powers the reading circuit for up to six hours.',
  ),
  'The CE-marked version includes:',
];
const gList = [
  'Readings every 30 seconds, displayed as a trend line rather than a single number',
  'An alert when the estimate crosses a threshold chosen by the athlete or coach',
  'Export of session data in a standard file format for use in training software',
];
const gH2 = 'Launch plans';
const gP3 = [
  j(
    'Calloway plans to begin sales in Germany, the Netherlands and the Nordic countries in the second quarter, first through',
    'sports science laboratories and professional clubs and later through specialist running shops.',
  ),
  j(
    '"Athletes have trained by feel or by heart rate for decades, and both are rough guides," said Tobiah Lanqvist, chief',
    'executive officer of Calloway. "We think a simple patch that tracks the chemistry of effort will change how endurance',
    'sessions are planned, from elite squads down to club runners."',
  ),
  j(
    'The company said the patch is not intended to diagnose or treat any disease. It is also pursuing clearance in the United',
    'States for the same wellness use.',
  ),
];
const gH3 = 'About Calloway Biosensors';
const gAbout = [
  j(
    'Calloway Biosensors designs wearable sensors that read chemical signals through the skin. The company was spun out of a',
    'university materials laboratory in 2019 and has its headquarters and pilot production line in Boston.',
  ),
];
const gContact = ['Investor and Media Contact:', 'Jolene Varter', 'Calloway Biosensors, Inc.', 'jvarter@callowaybio.example'];
const gNav = ['Newsroom', 'Organizations', 'Subjects', 'Industries', 'Languages', 'Contact Us'];
const gTags = ['Wearables', 'Sports Technology', 'Medical Devices', 'Product Launch'];
const gRec = ['Calloway Biosensors to Present at Spring Healthcare Conference', 'Calloway Biosensors Reports Full-Year 2025 Results'];
const gFoot = ['Newswire Distribution Network & Management', 'Home', 'Newsroom', 'RSS Feeds', 'Legal', 'Contact Us', 'About Us'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${gTitle}</title>
<meta name="description" content="Calloway Biosensors announced CE marking for its LactaTrace sweat-lactate patch.">
<meta property="og:site_name" content="GlobeNewswire News Room"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${gTitle}",
"datePublished":"2026-03-03T12:00:00Z","sourceOrganization":{"@type":"Organization","name":"Calloway Biosensors, Inc."}}</script>
<script>window.__GNW = {articleId: 3241876, organizationId: 88412};</script></head>
<body class="public-layout"><header class="header-container"><div class="header-wrapper"><a class="logo" href="/">
<img src="/Content/logo/GlobeNewswire_Logo.svg" alt="GlobeNewswire"></a>
<nav class="main-nav"><ul>${links(gNav, 'main-nav-item')}</ul></nav><a href="/Home/signin" class="sign-in">Sign In</a>
<a href="/Home/signup" class="register">Register</a></div></header>
<main class="main-container"><div class="article-container"><div class="main-header-container">
<h1 class="article-headline" itemprop="headline">${gTitle}</h1>
<div class="article-published-source"><span class="article-published" itemprop="datePublished"><time datetime="2026-03-03T12:00:00Z">March 03, 2026
07:00 ET</time></span> | <span class="article-source">Source: <a href="/search/organization/Calloway%20Biosensors">Calloway Biosensors, Inc.</a></span>
<button class="follow-button">Follow</button></div>
<div class="share-tools"><span class="share-label">Share</span><a href="#" class="share-x">X</a><a href="#" class="share-in">LinkedIn</a>
<a href="#" class="share-fb">Facebook</a><a href="#" class="share-email">Email</a></div></div>
<div class="main-body-container article-body" id="main-body-container" itemprop="articleBody">
${ps(gP)}
<h2>${gH1}</h2>
${ps(gP2)}
<ul type="disc">${lis(gList)}</ul>
<h2>${gH2}</h2>
${ps(gP3)}
<h2>${gH3}</h2>
${ps(gAbout)}
<p>${gContact.join('<br>\n')}</p>
</div>
<div class="attachment-list"><h3>Attachment</h3><ul><li><a href="#">LactaTrace patch on a runner's forearm</a></li></ul></div>
<div class="main-tags-attributes-container"><h3>Tags</h3><ul class="tags">${links(gTags)}</ul></div>
<div class="related-links"><h3>Related Links</h3><ul>${links(['Calloway Biosensors website', 'LactaTrace product page'])}</ul></div>
</div>
<aside class="recommended-reading"><h2>Recommended Reading</h2><ul>${links(gRec)}</ul>
<p class="more-from">More news releases from Calloway Biosensors, Inc.</p></aside></main>
<footer class="footer-container"><ul>${links(gFoot)}</ul><p>© 2026 GLOBE NEWSWIRE, INC. All Rights Reserved.</p></footer>
<div class="cookie-bar" id="cookieBar"><p>We use cookies to improve your experience on our website. By continuing, you accept our use of cookies.</p>
<button class="cookie-accept">Accept</button></div></body></html>`;
const globeNewswire: TestPage = {
  name: 'heldout397-globenewswire-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [gH1, gH2, gH3],
  body: texts([...gP, ...gP2, ...gList, ...gP3, ...gAbout]),
  bylines: ['March 03, 2026 07:00 ET', 'Calloway Biosensors, Inc.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Sign In', 'Register', 'Source:', 'Follow', 'Share', 'LinkedIn', 'Facebook', 'Email', 'Investor and Media Contact:', 'Jolene Varter',
    'jvarter@callowaybio.example', 'Attachment', "LactaTrace patch on a runner's forearm", 'Tags', ...gTags, 'Related Links',
    'Calloway Biosensors website', 'LactaTrace product page', 'Recommended Reading', ...gRec, 'More news releases from Calloway Biosensors, Inc.',
    ...gFoot, '© 2026 GLOBE NEWSWIRE, INC. All Rights Reserved.',
    'We use cookies to improve your experience on our website. By continuing, you accept our use of cookies.', 'Accept',
  ],
};

export const HELDOUT397_B: readonly TestPage[] = [globeNewswire, einPresswire];
