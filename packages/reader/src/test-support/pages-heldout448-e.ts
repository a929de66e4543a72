import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout448-kit.js';

/**
 * Held-out batch 448, file e: a Windows app's download page built on Webflow (w-nav navbar, hero section with download
 * buttons, w-richtext blocks for the requirements and the changelog, a testimonial slider, a newsletter w-form, footer
 * columns, Finsweet cookie consent) and a camera firmware notice on a Next.js site (a short notice with CSS-module class
 * names, a __NEXT_DATA__ script, a product selector, a "You may also like" carousel and footer).
 */
const fTitle = 'Download Skiffnote for Windows';
const fLead = 'Clipboard history, snippets and quick search in one small app. Free for personal use.';
const fReq = [
  'Windows 10 version 22H2 or Windows 11',
  '64-bit processor (x64 or Arm64)',
  '150 MB of free disk space',
  'An internet connection for the optional sync',
];
const fIntro = [
  j(
    'Skiffnote keeps the last thousand things you copied and lets you paste any of them with a shortcut. Press Ctrl and Shift and V,',
    'type a few letters, and the item you need is at the top of the list. Text, images and files are all kept, with the app they came from.',
  ),
  j(
    'The installer does not need administrator rights and installs Skiffnote for the current user only. Companies that deploy the app to',
    'many machines can use the MSI package, which supports silent installs and a settings file.',
  ),
];
const fLog = [
  [
    'Version 4.2 (February 2026)',
    ['Snippets can now contain placeholders that ask for a value when pasted.', 'Search ignores accents, so "cafe" finds "café".'],
  ],
  ['Version 4.1 (December 2025)', ['Images copied from a browser keep their source address.', 'Fixed a crash when the clipboard held more than 50 MB.']],
] as const;
const fPrivacy = [
  j(
    'Your clipboard history never leaves your computer unless you turn on sync. Synced items are encrypted on your device with a key made',
    'from your password, so we cannot read them. Passwords copied from common password managers are skipped automatically.',
  ),
];
const fNav = ['Features', 'Pricing', 'Teams', 'Changelog', 'Help'];
const fQuotes = [
  ['I paste the same five replies to customers all day. Skiffnote saves me an hour a week.', 'Lena, support lead'],
  ['The only utility I install on every new laptop before anything else.', 'Haruto, developer'],
];
const fFootCols = [
  ['Product', ['Download', 'Pricing', 'Changelog', 'Roadmap']],
  ['Company', ['About', 'Blog', 'Careers', 'Press kit']],
  ['Legal', ['Privacy', 'Terms', 'Licence']],
] as const;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 23 2026 09:12:44 GMT+0000 -->
<html data-wf-domain="www.skiffnote.example" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65f1a2b3c4d5e6f708192a00" lang="en"><head>
<meta charset="utf-8"><title>${fTitle} | Skiffnote</title><meta content="Clipboard history, snippets and quick search for Windows." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65f1a2b3/css/skiffnote.webflow.shared.4b2c.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body class="body-download"><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current"><div class="brand-text">Skiffnote</div></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero-download"><div class="container w-container"><div class="hero-wrapper"><h1 class="heading-hero">${fTitle}</h1>
<p class="paragraph-hero">${fLead}</p><div class="button-row"><a href="https://dl.skiffnote.example/SkiffnoteSetup-4.2.0.exe"
class="button-primary w-button">Download
for Windows</a>
<a href="https://dl.skiffnote.example/Skiffnote-4.2.0.msi" class="button-secondary w-button">MSI for IT teams</a></div>
<div class="text-small">Version 4.2.0 · 48 MB · Updated February 23, 2026</div></div>
<img src="https://cdn.prod.website-files.example/65f1a2b3/hero.png" loading="lazy" alt="Skiffnote window with clipboard history"
class="hero-image"></div></section>
<section class="section"><div class="container w-container"><div class="w-layout-grid grid-2col"><div class="w-richtext rich-text">
<h2>What you get</h2>
${ps(fIntro)}
<h3>System requirements</h3><ul role="list">
${lis(fReq)}</ul></div>
<div class="w-richtext rich-text"><h2>Changelog</h2>
${fLog.map(([v, items]) => `<h4>${v}</h4><ul role="list">\n${lis(items)}</ul>`).join('\n')}
<h2>Privacy</h2>
${ps(fPrivacy)}</div></div></div></section>
<section class="section testimonials"><div data-delay="4000" data-animation="slide" class="slider w-slider" data-autoplay="true"><div class="w-slider-mask">
${fQuotes.map(([q, a]) => `<div class="slide w-slide"><div class="quote-text">${q}</div><div class="quote-author">${a}</div></div>`).join('\n')}</div>
<div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div><div class="w-slider-nav w-round"></div></div></section>
<section class="section cta-newsletter"><div class="w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter" data-name="Newsletter" method="get">
<h3 class="cta-heading">Get new features first</h3><p>One short email per release. No spam.</p><input class="text-field w-input" maxlength="256" name="email"
placeholder="you@example.com" type="email"><input type="submit" data-wait="Please wait..." class="button-primary w-button" value="Subscribe"></form>
<div class="w-form-done"><div>Thank you! You are on the list.</div></div><div class="w-form-fail"><div>Oops! Something went wrong while submitting the
form.</div></div>
</div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid">
${fFootCols
  .map(
    ([h, ls]) =>
      `<div class="footer-col"><div class="footer-heading">${h}</div>\n${ls
        .map(
          (l) => `<a href="/${l}"
class="footer-link">${l}</a>`,
        )
        .join('\n')}</div>`,
  )
  .join('\n')}
</div><div class="footer-bottom">© 2026 Skiffnote Software AB, Gothenburg</div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing
of cookies on your device to analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#"
class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#"
class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f1a2b3/js/webflow.5c1d.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout448-webflow-windows-app-download',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['What you get', 'System requirements', 'Changelog', ...fLog.map((l) => l[0]), 'Privacy'],
  body: texts([fLead, ...fIntro, ...fReq, ...fLog.flatMap((l) => [...l[1]]), ...fPrivacy]),
  bylines: ['Version 4.2.0 · 48 MB · Updated February 23, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Features', 'Pricing', 'Teams', 'Help', 'Download for Windows', 'MSI for IT teams', ...fQuotes.flat(), 'Get new features first',
    'One short email per release. No spam.', 'Thank you! You are on the list.', 'Oops! Something went wrong while submitting the form.', 'Product',
    'Company', 'Legal', 'Download', 'Roadmap', 'About', 'Blog', 'Careers', 'Press kit', 'Terms', 'Licence', '© 2026 Skiffnote Software AB, Gothenburg',
    'By clicking “Accept”, you agree to the storing of cookies on your device to analyse site usage.', 'Preferences', 'Deny', 'Accept',
  ],
};

const nTitle = 'Firmware 1.31 for the Aurel Z8 and Z8 II';
const nBody = [
  j(
    'Firmware 1.31 corrects a fault that could cause the Z8 and Z8 II to stop recording 4K video after about 25 minutes when the',
    'electronic stabiliser was switched on. It also improves autofocus tracking of birds against a bright sky.',
  ),
  'To update, copy the file to the root of a card formatted in the camera, then choose Setup > Firmware version > Update. Use a fully charged battery.',
  'Any lens with firmware older than 2.0 should be updated first; the camera shows a notice if a lens needs an update.',
];
const nChanges = ['Fixed video recording stopping after 25 minutes with the stabiliser on', 'Better bird detection against a bright sky', 'Minor fixes'];
const nSelect = ['Aurel Z8', 'Aurel Z8 II', 'Aurel Z6 III'];
const nMore = ['Z8 II user manual', 'Battery grip GR-8 firmware 1.02', 'Lens firmware 2.1 for Z-mount lenses'];
const nFoot = ['Support', 'Product registration', 'Service centres', 'Privacy policy', 'Imprint'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width"><title>${nTitle} | Aurel Imaging</title>
<meta name="description" content="Firmware 1.31 for the Z8 and Z8 II corrects video recording and improves bird detection."><meta name="next-head-count"
content="4">
<link rel="preload" href="/_next/static/css/7b1e0c2d9a.css" as="style"><link rel="stylesheet" href="/_next/static/css/7b1e0c2d9a.css" data-n-g="">
<script src="/_next/static/chunks/webpack-3f2a.js" defer=""></script><script src="/_next/static/chunks/pages/_app-91c4.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__Xk2a1"><header class="Header_header__q8Lz3"><a class="Header_logo__pR1c2" href="/">Aurel</a>
<nav class="Header_nav__3bHn0"><ul>${links(['Cameras', 'Lenses', 'Accessories', 'Stories', 'Support'], 'Header_item__k1XgZ')}</ul></nav></header>
<main class="Notice_main__8HkPq"><div class="Notice_crumbs__tT0u7"><a href="/support">Support</a><span> / </span><a
href="/support/downloads">Downloads</a></div>
<div class="Notice_selector__m2QxA"><label for="model">Your camera</label><select id="model">${nSelect
  .map((o) => `<option>${o}</option>`)
  .join('')}</select></div>
<article class="Notice_article__Jd92w"><span class="Notice_badge__z7Y1o">Firmware notice</span><h1 class="Notice_title__c3VbE">${nTitle}</h1>
<p class="Notice_date__V0sKe">Published 4 March 2026</p>
<div class="RichText_root__P9hZr">${ps(nBody.slice(0, 1))}<ul>
${lis(nChanges)}</ul>
${ps(nBody.slice(1))}</div>
<div class="Notice_download__d4RkB"><a class="Button_primary__N1yQm" href="/files/Z8_131.bin">Download firmware (Z8_131.bin, 92 MB)</a>
<p class="Notice_agree__wH3cF">By downloading you accept the firmware licence agreement.</p></div></article>
<section class="Carousel_root__2eLkS"><h2 class="Carousel_title__aP0xQ">You may also like</h2><ul>${links(nMore, 'Carousel_card__L5uCt')}</ul></section></main>
<footer class="Footer_footer__J3nTq"><ul>${links(nFoot, 'Footer_link__a0Bq9')}</ul><p class="Footer_copy__Gq7zE">© 2026 Aurel Imaging Europe B.V.</p></footer>
<div class="CookieBar_bar__0pZ1k" role="dialog"><p>We use cookies to improve our website and your experience.</p><button>Accept all</button>
<button>Only necessary</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"notice":{"id":"z8-131","title":"${nTitle}","date":"2026-03-04"}},"__N_SSG":true},
"page":"/support/firmware/[slug]","query":{"slug":"z8-131"},"buildId":"kP3s9xQ1","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout448-nextjs-camera-firmware-notice',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([...nBody.slice(0, 1), ...nChanges, ...nBody.slice(1)]),
  bylines: ['Published 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Aurel', 'Cameras', 'Lenses', 'Accessories', 'Stories', 'Support', 'Downloads', 'Your camera', ...nSelect, 'Firmware notice',
    'Download firmware (Z8_131.bin, 92 MB)', 'By downloading you accept the firmware licence agreement.', 'You may also like', ...nMore, ...nFoot.slice(1),
    '© 2026 Aurel Imaging Europe B.V.', 'We use cookies to improve our website and your experience.', 'Accept all', 'Only necessary',
  ],
};

export const HELDOUT448_E: readonly TestPage[] = [webflow, nextjs];
