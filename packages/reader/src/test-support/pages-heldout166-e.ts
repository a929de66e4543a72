import { links, ps, type TestPage, texts } from './page-kit.js';
import { stat } from './pages-heldout166-e2.js';

/**
 * Held-out batch 166, file e: a Times of Israel story (the top bar with edition links, "Log in" and "Join our Community",
 * the section nav, the "underline" subheadline, byline and date, the share bar, the hero caption with its Flash90 credit,
 * the Daily Edition newsletter box inside the article text, "Read more about:" topics, the "Join our Community" appeal that
 * closes every article, the comments prompt, "Related posts", "Most Read" and the footer) and, from file e2, a STAT News
 * First Opinion essay.
 */
const tTitle = 'Bank of Israel holds rate steady, warns shekel strength is hurting exporters';
const tSub = ['Governor says inflation is back within target range, but sharp currency gains are squeezing tech and manufacturing firms'];
const tP1 = [
  'The Bank of Israel left its benchmark interest rate unchanged at 4 percent on Monday for the fourth consecutive meeting, ' +
    'citing a recovery in economic activity and inflation that has returned to the government’s 1-3% target range.',
  'But Governor Nahum Ben-Ari warned that the shekel’s rapid rise against the dollar, up nearly 9% since the start of the year, ' +
    'was weighing on exporters and could slow growth in the second half of 2026.',
  '“A strong currency reflects confidence in the Israeli economy, and that is welcome,” Ben-Ari told reporters in Jerusalem. ' +
    '“At the same time, we are hearing from companies that sell abroad that their margins are disappearing.”',
];
const tNews = [
  'Get The Times of Israel’s Daily Edition by email and never miss our top stories',
  'Newsletter email address',
  'Get it',
  'By signing up, you agree to the terms',
];
const tP2 = [
  'The central bank’s research department raised its forecast for economic growth this year to 3.6%, from 3.1% in January, ' +
    'as consumer spending and investment in construction picked up.',
  'The Manufacturers Association of Israel said last week that a quarter of its members had frozen hiring because of the ' +
    'exchange rate. Its president, Dalia Avrahami, called on the central bank to resume buying foreign currency, as it did ' +
    'in previous periods of shekel strength.',
  'Ben-Ari declined to say whether the bank would intervene. “All of our tools remain available,” he said.',
  'Economists at Leumi Capital Markets said they expected the first rate cut in May, provided the shekel remained strong and ' +
    'inflation continued to ease. Housing prices, which rose 6.2% in the 12 months to January according to the Central Bureau of ' +
    'Statistics, remain a concern for policymakers.',
  'Tourism, another sector hurt by the strong currency, has yet to fully recover. Foreign visitor numbers in January were 14% ' +
    'below the same month in 2023, the Tourism Ministry said last week.',
  'The next interest rate decision is scheduled for April 13.',
];
const tTop = ['Log in', 'Join our Community', 'עברית', 'العربية', 'Français', 'Edition'];
const tNav = ['Israel & the Region', 'Jewish Times', 'Israel Inside', 'Ops & Blogs', 'Liveblog', 'Daily Edition'];
const tShare = ['Share', 'Email', 'Facebook', 'X', 'WhatsApp'];
const tTopics = ['Read more about:', 'Israeli economy', 'Bank of Israel', 'Interest rates', 'Shekel', 'Israeli exports'];
const tAppeal = [
  'Do you rely on The Times of Israel for accurate and insightful news on Israel and the Jewish world? If so, please join ' + 'The Times of Israel Community.',
  'For as little as $6/month, you will help support our independent journalism, enjoy an ad-free experience and get access ' + 'to exclusive content.',
  'Join Our Community',
  'Already a member? Sign in to stop seeing this',
] as const;
const tRelated = [
  'Related posts',
  'Israel’s tech exports slip for second quarter as startups cut costs',
  'Finance Ministry raises deficit target amid spending pressures',
];
const tMostRead = [
  'Most Read',
  'Knesset passes housing bill after overnight debate',
  'Haifa port expansion wins final approval',
  'Why Israeli startups are moving their headquarters to Tel Aviv suburbs',
];
const tFoot = ['About Us', 'Advertise with us', 'Terms of Use', 'Privacy Policy', 'Contact Us', 'Careers'];
const tHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bank of Israel holds rate steady, warns shekel strength is hurting exporters | The Times of Israel</title>
<meta name="description" content="${tSub[0]}"><meta property="og:site_name" content="The Times of Israel"><meta property="og:title" content="${tTitle}">
<meta property="article:section" content="Israel &amp; the Region"><link rel="canonical" href="https://www.timesofisrael.com/bank-of-israel-holds-rate-shekel/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tTitle}","datePublished":"2026-03-02T16:12:00+02:00",
"author":[{"@type":"Person","name":"Shira Lavon"}],"publisher":{"@type":"Organization","name":"The Times of Israel"}}</script>
<link rel="stylesheet" href="https://static.timesofisrael.com/www/wp-content/themes/rgb/css/style.css?ver=9.4.2">
<script>var toi_vars = {"post_id":3311827,"is_premium":false};</script></head>
<body class="post-template-default single single-post postid-3311827 toi"><div id="wrapper">
<div class="top-bar"><ul class="editions">${links(tTop.slice(2, 5))}</ul><span class="edition-label">${tTop[5]}</span>
<div class="account"><a class="login" href="#login">${tTop[0]}</a><a class="join" href="https://www.timesofisrael.com/community/">${tTop[1]}</a></div></div>
<header id="header"><div class="logo"><a href="https://www.timesofisrael.com/"><span class="screen-reader-text">The Times of Israel</span></a></div>
<nav class="main-menu"><ul>${links(tNav, 'menu-item')}</ul></nav></header>
<div id="content"><div class="main-content"><article class="article-content" id="article-3311827">
<div class="headline-wrapper"><h1 class="headline">${tTitle}</h1><h2 class="underline">${tSub[0]}</h2></div>
<div class="article-meta"><div class="byline"><span class="byline-by">By </span><a class="byline-author" href="/writers/shira-lavon/">Shira Lavon</a></div>
<span class="date">2 March 2026, 4:12 pm</span></div>
<div class="social-share"><span>${tShare[0]}</span><ul>${tShare
  .slice(1)
  .map((s) => `<li><a class="share-${s.toLowerCase()}" href="#">${s}</a></li>`)
  .join('')}</ul></div>
<div class="media"><img src="https://static.timesofisrael.com/www/uploads/2026/03/boi.jpg" alt="">
<div class="caption">Bank of Israel Governor Nahum Ben-Ari at a press conference in Jerusalem, March 2, 2026.
<span class="credit">(Yonatan Sindel/Flash90)</span></div></div>
<div class="the-content">
${ps(tP1)}
<div class="newsletter-inline" data-newsletter="daily-edition"><p class="newsletter-title">${tNews[0]}</p>
<form><label class="screen-reader-text" for="nl-inline">${tNews[1]}</label><input type="email" id="nl-inline" placeholder="Your email">
<button type="submit">${tNews[2]}</button></form><p class="newsletter-terms">${tNews[3]}</p></div>
${ps(tP2)}
</div>
<div class="article-topics"><span class="topics-label">${tTopics[0]}</span>${tTopics
  .slice(1)
  .map((t) => `<a href="/topic/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`)
  .join(', ')}</div>
<div class="end-of-article-community"><h3>You’re reading The Times of Israel</h3>${ps(tAppeal.slice(0, 2))}
<a class="button join-community" href="https://www.timesofisrael.com/community/">${tAppeal[2]}</a>
<a class="already-member" href="#login">${tAppeal[3]}</a></div>
<div class="comments-prompt"><a href="#comments">Comments</a></div></article>
<section class="related-posts"><h3>${tRelated[0]}</h3><ul>${links(tRelated.slice(1))}</ul></section></div>
<aside class="sidebar"><div class="most-read"><h3>${tMostRead[0]}</h3><ol>${links(tMostRead.slice(1))}</ol></div></aside></div>
<footer id="footer"><ul>${links(tFoot)}</ul><p>© 2026 The Times of Israel. All rights reserved.</p></footer></div>
<script src="https://static.timesofisrael.com/www/wp-content/themes/rgb/js/main.js?ver=9.4.2"></script></body></html>`;
const timesOfIsrael: TestPage = {
  html: tHtml,
  name: 'heldout166-timesofisrael-news',
  kind: 'news',
  // the "underline" subheadline is body; the top bar, nav, share bar, caption and credit, the Daily Edition box inside the
  // text, the topics, the "You're reading" community appeal, the comments link, related posts, "Most Read" and the footer
  // are furniture; "Join our Community" (top bar and appeal button) is listed once
  title: tTitle,
  headings: [],
  body: [...tSub, ...texts(tP1), ...texts(tP2)],
  bylines: ['By Shira Lavon', '2 March 2026, 4:12 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tTop, 'Israel & the Region', 'Jewish Times', 'Israel Inside', 'Ops & Blogs', 'Liveblog', 'Daily Edition', ...tShare,
    'Bank of Israel Governor Nahum Ben-Ari at a press conference in Jerusalem, March 2, 2026.', '(Yonatan Sindel/Flash90)', ...tNews, ...tTopics,
    'You’re reading The Times of Israel', tAppeal[0], tAppeal[1], tAppeal[3], 'Comments', ...tRelated, ...tMostRead, ...tFoot,
    '© 2026 The Times of Israel. All rights reserved.',
  ],
};

export const HELDOUT166_E: readonly TestPage[] = [timesOfIsrael, stat];
