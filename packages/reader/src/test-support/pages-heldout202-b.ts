import { links, type TestPage } from './page-kit.js';
import { fitbitArticle } from './pages-heldout202-b2.js';
import { blocks } from './pages-heldout202-kit.js';

/**
 * Held-out batch 202, file b: a PlayStation support article (the shared SIE global nav with "Sign In", the support sub-nav,
 * the breadcrumb, the hero with the h1 and a one-line summary, the "Applies to" console list, collapsible step sections whose
 * headings are buttons, a "Note" box, the "Was this article helpful?" widget, "Related articles" tiles, the "Need more help?"
 * contact block, the OneTrust banner and the SIE footer with its region selector) and, from file b2, a Fitbit help article.
 */
const psTitle = 'How to fix a DualSense wireless controller that won’t charge';
const psSummary = 'Find out what to do if the light bar doesn’t pulse orange when you connect your controller to charge.';
const psSections = [
  {
    h: 'Check the cable and the port',
    art: `<p>Use the USB cable that came with your console, or another USB Type-C® cable that supports data transfer. Some cables only carry
power for phones and may not work reliably with the controller.</p>
<ul><li>Try a different USB port on the front or back of the console.</li>
<li>Look inside the controller’s USB port for dust or lint and remove it carefully with a soft, dry brush.</li>
<li>Make sure the plug goes all the way in. A loose connection can stop charging part of the way through.</li></ul>`,
  },
  {
    h: 'Charge while the console is in rest mode',
    art: `<p>Your controller only charges from the console when the console is on or in rest mode with USB power supplied. To check the
setting:</p>
<ol><li>Go to <strong>Settings</strong> &gt; <strong>System</strong> &gt; <strong>Power Saving</strong>.</li>
<li>Select <strong>Features Available in Rest Mode</strong> &gt; <strong>Supply Power to USB Ports</strong>.</li>
<li>Choose <strong>Always</strong> or <strong>3 Hours</strong>.</li></ol>
<p>When the controller is charging in rest mode, the light bar slowly pulses orange. When charging is complete, the light bar turns off.</p>`,
  },
  {
    h: 'Reset the controller',
    art: `<p>If the controller still won’t charge, reset it. Turn off the console and unplug it. Locate the small reset button on the back of the
controller, inside the small hole near the PlayStation® logo. Use a straightened paper clip to press and hold the button for about five
seconds.</p>
<p>Connect the controller to the console with the USB cable and press the PS button. The controller will pair again with the console, and
charging should start within a minute.</p>`,
  },
  {
    h: 'Check the battery temperature',
    art: `<p>The controller stops charging if the battery is too warm or too cold. Charge it in a room where the temperature is between 10°C and
30°C (50°F and 86°F), away from direct sunlight and heaters. Charging takes about three hours from empty.</p>
<p>If you have tried all of these steps and the light bar still doesn’t light up, the controller may need repair. You can check whether it is
still under warranty and book a repair online.</p>`,
  },
];
const psNote = 'Charging may be slower if the controller is being used while it charges, or if the console is downloading large updates in rest mode.';
const psNav = ['Games', 'Hardware', 'Services', 'News', 'Shop', 'Support'];
const psSub = ['Support home', 'Account & Security', 'Store & Orders', 'Subscriptions', 'Games', 'Hardware & Repairs', 'Community'];
const psCrumbs = ['Support', 'Hardware & Repairs', 'PS5 Controllers'];
const psApplies = ['PS5', 'DualSense wireless controller', 'DualSense Edge wireless controller'];
const psRelated = [
  'DualSense wireless controller troubleshooting',
  'How to pair a DualSense controller with PS5',
  'Request a hardware repair',
  'Check your PlayStation warranty',
];
const psCookie =
  'We and our partners use cookies and similar technologies to operate our sites, measure performance and personalise content and ads. Select ' +
  '“Accept All” to agree or “Manage Preferences” to choose.';
const psFoot = [
  'About Sony Interactive Entertainment',
  'Careers',
  'PlayStation Studios',
  'Support',
  'Recalls',
  'Legal',
  'Privacy Policy',
  'Health Warnings',
  'Site Map',
  'Website Terms of Use',
  'User Agreements',
  'Cookie Preferences',
];
const psSection = (s: (typeof psSections)[number], i: number): string => `<div class="accordion" data-component="accordion">
<h3 class="accordion__heading"><button class="accordion__trigger" aria-expanded="${i === 0}" aria-controls="acc-${i}"
data-track-click="accordion:open">${s.h}</button></h3><div class="accordion__panel" id="acc-${i}" role="region"${i === 0 ? '' : ' hidden'}>
<div class="text-block">${s.art}</div></div></div>`;
const psHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="utf-8"><title>${psTitle} (US)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${psSummary}">
<meta property="og:title" content="${psTitle}"><meta property="og:site_name" content="PlayStation">
<link rel="canonical" href="https://www.playstation.com/en-us/support/hardware/dualsense-controller-wont-charge/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${psTitle}","publisher":{"@type":"Organization",
"name":"Sony Interactive Entertainment"},"dateModified":"2025-08-21"}</script>
<script>window.gdk = window.gdk || {}; gdk.locale = 'en-us'; gdk.env = 'prod';</script>
<script src="https://web-toolbar.playstation.example/v1/web-toolbar.js" async></script>
<link rel="stylesheet" href="/etc.clientlibs/global_pdc/clientlibs/clientlib-base.lc-21d7f.min.css"></head>
<body class="theme--light support-article-page">
<a class="skip-link" href="#main">Skip to main content</a>
<div id="shared-nav-root" class="shared-nav"><div class="shared-nav__container"><a class="shared-nav__logo" href="/en-us/">
<span class="sr-only">PlayStation</span></a><nav aria-label="Main navigation"><ul class="shared-nav__menu">${links(psNav, 'shared-nav__item')}</ul></nav>
<div class="shared-nav__utility"><button class="shared-nav__search" aria-label="Search"></button>
<a class="shared-nav__sign-in" href="https://my.account.sony.example/sonyacct/signin/">Sign In</a></div></div></div>
<nav class="support-subnav" aria-label="Support"><ul>${links(psSub, 'support-subnav__item')}</ul></nav>
<main id="main" class="root container responsivegrid"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(psCrumbs, 'breadcrumb__item')}</ol></nav>
<section class="hero-banner support-hero"><div class="hero-banner__content"><h1 class="txt-style-hero">${psTitle}</h1>
<p class="hero-banner__summary">${psSummary}</p></div></section>
<div class="applies-to"><h2 class="applies-to__title">Applies to</h2><ul>${psApplies.map((t) => `<li class="applies-to__item">${t}</li>`).join('')}</ul></div>
<div class="content-grid support-article">
${psSections.map(psSection).join('\n')}
<div class="notice notice--info" role="note"><span class="notice__label">Note</span><div class="notice__body"><p>${psNote}</p></div></div>
<div class="button-block"><a class="btn btn--primary" href="/en-us/support/hardware/repairs/">Start a repair request</a></div></div>
<section class="article-feedback" data-qa="article-feedback"><h2 class="article-feedback__title">Was this article helpful?</h2>
<button class="btn btn--secondary" data-value="yes">Yes</button><button class="btn btn--secondary" data-value="no">No</button>
<div class="article-feedback__thanks" hidden>Thanks for your feedback.</div></section>
<section class="related-articles"><h2 class="related-articles__title">Related articles</h2><ul class="tiles">${links(psRelated, 'tile')}</ul></section>
<section class="contact-cta"><h2>Need more help?</h2><p>Contact PlayStation Support by chat or phone, or ask the community.</p>
<a class="btn btn--primary" href="/en-us/support/contact-us/">Contact us</a></section></main>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${psCookie}</p>
<button id="onetrust-pc-btn-handler">Manage Preferences</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All</button></div></div>
<footer class="footer"><div class="footer__region"><a href="/country-selector/">Country / Region: United States</a></div>
<ul class="footer__links">${links(psFoot, 'footer__link')}</ul>
<p class="footer__legal">© 2025 Sony Interactive Entertainment LLC. All content, game titles, trade names and/or trade dress, trademarks, artwork
and associated imagery are trademarks and/or copyright material of their respective owners. All rights reserved.</p></footer>
<script src="/etc.clientlibs/global_pdc/clientlibs/clientlib-base.lc-9fd20.min.js"></script></body></html>`;
const playstation: TestPage = {
  html: psHtml,
  name: 'heldout202-playstation-support-article',
  kind: 'docs',
  // the hero summary and the "Note" box text are body (the "Note" label is in neither list); the repair button and the
  // "Applies to" console list are furniture
  title: psTitle,
  headings: psSections.map((s) => s.h),
  body: [psSummary, ...blocks(psSections.map((s) => s.art).join('\n')), psNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...psNav, 'Sign In', ...psSub, ...psCrumbs, 'Applies to', ...psApplies, 'Start a repair request',
    'Was this article helpful?', 'Yes', 'No', 'Thanks for your feedback.', 'Related articles', ...psRelated, 'Need more help?',
    'Contact PlayStation Support by chat or phone, or ask the community.', 'Contact us', psCookie, 'Manage Preferences', 'Reject All', 'Accept All',
    'Country / Region: United States', ...psFoot, '© 2025 Sony Interactive Entertainment LLC.',
  ],
};

export const HELDOUT202_B: readonly TestPage[] = [playstation, fitbitArticle];
