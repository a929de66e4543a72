import { links, ps, type TestPage, texts } from './page-kit.js';
import { mediumPostmortem } from './pages-heldout354-b2.js';
import { j } from './pages-heldout354-kit.js';

/**
 * Held-out batch 354, file b: a cloud provider's post-incident summary in the AWS "message" page template (global header with
 * the mega-menu, language picker, "Sign In to the Console", the plain summary page with its h2 title, the back-to-top link, the
 * "Create an account" and "Learn" footer columns, the cookie notice) and, from file b2, a Medium-hosted engineering postmortem.
 */
const aTitle = 'Summary of the Tessera Object Storage Service Event in the Lisbon (EU-WEST-4) Region';
const aP1 = [
  j(
    'We want to provide you with some additional information about the service disruption that occurred in the Lisbon (EU-WEST-4)',
    'Region on February 24, 2026. Between 08:12 and 11:47 WET, a portion of PUT and GET requests to Tessera Object Storage in a',
    'single Availability Zone (euw4-az2) failed with 503 errors, and the error rate for the Region as a whole peaked at 17 percent.',
  ),
  j(
    'Tessera stores each object across a set of storage hosts and keeps an index that maps every object key to the hosts that hold it.',
    'The index is split into partitions, and each partition is served by a small group of index hosts. When a group of index hosts',
    'becomes overloaded, a placement service moves some of its partitions to other groups.',
  ),
  j(
    'At 08:04, an operator ran a planned command to retire a fleet of older index hosts in euw4-az2. The command was meant to take',
    'hosts out of service in batches of 2 percent. Because of an error in a recently changed configuration file, the batch size was',
    'read as 20 percent. The placement service started to move a large number of partitions at once onto the remaining hosts.',
  ),
];
const aP2 = [
  j(
    'Moving a partition requires the receiving hosts to load and verify it before it can serve requests. With so many partitions moving',
    'at the same time, the receiving hosts spent most of their capacity on verification, and requests for keys in moving partitions',
    'timed out. Client retries then added to the load on the same hosts.',
  ),
  j(
    'Our engineers were alerted at 08:15 and by 08:40 had identified the retirement command as the trigger. We stopped the command at',
    '08:43, but the partitions that were already moving had to finish their moves before the hosts could recover. To speed this up, we',
    'throttled background work, such as replication checks and lifecycle transitions, and added index capacity in the zone. Error rates',
    'fell steadily from 10:30, and all requests were succeeding normally by 11:47.',
  ),
  j(
    'Other services that use Tessera in the Region, including the Coda serverless functions service and the Lumen data warehouse,',
    'saw elevated errors for loading code and data during the same period. Services in other Regions were not affected.',
  ),
];
const aP3 = ['We have already made, or are making, several changes as a result of this event:'];
const aFix = [
  'The retirement tooling now refuses any batch larger than 5 percent of a fleet unless a second operator approves it.',
  'The placement service now limits the number of partitions that can move into any host group at the same time.',
  'Configuration files for fleet tooling are validated against a schema before they can be deployed.',
  'Clients in our own services now back off more quickly when they receive 503 errors from Tessera.',
];
const aP4 = [
  j(
    'We apologize for the impact this event caused for our customers. We know how critical our services are to our customers, their',
    'applications and end users, and their businesses. We will do everything we can to learn from this event and use it to improve our',
    'availability even further.',
  ),
];
const aH = ['What happened', 'Impact on other services', 'What we are changing'];
const aNav = ['Products', 'Solutions', 'Pricing', 'Documentation', 'Learn', 'Partner Network', 'Marketplace', 'Customer Enablement', 'Events'];
const aFoot1 = ['What Is Tessera?', 'What Is Cloud Computing?', 'Northwind Cloud Inclusion, Diversity & Equity', 'What Is DevOps?'];
const aFoot2 = ['Getting Started', 'Training and Certification', 'Developer Center', 'Customer Success', 'Architecture Center'];
const aHtml = `<!doctype html>
<html class="no-js aws-lng-en_US" lang="en-US" data-static-assets="https://a0.nwcstatic.example" data-js-version="1.0.681"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${aTitle}</title><meta name="description" content="Summary of the Tessera Object Storage Service Event in the Lisbon Region">
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Northwind Cloud">
<link rel="canonical" href="https://northwind.example/message/4b7e21/">
<link rel="stylesheet" href="https://a0.nwcstatic.example/libra-css/css/1.0.681/style.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${aTitle}",
"publisher":{"@type":"Organization","name":"Northwind Cloud"}}</script>
<script>window.AWSC=window.AWSC||{};AWSC.Clog={queue:[]};</script></head>
<body class="lb-page-content"><div id="aws-page-header" class="m-page-header" role="banner"><div class="m-page-header-container">
<a href="#aws-page-content-main" class="m-skip-link">Skip to main content</a><div class="m-nav-logo"><a href="/">Northwind Cloud</a></div>
<ul class="m-nav-links m-global-nav">${links(aNav, 'm-nav-item')}</ul>
<div class="m-nav-secondary"><a href="/contact-us/" class="m-nav-contact">Contact Us</a><a href="#" class="m-nav-support">Support</a>
<a href="#" class="m-lang-selector">English</a><a href="/account/" class="m-nav-account">My Account</a>
<a href="https://console.northwind.example/" class="m-button m-button-primary">Sign In to the Console</a></div></div></div>
<main id="aws-page-content" class="aws-page-content"><div id="aws-page-content-main" class="aws-text-box section">
<div class="lb-grid lb-row lb-row-max-large"><div class="lb-col lb-tiny-24 lb-mid-24"><div class="lb-txt-16 lb-rtxt">
<h2>${aTitle}</h2>
${ps(aP1)}
<p><b>${aH[0]}</b></p>
${ps(aP2.slice(0, 2))}
<p><b>${aH[1]}</b></p>
${ps(aP2.slice(2))}
<p><b>${aH[2]}</b></p>
${ps(aP3)}
<ul>${aFix.map((f) => `<li>${f}</li>`).join('\n')}</ul>
${ps(aP4)}
<p>— The Northwind Cloud Team</p></div></div></div></div>
<div class="lb-grid"><a class="lb-txt-none m-back-to-top" href="#aws-page-header">Back to top ↑</a></div></main>
<footer id="aws-page-footer" class="m-page-footer"><div class="m-footer-cta"><a href="/free/" class="m-button">Create an account</a>
<a href="/pricing/">Sign up for the Free Tier</a></div><div class="m-footer-columns"><div class="m-footer-col"><p class="m-footer-title">Learn</p>
<ul>${links(aFoot1)}</ul></div><div class="m-footer-col"><p class="m-footer-title">Resources</p><ul>${links(aFoot2)}</ul></div></div>
<div class="m-footer-legal"><a href="/privacy/">Privacy</a> | <a href="/terms/">Site Terms</a> | <a href="#" class="m-cookie-pref">Cookie Preferences</a>
<p>© 2026, Northwind Cloud Services, Inc. or its affiliates. All rights reserved.</p></div></footer>
<div id="awsccc-cb-c" class="awsccc-u-cb" role="region" aria-label="Cookie banner"><div class="awsccc-cs-container">
<h2 id="awsccc-cb-title">Select your cookie preferences</h2><p id="awsccc-cb-text">We use essential cookies and similar tools that are necessary to provide
our site and services. We use performance cookies to collect anonymous statistics so we can understand how customers use our site.</p>
<button id="awsccc-cb-btn-accept">Accept</button><button id="awsccc-cb-btn-decline">Decline</button><button id="awsccc-cb-btn-customize">Customize</button>
</div></div><script src="https://a0.nwcstatic.example/libra/1.0.681/libra-head.js"></script></body></html>`;
const northwind: TestPage = {
  name: 'heldout354-aws-message-post-incident-summary',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aP1, ...aP2, ...aP3, ...aFix, ...aP4]),
  bylines: ['— The Northwind Cloud Team'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...aNav, 'Contact Us', 'Support', 'English', 'My Account', 'Sign In to the Console', 'Back to top ↑', 'Create an account',
    'Sign up for the Free Tier', ...aFoot1, 'Resources', ...aFoot2, 'Privacy', 'Site Terms', 'Cookie Preferences',
    '© 2026, Northwind Cloud Services, Inc. or its affiliates. All rights reserved.', 'Select your cookie preferences',
    'We use essential cookies and similar tools that are necessary to provide our site and services.', 'Accept', 'Decline', 'Customize',
  ],
};

export const HELDOUT354_B: readonly TestPage[] = [northwind, mediumPostmortem];
