import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 101, file c2: a story on a regional UK paper on the Reach plc template (the publication header with its
 * section nav and the "Sign in" and "Subscribe" buttons, breadcrumbs, headline and sub-title, the author block with role,
 * the published and updated times, "Bookmark" and the comments count, the lead image with its "(Image: ...)" credit, the
 * body with "READ MORE:" link paragraphs, an inline newsletter sign-up with its hidden success and error texts and the
 * WhatsApp community box inside it, the tags, the comments teaser, the "Most Read" and "Most Recent" rails and the footer).
 */
const rcTitle = 'Seaside town’s last bank branch to close as villagers face 16-mile round trip';
const rcSub = 'The Halden Bay branch will shut its doors in March, with the nearest counter now in Westbrook';
const rcP1 = [
  'Residents of a seaside town say they have been “left high and dry” after its last remaining bank announced it will close its doors ' + 'next spring.',
  'The Northway Bank branch on Halden Bay’s Front Street will close on March 13, 2026, leaving the town of around 7,000 people without ' +
    'a single bank counter.',
  'The nearest branch will be in Westbrook, a 16-mile round trip which takes more than an hour by bus.',
  'Northway said the number of customers using the branch had fallen by 62 per cent in five years, and that nine in ten of its Halden ' +
    'Bay customers now did most of their banking online or by phone.',
];
const rcP2 = [
  'But Margaret Thwaite, 78, who has banked at the branch since 1969, said older people and small traders would be the hardest hit.',
  'She said: “I don’t have a smartphone and I don’t want one. I go in every Friday, the girls know me, and they sort out whatever needs ' +
    'sorting. Now I’ll have to get two buses to pay in a cheque.”',
  'Ian Pollard, who runs a fishmonger’s on the harbour, said the closure meant he would have to drive his takings to Westbrook twice a ' +
    'week. “That’s a morning lost each time,” he said. “For a small business that’s real money.”',
];
const rcP3 = [
  'Local councillor Sunita Bains has written to the bank asking it to delay the closure until a banking hub, a shared counter run on ' +
    'behalf of several banks, can be opened in the town.',
  'She said: “Halden Bay has an older population than almost anywhere in the county. Cash still matters here, and people deserve a ' +
    'proper alternative before the doors close, not after.”',
  'A spokesperson for Northway Bank said: “We understand this news will be disappointing. Customers will still be able to pay in cash ' +
    'and cheques at the Post Office on Harbour Road, and our mobile banking van will visit the town every Thursday from April.”',
  'LINK, which assesses whether communities need extra cash services after a closure, said it would review Halden Bay in the new year.',
];
const rcNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Cars', 'Weather', 'Obituaries', 'Buy a Paper'];
const rcCrumbs = ['Local News'];
const rcCaption = 'The Northway Bank branch on Front Street, Halden Bay';
const rcCredit = '(Image: Coastal Gazette)';
const rcReadMore = [
  'READ MORE: Harbour car park charges to double from January after council vote',
  'READ MORE: Beloved Halden Bay chip shop named among best in the region',
];
const rcNews = [
  'Get the latest news from the coast sent straight to your inbox',
  'Sign up',
  'Thank you for subscribing!',
  'We have more newsletters',
  'Show me',
  'Something went wrong, please try again later.',
  'Our community members are treated to special offers, promotions and adverts from us and our partners. You can check out at any time.',
  'More info',
];
const rcWhatsApp = 'Join the Coastal Gazette WhatsApp community for the biggest stories sent straight to your phone';
const rcTags = ['Halden Bay', 'Banks', 'Westbrook'];
const rcComments = ['Comments', 'Join the conversation', 'Show Comments'];
const rcMostRead = [
  'Most Read',
  'Police appeal after van driven onto Westbrook beach at high tide',
  'Christmas market dates confirmed with 60 stalls and an ice rink',
  'Couple celebrate 70 years of marriage with party at the pier',
];
const rcMostRecent = ['Most Recent', 'Road closed for three weeks for gas main repairs', 'Primary school rated good for first time in a decade'];
const rcFoot = [
  'Contact us',
  'About us',
  'Work for us',
  'Advertising',
  'Cookie Notice',
  'Privacy Notice',
  'Terms & Conditions',
  'Corrections and clarifications',
  'How to complain',
  'Our rules',
];
const rcCopy = '© 2025 a Reach plc subsidiary';
const rcP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const rcRead = (t: string): string =>
  `<div class="read-more-links"><p><strong>READ MORE:</strong> <a
href="https://www.coastalgazette.example/news/local-news/${t.length}">${t.slice(11)}</a></p></div>`;
const rcHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Seaside town’s last bank branch to close as villagers face 16-mile round trip - Coastal Gazette</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${rcSub}">
<meta property="og:title" content="${rcTitle}"><meta property="og:site_name" content="Coastal Gazette"><meta name="article:section" content="Local News">
<link rel="canonical" href="https://www.coastalgazette.example/news/local-news/seaside-towns-last-bank-branch-9871234">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rcTitle}",
"datePublished":"2025-11-12T10:41:00Z","dateModified":"2025-11-12T11:02:00Z","author":{"@type":"Person","name":"Chloe Wainwright"},
"publisher":{"@type":"Organization","name":"Coastal Gazette"}}</script>
<script>window.mantis_context = {"section":"local-news","articleId":9871234};</script></head>
<body class="article-page"><div id="page"><header class="publication-header" role="banner"><div class="header-wrapper">
<a class="publication-logo" href="/" aria-label="Coastal Gazette"></a><div class="header-cta"><a class="sign-in" href="/signin">Sign in</a>
<a class="subscribe" href="/subscribe">Subscribe</a></div></div>
<nav class="primary-nav" aria-label="Primary"><ul>${links(rcNav, 'primary-nav-item')}</ul></nav></header>
<main><article class="article-main" itemscope itemtype="http://schema.org/NewsArticle">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/news/">News</a></li><li><a href="/news/local-news/">${rcCrumbs[0]}</a></li></ol></nav>
<h1 class="section-theme-background-indicator publication-font" itemprop="headline">${rcTitle}</h1>
<p class="sub-title">${rcSub}</p>
<div class="article-information"><div class="author-information"><span class="author"><a href="/authors/chloe-wainwright/">Chloe Wainwright</a></span>
<span class="role">Senior Reporter</span></div><ul class="time-info"><li><span class="date-published"><time
datetime="2025-11-12T10:41:00Z">10:41, 12 Nov 2025</time>
</span></li><li><span class="date-updated">Updated <time datetime="2025-11-12T11:02:00Z">11:02, 12 Nov 2025</time></span></li></ul>
<div class="article-actions"><button class="bookmark">Bookmark</button><a class="comment-count" href="#comments-wrapper">14</a></div></div>
<figure class="in-article-image lead-image"><img src="https://i2-prod.coastalgazette.example/bank.jpg" alt="${rcCaption}">
<figcaption><span class="caption">${rcCaption}</span> <span class="credit">${rcCredit}</span></figcaption></figure>
<div class="article-body" itemprop="articleBody">
${rcP(rcP1)}
${rcRead(rcReadMore[0] ?? '')}
<div class="newsletter-signup" data-newsletter="daily"><h3 class="headline">${rcNews[0]}</h3><form><input type="email" placeholder="Enter email">
<button type="submit">${rcNews[1]}</button></form><div class="success" hidden><p>${rcNews[2]}</p><p>${rcNews[3]} <a
href="/newsletters">${rcNews[4]}</a></p></div>
<div class="error" hidden>${rcNews[5]}</div><p class="gdpr">${rcNews[6]} <a href="/privacy-notice">${rcNews[7]}</a></p></div>
${rcP(rcP2)}
<div class="teaser-ad"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-mpu1"></div></div>
${rcRead(rcReadMore[1] ?? '')}
${rcP(rcP3)}
<div class="whatsapp-box"><p>${rcWhatsApp}</p><a class="cta" href="https://chat.whatsapp.example/gazette">Join here</a></div>
</div>
<div class="tag-list"><span class="tags-title">Tags</span><ul>${links(rcTags, 'tag')}</ul></div></article>
<section id="comments-wrapper" class="comments-teaser"><h2>${rcComments[0]}</h2><p>${rcComments[1]}</p><button>${rcComments[2]}</button></section>
<aside class="secondary"><section class="most-read"><h2>${rcMostRead[0]}</h2><ol>${links(rcMostRead.slice(1))}</ol></section>
<section class="most-recent"><h2>${rcMostRecent[0]}</h2><ol>${links(rcMostRecent.slice(1))}</ol></section></aside></main>
<footer class="footer"><ul>${links(rcFoot, 'footer-link')}</ul><p class="copyright">${rcCopy}</p></footer></div></body></html>`;
export const reachPage: TestPage = {
  html: rcHtml,
  name: 'heldout101-reach-regional-news',
  kind: 'news',
  // the sub-title is body; the "READ MORE:" paragraphs, the newsletter box and the WhatsApp box inside the body are furniture
  title: rcTitle,
  headings: [],
  body: texts([rcSub, ...rcP1, ...rcP2, ...rcP3]),
  bylines: ['Chloe Wainwright', 'Senior Reporter', '10:41, 12 Nov 2025', 'Updated 11:02, 12 Nov 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Subscribe', ...rcNav, ...rcCrumbs, 'Bookmark', rcCaption, rcCredit, ...rcReadMore, ...rcNews, 'Advertisement', rcWhatsApp, 'Join here',
    'Tags', ...rcTags, ...rcComments, ...rcMostRead, ...rcMostRecent, ...rcFoot, rcCopy,
  ],
};
