import { links, type TestPage, texts } from './page-kit.js';
import { zendeskArticle } from './pages-heldout108-b2.js';

/**
 * Held-out batch 108, file b: an Apple Support article (the global nav, the "Support" local nav with its search, the
 * article with numbered steps, notes and a "Learn more" section, the "Published Date", the "Helpful?" widget with its hidden
 * form, the Apple Support Communities box, the "Contact Apple Support" promo and the footer with breadcrumbs, legal links
 * and the country picker) and, from file b2, a Zendesk help-centre article of a SaaS product.
 */
const apTitle = 'If your Magic Keyboard doesn’t connect to your iPad';
const apIntro = [
  'If your iPad doesn’t respond when you type on your Magic Keyboard, or the keyboard’s backlight doesn’t turn on, try these steps ' +
    'in order. After each step, check whether the keyboard works before you move on to the next one.',
];
const apH1 = 'Check the connection';
const apSteps1 = [
  'Remove your iPad from the keyboard and clean the Smart Connector on the back of the iPad and the three contacts on the keyboard ' +
    'with a soft, dry, lint-free cloth.',
  'Attach your iPad again. Make sure that it’s centred on the magnetic hinge and that nothing, like a case or screen protector, is ' +
    'between the iPad and the keyboard.',
  'Press a key. If the keyboard is working, the backlight turns on and you can type.',
];
const apNote1 =
  'Magic Keyboard doesn’t need to be paired with Bluetooth. It connects and gets power through the Smart Connector, so you won’t ' +
  'see it in Bluetooth settings.';
const apH2 = 'Update your iPad';
const apP2 = [
  'Some keyboard features need the latest version of iPadOS. Go to Settings &gt; General &gt; Software Update, then install any ' +
    'update that’s available. Your iPad restarts when the update finishes.',
  'After your iPad restarts, attach it to the keyboard again and try typing in Notes.',
];
const apH3 = 'Check your keyboard settings';
const apSteps3 = [
  'Go to Settings &gt; General &gt; Keyboard &gt; Hardware Keyboard.',
  'Make sure that Magic Keyboard is listed. If you don’t see it, the iPad isn’t detecting the keyboard.',
  'Check that the correct keyboard layout is selected. If the wrong characters appear when you type, choose the layout that matches ' +
    'the letters printed on your keys.',
];
const apH4 = 'If the backlight doesn’t turn on';
const apP4 = [
  'The backlight turns off automatically in bright light and after the keyboard hasn’t been used for a while. To adjust it, go to ' +
    'Settings &gt; General &gt; Keyboard &gt; Hardware Keyboard and drag the Keyboard Brightness slider.',
  'If your iPad battery is below 10 percent, the backlight turns off to save power. Charge your iPad through the USB-C port on the ' +
    'hinge or on the iPad, then try again.',
];
const apNote2 =
  'If you still can’t type on your Magic Keyboard after you try these steps, try another iPad model that’s compatible with your ' +
  'keyboard, if you have one. If the keyboard works with the other iPad, contact Apple Support about your iPad. If it doesn’t, ' +
  'contact Apple Support about your keyboard.';
const apH5 = 'Learn more';
const apLearn = ['Find out which keyboards work with your iPad model.', 'Learn how to use keyboard shortcuts on iPad.'];
const apGlobal = ['Apple', 'Store', 'Mac', 'iPad', 'iPhone', 'Watch', 'Vision', 'AirPods', 'TV & Home', 'Entertainment', 'Accessories', 'Support'];
const apHelpful = [
  'Helpful?',
  'Character limit: 250',
  'Maximum character limit is 250.',
  'Please don’t include any personal information in your comment.',
  'Thanks for your feedback.',
];
const apCommunity = [
  'Start a discussion in Apple Support Communities',
  'Ask other users about this article',
  'Submit my question to the community',
  'See all questions on this article',
];
const apContact = [
  'Contact Apple Support',
  'Need more help? Save time by starting your support request online and we’ll connect you to an expert.',
  'Get started',
];
const apLegal = ['Privacy Policy', 'Terms of Use', 'Sales and Refunds', 'Site Map'];
const apLi = (t: string): string => `<li class="gb-list_item"><p class="gb-paragraph">${t}</p></li>`;
const apNote = (t: string): string => `<div class="note gb-note"><p class="gb-paragraph">${t}</p></div>`;
const apSection = (h: string, inner: string): string => `<div class="section"><h2 class="gb-header">${h}</h2>${inner}</div>`;
const apHtml = `<!DOCTYPE html>
<html lang="en-us" dir="ltr" prefix="og: http://ogp.me/ns#" class="no-js"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>If your Magic Keyboard doesn’t connect to your iPad - Apple Support</title>
<meta name="description" content="If your iPad doesn’t respond when you type on your Magic Keyboard, try these steps.">
<meta property="og:title" content="If your Magic Keyboard doesn’t connect to your iPad - Apple Support"><meta property="og:site_name" content="Apple Support">
<meta name="ac-gn-search-field[locale]" content="en_US"><meta name="globalnav-store-key" content="S2A49YFKJF2JAT22K">
<link rel="canonical" href="https://support.apple.com/en-us/118342"><link rel="stylesheet" href="/clientside/build/app-ac-globalnav.css">
<link rel="stylesheet" href="/clientside/build/app-article.css"><script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle",
"headline":"${apTitle}","datePublished":"2025-10-14","publisher":{"@type":"Organization","name":"Apple Support"}}</script>
<script src="/clientside/build/FujiStitchPath.js" type="text/javascript"></script></head>
<body class="ac-gn-current-support ac-nav-overlap" data-locale="en_US"><meta name="ac-gn-store-key" content="">
<div id="globalheader"><aside id="globalmessage-segment" lang="en-US" dir="ltr" class="globalmessage-segment"><ul data-strings="{}"
class="globalmessage-segment-content">
</ul></aside><nav id="globalnav" lang="en-US" dir="ltr" aria-label="Global" data-analytics-element-engagement-start="globalnav:onFlyoutOpen"
class="globalnav no-js">
<div class="globalnav-content"><div class="globalnav-item globalnav-menuback"><button aria-label="Main menu" class="globalnav-menuback-button"></button></div>
<ul class="globalnav-list" id="globalnav-list">${apGlobal
  .map(
    (t) => `<li class="globalnav-item"><a class="globalnav-link" href="https://www.apple.com/${t.toLowerCase().replace(/[^a-z]/g, '')}/"
data-globalnav-item-name="${t.toLowerCase()}"><span class="globalnav-link-text-container"><span class="globalnav-link-text">${t.replace('&', '&amp;')}</span>
</span></a></li>`,
  )
  .join('\n')}</ul><div class="globalnav-item globalnav-search"><a class="globalnav-link globalnav-link-search" href="/us/search" role="button"
aria-label="Search apple.com"></a></div><div class="globalnav-item globalnav-bag"><a class="globalnav-link globalnav-link-bag" aria-label="Shopping Bag"
href="https://www.apple.com/us/shop/goto/bag" role="button"></a></div></div></nav><div id="globalnav-curtain" class="globalnav-curtain"></div></div>
<div id="ac-localnav" class="ac-localnav" lang="en-US" dir="ltr" role="navigation" aria-label="Support"><div class="ac-ln-wrapper"><div class="ac-ln-content">
<div class="ac-ln-title"><a href="https://support.apple.com/en-us">Support</a></div><div class="ac-ln-menu"><div class="ac-ln-search">
<form action="/kb/index" role="search"><input type="search" aria-label="Search Support" placeholder="Search Support"></form></div></div></div></div></div>
<main id="main" class="main" role="main"><div id="content" class="content"><div id="howto-section" class="mod-date">
<div class="row"><div class="column large-9 small-12"><div id="sections" itemprop="articleBody">
<div class="intro"><h1 class="gb-header">${apTitle}</h1><p class="gb-paragraph">${apIntro[0]}</p></div>
${apSection(apH1, `<ol class="list gb-list">${apSteps1.map(apLi).join('\n')}</ol>${apNote(apNote1)}`)}
${apSection(apH2, apP2.map((t) => `<p class="gb-paragraph">${t}</p>`).join('\n'))}
${apSection(apH3, `<ol class="list gb-list">${apSteps3.map(apLi).join('\n')}</ol>`)}
${apSection(apH4, `${apP4.map((t) => `<p class="gb-paragraph">${t}</p>`).join('\n')}${apNote(apNote2)}`)}
${apSection(
  apH5,
  `<ul class="list gb-list">${apLearn
    .map(
      (t) => `<li class="gb-list_item"><p class="gb-paragraph"><a href="/en-us/1178">${t}</a></p>
</li>`,
    )
    .join('\n')}</ul>`,
)}
</div><div class="mod-date"><span class="pubdate">Published Date:</span> <time datetime="2025-10-14">October 14, 2025</time></div>
<div id="helpful-rating-wrapper" class="helpful-feedback"><div class="helpful-question"><span class="helpful-label">${apHelpful[0]}</span>
<button class="button button-secondary" value="yes">Yes</button><button class="button button-secondary" value="no">No</button></div>
<form class="helpful-form" hidden><textarea aria-describedby="char-limit" maxlength="250"></textarea><p id="char-limit">${apHelpful[1]}</p>
<p class="form-message-error" hidden>${apHelpful[2]}</p><p class="form-textbox-helper">${apHelpful[3]}</p><button type="submit">Submit</button></form>
<p class="helpful-thanks" hidden>${apHelpful[4]}</p></div>
<section class="cmm-widget" aria-labelledby="cmm-title"><h2 id="cmm-title" class="cmm-title">${apCommunity[0]}</h2><p>${apCommunity[1]}</p>
<a class="button" href="https://discussions.apple.com/question/ask">${apCommunity[2]}</a><a
href="https://discussions.apple.com/docs/118342">${apCommunity[3]}</a>
</section></div></div></div>
<section class="contact-apple-support"><h2 class="gb-header">${apContact[0]}</h2><p>${apContact[1]}</p>
<a class="button" href="https://getsupport.apple.com/">${apContact[2]}</a></section></div></main>
<footer id="ac-globalfooter" class="no-js" lang="en-US" dir="ltr" role="contentinfo" aria-labelledby="ac-gf-label"><div class="ac-gf-content">
<h2 class="ac-gf-label" id="ac-gf-label">Apple Footer</h2><nav class="ac-gf-breadcrumbs" aria-label="Breadcrumbs" role="navigation">
<ol class="ac-gf-breadcrumbs-list"><li class="ac-gf-breadcrumbs-home"><a class="home ac-gf-breadcrumbs-home-link" href="https://www.apple.com">
<span class="ac-gf-breadcrumbs-home-label">Apple</span></a></li><li class="ac-gf-breadcrumbs-item"><a href="https://support.apple.com/en-us">Support</a></li>
<li class="ac-gf-breadcrumbs-item">${apTitle}</li></ol></nav><section class="ac-gf-footer"><div class="ac-gf-footer-legal">
<div class="ac-gf-footer-legal-copyright">Copyright © 2025 Apple Inc. All rights reserved.</div><div class="ac-gf-footer-legal-links">
<ul>${links(apLegal, 'ac-gf-footer-legal-link')}</ul></div><a class="ac-gf-footer-locale-link" href="https://support.apple.com/en-us/choose-country-region"
title="Choose your country or region" aria-label="United States. Choose your country or region">United States</a></div></section></div></footer>
<script src="/clientside/build/app-article.js" defer></script></body></html>`;
const apple: TestPage = {
  html: apHtml,
  name: 'heldout108-apple-support-docs',
  kind: 'docs',
  // "iPad" (a nav item) is a word of the heading "Update your iPad" and is left out; notes and the "Learn more" links are part of the article (body);
  // the footer breadcrumb repeats the title (left out);
  // "Published Date: October 14, 2025" is the byline; nav, search, feedback, community box, contact promo and footer are furniture
  title: apTitle,
  headings: [apH1, apH2, apH3, apH4, apH5],
  body: texts([...apIntro, ...apSteps1, apNote1, ...apP2, ...apSteps3, ...apP4, apNote2, ...apLearn]),
  bylines: ['Published Date: October 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...apGlobal.filter((t) => t !== 'iPad'), ...apHelpful, 'Yes', 'No', 'Submit', ...apCommunity, ...apContact, 'Apple Footer',
    'Copyright © 2025 Apple Inc. All rights reserved.', ...apLegal, 'United States',
  ],
};

export const HELDOUT108_B: readonly TestPage[] = [apple, zendeskArticle];
