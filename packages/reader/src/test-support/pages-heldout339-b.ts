import { ps, type TestPage, texts } from './page-kit.js';
import { shopifyPrivacy } from './pages-heldout339-b2.js';
import { j, lis } from './pages-heldout339-kit.js';

/**
 * Held-out batch 339, file b: a SaaS company's terms of service on a Webflow site (navbar with a dropdown, the legal
 * section with its "Last updated" line and the rich-text block of numbered clauses, a sticky CTA strip, the footer grid and a
 * Finsweet cookie-consent banner) and, from file b2, a Shopify store's privacy policy on the Dawn theme.
 */
const title = 'Terms of Service';
const updated = 'Last updated: February 9, 2026';
const intro = [
  j(
    'These Terms of Service (the “Terms”) govern your access to and use of Loomgrid, the project planning software provided by Loomgrid',
    'Labs, Inc. (“Loomgrid”, “we”, “us”). By creating an account or using the service you agree to these Terms. If you use Loomgrid on',
    'behalf of an organisation, you agree to them on its behalf and confirm that you have the authority to do so.',
  ),
];
const c1 = '1. Accounts';
const t1 = [
  j(
    '1.1 You must give accurate information when you sign up and keep it up to date. You are responsible for everything that happens',
    'under your account, including the actions of members you invite to your workspace.',
  ),
  '1.2 Keep your password secret and tell us at once at security@loomgrid.example if you believe someone has used your account without permission.',
];
const c2 = '2. Subscriptions and payment';
const t2 = [
  j(
    '2.1 Paid plans are billed in advance, monthly or yearly, and renew automatically at the end of each billing period until you',
    'cancel. Prices are shown before you subscribe and exclude taxes, which we add where the law requires.',
  ),
  j(
    '2.2 We may change our prices with at least 30 days’ notice by email. A new price applies from your next renewal after the notice',
    'period; if you do not agree, you can cancel before that renewal.',
  ),
  '2.3 Fees already paid are not refundable, except where these Terms or the law say otherwise.',
];
const c3 = '3. Acceptable use';
const t3lead = ['3.1 You agree not to use Loomgrid to:'];
const t3 = [
  'upload content that you do not have the right to share, or that infringes anyone’s intellectual property;',
  'probe, scan or test the vulnerability of the service, or get around its security or usage limits;',
  'send spam or unsolicited messages to people through comments, invitations or integrations;',
  'resell the service or give access to it to third parties outside your workspace.',
];
const c4 = '4. Your content';
const t4 = [
  j(
    '4.1 You keep all rights in the plans, files and comments you put into Loomgrid (“Your Content”). You give us a limited licence to',
    'host, copy and display Your Content only as needed to run the service for you.',
  ),
  '4.2 You can export Your Content at any time from the workspace settings. After your account closes we delete it within 60 days.',
];
const c5 = '5. Termination';
const t5 = [
  j(
    '5.1 You may cancel your subscription at any time from the billing page; it stays active until the end of the current period.',
    '5.2 We may suspend or end your access if you seriously breach these Terms and do not fix the breach within 14 days of our notice.',
  ),
];
const c6 = '6. Limitation of liability';
const t6 = [
  j(
    '6.1 To the extent the law allows, Loomgrid is not liable for indirect or consequential losses, lost profits or lost data, and our',
    'total liability in any 12-month period is limited to the fees you paid us in that period.',
  ),
];
const c7 = '7. Changes to these Terms';
const t7 = [
  j(
    '7.1 We may update these Terms from time to time. If a change is material we will tell you by email or in the app at least 30 days',
    'before it takes effect. The date at the top of this page shows when the Terms were last changed.',
  ),
  '7.2 These Terms are governed by the laws of the State of Oregon. Questions about them can be sent to legal@loomgrid.example.',
];
const html = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 09 2026 17:20:41 GMT+0000 -->
<html data-wf-domain="www.loomgrid.example" data-wf-page="65f2a1c09e4b7d0012ab34c1" data-wf-site="65e0d4b2c81f3a0011cd5e20" lang="en"><head>
<meta charset="utf-8"><title>Terms of Service | Loomgrid</title><meta content="The terms that apply to your use of Loomgrid." name="description">
<meta content="Terms of Service | Loomgrid" property="og:title"><meta content="summary_large_image" name="twitter:card">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65e0d4b2c81f3a0011cd5e20/css/loomgrid.webflow.shared.4c2e1a.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Terms of Service","dateModified":"2026-02-09",
"publisher":{"@type":"Organization","name":"Loomgrid Labs, Inc."}}</script></head>
<body class="body-legal"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://cdn.prod.website-files.example/65e0/logo.svg"
loading="lazy" alt="" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu"><div data-hover="true" data-delay="0" class="nav-dropdown w-dropdown">
<div class="nav-dropdown-toggle w-dropdown-toggle"><div class="w-icon-dropdown-toggle"></div><div>Product</div></div>
<nav class="nav-dropdown-list w-dropdown-list"><a href="/features/boards" class="nav-dropdown-link w-dropdown-link">Boards</a>
<a href="/features/timelines" class="nav-dropdown-link w-dropdown-link">Timelines</a><a href="/features/integrations"
class="nav-dropdown-link w-dropdown-link">Integrations</a></nav></div>
<a href="/pricing" class="nav-link w-nav-link">Pricing</a><a href="/customers" class="nav-link w-nav-link">Customers</a>
<a href="/blog" class="nav-link w-nav-link">Blog</a><a href="https://app.loomgrid.example/login" class="nav-link w-nav-link">Log in</a>
<a href="https://app.loomgrid.example/signup" class="button-nav w-button">Start free trial</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-legal"><div class="container-legal w-container"><div class="legal-header"><div class="legal-eyebrow">Legal</div>
<h1 class="heading-legal">${title}</h1><div class="text-legal-updated">${updated}</div></div>
<div class="rich-text-legal w-richtext">
${ps(intro)}
<h2>${c1}</h2>
${ps(t1)}
<h2>${c2}</h2>
${ps(t2)}
<h2>${c3}</h2>
${ps(t3lead)}
<ul role="list">${lis(t3)}</ul>
<h2>${c4}</h2>
${ps(t4)}
<h2>${c5}</h2>
${ps(t5)}
<h2>${c6}</h2>
${ps(t6)}
<h2>${c7}</h2>
${ps(t7)}
</div></div></section>
<section class="section-cta"><div class="w-container"><h2 class="heading-cta">Plan your next launch in Loomgrid</h2>
<p class="paragraph-cta">Free for 14 days. No credit card needed.</p><a href="https://app.loomgrid.example/signup" class="button-cta w-button">Get started</a>
</div></section>
<footer class="footer"><div class="footer-container w-container"><div class="w-layout-grid footer-grid">
<div class="footer-column"><div class="footer-title">Product</div><a href="/features/boards" class="footer-link">Boards</a>
<a href="/features/timelines" class="footer-link">Timelines</a><a href="/pricing" class="footer-link">Pricing</a>
<a href="/changelog" class="footer-link">Changelog</a></div>
<div class="footer-column"><div class="footer-title">Company</div><a href="/about" class="footer-link">About</a>
<a href="/careers" class="footer-link">Careers</a>
<a href="/press" class="footer-link">Press kit</a></div>
<div class="footer-column"><div class="footer-title">Legal</div><a href="/legal/terms" aria-current="page" class="footer-link w--current">Terms</a>
<a href="/legal/privacy" class="footer-link">Privacy Policy</a><a href="/legal/dpa" class="footer-link">Data Processing Addendum</a>
<a href="#" fs-cc="open-preferences" class="footer-link">Cookie preferences</a></div></div>
<div class="footer-bottom"><div class="text-copyright">© 2026 Loomgrid Labs, Inc. All rights reserved.</div>
<div class="text-made">Made with care in Portland, Oregon</div></div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to run Loomgrid, to
measure how our site is used and to improve our marketing. See our <a href="/legal/privacy" class="fs-cc-banner_text-link">Privacy Policy</a>.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0d4b2c81f3a0011cd5e20" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.example/65e0d4b2c81f3a0011cd5e20/js/webflow.8a21c0.js" type="text/javascript"></script></body></html>`;
const webflowTerms: TestPage = {
  name: 'heldout339-webflow-saas-terms',
  kind: 'docs',
  html,
  title,
  headings: [c1, c2, c3, c4, c5, c6, c7],
  body: texts([...intro, ...t1, ...t2, ...t3lead, ...t3, ...t4, ...t5, ...t6, ...t7]),
  bylines: [updated],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Product', 'Boards', 'Timelines', 'Integrations', 'Pricing', 'Customers', 'Blog', 'Log in', 'Start free trial', 'Legal',
    'Plan your next launch in Loomgrid', 'Free for 14 days. No credit card needed.', 'Get started', 'Changelog', 'Company', 'About', 'Careers',
    'Press kit', 'Privacy Policy', 'Data Processing Addendum', 'Cookie preferences', '© 2026 Loomgrid Labs, Inc. All rights reserved.',
    'Made with care in Portland, Oregon',
    'We use cookies to run Loomgrid, to measure how our site is used and to improve our marketing. See our Privacy Policy.',
    'Preferences', 'Deny', 'Accept',
  ],
};

export const HELDOUT339_B: readonly TestPage[] = [webflowTerms, shopifyPrivacy];
