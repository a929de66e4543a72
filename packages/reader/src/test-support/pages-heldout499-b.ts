import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, finish, j, lis } from './pages-heldout499-kit.js';

/**
 * Held-out batch 499, file b: a hearing clinic's short aftercare page on Wix (separate rich-text elements, the Wix ads banner),
 * and a long eye-test guide on an optician chain's Next.js site (table of contents, booking card, related articles).
 */
const wTitle = 'Your First Two Weeks With Hearing Aids';
const wParas = [
  j(
    'New hearing aids take some getting used to. Sounds you have not heard clearly for years, like the fridge humming or your own',
    'footsteps, can seem loud at first. This is normal, and your brain will adjust within a few weeks.',
  ),
  'Wear them every day, starting with a few hours in quiet rooms and building up to a full day by the end of the second week.',
  'Take them out at night and leave them in the charger, or open the battery doors so the batteries last longer.',
  'Wipe them each evening with a dry cloth. Never use water, alcohol or cleaning sprays.',
  'Keep them away from hairspray, steam and the bathroom while you shower.',
  j(
    'If a hearing aid whistles, hurts or feels loose, do not put up with it. Call us and we will fit you in for a free adjustment,',
    'usually within two days.',
  ),
];
const wHead = 'Daily care';
const wFurn = ['Home', 'Hearing Tests', 'Hearing Aids', 'Ear Wax Removal', 'Aftercare', 'Book Online'];
const rt = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn c9GqVL QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wp = (t: string): string => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>`;
const wNavItem = (t: string): string =>
  `<li class="wbq6Ue wixui-dropdown-menu__item" data-testid="dropdown-menu-item"><a data-testid="linkElement" href="https://www.clearsoundhearing.example/${t
    .toLowerCase()
    .replace(/ /g, '-')}" class="UiHgGh"><div class="ZcpHjl"><div class="_pfxlW"><p class="JS76Uv">${t}</p></div></div></a></li>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Aftercare | ClearSound Hearing</title>
<meta name="description" content="How to look after your new hearing aids in the first two weeks.">
<meta property="og:site_name" content="ClearSound Hearing"><link rel="canonical" href="https://www.clearsoundhearing.example/aftercare">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"ClearSound Hearing",
"address":{"addressLocality":"Tamsworth"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"8a2d6b11","isWixSite":true},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-lr8x1{--text-direction:ltr}#SITE_HEADER{--bg:#fff}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="WIX_ADS" class="VFcmrh ytGGBw"><a data-testid="linkElement" href="//www.wix.com/lpviral/enviral" target="_blank" class="ZOnOU4">
<span class="xILuQB">This site was designed with the <span class="fJtSW9">Wix</span> website builder. Create your website today.</span>
<span class="g1gI9E">Start Now</span></a></div>
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span>
</div>
<div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP SKIP_TO_CONTENT_BTN has-custom-focus" tabindex="0"
aria-label="Skip to Main Content">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class="">
${rt('kx1a01', '<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">ClearSound Hearing</span></p>')}
<nav aria-label="Site" id="comp-kx2a7" class="comp-kx2a7 wixui-dropdown-menu hidden-during-prewarmup"><ul class="I6pr_U" id="comp-kx2a7itemsContainer">
${wFurn.slice(0, 5).map(wNavItem).join('\n')}</ul></nav>
<div class="comp-kx3b9 R6ex7N wixui-button" id="comp-kx3b9">
<a data-testid="linkElement" href="https://www.clearsoundhearing.example/book-online" class="uDW_Qe">
<span class="l7_2fn wixui-button__label">${at(wFurn, 5)}</span></a></div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content" class="">
<section id="comp-lr8w0" tabindex="-1" class="Oqnisf comp-lr8w0 wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lr8w1" class="comp-lr8w1 YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lr8w1inlineContent" data-testid="inline-content" class="">
${rt('lr8x1', `<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1>`)}
${rt('lr8x2', wParas.slice(0, 1).map(wp).join(''))}
${rt('lr8x3', `<h2 class="font_2 wixui-rich-text__text"><span class="wixui-rich-text__text">${wHead}</span></h2>`)}
${rt(
  'lr8x4',
  `<ul class="font_8 wixui-rich-text__text">${lis(
    wParas.slice(1, 5).map((t) => `<p class="font_8 wixui-rich-text__text">${t}</p>`),
    'wixui-rich-text__text',
  )}</ul>`,
)}
${rt('lr8x5', wParas.slice(5).map(wp).join(''))}
<div id="comp-lr8y0" class="comp-lr8y0 wixui-image" title="Hearing aid in charger">
<img src="https://static.wixstatic.example/media/a1b2c3.jpg/v1/fill/w_480,h_320/charger.jpg"
alt="Hearing aid in charger" style="width:480px;height:320px;object-fit:cover"></div>
</div></div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div class="G5K6X8">
<div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class="">
${rt('kx9f1', wp('22 Mill Lane, Tamsworth TW6 1RB') + wp('Tel. 01632 960844'))}
${rt('kx9f2', wp('© 2026 by ClearSound Hearing. Proudly created with Wix.com'))}</div></div></div></footer></div></div></div></div>
<div data-hook="ccsu-banner-wrapper" class="ccsu-banner-wrapper"><div data-hook="consent-banner-root" class="consent-banner-root" role="dialog">
<p data-hook="consent-banner-text">This website uses cookies. By accepting, you agree to our use of such cookies.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const wixAftercare: TestPage = {
  name: 'heldout499-wix-hearing-aid-first-weeks',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [wHead],
  body: texts(wParas),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'top of page', 'Skip to Main Content',
    'ClearSound Hearing', ...wFurn, '22 Mill Lane, Tamsworth TW6 1RB', 'Tel. 01632 960844', '© 2026 by ClearSound Hearing. Proudly created with Wix.com',
    'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Settings', 'Accept',
  ],
};

const nTitle = 'What happens at an eye test? A step-by-step guide';
const nDek = 'From the first questions to the last scan, here is what to expect at your appointment and how to get the most from it.';
type Sec = readonly [heading: string, blocks: readonly string[]];
const nSecs: readonly Sec[] = [
  [
    'Before your appointment',
    [
      j(
        'An eye test at Brightwell takes between 25 and 40 minutes, depending on which checks you need. You do not need to do',
        'anything special to prepare, but a few things will help your optometrist build a full picture of your eyes.',
      ),
      'Bring your current glasses, including reading glasses and sunglasses with a prescription.',
      'If you wear contact lenses, wear them to the appointment and bring your lens details or the box.',
      'Make a list of any medicines you take, and any eye conditions in your family, such as glaucoma.',
      'Note down anything you have noticed: headaches, blurred vision at the computer, or trouble driving at night.',
    ],
  ],
  [
    'Pre-screening',
    [
      j(
        'Before you see the optometrist, an optical assistant will run a few quick checks using automated equipment. None of them',
        'hurt, and most take only a few seconds each.',
      ),
    ],
  ],
  [
    'Eye pressure',
    [
      j(
        'A small puff of air is blown onto the front of each eye to measure the pressure inside it. High pressure can be a sign of',
        'glaucoma, which has no symptoms in its early stages. The puff can make you jump, but it is over in a moment.',
      ),
    ],
  ],
  [
    'Visual fields',
    [
      j(
        'You look at a central light and press a button each time you see a flash in the corner of your vision. This checks your',
        'side vision, which can be affected by glaucoma and some neurological conditions, often without you noticing.',
      ),
    ],
  ],
  [
    'With the optometrist',
    [
      j(
        'Your optometrist will start by asking about your general health, your work and hobbies, and how you use your eyes during',
        'the day. Someone who spends eight hours at two monitors needs different lenses from someone who mainly drives or reads.',
      ),
    ],
  ],
  [
    'The sight test',
    [
      j(
        'You will read letters from a chart while the optometrist places different lenses in front of your eyes, asking you which',
        'looks clearer: "one or two?". There are no wrong answers. If two lenses look the same, say so, as that is useful information too.',
      ),
      j(
        'The optometrist will also check how well your eyes work together, how they focus at different distances and, if you are',
        'over 40, how much help you need for close work.',
      ),
    ],
  ],
  [
    'The eye health check',
    [
      j(
        'Using a bright light and magnifying lenses, the optometrist looks at the front of your eyes, the lens, and the retina and',
        'optic nerve at the back. Many general health conditions can be seen here first, including high blood pressure and diabetes.',
      ),
      j(
        'Some patients are offered drops to widen the pupils, which gives a better view. The drops sting briefly and can make your',
        'vision blurry and sensitive to light for a few hours, so do not drive until the effect has worn off.',
      ),
    ],
  ],
  [
    'OCT scans',
    [
      j(
        'An OCT scan takes a 3D image of the layers of the retina, a little like an ultrasound but using light. It can pick up signs',
        'of macular degeneration and glaucoma years before they affect your sight. The scan takes about a minute and nothing touches',
        'your eye. Your optometrist will show you the images and explain what they see.',
      ),
    ],
  ],
  [
    'After your eye test',
    [
      j(
        'At the end of the test, the optometrist will explain the results and give you a copy of your prescription. If your',
        'prescription has changed, one of our dispensing opticians can help you choose frames and lenses, but you are free to take',
        'your prescription anywhere.',
      ),
      j(
        'If the optometrist finds something that needs a closer look, they may ask you to come back for further tests, or refer you',
        'to your GP or the hospital eye service. Most referrals are made as a precaution, and the letter will explain why.',
      ),
      'Most adults should have an eye test every two years. Your optometrist may suggest more often if:',
      'you are over 70, or have diabetes',
      'you have a family history of glaucoma and are over 40',
      'you are a child who wears glasses',
    ],
  ],
];
const nLists: Record<string, readonly [number, number]> = { 'Before your appointment': [1, 5], 'After your eye test': [3, 6] };
const nSec = ([h, bl]: Sec, i: number): string => {
  const tag = h === 'Eye pressure' || h === 'Visual fields' || h === 'The sight test' || h === 'The eye health check' || h === 'OCT scans' ? 'h3' : 'h2';
  const span = nLists[h];
  const inner =
    span === undefined ? ps(bl) : `${ps(bl.slice(0, span[0]))}<ul class="RichText_list__Tq2aX">${lis(bl.slice(span[0], span[1]))}</ul>${ps(bl.slice(span[1]))}`;
  const card = i === 5 ? nCard : '';
  return `<section id="section-${i}" class="ArticleSection_section__2bS9d"><${tag} class="ArticleSection_heading__Zk0pe">${h}</${tag}>
<div class="RichText_richText__k7VfU">${inner}</div></section>${card}`;
};
const nCard = `<aside class="BookingCard_card__h3XoP" data-testid="booking-card"><p class="BookingCard_title__uN6Lw">Due an eye test?</p>
<p class="BookingCard_text__d9LsQ">Book online in under two minutes at one of our 214 stores.</p>
<a class="Button_button__Vh1Mx Button_primary__q7Zcv" href="/book-appointment?type=eye-test">Book an eye test</a></aside>`;
const nNav = ['Glasses', 'Sunglasses', 'Contact lenses', 'Eye tests', 'Eye health', 'Hearing'];
const nCrumbs = ['Home', 'Eye health', 'Eye tests'];
const nRel = ['Glaucoma: what you need to know', 'How often should children have their eyes tested?', 'Screen time and dry eyes'];
const nFootCols = ['Store finder', 'Book an appointment', 'Delivery and returns', 'Careers', 'Accessibility', 'Privacy notice', 'Cookie policy'];
const nToc = nSecs.filter(([h]) => !['Eye pressure', 'Visual fields', 'The sight test', 'The eye health check', 'OCT scans'].includes(h)).map(([h]) => h);
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>What happens at an eye test? | Brightwell Opticians</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://www.brightwell.example/eye-health/what-happens-at-an-eye-test"/><meta name="next-head-count" content="9"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","headline":"${nTitle}","lastReviewed":"2026-03-03",
"reviewedBy":{"@type":"Person","name":"Ama Okafor"}}</script>
<link rel="preload" href="/_next/static/css/7d1f3c0a2b6e9f41.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7d1f3c0a2b6e9f41.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-4e2f9a1c7b3d5e60.js" defer=""></script><script src="/_next/static/chunks/main-9b3c1a7e2d4f6a81.js" defer=""></script>
</head><body><div id="__next"><a class="SkipLink_skipLink__mP3sQ" href="#main">Skip to content</a>
<div class="PromoBar_bar__aY7kR" role="region" aria-label="Offers"><p>Free eye tests for over-60s in every store</p></div>
<header class="Header_header__9kP2s"><div class="Header_inner__Lf2xW"><a class="Header_logo__3mRtz" href="/" aria-label="Brightwell Opticians home">
<svg viewBox="0 0 120 32" aria-hidden="true"><path d="M0 0h120v32H0z"/></svg></a>
<nav class="MainNav_nav__Qe8bD" aria-label="Main"><ul class="MainNav_list__W4k2s">${links(nNav, 'MainNav_item__hd8Gq')}</ul></nav>
<form class="Search_form__xT5nC" role="search" action="/search"><label class="Search_label__vR2pw" for="q">Search</label><input id="q" name="q" type="search"
placeholder="Search products and advice"/></form>
<div class="Header_actions__k3PzE"><a href="/store-finder">Find a store</a><a href="/account">Sign in</a><a href="/basket">Basket (0)</a></div></div></header>
<main id="main" class="Layout_main__vC1wd"><nav aria-label="Breadcrumb" class="Breadcrumbs_nav__Jd8eT">
<ol class="Breadcrumbs_list__n2YqL">${links(nCrumbs, 'Breadcrumbs_item__cQ9Rw')}</ol></nav>
<article class="Article_article__p4HsZ"><header class="Article_header__u6YbN"><p class="Article_kicker__B2fxo">Eye tests</p>
<h1 class="Article_title__Xw7mE">${nTitle}</h1>
<p class="Article_dek__fL0qV">${nDek}</p><div class="Article_meta__R9tkc">
<span>Clinically reviewed by <a href="/authors/ama-okafor">Ama Okafor</a>, Optometrist</span>
<span>Updated 3 March 2026</span><span>7 min read</span></div></header>
<div class="Article_layout__t1GhA"><nav class="Toc_toc__sY5pE" aria-labelledby="toc-title"><p id="toc-title" class="Toc_title__eU3lA">On this page</p>
<ol>${nToc.map((h) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}">${h}</a></li>`).join('')}</ol></nav>
<div class="Article_body__Hq6zD">${nSecs.map(nSec).join('\n')}</div></div>
<footer class="Article_footer__zN8Kw"><div class="ShareBar_bar__Wd2rx"><span>Share this article</span><button aria-label="Share on Facebook">Facebook</button>
<button aria-label="Copy link">Copy link</button></div></footer></article>
<section class="Related_related__G5mTa" aria-labelledby="related-title"><h2 id="related-title" class="Related_title__f8Ddq">You might also like</h2>
<ul class="Related_grid__oN4cs">${links(nRel, 'Related_card__yT2mB')}</ul></section></main>
<footer class="Footer_footer__Ab3Xs"><div class="Newsletter_box__Pz1sL"><h2>Get eye care tips and offers</h2><form><label for="nl-email">Email address</label>
<input id="nl-email" type="email"/><button type="submit">Sign up</button></form></div>
<ul class="Footer_links__mD5kh">${links(nFootCols, 'Footer_link__e2YvR')}</ul>
<p class="Footer_legal__K9hqT">© 2026 Brightwell Opticians Ltd. Registered in England No. 04817263.
Authorised and regulated by the Financial Conduct Authority.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" tabindex="0"><div class="ot-sdk-container">
<div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies to give you the best experience, to analyse traffic and to personalise offers.</p></div>
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"what-happens-at-an-eye-test",
"title":"${nTitle}"}},"page":"/eye-health/[slug]",
"query":{"slug":"what-happens-at-an-eye-test"},"buildId":"Xk3v9QmR2pL","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextEyeTest: TestPage = {
  name: 'heldout499-nextjs-eye-test-guide',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map(([h]) => h),
  body: texts([nDek, ...nSecs.flatMap(([, bl]) => bl)]),
  bylines: ['Clinically reviewed by Ama Okafor, Optometrist', 'Updated 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free eye tests for over-60s in every store', ...nNav, 'Search', 'Find a store', 'Sign in',
    'Basket (0)', 'Home', '7 min read', 'On this page', 'Due an eye test?', 'Book online in under two minutes at one of our 214 stores.', 'Book an eye test',
    'Share this article', 'Facebook', 'Copy link', 'You might also like', ...nRel, 'Get eye care tips and offers', 'Email address', 'Sign up', ...nFootCols,
    '© 2026 Brightwell Opticians Ltd. Registered in England No. 04817263. Authorised and regulated by the Financial Conduct Authority.',
    'We use cookies to give you the best experience, to analyse traffic and to personalise offers.', 'Cookie Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT499_B: readonly TestPage[] = [wixAftercare, nextEyeTest].map(finish);
