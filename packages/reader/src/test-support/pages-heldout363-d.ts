import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout363-kit.js';

/**
 * Held-out batch 363, file d: a wine club's newsletter as a Mailchimp campaign archive page (the archive bar, the email's
 * preheader, table layout of mcnTextBlock / mcnImageBlock / mcnButtonBlock, sign-off, social follow block and the footer with
 * the mailing address and unsubscribe links) and a homebrewing forum thread on phpBB 3.3 with the prosilver style (the board
 * name as h1, the topic title as h2, post profiles, "Re:" subjects, a quote, signatures, action bars, "Who is online").
 */
const mTitle = 'Spring Shipment: Three Whites and a Surprise';
const mIntro = [
  j(
    'Dear members, the first warm weekend of the year has arrived at the cellar door, and so has your spring shipment. This quarter we',
    'went looking for whites with real texture, wines that can stand up to the first grilled fish of the season as happily as a bowl',
    'of asparagus risotto.',
  ),
  j(
    'As always, boxes leave the warehouse on the 14th. If you are collecting in person, your wines will be waiting at the Harwick Street',
    'shop from the 16th, with a glass poured while you wait.',
  ),
];
const mWines = [
  [
    'Villa Serrana 2023 Verdicchio',
    j(
      'Bright, saline and a little bitter at the finish in the best Italian way, with lemon pith, fennel and almond. Twelve months',
      'on its lees give it more weight than you might expect. Drink it now with anything from the sea.',
    ),
  ],
  [
    'Domaine Aubrac 2022 Chenin Blanc',
    j(
      'From old vines on flint and clay, this is honeyed on the nose but bone dry on the palate, with quince, chamomile and a streak of',
      'acidity that will carry it for another eight years. Open one now and hide the other.',
    ),
  ],
  [
    'Kestrel Bay 2024 Albariño',
    j(
      'The youngest wine in the box and the most exuberant: white peach, lime and sea spray. It is the bottle to open on the first',
      'evening the garden table comes out.',
    ),
  ],
] as const;
const mSurprise = [
  j(
    'The surprise is a half bottle of Quinta do Lenço 10 Year Old Tawny Port, which we tasted at the trade fair in February and could not',
    'stop talking about. Walnuts, orange marmalade and toffee, with a fresh edge that keeps it from cloying. Serve it lightly chilled.',
  ),
];
const mEvents = [
  'Saturday, April 11: Spring whites tasting at Harwick Street, 2 to 5 pm, free for members.',
  'Thursday, May 7: Port and cheese evening with Quinta do Lenço’s winemaker, £25, places limited to 30.',
];
const mMore = j(
  'A reminder that members can swap any wine in the box for another of the same price until the 10th. Just reply to this email or',
  'call the shop, and tell us if you would rather we chose for you. Every swap is noted, and it helps us pick next quarter’s wines.',
);
const mClose = 'Until next time, happy drinking.';
const mSign = 'Hedda Marlow, Club Director';
const mBody = [...mIntro, ...mWines.map(([, t]) => t), ...mSurprise, ...mEvents, mMore, mClose];
const mTd = (inner: string): string => `<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0"
cellspacing="0"
style="max-width:100%; min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>
<td valign="top" class="mcnTextContent" style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px;">
${inner}
</td></tr></tbody></table></td></tr></tbody></table>`;
const mHtml = `<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Spring Shipment: Three Whites and a Surprise</title><meta property="og:title" content="Spring Shipment: Three Whites and a Surprise">
<meta property="og:description" content="Your spring shipment is on its way"><meta property="og:url"
content="https://mailchi.example/harwickcellarclub/spring-shipment">
<style type="text/css">p{margin:10px 0;padding:0;} #bodyTable{height:100%;margin:0;padding:0;width:100%;} .mcnTextContent{word-break:break-word;}</style>
<script type="text/javascript">var fbLoaded=false;function loadFacebook(){fbLoaded=true;}</script></head>
<body style="height:100%;margin:0;padding:0;width:100%;"><div id="awesomewrap"><div id="awesomebar"><div class="awesomebar-inner">
<a href="https://us4.campaign-archive.example/home/?u=8ac1&id=31f" title="Subscribe" class="subscribe">Subscribe</a>
<a href="https://us4.campaign-archive.example/home/?u=8ac1&id=31f" title="Past Issues" class="past-issues">Past Issues</a>
<a href="#" class="translate">Translate</a><a href="https://us4.campaign-archive.example/feed?u=8ac1&id=31f" class="rss">RSS</a></div></div></div>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign="top"
id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader">${mTd('<p>Your spring shipment is on its way</p>')}
${mTd('<a href="https://us4.campaign-archive.example/?u=8ac1&id=b2" target="_blank">View this email in your browser</a>')}</td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tbody class="mcnImageBlockOuter"><tr><td class="mcnImageContent"
valign="top"><img align="center" alt="Harwick Cellar Club" src="https://mcusercontent.example/8ac1/images/club-logo.png" width="300" class="mcnImage"></td>
</tr></tbody></table></td></tr>
<tr><td valign="top" id="templateBody">
${mTd(`<h1>${mTitle}</h1>
${mIntro.map((p) => `<p>${p}</p>`).join('\n')}`)}
${mTd(`<h2>This Quarter’s Wines</h2>
${mWines.map(([h, t]) => `<h3>${h}</h3>\n<p>${t}</p>`).join('\n')}`)}
<table class="mcnImageBlock" width="100%"><tbody class="mcnImageBlockOuter"><tr><td class="mcnImageContent" valign="top"><img alt=""
src="https://mcusercontent.example/8ac1/images/spring-box.jpg"
width="564" class="mcnImage"></td></tr><tr><td
class="mcnCaptionBottomContent"><p>This quarter’s box, packed and ready. Photo: Leo Farrant</p></td></tr></tbody></table>
${mTd(`<h2>And the Surprise</h2>
${mSurprise.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Dates for Your Diary</h2>
<ul>${mEvents.map((e) => `<li>${e}</li>`).join('\n')}</ul>
<p>${mMore}</p>
<p>${mClose}</p><p>Cheers,<br>${mSign}</p>`)}
<table class="mcnButtonBlock" width="100%"><tbody class="mcnButtonBlockOuter"><tr><td class="mcnButtonBlockInner" align="center"><table
class="mcnButtonContentContainer">
<tr><td class="mcnButtonContent"><a class="mcnButton" title="Manage my membership"
href="https://harwickcellar.example/club/account">Manage my membership</a></td></tr>
</table></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tbody class="mcnFollowBlockOuter"><tr><td class="mcnFollowContent">
<a href="https://www.instagram.example/harwickcellar">Instagram</a> <a href="https://harwickcellar.example">Website</a></td></tr></tbody></table>
${mTd(`<em>Copyright © 2026 Harwick Cellar Club, All rights reserved.</em><br>
You are receiving this email because you are a member of the Harwick Cellar Club.<br>
<br><strong>Our mailing address is:</strong><br>Harwick Cellar Club, 22 Harwick Street, Dunmere DM4 7QA<br><br>Want to change how you receive these emails?<br>
You can <a href="https://harwickcellar.us4.list-manage.example/profile">update your preferences</a> or
<a href="https://harwickcellar.us4.list-manage.example/unsubscribe">unsubscribe from this list</a>.`)}
<table class="mcnImageBlock"><tr><td class="mcnImageContent"><a href="http://www.mailchimp.example/monkey-rewards/?utm_source=freemium_newsletter">
<img src="https://cdn-images.mailchimp.example/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Intuit Mailchimp"></a></td></tr></table>
</td></tr></table></td></tr></table></center>
<script src="https://us4.campaign-archive.example/js/mailchimp/fancyzoom.mc.js"></script></body></html>`;
const mailchimp: TestPage = {
  name: 'heldout363-mailchimp-wine-club-newsletter',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: ['This Quarter’s Wines', ...mWines.map(([h]) => h), 'And the Surprise', 'Dates for Your Diary'],
  body: texts(mBody),
  bylines: [mSign],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Past Issues', 'Translate', 'RSS', 'Your spring shipment is on its way', 'View this email in your browser',
    'This quarter’s box, packed and ready. Photo: Leo Farrant', 'Manage my membership', 'Instagram', 'Website',
    'Copyright © 2026 Harwick Cellar Club, All rights reserved.', 'You are receiving this email because you are a member of the Harwick Cellar Club.',
    'Our mailing address is:', 'Harwick Cellar Club, 22 Harwick Street, Dunmere DM4 7QA', 'Want to change how you receive these emails?',
    'You can update your preferences or unsubscribe from this list.',
  ],
};

const pTitle = 'Stuck at 1.030 after ten days: repitch or wait?';
type Post = { id: number; user: string; rank: string; posts: string; joined: string; time: string; paras: string[]; sig: string; quote?: [string, string] };
const pPosts: Post[] = [
  {
    id: 48110,
    user: 'kettle_and_crown',
    rank: 'Brewer',
    posts: '64',
    joined: 'Tue Sep 12, 2023 9:40 pm',
    time: 'Sat Feb 14, 2026 6:02 pm',
    sig: 'Fermenting: oatmeal stout. Conditioning: nothing, sadly.',
    paras: [
      j(
        'Just brewed my third all-grain batch, a 23 litre English brown ale. OG was 1.052, pitched one packet of dry English ale yeast, no',
        'rehydration, wort at about 20 °C. Airlock was busy for three days and then just stopped.',
      ),
      j(
        'Gravity has sat at 1.030 for the last four days, checked with a hydrometer, not a refractometer. The fermenter is in the garage',
        'and I think it has been dropping to 12 or 13 °C at night.',
      ),
      'Should I pitch more yeast or just be patient? The recipe was 15 percent crystal malt if that matters.',
    ],
  },
  {
    id: 48114,
    user: 'Old Sparger',
    rank: 'Moderator',
    posts: '9,870',
    joined: 'Fri Jan 08, 2010 10:15 am',
    time: 'Sat Feb 14, 2026 7:21 pm',
    sig: 'Brewing since 1994. Still learning.',
    quote: ['kettle_and_crown', 'I think it has been dropping to 12 or 13 °C at night.'],
    paras: [
      j(
        'That is your answer right there. English ale strains sulk below about 16 °C, and a lot of them will drop out of suspension and',
        'call it a day if the temperature swings like that.',
      ),
      j(
        'Before you repitch, bring the fermenter indoors somewhere around 19 to 20 °C and give it a gentle swirl to rouse the yeast back',
        'up. Do not splash it, you do not want oxygen in there now. Give it three or four days and check again.',
      ),
      j(
        'Also, with 15 percent crystal your final gravity was never going to be very low. I would expect 1.016 to 1.018 from that',
        'recipe, so do not chase 1.010.',
      ),
    ],
  },
  {
    id: 48131,
    user: 'brewsmith_ellie',
    rank: 'Brewer',
    posts: '412',
    joined: 'Wed Mar 30, 2022 4:02 pm',
    time: 'Sun Feb 15, 2026 9:48 am',
    sig: '',
    paras: [
      j(
        'Agree with the above. If rousing does not work after a few days, pitch an actively fermenting starter rather than dry yeast',
        'straight in. Yeast going into a beer that already has alcohol in it needs to be awake and hungry.',
      ),
      'A cheap aquarium heater in a tub of water around the fermenter fixed my garage problems for good.',
    ],
  },
  {
    id: 48177,
    user: 'kettle_and_crown',
    rank: 'Brewer',
    posts: '64',
    joined: 'Tue Sep 12, 2023 9:40 pm',
    time: 'Thu Feb 19, 2026 8:30 pm',
    sig: 'Fermenting: oatmeal stout. Conditioning: nothing, sadly.',
    paras: [
      j(
        'Update for anyone finding this later: moved it into the airing cupboard, swirled it, and the airlock started up again within a day.',
        'Now at 1.017 and stable for three days. Bottling on Saturday. Thanks all!',
      ),
    ],
  },
];
const pNav = ['Quick links', 'FAQ', 'Login', 'Register'];
const pCrumb = ['Board index', 'Brewing', 'Fermentation & Yeast'];
const pHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${pTitle} - Brewers’ Bench</title>
<link rel="canonical" href="https://brewersbench.example/viewtopic.php?t=9213"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=88"
rel="stylesheet">
<script>var phpbb = {}; phpbb.plupload = {};</script></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Brewers’ Bench</h1><p>The home of British homebrewing since 2008</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search"><fieldset><input name="keywords"
id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny" placeholder="Search…"></fieldset></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">${links(pNav)}</ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" itemscope
itemtype="https://schema.org/BreadcrumbList">
${pCrumb
  .map(
    (c, i) => `<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="./viewforum.php?f=${i}"
itemprop="item"><span itemprop="name">${c.replace('&', '&amp;')}</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('\n')}</li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=9213">${pTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=9213" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${pPosts
  .map(
    (p, i) => `<div id="p${p.id}" class="post has-profile ${i % 2 ? 'bg1' : 'bg2'}"><div class="inner"><dl class="postprofile" id="profile${p.id}">
<dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${p.id}" class="username">${p.user}</a></dt>
<dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=${p.id}">${p.posts}</a></dd>
<dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl>
<div class="postbody"><div id="post_content${p.id}"><h3${i === 0 ? ' class="first"' : ''}><a href="#p${p.id}">${i === 0 ? '' : 'Re: '}${pTitle}</a></h3>
<ul class="post-buttons"><li><a href="./posting.php?mode=quote&amp;p=${p.id}" title="Reply with quote" class="button
button-icon-only"><span>Quote</span></a></li></ul>
<p class="author"><span class="responsive-hide">by <strong><a href="./memberlist.php?u=${p.id}" class="username">${p.user}</a></strong> » </span>
<time datetime="2026-02-14T18:02:00+00:00">${p.time}</time></p><div class="content">${
      p.quote
        ? `<blockquote><div><cite><a href="#">${p.quote[0]}</a> wrote: <span
class="responsive-hide">${pPosts[0]?.time ?? ''}</span></cite>${p.quote[1]}</div></blockquote>`
        : ''
    }${p.paras.join('<br>\n<br>\n')}</div>
${p.sig ? `<div id="sig${p.id}" class="signature">${p.sig}</div>` : ''}</div></div><div class="back2top"><a href="#top" class="top"
title="Top">Top</a></div></div></div>
<hr class="divider">`,
  )
  .join('\n')}
<div class="action-bar bar-bottom"><a href="./posting.php?mode=reply&amp;t=9213" class="button"><span>Post Reply</span></a></div>
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=2" class="left-box arrow-left"
accesskey="r">Return to “Fermentation &amp;
Yeast”</a></p></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer
linklist">
${links(['Privacy', 'Terms', 'Delete cookies', 'All times are UTC'])}</ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by phpBB® Forum Software © phpBB Limited</span></p></div></div></div>
<div id="phpbb_cookie_notice" class="cookie-notice"><p>This board uses cookies to keep you logged in and count visits.</p><a href="#"
class="button">Got it!</a></div>
<script src="./assets/javascript/core.js?assets_version=88"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout363-phpbb-homebrew-thread',
  kind: 'forum',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pPosts.flatMap((p) => p.paras)),
  bylines: [...new Set(pPosts.flatMap((p) => [p.user, p.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brewers’ Bench', 'The home of British homebrewing since 2008', 'Skip to content', ...pNav, ...pCrumb, 'Post Reply', '4 posts • Page 1 of 1',
    `Re: ${pTitle}`, 'Quote', 'Brewer', 'Moderator', 'Posts:', 'Joined:', ...pPosts.flatMap((p) => [p.posts, p.joined]).filter((t) => t.length > 2), 'wrote:',
    ...pPosts.flatMap((p) => (p.sig ? [p.sig] : [])), 'Top', 'Return to “Fermentation & Yeast”', 'Who is online',
    'Users browsing this forum: No registered users and 3 guests', 'Privacy', 'Terms', 'Delete cookies', 'All times are UTC',
    'Powered by phpBB® Forum Software © phpBB Limited', 'This board uses cookies to keep you logged in and count visits.', 'Got it!',
  ],
};

export const HELDOUT363_D: readonly TestPage[] = [mailchimp, phpbb];
