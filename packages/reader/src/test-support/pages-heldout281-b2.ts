import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout281-kit.js';

/**
 * Held-out batch 281, file b2: a company's privacy policy on a Next.js site (CSS-module class names, sticky table of
 * contents whose entries repeat the headings, "Last updated" line, cookie banner, product mega-menu, footer, __NEXT_DATA__).
 */
const pTitle = 'Privacy Policy';
const pHeads = ['Who we are', 'Information we collect', 'How we use your information', 'Sharing and disclosure', 'Retention', 'Your choices and rights'];
const pIntro = [
  j(
    'This policy explains how Quillfern Labs handles personal information when you use the Quillfern note-taking apps, our website',
    'and our support channels. We have tried to write it in plain language; where a term has a legal meaning we say so.',
  ),
];
const pWho = [
  j(
    "Quillfern Labs Ltd. is the controller of the personal information described here. Our registered office is at 4 Tanner's Row,",
    'Carrowmore. You can reach our privacy team at the address given at the end of this policy.',
  ),
];
const pCollect = [
  'We collect three kinds of information:',
  '<strong>Account information</strong>, such as your name, email address and the plan you have chosen.',
  '<strong>Content</strong>, meaning the notes, files and drawings you create. Content is encrypted on your device before it is synced.',
  '<strong>Usage information</strong>, such as the version of the app, crash reports and which features are used, collected without your content.',
];
const pUse = [
  j(
    'We use account and usage information to provide and secure the service, to fix faults, to answer support requests and to bill',
    'you. We do not read your content, and we could not do so without your encryption key.',
  ),
  j(
    "With your consent we also use usage information to decide which features to improve. You can withdraw that consent in the app's",
    'settings at any time, and doing so does not affect the service you receive.',
  ),
];
const pShare = [
  j(
    'We do not sell personal information. We share it only with processors who help us run the service, such as our hosting',
    'provider and our payment processor, under contracts that require them to protect it, and with authorities where the law requires.',
  ),
];
const pRetain = [
  j(
    'We keep account information for as long as your account is open and for twelve months after it is closed, so that you can',
    'restore it. Crash reports are deleted after 90 days. Billing records are kept for seven years because tax law requires it.',
  ),
];
const pRights = [
  'Depending on where you live, you may have the right to:',
  'see the personal information we hold about you and receive a copy of it;',
  'have inaccurate information corrected or, in some cases, deleted;',
  'object to or restrict certain uses of your information; and',
  'complain to your local data protection authority.',
  j(
    'To use any of these rights, write to privacy@quillfern.example. We answer within 30 days and will not charge you unless a',
    'request is plainly unfounded or repeated.',
  ),
];
const pNav = ['Product', 'Pricing', 'Teams', 'Security', 'Blog', 'Log in', 'Get Quillfern free'];
const pMega = ['Notes', 'Whiteboards', 'Web Clipper', 'Integrations'];
const pFootCols = ['Download', 'Changelog', 'Careers', 'Press kit', 'Status', 'Terms of Service', 'Cookie settings'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Privacy Policy | Quillfern</title><meta name="next-head-count" content="4"><link rel="preload" href="/_next/static/css/8c1f2a.css" as="style">
<script src="/_next/static/chunks/webpack-3b1e.js" defer></script></head><body><div id="__next">
<header class="Header_header__x9Q2a"><a class="Header_logo__pL1s0" href="/" aria-label="Quillfern home">Quillfern Notes</a>
<nav class="Header_nav__r7Tt1"><ul>${links(pNav, 'Header_item__0aZ3k')}</ul>
<div class="MegaMenu_panel__Hh2q1" hidden><ul>${links(pMega)}</ul></div></nav></header>
<main class="Legal_main__Qw81v"><div class="Legal_hero__b4Lz2"><p class="Legal_eyebrow__u2Fx0">Legal</p>
<h1 class="Legal_title__5nKpo">${pTitle}</h1><p class="Legal_updated__Tq3Jx">Last updated: January 14, 2026</p></div>
<div class="Legal_layout__Zc0dR"><aside class="Legal_toc__mN1kY"><p class="Legal_tocLabel__f6Yq2">On this page</p>
<ol>${lis(pHeads, 'Legal_tocItem__e1Rr8')}</ol></aside>
<article class="Legal_body__kP2wq RichText_rich__9sVb3">
<p>${pIntro[0]}</p>
<h2 id="who-we-are">${pHeads[0]}</h2><p>${pWho[0]}</p>
<h2 id="information-we-collect">${pHeads[1]}</h2><p>${pCollect[0]}</p><ul>${lis(pCollect.slice(1))}</ul>
<h2 id="how-we-use">${pHeads[2]}</h2><p>${pUse[0]}</p><p>${pUse[1]}</p>
<h2 id="sharing">${pHeads[3]}</h2><p>${pShare[0]}</p>
<h2 id="retention">${pHeads[4]}</h2><p>${pRetain[0]}</p>
<h2 id="rights">${pHeads[5]}</h2><p>${pRights[0]}</p><ul>${lis(pRights.slice(1, 5))}</ul><p>${pRights[5]}</p>
</article></div>
<section class="Cta_cta__Jk2p7"><h2 class="Cta_heading__L0w9m">Your notes, only yours.</h2><p>End-to-end encrypted on every plan.</p>
<a class="Button_primary__a1B2c" href="/signup">Start for free</a></section></main>
<footer class="Footer_footer__Wm3Qd"><ul>${links(pFootCols)}</ul><p class="Footer_copy__z8Yt1">© 2026 Quillfern Labs Ltd. All rights reserved.</p></footer>
<div class="CookieBanner_root__nB7sd" role="dialog" aria-live="polite"><p>We use cookies to keep you signed in and, with your permission, to measure
how our site is used.</p><button class="CookieBanner_accept__Xy1q0">Allow all</button><button class="CookieBanner_reject__Ab7e2">Only
essential</button></div></div>
<script id="__NEXT_DATA__" type="application/json">
{"props":{"pageProps":{"slug":"privacy","updated":"2026-01-14"}},"page":"/legal/[slug]","buildId":"k2Lm9"}</script>
</body></html>`;
export const privacy: TestPage = {
  name: 'heldout281-nextjs-privacy-policy-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: pHeads,
  body: texts([...pIntro, ...pWho, ...pCollect, ...pUse, ...pShare, ...pRetain, ...pRights]),
  bylines: ['Last updated: January 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quillfern Notes', ...pNav, ...pMega, 'Legal', 'On this page', 'Your notes, only yours.', 'End-to-end encrypted on every plan.', 'Start for free',
    ...pFootCols, '© 2026 Quillfern Labs Ltd. All rights reserved.', 'We use cookies to keep you signed in and, with your permission, to measure',
    'Allow all', 'Only essential',
  ],
};
