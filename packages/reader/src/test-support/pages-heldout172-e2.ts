import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 172, file e2: a Crikey (Australia) story on its WordPress VIP theme as a logged-in subscriber saves it
 * (the "Subscribe" and "My account" header, section menu, the category and "Inq" label, standfirst, author with photo and
 * date, the share, gift and save buttons, the lead image caption and credit, a mid-story "Crikey Worm" newsletter prompt,
 * an h2 in the story, the tags, the "Crikey is committed to hosting lively discussions" comments block with two comments
 * and the reply form labels, the "More from Crikey" rail and the footer with the Acknowledgement of Country).
 */
const ckTitle = 'The council rates cap that nobody in Macquarie Street wants to talk about';
const ckDek = 'Regional councils say a decade of tight rate pegs has left roads, pools and libraries falling apart. Sydney is not listening.';
const ckP1 = [
  'There is a bridge outside Corrowang, in the state’s central west, that has had a 10-tonne load limit on it since ' +
    '2019. School buses drive 40 minutes around it. The council knows exactly what it would cost to replace: $6.8 ' +
    'million. It also knows it will not have that money this decade.',
  '“We are not bad at managing money,” says Corrowang Shire mayor Trish Halloran. “We are just not allowed to raise enough of it.”',
  'That complaint is now coming from dozens of regional councils, and it is aimed squarely at the rate peg, the annual ' +
    'cap the state sets on how much councils can increase their general rates.',
];
const ckH1 = 'A decade of falling behind';
const ckP2 = [
  'According to figures compiled by the Regional Councils Alliance, the rate peg averaged 2.3% a year over the past ' +
    'decade, while the cost of the materials councils buy to fix roads and bridges rose by more than 4% a year.',
  'The result, the alliance says, is an infrastructure backlog across its 38 member councils of about $3.1 billion. ' +
    'Some have closed pools; others have cut library hours or stopped mowing roadsides.',
  'Councils can apply for a special variation to lift rates above the peg, but the process is slow and politically ' +
    'bruising. Corrowang applied in 2023, was approved for a smaller rise than it asked for, and watched three ' +
    'councillors lose their seats at the next election.',
];
const ckH2 = 'Why the government will not budge';
const ckP3 = [
  'The state’s local government minister has said repeatedly that the peg protects ratepayers during a cost-of-living ' +
    'crisis. In a statement to Crikey, a spokesperson said the government was “confident the current settings strike ' +
    'the right balance”.',
  'Privately, one government MP from a regional seat told Crikey the issue was “a slow-motion disaster that nobody ' +
    'wants to own”, because any fix means higher rates.',
  'Halloran is not optimistic. “The bridge will be there in 10 years,” she says. “I just do not know if the school buses will be.”',
];
const ckTop = ['Subscribe', 'My account', 'Log out'];
const ckNav = ['Politics', 'Inq', 'Media', 'Business', 'World', 'Culture', 'Opinion', 'Newsletters'];
const ckCaption = 'The load-limited bridge outside Corrowang.';
const ckCredit = '(Image: Supplied)';
const ckWorm = ['Sign up to the Crikey Worm', 'Your morning briefing on politics and media, in your inbox before breakfast.', 'Sign up'];
const ckTags = ['Local Government', 'NSW', 'Regional Australia', 'Infrastructure'];
const ckComm = [
  'Join the conversation',
  'Crikey is committed to hosting lively discussions. Help us keep the conversation useful, interesting and welcoming. We ' +
    'aim to publish comments quickly in the interest of promoting robust conversation, but we’re a small team and we deploy ' +
    'filters to protect against legal risk.',
  'Comment guidelines',
];
const ckComments = [
  { who: 'Bathurst Bill', text: 'The peg is a tax cut for landlords paid for by potholes.' },
  { who: 'Moira K', text: 'Our pool has been closed for two summers. Nobody in Sydney noticed.' },
];
const ckForm = ['Leave a comment', 'Post comment'];
const ckMore = ['More from Crikey', 'Who really writes the government’s media releases?', 'The quiet rise of the teal staffer'];
const ckAck = 'Crikey acknowledges the Traditional Owners of Country throughout Australia and their continuing connection to land, waters and community.';
const ckFoot = ['About', 'Contact', 'Advertise', 'Terms and conditions', 'Privacy policy', 'Help'];
const ckHtml = `<!doctype html>
<html lang="en-AU"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The council rates cap that nobody in Macquarie Street wants to talk about – Crikey</title>
<meta name="description" content="${ckDek}"><meta property="og:type" content="article"><meta property="og:title" content="${ckTitle}">
<meta property="og:site_name" content="Crikey"><meta property="article:published_time" content="2025-11-24T02:01:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ckTitle}","isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".article-content"},"author":[{"@type":"Person","name":"Callum Fairweather"}],
"datePublished":"2025-11-24T02:01:00+00:00"}</script>
<link rel="stylesheet" id="crikey-main-css" href="https://www.crikey.example/wp-content/themes/crikey/dist/main.css?ver=3.8.2">
<script src="https://www.crikey.example/wp-content/themes/crikey/dist/main.js?ver=3.8.2" defer></script></head>
<body class="post-template-default single single-post postid-1203345 logged-in subscriber">
<a class="skip-link sr-only" href="#content">Skip to content</a>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/wp-content/themes/crikey/img/logo.svg" alt="Crikey"></a>
<ul class="site-header__account">${links(ckTop, 'account-link')}</ul>
<nav class="site-header__nav" aria-label="Main navigation"><ul>${links(ckNav, 'nav-item')}</ul></nav></header>
<main id="content" class="site-main"><article class="article post-1203345">
<header class="article-header"><div class="article-header__category"><a href="/politics/">Politics</a></div>
<h1 class="article-header__title">${ckTitle}</h1><p class="article-header__standfirst">${ckDek}</p>
<div class="article-header__meta"><div class="article-author"><img class="article-author__image" src="/wp-content/uploads/authors/fairweather.jpg" alt="">
<a class="article-author__name" href="/author/callum-fairweather/">Callum Fairweather</a></div>
<time class="article-header__date" datetime="2025-11-24T13:01:00+11:00">Nov 24, 2025</time></div>
<div class="article-actions"><button class="article-actions__share">Share</button><button class="article-actions__gift">Gift this article</button>
<button class="article-actions__save">Save</button></div></header>
<figure class="article-hero"><img src="/wp-content/uploads/2025/11/bridge-1200x675.jpg" alt="">
<figcaption class="article-hero__caption">${ckCaption} ${ckCredit}</figcaption></figure>
<div class="article-content">
${ps(ckP1)}
<div class="newsletter-inline"><h4 class="newsletter-inline__title">${ckWorm[0]}</h4><p>${ckWorm[1]}</p><form><input type="email" aria-label="Email">
<button>${ckWorm[2]}</button></form></div>
<h2>${ckH1}</h2>
${ps(ckP2)}
<h2>${ckH2}</h2>
${ps(ckP3)}
</div>
<ul class="article-tags">${links(ckTags, 'article-tags__item')}</ul>
</article>
<section class="comments" id="comments"><h2 class="comments__title">${ckComm[0]}</h2><p class="comments__intro">${ckComm[1]}</p>
<a href="/comment-guidelines/">${ckComm[2]}</a><ol class="comments__list">
${ckComments
  .map(
    (c) => `<li class="comment"><div class="comment__author">${c.who}</div><div class="comment__body"><p>${c.text}</p></div>
<a class="comment__reply" href="#">Reply</a></li>`,
  )
  .join('\n')}</ol><form class="comment-form"><h3>${ckForm[0]}</h3><textarea></textarea><button type="submit">${ckForm[1]}</button></form></section>
<aside class="more-from"><h2>${ckMore[0]}</h2><ul>${links(ckMore.slice(1))}</ul></aside></main>
<footer class="site-footer"><p class="site-footer__ack">${ckAck}</p><ul>${links(ckFoot)}</ul>
<p class="site-footer__copy">© 2025 Private Media Pty Ltd</p></footer>
</body></html>`;
export const crikey: TestPage = {
  name: 'heldout172-crikey-news',
  kind: 'news',
  html: ckHtml,
  // the standfirst is body; the Crikey Worm prompt inside the content is furniture; reader comments are furniture
  title: ckTitle,
  headings: [ckH1, ckH2],
  body: texts([ckDek, ...ckP1, ...ckP2, ...ckP3]),
  bylines: ['Callum Fairweather', 'Nov 24, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', ...ckTop, ...ckNav, 'Share', 'Gift this article', 'Save', `${ckCaption} ${ckCredit}`, ...ckWorm, ...ckTags, ...ckComm,
    ...ckComments.flatMap((c) => [c.who, c.text]), 'Reply', ...ckForm, ...ckMore, ckAck, ...ckFoot, '© 2025 Private Media Pty Ltd',
  ])],
};
