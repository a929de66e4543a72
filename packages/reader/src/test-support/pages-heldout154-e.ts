import { links, type TestPage, texts } from './page-kit.js';
import { scotsmanPage } from './pages-heldout154-e2.js';

/**
 * Held-out batch 154, file e: an Evening Standard news story on its Next.js article template (the masthead with "Sign in"
 * and "Register", the section nav, breadcrumbs, the standfirst, the author link and date, the share row, a lead image
 * with caption and credit, a "Read More" box inside the body whose list items hold h3 headlines, an in-body newsletter
 * sign-up, "Advertisement" labels, the topic tags, "Have your say" comments prompt, the "Most Read" rail, the footer and
 * the consent banner) and, from file e2, a Scotsman story on the National World template.
 */
const esTitle = 'Camden Market traders threaten legal action over plan to double rents';
const esStand = 'Stallholders say new leases would force dozens of independent food vendors out of one of London’s best-known markets';
const esParas = [
  'Traders at Camden Market have hired lawyers to fight proposed new leases that they say would more than double the cost of a ' +
    'stall and drive independent businesses out of one of London’s busiest tourist attractions.',
  'More than 80 food and craft vendors have joined a newly formed traders’ association, which on Tuesday sent a letter before ' +
    'action to Lockside Estates, the company that manages much of the market, accusing it of breaching the terms of existing ' +
    'licences.',
  'Under the proposals, weekly fees for a standard food stall would rise from about £650 to as much as £1,450, according to ' +
    'documents seen by the Standard. Traders would also have to pay a new service charge towards marketing and security.',
  '“We are the reason people come to Camden,” said Ayodele Mensah, who has run a West African street food stall in the market ' +
    'for nine years and chairs the new association. “If they price us out, what is left is a shopping centre with chain stores ' +
    'and nobody will travel across London for that.”',
  'Lockside Estates said rents in the market had been frozen since 2020 and that the new fees reflected rising costs for ' +
    'cleaning, security and maintenance, as well as millions of pounds spent on improving the site.',
  'A spokeswoman said: “We value our traders enormously and have offered a phased introduction over 18 months, along with ' +
    'support for businesses that can demonstrate hardship. We remain open to dialogue.”',
  'But traders said the hardship scheme was vague and that several longstanding stallholders had already decided to leave rather ' +
    'than sign the new agreements.',
  'Camden councillor Priya Lakhani-Ward said the council had no power to set rents in the privately owned market but would ' +
    'write to the company asking it to pause the changes.',
  '“Camden Market is part of our identity as a borough,” she said. “The small traders who built its reputation deserve to be ' +
    'treated as partners, not as tenants to be squeezed.”',
  'The market, which draws an estimated 28 million visitors a year, has changed hands several times over the past decade. Its ' +
    'owners have added new food halls, rooftop bars and shops, while keeping many of the outdoor stalls that made it famous.',
  'Lawyers for the traders said they would seek an injunction if the company tried to impose the new terms before the dispute ' +
    'was resolved. The current licences expire at the end of June.',
];
const esNav = ['News', 'Business', 'Sport', 'Going Out', 'Culture', 'Lifestyle', 'Homes & Property', 'Comment', 'Shopping', 'The Standard Podcast'];
const esTop = ['Sign in', 'Register'];
const esCrumbs = ['News', 'London'];
const esShare = ['Share', 'Facebook', 'X', 'WhatsApp', 'Email', 'Copy link'];
const esCaption = 'Traders say the proposed increases would force dozens of independent vendors out of the market';
const esCredit = 'Jeremy Selwyn';
const esReadMore = [
  'Borough Market stallholders win fight over opening hours',
  'Oxford Street shops report best January in five years',
  'The London markets where you can still eat for under £10',
];
const esNews = [
  'Sign up for exclusive newsletters, comment and the best of the Standard',
  'Email Address',
  'Continue',
  'By clicking Sign up you confirm that your data has been entered correctly and you have read and agree to our Terms of use, ' +
    'Cookie policy and Privacy notice.',
];
const esTags = ['Camden', 'London markets', 'Small business', 'Rents'];
const esMost = [
  'Tube strike: full list of lines affected next week',
  'London weather: capital set for warmest day of the year',
  'Notting Hill Carnival 2025 route and timings confirmed',
  'Sadiq Khan unveils plan for new night bus routes',
];
const esFoot = ['About us', 'Contact us', 'Complaints', 'Privacy notice', 'Cookie policy', 'Terms of use', 'Advertise with us', 'Syndication', 'Jobs'];
const esCopy = '© 2025 Evening Standard Ltd';
const esConsent = 'We value your privacy. We and our partners store and/or access information on a device, such as cookies and process personal data.';
const esP = (a: readonly string[]): string => a.map((p) => `<p class="sc-kEjbxe dPRxjM">${p}</p>`).join('\n');
const esAd = (n: number): string => `<div class="sc-iXeHaJ advert" data-ad="inarticle_${n}"><span class="sc-gsTEea advert-label">Advertisement</span></div>`;
const esLd = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"${esTitle}","datePublished":"2025-04-08T16:12:48.000Z",
"author":[{"@type":"Person","name":"Callum Whitlock"}],"publisher":{"@type":"Organization","name":"Evening Standard"},"isAccessibleForFree":true}`;
const esHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Camden Market traders threaten legal action over plan to double rents | The Standard</title>
<meta name="description" content="${esStand}"><meta property="og:title" content="${esTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="London"><meta name="article:author" content="Callum Whitlock">
<link rel="canonical" href="https://www.standard.example/news/london/camden-market-traders-rents-legal-action-b1221487.html">
<script type="application/ld+json">${esLd}</script>
<script>window.JSGlobals={"section":"news/london","articleId":"b1221487","mode":"article"};</script></head>
<body><div id="__next"><a href="#main" class="sc-skip">Skip to main content</a>
<header class="sc-hKwDye header" id="header"><button class="sc-eCImPb" aria-label="Open menu"></button>
<a class="sc-jRQBWg" href="/" aria-label="The Standard home"><svg aria-hidden="true"></svg></a>
<div class="sc-gKclnd">${esTop.map((t) => `<a class="sc-iCfMLu" href="/${t.toLowerCase().replace(' ', '')}">${t}</a>`).join('')}</div>
<nav class="sc-furwcr" aria-label="Main navigation"><ul>${links(esNav, 'sc-pVTFL')}</ul></nav></header>
${esAd(0)}
<main id="main" class="sc-jrQzAO"><article class="sc-kDTinF" id="articleBody-wrapper">
<div id="articleHeader" class="sc-bqiRlB"><nav class="sc-crHmcD breadcrumbs"><ol>${links(esCrumbs, 'sc-egiyK')}</ol></nav>
<h1 class="sc-ksdxgE jMLcRe">${esTitle}</h1><h2 class="sc-hBUSln standfirst">${esStand}</h2>
<div class="sc-fFeiMQ author-wrapper"><a class="sc-bkkeKt author" href="/author/callum-whitlock">Callum Whitlock</a>
<span class="sc-ieecCq">8 April 2025</span></div>
<ul class="sc-dJjYzT share-row">${esShare.map((s) => `<li><button type="button" class="sc-jcFjpl">${s}</button></li>`).join('')}</ul></div>
<figure class="sc-cxpSdN lead-image"><img src="https://static.standard.example/2025/04/08/16/camden-market.jpg?width=1200" alt="" width="1200" height="800">
<figcaption class="sc-llYSUQ"><span>${esCaption}</span> <span class="sc-iJKOTD credit">(${esCredit})</span></figcaption></figure>
<div id="article-body" class="sc-kTLmzF main-wrapper"><div class="sc-gKXOVf body-content">
${esP(esParas.slice(0, 3))}
${esAd(1)}
${esP(esParas.slice(3, 5))}
<div class="sc-fotOHu inline-readmore"><h4 class="sc-fmciRz">Read More</h4><ul>${esReadMore
  .map((t) => `<li class="sc-iAKWXU"><h3 class="sc-efQSVx"><a href="/news/london/${t.length}">${t}</a></h3></li>`)
  .join('\n')}</ul></div>
${esP(esParas.slice(5, 8))}
<div class="sc-bBHxTw newsletter-inline" data-testid="newsletter"><p class="sc-gWXbKe">${esNews[0]}</p><form><label for="nl-mail">${esNews[1]}</label>
<input id="nl-mail" type="email"><button type="submit">${esNews[2]}</button></form><p class="sc-gXmSlM">${esNews[3]}</p></div>
${esP(esParas.slice(8))}
${esAd(2)}
</div></div>
<div class="sc-ikJyIC topics"><ul>${links(esTags, 'sc-hiCibw')}</ul></div>
<section id="comments" class="sc-jIkXHa"><h2 class="sc-hGPBjI">Have your say</h2><button type="button">View comments</button></section>
</article>
<aside class="sc-dkPtRN most-read"><h2 class="sc-hHLeRK">Most Read</h2><ol>${links(esMost, 'sc-dmRaPn')}</ol></aside></main>
<footer class="sc-kfPuZi footer"><ul>${links(esFoot, 'sc-fKVqWL')}</ul><p>${esCopy}</p></footer></div>
<div id="sp_message_container_1123" class="sp-consent" role="dialog"><p>${esConsent}</p><button>ACCEPT</button><button>MORE OPTIONS</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"b1221487"}},"page":"/article"}</script></body></html>`;
const standard: TestPage = {
  html: esHtml,
  name: 'heldout154-eveningstandard-news',
  kind: 'news',
  // the standfirst is body; the "Read More" box (h3 headlines in list items) is furniture, and its headlines are no headings
  title: esTitle,
  headings: [],
  body: [esStand, ...texts(esParas)],
  bylines: ['Callum Whitlock', '8 April 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...esTop, ...esNav, 'Advertisement', ...esCrumbs, ...esShare, esCaption, `(${esCredit})`, 'Read More', ...esReadMore,
    ...esNews, ...esTags, 'Have your say', 'View comments', 'Most Read', ...esMost, ...esFoot, esCopy, esConsent, 'ACCEPT', 'MORE OPTIONS',
  ],
};

export const HELDOUT154_E: readonly TestPage[] = [standard, scotsmanPage];
