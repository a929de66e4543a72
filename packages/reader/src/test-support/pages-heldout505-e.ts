import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout505-kit.js';

/**
 * Held-out batch 505, file e: a county credit union's scholarship program page built with Elementor (Hello Elementor theme,
 * theme-builder header and footer, icon lists and buttons), and a community bank's press release on a Next.js site (pages
 * router, CSS-module class names, __NEXT_DATA__).
 */
const eTitle = '2027 Member Scholarship Program';
const eDek = 'Oriel County Credit Union will award ten scholarships of $2,000 to members continuing their education in the fall of 2027.';
const eBody = [
  j(
    'Since 1994 our scholarship program has helped more than 300 members pay for college, trade school and apprenticeships. Winners are',
    'chosen by a committee of volunteers from our schools and our board, who read every application without seeing the applicant’s name.',
  ),
  'Who can apply',
  'members of Oriel County Credit Union in good standing, with an account opened by December 31, 2026',
  'high school seniors, or adults returning to school, enrolled for the fall 2027 term',
  'students at an accredited college, university, community college or trade program',
  'What to send',
  j(
    'Complete the online application, upload a transcript or certificate of completion and write an essay of up to 500 words on the',
    'question: “Tell us about a money decision you made and what it taught you.” One letter of recommendation from a teacher,',
    'employer or coach is optional.',
  ),
  'Key dates',
  'Applications open January 11, 2027',
  'Applications close March 19, 2027 at 5:00 p.m.',
  'Winners announced at the annual meeting on April 22, 2027',
  j(
    'Awards are paid directly to the school in the recipient’s name. Children of employees and board members are not eligible. The',
    'committee’s decisions are final.',
  ),
];
const eNav = ['Accounts', 'Loans', 'Online Services', 'Community', 'About'];
const eFoot = ['Locations & Hours', 'Rates', 'Privacy Notice', 'Careers'];
const ew = (id: string, type: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type.split('.')[0]}" data-id="${id}" data-element_type="widget" data-widget_type="${type}"><div class="elementor-widget-container">
${inner}</div></div>`;
const icons = (items: readonly string[]): string =>
  `<ul class="elementor-icon-list-items">${items
    .map(
      (t) => `<li class="elementor-icon-list-item">
<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-check"></i></span><span class="elementor-icon-list-text">${t}</span></li>`,
    )
    .join('')}</ul>`;
const ebtn = (t: string): string => `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md"
href="https://www.orielcountycu.org/scholarship-application"><span class="elementor-button-content-wrapper"><span class="elementor-button-text">${t}</span>
</span></a></div>`;
const con = (id: string, inner: string): string => `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent" data-id="${id}"
data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
const eMenu = (cls: string, hidden: string): string => `<nav class="elementor-nav-menu--${cls} elementor-nav-menu__container"${hidden}><ul id="menu-1-${cls}"
class="elementor-nav-menu">${eNav
  .map(
    (t) => `<li class="menu-item"><a href="/${t.toLowerCase()}/"
class="elementor-item"${hidden === '' ? '' : ' tabindex="-1"'}>${t}</a></li>`,
  )
  .join('')}
</ul></nav>`;
const eHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${eTitle} &#8211; Oriel County Credit Union</title><meta name='robots' content='max-image-preview:large'>
<link rel='stylesheet' id='hello-elementor-css' href='https://www.orielcountycu.org/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all'>
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.orielcountycu.org/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.5'>
<link rel='stylesheet' id='elementor-post-1187-css' href='https://www.orielcountycu.org/wp-content/uploads/elementor/css/post-1187.css?ver=1733931911'>
<meta name="generator" content="Elementor 3.24.5; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${eTitle}","datePublished":"2026-12-01"}</script></head>
<body class="page-template page-template-elementor_header_footer page page-id-1187 wp-custom-logo elementor-default elementor-template-full-width
elementor-kit-6 elementor-page elementor-page-1187"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="22" class="elementor elementor-22 elementor-location-header"
data-elementor-post-type="elementor_library">
${con(
  '5c1e2f0',
  `${ew(
    '7d2a9b1',
    'theme-site-logo.default',
    `<a href="https://www.orielcountycu.org"><img width="220" height="64"
src="https://www.orielcountycu.org/wp-content/uploads/2023/05/occu-logo.svg" class="attachment-full size-full" alt=""></a>`,
  )}
${ew(
  '41f0c77',
  'nav-menu.default',
  `${eMenu('main', '')}<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle"
aria-expanded="false"></div>${eMenu('dropdown', ' aria-hidden="true"')}`,
)}${ew('a81e3d4', 'button.default', ebtn('Join Today'))}`,
)}</header>
<div data-elementor-type="wp-page" data-elementor-id="1187" class="elementor elementor-1187" data-elementor-post-type="page">
${con(
  '3f2a1b6',
  `${ew('a1b2c3d', 'heading.default', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`)}
${ew('b2c3d4e', 'text-editor.default', `<p>${eDek}</p>`)}${ew('c3d4e5f', 'button.default', ebtn('Apply Now'))}`,
)}
${con(
  '4e5f6a7',
  `${ew('d4e5f6a', 'text-editor.default', ps([eBody[0] ?? '']))}
${ew('e5f6a7b', 'heading.default', `<h2 class="elementor-heading-title elementor-size-default">${eBody[1]}</h2>`)}
${ew('f6a7b8c', 'icon-list.default', icons(eBody.slice(2, 5)))}
${ew('a7b8c9d', 'heading.default', `<h2 class="elementor-heading-title elementor-size-default">${eBody[5]}</h2>`)}
${ew('b8c9d0e', 'text-editor.default', ps([eBody[6] ?? '']))}
${ew('c9d0e1f', 'heading.default', `<h2 class="elementor-heading-title elementor-size-default">${eBody[7]}</h2>`)}
${ew('d0e1f2a', 'icon-list.default', icons(eBody.slice(8, 11)))}${ew('e1f2a3b', 'text-editor.default', ps([eBody[11] ?? '']))}`,
)}
${con(
  '5f6a7b8',
  `${ew(
    'f2a3b4c',
    'image.default',
    `<figure class="wp-caption"><img width="800" height="533"
src="https://www.orielcountycu.org/wp-content/uploads/2026/06/winners-2026.jpg" alt=""><figcaption class="widget-image-caption wp-caption-text">Our 2026
scholarship winners with their families.</figcaption></figure>`,
  )}${ew(
    'a3b4c5d',
    'call-to-action.default',
    `<div class="elementor-cta"><div
class="elementor-cta__content"><h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">Questions about the scholarship?</h3>
<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">Email scholarships@orielcountycu.org or call Lena Ashby at
(555) 018-3321.</div></div></div>`,
  )}`,
)}</div>
<footer data-elementor-type="footer" data-elementor-id="31" class="elementor elementor-31 elementor-location-footer">
${con(
  '6a7b8c9',
  `${ew('b4c5d6e', 'icon-list.default', `<ul class="elementor-icon-list-items elementor-inline-items">${links(eFoot, 'elementor-icon-list-item')}</ul>`)}
${ew('c5d6e7f', 'text-editor.default', '<p>Federally insured by NCUA. © 2026 Oriel County Credit Union. All rights reserved.</p>')}`,
)}</footer>
<script id="elementor-frontend-js-before">var elementorFrontendConfig = {"environmentMode":{"edit":false},"version":"3.24.5","is_static":false};</script>
<script src="https://www.orielcountycu.org/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.5"
id="elementor-frontend-js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout505-elementor-scholarship',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: at(eBody, 1, 5, 7),
  body: texts([eDek, ...eBody.filter((_, i) => ![1, 5, 7].includes(i))]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav.filter((t) => t !== 'About' && t !== 'Community'), 'Join Today',
    'Apply Now', 'Our 2026 scholarship winners with their families.',
    'Questions about the scholarship?', 'Email scholarships@orielcountycu.org or call Lena Ashby at (555) 018-3321.', ...eFoot,
    'Federally insured by NCUA. © 2026 Oriel County Credit Union. All rights reserved.',
  ],
};

const nTitle = 'Harrowgate Bank & Trust to open its first branch in Eastmoor';
const nDek = 'The new office on Carrow Avenue will bring full-service banking and a small business lending team to the city’s east side.';
const nBody = [
  j(
    'EASTMOOR — Harrowgate Bank &amp; Trust announced today that it will open a full-service branch at 2210 Carrow Avenue in the spring of',
    '2027, its first location in Eastmoor and its eleventh overall. The bank bought the former hardware store on the site in August and',
    'expects to complete renovations in April.',
  ),
  j(
    'The branch will offer personal and business accounts, consumer and mortgage lending, safe deposit boxes and a drive-up lane with',
    'an ATM that takes deposits. Two commercial lenders and a treasury management officer will work from the office to serve the',
    'neighborhood’s growing number of small manufacturers and contractors.',
  ),
  j(
    '“Eastmoor businesses have been driving past us to reach a bank that knows them,” said Celia Brandvold, president and chief',
    'executive officer. “We want to be the bank on their block, with people who can say yes to a loan without waiting for a committee',
    'three states away.”',
  ),
  j(
    'The bank will hire eight people for the branch, most of them from the area, and is holding a hiring event at the Eastmoor Public',
    'Library on January 23. Harrowgate also committed $150,000 over three years to the Eastmoor Main Street Alliance for storefront',
    'grants.',
  ),
  'About Harrowgate Bank & Trust',
  j(
    'Founded in 1921, Harrowgate Bank &amp; Trust is a community bank with $1.9 billion in assets and eleven offices in the Tarrow River',
    'region. The bank is locally owned and provides personal, business, trust and wealth management services.',
  ),
];
const nNav = ['Personal', 'Business', 'Wealth', 'Insights', 'Newsroom'];
const nMore = ['Harrowgate names new chief credit officer', 'Bank reports record third-quarter deposits'];
const nFoot = ['Privacy', 'Terms of Use', 'Accessibility', 'Security Center', 'Careers'];
const nData = JSON.stringify({
  props: { pageProps: { release: { slug: 'eastmoor-branch', title: nTitle.replace('&', 'and'), date: '2026-12-14' } }, __N_SSG: true },
  page: '/newsroom/[slug]',
  query: { slug: 'eastmoor-branch' },
  buildId: 'aH7kq2Lx9PZ0vT3mYb1nC',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle.replace('&', '&amp;')} | Newsroom | Harrowgate Bank &amp; Trust</title><meta name="description" content="${nDek}"/>
<meta property="og:type" content="article"/><meta name="next-head-count" content="5"/><link rel="preload" href="/_next/static/css/8f3b2c1d9e0a7f64.css"
as="style"/><link rel="stylesheet" href="/_next/static/css/8f3b2c1d9e0a7f64.css" data-n-g=""/><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-59c5c889f52620d6.js"
defer=""></script><script src="/_next/static/chunks/pages/newsroom/%5Bslug%5D-a1b2c3d4e5f6a7b8.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Qm3xT" href="#main">Skip to main content</a>
<div class="AlertBar_alert__u7Y2k" role="region" aria-label="Site alert"><p>Our offices will close at noon on December 24 and all day December 25.</p></div>
<header class="Header_header__x1Y2z"><div class="Header_inner__Lk9pQ"><a class="Header_logo__b8UeT" href="/"><svg aria-label="Harrowgate Bank &amp; Trust"
role="img" viewBox="0 0 180 40"><title>Harrowgate Bank &amp; Trust</title><path d="M0 0h40v40H0z"></path></svg></a><nav class="Header_nav__aR4sE"
aria-label="Primary"><ul>${links(nNav, 'Header_item__p2LcW')}</ul></nav><button class="Header_search__zP1vD" type="button" aria-label="Open search"><svg
viewBox="0 0 24 24" aria-hidden="true"><path d="M10 2a8 8 0 1 0 0 16"></path></svg></button><a class="Button_button__Qw8e2 Button_primary__h3JkL"
href="https://secure.harrowgatebank.com/login">Log in</a></div></header>
<main id="main" class="Release_main__d4Zq1"><nav class="Breadcrumbs_crumbs__V2nQx" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a
href="/newsroom">Newsroom</a></li><li aria-current="page">Press release</li></ol></nav>
<article class="Release_article__Hj7Wm"><header class="Release_header__rT6Yb"><p class="Release_kicker__c9VxN">Press release</p>
<h1 class="Release_title__F1sKe">
${nTitle.replace('&', '&amp;')}</h1><p class="Release_dek__nM3aZ">${nDek}</p><div class="Release_meta__Zp8Lq">
<time dateTime="2026-12-14">December 14, 2026</time>
</div></header><div class="Release_body__Ux2Wc RichText_rich__Kd0aM">${ps(nBody.slice(0, 4))}<h2>${(nBody[4] ?? '').replace('&', '&amp;')}</h2>
${ps([nBody[5] ?? ''])}</div><aside class="Release_contact__w3ErP"><h2>Media contact</h2><p>Owen Radcliffe, Vice President, Marketing</p>
<p>press@harrowgatebank.com · (555) 019-6040</p></aside><div class="Share_share__Bv8Nc"><span>Share</span>
<a href="https://www.linkedin.com/sharing/share-offsite/?url=x"
aria-label="Share on LinkedIn">LinkedIn</a><button type="button" class="Share_copy__L7qXk">Copy link</button></div></article>
<section class="MoreNews_more__a2Ts7"><h2>More from the newsroom</h2><ul>${links(nMore, 'MoreNews_item__g5Rr1')}</ul></section></main>
<footer class="Footer_footer__m9XcD"><nav aria-label="Footer"><ul>${links(nFoot, 'Footer_item__y8Jr2')}</ul></nav><p class="Footer_legal__Tz3eV">Member FDIC.
Equal Housing Lender. © 2026 Harrowgate Bank &amp; Trust. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout505-nextjs-bank-press-release',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nBody[4] ?? ''],
  body: texts([nDek, ...nBody.filter((_, i) => i !== 4)]),
  bylines: ['December 14, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Our offices will close at noon on December 24 and all day December 25.', 'Insights', 'Newsroom', 'Log in', 'Home',
    'Press release', 'Media contact', 'Owen Radcliffe, Vice President, Marketing', 'press@harrowgatebank.com · (555) 019-6040', 'Share', 'LinkedIn',
    'Copy link', 'More from the newsroom', ...nMore, ...nFoot, 'Member FDIC. Equal Housing Lender. © 2026 Harrowgate Bank & Trust. All rights reserved.',
  ],
};

export const HELDOUT505_E: readonly TestPage[] = [elementor, nextjs];
