import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout455-kit.js';

/**
 * Held-out batch 455, file b: an observing report on Blogger (Simple template, blog name in the h1, post title in an h3) with
 * a comment and sidebar, and an eyepiece review on Ghost (Casper) with a member signup box and read-more cards.
 */
const bTitle = 'Messier marathon attempt, or how I lost to the clouds at M30';
const bBody = [
  j(
    'Set up at the Pellham Fen car park at 7:10 pm with the 8-inch Dobsonian and a fresh chart list. Transparency was good early',
    'on, about magnitude 5.8 at the zenith by my count in Ursa Minor, and the forecast promised clear skies until dawn.',
  ),
  j(
    'M77 and M74 went first, low in the west in twilight, and I only just caught M74 as a faint smudge before it sank into the',
    'hedge line. After that the evening objects went quickly: the Andromeda group, M33, the Pleiades and the Orion nebula by 8:30.',
  ),
  'Highlights of the night:',
  'M82 showing its dark lane clearly at 120x, better than I have ever seen it from here',
  'M51 with a hint of the spiral arm joining the companion',
  'the Virgo cluster run in 55 minutes, which is a personal best',
  'M13 at 3 am, resolved to the core with averted vision',
  j(
    'By 4:15 am I had 104 objects logged. Then a bank of low cloud came in off the estuary, exactly where M75, M72, M73 and M30',
    'were supposed to rise. I waited until 5:20, drank the last of the coffee and packed up at 106 with the sky turning grey.',
  ),
  j(
    'Next year I will try from the chalk ridge instead, which has a lower southern horizon. Anyone from the society who wants to',
    'come along is welcome, just bring a red torch and something warm.',
  ),
];
const bArchive = ['2027 (6)', 'March (2)', 'February (3)', 'January (1)', '2026 (19)'];
const bShare = ['Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest'];
const bComment = 'Great effort Tobias! The estuary cloud got me last year too, at M72. Chalk ridge is definitely the better site.';
const bHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'
xmlns:data='http://www.google.com/2005/gml/data'
xmlns:expr='http://www.google.com/2005/gml/expr'><head><meta content='width=1100' name='viewport'/><meta content='text/html; charset=UTF-8'
http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/><link href='https://pellhamfen.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<title>Dark Sky over Pellham Fen: ${bTitle}</title><meta content='${bTitle}' property='og:title'/>
<style id='page-skin-1' type='text/css'><!-- body{font:normal normal 12px Arial,Tahoma,Helvetica,FreeSans,sans-serif;color:#222;background:#0d1b2a} --></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css'/></head>
<body class='loading'><div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'>
<script type="text/javascript">function setAttributeOnload(object, attribute, val) {}</script><div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div><div class='content'><div class='content-outer'><div
class='content-inner'>
<header><div class='header-outer'><div class='header-cap-top cap-top'></div><div class='region-inner header-inner'><div class='header section' id='header'
name='Header'>
<div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a
href='https://pellhamfen.blogspot.com/'>
Dark Sky over Pellham Fen</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Observing notes from a flat, damp and surprisingly dark
corner
of the county.</span></p></div></div></div></div></div></div></header>
<div class='main-outer'><div class='main-inner'><div class='columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'><div
class='column-center-inner'>
<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Sunday, 14 March 2027</span></h2><div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/marathon-chart.jpg' itemprop='image_url'/><a name='4471902215530118835'></a>
<h3 class='post-title entry-title' itemprop='name'>${bTitle}</h3><div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-4471902215530118835' itemprop='description articleBody'>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/marathon-chart.jpg"
style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="900" data-original-width="1200" height="300"
src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s400/marathon-chart.jpg" width="400" /></a></div>
${at(bBody, 0)}<br /><br />${at(bBody, 1)}<br /><br /><b>${at(bBody, 2)}</b><br /><ul>${lis(bBody.slice(3, 7))}</ul>${at(bBody, 7)}<br /><br />${at(bBody, 8)}
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author'
itemscope='itemscope'
itemtype='http://schema.org/Person'><a class='g-profile' href='https://www.blogger.com/profile/00311829' rel='author' title='author profile'><span
itemprop='name'>
Tobias Fennimore</span></a></span></span> <span class='post-timestamp'>at <a class='timestamp-link'
href='https://pellhamfen.blogspot.com/2027/03/messier-marathon.html'
rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2027-03-14T01:41:00Z'>01:41</abbr></a></span>
<span class='post-comment-link'></span><span class='post-icons'><span class='item-control blog-admin pid-1820373470'><a
href='https://www.blogger.com/post-edit.g'
title='Edit Post'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a></span></span>
<div class='post-share-buttons goog-inline-block'>${bShare
  .map(
    (t) => `<a class='goog-inline-block share-button' href='#' title='${t}'><span
class='share-button-link-text'>${t}</span></a>`,
  )
  .join('')}</div></div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels:
<a href='https://pellhamfen.blogspot.com/search/label/Messier' rel='tag'>Messier</a>, <a href='https://pellhamfen.blogspot.com/search/label/observing%20log'
rel='tag'>observing log</a></span></div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>1 comment:</h4><div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent'
id='comments-block'>
<dt class='comment-author ' id='c5520917'><a name='c5520917'></a><a href='https://www.blogger.com/profile/1190' rel='nofollow'>Harriet Ostrova</a> said...</dt>
<dd class='comment-body' id='Blog1_cmt-5520917'><p>${bComment}</p></dd><dd class='comment-footer'><span class='comment-timestamp'>
<a href='https://pellhamfen.blogspot.com/2027/03/messier-marathon.html?showComment=1647243720000#c5520917' title='comment permalink'>14 March 2027 at 09:42</a>
</span></dd></dl></div><p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/1820373470/4471902215530118835'>Post a
Comment</a></p></div>
</div></div></div></div><div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link'
href='https://pellhamfen.blogspot.com/2027/03/sunspots.html' title='Newer Post'>Newer Post</a></span><span id='blog-pager-older-link'><a
class='blog-pager-older-link'
href='https://pellhamfen.blogspot.com/2027/02/comet.html' title='Older Post'>Older Post</a></span><a class='home-link'
href='https://pellhamfen.blogspot.com/'>Home</a>
</div><div class='clear'></div><div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link'
href='https://pellhamfen.blogspot.com/feeds/4471902215530118835/comments/default' target='_blank' type='application/atom+xml'>Post Comments
(Atom)</a></div></div>
</div></div></div></div><div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'>
<a class='profile-name-link g-profile' href='https://www.blogger.com/profile/00311829' rel='author'>Tobias Fennimore</a></dt><dd
class='profile-textblock'>Retired
surveyor, Fenland Astronomical Society member, owner of too many star charts.</dd></dl><a class='profile-link' href='https://www.blogger.com/profile/00311829'
rel='author'>View my complete profile</a></div></div><div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2>
<div class='widget-content'><div id='ArchiveList'><ul class='hierarchy'>${links(
  bArchive,
  'archivedate',
)}</ul></div></div></div></div></aside></div></div></div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-3' name='Footer'><div class='widget Attribution' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com'
target='_blank'>Blogger</a>.</div></div></div></div>
</footer></div></div></div><script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1601900224-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY4'; _WidgetManager._Init('//www.blogger.com/rearrange?blogID=1820373470');</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout455-messier-marathon-blogger',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: texts(bBody),
  bylines: ['Sunday, 14 March 2027', 'Posted by Tobias Fennimore', 'at 01:41', 'Harriet Ostrova said...', '14 March 2027 at 09:42'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Dark Sky over Pellham Fen', 'Observing notes from a flat, damp and surprisingly dark corner of the county.', ...bShare, 'Labels: Messier, observing log',
    '1 comment:', bComment, 'Post a Comment', 'Newer Post', 'Older Post', 'Home', 'Subscribe to: Post Comments (Atom)', 'About Me',
    'Retired surveyor, Fenland Astronomical Society member, owner of too many star charts.', 'View my complete profile', 'Blog Archive', ...bArchive,
    'Simple theme. Powered by Blogger.',
  ],
};

const gTitle = 'Review: Halvorsen HX-82 10 mm, a wide-field eyepiece that earns its weight';
const gDek = 'A big, heavy 82° eyepiece at a mid-range price. We used it for three months on a refractor and a fast Dobsonian.';
const gHeads = ['In the hand', 'On the sky', 'Against the competition', 'Verdict'];
const gSec = [
  [
    j(
      'The HX-82 is not a small eyepiece. It weighs 410 g, takes a 2-inch barrel with a 1.25-inch adapter that screws off, and',
      'stands 118 mm tall with the eyecup down. On a small refractor on a light mount it shifted the balance enough that we had to',
      'slide the tube forward in its rings.',
    ),
    j(
      'The build is good for the price. The body is machined aluminium with a rubber grip ring, the barrel has a shallow taper',
      'rather than an undercut, and the twist-up eyecup has three positions with firm stops. The field stop is blackened and the',
      'inside of the barrel is threaded to cut reflections.',
    ),
    'Specifications, as measured or stated by the maker:',
  ],
  [
    j(
      'We used the HX-82 on a 102 mm f/7 apochromat and a 300 mm f/4.9 Dobsonian with a coma corrector. On the refractor it is',
      'close to flawless: stars stay sharp to the field stop, and we could see no colour at the edge even on Vega.',
    ),
    j(
      'In the fast Dobsonian the outer 15% of the field shows some astigmatism without the corrector, as you would expect at f/4.9.',
      'With the corrector in place the stars tighten up nicely, though the 82° field then shows a little pincushion distortion when',
      'panning across the Moon. It did not bother us on deep-sky targets.',
    ),
    j(
      'On the Double Cluster at 70x in the Dobsonian, both clusters sat in the field with room to spare, and the red giants in',
      'between stood out well. The Veil Nebula with an OIII filter was a highlight: the eastern arc filled most of the view, and the',
      'braided structure was clear with averted vision.',
    ),
    j(
      'Eye relief is the one weakness. At 15 mm it is fine without glasses, but spectacle wearers on our team could not take in the',
      'whole field, and one of them gave up on it after a night.',
    ),
  ],
  [
    j(
      'Against the big-name 82° eyepieces that cost twice as much, the HX-82 gives up a little contrast on faint targets and a little',
      'sharpness at the very edge in fast scopes. Against the budget 82° eyepieces it is clearly better corrected and better built.',
    ),
    j(
      'The closest rival in price is the Tarvo Wide 11 mm. The Tarvo is lighter and has more eye relief, but its field is smaller',
      'and we saw more edge softening in the Dobsonian, even with the corrector.',
    ),
  ],
  [
    j(
      'If you do not wear glasses and your mount can carry it, the HX-82 10 mm is one of the best value wide-field eyepieces we have',
      'tried. Spectacle wearers should look at something with more eye relief.',
    ),
  ],
];
const gSpecs = ['Focal length: 10 mm', 'Apparent field: 82°', 'Eye relief: 15 mm', 'Weight: 410 g', 'Price: $229'];
const gCallout = 'We bought the review sample at full price. Halvorsen Optics had no say in this review.';
const gNav = ['Home', 'Reviews', 'Observing', 'Guides', 'About'];
const gCards = ['Three budget coma correctors compared', 'First light with a 16-inch truss Dobsonian', 'Choosing a filter for the Veil'];
const gFootNav = ['Sign up', 'Contact', 'Privacy'];
const gCard = (t: string, d: string) =>
  `<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/${t.length}/"><header class="post-card-header">
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date">${d}</time>
<span class="post-card-meta-length">5 min read</span></footer></div></article>`;
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7b1c1dfa92">
<meta name="description" content="${gDek}"><link rel="canonical" href="https://apertureandeyepiece.example.com/halvorsen-hx-82-review/">
<meta property="og:type" content="article"><meta name="generator" content="Ghost 5.82"><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"Article","publisher":{"@type":"Organization","name":"Aperture & Eyepiece"},"author":{"@type":"Person","name":"Lucia Brandvold"},
"headline":"${gTitle}","datePublished":"2027-04-08T09:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://apertureandeyepiece.example.com/"
data-key="9a8f00e1c2" data-api="https://apertureandeyepiece.example.com/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex}</style></head>
<body class="post-template tag-reviews tag-eyepieces is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
href="https://apertureandeyepiece.example.com">Aperture &amp; Eyepiece</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path d="M21
21l-6-6"></path>
</svg></button><button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav)}</ul></nav>
<div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-reviews tag-eyepieces image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/reviews/">Reviews</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/lucia/" class="author-avatar" aria-label="Read more of Lucia Brandvold">
<img class="author-profile-image" src="/content/images/size/w100/2026/lucia.jpg" alt="Lucia Brandvold"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/lucia/">Lucia Brandvold</a></h4><div class="byline-meta-content"><time class="byline-meta-date"
datetime="2027-04-08">Apr 8,
2027</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2027/04/hx82.jpg 600w" src="/content/images/size/w2000/2027/04/hx82.jpg" alt="The HX-82">
<figcaption><span style="white-space: pre-wrap;">The HX-82 next to a standard 1.25-inch Plössl, for scale.</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${gCallout}</div></div>
<h2 id="in-the-hand">${at(gHeads, 0)}</h2>
${ps(gSec[0] ?? [])}
<ul>${lis(gSpecs)}</ul>
<h2 id="on-the-sky">${at(gHeads, 1)}</h2>
${ps(gSec[1] ?? [])}
<h2 id="against">${at(gHeads, 2)}</h2>
${ps(gSec[2] ?? [])}
<h2 id="verdict">${at(gHeads, 3)}</h2>
${ps(gSec[3] ?? [])}
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gCard(at(gCards, 0), 'Mar 22, 2027')}${gCard(at(gCards, 1), 'Mar 9, 2027')}
${gCard(at(gCards, 2), 'Feb 27, 2027')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://apertureandeyepiece.example.com">Aperture &amp; Eyepiece</a>
&copy; 2027</section><nav class="site-footer-nav"><ul class="nav">${links(gFootNav)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/"
target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div><script src="/assets/built/casper.js?v=7b1c1dfa92"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout455-eyepiece-review-ghost',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: [gDek, gCallout, ...(gSec[0] ?? []), ...gSpecs, ...(gSec[1] ?? []), ...(gSec[2] ?? []), ...(gSec[3] ?? [])],
  bylines: ['Lucia Brandvold', 'Apr 8, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Aperture & Eyepiece', ...gNav, 'Sign in', 'Subscribe', '• 6 min read', 'The HX-82 next to a standard 1.25-inch Plössl, for scale.',
    'Sign up for more like this.', 'Enter your email', ...gCards, 'Mar 22, 2027', 'Mar 9, 2027', 'Feb 27, 2027', '5 min read', '© 2027', ...gFootNav,
    'Powered by Ghost',
  ],
};

export const HELDOUT455_B: readonly TestPage[] = [blogger, ghost];
