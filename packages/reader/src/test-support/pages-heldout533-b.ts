import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis } from './pages-heldout533-kit.js';

/**
 * Held-out batch 533, file b: an incident page on Atlassian Statuspage (a hosting provider's status site), and a domain
 * transfer guide on a registrar's HubSpot CMS blog with a CTA, tags, a comment form and related posts.
 */
const sTitle = 'Slow page loads and failed logins on shared cluster AMS-4';
const sUpdates = [
  [
    'Resolved',
    'The storage controller has been replaced and all sites on AMS-4 have been responding normally for two hours. We will publish a short report next week.',
    'Posted 3 days ago. Nov 19, 2026 - 16:40 CET',
  ],
  [
    'Monitoring',
    'Traffic has been moved back to the primary storage array. Page load times are back to normal and we are watching the cluster closely.',
    'Posted 3 days ago. Nov 19, 2026 - 14:55 CET',
  ],
  [
    'Identified',
    j(
      'A failing storage controller is slowing disk reads on AMS-4. Sites are still online but may take several seconds to load,',
      'and logins to the control panel may time out. Engineers are swapping the controller now.',
    ),
    'Posted 3 days ago. Nov 19, 2026 - 13:20 CET',
  ],
  [
    'Investigating',
    'We are looking into reports of slow websites and failed control panel logins for customers on AMS-4.',
    'Posted 3 days ago. Nov 19, 2026 - 12:48 CET',
  ],
];
const sAffected = 'This incident affected: Shared Hosting (AMS-4) and Control Panel.';
const sRow = ([label, text, when]: readonly string[]): string => `<div class="row update-row"><div class="update-title span3 font-large">${label}</div>
<div class="update-body span9"><span class="whitespace-pre-wrap">${text}</span><div class="update-timestamp font-small color-secondary">
Posted <span class="ago" data-datetime-unix="1763567000000">3 days ago</span>. ${(when ?? '').replace(/^Posted 3 days ago\. /, '')}</div></div></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Kestrel Hosting Status - ${sTitle}</title><meta name="description" content="Kestrel Hosting's Incident Report for ${sTitle}">
<meta property="og:title" content="${sTitle}"><meta property="og:site_name" content="Kestrel Hosting Status">
<link rel="alternate" type="application/atom+xml" href="https://status.kestrelhosting.nl/history.atom" title="Kestrel Hosting Status History - Atom Feed">
<link rel="stylesheet" media="all" href="https://dka575ofm4ao0.cloudfront.net/assets/status/status_manifest-4f3b.css">
<style>.layout-content.status .masthead, .layout-content.status .page-footer { color: #737A80; }</style>
<script>window.pageColorData = {"blue":"#3498DB","green":"#2FCC66","orange":"#E67E22","red":"#E74C3C"};</script></head>
<body class="status incident index"><div class="layout-content status status-incident">
<div class="masthead-container basic"><div class="masthead has-logo"><div class="logo-container"><a href="https://status.kestrelhosting.nl">
<img alt="Kestrel Hosting Logo" src="https://dka575ofm4ao0.cloudfront.net/pages-transactional_logos/retina/18210/kestrel.png"></a></div>
<div class="updates-dropdown-container"><div class="dropdown-link-container"><a class="show-updates-dropdown" href="#">Subscribe to Updates</a></div>
<div class="updates-dropdown" style="display: none;"><div class="updates-dropdown-nav"><a class="updates-dropdown-section-nav-link active">Email</a>
<a class="updates-dropdown-section-nav-link">Webhook</a></div><div class="updates-dropdown-sections-container"><div class="updates-dropdown-section">
<form action="/subscriptions" method="post"><div
class="directions">Get email notifications whenever Kestrel Hosting creates, updates or resolves an incident.</div>
<input type="email" name="email" placeholder="Email address"><input type="submit" value="Subscribe via Email"
class="flat-button"></form></div></div></div></div>
<div class="page-title"><div class="incident-name impact-major">${sTitle}</div><div
class="subheader">Incident Report for <span>Kestrel Hosting</span></div></div></div>
<div class="container"><div class="incident-updates-container">${sUpdates.map(sRow).join('\n')}</div>
<div class="row components-affected font-small color-secondary border-color">${sAffected}</div>
<div class="page-footer border-color font-small"><span class="back-to-top">← <a href="/">Current Status</a></span>
<div class="powered-by"><a href="https://www.atlassian.com/software/statuspage?utm_campaign=status.kestrelhosting.nl" target="_blank"
rel="noopener">Powered by Atlassian Statuspage</a></div></div></div></div>
<script src="https://dka575ofm4ao0.cloudfront.net/assets/status/status_manifest-1a9c.js"></script>
<script>$(function(){ new HRB.StatusPage.IncidentPage({"incident_code":"8kd31zq0x7mv"}); });</script></body></html>`;
const statuspage: TestPage = {
  name: 'heldout533-statuspage-incident',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: [...sUpdates.flatMap((u) => [at(u, 0), at(u, 1)]), sAffected],
  bylines: sUpdates.map((u) => at(u, 2)),
  furniture: ['Subscribe to Updates', 'Incident Report for Kestrel Hosting', '← Current Status', 'Powered by Atlassian Statuspage'],
};

const hTitle = 'How to transfer a domain to Quillmark in six steps';
const hBody = [
  j(
    'Moving a domain between registrars sounds risky, but the process is the same at every registrar and your website and email keep',
    'working the whole time, as long as you do not change your DNS while the transfer runs. This guide walks through each step,',
    'from checking that your domain can move to confirming that it has arrived.',
  ),
  'Before you start',
  j(
    'A domain can only be transferred if it was registered or last transferred more than 60 days ago. This is an ICANN rule, and no',
    'registrar can waive it. You also need access to the email address listed as the registrant contact, because the transfer',
    'approval is sent there.',
  ),
  j(
    'Check the expiry date too. If your domain expires in the next two weeks, renew it with your current registrar first; a transfer',
    'that is still pending on the expiry date can fail, and the renewal is not lost because the transfer adds a year on top.',
  ),
  'Step 1: Unlock the domain',
  j(
    'Registrars put a transfer lock (shown as <code>clientTransferProhibited</code> in a WHOIS lookup) on every domain by default.',
    'Log in to your current registrar and switch the lock off. Some registrars call it "registrar lock" or "domain protection".',
  ),
  'Step 2: Get the authorisation code',
  j(
    'The authorisation code, also called the EPP code or auth code, is a password for your domain. Your current registrar shows it',
    'in the domain settings or emails it to the registrant. Codes are case-sensitive and some expire after a few days, so request',
    'it when you are ready to start.',
  ),
  'Step 3: Start the transfer at Quillmark',
  j(
    'Search for your domain on our transfer page and paste in the code. The transfer price includes a one-year renewal, so you pay',
    'once and the new expiry date is a year after the old one.',
  ),
  'Step 4: Approve the transfer by email',
  'Within an hour we send an approval email to the registrant contact. Click the link in it to confirm. If the email does not arrive:',
  'check that the WHOIS privacy service forwards mail to you',
  'make sure the registrant address is one you still read',
  'ask us to resend it from the transfer status page',
  'Step 5: Wait for the losing registrar',
  j(
    'Your old registrar has five days to release the domain. Many release it at once if you approve the outgoing transfer in their',
    'control panel; otherwise it completes automatically on the fifth day. Country-code domains such as .nl and .de work differently',
    'and usually complete within a few hours.',
  ),
  'Step 6: Check your DNS and renewal settings',
  j(
    'When the transfer completes, your domain keeps the nameservers it had before, so nothing changes for visitors. Now is a good',
    'time to turn auto-renew on and to move your DNS to Quillmark if you want to manage everything in one place.',
  ),
  'What if the transfer fails?',
  j(
    'The most common reasons are a wrong auth code, a domain that is still locked and an approval email that was never clicked. Our',
    'support team can see the reason on every failed transfer and will tell you how to restart it at no extra cost.',
  ),
];
const hHeads = [1, 4, 6, 8, 10, 15, 17, 19];
const hList = hBody.slice(12, 15);
const hNav = ['Domains', 'Transfers', 'DNS', 'Email', 'Pricing'];
const hTags = ['Domain transfers', 'Guides'];
const hRel = [
  ['What is an EPP code and where do I find it?', 'Auth codes explained, with the places the biggest registrars hide them.'],
  ['Keeping email running while you change registrars', 'A checklist for MX records during a transfer.'],
  ['.nl, .be and .de: how country-code transfers differ', 'Why some transfers finish in an hour.'],
];
const hFoot = ['About Quillmark', 'Careers', 'Terms of service', 'Privacy notice', 'WHOIS lookup', 'Contact'];
const rt = (inner: string): string => `<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">${inner}</span>`;
const hPost = hBody
  .map((b, i) => {
    if (hHeads.includes(i)) return `<h2>${b}</h2>`;
    if (i === 12) return `<ul>${lis(hList)}</ul>`;
    if (i === 13 || i === 14) return '';
    return `<p>${b}</p>`;
  })
  .filter((s) => s !== '');
const hCta = `<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-3d1e8f0a"><span class="hs-cta-node hs-cta-3d1e8f0a"
id="hs-cta-3d1e8f0a"><a href="https://cta-redirect.hubspot.com/cta/redirect/2817/3d1e8f0a"><img class="hs-cta-img" id="hs-cta-img-3d1e8f0a"
style="border-width:0px;"
src="https://no-cache.hubspot.com/cta/default/2817/3d1e8f0a.png" alt="Transfer your domain and get a year free"></a></span>
<script charset="utf-8" src="https://js.hscta.net/cta/current.js"></script><script type="text/javascript">hbspt.cta.load(2817, '3d1e8f0a',
{"useNewLoader":"true"});</script>
</span><!-- end HubSpot Call-to-Action Code --></p>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${hTitle}</title><meta name="description" content="Unlock, get your auth code, approve: the whole domain transfer, step by step.">
<link rel="shortcut icon" href="https://www.quillmark.com/hubfs/favicon.png"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:description" content="Unlock, get your auth code, approve: the whole domain transfer, step by step."><meta property="og:type"
content="article">
<link rel="stylesheet" href="https://www.quillmark.com/hs-fs/hub/2817/hub_generated/template_assets/1/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Jonah Velasquez-Orr"}}</script>
<link rel="canonical" href="https://www.quillmark.com/blog/how-to-transfer-a-domain"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-81230911 hs-blog-post hs-blog-id-5120334">
<div data-global-resource-path="quillmark-theme/templates/partials/header.html"><header class="header"><a href="#main-content"
class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><a href="/" id="hs-link-site_logo">
<img src="https://www.quillmark.com/hubfs/quillmark-logo.svg" class="hs-image-widget" alt="Quillmark"></a></span></div>
<div class="header__column"><div class="header__row-1"><div class="header__search"><form class="hs-search-field__bar" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="site_search-input">Search</label><input type="text" id="site_search-input" class="hs-search-field__input"
name="term" placeholder=""><button aria-label="Search"><span id="hs_cos_wrapper_site_search_"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_icon">
<svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"><path d="M505 442.7L405.3 343"></path></svg></span></button></form></div></div>
<div class="header__row-2"><nav class="menu menu--desktop" aria-label="Main menu"><ul
class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1')}</ul></nav>
<a class="button" href="/get-started">Register a domain</a></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.quillmark.com/blog/author/jonah-velasquez-orr">Jonah Velasquez-Orr</a>
<time datetime="2026-10-07 08:00:00" class="blog-post__timestamp">Oct 7, 2026 10:00:00 AM</time></div>
<div class="blog-post__body">${rt([hPost[0], hCta, ...hPost.slice(1)].join('\n'))}</div>
<div class="blog-post__tags"><svg version="1.0" viewBox="0 0 512 512" aria-hidden="true"></svg>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join(',\n')}</div></article>
<section class="blog-comments"><div id="hs_cos_wrapper_blog_comments"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-blog_comments">
<div class="section post-footer"><div id="comments-listing" class="new-comments"></div><div id="hs_form_target_hubspot_blog_comments_2817">
<form class="hs-form stacked"><div class="hs_firstname hs-form-field"><label for="firstname-2817"><span>First Name</span><span
class="hs-form-required">*</span></label>
<div class="input"><input id="firstname-2817" name="firstname" required="" type="text" class="hs-input"></div></div>
<div class="hs_comment hs-form-field"><label for="comment-2817"><span>Comment</span><span class="hs-form-required">*</span></label><div class="input">
<textarea id="comment-2817" class="hs-input" name="comment"></textarea></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Submit Comment"></div></div></form></div></div></div></section></div></div>
<div class="blog-related-posts"><div class="content-wrapper"><h2 class="blog-related-posts__title">Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    ([t, s]) => `<article class="blog-related-posts__post" aria-label="Blog post summary: ${t}"><a class="blog-related-posts__post-image-wrapper" href="/blog/">
<img class="blog-related-posts__image" src="https://www.quillmark.com/hubfs/blog/cover.jpg" alt="" loading="lazy"></a>
<div class="blog-related-posts__content"><h3 class="blog-related-posts__title-heading"><a class="blog-related-posts__title-link" href="/blog/">${t}</a></h3>
<p class="blog-related-posts__summary">${s}</p></div></article>`,
  )
  .join('\n')}</div></div></div></main>
<div data-global-resource-path="quillmark-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<nav class="menu menu--desktop" aria-label="Footer menu"><ul class="menu__wrapper no-list">${links(hFoot, 'menu__item menu__item--depth-1')}</ul></nav>
<p class="footer__copyright">© 2026 Quillmark Domains B.V. An ICANN-accredited registrar.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" aria-label="Cookie banner" data-hs-banner="true"><div
id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more
personalised
services to you.</p></div><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/2817.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout533-hubspot-transfer-guide',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads.map((i) => at(hBody, i)),
  body: texts(hBody.filter((_, i) => !hHeads.includes(i))),
  bylines: ['Jonah Velasquez-Orr', 'Oct 7, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', ...hNav, 'Register a domain', ...hTags, 'First Name', 'Comment', 'Related posts',
    ...hRel.flat(), ...hFoot, '© 2026 Quillmark Domains B.V. An ICANN-accredited registrar.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT533_B: readonly TestPage[] = [statuspage, hubspot].map(finish);
