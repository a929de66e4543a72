import { type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout455-kit.js';

/**
 * Held-out batch 455, file d: a radio club's phpBB (prosilver) thread with four posts, a quote, signatures and profile boxes,
 * and an observatory's public night page built with Wix, with its free-site ad banner and cookie bar.
 */
const tTitle = 'Antenna for a small lot with HOA rules?';
type Post = {
  id: number;
  user: string;
  rank: string;
  posts: string;
  joined: string;
  time: string;
  paras: string[];
  quote?: [string, string, string];
  sig?: string;
};
const tPosts: Post[] = [
  {
    id: 10442,
    user: 'KB3WRX',
    rank: 'Member',
    posts: '112',
    joined: 'Sat Mar 02, 2024 7:12 pm',
    time: 'Mon Mar 01, 2027 8:14 pm',
    paras: [
      j(
        'We just moved into a townhouse with a 30 by 60 foot back yard and an HOA that bans anything visible from the street.',
        'I would like to get back on 40 and 20 metres, mostly FT8 and some SSB. What has worked for people in the same situation?',
      ),
      'The yard has one maple about 35 feet tall at the back fence, and the attic is a low truss attic with foil-backed insulation.',
    ],
    sig: '73 de Mike KB3WRX',
  },
  {
    id: 10447,
    user: 'W3OLQ',
    rank: 'Club Officer',
    posts: '2048',
    joined: 'Tue Jan 10, 2017 9:40 am',
    time: 'Mon Mar 01, 2027 9:02 pm',
    paras: [
      j(
        'Use the maple. A 66-foot end-fed wire with a 49:1 transformer at the fence, run up into the tree with a throw line, will',
        'cover 40 through 10 and is nearly invisible in thin black wire. Put the transformer in a small box painted brown.',
      ),
      'Forget the attic with foil-backed insulation. It will eat the signal and you will fight RF in the house.',
    ],
  },
  {
    id: 10451,
    user: 'N3VHD',
    rank: 'Member',
    posts: '356',
    joined: 'Sun Aug 04, 2019 3:15 pm',
    time: 'Tue Mar 02, 2027 6:48 am',
    quote: ['W3OLQ wrote: ↑ Mon Mar 01, 2027 9:02 pm', 'Use the maple.', 'W3OLQ'],
    paras: [
      j(
        'Seconded. I ran an end-fed in a pin oak for six years under the same HOA rules two streets over and nobody ever noticed.',
        'Run a counterpoise along the fence line and add a choke at the shack end, and you will be fine at 100 watts.',
      ),
    ],
    sig: 'Dave N3VHD - NSRS repeater trustee',
  },
  {
    id: 10460,
    user: 'KB3WRX',
    rank: 'Member',
    posts: '112',
    joined: 'Sat Mar 02, 2024 7:12 pm',
    time: 'Sat Mar 06, 2027 5:31 pm',
    paras: [
      j(
        'Update: the wire went up this afternoon at about 32 feet. SWR is under 2:1 on 40, 20 and 15 with the radio’s tuner, and my',
        'first FT8 contact was with a station in Portugal. Thanks all!',
      ),
    ],
    sig: '73 de Mike KB3WRX',
  },
];
const tPost = (p: Post, first: boolean): string => `<div id="p${p.id}" class="post has-profile bg${first ? 2 : 1}"><div class="inner">
<dl class="postprofile" id="profile${p.id}"><dt class="has-profile-rank no-avatar"><div class="avatar-container"></div><a
href="./memberlist.php?mode=viewprofile&amp;u=${p.posts}"
class="username">${p.user}</a></dt><dd class="profile-rank">${p.rank}</dd><dd class="profile-posts"><strong>Posts:</strong> <a
href="./search.php?author_id=1">${p.posts}</a>
</dd><dd class="profile-joined"><strong>Joined:</strong> ${p.joined}</dd></dl><div class="postbody"><div id="post_content${p.id}">
<h3${first ? ' class="first"' : ''}><a href="#p${p.id}">${first ? '' : 'Re: '}${tTitle}</a></h3><ul class="post-buttons"><li><a
href="./posting.php?mode=quote&amp;p=${p.id}"
title="Reply with quote" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span
class="sr-only">Quote</span></a></li></ul>
<p class="author"><a class="unread" href="./viewtopic.php?p=${p.id}#p${p.id}" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md"
aria-hidden="true"></i>
<span class="sr-only">Post</span></a><span class="responsive-hide">by <strong><a href="./memberlist.php?mode=viewprofile"
class="username">${p.user}</a></strong>
&raquo; </span><time datetime="2027-03-02T01:14:55+00:00">${p.time}</time></p><div class="content">${
  p.quote === undefined
    ? ''
    : `<blockquote><div><cite>
<a href="./memberlist.php?mode=viewprofile">${p.quote[2]}</a> wrote: <a href="./viewtopic.php?p=10447#p10447" data-post-id="10447">↑</a><span
class="responsive-hide">
Mon Mar 01, 2027 9:02 pm</span></cite>${p.quote[1]}</div></blockquote>`
}${p.paras.join('<br><br>')}</div>
${p.sig === undefined ? '' : `<div id="sig${p.id}" class="signature">${p.sig}</div>`}</div></div><div class="back2top"><a href="#top" class="top" title="Top">
<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div></div></div><hr class="divider">`;
const tCrumbs = ['Board index', 'Technical', 'Antennas & Towers'];
const tHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-gb"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width,
initial-scale=1"><title>${tTitle} - North Shire Radio Society</title><link rel="canonical" href="https://forum.nsrs.example.org/viewtopic.php?t=2291">
<link href="./assets/css/font-awesome.min.css?assets_version=61" rel="stylesheet"><link href="./styles/prosilver/theme/stylesheet.css?assets_version=61"
rel="stylesheet">
</head><body id="phpbb" class="nojs notouch section-viewtopic ltr "><div id="wrap" class="wrap"><a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><a id="logo" class="logo"
href="./index.php" title="Board index"><span class="site_logo"></span></a><h1>North Shire Radio Society</h1><p>Forum for members and friends of the NSRS</p>
<p class="skiplink"><a href="#start_here">Skip to content</a></p></div><div id="search-box" class="search-box search-header" role="search"><form
action="./search.php"
method="get" id="search"><fieldset><input name="keywords" id="keywords" type="search" maxlength="128" title="Search for keywords" class="inputbox search tiny"
size="20"
value="" placeholder="Search…"><button class="button button-search" type="submit" title="Search"><i class="icon fa-search fa-fw" aria-hidden="true"></i>
<span class="sr-only">Search</span></button></fieldset></form></div></div></div><div class="navbar" role="navigation"><div class="inner"><ul id="nav-main"
class="nav-main linklist" role="menubar"><li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#"
class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>Quick links</span></a></li><li data-skip-responsive="true"><a
href="/app.php/help/faq"
rel="help" title="Frequently Asked Questions" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>FAQ</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=login" title="Login" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw"
aria-hidden="true"></i><span>Login</span></a></li><li class="rightside" data-skip-responsive="true"><a href="./ucp.php?mode=register" role="menuitem">
<i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>Register</span></a></li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist
navlinks"
role="menubar"><li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">${tCrumbs
  .map(
    (c, i) => `<span class="crumb"
itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope><a href="./viewforum.php?f=${i}" itemprop="item"><span
itemprop="name">${c.replace('&', '&amp;')}
</span></a><meta itemprop="position" content="${i + 1}"></span>`,
  )
  .join('')}</li></ul></div></div></div><a id="start_here" class="anchor"></a>
<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="./viewtopic.php?t=2291">${tTitle}</a></h2><div class="action-bar bar-top">
<a href="./posting.php?mode=reply&amp;t=2291" class="button" title="Post a reply"><span>Post Reply</span> <i class="icon fa-reply fa-fw"
aria-hidden="true"></i></a>
<div class="pagination">4 posts &bull; Page <strong>1</strong> of <strong>1</strong></div></div>
${tPosts.map((p, i) => tPost(p, i === 0)).join('\n')}
<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="./viewforum.php?f=4" class="left-box arrow-left" accesskey="r"><i class="icon
fa-angle-left fa-fw
icon-black" aria-hidden="true"></i><span>Return to “Antennas &amp; Towers”</span></a></p></div><div class="stat-block online-list"><h3>Who is online</h3>
<p>Users browsing this forum: No registered users and 3 guests</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="navbar" role="navigation"><div class="inner"><ul id="nav-footer" class="nav-footer
linklist"
role="menubar"><li class="rightside">All times are <span title="America/New York">UTC-05:00</span></li><li class="rightside"><a
href="./ucp.php?mode=delete_cookies"
role="menuitem"><span>Delete cookies</span></a></li><li class="rightside"><a href="./memberlist.php?mode=team" role="menuitem"><span>The
team</span></a></li></ul></div></div>
<div class="copyright"><p class="footer-row"><span class="footer-copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB
Limited</span></p>
</div></div></div><script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=61"></script><script
src="./styles/prosilver/template/forum_fn.js"></script>
</body></html>`;
const phpbb: TestPage = {
  name: 'heldout455-hoa-antenna-phpbb',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tPosts.flatMap((p) => [...(p.quote === undefined ? [] : [p.quote[1]]), ...p.paras]),
  bylines: [...new Set(tPosts.map((p) => p.user)), ...tPosts.map((p) => p.time), 'W3OLQ wrote: ↑ Mon Mar 01, 2027 9:02 pm'].filter(
    (t, i, a) => a.indexOf(t) === i,
  ),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'North Shire Radio Society', 'Forum for members and friends of the NSRS', 'Skip to content', 'Search', 'Quick links', 'FAQ', 'Login', 'Register',
    ...tCrumbs, 'Post Reply', '4 posts • Page 1 of 1', 'Member', 'Club Officer', ...[...new Set(tPosts.map((p) => `Posts: ${p.posts}`))],
    ...[...new Set(tPosts.map((p) => `Joined: ${p.joined}`))], `Re: ${tTitle}`, 'Quote', 'Post', 'Top', '73 de Mike KB3WRX', 
    'Dave N3VHD - NSRS repeater trustee',
    'Return to “Antennas & Towers”', 'Who is online', 'Users browsing this forum: No registered users and 3 guests', 'All times are UTC-05:00', 
    'Delete cookies',
    'The team', 'Powered by phpBB® Forum Software © phpBB Limited',
  ],
};

const wTitle = 'Public Observing Nights';
const wBody = [
  j(
    'On clear Friday evenings from April to October, Varrow Hill Observatory opens its dome to the public. You will look through',
    'our 0.5-metre telescope, see the Moon, planets and brighter deep-sky objects, and hear a short talk from one of our volunteers.',
  ),
  'Dates this season',
  'Friday 16 April, 8:30 pm',
  'Friday 14 May, 9:00 pm',
  'Friday 11 June, 9:30 pm',
  'Friday 9 July, 9:30 pm',
  'Before your visit',
  j(
    'Nights go ahead only if the sky is clear enough. We decide by 5 pm on the day and email everyone who has booked. If we cancel,',
    'your ticket moves to the next date or you can ask for a refund.',
  ),
  j(
    'The dome is not heated, so dress as you would for a winter walk, even in June. The observatory is at the end of a gravel track;',
    'please drive slowly and dip your headlights when you reach the car park.',
  ),
  'Tickets are $8 for adults and free for under-16s. Each night is limited to 40 visitors.',
];
const wHeads = [1, 6];
const wNav = ['Home', 'Visit', 'Public Nights', 'Schools', 'Research', 'Support Us'];
const wRich = (tag: string, t: string, font: string): string =>
  `<div data-testid="richTextElement" class="KcpHeO tz5f0K wixui-rich-text" id="comp-${t.length}${tag}"><${tag} class="${font} wixui-rich-text__text"
style="line-height:1.6em;"><span class="wixui-rich-text__text">${t}</span></${tag}></div>`;
const wixHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Wix.com
Website Builder">
<title>Public Nights | Varrow Hill Observatory</title><meta name="description" content="Look through our 0.5-metre telescope on clear Friday evenings.">
<link rel="canonical" href="https://www.varrowhillobservatory.org/public-nights"><meta property="og:site_name" content="Varrow Hill Observatory">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","cookiesManager"],"site":{"metaSiteId":"b81c4a"}}</script>
<style id="css_c1dmp">#comp-kx1{--menuTotalBordersX:0px}#SITE_HEADER{--bg:rgba(12,20,40,1)}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton"
tabindex="0">Skip to Main Content</button><div id="WIX_ADS" class="Y6mV6w ytGGBw"><a data-testid="linkElement" href="https://www.wix.com/lpviral/enviral"
target="_blank" rel="nofollow" class="OB6s5Z"><span class="M8MuTm">This site was designed with the <strong>Wix</strong>.com website builder. Create your website
today.</span><span class="JOgRnY">Start Now</span></a></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage
css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-testid="inline-content" class="wG8dni"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer">
${wRich('p', 'VARROW HILL OBSERVATORY', 'font_6')}
<nav aria-label="Site" id="comp-kx1" class="XwCBRN comp-kx1 wixui-dropdown-menu hidden-during-prewarmup"><ul class="zBrPPP" data-testid="dropdownMenu">
${wNav
  .map(
    (t) => `<li class="aOl4Rh wixui-dropdown-menu__item"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}" class="UiHgGh"><div
class="yRj2ms">
<div class="nvU7FO"><p class="gJBhz9">${t}</p></div></div></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX"><div id="c1dmp" class="dBAkHi
theme-vars c1dmp">
<div class="PFkO7r wN7ob4"></div><div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent"
data-testid="inline-content"><section id="comp-lr1" tabindex="-1" class="Oqnisf comp-lr1 wixui-section" data-block-level-container="ClassicSection">
<div data-testid="inline-content" class="wG8dni"><div data-mesh-id="comp-lr1inlineContent-gridContainer" data-testid="mesh-container-content">
${wRich('h1', wTitle, 'font_0')}
${wRich('p', at(wBody, 0), 'font_8')}
<div id="comp-lr4" class="MazNVa comp-lr4 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lr4" class="HlRz5e BI8PVQ"
data-image-info='{"alignType":"center"}'><img src="https://static.wixstatic.com/media/8b1a2f_dome~mv2.jpg/v1/fill/w_900,h_500/dome.jpg" alt="The dome at
dusk"></wow-image>
</div></div>
${wRich('h2', at(wBody, 1), 'font_2')}
<div data-testid="richTextElement" class="KcpHeO tz5f0K wixui-rich-text" id="comp-lr6"><ul class="font_8 wixui-rich-text__text">${wBody
  .slice(2, 6)
  .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p></li>`)
  .join('')}</ul></div>
<div class="comp-lr7 R6ex7N" id="comp-lr7" aria-disabled="false"><a data-testid="linkElement" href="https://www.varrowhillobservatory.org/book" class="uDW_Qe
wixui-button
PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Book Tickets</span></a></div>
${wRich('h2', at(wBody, 6), 'font_2')}
${wBody
  .slice(7)
  .map((t) => wRich('p', t, 'font_8'))
  .join('\n')}
</div></div></section></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content" class="wG8dni">
${wRich('p', 'Varrow Hill Observatory, 2 Quarry Lane, Hollins Cross', 'font_9')}
${wRich('p', '© 2027 by Varrow Hill Observatory Trust. Proudly created with Wix.com', 'font_9')}
</div></div></footer></div></div></div>
<div id="ccsu-banner-text-container" class="consent-banner" role="dialog" aria-label="Cookie banner"><p id="ccsu-banner-text">This website uses cookies. By
accepting,
you agree to our use of such cookies.</p><a href="/privacy-policy">Privacy Policy</a><button data-hook="ccsu-banner-decline-all">Settings</button>
<button data-hook="ccsu-banner-accept-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.b82b3.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout455-public-nights-wix',
  kind: 'docs',
  html: wixHtml,
  title: wTitle,
  headings: wHeads.map((i) => at(wBody, i)),
  body: texts(wBody.filter((_, i) => !wHeads.includes(i))),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', 'This site was designed with the Wix.com website builder. Create your website today.', 'Start Now', 'VARROW HILL OBSERVATORY',
    ...wNav.filter((t) => t !== wTitle), 'Book Tickets', 'Varrow Hill Observatory, 2 Quarry Lane, Hollins Cross',
    '© 2027 by Varrow Hill Observatory Trust. Proudly created with Wix.com', 'This website uses cookies. By accepting, you agree to our use of such cookies.',
    'Privacy Policy', 'Settings', 'Accept',
  ],
};

export const HELDOUT455_D: readonly TestPage[] = [phpbb, wix];
