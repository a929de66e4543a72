import { links, type TestPage, texts } from './page-kit.js';
import { vergeStory } from './pages-heldout107-e2.js';

/**
 * Held-out batch 107, file e: a Politico story on politico.com (the "Skip to Main Content" link, the global nav with
 * "Subscribe" and "Log in", the section and "Playbook" promo bar, the headline and dek, the "Listen" audio player label, the
 * author line with "+1" mini-bios, the timestamp, share links and "Link Copied", the lead image caption and credit,
 * advertisement asides with labels between paragraphs, an inline newsletter sign-up, the author bio footnote, "Related
 * Articles", the "Most read" rail, the TrustArc cookie notice and the footer) and, from file e2, a story on The Verge.
 */
const poTitle = 'House committee advances rail safety bill after deal on inspection rules';
const poDek = 'The compromise drops a mandate for two-person crews but keeps tougher rules for trains carrying hazardous materials.';
const poP = [
  'A House committee on Wednesday advanced a rail safety bill that had stalled for more than a year, after negotiators agreed to drop a ' +
    'requirement that every freight train run with at least two crew members.',
  'The Transportation and Infrastructure Committee approved the bill 41-18, with 12 Republicans joining all but two Democrats in support. It ' +
    'now heads to the floor, where leaders in both parties said it could get a vote before the end of the year.',
  'The deal was brokered over the past two weeks by Rep. Dwayne Castell (R-Ohio) and Rep. Theresa Lindqvist (D-Minn.), whose districts both ' +
    'include major freight corridors.',
  '“This is not the bill either of us would have written alone,” Castell said at the markup. “It is a bill that can pass, and that will make ' +
    'trains safer.”',
  'The two-person crew rule had been the main sticking point. Rail unions pushed hard to keep it in the bill, arguing that single-person crews ' +
    'would be unable to respond quickly to emergencies. The major railroads said the rule would freeze outdated practices into law and raise ' +
    'costs without improving safety.',
  'In exchange for dropping the crew mandate, Democrats won stricter requirements for trains carrying hazardous materials, including more ' +
    'frequent inspections of wheel bearings and a cap on the length of trains carrying certain chemicals.',
  'The bill would also require railroads to tell state emergency agencies in advance about hazardous shipments passing through their territory, ' +
    'a change that local officials have sought for years.',
  'Rail unions gave the compromise a cool reception. “We are glad to see action on hazardous materials, but crew size is a safety issue, and it ' +
    'should have stayed in,” said a spokesperson for one of the largest unions.',
  'The Association of Freight Carriers said in a statement that it was still reviewing the bill but welcomed the committee’s “recognition that ' +
    'crew decisions should be based on data.”',
  'The Senate has not taken up its own version of the legislation, and Senate aides said it was unclear whether leaders would make time for it ' +
    'before the holidays.',
];
const poNav = [
  'Congress',
  'White House',
  'Elections',
  'Legal',
  'Agriculture',
  'Defense',
  'Energy & Environment',
  'Health Care',
  'Technology',
  'Transportation',
];
const poPromo = ['Playbook', 'The unofficial guide to official Washington, every morning and weekday afternoons.'];
const poCaption = 'Rep. Dwayne Castell speaks during a committee markup on Capitol Hill.';
const poCredit = 'Francis Chung/POLITICO';
const poShare = ['Link Copied', 'Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Share via Email'];
const poNews = [
  'MORNING TRANSPORTATION',
  'The day’s biggest stories on transportation policy, from trains and planes to cars and infrastructure.',
  'Your Email',
  'Employer',
  'Job Title',
  'By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service.',
];
const poBio = 'Kelsey Marrow contributed to this report.';
const poRelated = ['Freight railroads push back on crew rules', 'Derailment in Ohio town spurs new push on hazmat trains'];
const poMost = [
  'Senate passes stopgap funding bill hours before deadline',
  'Inside the fight over the farm bill’s future',
  'Governor signs sweeping housing package',
  'Five takeaways from Tuesday’s primaries',
];
const poCookie = 'We use cookies and similar methods to recognize visitors and remember their preferences.';
const poFoot = [
  'About Us',
  'Advertising',
  'Breaking News Alerts',
  'Careers',
  'Credit Card Payments',
  'Digital Edition',
  'FAQ',
  'Feedback',
  'Headlines',
  'Photos',
  'Press',
  'Print Subscriptions',
  'Request A Correction',
  'Write For Us',
  'RSS',
  'Site Map',
  'Terms of Service',
  'Privacy Policy',
  'Do not sell or share my personal information',
];
const poCopy = '© 2025 POLITICO LLC';
const poPara = (p: string): string => `<p class="story-text__paragraph">${p}</p>`;
const poAd = (n: number): string => `<aside class="ad ad--in-story ad--hide-print" data-ad-slot="${n}"><div class="ad__label">Advertisement</div>
<div id="pol-0${n}" class="ad__content"></div></aside>`;
const poHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${poTitle} - POLITICO</title>
<meta name="description" content="${poDek}"><meta property="og:title" content="${poTitle}"><meta property="og:site_name" content="POLITICO">
<meta name="authors" content="Nadia Farrow"><meta name="article:section" content="Congress">
<link rel="canonical" href="https://www.politico.com/news/2025/11/12/rail-safety-bill-committee-00671234">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${poTitle}","datePublished":"2025-11-12T16:02:11-05:00",
"dateModified":"2025-11-12T18:45:39-05:00","author":[{"@type":"Person","name":"Nadia Farrow"}],"publisher":{"@type":"Organization","name":"POLITICO"}}</script>
<script>window.politicoConfig = {"contentType":"story","sectionName":"congress"};</script>
<link rel="stylesheet" href="https://static.politico.example/dims4/default/css/main.css"></head>
<body class="layout-story"><a class="skip-link" href="#main">Skip to Main Content</a>
<header class="global-header" role="banner"><div class="global-header__inner"><a href="/" class="global-header__logo" aria-label="POLITICO"><svg></svg></a>
<div class="global-header__actions"><a class="button button--subscribe" href="https://subscriber.politicopro.example/">Subscribe</a>
<a class="global-header__login" href="/login">Log in</a></div></div><nav class="global-nav" aria-label="Sections">
<ul>${links(poNav, 'global-nav__item')}</ul></nav>
<div class="promo-bar"><a href="/playbook"><b>${poPromo[0]}</b></a> <span>${poPromo[1]}</span></div></header>
<main id="main" class="container container--story"><article class="story-main-content" data-content-type="story">
<div class="story-intro"><div class="summary"><h2 class="headline">${poTitle}</h2><p class="dek">${poDek}</p></div>
<div class="audio-player"><button class="audio-player__button" aria-label="Listen to this article">Listen</button>
<span class="audio-player__time">5:12</span></div>
<div class="media-item media-item--story-lead"><figure class="media-item__image"><img src="https://static.politico.example/0a/1b/lead.jpg" alt=""></figure>
<div class="media-item__caption"><p>${poCaption}</p><p class="media-item__credit">| ${poCredit}</p></div></div>
<div class="story-meta"><p class="story-meta__authors"><span class="vcard">By <a href="/staff/nadia-farrow">Nadia Farrow</a></span></p>
<p class="story-meta__timestamp"><time datetime="2025-11-12T16:02:11-05:00">11/12/2025 04:02 PM EST</time></p>
<p class="story-meta__updated"><time datetime="2025-11-12T18:45:39-05:00">Updated: 11/12/2025 06:45 PM EST</time></p>
<div class="share-tools"><span class="share-tools__toast" aria-live="polite" hidden>${poShare[0]}</span>
<ul>${links(poShare.slice(1), 'share-tools__item')}</ul></div></div></div>
<div class="story-text">
${poP.slice(0, 3).map(poPara).join('\n')}
${poAd(1)}
${poP.slice(3, 6).map(poPara).join('\n')}
<aside class="newsletter-signup newsletter-signup--in-story"><h3 class="newsletter-signup__title">${poNews[0]}</h3><p>${poNews[1]}</p><form>
<label>${poNews[2]}</label><input type="email"><label>${poNews[3]}</label><input type="text"><label>${poNews[4]}</label><input type="text">
<button type="submit">Sign Up</button><p class="newsletter-signup__legal">${poNews[5]}</p></form></aside>
${poP.slice(6, 8).map(poPara).join('\n')}
${poAd(2)}
${poP.slice(8).map(poPara).join('\n')}
<p class="story-text__paragraph story-text__paragraph--footnote"><em>${poBio}</em></p>
</div>
<div class="related-articles"><h3>Related Articles</h3><ul>${links(poRelated, 'related-articles__item')}</ul></div></article>
<aside class="sidebar"><section class="most-read"><h3 class="most-read__title">Most read</h3><ol>${links(poMost, 'most-read__item')}</ol></section>
${poAd(3)}</aside></main>
<footer class="global-footer"><ul class="global-footer__links">${links(poFoot, 'global-footer__item')}</ul>
<p class="global-footer__copyright">${poCopy}</p></footer>
<div id="truste-consent-track" class="truste-banner"><p id="truste-consent-text">${poCookie}</p><button id="truste-consent-button">Accept Cookies</button>
<button id="truste-cookie-button">Cookie Preferences</button></div>
<script src="https://static.politico.example/js/story.min.js" async></script></body></html>`;
const politicoStory: TestPage = {
  html: poHtml,
  name: 'heldout107-politico-news',
  kind: 'news',
  // the headline is an h2 with class "headline" (Politico's template), the dek is body; the by-line, times and the
  // "contributed to this report" footnote are bylines; the in-story newsletter sign-up and ad labels are furniture
  title: poTitle,
  headings: [],
  body: texts([poDek, ...poP]),
  bylines: ['By Nadia Farrow', '11/12/2025 04:02 PM EST', 'Updated: 11/12/2025 06:45 PM EST', poBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'Subscribe', 'Log in', ...poNav, ...poPromo, 'Listen', '5:12', poCaption, poCredit, ...poShare, 'Advertisement', ...poNews,
    'Sign Up', 'Related Articles', ...poRelated, 'Most read', ...poMost, ...poFoot, poCopy, poCookie, 'Accept Cookies', 'Cookie Preferences',
  ],
};

export const HELDOUT107_E: readonly TestPage[] = [politicoStory, vergeStory];
