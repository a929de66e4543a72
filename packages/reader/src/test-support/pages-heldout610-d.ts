import { links, ps, type TestPage, texts } from './page-kit.js';
import { finish, j, lis, type Treatment, treatmentTexts } from './pages-heldout610-kit.js';

/**
 * Held-out batch 610, file d: a home-studio beauty therapist's price list on GoDaddy Websites + Marketing (data-ux markup, atomic
 * classes, treatment names in h4), and a waxing aftercare post on a Hugo site with the Ananke theme (cover header, sharing icons,
 * related sidebar).
 */
const dTitle = 'Price List';
const dLead = 'All treatments take place in my garden studio in Thornby. Card and cash accepted. Prices correct from January 2025.';
const dCats: { head: string; items: Treatment[] }[] = [
  {
    head: 'Facials',
    items: [
      { name: 'Express Glow Facial', price: '30 mins · £32.00', desc: 'Cleanse, exfoliate, mask and moisturise. Perfect for a lunch break.' },
      { name: 'Signature Facial', price: '60 mins · £52.00', desc: 'A full facial with steam, extractions, a face and shoulder massage and a tailored mask.' },
      { name: 'Dermaplaning Add-on', price: '15 mins · £15.00' },
    ],
  },
  {
    head: 'Waxing',
    items: [
      { name: 'Eyebrow Wax and Tidy', price: '15 mins · £12.00' },
      { name: 'Underarm', price: '15 mins · £12.00' },
      { name: 'Half Leg', price: '30 mins · £22.00' },
      { name: 'Full Leg', price: '45 mins · £32.00' },
    ],
  },
  {
    head: 'Hands and Feet',
    items: [
      { name: 'Gel Polish Hands', price: '45 mins · £25.00', desc: 'Includes a file and shape and cuticle tidy. Removal of my own gel is free.' },
      { name: 'Spa Pedicure', price: '60 mins · £35.00' },
    ],
  },
];
const dNote = 'A patch test is required 48 hours before any lash or brow tint. Please see my booking policy before you book.';
const dCookie = j(
  'We use cookies to analyze website traffic and optimize your website experience. By accepting our use of cookies, your data will',
  'be aggregated with all other user data.',
);
const dNav = ['Home', 'Price List', 'Book Online', 'Gift Vouchers', 'Contact Us'];
const x = (tag: string, n: number): string => `x-el x-el-${tag} c1-1 c1-2 c1-${(n + 10).toString(36)} c1-${(n + 11).toString(36)} c1-b c1-c c1-d c1-e`;
const dItem = (t: Treatment): string => `<div data-ux="Block" class="${x('div', 3)}"><div data-ux="Block" class="${x('div', 4)}">
<h4 role="heading" aria-level="4" data-ux="HeadingMinor" data-aid="MENU_ITEM_TITLE_RENDERED" class="${x('h4', 5)}">${t.name}</h4>
<p data-ux="Text" data-aid="MENU_ITEM_PRICE_RENDERED" class="${x('p', 6)}">${t.price}</p></div>
${t.desc === undefined ? '' : `<p data-ux="Text" data-aid="MENU_ITEM_DESC_RENDERED" class="${x('p', 7)}">${t.desc}</p>`}</div>`;
const dCat = (c: { head: string; items: Treatment[] }, i: number): string => `<div data-ux="Block" data-aid="MENU_SECTION${i}" class="${x('div', 8)}">
<h3 role="heading" aria-level="3" data-ux="HeadingMinor" data-aid="MENU_SECTION${i}_TITLE_RENDERED" class="${x('h3', 9)}">${c.head}</h3>
${c.items.map(dItem).join('\n')}</div>`;
const dHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>Price List</title><meta name="author" content="Rosie Quill Beauty"/>
<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000"/><link rel="manifest" href="/manifest.webmanifest"/>
<meta property="og:url" content="https://rosiequillbeauty.co.uk/price-list"/><meta property="og:site_name" content="Rosie Quill Beauty"/>
<meta property="og:title" content="Treatments and prices"/><meta property="og:type" content="website"/>
<script type="text/javascript" src="https://img1.wsimg.com/poly/v3/polyfill.min.js?unknown=polyfill&amp;flags=gated&amp;features=default"></script>
<script type="text/javascript">window.vctElements = []; window.wsb = window.wsb || {}; window.wsb.ENV = "production";</script>
<style data-glamor="cxs-default-sheet">.c1-1{letter-spacing:normal}.c1-2{text-transform:none}.c1-b{font-family:'Raleway', sans-serif}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness",
"name":"Rosie Quill Beauty","url":"https://rosiequillbeauty.co.uk"}</script>
</head><body class="x x-fonts-raleway"><div id="layout-a1f0e4c3-7b2d-4e91-8c6a-3f5d2b1e9a07"
class="layout layout-layout layout-layout-layout-13 locale-en-GB lang-en">
<div data-ux="Page" id="page-40192" class="${x('div', 0)}"><div data-ux="Block" class="${x('div', 1)}">
<div id="4a2c8e61-1d0f-4b7a-9e3c-5f6d7a8b9c0d"
class="widget widget-header
widget-header-header-9"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET" class="${x('div', 2)}"><div><section data-ux="Section"
data-aid="HEADER_SECTION" class="${x('section', 1)}"><div data-ux="Container" class="${x('div', 2)}"><nav data-ux="Block" class="${x('nav', 3)}">
<div data-ux="Block" class="${x('div', 4)}"><a rel="" role="link" aria-haspopup="menu" data-ux="Link" data-page="a7d3c1e2" title="Rosie Quill Beauty"
href="/" data-typography="LinkAlpha" class="${x('a', 5)}" data-tccl="ux2.HEADER.header9.Logo.Default.Link.Default.40193.click,click">
<div data-ux="Block" id="logo-container-40194" class="${x('div', 6)}"><h3 role="heading" aria-level="3" data-aid="HEADER_LOGO_TEXT_RENDERED"
data-ux="LogoHeading"
id="logo-text-40195" data-typography="LogoAlpha" class="${x('h3', 7)}">Rosie Quill Beauty</h3></div></a></div>
<div data-ux="Block" class="${x('div', 8)}"><ul data-ux="List" id="nav-40196" class="${x('ul', 9)}">
${dNav
  .map(
    (t) => `<li data-ux="ListItemInline" class="${x('li', 10)}" role="listitem"><a rel="" role="link" aria-haspopup="false" data-ux="NavLink"
href="/${t.toLowerCase().replace(/ /g, '-')}" data-typography="NavAlpha"
class="${x('a', 11)}">${t}</a></li>`,
  )
  .join('\n')}</ul></div></nav></div></section></div>
</div></div></div>
<div id="9e1b7c2d-3a4f-4c5e-8d6b-0a1f2e3d4c5b" class="widget widget-menu widget-menu-menu-2"><div data-ux="Widget" role="region" id="9e1b7c2d"
class="${x('div', 12)}">
<div><section data-ux="Section" class="${x('section', 13)}"><div data-ux="Container" class="${x('div', 14)}">
<h2 role="heading" aria-level="2" data-ux="SectionHeading" data-aid="MENU_SECTION_TITLE_RENDERED" data-promoted-from="2" data-order="0"
class="${x('h2', 15)}"><span data-ux="Element" class="${x('span', 16)}">${dTitle}</span></h2>
<p data-ux="SectionSubHeading" data-aid="MENU_SECTION_SUBTITLE_RENDERED" class="${x('p', 17)}">${dLead}</p>
${dCats.map(dCat).join('\n')}
<div data-ux="Block" class="${x('div', 18)}"><p data-ux="Text" data-aid="MENU_FOOTER_RENDERED" class="${x('p', 19)}">${dNote}</p></div>
</div></section></div></div></div>
<div id="2f4e6a8c-0b1d-4e3f-9a5c-7e9b1d3f5a7c" class="widget widget-footer widget-footer-footer-2"><div data-ux="Widget" role="contentinfo"
class="${x('div', 20)}">
<div><section data-ux="Section" class="${x('section', 21)}"><div data-ux="Container" class="${x('div', 22)}"><div data-ux="Layout" class="${x('div', 23)}">
<p data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED" class="${x('p', 24)}"><span>Copyright © 2025 Rosie Quill Beauty - All Rights Reserved.</span></p>
<ul data-ux="List" class="${x('ul', 25)}"><li data-ux="ListItemInline" class="${x('li', 26)}"><a data-ux="FooterLink" href="/privacy-policy"
class="${x('a', 27)}">Privacy Policy</a></li></ul>
<p data-ux="FooterDetails" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED" class="${x('p', 28)}"><span>Powered by</span> <a rel="nofollow noopener" target="_blank"
href="https://www.godaddy.com/websites/website-builder?cvosrc=assets.wsb_badge.wsb_badge"
class="${x('a', 29)}">GoDaddy</a></p></div></div></section></div></div></div>
<div id="cookie-banner-40210" data-ux="Block" class="${x('div', 30)}"><div data-ux="Container" class="${x('div', 31)}">
<p data-ux="Text" class="${x('p', 32)}">This website uses cookies.</p><p data-ux="Text"
class="${x('p', 33)}">${dCookie}</p>
<a data-ux="Button" data-aid="CONSENT_ACCEPT_BUTTON" href="#" class="${x('a', 34)}">Accept</a></div></div></div></div>
<script type="text/javascript">window.wsb["Header"](JSON.parse("{\\"widgetId\\":\\"4a2c8e61\\",\\"section\\":\\"default\\"}"));</script></body></html>`;
const godaddy: TestPage = finish({
  name: 'heldout610-godaddy-price-list',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dCats.map((c) => c.head),
  body: [dLead, ...dCats.flatMap((c) => treatmentTexts(c.items)), dNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rosie Quill Beauty', ...dNav, 'Copyright © 2025 Rosie Quill Beauty - All Rights Reserved.', 'Privacy Policy', 'Powered by GoDaddy',
    'This website uses cookies.',
    dCookie,
    'Accept',
  ],
});

const hTitle = 'Waxing aftercare: the first 48 hours';
const hBody = [
  j(
    'Freshly waxed skin is open and a little inflamed, so what you do in the next two days decides whether you get smooth skin or',
    'red bumps. Here is the advice I give every client on their way out of the door.',
  ),
];
const hDo = [
  'Wear loose, clean cotton clothing over the waxed area.',
  'Keep the area cool. A cold flannel helps if it feels hot or tight.',
  'Apply the soothing gel we gave you once or twice a day.',
];
const hDont = [
  'hot baths, saunas, steam rooms or hot tubs',
  'sunbathing, sunbeds or fake tan',
  'the gym, swimming pools or the sea',
  'perfumed lotions, deodorant on freshly waxed underarms, or exfoliating scrubs',
  'touching or scratching the area',
];
const hLater = [
  j(
    'From day three, start exfoliating gently two or three times a week and moisturise every day. This keeps the skin soft so new',
    'hairs can grow through it instead of curling back underneath, which is what causes ingrown hairs.',
  ),
  j(
    'A few small red dots in the first day are normal, especially on a first wax. If you notice spots filled with pus, swelling',
    'that gets worse, or redness that has not settled after three days, please contact me or your GP.',
  ),
  '<strong>Next wax:</strong> book in four to six weeks from now. Hair needs to be about the length of a grain of rice.',
];
const hHeads = ['Do', 'Avoid for 48 hours', 'After the first two days'];
const hNav = ['Treatments', 'Prices', 'Aftercare', 'Book'];
const hRel = ['Getting ready for your first Brazilian', 'Why you should stop shaving between waxes', 'Sugaring or waxing?'];
const hShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><title>${hTitle} | Hollow Lane Waxing</title>
<meta name="viewport" content="width=device-width,minimum-scale=1"><meta name="description" content="What to do, and what to avoid, after a wax.">
<meta name="generator" content="Hugo 0.121.1"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://hollowlanewaxing.co.uk/posts/waxing-aftercare/">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="posts">
<meta property="article:published_time" content="2024-06-03T08:00:00+01:00"><meta itemprop="wordCount" content="410">
<meta name="twitter:card" content="summary_large_image"></head>
<body class="ma0 avenir bg-near-white production">
<header class="cover bg-top" style="background-image: url('https://hollowlanewaxing.co.uk/images/towels.jpg');"><div class="bg-black-60">
<nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Hollow Lane Waxing</a><div class="flex-l items-center">
<ul class="pl0 mr3">${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/"
title="${t} page">${t}</a></li>`,
  )
  .join('\n')}</ul>
<div class="ananke-socials"><a href="https://instagram.com/hollowlanewaxing" target="_blank" rel="noopener" class="ananke-social-link link-transition instagram
link dib z-999 pt3 pt0-l mr1" title="Instagram link"
aria-label="follow on Instagram——Opens in a new window"><span class="icon"><svg style="enable-background:new 0 0 67 67;"
version="1.1" viewBox="0 0 67 67"></svg></span></a></div></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">${hTitle}</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Posts</aside>
<div id="sharing" class="mt3 ananke-socials">
${hShare
  .map(
    (t) => `<a href="https://www.example-share.com/?u=https://hollowlanewaxing.co.uk/posts/waxing-aftercare/"
class="ananke-social-link link-transition ${t.split(' ').pop()?.toLowerCase()} link dib z-999 pt3 pt0-l mr1" title="${t}" aria-label="${t}">
<span class="icon"><svg viewBox="0 0 32 32"></svg></span></a>`,
  )
  .join('\n')}</div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1>
<p class="tracked">By <strong>Kezia Marlow</strong></p>
<time class="f6 mv4 dib tracked" datetime="2024-06-03T08:00:00+01:00">June 3, 2024</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">
${ps(hBody)}
<h2 id="do">${hHeads[0]}</h2><ul>${lis(hDo)}</ul>
<h2 id="avoid-for-48-hours">${hHeads[1]}</h2><ul>${lis(hDont)}</ul>
<h2 id="after-the-first-two-days">${hHeads[2]}</h2>
${ps(hLater)}
</div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
<p class="f5 b mb3">Related</p><ul class="pa0 list">${links(hRel, 'mb2')}</ul></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://hollowlanewaxing.co.uk/">&copy; Hollow Lane Waxing 2024</a>
<div><div class="ananke-socials"><a href="https://instagram.com/hollowlanewaxing" target="_blank" rel="noopener"
class="ananke-social-link link-transition instagram
link dib z-999 pt3 pt0-l mr1" title="Instagram link"
aria-label="follow on Instagram——Opens in a new window"><span class="icon"><svg viewBox="0 0 67 67"></svg></span>
</a></div></div></div></footer>
</body></html>`;
const hugo: TestPage = finish({
  name: 'heldout610-hugo-ananke-waxing-aftercare',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hHeads,
  body: texts([...hBody, ...hDo, ...hDont, ...hLater]),
  bylines: ['By Kezia Marlow', 'June 3, 2024'],
  furniture: ['Hollow Lane Waxing', ...hNav, 'Posts', 'Related', ...hRel, '© Hollow Lane Waxing 2024'],
});

export const HELDOUT610_D: readonly TestPage[] = [godaddy, hugo];
