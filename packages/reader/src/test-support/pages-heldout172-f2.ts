import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 172, file f2: a Daily Maverick (South Africa) story on its own site (the "Maverick Insider" bar,
 * section menu, the section label, headline and excerpt, author with "Follow", date and reading time, comment count and
 * share buttons, the lead image caption, a mid-story in-content gallery caption, the italic "first appeared in Daily
 * Maverick 168" note ending the content, the Insider support box, the "Please login in order to comment" block, the
 * "Related" rail and the footer).
 */
const dmTitle = 'Eastern Cape water board bills unpaid as taps run dry in three towns';
const dmDek = 'Residents of Makhaya, Qunu Heights and Nodwe have gone weeks without piped water while municipalities and the water board trade blame.';
const dmP1 = [
  'For most of October, the only reliable water in Makhaya came from a tanker that arrived, on a good day, at about ' +
    'eleven in the morning. Residents queued with buckets and 25-litre drums. On bad days the tanker did not come.',
  '“We boil what we get and we make it last,” said Nomvula Jaxa, a retired teacher who looks after three grandchildren. ' +
    '“You learn to wash a whole family with two buckets.”',
  'The outages in Makhaya and two neighbouring towns are the latest chapter in a long dispute between the Amathole ' +
    'Ridge Water Board, which supplies bulk water to the region, and the municipalities that buy from it.',
];
const dmP2 = [
  'According to the water board’s latest annual report, three local municipalities owe it a combined R412-million in ' +
    'unpaid bills, some dating back to 2019. In September, the board began cutting supply to the worst defaulters for ' +
    'several hours a day, a practice it calls “flow restriction”.',
  'The municipalities argue that they cannot pay because households do not pay them. Makhaya’s municipal manager, ' +
    'Sipho Ndamase, said fewer than a third of households in the municipality pay for water, in part because many ' +
    'meters have not worked for years.',
  '“We are caught between a board that wants its money and residents who have no water,” Ndamase said.',
  'The board’s chief executive, Lindiwe Mgudlwa, said the board could not keep supplying water it was not paid for. ' +
    '“We also have salaries to pay and pumps to run,” she said.',
];
const dmP3 = [
  'The national Department of Water and Sanitation said it had appointed a mediator and that talks would begin in ' +
    'December. Civil society groups said that was too slow. The Makhaya Residents’ Forum has filed an urgent application ' +
    'in the Eastern Cape High Court asking for an order that water be restored while the dispute is settled.',
  'Jaxa said she would be in court when the case is heard. “Water is not a favour,” she said. “It is a right.”',
];
const dmBar = ['Become a Maverick Insider', 'Sign In'];
const dmNav = ['South Africa', 'Business Maverick', 'Our Burning Planet', 'World', 'Opinionista', 'Sport', 'Maverick Life', 'Newsletters'];
const dmCaption = 'Residents collect water from a municipal tanker in Makhaya, Eastern Cape, on 28 October 2025. (Photo: Luvuyo Mjekula)';
const dmGallery = 'A dry communal tap in Qunu Heights. (Photo: Luvuyo Mjekula)';
const dm168 = 'This story first appeared in our weekly Daily Maverick 168 newspaper, which is available countrywide for R35.';
const dmInsider = [
  'Support Daily Maverick',
  'Maverick Insiders keep our journalism free for everyone. Join them and get an ad-free experience.',
  'Become an Insider',
];
const dmComm = ['Comments', 'Please login in order to comment.', 'Login'];
const dmRelated = ['Related', 'Nelson Mandela Bay’s leaking pipes lose a third of its water', 'What the new water services bill means for your bill'];
const dmFoot = ['About Us', 'Contact Us', 'Advertise', 'Press Code', 'Careers', 'Privacy Policy', 'Terms and Conditions'];
const dmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Eastern Cape water board bills unpaid as taps run dry in three towns</title>
<meta name="description" content="${dmDek}"><meta property="og:type" content="article"><meta property="og:title" content="${dmTitle}">
<meta property="og:site_name" content="Daily Maverick"><meta property="article:published_time" content="2025-11-26T21:57:00+02:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dmTitle}","description":"${dmDek}",
"datePublished":"2025-11-26T21:57:00+02:00","author":[{"@type":"Person","name":"Zintle Mabandla"}],
"publisher":{"@type":"Organization","name":"Daily Maverick"}}</script>
<link rel="stylesheet" href="https://www.dailymaverick.example/dist/css/article.min.css?v=5.21">
<script src="https://www.dailymaverick.example/dist/js/app.min.js?v=5.21" defer></script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="article-page">
<div class="top-bar"><a class="insider-button" href="/insider/">${dmBar[0]}</a><a class="sign-in" href="/signin/">${dmBar[1]}</a></div>
<header class="main-header"><a class="logo" href="/"><img src="/dist/img/dm-logo.svg" alt="Daily Maverick"></a>
<nav class="main-nav"><ul>${links(dmNav, 'main-nav-item')}</ul></nav></header>
<div class="ad-container leaderboard"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-top"></div></div>
<main class="article-main"><article class="article-container" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article-section"><a href="/section/our-burning-planet/">Our Burning Planet</a></div>
<h1 class="article-title" itemprop="headline">${dmTitle}</h1><p class="article-excerpt">${dmDek}</p>
<div class="article-meta"><div class="author-block"><img class="author-image" src="/authors/mabandla.jpg" alt="">
<a class="author-name" href="/author/zintle-mabandla/">Zintle Mabandla</a><button class="follow-author">Follow</button></div>
<div class="article-date">26 Nov 2025</div><div class="read-time">5 min read</div>
<a class="comment-count" href="#comments">0 Comments</a><div class="share-buttons"><a class="share-fb" href="#">Facebook</a>
<a class="share-x" href="#">X</a><a class="share-wa" href="#">WhatsApp</a><a class="share-email" href="#">Email</a></div></div>
<figure class="article-featured-image"><img src="https://www.dailymaverick.example/wp-content/uploads/2025/11/tanker.jpg" alt="">
<figcaption class="caption">${dmCaption}</figcaption></figure>
<div class="article-content" itemprop="articleBody">
${ps(dmP1)}
<figure class="wp-block-image"><img src="https://www.dailymaverick.example/wp-content/uploads/2025/11/tap.jpg" alt="">
<figcaption>${dmGallery}</figcaption></figure>
${ps(dmP2)}
<div class="ad-container inline"><span class="ad-label">ADVERTISEMENT</span><div id="div-gpt-ad-inline1"></div></div>
${ps(dmP3)}
<p><em>${dm168}</em></p>
</div>
<div class="insider-box"><h3>${dmInsider[0]}</h3><p>${dmInsider[1]}</p><a class="button" href="/insider/">${dmInsider[2]}</a></div>
<section class="comments-section" id="comments"><h3>${dmComm[0]}</h3><p>${dmComm[1]}</p><a class="button" href="/signin/">${dmComm[2]}</a></section>
</article><aside class="related-articles"><h3>${dmRelated[0]}</h3><ul>${links(dmRelated.slice(1))}</ul></aside></main>
<footer class="main-footer"><ul>${links(dmFoot)}</ul><p>© 2025 Daily Maverick. All rights reserved.</p></footer>
</body></html>`;
export const dailyMaverick: TestPage = {
  name: 'heldout172-daily-maverick-news',
  kind: 'news',
  html: dmHtml,
  // the excerpt is body; image and gallery captions and the "first appeared in" note ending the content are furniture
  title: dmTitle,
  headings: [],
  body: texts([dmDek, ...dmP1, ...dmP2, ...dmP3]),
  bylines: ['Zintle Mabandla', '26 Nov 2025', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...dmBar, ...dmNav, 'ADVERTISEMENT', 'Follow', '0 Comments', 'Facebook', 'X', 'WhatsApp', 'Email', dmCaption, dmGallery, dm168, ...dmInsider,
    ...dmComm, ...dmRelated, ...dmFoot, '© 2025 Daily Maverick. All rights reserved.',
  ])],
};
