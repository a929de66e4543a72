import { links, ps, type TestPage } from './page-kit.js';
import { at, j, rowText, trs } from './pages-heldout619-kit.js';

/**
 * Held-out batch 619, file b: a hedge layer's season-opening post on Blogger (Simple template, caption table, comments and
 * sidebar gadgets), and a hedgelaying society's championship report on Ghost (Casper theme, results table, subscribe box).
 */
const bTitle = 'First hedge of the season: 180 yards of blackthorn at Coldharbour';
const bBody = [
  j(
    'The sap is down, the birds have finished nesting and the cutting season opened on the first of September, so this week I was',
    'finally back on a hedge after a summer of fencing and mowing jobs.',
  ),
  j(
    'The job is 180 yards along the lane at Coldharbour Farm, a blackthorn and hawthorn hedge that was last laid about twenty-five',
    'years ago and has been flailed flat on top ever since. That leaves you with thick stems at the bottom and a tangle of knuckles',
    'up top, which is hard work but makes a good stockproof hedge once it is down.',
  ),
  j(
    'I lay it in the Midland style here because the farmer still runs cattle on the field side. The brush all goes to the field,',
    'the stakes go in behind the pleachers and the binding is hazel, twisted along the top to hold it all together.',
  ),
  j(
    'Day one was mostly clearing. The elder and bramble came out first, then I cut out the dead wood and anything too rotten to lay.',
    'On a neglected hedge like this I reckon to lose a third of the stems before I make a single cut for laying.',
  ),
  j(
    'Blackthorn punishes you for rushing. I had two pleachers snap off clean on the first morning because I cut too deep on a cold',
    'stem; by the afternoon the sun was on it and they were bending beautifully. Gloves, glasses and patience.',
  ),
  j(
    'By Friday I had 40 yards done and staked. Binding will wait until I have a run of it finished, as the hazel is better cut fresh',
    'from the coppice at Ebbs Wood and I only want to go once.',
  ),
  j(
    'The farmer has Countryside Stewardship money for the hedge, which pays a set rate per metre, so he wanted it laid this winter',
    'rather than next. There are three more hedges on the farm after this one, so that is my winter sorted.',
  ),
  'More pictures when the binding is on. Happy laying, everyone.',
];
const bSide = ['Blog Archive', '▼ 2026 (14)', 'About Me', 'Ned Fairlie'];
const bHtml = `<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="https://billhookandstake.blogspot.com/2026/09/first-hedge-of-season.html" rel="canonical">
<title>Billhook and Stake: ${bTitle}</title>
<link href="https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css" rel="stylesheet" type="text/css">
<style id="page-skin-1" type="text/css"><!-- body { font: normal normal 15px Georgia, serif; color: #333; background: #e8e2d0; } --></style>
<script type="text/javascript">(function() { var b = window, f = "chrome", g = "tick", k = "jstiming"; })();</script></head>
<body class="loading variant-bold"><div class="navbar no-items section" id="navbar" name="Navbar"></div>
<div class="body-fauxcolumns"><div class="fauxcolumn-outer body-fauxcolumn-outer"></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="header section" id="header" name="Header">
<div class="widget Header" data-version="1" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title">
<a href="https://billhookandstake.blogspot.com/">Billhook and Stake</a></h1></div><div class="descriptionwrapper">
<p class="description"><span>Hedge laying, coppicing and the odd gate in the Weald</span></p></div></div></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main" name="Main"><div class="widget Blog" data-version="1" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Saturday, 6 September 2026</span></h2><div class="date-posts">
<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/hedge1.jpg" itemprop="image_url"><a name="4417735524918830661"></a>
<h3 class="post-title entry-title" itemprop="name">${bTitle}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-4417735524918830661" itemprop="description articleBody">
${ps(bBody.slice(0, 2))}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>
<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/hedge1.jpg" style="margin-left: auto; margin-right: auto;">
<img border="0" data-original-height="900" data-original-width="1200" height="300" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s400/hedge1.jpg"
width="400"></a></td></tr>
<tr><td class="tr-caption" style="text-align: center;">The lane side before I started: flailed flat for twenty years</td></tr></tbody></table>
${ps(bBody.slice(2, 5))}
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/hedge2.jpg"
style="margin-left: 1em; margin-right: 1em;"><img border="0" height="300" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s400/hedge2.jpg"
width="400"></a></div>
${ps(bBody.slice(5))}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author"
itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.blogger.com/profile/0834" rel="author"><span
itemprop="name">Ned Fairlie</span></a></span></span> <span class="post-timestamp">at <a class="timestamp-link" href="#" rel="bookmark"
title="permanent link"><abbr class="published" itemprop="datePublished" title="2026-09-06T19:42:00+01:00">19:42</abbr></a></span>
<span class="post-comment-link"></span><span class="post-icons"><span class="item-control blog-admin pid-1120"></span></span>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" target="_blank"><span
class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="#"><span
class="share-button-link-text">BlogThis!</span></a>
<a class="goog-inline-block share-button sb-facebook" href="#"><span class="share-button-link-text">Share to Facebook</span></a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/blackthorn" rel="tag">blackthorn</a>,
<a href="/search/label/Midland%20style" rel="tag">Midland style</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>2 comments:</h4><div class="comments-content"><div class="comment-thread"><ol>
<li class="comment" id="c771"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif"></div><div class="comment-block">
<div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/1188" rel="nofollow">Wendy at Highfold</a></cite><span class="icon
user"></span>
<span class="datetime secondary-text"><a rel="nofollow" href="#c771">7 September 2026 at 08:15</a></span></div>
<p class="comment-content">Lovely job Ned. Snapped pleachers on a cold morning, been there!</p><span class="comment-actions secondary-text">
<a class="comment-reply" target="_self" data-comment-id="771">Reply</a></span></div></li>
<li class="comment" id="c772"><div class="comment-block"><div class="comment-header"><cite class="user">Anonymous</cite>
<span class="datetime secondary-text"><a rel="nofollow" href="#c772">8 September 2026 at 21:03</a></span></div>
<p class="comment-content">Do you ever use binders other than hazel? We have a lot of willow here.</p></div></li></ol></div></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/3357/4417" onclick="">Post a Comment</a></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="#" title="Newer Post">Newer Post</a></span>
<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="#" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="#" type="application/atom+xml">Post Comments (Atom)</a></div></div>
</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1">
<div class="widget BlogArchive" id="BlogArchive1"><h2>${at(bSide, 0)}</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">
<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link"
href="#">2026</a> <span class="post-count" dir="ltr">(14)</span></li></ul></div></div></div>
<div class="widget Profile" id="Profile1"><h2>${at(bSide, 2)}</h2><div class="widget-content"><a href="#"><img class="profile-img" height="80" width="60"></a>
<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="#">${at(bSide, 3)}</a></dt>
<dd class="profile-textblock">Hedger and coppice worker in the Kent and Sussex Weald since 2004.</dd></dl>
<a class="profile-link" href="#" rel="author">View my complete profile</a></div></div></div></aside></div></div></div></div></div>
<footer><div class="footer-outer"><div class="foot section" id="footer-3"><div class="widget Attribution" id="Attribution1"><div class="widget-content">
Simple theme. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></div></footer></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3451290367-widgets.js"></script>
<script type="text/javascript">window['__wavt'] = 'AOuZoY5'; _WidgetManager._Init('//www.blogger.com/rearrange?blogID=3357');</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout619-blogger-hedge-season',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: bBody,
  bylines: ['Saturday, 6 September 2026', 'Posted by Ned Fairlie', 'at 19:42', 'Ned Fairlie'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Billhook and Stake', 'Hedge laying, coppicing and the odd gate in the Weald', 'The lane side before I started: flailed flat for twenty years',
    'Email This', 'BlogThis!', 'Share to Facebook', 'Labels: blackthorn, Midland style', '2 comments:', 'Wendy at Highfold', '7 September 2026 at 08:15',
    'Lovely job Ned. Snapped pleachers on a cold morning, been there!', 'Reply', 'Anonymous', '8 September 2026 at 21:03',
    'Do you ever use binders other than hazel? We have a lot of willow here.', 'Post a Comment', 'Newer Post', 'Older Post', 'Home',
    'Subscribe to: Post Comments (Atom)', 'Blog Archive', '▼ 2026 (14)', 'About Me', 'Hedger and coppice worker in the Kent and Sussex Weald since 2004.',
    'View my complete profile', 'Simple theme. Powered by Blogger.',
  ],
};

const gTitle = 'Marches Championship 2026: Pryce takes the open class on a wet Saturday at Walford';
const gDek = 'Fifty-two hedgers turned out despite the rain, and a first-year novice from Clun beat three former winners.';
const gBody = [
  j(
    'The forty-first Marches Hedgelaying Championship was held on Saturday 1 November at Lower Walford Farm, by kind permission of',
    'the Beddoes family. Rain set in at nine and never really lifted, but the ground held and every competitor finished their',
    'chain inside the five hours.',
  ),
  j(
    'Judges Colin Ferris and Marian Tuck walked the lines twice before settling the open class, which went to Gethin Pryce of',
    'Presteigne for a tight, even Welsh Border hedge with a clean finish on every heel.',
  ),
  'Results',
  'The placings in the main classes were as follows.',
  'A novice to watch',
  j(
    'The talk of the field was the novice class, won by Eira Lloyd of Clun in only her first season with a billhook. She trained',
    'on the society’s winter course at Bucknell last January and laid her chain with a neatness the judges said would not have',
    'looked out of place in the open.',
  ),
  j(
    'Thanks go to the stewards, the tea tent and everyone who parked sensibly in the mud. The society’s next event is the hedge',
    'laying day at Leintwardine on 6 December; beginners are welcome and tools can be borrowed.',
  ),
];
const gRows = [
  ['Open', 'Gethin Pryce', 'Presteigne', '91'],
  ['Intermediate', 'Sam Orrell', 'Kington', '84'],
  ['Novice', 'Eira Lloyd', 'Clun', '79'],
  ['Veterans', 'Howard Mintridge', 'Ludlow', '86'],
];
const gNav = ['Home', 'Events', 'Courses', 'Hedge styles', 'About', 'Join'];
const gMore = ['Hedge laying day at Leintwardine: what to bring', 'Winter course dates for 2027 are now open', 'Why the Welsh Border style keeps its heels'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8f3a1b2c9d">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://marcheshedgers.org.uk/marches-championship-2026/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-11-03T18:20:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Marches Hedgelaying Society"},
"author":{"@type":"Person","name":"Lorna Bickerton"},"headline":"${gTitle}","datePublished":"2026-11-03T18:20:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.42/umd/portal.min.js"
data-ghost="https://marcheshedgers.org.uk/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style></head>
<body class="post-template tag-championship is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
href="/">Marches Hedgelaying Society</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-championship tag-results featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/championship/">Championship</a></span><span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16
17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/lorna/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/lorna.jpg" alt="Lorna Bickerton"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/lorna/">Lorna Bickerton</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-03">Nov 3, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 3 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/11/walford.jpg 600w" src="/content/images/size/w2000/2026/11/walford.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">The open class line at Lower Walford, mid-afternoon. Photo: Dewi Lang</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="results">${at(gBody, 2)}</h2>${ps([at(gBody, 3)])}
<table><thead><tr><th>Class</th><th>Winner</th><th>From</th><th>Points</th></tr></thead><tbody>${trs(gRows)}</tbody></table>
<h2 id="a-novice-to-watch">${at(gBody, 4)}</h2>${ps([at(gBody, 5)])}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/11/eira.jpg" class="kg-image" alt="" loading="lazy" width="1200"
height="800">
<figcaption><span style="white-space: pre-wrap;">Eira Lloyd with her winning chain</span></figcaption></figure>
${ps([at(gBody, 6)])}</section>
<section class="article-comments gh-canvas"><div data-ghost-comments></div></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-content-link" href="#"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-10-20">Oct 20, 2026</time></footer></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Marches Hedgelaying Society</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Contact'])}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=8f3a1b2c9d"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout619-ghost-championship-results',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [at(gBody, 2), at(gBody, 4)],
  body: [gDek, ...gBody.slice(0, 2), at(gBody, 3), ...gRows.map(rowText), at(gBody, 5), at(gBody, 6)],
  bylines: ['Lorna Bickerton', 'Nov 3, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Marches Hedgelaying Society', ...gNav, 'Sign in', 'Subscribe', 'Featured', '3 min read',
    'The open class line at Lower Walford, mid-afternoon. Photo: Dewi Lang', 'Eira Lloyd with her winning chain', 'Sign up for more like this.',
    'Enter your email', 'Read more', ...gMore, 'Oct 20, 2026', 'Marches Hedgelaying Society © 2026', 'Privacy', 'Contact', 'Powered by Ghost',
  ],
};

export const HELDOUT619_B: readonly TestPage[] = [blogger, ghost];
