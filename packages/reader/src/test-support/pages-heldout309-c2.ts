import { ps, type TestPage, texts } from './page-kit.js';
import { anchors, j } from './pages-heldout309-kit.js';

/**
 * Held-out batch 309, file c2: a faith charity's appeal story on a Next.js site (CSS-module class names, the __next root,
 * header with menu and donate button, breadcrumb, story hero with its caption and credit, byline and read time, an inline
 * "Read more" promo, a donation widget with amounts and progress, a pull quote, related stories, newsletter sign-up,
 * footer, the Cookiebot dialog and the __NEXT_DATA__ script).
 */
const fTitle = 'When the well ran dry, the village of Kambeni kept its school open';
const fP1 = [
  j(
    'For most of last year, the walk for water in Kambeni began at four in the morning. The borehole that had served the',
    'village since 2009 failed in February, and the nearest safe source was a spring nearly six kilometres away across the',
    'hills.',
  ),
  j(
    'It was the girls of the village who made that walk, and it was the girls who stopped coming to school. By June, the',
    'head teacher, Mrs Agnes Wanjiru Otieno, counted only nineteen of the fifty-two girls enrolled in her upper classes.',
  ),
];
const fH1 = 'A church hall becomes a classroom';
const fP2 = [
  j(
    'The local parish offered what it had: a hall with a tin roof and a water tank that the congregation filled from a rented',
    'bowser each Saturday. Lessons moved there in July so that pupils could drink and wash during the day.',
  ),
  j(
    'With support from our partners in the diocese, we paid for the bowser for five months while engineers surveyed a new site',
    'for the borehole. Drilling began in October and reached water at 84 metres.',
  ),
];
const fQuote = '“We did not ask the children to be patient. We asked the grown-ups to be quick.”';
const fH2 = 'What your gift did';
const fList = [
  'A new solar-powered borehole serving around 1,400 people, with a tap stand beside the school.',
  'Training for a village water committee of eight people, five of them women, to maintain the pump.',
  'Hand-washing stations and two new latrine blocks for the school.',
];
const fP3 = [
  j(
    'Today forty-eight of the fifty-two girls are back in class. Mrs Otieno says the difference is visible by mid-morning,',
    'when the pupils are no longer exhausted from the walk.',
  ),
  j(
    'There are still eleven villages in the district without a reliable water source. This Lent, every gift to our water appeal',
    'will be matched up to £50,000 by a group of supporters, so that we can begin work in three more of them.',
  ),
];
const fNav = ['Our work', 'Stories', 'Get involved', 'Pray with us', 'About'];
const fRelated = ['Seeds of hope after the floods in Malawi', 'A year of kitchens: feeding families in Lebanon', 'Why we pray as we give'];
const fFoot = ['Contact us', 'Careers', 'Privacy notice', 'Cookie settings', 'Modern slavery statement'];
const fHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width">
<title>${fTitle} | Amity Bread Trust</title>
<meta name="description" content="How a Kenyan village kept its girls in school while a new borehole was drilled."><meta property="og:type" content="article">
<meta property="og:title" content="${fTitle}"><meta name="next-head-count" content="9"><link rel="preload" href="/_next/static/css/8f2c3b1e.css" as="style">
<link rel="stylesheet" href="/_next/static/css/8f2c3b1e.css" data-n-g=""><script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js">
</script>
<script src="/_next/static/chunks/webpack-5e0ab39c1a4b8b2f.js" defer></script><script src="/_next/static/chunks/pages/stories/%5Bslug%5D-41b0.js" defer>
</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}","datePublished":"2026-03-02",
"author":{"@type":"Person","name":"Grace Mbeki-Hollis"},"publisher":{"@type":"Organization","name":"Amity Bread Trust"}}</script></head>
<body><div id="__next"><div class="Layout_wrapper__Xk2pQ"><a class="SkipLink_skip__3bNnA" href="#main">Skip to content</a>
<header class="Header_header__8wZ1c"><div class="Header_inner__qT0vR"><a class="Header_logo__Jm3Ls" href="/" aria-label="Amity Bread Trust home">
<svg class="Logo_svg__0bTt1" viewBox="0 0 120 40"></svg></a><nav class="Header_nav__uH6sE" aria-label="Main">${anchors(fNav, 'Header_link__fP2xA')}</nav>
<a class="Button_button__aP0sX Button_primary__Q1xnL" href="/donate">Donate</a><button class="Header_search__m9xYc" aria-label="Search"></button></div></header>
<main id="main" class="Story_main__Z8rVq"><nav class="Breadcrumbs_crumbs__w4Z0e" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>
<li><a href="/stories">Stories</a></li><li aria-current="page">Kenya</li></ol></nav>
<article class="Story_article__Qe7wM"><header class="Story_header__6c4LJ"><p class="Story_kicker__b9Rz1">Water &amp; sanitation · Kenya</p>
<h1 class="Story_title__x4hPk">${fTitle}</h1><div class="Byline_byline__Vb3nT"><span class="Byline_author__7JpQw">By Grace Mbeki-Hollis</span>
<time class="Byline_date__rK2sD" dateTime="2026-03-02">2 March 2026</time><span class="Byline_read__Hn5tY">5 min read</span></div></header>
<figure class="Hero_figure__J8d0a"><span style="box-sizing:border-box;display:block;overflow:hidden">
<img alt="Pupils at a tap stand" src="/_next/image?url=%2Fkambeni.jpg&amp;w=1920&amp;q=75"
decoding="async" data-nimg="responsive" class="Hero_img__bP4k2"></span><figcaption class="Hero_caption__s7VuZ">Pupils at the new tap stand beside Kambeni
Primary School.<span class="Hero_credit__tA1Wm"> Photo: Daniel Kiprop / Amity Bread Trust</span></figcaption></figure>
<div class="RichText_body__p0Lm8">
${ps(fP1)}
<h2>${fH1}</h2>
${ps(fP2)}
<aside class="Promo_promo__tN3sH"><span class="Promo_label__hH1yr">Read more:</span> <a href="/stories/rain-tanks-turkana">How rain tanks changed one
Turkana parish</a></aside>
<blockquote class="PullQuote_quote__Tq8Zd"><p>${fQuote}</p><cite>Father Peter Mwangi, parish priest</cite></blockquote>
<h2>${fH2}</h2>
<ul>${fList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(fP3)}
</div>
<section class="DonateBox_box__Fj1gB" aria-labelledby="donate-heading"><h2 id="donate-heading" class="DonateBox_title__yT7nK">Give to the Lent Water Appeal</h2>
<div class="DonateBox_progress__b3XwL"><div class="DonateBox_bar__uG1nA" style="width:69%"></div><p>£41,280 raised of £60,000</p></div>
<div class="DonateBox_amounts__kQ8hR"><button class="DonateBox_amount__m2Zc0">£10</button><button class="DonateBox_amount__m2Zc0 DonateBox_selected__v1Y5A">£30
</button><button class="DonateBox_amount__m2Zc0">£100</button></div><p class="DonateBox_impact__n0Rf2">£30 could pay for a hand-washing station at a school.</p>
<a class="Button_button__aP0sX Button_primary__Q1xnL" href="/donate?appeal=water">Give now</a><label class="DonateBox_monthly__c9Ws4"><input type="checkbox">
Make it monthly</label></section>
<div class="Share_share__z8PfE"><span class="Share_label__kE0rT">Share this story</span><a href="#" aria-label="Share on Facebook">Facebook</a>
<a href="#" aria-label="Share on WhatsApp">WhatsApp</a><button type="button">Copy link</button></div></article>
<section class="Related_related__q2Wc1"><h2 class="Related_title__uZ4mE">More stories</h2><ul>
${fRelated.map((t) => `<li class="Card_card__f1KtW"><a href="/stories/${t.length}"><h3 class="Card_title__Dw2dK">${t}</h3></a></li>`).join('\n')}</ul></section>
<section class="Newsletter_newsletter__y7LxS"><h2>Stories of hope, once a month</h2><p>Join 40,000 supporters who hear how their gifts are used.</p>
<form><input type="email" placeholder="Your email address" aria-label="Email"><button type="submit">Sign me up</button></form></section></main>
<footer class="Footer_footer__G3vWq"><nav class="Footer_links__n6Y0p">${anchors(fFoot, 'Footer_link__o8Rr2')}</nav>
<p class="Footer_legal__h2Kf9">Amity Bread Trust is a registered charity in England and Wales (1120457) and Scotland (SC041877).</p>
<p class="Footer_legal__h2Kf9">© 2026 Amity Bread Trust</p></footer></div></div>
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" class="CybotEdge" data-template="slideup">
<div id="CybotCookiebotDialogBody"><h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText">
We use cookies to personalise content, to measure our appeals and to analyse our traffic.</div></div><div id="CybotCookiebotDialogBodyButtons">
<button id="CybotCookiebotDialogBodyButtonDecline">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonCustomize">Customise</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"slug":"kambeni-well","title":"${fTitle}","region":"Kenya",
"appeal":"lent-water-2026"}},"__N_SSG":true},"page":"/stories/[slug]",
"query":{"slug":"kambeni-well"},"buildId":"q3vJ0sT8","isFallback":false,"gsp":true}</script>
</body></html>`;
export const charity: TestPage = {
  name: 'heldout309-nextjs-faith-charity-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: [fH1, fH2],
  body: texts([...fP1, ...fP2, fQuote, ...fList, ...fP3]),
  bylines: ['By Grace Mbeki-Hollis', '2 March 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...fNav, 'Donate', 'Home', 'Stories', 'Kenya', 'Water & sanitation · Kenya',
    'Pupils at the new tap stand beside Kambeni Primary School.', 'Photo: Daniel Kiprop / Amity Bread Trust', 'Read more:',
    'How rain tanks changed one Turkana parish', 'Father Peter Mwangi, parish priest', 'Give to the Lent Water Appeal', '£41,280 raised of £60,000',
    '£30 could pay for a hand-washing station at a school.', 'Give now', 'Make it monthly', 'Share this story', 'Facebook', 'WhatsApp', 'Copy link',
    'More stories', ...fRelated, 'Stories of hope, once a month', 'Join 40,000 supporters who hear how their gifts are used.', 'Sign me up', ...fFoot,
    'Amity Bread Trust is a registered charity in England and Wales (1120457) and Scotland (SC041877).', '© 2026 Amity Bread Trust',
    'This website uses cookies', 'We use cookies to personalise content, to measure our appeals and to analyse our traffic.', 'Deny', 'Customise',
    'Allow all',
  ],
};
