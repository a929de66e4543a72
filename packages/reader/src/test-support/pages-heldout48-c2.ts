import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 48, file c2: a BuzzFeed News listicle-style story as the archived site still serves it (the "no longer
 * publishing" banner, the news header and nav, the section label, headline and dek, the full byline with avatar, name and
 * "BuzzFeed News Reporter", "Posted on" and "Last updated on" lines, the share bar, an intro then numbered subbuzzes with
 * number spans, descriptions, image attributions and an Instagram embed placeholder, the reporter's contact line, the tip line,
 * "Topics In This Article", "More on this", the newsletter box, the consent prompt and the footer).
 */
const bfTitle = '6 Things To Know About The Town That Just Voted To Ban Gas Leaf Blowers';
const bfDek = 'The fight over leaf blowers in Millbrook Heights got loud. Very loud.';
const bfIntro = [
  'Residents of Millbrook Heights, a leafy suburb of about 18,000 people outside Hartford, Connecticut, voted on Tuesday to ban ' +
    'gas-powered leaf blowers, ending a two-year fight that split neighbors, packed town meetings, and at one point involved a decibel ' +
    'meter and a marching band.',
  'Here’s what happened, and what it means for the people who rake, blow, and mulch for a living.',
];
const bfItems: [string, string[]][] = [
  [
    'The ban passed by just 212 votes',
    [
      'The measure passed 4,118 to 3,906 in a special referendum that drew almost twice the turnout of last year’s municipal election. ' +
        'Supporters gathered outside the public library to watch the count come in, some of them holding rakes.',
    ],
  ],
  [
    'It won’t take effect for two years',
    ['Homeowners have until April 2025 to stop using gas blowers. Landscaping companies get an extra year, until April 2026, to replace ' + 'their equipment.'],
  ],
  [
    'Landscapers say the switch will cost them thousands',
    [
      'Battery-powered commercial blowers cost between $600 and $1,200 each, and crews need several spare batteries to get through a full ' + 'day of work.',
      '“I’ve got eleven guys and twenty-two blowers,” said Luis Ortega, who runs a landscaping company in town. “Nobody asked me how I’m ' +
        'supposed to pay for that.”',
    ],
  ],
  [
    'The town will help pay for new equipment',
    [
      'Under the ordinance, Millbrook Heights will set aside $150,000 for rebates of up to 40% on electric equipment, with priority for ' +
        'small businesses. Critics say the fund will run out within months.',
    ],
  ],
  [
    'The noise really is that bad, according to the data',
    [
      'A study commissioned by the town last fall found that a single gas blower measured 88 decibels at 50 feet, louder than a passing ' +
        'garbage truck. Electric models tested at between 58 and 65 decibels.',
    ],
  ],
  [
    'Yes, there was a marching band',
    [
      'At a town meeting in January, opponents of the ban hired a high school marching band to play outside the council chamber, arguing ' +
        'that if noise was the problem, officials should hear what real noise sounded like.',
      'The band, which was paid $300, played the theme from Rocky three times before police politely asked it to stop.',
    ],
  ],
];
const bfImg: Record<number, string> = { 0: 'Hannah Kowalski / BuzzFeed News', 2: 'Getty Images / Via Getty Images' };
const bfNav = ['Politics', 'Tech', 'Science', 'World', 'Books', 'Investigations', 'Arts & Entertainment'];
const bfArchive = 'BuzzFeed News is no longer publishing. This archive of our reporting remains available to readers.';
const bfTopics = ['Local News', 'Environment', 'Climate Change'];
const bfMore = ['This City Banned Gas Stoves. Then The Lawsuits Started.', 'Everyone Hates The Noise From Data Centers. Here’s Why.'];
const bfNewsP = 'The best of BuzzFeed News, delivered to your inbox every weekday.';
// biome-ignore format: the footer link texts are packed several to a line to keep the file short
const bfFoot = [
  'About', 'Press', 'RSS', 'Privacy', 'Consent Preferences', 'User Terms', 'Ad Choices', 'Accessibility Statement', 'Help', 'Contact',
  'Sitemap', '© 2025 BuzzFeed, Inc',
];
const bfCmp = 'We and our partners store and access information on your device, such as cookies, to personalise content and ads and to measure audiences.';
const bfSub = (t: string, paras: string[], i: number): string =>
  `<div class="subbuzz subbuzz-text xs-mb4 js-subbuzz" id="mod-subbuzz-text-${i + 1}" data-module="subbuzz-text"><h2 class="subbuzz__title">` +
  `<span class="subbuzz__number">${i + 1}. </span><span class="js-subbuzz__title-text">${t}</span></h2>\n<div class="subbuzz__description">` +
  `${paras.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
  (bfImg[i] === undefined
    ? ''
    : `\n<div class="subbuzz subbuzz-image xs-mb4" data-module="subbuzz-image"><figure><img src="https://img.buzzfeed.com/buzzfeed-static/static/` +
      `2023-03/9/17/asset/${i}.jpg?downsize=700%3A%2A&amp;output-quality=auto" alt=""><figcaption class="subbuzz__attribution">${bfImg[i]}</figcaption>` +
      `</figure></div>`) +
  (i === 4
    ? `\n<div class="subbuzz subbuzz-instagram" data-module="subbuzz-instagram"><div class="embed-placeholder"><a href="https://www.instagram.com/p/Cp7x/">` +
      `View this photo on Instagram</a></div><p class="subbuzz__attribution">Instagram: @quietmillbrook</p></div>`
    : '');
const bfHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${bfTitle}</title><meta property="og:site_name" content="BuzzFeed News">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bfTitle}","datePublished":"2023-03-09T16:47:02Z",
"author":[{"@type":"Person","name":"Hannah Kowalski","jobTitle":"BuzzFeed News Reporter"}]}</script>
<script>window.BZFD={Config:{env:"prod",buzzId:"6408a5f2e1"}};</script></head>
<body class="news-body"><div class="news-archive-banner" role="status"><p>${bfArchive}</p></div>
<header class="news-header"><a href="https://www.buzzfeednews.com/" class="news-header__logo"><span class="visually-hidden">BuzzFeed News Home</span></a>
<nav class="news-header__nav" aria-label="Sections"><ul>${links(bfNav, 'news-header__nav-item')}</ul></nav></header>
<main id="js-post-container" class="news-article-wrapper"><article class="news-article" data-buzz-id="6408a5f2e1"><div class="news-article-header">
<a class="news-article-header__label" href="/section/usnews">US News</a><h1 class="news-article-header__title">${bfTitle}</h1>
<p class="news-article-header__dek">${bfDek}</p><div class="news-byline-full"><a class="news-byline-full__info-wrapper" href="/author/hannahkowalski"><img
class="news-byline-full__avatar" src="https://img.buzzfeed.com/buzzfeed-static/static/user_images/hkowalski.jpg" alt=""><span class="news-byline-full__name
xs-block link-initial--text-black">Hannah Kowalski</span><span class="news-byline-full__title">BuzzFeed News Reporter</span></a></div>
<div class="news-article-header__timestamps"><p class="news-article-header__timestamps-posted">Posted on March 9, 2023, at 11:47 a.m. ET</p>
<p class="news-article-header__timestamps-updated">Last updated on March 9, 2023, at 3:05 p.m. ET</p></div>
<div class="news-share-bar"><a class="news-share-bar__link" href="https://www.facebook.com/dialog/share?..."><span class="visually-hidden">Share on
Facebook</span></a><a class="news-share-bar__link" href="https://twitter.com/intent/tweet?..."><span class="visually-hidden">Share on Twitter</span></a>
<button class="news-share-bar__copy">Copy</button></div></div>
<div class="js-buzz-body news-article-body" data-module="article-body"><div class="subbuzz subbuzz-text xs-mb4 js-subbuzz" id="mod-subbuzz-text-intro">
${bfIntro.map((p) => `<p>${p}</p>`).join('\n')}</div>
${bfItems.map(([t, ps], i) => bfSub(t, ps, i)).join('\n')}
</div><p class="news-article-footer__contact">Contact Hannah Kowalski at <a href="mailto:hannah.kowalski@buzzfeed.com">hannah.kowalski@buzzfeed.com</a>.</p>
<div class="news-article-footer__tips"><p>Got a confidential tip? <a href="https://contact.buzzfeed.com/">Submit it here</a>.</p></div>
<section class="news-article-topics"><h3>Topics In This Article</h3><ul>${links(bfTopics, 'news-topic')}</ul></section></article>
<aside class="news-more-on-this"><h2>More on this</h2><ul>${links(bfMore, 'news-more__item')}</ul></aside>
<aside class="newsletter-signup"><h3>Sign up for the Outside Your Bubble newsletter</h3><p>${bfNewsP}</p><input type="email" placeholder="Email address"
aria-label="Email address"><button>Sign Up</button></aside></main>
<footer class="news-footer"><ul>${links(bfFoot)}</ul><p class="news-footer__legal">BuzzFeed News is part of BuzzFeed, Inc.</p></footer>
<div id="qc-cmp2-ui" class="qc-cmp2-container"
role="dialog"><p>We value your privacy</p><p>${bfCmp}</p><button mode="primary">AGREE</button><button mode="secondary">MORE OPTIONS</button></div>
</body></html>`;
export const buzzfeedListicle: TestPage = {
  html: bfHtml,
  name: 'heldout48-buzzfeed-news-listicle',
  kind: 'news',
  // the dek, the intro and every numbered item's paragraphs are body; the items' titles are the headings, without their number
  // spans ("1. " are list marks: in neither); "Hannah Kowalski", "BuzzFeed News Reporter" (her byline's title line), the
  // "Posted on" and "Last updated on" lines and the closing contact line are bylines; image attributions, the Instagram
  // placeholder and handle, the archive banner, section label, share bar, tip line, topics, "More on this", the newsletter, the
  // consent prompt, header and footer are furniture (the share bar's visually hidden labels too); the footer's "About" and "Help"
  // are words of the body and a heading ("about 18,000", "help pay"): left out
  title: bfTitle,
  headings: bfItems.map(([t]) => t),
  body: [bfDek, ...texts(bfIntro), ...bfItems.flatMap(([, ps]) => texts(ps))],
  bylines: [
    'Hannah Kowalski',
    'BuzzFeed News Reporter',
    'Posted on March 9, 2023, at 11:47 a.m. ET',
    'Last updated on March 9, 2023, at 3:05 p.m. ET',
    'Contact Hannah Kowalski at hannah.kowalski@buzzfeed.com.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    bfArchive, 'BuzzFeed News Home', ...bfNav, 'US News', 'Share on Facebook', 'Share on Twitter', 'Copy', ...Object.values(bfImg),
    'View this photo on Instagram', 'Instagram: @quietmillbrook', 'Got a confidential tip? Submit it here.', 'Topics In This Article', ...bfTopics,
    'More on this', ...bfMore, 'Sign up for the Outside Your Bubble newsletter', bfNewsP, 'Sign Up', ...bfFoot.filter((t) => t !== 'About' && t !== 'Help'),
    'BuzzFeed News is part of BuzzFeed, Inc.', 'We value your privacy', bfCmp, 'AGREE', 'MORE OPTIONS',
  ],
};
