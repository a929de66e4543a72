import { links, type TestPage } from './page-kit.js';
import { type Block, j, parts, render } from './pages-heldout463-kit.js';

/**
 * Held-out batch 463, file e: a small coffee roaster's sustainability page on Squarespace (7.1, fluid engine), and an ESG
 * newsletter's article on Ghost (Source theme) with a member signup box.
 */
const qTitle = 'Sourcing & Sustainability';
const qBlocks: Block[] = [
  j(
    'We buy green coffee directly from eleven farms and two cooperatives in Huila, Sidama and the Mbeya highlands, and we pay',
    'at least 40 percent above the commodity price for every lot. We publish what we paid for each one on its bag.',
  ),
  j(
    'Our roaster runs on an afterburner-free electric drum, powered by the solar panels on our roof and by a green tariff for',
    'the rest. Chaff goes to a community garden down the road, and our burlap sacks go to local growers.',
  ),
  { h: 'Packaging', level: 3 },
  j(
    'Retail bags are paper lined with a plant-based film and can go in garden compost. Wholesale customers get their beans in',
    'returnable tubs, which saved around 9,000 bags last year.',
  ),
];
const qNav = ['Shop', 'Subscriptions', 'Wholesale', 'Sourcing & Sustainability', 'Visit us'];
const qHtml = `<!doctype html><html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="width=device-width, initial-scale=1">
<base href=""><meta charset="utf-8"><title>Sourcing &amp; Sustainability — Ouseburn Coffee Roasters</title>
<link rel="canonical" href="https://www.ouseburncoffee.example/sourcing"><meta property="og:site_name" content="Ouseburn Coffee Roasters">
<meta property="og:title" content="Sourcing &amp; Sustainability — Ouseburn Coffee Roasters"><meta property="og:type" content="website">
<script type="text/javascript" crossorigin="anonymous" defer="true" nomodule="nomodule" src="//assets.squarespace.com/@sqs/polyfiller/1.6/legacy.js"></script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"website":{"id":"5f2a1b3c4d5e6f7a8b9c0d1e","siteTitle":"Ouseburn Coffee Roasters"},
"templateId":"5c5a519771c10ba3470d8101"};</script>
<script type="application/ld+json">{"url":"https://www.ouseburncoffee.example","name":"Ouseburn Coffee Roasters","@context":"http://schema.org",
"@type":"WebSite"}</script>
<link href="https://static1.squarespace.com/static/versioned-site-css/5f2a1b3c4d5e6f7a8b9c0d1e/41/5c5a519771c10ba3470d8101/site.css" rel="stylesheet"
type="text/css"></head>
<body id="collection-6412ab09cd34ef5678901234" class="primary-button-style-solid tweak-global-animations-enabled header-width-full">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop" data-content-field="site-title">
<div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text">
<a href="/" id="site-title" data-animation-role="header-element">Ouseburn Coffee Roasters</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${qNav
  .map(
    (t) =>
      `<div class="header-nav-item header-nav-item--collection${t === qTitle ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"${t === qTitle ? ' aria-current="page"' : ''}>${t.replace(/&/g, '&amp;')}</a></div>`,
  )
  .join('\n')}</nav></div></div></div>
<div class="header-actions header-actions--right"><div class="showOnDesktop"><div class="header-actions-action header-actions-action--cart">
<a href="/cart" class="cart-style-icon icon--stroke icon--fill icon--cart sqs-custom-cart"><span class="Cart-inner"><span class="sqs-cart-quantity">0</span>
</span></a>
</div></div></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="6412ab09cd34ef5678901235">
<section data-test="page-section" data-section-theme="bright" class="page-section layout-engine-section background-width--full-bleed section-height--medium"
data-section-id="6412ab09cd34ef5678901236"><div class="section-border"><div class="section-background"></div></div><div class="content-wrapper">
<div class="content">
<div data-fluid-engine="true"><div class="fluid-engine fe-6412ab09cd34ef5678901237">
<div class="fe-block fe-block-yui_3_17_2_1_1679000000000_4321"><div class="sqs-block html-block sqs-block-html" data-block-type="2"
id="block-yui_3_17_2_1_1679000000000_4321"><div class="sqs-block-content"><div class="sqs-html-content">
<h1 style="white-space:pre-wrap;">${qTitle.replace(/&/g, '&amp;')}</h1>
${render(qBlocks, { p: (t) => `<p class="" style="white-space:pre-wrap;">${t}</p>` })}</div></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1679000000000_5555"><div class="sqs-block image-block sqs-block-image" data-block-type="5">
<div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-outer-wrapper layout-caption-below design-layout-fluid">
<div class="fluid-image-container sqs-image-content">
<img data-src="https://images.squarespace-cdn.com/content/v1/5f2a1b3c4d5e6f7a8b9c0d1e/roaster.jpg" alt="" loading="lazy"></div>
<figcaption class="image-caption-wrapper"><div class="image-caption"><p class="" style="white-space:pre-wrap;">Our Giesen roaster on a sunny Tuesday.</p></div>
</figcaption></div></figure></div></div></div>
<div class="fe-block fe-block-yui_3_17_2_1_1679000000000_6666"><div class="sqs-block button-block sqs-block-button" data-block-type="53">
<div class="sqs-block-content">
<div class="sqs-block-button-container sqs-block-button-container--center" data-animation-role="button" data-alignment="center"><a href="/shop"
class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Shop the coffees</a></div></div></div></div>
</div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section data-test="page-section" class="page-section" data-section-theme="dark">
<div class="content-wrapper">
<div class="fluid-engine"><div class="fe-block"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">Unit 4, Lime Street Yard, Newcastle upon Tyne</p>
<p class="" style="white-space:pre-wrap;">Roastery shop open Thursday to Saturday, 9 till 3</p>
</div></div></div></div><div class="fe-block"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content">
<div class="newsletter-form-wrapper newsletter-form-wrapper--layoutFloat newsletter-form-wrapper--alignCenter">
<form class="newsletter-form" data-form-id="6412ab09">
<header class="newsletter-form-header"><h2 class="newsletter-form-header-title">Roast day notes</h2></header><div class="newsletter-form-body">
<div class="newsletter-form-fields-wrapper form-fields"><div class="newsletter-form-field-wrapper form-item field email required">
<label class="newsletter-form-field-label title"
for="email-yui_3_17">Email Address</label><input id="email-yui_3_17" class="newsletter-form-field-element field-element" name="email" type="email"
placeholder="Email Address"></div></div><div data-animation-role="button" class="newsletter-form-button-wrapper submit-wrapper">
<button class="newsletter-form-button sqs-system-button sqs-editable-button sqs-button-element--primary"
type="submit" value="Sign Up"><span class="newsletter-form-button-label">Sign Up</span></button></div></div></form></div></div></div></div></div></div>
</section></footer></div>
<script defer="defer" src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.1c8b0b9c.js" type="text/javascript">
</script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const qFurn = [
  'Skip to Content', 'Ouseburn Coffee Roasters', ...qNav, 'Our Giesen roaster on a sunny Tuesday.', 'Shop the coffees',
  'Unit 4, Lime Street Yard, Newcastle upon Tyne', 'Roastery shop open Thursday to Saturday, 9 till 3', 'Roast day notes', 'Email Address', 'Sign Up',
];
const squarespace: TestPage = { name: 'heldout463-squarespace-roaster-sourcing', kind: 'blog', html: qHtml, ...parts(qTitle, qBlocks, [], [], qFurn) };

const gTitle = 'Brandholm pushes back its net zero date, and says so plainly';
const gDek = 'The shipping group will miss its 2040 goal. Its new plan is more honest about why, and about what it can control.';
const gBlocks: Block[] = [
  j(
    'Brandholm Line, the container carrier with 94 ships and a large share of trade between northern Europe and West Africa,',
    'said on Tuesday that it no longer expects to reach net zero emissions by 2040 and has moved the target to 2050.',
  ),
  j(
    'It is rare for a company to say this in so many words. Most companies that fall behind their targets quietly rebase them,',
    'change the scope or stop mentioning them. Brandholm’s new transition plan does none of these things.',
  ),
  { h: 'What went wrong' },
  j(
    'The 2040 target, set in 2021, assumed that green methanol would be available at scale and at a price close to fuel oil by',
    'the early 2030s. It is not. The company says it secured only 12 percent of the fuel it planned to buy for 2027, and at',
    'more than three times the price of conventional fuel.',
  ),
  {
    quote: j(
      'We made a target that depended on other people building an industry for us. We should have said that at the time.',
      '— Marit Kolstad-Even, chief sustainability officer',
    ),
  },
  { h: 'What stays' },
  j(
    'The interim target to cut the carbon intensity of its fleet by 45 percent by 2030 is unchanged, and the company says it is',
    'on track, at 28 percent so far. Eight dual-fuel ships ordered in 2023 will still be delivered, and Brandholm will run them',
    'on biofuel blends until methanol supply improves.',
  ),
  { h: 'Our view' },
  j(
    'A later target is worse for the climate than an earlier one that is met. But a later target with a credible plan is better',
    'than an early one that everyone knows will be missed. Investors should watch the 2030 intensity figure, which is within the',
    'company’s control, and the share of green fuel it contracts each year, which largely is not.',
  ),
];
const gNav = ['Home', 'Briefings', 'Data', 'About', 'Sign in'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brandholm pushes back its net zero date, and says so plainly</title><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=6a1f2e3d4c">
<link rel="canonical" href="https://thetransitionledger.example/brandholm-net-zero-2050/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Transition Ledger"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-10T07:30:00.000Z">
<meta property="article:tag" content="Shipping"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${gTitle}","author":{"@type":"Person","name":"Tomasz
Ebbesen-Nair"},
"datePublished":"2026-11-10T07:30:00.000Z","publisher":{"@type":"Organization","name":"The Transition Ledger"}}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://thetransitionledger.example/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style></head>
<body class="post-template tag-shipping tag-targets has-sans-title has-sans-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-middle-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="https://thetransitionledger.example">The Transition Ledger</a>
<button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" width="20" height="20"></svg></button></div>
<nav class="gh-navigation-menu"><ul class="nav">${links(gNav.slice(0, 4), 'nav-' + 'item')}</ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-shipping tag-targets"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://thetransitionledger.example/tag/shipping/">Shipping</a><h1 class="gh-article-title is-title">${gTitle}</h1>
<p class="gh-article-excerpt is-body">${gDek}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">
<a href="/author/tomasz/"><img class="author-profile-image" src="/content/images/size/w160/2025/02/tomasz.jpg" alt="Tomasz Ebbesen-Nair"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/tomasz/">Tomasz Ebbesen-Nair</a></h4>
<div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2026-11-10">Nov 10, 2026</time><span class="gh-article-meta-length">
<span class="bull">—</span> 4 min read</span></div></div></div>
</header><section class="gh-content gh-canvas is-body">${render(gBlocks.slice(0, 4))}
<figure class="kg-card kg-image-card kg-card-hascaption">
<img src="/content/images/2026/11/brandholm-ship.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333">
<figcaption><span style="white-space: pre-wrap;">The dual-fuel </span><em class="italic"><span style="white-space: pre-wrap;">Brandholm Aurora</span></em>
<span style="white-space: pre-wrap;"> at Tema, Ghana. Photo: Brandholm Line</span></figcaption></figure>
${render(gBlocks.slice(4))}
<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text"><p>Enjoying this briefing? Forward it to a colleague who
tracks shipping.</p></div></div></div></section></article>
<footer class="gh-article-footer gh-canvas"><section class="gh-cta gh-outer"><div class="gh-cta-inner"><div class="gh-cta-content"><h2 class="gh-cta-title">
Sign up for The Transition Ledger</h2>
<p class="gh-cta-description">Weekly analysis of corporate climate targets, written by people who read the footnotes.</p></div>
<div class="gh-cta-actions"><form class="gh-form" data-members-form>
<input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com"
required data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span>Subscribe</span></button></form></div></div></section></footer>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><main class="gh-main">
<div class="gh-feed">
<article class="gh-card post"><a class="gh-card-link" href="/steel-green-premium/"><div class="gh-card-wrapper">
<h3 class="gh-card-title is-title">Who pays the green steel premium?</h3>
<footer class="gh-card-meta"><time class="gh-card-date" datetime="2026-11-03">Nov 3, 2026</time></footer></div></a></article>
<article class="gh-card post"><a class="gh-card-link" href="/sbti-net-zero-standard-v2/"><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">
The new net zero standard, in six charts</h3><footer class="gh-card-meta"><time class="gh-card-date" datetime="2026-10-27">Oct 27, 2026</time></footer></div>
</a></article>
</div></main></div></section></main>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar">
<span class="gh-footer-logo is-title">The Transition Ledger</span>
<nav class="gh-footer-menu"><ul class="nav">${links(['Privacy', 'Contact', 'Archive'], 'nav-item')}</ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer></div>
<script src="/assets/built/source.js?v=6a1f2e3d4c"></script></body></html>`;
// biome-ignore format: the furniture texts are packed several to a line to keep the file short
const gFurn = [
  'The Transition Ledger', ...gNav, 'Subscribe', 'Shipping', '— 4 min read', 'The dual-fuel Brandholm Aurora at Tema, Ghana. Photo: Brandholm Line',
  'Enjoying this briefing? Forward it to a colleague who tracks shipping.', 'Sign up for The Transition Ledger',
  'Weekly analysis of corporate climate targets, written by people who read the footnotes.', 'Read more', 'Who pays the green steel premium?', 'Nov 3, 2026',
  'The new net zero standard, in six charts', 'Oct 27, 2026', 'Privacy', 'Contact', 'Archive', 'Powered by Ghost',
];
const ghost: TestPage = {
  name: 'heldout463-ghost-net-zero-news',
  kind: 'news',
  html: gHtml,
  ...parts(gTitle, gBlocks, [gDek], ['Tomasz Ebbesen-Nair', 'Nov 10, 2026'], gFurn),
};

export const HELDOUT463_E: readonly TestPage[] = [squarespace, ghost];
