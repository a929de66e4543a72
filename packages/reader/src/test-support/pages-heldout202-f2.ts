import { links, type TestPage } from './page-kit.js';
import { blocks } from './pages-heldout202-kit.js';

/**
 * Held-out batch 202, file f2: a router maker's knowledge base FAQ on the TP-Link support site (the region suggestion bar,
 * the header with product menus and "Support", the breadcrumb, the FAQ h1, the "Updated" time and view count, the "This
 * Article Applies to:" model list, rich text whose section headings are bold paragraphs, screenshots with alt text, the
 * "Get to know more details" download-centre line, the "Is this faq useful?" survey with its hidden follow-up form, "Related
 * FAQs", the subscription box, the cookie notice and the footer).
 */
const tpTitle = 'How to set up a guest network on a Wi-Fi router so visitors can’t see your devices';
const tpHeads = ['Method 1: Using the Tether app', 'Method 2: Using the web management page', 'Notes'];
const tpArt = `<p>A guest network is a separate Wi-Fi network with its own name and password. Visitors can use it to get online, but by
default they can’t see or reach the computers, printers, cameras and storage devices on your main network. This FAQ explains how to turn it
on and what each setting does.</p>
<p><b>${tpHeads[0]}</b></p>
<p>1. Open the Tether app and log in with your TP-Link ID. Select your router from the list of devices.</p>
<p>2. Tap <b>Tools</b> &gt; <b>Guest Network</b>.</p>
<p>3. Turn on the 2.4 GHz and 5 GHz guest networks as needed. Enter a network name (SSID) and a password of at least eight characters, then
tap <b>Save</b>.</p>
<p><b>${tpHeads[1]}</b></p>
<p>1. Connect your computer to the router by cable or Wi-Fi and visit http://tplinkwifi.net in a web browser. Log in with the password you set
for the router.</p>
<p>2. Go to <b>Advanced</b> &gt; <b>Wireless</b> &gt; <b>Guest Network</b>.</p>
<p>3. Tick <b>Enable</b> for the band you want to use, then set the network name and password.</p>
<p>4. Leave <b>Allow guests to see each other and access my local network</b> unticked. When this option is off, guest devices are isolated
from your main network and from each other.</p>
<p>5. Click <b>Save</b>. The guest network appears within a minute.</p>
<p><b>${tpHeads[2]}</b></p>
<ul><li>If you use the router in Access Point mode, the guest network is not available.</li>
<li>Parental controls and QoS settings for the main network do not apply to the guest network.</li>
<li>You can limit when the guest network is available by setting a schedule under Guest Network &gt; Schedule, for example only at weekends.</li>
<li>Changing the guest network password disconnects all guests. They must enter the new password to reconnect.</li></ul>`;
const tpModels = ['Archer AX21', 'Archer AX55', 'Archer AX73', 'Archer BE550', 'Deco X20'];
const tpNav = ['Home Networking', 'Smart Home', 'Business', 'Service Provider', 'Support', 'Where to Buy', 'Blog'];
const tpCrumbs = ['Home', 'Support', 'FAQ'];
const tpConcerns = ['Dissatisfied with product', 'Too Complicated', 'Confusing Title', 'Does not apply to me', 'Too Vague', 'Other'];
const tpRelated = [
  'How to change the Wi-Fi password on a TP-Link router',
  'How to set up Parental Controls on a Wi-Fi router',
  'Why can’t guest devices reach the internet?',
  'How to update the firmware of a TP-Link router',
];
const tpFoot = ['About Us', 'Press', 'Careers', 'Contact Us', 'Product Security', 'Privacy Policy', 'Terms of Use', 'Cookie Settings', 'Sitemap'];
const tpSub = 'TP-Link takes your privacy seriously. For further details on TP-Link’s privacy practices, see TP-Link’s Privacy Policy.';
const tpCookie =
  'This website uses cookies to improve website navigation, analyze online activities and have the best possible user experience on our ' +
  'website. You can object to the use of cookies at any time.';
const tpHtml = `<!DOCTYPE html>
<html lang="en-us"><head><meta charset="utf-8"><title>${tpTitle} | TP-Link</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="How to turn on a guest network.">
<meta property="og:title" content="${tpTitle}"><link rel="canonical" href="https://www.tp-link.com/us/support/faq/4127/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${tpTitle}",
"acceptedAnswer":{"@type":"Answer","text":"Use the Tether app or the web management page."}}]}</script>
<script>var tpSite = {region: 'us', faqId: 4127}; window.dataLayer = window.dataLayer || [];</script>
<link rel="stylesheet" href="https://static.tp-link.com/assets/css/faq-detail.css?v=20250618"></head>
<body class="faq-detail-page"><div class="region-suggest"><p>You are visiting the United States site. Visit the TP-Link site for your region?</p>
<a href="/choose-your-location/">Change region</a><button class="region-suggest-close" aria-label="Close">×</button></div>
<header class="tp-header"><a class="tp-logo" href="/us/"><span class="tp-visually-hidden">TP-Link</span></a>
<nav class="tp-nav" aria-label="Main"><ul>${links(tpNav, 'tp-nav-item')}</ul></nav>
<div class="tp-header-tools"><a class="tp-search" href="/us/search/">Search</a><a class="tp-login" href="/us/user/login/">Log In</a></div></header>
<div class="faq-container"><ol class="breadcrumb">${links(tpCrumbs, 'breadcrumb-item')}</ol>
<div class="faq-detail"><h1 class="title">${tpTitle}</h1><div class="faq-info"><span class="update-time">Updated 08-15-2025 06:12:48 AM</span>
<span class="view-count">184127</span></div>
<div class="faq-applies"><p class="faq-applies-title">This Article Applies to:</p><p class="faq-applies-models">${tpModels.join(' , ')}</p></div>
<div class="faq-content rich-text">${tpArt}
<p><img src="https://static.tp-link.com/upload/faq/image-20250815061022-3.png" alt="guest network settings"></p></div>
<div class="faq-more"><p>Get to know more details of each function and configuration please go to <a href="/us/support/download/">Download
Center</a> to download the manual of your product.</p></div>
<div class="faq-survey"><p class="survey-title">Is this faq useful?</p><button class="survey-yes">Yes</button><button class="survey-no">No</button>
<p class="survey-tip">Your feedback helps improve this site.</p><div class="survey-form hidden"><p>What’s your concern with this article?</p>
<ul>${tpConcerns.map((c) => `<li class="concern"><label><input type="checkbox">${c}</label></li>`).join('')}</ul>
<p>We’d love to get your feedback, please let us know how we can improve this content.</p><textarea></textarea><button>Submit</button>
<p class="survey-thanks hidden">Thank you</p></div></div></div>
<div class="related-faq"><h2>Related FAQs</h2><ul>${links(tpRelated, 'related-faq-item')}</ul></div></div>
<section class="subscribe"><h2>Subscribe</h2><p>${tpSub}</p><input type="email" placeholder="Your email address"><button>Subscribe</button></section>
<footer class="tp-footer"><ul class="tp-footer-links">${links(tpFoot, 'tp-footer-item')}</ul>
<p class="tp-copyright">Copyright © 2025 TP-Link Corporation Limited. All rights reserved.</p></footer>
<div class="tp-cookie" role="dialog" aria-label="Cookie notice"><p>${tpCookie}</p><button class="tp-cookie-accept">Accept All Cookies</button>
<a href="/us/cookie-policy/">Cookie Settings</a></div>
<script src="https://static.tp-link.com/assets/js/faq-detail.js?v=20250618"></script></body></html>`;
export const routerFaq: TestPage = {
  html: tpHtml,
  name: 'heldout202-tp-link-router-faq',
  kind: 'docs',
  // the bold paragraphs that open each method are the article's section headings (not body); the numbered step paragraphs
  // are body; the "Updated" time is a byline, the view count and the applies-to model list furniture
  title: tpTitle,
  headings: tpHeads,
  body: blocks(tpArt).filter((t) => !tpHeads.includes(t)),
  bylines: ['Updated 08-15-2025 06:12:48 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'You are visiting the United States site. Visit the TP-Link site for your region?', 'Change region', ...tpNav, 'Search', 'Log In', ...tpCrumbs,
    '184127', 'This Article Applies to:', tpModels.join(' , '), 'Get to know more details of each function and configuration please go to',
    'Is this faq useful?', 'Yes', 'No', 'Your feedback helps improve this site.', 'What’s your concern with this article?', ...tpConcerns,
    'We’d love to get your feedback, please let us know how we can improve this content.', 'Submit', 'Thank you', 'Related FAQs',
    ...tpRelated, 'Subscribe', tpSub, ...tpFoot, 'Copyright © 2025 TP-Link Corporation Limited. All rights reserved.', tpCookie,
    'Accept All Cookies',
  ],
};
