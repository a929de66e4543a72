import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, st } from './pages-heldout382-kit.js';

/**
 * Held-out batch 382, file d: a poem-of-the-day newsletter issue on a Mailchimp-style campaign archive page (archive bar,
 * table layout with mcn blocks, preheader, poet's note, poet bio, forward and social blocks, list footer) and a song meaning
 * thread on a phpBB prosilver board (site header, breadcrumbs, action bars, post profiles, a quoted reply, signatures,
 * jump box, who is online, footer).
 */
const nPoem = [
  st('My father drew the coast from memory,', 'each inlet pencilled where he thought it ought to be,', 'the harbour wider than it ever was.'),
  st('He gave the headland to his brother,', 'who had drowned there, and a lighthouse', 'to the bay where no one ever built one.'),
  st('I keep the map folded in a drawer.', 'When people ask me where I grew up', 'I tell them: somewhere slightly to the left of true,'),
  st('where the water is kinder than the charts,', 'and every rock has someone’s name.'),
];
const nNote = [
  j(
    '“I wrote this poem after finding a hand-drawn map in my father’s tool chest, a year after he died. He was a ferry engineer',
    'who never drew anything, so the map was a shock: a coastline that was almost right, with a few deliberate kindnesses in it.',
  ),
  j(
    'I wanted the poem to be as slightly wrong as the map. The line breaks fall a beat early, the way he would start a sentence',
    'and then change his mind. The last line is the only one I am sure of.”',
  ),
  j(
    '“People sometimes ask whether the map was a mistake or a gift. I think it was both. He put his brother back on the headland',
    'and built a lighthouse where we needed one, and that is what a father does when he cannot change the sea.”',
  ),
];
const nBio = j(
  'Ottilie Brask is the author of two collections, Slack Water and The Weight of Nets. She teaches at the Kelsey Road Writers’ Workshop',
  'and lives on the east coast of Anmark.',
);
const nHtml = `<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8">
<meta property="og:title" content="Poem of the Day: The Cartographer’s Daughter by Ottilie Brask">
<title>Poem of the Day: The Cartographer’s Daughter by Ottilie Brask</title>
<style type="text/css">#outlook a{padding:0;} .mcnTextContent{word-break:break-word;}</style>
<script type="text/javascript">var campaignUrl = "https://us7.campaign-archive.example/?u=7c1e&id=91ab";</script></head>
<body><div id="awesomewrap"><div id="awesomebar"><div class="wrap"><a href="/home/?u=7c1e" id="awesome-logo">Linden Verse Society</a>
<ul id="awesomebar-links">${links(['Subscribe', 'Past Issues', 'Translate', 'RSS'])}</ul></div></div></div>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" valign="top">
<p>A map that was almost right.</p></td><td class="mcnTextContent" valign="top"><a href="*|ARCHIVE|*">View this email in your browser</a></td></tr>
</table></td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tr><td class="mcnImageContent" valign="top">
<img align="center" alt="Poem of the Day" src="https://mcusercontent.example/7c1e/images/potd_header.png" width="564" class="mcnImage"></td></tr></table>
<table class="mcnTextBlock"><tr><td class="mcnTextContent"><p class="potd-date">Poem of the Day · March 9, 2026</p></td></tr></table></td></tr>
<tr><td valign="top" id="templateBody"><table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" valign="top" style="padding: 9px 18px;">
<h1>The Cartographer’s Daughter</h1><h3>by Ottilie Brask</h3>
${ps(nPoem)}
</td></tr></table><table class="mcnDividerBlock" width="100%"><tr><td class="mcnDividerBlockInner"><span></span></td></tr></table>
<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent" valign="top"><h2>About This Poem</h2>
${ps(nNote)}
</td></tr></table><table class="mcnTextBlock mcnBoxedTextBlock" width="100%"><tr><td class="mcnTextContent" style="background-color:#F4F1EA;">
<h4>About the Poet</h4><p>${nBio}</p></td></tr></table>
<table class="mcnButtonBlock" width="100%"><tr><td class="mcnButtonContent"><a class="mcnButton" href="https://lindenverse.example/support">Support Poem of
the Day</a></td></tr></table>
<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent"><p>Know someone who would enjoy a poem in their inbox every morning?
<a href="*|FORWARD|*">Forward this email to a friend</a>.</p></td></tr></table></td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tr><td class="mcnFollowContent">
<a href="https://lindenverse.example">Website</a> <a href="https://social.example/lindenverse">Instagram</a></td></tr></table>
<table class="mcnTextBlock" width="100%"><tr><td class="mcnTextContent"><em>Copyright © 2026 The Linden Verse Society, All rights reserved.</em><br>
You are receiving this email because you signed up for Poem of the Day at lindenverse.example.<br><br>
<strong>Our mailing address is:</strong><br>The Linden Verse Society · 40 Quarry Lane · Halloway, AN 20117<br><br>
Want to change how you receive these emails?<br>You can <a href="*|UPDATE_PROFILE|*">update your preferences</a> or
<a href="*|UNSUB|*">unsubscribe from this list</a>.</td></tr></table></td></tr></table></td></tr></table></center>
<script src="https://us7.campaign-archive.example/js/mailchimp/fancyzoom.mc.js"></script></body></html>`;
const newsletter: TestPage = {
  name: 'heldout382-mailchimp-poem-of-the-day-archive',
  kind: 'blog',
  html: nHtml,
  title: 'The Cartographer’s Daughter',
  headings: ['About This Poem'],
  body: texts([...nPoem, ...nNote]),
  bylines: ['Poem of the Day · March 9, 2026', 'by Ottilie Brask'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Linden Verse Society', 'Subscribe', 'Past Issues', 'Translate', 'RSS', 'A map that was almost right.', 'View this email in your browser',
    'About the Poet', nBio, 'Support Poem of the Day', 'Know someone who would enjoy a poem in their inbox every morning?',
    'Forward this email to a friend', 'Website', 'Instagram', 'Copyright © 2026 The Linden Verse Society, All rights reserved.',
    'You are receiving this email because you signed up for Poem of the Day at lindenverse.example.', 'Our mailing address is:',
    'The Linden Verse Society · 40 Quarry Lane · Halloway, AN 20117', 'Want to change how you receive these emails?', 'update your preferences',
    'unsubscribe from this list',
  ],
};

const tTitle = 'What is “The Ninth Bell” by Harrowgate Choir actually about?';
const tPosts: readonly (readonly [string, string, string, string, readonly string[]])[] = [
  [
    '5512',
    'wrenfield',
    'Tue Feb 10, 2026 9:14 pm',
    'Posts: 412',
    [
      j(
        'I have had this song on repeat for a week and I still cannot work out what happens in it. The first verse is a wedding, the',
        'second is clearly a funeral, and the chorus just keeps counting bells up to nine.',
      ),
      j(
        'My guess is that the nine bells are the nine tailors, the old custom of ringing nine strokes when a man died in the parish.',
        'But then why is the wedding there at all? Is it the same man?',
      ),
    ],
  ],
  [
    '5519',
    'Marl_and_Reed',
    'Tue Feb 10, 2026 10:02 pm',
    'Posts: 2087',
    [
      j(
        'You are right about the nine tailors. The singer, Bram Oakes, grew up in a bell-ringing family and has talked about it in',
        'interviews. In the old Tarnmoor custom the bell was tolled nine times for a man, six for a woman and three for a child, and',
        'then once for every year of the person’s age.',
      ),
      j(
        'I read the wedding verse as a flashback. The same bells that rang for his wedding are now ringing for him, and the narrator',
        'is the widow standing in the same churchyard forty years later. Listen to the line about “the same rope, the same hands”.',
      ),
    ],
  ],
  [
    '5523',
    'cantorial',
    'Wed Feb 11, 2026 7:45 am',
    'Posts: 96',
    [
      'the narrator is the widow standing in the same churchyard forty years later',
      j(
        'I always heard it the other way round: the narrator is the bell-ringer, not the widow. He rang at the wedding as a young man',
        'and now he is ringing for his friend. That is why the chorus counts the strokes out loud. Whoever sings it has to keep time.',
      ),
      'Either way it is the saddest song on the album, and I cannot listen to it on the bus any more.',
    ],
  ],
  [
    '5530',
    'wrenfield',
    'Wed Feb 11, 2026 6:20 pm',
    'Posts: 412',
    [
      j(
        'The bell-ringer reading makes a lot of sense, especially with the count in the chorus. I went back and the last chorus',
        'goes past nine and stops at sixty-three, which would be his age. Thank you both, I am going to have to sit down for a bit.',
      ),
    ],
  ],
];
const tSig = ['Sing it like nobody is counting.', 'Tower captain, St Aldric’s, Tarnmoor', 'Now playing: everything by Harrowgate Choir'];
const tHtml = `<!DOCTYPE html><html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>What is “The Ninth Bell” by Harrowgate Choir actually about? - Songlines Forum</title>
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet"></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description">
<a id="logo" class="logo" href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>Songlines Forum</h1>
<p>What the words mean, one song at a time</p><p class="skiplink"><a href="#start_here">Skip to content</a></p></div>
<div id="search-box" class="search-box search-header" role="search"><form action="./search.php" method="get" id="search">
<input name="keywords" id="keywords" type="search" class="inputbox search tiny" placeholder="Search…"></form></div></div></div>
<div class="navbar" role="navigation"><div class="inner"><ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu"><a href="#" class="dropdown-trigger"><span>Quick links</span></a></li>
<li><a href="/app.php/help/faq" rel="help" title="Frequently Asked Questions"><span>FAQ</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=login" title="Login"><span>Login</span></a></li>
<li class="rightside"><a href="./ucp.php?mode=register"><span>Register</span></a></li></ul>
<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs">
<span class="crumb"><a href="./index.php" accesskey="h"><span>Board index</span></a></span>
<span class="crumb"><a href="./viewforum.php?f=3"><span>Song Meanings</span></a></span></li></ul></div></div></div>
<a id="start_here" class="anchor"></a><div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=1207">${tTitle}</a></h2>
<div class="action-bar bar-top"><a href="./posting.php?mode=reply&amp;t=1207" class="button" title="Post a reply"><span>Post Reply</span></a>
<div class="search-box" role="search"><input class="inputbox search tiny" type="search" placeholder="Search this topic…"></div>
<div class="pagination">4 posts • Page <strong>1</strong> of <strong>1</strong></div></div>
${tPosts
  .map(
    ([id, u, d, n, paras], i) => `<div id="p${id}" class="post has-profile ${i % 2 === 0 ? 'bg2' : 'bg1'}"><div class="inner">
<dl class="postprofile" id="profile${id}"><dt class="has-profile-rank no-avatar"><a href="./memberlist.php?mode=viewprofile&amp;u=${30 + i}"
class="username">${u}</a></dt><dd class="profile-posts"><strong>${n.split(': ')[0]}:</strong> ${n.split(': ')[1]}</dd></dl>
<div class="postbody"><div id="post_content${id}"><h3 ${i === 0 ? 'class="first"' : ''}>
<a href="./viewtopic.php?p=${id}#p${id}">${i === 0 ? tTitle : `Re: ${tTitle}`}</a></h3>
<p class="author"><a class="unread" href="./viewtopic.php?p=${id}#p${id}" title="Post"><span class="sr-only">Post</span></a>
<span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile&amp;u=${30 + i}" class="username">${u}</a></strong> » </span>${d}</p>
<div class="content">${
      i === 2
        ? `<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile&amp;u=31">Marl_and_Reed</a> wrote: <a href="./viewtopic.php?p=5519#p5519"
data-post-id="5519">↑</a></cite>${paras[0] ?? ''}</div></blockquote>${paras.slice(1).join('<br><br>\n')}`
        : paras.join('<br><br>\n')
    }</div>
${i < 3 ? `<div id="sig${id}" class="signature">${tSig[i] ?? ''}</div>` : ''}</div></div>
<div class="back2top"><a href="#top" class="top" title="Top"><span class="sr-only">Top</span></a></div></div></div><hr class="divider">`,
  )
  .join('\n')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=3" class="left-box arrow-left">Return to “Song Meanings”</a></p>
<div class="jumpbox dropdown-container"><span class="button">Jump to</span></div></div>
<div class="stat-block online-list"><h3>Who is online</h3><p>Users browsing this forum: No registered users and 2 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><ul id="nav-footer" class="nav-footer linklist">
${links(['Board index', 'Contact us', 'The team', 'Delete cookies'])}<li>All times are <span title="UTC">UTC</span></li></ul></div>
<div class="copyright"><p class="footer-row">Powered by phpBB® Forum Software © phpBB Limited</p>
<p class="footer-row" role="menu">
<a class="footer-link" href="./ucp.php?mode=privacy">Privacy</a> | <a class="footer-link" href="./ucp.php?mode=terms">Terms</a></p>
</div></div></div><div id="phpbb_alert" class="phpbb_alert"><p class="alert_text"></p></div>
<script src="./assets/javascript/core.js?assets_version=41"></script></body></html>`;
const phpbb: TestPage = {
  name: 'heldout382-phpbb-song-meaning-thread',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tPosts.flatMap(([, , , , p]) => p)),
  bylines: [...new Set(tPosts.flatMap(([, u, d]) => [u, d]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Songlines Forum', 'What the words mean, one song at a time', 'Skip to content', 'Quick links', 'FAQ', 'Login', 'Register', 'Board index',
    'Song Meanings', 'Post Reply', '4 posts • Page 1 of 1', 'Posts: 412', 'Posts: 2087', 'Posts: 96', `Re: ${tTitle}`, 'wrote:', ...tSig,
    'Return to “Song Meanings”', 'Jump to', 'Who is online', 'Users browsing this forum: No registered users and 2 guests', 'Contact us', 'The team',
    'Delete cookies', 'All times are UTC', 'Powered by phpBB® Forum Software © phpBB Limited', 'Privacy', 'Terms',
  ],
};

export const HELDOUT382_D: readonly TestPage[] = [newsletter, phpbb];
