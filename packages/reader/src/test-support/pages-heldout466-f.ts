import { links, type TestPage } from './page-kit.js';
import { j, page, rowText, type Sec, secBody, secHeads, secHtml, tr } from './pages-heldout466-kit.js';

/**
 * Held-out batch 466, file f: an independent newsletter's privacy page on Ghost (Casper theme, members sign-in and subscribe
 * buttons, Portal script), and a language school's cookie policy on WordPress with Elementor (Hello theme, Elementor Pro header
 * and footer) carrying the CookieYes banner and its cookie audit tables.
 */
const gTitle = 'Privacy';
const gSecs: Sec[] = [
  {
    h: 'Who we are',
    p: [
      j(
        'The Tidewright is a reader-funded newsletter about the towns of the Orran estuary, published by Tidewright Media CIC.',
        'This page explains what we know about our readers and what we do with it.',
      ),
    ],
  },
  {
    h: 'If you subscribe',
    p: [
      j(
        'We store your email address, your name if you give it, which newsletters you receive and whether you have a paid',
        'membership. We can see whether you opened an email and which links you clicked, in aggregate and for each subscriber.',
        'You can turn off this tracking for your account in your account settings.',
      ),
      j(
        'Paid memberships are processed by our payment provider. We see your name, the last four digits of your card and your',
        'billing country, never the full card number.',
      ),
    ],
  },
  {
    h: 'If you just read',
    p: [
      j(
        'We count visits with a privacy-friendly analytics tool that does not use cookies and does not store IP addresses. The only',
        'cookies we set are the ones that keep you signed in.',
      ),
    ],
  },
  {
    h: 'Getting in touch',
    p: [
      j('To ask for a copy of your data or to have it deleted, reply to any newsletter or email privacy@tidewright.news. We never sell', 'or rent our list.'),
    ],
  },
];
const gNav = ['Home', 'Archive', 'Membership', 'About'];
const gFoot = ['Sign up', 'Contact', 'Privacy'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>Privacy</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://tidewright.news/assets/built/screen.css?v=8a1c2f9e41"><link rel="canonical"
href="https://tidewright.news/privacy/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="The Tidewright"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Tidewright"},
"headline":"Privacy","url":"https://tidewright.news/privacy/","datePublished":"2024-05-02T09:00:00.000Z","dateModified":"2026-01-09T11:20:31.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true"
data-ghost="https://tidewright.news/" data-key="3c1a9e7b2f5d40a8c6e1b0d2f4" data-api="https://tidewright.news/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;}</style></head>
<body class="page-template page-privacy has-sans-title has-sans-body"><div class="viewport"><header id="gh-head" class="gh-head outer is-head-left-logo">
<div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://tidewright.news">The Tidewright</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg viewBox="0 0 24 24"></svg></button>
<button class="gh-burger"></button></div><nav class="gh-head-menu"><ul class="nav">${gNav
  .map((t) => `<li class="nav-${t.toLowerCase()}"><a href="https://tidewright.news/${t.toLowerCase()}/">${t}</a></li>`)
  .join('\n')}</ul></nav><div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg
viewBox="0 0 24 24"></svg></button><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article page no-image">
<header class="article-header gh-canvas"><h1 class="article-title">${gTitle}</h1></header>
<section class="gh-content gh-canvas is-body"><p><em>Last updated 9 January 2026</em></p>
${secHtml(gSecs)}
</section></article></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://tidewright.news">The Tidewright</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div></div>
<script src="https://code.jquery.com/jquery-3.5.1.min.js" crossorigin="anonymous"></script><script
src="https://tidewright.news/assets/built/casper.js?v=8a1c2f9e41">
</script></body></html>`;
const ghost: TestPage = page({
  name: 'heldout466-ghost-newsletter-privacy',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: secHeads(gSecs),
  body: secBody(gSecs),
  bylines: ['Last updated 9 January 2026'],
  furniture: ['The Tidewright', ...gNav, 'Sign in', 'Subscribe', 'The Tidewright © 2026', ...gFoot, 'Powered by Ghost'],
});

const eTitle = 'Cookie Policy';
const ePre: Sec[] = [
  {
    h: 'What are cookies?',
    p: [
      j(
        'Cookies are small text files stored in your browser when you visit a website. They let the site remember your actions and',
        'preferences, such as your language or the course you were looking at, for a period of time.',
      ),
    ],
  },
  {
    h: 'How do we use cookies?',
    p: [
      j(
        'Escola Vinhal uses first-party cookies to make the course booking form work and to remember your consent. With your',
        'permission, we also use third-party cookies to measure how many people visit each course page.',
      ),
    ],
  },
];
const eAudit: { h: string; d: string; rows: string[][] }[] = [
  {
    h: 'Necessary',
    d: 'Necessary cookies are required to enable the basic features of this site, such as providing secure log-in or adjusting your consent preferences.',
    rows: [
      ['cookieyes-consent', '1 year', 'CookieYes sets this cookie to remember users&#39; consent preferences so that they are respected on later visits.'],
      ['wpEmojiSettingsSupports', 'session', 'WordPress sets this cookie to check whether the browser can show emoji correctly.'],
    ],
  },
  {
    h: 'Analytics',
    d: 'Analytical cookies are used to understand how visitors interact with the website.',
    rows: [['_pk_id.*', '1 year 1 month', 'Set by our self-hosted analytics to store a unique visitor ID.']],
  },
];
const ePost: Sec[] = [
  {
    h: 'Managing your preferences',
    p: [
      j(
        'You can change your choice at any time with the button below. You can also block or delete cookies in your browser settings,',
        'but some parts of the site, such as the booking form, may then stop working.',
      ),
    ],
  },
];
const eNav = ['Courses', 'Portuguese for Foreigners', 'Accommodation', 'About the School', 'Contact'];
const eFoot = ['Privacy Policy', 'Cookie Policy', 'Terms and Conditions', 'Complaints Book'];
const eBanner = j(
  'We use cookies to enhance your browsing experience, serve personalised ads or content, and analyse our traffic. By clicking',
  '"Accept All", you consent to our use of cookies.',
);
const eW = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget" data-widget_type="${type}"><div
class="elementor-widget-container">${inner}</div></div>`;
const eTable = (rows: string[][]): string => `<table class="cky-cookie-audit-table"><thead><tr><th class="cky-cookie-audit-table-th">Cookie</th>
<th class="cky-cookie-audit-table-th">Duration</th><th
class="cky-cookie-audit-table-th">Description</th></tr></thead><tbody>${rows.map(tr).join('')}</tbody></table>`;
const eHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script id="cookieyes" type="text/javascript" src="https://cdn-cookieyes.com/client_data/8e2f1a7c3b9d4e6f0a1b2c3d/script.js"></script>
<title>Cookie Policy &#8211; Escola Vinhal</title><meta name='robots' content='index, follow, max-image-preview:large' />
<link rel='stylesheet' id='hello-elementor-css' href='https://escolavinhal.pt/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://escolavinhal.pt/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'
media='all' />
<link rel='stylesheet' id='elementor-post-211-css' href='https://escolavinhal.pt/wp-content/uploads/elementor/css/post-211.css?ver=1714050000' media='all' />
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_assets_loading, additional_custom_breakpoints; settings:
css_print_method-external"></head>
<body class="page-template-default page page-id-211 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-211">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-5a1e0f2 e-flex e-con-boxed e-con e-parent" data-id="5a1e0f2" data-element_type="container"><div
class="e-con-inner">
${eW(
  '1b2c3d4',
  'theme-site-logo.default',
  '<a href="https://escolavinhal.pt"><img width="180" height="48" src="/wp-content/uploads/2024/02/logo.svg" alt="Escola Vinhal"></a>',
)}
${eW(
  '2c3d4e5',
  'nav-menu.default',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline
e--animation-fade"><ul id="menu-1-2c3d4e5" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><i aria-hidden="true" role="presentation"
class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">Menu</span></div>`,
)}
${eW(
  '3d4e5f6',
  'button.default',
  '<a class="elementor-button elementor-button-link elementor-size-sm" href="/book"><span class="elementor-button-text">Book a Course</span></a>',
)}
</div></div></div>
<main id="content" class="site-main post-211 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="211" class="elementor elementor-211" data-elementor-post-type="page">
<div class="elementor-element elementor-element-7f0a1b2 e-flex e-con-boxed e-con e-parent" data-id="7f0a1b2" data-element_type="container"><div
class="e-con-inner">
${eW('8a1b2c3', 'heading.default', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${eW(
  '9b2c3d4',
  'text-editor.default',
  `<p>Effective from 15 April 2024</p>\n${secHtml(ePre)}\n<h2>What types of cookies do we use?</h2>
<div class="cky-audit-table-element">${eAudit.map((a) => `<h3>${a.h}</h3><p>${a.d}</p>${eTable(a.rows)}`).join('\n')}</div>\n${secHtml(ePost)}`,
)}
${eW('0c3d4e5', 'button.default', '<a class="elementor-button cky-banner-element" href="#"><span class="elementor-button-text">Cookie Settings</span></a>')}
</div></div></div></div></main>
<div data-elementor-type="footer" data-elementor-id="45" class="elementor elementor-45 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-6e7f8a9 e-flex e-con-boxed e-con e-parent" data-id="6e7f8a9" data-element_type="container"><div
class="e-con-inner">
${eW('4e5f6a7', 'text-editor.default', '<p>Rua das Flores 112, 4050-265 Porto<br>+351 220 000 418</p>')}
${eW(
  '5f6a7b8',
  'nav-menu.default',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(eFoot)}</ul></nav>`,
)}
${eW('6a7b8c9', 'text-editor.default', '<p>© 2026 Escola Vinhal. All rights reserved.</p>')}</div></div></div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice" style="border-color:#f4f4f4">
<div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">We value your privacy</p><div class="cky-notice-group">
<div class="cky-notice-des" data-cky-tag="description"><p>${eBanner}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">
<button class="cky-btn cky-btn-customize" aria-label="Customise" data-cky-tag="settings-button">Customise</button>
<button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button>
<button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<script src="https://escolavinhal.pt/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = page({
  name: 'heldout466-elementor-cookieyes-cookie-policy',
  kind: 'docs',
  html: eHtml,
  title: eTitle,
  headings: [...secHeads(ePre), 'What types of cookies do we use?', ...eAudit.map((a) => a.h), ...secHeads(ePost)],
  body: [...secBody(ePre), ...eAudit.flatMap((a) => [a.d, ...a.rows.map(rowText)]), ...secBody(ePost)],
  bylines: ['Effective from 15 April 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Menu', 'Book a Course', 'Cookie Settings', 'Rua das Flores 112, 4050-265 Porto', '+351 220 000 418', ...eFoot,
    '© 2026 Escola Vinhal. All rights reserved.', 'We value your privacy', eBanner, 'Customise', 'Reject All', 'Accept All',
  ],
});

export const HELDOUT466_F: readonly TestPage[] = [ghost, elementor];
