import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout333-kit.js';

/**
 * Held-out batch 333, file b: a Mailchimp campaign archive page (the archive bar with Subscribe / Past Issues / RSS, the
 * preheader with "View this email in your browser", mcn text and image blocks in nested tables with inline styles, a
 * sponsor block, social follow icons and the footer with the mailing address and unsubscribe lines) and a Kit (ConvertKit)
 * public broadcast page (creator header, subscribe form, "More from" list and the Kit badge).
 */
const mTitle = 'Tidewater Ledger: the ferry fare freeze, a new pier plan and the week ahead';
const mIntro = j(
  'Good morning, Tidewater. The county’s ferry board voted on Thursday to freeze fares for another twelve months, and the harbour',
  'commission finally published its long-delayed plan for the south pier. Here is what both decisions mean for you.',
);
const mH = ['Ferry fares stay put', 'A smaller south pier', 'The week ahead'];
const mS1 = [
  j(
    'The board voted four to one to keep the adult return fare at £6.40 until next March. Board chair Ottilie Grane said the freeze',
    'would cost about £180,000 in lost revenue, to be covered from the reserve built up during the pandemic.',
  ),
  j(
    'The one vote against came from Desmond Achterberg, who warned that the reserve would be empty within two years if fuel prices',
    'rose again. "We are buying a quiet year with next year’s money," he said.',
  ),
  j(
    'Season tickets, which went up by 8% last year, are also frozen. The board will look again at the timetable in the autumn, when',
    'the second of its two ageing vessels is due for a six-week refit at the Kessock yard.',
  ),
];
const mS2 = [
  j(
    'The commission’s plan drops the hotel that caused so much argument last summer. Instead, the pier would be rebuilt at two thirds',
    'of its old length, with a covered fish market at the landward end and moorings for twelve visiting boats.',
  ),
  j(
    'Public consultation opens on Monday and runs for six weeks. Drawings will be on display at the library and at the harbour office,',
    'and the commission has promised two evening sessions where residents can question the engineers.',
  ),
  j(
    'The cost is put at £4.2 million, about half of the hotel scheme’s figure. The commission says it will apply to the coastal',
    'communities fund for most of it and borrow the rest against mooring fees over twenty years.',
  ),
];
const mWeek = [
  '<strong>Monday:</strong> south pier consultation opens at the library, 9am.',
  '<strong>Wednesday:</strong> parish council meets to discuss the Coldharbour Lane parking scheme.',
  '<strong>Friday:</strong> the lifeboat station holds its open day, with a launch demonstration at noon.',
  '<strong>Saturday:</strong> the winter market returns to the quay for the last time this season.',
];
const mOutro = 'That’s all for this week. Reply to this email if you have a story we should be chasing.';
const mTd = (inner: string): string => `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0"
cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px; color:#202020;
font-family:Georgia; font-size:16px; line-height:150%; text-align:left;">${inner}</td></tr></tbody></table></td></tr></tbody></table>`;
const mHtml = `<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="UTF-8"><meta property="og:title" content="${mTitle}">
<meta property="og:description" content="The ferry fare freeze, a smaller south pier and the week ahead in Tidewater.">
<meta property="og:url" content="https://us14.campaign-archive.example/?u=9a1f&amp;id=4c2d"><title>${mTitle}</title>
<style type="text/css">p{margin:10px 0;padding:0;} table{border-collapse:collapse;} #bodyTable{height:100%;width:100%;}
.mcnPreviewText{display:none !important;} #templatePreheader{background-color:#fafafa;}</style>
<script type="text/javascript">var $mcGoal = {'settings':{'uuid':'9a1f','dc':'us14'}};</script></head>
<body><div id="awesomewrap"><div id="awesomebar"><ul id="awesomebar-menu">
<li class="awesomebar-subscribe"><a href="https://tidewater.us14.list-manage.example/subscribe?u=9a1f">Subscribe</a></li>
<li class="awesomebar-past"><a href="https://us14.campaign-archive.example/home/?u=9a1f">Past Issues</a></li>
<li class="awesomebar-translate"><a href="#">Translate</a></li>
<li class="awesomebar-rss"><a href="https://us14.campaign-archive.example/feed?u=9a1f" title="RSS">RSS</a></li></ul></div></div>
<span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; overflow:hidden;">Fares frozen, pier
shrunk, lifeboat open day on Friday</span>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent"
style="font-size:12px; color:#656565; text-align:center;"><a href="https://us14.campaign-archive.example/?u=9a1f&amp;id=4c2d" target="_blank">View this
email in your browser</a></td></tr></table></td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tbody class="mcnImageBlockOuter"><tr>
<td class="mcnImageContent" valign="top" style="text-align:center;"><img align="center" alt="Tidewater Ledger" src="https://mcusercontent.example/9a1f/logo.png"
width="300" class="mcnImage"></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody">${mTd(`<h1 style="font-size:26px;">${mTitle}</h1>
<p style="font-size:13px; color:#777;">By Marisol Fenwick · Saturday 7 March 2026</p>
<p>${mIntro}</p>`)}
<table class="mcnImageBlock" width="100%"><tr><td class="mcnImageContent" style="padding:9px 18px;"><img
alt="" src="https://mcusercontent.example/9a1f/pier.jpg"
width="564" class="mcnImage"></td></tr><tr><td class="mcnCaptionRightTextContentContainer" style="font-size:12px; color:#777;">The south pier, closed
since the 2023 storm. Photo: Harbour Commission</td></tr></table>
${mTd(`<h2>${mH[0]}</h2>\n${ps(mS1)}`)}
<table class="mcnBoxedTextBlock" width="100%"><tr><td class="mcnBoxedTextContentColumn" style="background-color:#f4efe6; padding:18px;">
<p style="font-size:11px; letter-spacing:1px;">SPONSORED</p><p>Saltmarsh Dental is taking new NHS patients in Tidewater. Book online or call the
surgery on the quay.</p></td></tr></table>
${mTd(`<h2>${mH[1]}</h2>\n${ps(mS2)}`)}
${mTd(`<h2>${mH[2]}</h2>\n<ul>${mWeek.map((w) => `<li>${w}</li>`).join('\n')}</ul>\n<p>${mOutro}</p>`)}
</td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tr><td class="mcnFollowContent" align="center">
<a href="https://facebook.example/tidewaterledger">Facebook</a> <a href="https://instagram.example/tidewaterledger">Instagram</a>
<a href="https://tidewaterledger.example">Website</a></td></tr></table>
<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" style="font-size:12px; color:#656565; text-align:center;">
<em>Copyright © 2026 Tidewater Ledger, All rights reserved.</em><br>You are receiving this email because you signed up at tidewaterledger.example.<br><br>
<strong>Our mailing address is:</strong><br>Tidewater Ledger, 4 Quay Row, Tidewater TW3 1QP<br><br>
Want to change how you receive these emails?<br>You can <a href="https://tidewater.us14.list-manage.example/profile?u=9a1f">update your preferences</a> or
<a href="https://tidewater.us14.list-manage.example/unsubscribe?u=9a1f">unsubscribe from this list</a>.</td></tr></table>
<table width="100%"><tr><td align="center"><a href="http://www.mailchimp.example/monkey-rewards/?u=9a1f" title="Mailchimp Email Marketing">
<img src="https://cdn-images.mailchimp.example/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Intuit Mailchimp"></a></td></tr></table>
</td></tr></table></td></tr></table></center>
<script type="text/javascript" src="https://us14.campaign-archive.example/js/archivebar-desktop-plugins.js"></script></body></html>`;
const mailchimp: TestPage = {
  name: 'heldout333-mailchimp-campaign-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: mH,
  body: texts([mIntro, ...mS1, ...mS2, ...mWeek, mOutro]),
  bylines: ['By Marisol Fenwick · Saturday 7 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Past Issues', 'Translate', 'RSS', 'Fares frozen, pier shrunk, lifeboat open day on Friday', 'View this email in your browser',
    'The south pier, closed since the 2023 storm. Photo: Harbour Commission', 'SPONSORED',
    'Saltmarsh Dental is taking new NHS patients in Tidewater. Book online or call the surgery on the quay.', 'Facebook', 'Instagram', 'Website',
    'Copyright © 2026 Tidewater Ledger, All rights reserved.', 'You are receiving this email because you signed up at tidewaterledger.example.',
    'Our mailing address is:', 'Tidewater Ledger, 4 Quay Row, Tidewater TW3 1QP', 'Want to change how you receive these emails?',
    'You can update your preferences or unsubscribe from this list.',
  ],
};

const kTitle = 'Why I stopped pricing illustrations by the hour';
const kBody1 = [
  'Hi friend,',
  j(
    'For the first six years of freelancing I quoted every job the same way: an hourly rate, an estimate of hours, and a small',
    'buffer I never told anyone about. It felt honest. It was also slowly wearing me down.',
  ),
  j(
    'This month I finished moving every client over to fixed project prices, and I want to share what changed, because several of',
    'you asked after last month’s letter about the picture book for Harrowgate Press.',
  ),
];
const kH = ['The problem with hours', 'How I price now', 'A few numbers'];
const kBody2 = [
  j(
    'An hourly rate punishes you for getting better. The spot illustrations that took me four hours in my first year take me ninety',
    'minutes now, and under the old system that meant I earned less for better work.',
  ),
  j(
    'It also made clients nervous. Every revision request came with a question about how many hours it would add, and I spent more',
    'time writing estimates than sketching.',
  ),
  'Worst of all, it turned every conversation about the work into a conversation about my time, which is the least interesting thing I sell.',
];
const kBody3 = [
  'Now each quote has three parts, and clients choose the one that fits their budget:',
  'a fixed price for the finished artwork, with two rounds of revisions included;',
  'a usage fee that depends on where the work appears and for how long;',
  'a rush fee if the deadline is less than three weeks away.',
  j(
    'Nobody has pushed back on the structure itself. Two clients did ask for fewer revision rounds in exchange for a lower price,',
    'which I was happy to agree to.',
  ),
];
const kBody4 = [
  j(
    'Across the last eight projects my effective rate went up by about a third, and I worked fewer evenings than in any quarter since',
    'I started. I know eight projects is a small sample, so I will report back at the end of the year.',
  ),
  'If you price your own creative work, hit reply and tell me how you do it. I read every answer.',
  'Talk soon,<br>\nPhilippa',
];
const kMore = ['The sketchbook I carry everywhere', 'Saying no to a dream client', 'My studio, one year on'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle}</title>
<meta name="description" content="What changed when an illustrator moved every client to fixed project prices.">
<meta property="og:title" content="${kTitle}"><meta property="og:type" content="article"><meta name="twitter:card" content="summary">
<link rel="stylesheet" href="https://pages.kit.example/assets/creator-profile.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${kTitle}",
"author":{"@type":"Person","name":"Philippa Marchetti"},"datePublished":"2026-02-19"}</script>
<script>window.__CREATOR_PROFILE__={"creator":{"name":"Philippa Marchetti","username":"philippadraws"},"broadcast":{"id":18822301}};</script></head>
<body><div id="root"><div class="creator-profile" data-theme="minimal">
<header class="creator-profile__header"><a class="creator-profile__avatar" href="/"><img src="https://embed.filekitcdn.example/avatar.jpg" alt=""></a>
<div><a href="/" class="creator-profile__name">Philippa Marchetti</a><p class="creator-profile__bio">Illustrator. Letters about drawing for a living.</p></div>
<nav class="creator-profile__nav"><a href="/">Home</a> <a href="/posts">Posts</a> <a href="/products">Products</a></nav></header>
<main class="broadcast-page"><article class="broadcast">
<div class="broadcast__meta"><time datetime="2026-02-19T16:00:00Z">Feb 19, 2026</time></div>
<h1 class="broadcast__title">${kTitle}</h1>
<div class="broadcast__content"><div class="ck-section">
${ps(kBody1)}
<h2>${kH[0]}</h2>
${ps(kBody2)}
<figure><img src="https://embed.filekitcdn.example/studio.jpg" alt="Desk"><figcaption>My desk on a fixed-price week: more drawing, fewer
spreadsheets.</figcaption></figure>
<h2>${kH[1]}</h2>
${ps(kBody3.slice(0, 1))}
<ol>${kBody3
  .slice(1, 4)
  .map((x) => `<li>${x}</li>`)
  .join('\n')}</ol>
${ps(kBody3.slice(4))}
<h2>${kH[2]}</h2>
${ps(kBody4)}
</div></div></article>
<section class="formkit-form" data-format="inline" data-uid="b7e1f2"><div class="formkit-header"><h2>Get the next letter</h2></div>
<div class="formkit-subheader"><p>Join 4,100 illustrators and designers who read it every other Thursday.</p></div>
<form class="seva-form"><input class="formkit-input" name="email_address" placeholder="Email Address" type="email">
<button data-element="submit" class="formkit-submit"><span>Subscribe</span></button></form>
<div class="formkit-guarantee"><p>No spam. Unsubscribe at any time.</p></div></section>
<section class="broadcast-list"><h3>More from Philippa Marchetti</h3><ul>${kMore.map((m) => `<li><a href="/posts/${m.length}">${m}</a></li>`).join('\n')}</ul>
<a href="/posts" class="broadcast-list__all">View all posts</a></section></main>
<footer class="creator-profile__footer"><a href="https://kit.example/?utm_campaign=poweredby" class="kit-badge">Built with Kit</a>
<a href="/report">Report abuse</a></footer></div></div>
<script src="https://pages.kit.example/assets/creator-profile.js" defer></script></body></html>`;
const kit: TestPage = {
  name: 'heldout333-kit-broadcast-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kBody1, ...kBody2, ...kBody3, ...kBody4]),
  bylines: ['Philippa Marchetti', 'Feb 19, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Illustrator. Letters about drawing for a living.', 'Home', 'Posts', 'Products',
    'My desk on a fixed-price week: more drawing, fewer spreadsheets.', 'Get the next letter',
    'Join 4,100 illustrators and designers who read it every other Thursday.', 'Subscribe', 'No spam. Unsubscribe at any time.',
    'More from Philippa Marchetti', ...kMore, 'View all posts', 'Built with Kit', 'Report abuse',
  ],
};

export const HELDOUT333_B: readonly TestPage[] = [mailchimp, kit];
