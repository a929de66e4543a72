import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout351-kit.js';

/**
 * Held-out batch 351, file e: a rugby club's news post on a Wix site with the Wix Blog (Wix ad banner, header with menu and
 * member login, post header with author, date and reading time, Ricos rich-content blocks, image caption, share bar, views
 * and likes counters, tags, "Recent Posts" rail, comments box, footer) and a netball league's rules page on new Google Sites
 * (site header and nav, banner image, text boxes, collapsible text groups, footer with "Page updated" and "Report abuse").
 */
const wTitle = 'Colts Sevens bring home the Hadley Cup';
const wP1 = [
  j(
    'Our under-18 Colts won the Hadley Sevens for the first time in the club’s history on Sunday, beating Marston Vale 19-12 in a',
    'final played in driving rain at the county ground.',
  ),
  j(
    'Sixteen teams from across three counties entered the tournament, and the Colts were seeded tenth after a difficult autumn in',
    'which they lost several players to injury and to university.',
  ),
];
const wP2 = [
  j(
    'Wins over Brackley Town and Saint Neot’s in the group stage took the Colts through to the quarter-finals, where they met',
    'the holders, Fenmoor. Scrum-half Elliot Baines scored twice in the first half and the defence held firm for the last four',
    'minutes, with Fenmoor camped on our line.',
  ),
  j(
    'The semi-final against Harlow Cross was more comfortable. Winger Tyrese Coombs ran in a hat-trick, the last from inside',
    'his own half, and the Colts won 31-7.',
  ),
];
const wP3 = [
  j(
    'Marston Vale scored first and led 12-5 at half-time. The Colts changed their kick-off strategy in the break, kicking short',
    'and contesting in the air, and it won them two restarts in a row. Baines and captain Noah Pereira both scored from the',
    'possession, and Pereira added the conversion from the touchline.',
  ),
  '“Seven minutes of the best rugby I have seen from a Colts side,” said head coach Shaun Deverill. “They never panicked.”',
];
const wThanks = ['Thanks to everyone who made the day possible:'];
const wList = ['the parents who drove the squad and kit to the ground;', 'physio Kirsty Allen, who stayed for all six games;', 'the minibus fund donors.'];
const wP4 = [
  'The squad will be presented with the cup at the club’s end-of-season dinner on 24 May.',
  j(
    'Sevens training continues on Wednesday evenings through the summer, and any player born in 2008 or 2009 who would like',
    'to try the shorter game is welcome to come along. Boots, a gum shield and a water bottle are all you need; the club',
    'provides training tops, and there is no charge for the first four sessions.',
  ),
];
const wMenu = ['Home', 'News', 'Senior Rugby', 'Minis & Juniors', 'Walking Rugby', 'Hire the Clubhouse', 'Contact'];
const wRecent = ['Vice-presidents’ lunch: tickets now on sale', '2nd XV survive relegation scare', 'Minis festival raises £2,400'];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Colts Sevens bring home the Hadley Cup</title><meta name="generator" content="Wix.com Website Builder">
<meta property="og:title" content="${wTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="Ashbury Park RFC">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","datePublished":"2026-04-13T17:20:00.000Z",
"author":{"@type":"Person","name":"Mel Harcourt"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["blog","members"],"language":"en"}</script></head>
<body><div id="WIX_ADS" class="ytGGBw"><a data-hook="freemium-banner" href="https://www.wix.example/lpviral/enviral">
<span class="jMyQIE">This site was designed with the <b>Wix</b> website builder. Create your website today.</span>
<span class="u2GLzD">Start Now</span></a></div>
<div id="SITE_CONTAINER"><div id="main_MF"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER"><div id="comp-kd2r1zo1" class="BaOVQ8 wixui-rich-text">
<p class="font_0"><span class="wixui-rich-text__text">Ashbury Park RFC</span></p></div>
<nav id="comp-kd2r1zp3" class="StylableHorizontalMenu3372578893" aria-label="Site">
<ul class="itemsContainer">${links(wMenu, 'wixui-horizontal-menu__item')}</ul></nav>
<div id="comp-kd2r1zq0" class="LoginSocialBar"><span class="wixui-login-bar__text">Log In</span></div></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="blog-post-page-font"><article data-hook="post" class="blog-post-page-font">
<div data-hook="post-header"><div class="post-metadata"><span data-hook="user-name" class="blog-link-hover-color">Mel Harcourt</span>
<ul class="post-metadata__list"><li><span data-hook="time-ago" title="13 Apr">13 Apr</span></li><li><span data-hook="time-to-read">2 min read</span></li></ul>
</div><h1 data-hook="post-title" class="blog-post-title-font blog-post-title-color">${wTitle}</h1></div>
<div data-hook="post-description" class="post-content__body"><div class="moHCnT"><div data-rce-version="9.9.6" data-id="rich-content-viewer" class="KvUtf">
${wP1.map((t, i) => `<p dir="auto" class="MMl86 _8l7H- _5ZvAU" data-hook="rcv-block${i + 1}"><span style="font-weight:400">${t}</span></p>`).join('\n')}
<h2 dir="auto" class="H3vOW" id="viewer-a1"><span>Through the group and the holders</span></h2>
${ps(wP2, ' dir="auto" class="MMl86 _8l7H-"')}
<div data-hook="image-viewer"><figure><img src="https://static.wixstatic.example/media/c0lts_sevens.jpg" alt="">
<figcaption data-hook="imageViewerCaption" class="Rz6Hx">The Colts with the Hadley Cup. Photo: Ashbury Park RFC</figcaption></figure></div>
<h2 dir="auto" class="H3vOW" id="viewer-a2"><span>The final</span></h2>
${ps(wP3, ' dir="auto" class="MMl86 _8l7H-"')}
${ps(wThanks, ' dir="auto" class="MMl86 _8l7H-"')}
<ul class="xK2ij">${wList.map((t) => `<li dir="auto"><p class="MMl86">${t}</p></li>`).join('\n')}</ul>
${ps(wP4, ' dir="auto" class="MMl86 _8l7H-"')}
</div></div></div>
<div class="post-footer"><div data-hook="share-buttons"><span>Share Post</span><button aria-label="Share via Facebook">Facebook</button>
<button aria-label="Share via LinkedIn">LinkedIn</button><button aria-label="Copy link">Copy link</button></div>
<nav data-hook="post-tags" aria-label="Tags"><ul><li><a href="/blog/tags/colts">Colts</a></li><li><a href="/blog/tags/sevens">Sevens</a></li></ul></nav>
<div data-hook="post-main-actions"><span data-hook="views-count">148 views</span><span data-hook="comment-count">0 comments</span>
<button data-hook="like-button"><span class="like-button-label">Post not marked as liked</span></button><span data-hook="like-count">12</span></div></div>
</article>
<section data-hook="recent-posts"><h2 class="recent-posts__title">Recent Posts</h2><a href="/blog" class="see-all">See All</a>
<ul>${links(wRecent)}</ul></section>
<section data-hook="comments"><h2>Comments</h2><div data-hook="comment-box"><p>Write a comment...</p></div></section></div></div></main>
<footer id="SITE_FOOTER"><div class="wixui-rich-text"><p>Ashbury Park RFC · Mill Road, Ashbury · Proudly supported by Tolley &amp; Sons Builders</p>
<p>© 2026 by Ashbury Park RFC. Proudly created with Wix.com</p></div></footer></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="consent-banner"><p>This website uses cookies. We use cookies to make our site work
and to improve your experience.</p><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js"></script></body></html>`;
const wix: TestPage = {
  name: 'heldout351-wix-blog-rugby-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: ['Through the group and the holders', 'The final'],
  body: texts([...wP1, ...wP2, ...wP3, ...wThanks, ...wList, ...wP4]),
  bylines: ['Mel Harcourt', '13 Apr', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site was designed with the Wix website builder. Create your website today.', 'Start Now', 'Ashbury Park RFC', 'Senior Rugby',
    'Minis & Juniors', 'Walking Rugby', 'Hire the Clubhouse', 'Contact', 'Log In', 'The Colts with the Hadley Cup. Photo: Ashbury Park RFC', 'Share Post',
    'Facebook', 'LinkedIn', 'Copy link', '148 views', '0 comments', 'Post not marked as liked', 'Recent Posts', 'See All', ...wRecent, 'Comments',
    'Write a comment...', 'Ashbury Park RFC · Mill Road, Ashbury · Proudly supported by Tolley & Sons Builders',
    '© 2026 by Ashbury Park RFC. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to make our site work and to improve your experience.',
    'Settings', 'Accept',
  ],
};

/** A netball league's rules page on new Google Sites. */
const nTitle = 'League Rules 2025/26';
const nIntro = [
  j(
    'These rules apply to all matches in the Lindenfield Evening Netball League. They are in addition to the official rules of',
    'netball, which apply in full except where a league rule below says otherwise. Team captains are responsible for making',
    'sure every player in their squad has read them.',
  ),
];
const nEntry = [
  'Every player must be registered with the league and hold current national governing body membership before she plays.',
  'Squads may have up to twelve registered players. Players may be added until 31 January.',
  'A player may only play for one team in the league in a season, unless the league committee agrees to a transfer.',
];
const nMatch = [
  j(
    'Matches are four quarters of ten minutes, with three minutes between quarters and five minutes at half-time. The first',
    'centre pass is decided by the toss, which the captains take with the umpires before the match.',
  ),
  j(
    'A team must have at least five players on court to start a match, one of whom must play Centre. If a team cannot field',
    'five players ten minutes after the scheduled start, the match is awarded to the opposition 20-0.',
  ),
];
const nUmpires = [
  j(
    'Each team provides one umpire for every match. Umpires must hold at least a Club Award or be working towards one, and',
    'must wear a league umpire bib. Umpires’ decisions on court are final.',
  ),
];
const nPoints = ['Win: 5 points', 'Draw: 3 points', 'Loss by 5 goals or fewer: 1 point', 'Failure to fulfil a fixture: minus 2 points'];
const nConduct = [
  j(
    'Players, coaches and spectators must follow the league’s Code of Conduct at all times. Any complaint about conduct must be',
    'sent in writing to the League Secretary within seven days of the match.',
  ),
];
const nNav = ['Home', 'Fixtures', 'Results & Tables', 'League Rules', 'Umpiring', 'Contact Us'];
const nHtml = `<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8">
<title>Lindenfield Evening Netball League - League Rules</title><meta property="og:title" content="League Rules">
<meta property="og:type" content="website"><meta itemprop="name" content="League Rules"><meta name="referrer" content="origin">
<link rel="stylesheet" href="https://www.gstatic.example/_/atari/_/ss/k=atari.vw.7R57rYYVGiA.L.W.O/d=1/rs=AGEqA5n.css">
<script nonce="x9Yc1">window.WIZ_global_data={"Im6cmf":"/_/atari","QrtxK":"0","S06Grb":""};</script></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d"><div class="Xpil1b xgQ6eb"></div>
<div jsname="ycrHed" class="LqzjUe"><a class="Y0H7Mb" href="#h.p_main">Skip to main content</a><a class="Y0H7Mb" href="#h.p_nav">Skip to navigation</a></div>
<div class="zDUgLc"><header id="atIdViewHeader"><div class="BbxBP"><div class="Brx8od"><a class="GAuSPc" href="/view/lenl/home">
<span class="QTKDff">Lindenfield Evening Netball League</span></a></div><nav class="JzO0Vc" id="h.p_nav">
<ul class="jYxBte Fpy8Db">${links(nNav, 'VsJjtf')}</ul></nav>
<div class="lS80Gc"><input class="whsOnd zHQkBf" aria-label="Search this site" type="search"></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" id="h.p_main">
<section class="yaqOZd LB7kq nyKByd"><div class="IFuOkc" style="background-image:url(https://lh3.googleusercontent.example/banner)"></div>
<div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb">
<div class="tyJCtd mGzaTb Depvyb baZpAe lkHyyc"><h1 id="h.rules_title" class="zfr3Q duRjpb CDt4Ke"><span class="C9DxTc">${nTitle}</span></h1></div>
</div></div></div></section>
<section class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc"><div class="tyJCtd mGzaTb Depvyb baZpAe">
${ps(nIntro, ' class="zfr3Q CDt4Ke" dir="ltr"')}
<h2 id="h.entry" class="zfr3Q OmQG5e CDt4Ke" dir="ltr"><span class="C9DxTc">1. Entry and registration</span></h2>
<ol class="n8H08c UVNKR">${nEntry.map((t) => `<li class="zfr3Q TYR86d CDt4Ke" dir="ltr"><p class="zfr3Q CDt4Ke">${t}</p></li>`).join('\n')}</ol>
<h2 id="h.match" class="zfr3Q OmQG5e CDt4Ke" dir="ltr"><span class="C9DxTc">2. Match format</span></h2>
${ps(nMatch, ' class="zfr3Q CDt4Ke" dir="ltr"')}
<h2 id="h.umpires" class="zfr3Q OmQG5e CDt4Ke" dir="ltr"><span class="C9DxTc">3. Umpires</span></h2>
${ps(nUmpires, ' class="zfr3Q CDt4Ke" dir="ltr"')}
<h2 id="h.points" class="zfr3Q OmQG5e CDt4Ke" dir="ltr"><span class="C9DxTc">4. League points</span></h2>
<ul class="n8H08c UVNKR">${lis(nPoints, 'zfr3Q TYR86d CDt4Ke')}</ul>
<h2 id="h.conduct" class="zfr3Q OmQG5e CDt4Ke" dir="ltr"><span class="C9DxTc">5. Conduct and complaints</span></h2>
${ps(nConduct, ' class="zfr3Q CDt4Ke" dir="ltr"')}
</div></div></div></section>
<section class="yaqOZd"><div class="tyJCtd baZpAe"><p class="zfr3Q CDt4Ke">Questions about the rules? Email the League Secretary, Jo Whitlock.</p>
<a class="QmpIrf M9Bg4d" href="/view/lenl/contact-us"><span class="NsaAfc"><p>Contact the league</p></span></a></div></section></div>
<div class="Xpil1b"></div><footer class="dZA9kd ynRLnc" data-last-updated="true"><div class="BbxBP HP6J1d K5Zlne"><div class="LqzjUe">
<p class="zfr3Q">Lindenfield Evening Netball League is run by volunteers. Affiliated to the county netball association.</p></div></div></footer>
<div class="dZA9kd ynRLnc"><div class="Zw9uLb"><span class="xkoqYd">Page updated</span> <span class="kGWhHc">11 September 2025</span></div>
<div class="Vn2y5e"><a class="G0cn8b" href="#">Report abuse</a></div><div class="Vn2y5e"><span>Google Sites</span></div></div></div>
<script nonce="x9Yc1" src="https://www.gstatic.example/_/atari/_/js/k=atari.vw.en_GB.Fv7dWQ.O/m=view"></script></body></html>`;
const googleSites: TestPage = {
  name: 'heldout351-google-sites-netball-rules',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['1. Entry and registration', '2. Match format', '3. Umpires', '4. League points', '5. Conduct and complaints'],
  body: texts([...nIntro, ...nEntry, ...nMatch, ...nUmpires, ...nPoints, ...nConduct]),
  bylines: ['Page updated', '11 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Fixtures', 'Results & Tables', 'Umpiring', 'Contact Us',
    'Questions about the rules? Email the League Secretary, Jo Whitlock.', 'Contact the league',
    'Lindenfield Evening Netball League is run by volunteers. Affiliated to the county netball association.', 'Report abuse', 'Google Sites',
  ],
};

export const HELDOUT351_E: readonly TestPage[] = [wix, googleSites];
