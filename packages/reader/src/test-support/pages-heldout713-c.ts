import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout713-kit.js';

/**
 * Held-out batch 713, file c: a research notebook post on a Hypotheses.org blog (WordPress with the Twenty Sixteen theme,
 * the platform's top bar, the tarteaucitron cookie box, core footnotes, the "Cite this post" box, the byline in the entry
 * footer, post navigation, a comment and a sidebar), and a text post on a Tumblr blog with a custom theme (blog header,
 * date and note count, tags, the notes list with reblog additions and likes, pagination).
 */
const hTitle = 'Wax, wine and a missing bell: the accounts of the rosary confraternity at Saint-Aubin (1682–1714)';
const fn = (n: number): string => `<sup data-fn="f${n}c7e2" class="fn"><a href="#f${n}c7e2" id="f${n}c7e2-link">${n}</a></sup>`;
const hIntro = j(
  'Most of what we know about the rosary confraternities of the diocese of Vérac comes from the people who disapproved of them:',
  'bishops on visitation, curés complaining about rival devotions, and the occasional lawsuit. This post is about a source that lets',
  'the confrères speak, or at least count, for themselves.',
);
const hSecs: [string, string[]][] = [
  [
    'The source',
    [
      j(
        'The account book of the Confraternity of the Holy Rosary at Saint-Aubin survives in the departmental archives as a single',
        `volume of 212 folios.${fn(1)}`,
        'It runs, with two short gaps, from the election of the first treasurers in January 1682 to the last entry in December 1714. Each',
        'year, the two outgoing treasurers presented their receipts and expenses before the curé and “the greater and wiser part” of the',
        'members, and the totals were signed by everyone who could write and marked by those who could not.',
      ),
      j(
        'Those signatures are a source in themselves. In 1682, 14 of the 38 members present signed; in 1714, 31 of 52 did. I do not want',
        'to make too much of a literacy curve drawn from one small book, but the change is hard to miss.',
      ),
    ],
  ],
  [
    'What the money went on',
    [
      j(
        'Over the 33 years covered by the book, the confraternity spent a little over 4,100 livres. Grouping the expenses into broad',
        'categories gives the following picture:',
      ),
    ],
  ],
  [
    'The bell that never rang',
    [
      j(
        'The strangest episode in the book begins in 1703, when the members voted to buy a small bell for the rosary chapel. Over the next',
        'four years they raised 268 livres by special collection and paid a first instalment to a bell-founder from Lormes named Jacques',
        `Tardif. The contract is copied into the accounts.${fn(3)}`,
      ),
      j(
        'Then, in 1707, the entries about the bell stop. No bell is delivered, no refund is recorded, and no lawsuit appears in the book.',
        'In 1708 the treasurers note, without comment, that “the money of the bell” has been spent on the chapel roof. Whether Tardif died,',
        `disappeared or was simply never paid in full, I have not yet been able to find out.${fn(4)}`,
      ),
    ],
  ],
  [
    'Open questions',
    [
      j(
        'I am now working through the notarial records of Lormes for any trace of Tardif, and comparing the Saint-Aubin book with the much',
        'thinner accounts of the rosary confraternity at Vérac cathedral. If anyone has come across other bell contracts from the region',
        'in these years, I would be very glad to hear about them.',
      ),
    ],
  ],
];
const hList = [
  'Wax for candles and torches: 1,690 livres (41%)',
  'Masses for deceased members: 930 livres (23%)',
  'Wine, bread and the annual feast: 610 livres (15%)',
  'Banner, altar cloths and repairs to the chapel: 520 livres (13%)',
  'Legal costs and “sundries”: 350 livres (8%)',
];
const hAfterList = j(
  'Wax dominates, as it does in most confraternity accounts I have seen. What surprised me was the feast. The visitation records of the',
  `1690s repeatedly order the confraternities of the diocese to stop “the drinking that follows the procession”.${fn(2)} The Saint-Aubin`,
  'treasurers simply moved it. After 1694 the feast disappears from the accounts, and a new line appears, at almost exactly the same',
  'cost, for “refreshment of the torch-bearers”.',
);
const hNotes = [
  'Archives départementales du Vérac (AD Vérac), 4 G 218, register of accounts of the rosary confraternity of Saint-Aubin, 1682–1714.',
  j(
    'On the diocesan visitations, see Élise Marchadier, Visiter les paroisses. L’évêque et ses curés dans le diocèse de Vérac (1660–1730),',
    'Tours, Presses du Val, 2009, p. 143–171.',
  ),
  'AD Vérac, 4 G 218, fol. 37v–38r.',
  'I am grateful to Paul Esnault for his help with the bell-founders’ contracts of the Lormes district.',
];
const hCite = j(
  'Marthe Vidalenc (March 4, 2027). Wax, wine and a missing bell: the accounts of the rosary confraternity at Saint-Aubin (1682–1714).',
  'Carnets de Vérac. Retrieved March 13, 2027 from https://doi.org/10.58079/13kq7',
);
const hTags = ['accounts', 'bells', 'confraternities', 'rosary'];
const hRecent = [
  'A visitation in the rain: Bishop Coutant at Lormes, 1697',
  'Reading a treasurer’s hand',
  'Call for papers: Lay devotion in the West, 1550–1800',
];
const hCats = ['Archives', 'Confraternities', 'Events', 'Methods'];
const hComment = j(
  'Fascinating. The Tardif family turn up as bell-founders in Lormes until at least 1720, so he may simply have been working',
  'elsewhere. I will send you the references I have.',
);
const hHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<script>(function(html){html.className = html.className.replace(/\\bno-js\\b/,'js')})(document.documentElement);</script>
<title>Wax, wine and a missing bell: the accounts of the rosary confraternity at Saint-Aubin (1682–1714) – Carnets de Vérac</title>
<meta name="description" content="Notes on confraternities and parish life in the diocese of Vérac, 1600–1789">
<meta name="citation_title" content="${hTitle}"><meta name="citation_author" content="Vidalenc, Marthe"><meta name="citation_publication_date"
content="2027/03/04">
<meta name="citation_doi" content="10.58079/13kq7"><meta name="DC.rights" content="CC BY 4.0">
<link rel="stylesheet" id="twentysixteen-style-css" href="https://verac.hypotheses.org/wp-content/themes/twentysixteen/style.css?ver=20241112" media="all">
<link rel="stylesheet" id="hypotheses-bar-css" href="https://verac.hypotheses.org/wp-content/mu-plugins/hypotheses/bar/bar.css?ver=4.1" media="all">
<script src="https://verac.hypotheses.org/wp-content/mu-plugins/openedition/tarteaucitron/tarteaucitron.js"></script>
<script>tarteaucitron.init({"privacyUrl":"https://www.openedition.org/6540","hashtag":"#tarteaucitron","cookieName":"tarteaucitron","orientation":"bottom",
"showAlertSmall":false,"cookieslist":false,"adblocker":false,"AcceptAllCta":true,"highPrivacy":true});</script></head>
<body class="post-template-default single single-post postid-412 single-format-standard wp-embed-responsive group-blog">
<div id="hypotheses-bar" class="hypotheses-bar"><div class="hypotheses-bar__inner"><a class="hypotheses-bar__logo" href="https://hypotheses.org/"><img
src="https://verac.hypotheses.org/wp-content/mu-plugins/hypotheses/bar/hypotheses-logo.svg" alt="Hypotheses" width="120"></a><ul
class="hypotheses-bar__menu"><li><a
href="https://hypotheses.org/catalogue">Catalogue</a></li><li><a href="https://hypotheses.org/open-a-blog">Open a blog</a></li><li><a
href="https://hypotheses.org/support">Support</a></li></ul><form class="hypotheses-bar__search" action="https://search.openedition.org/"><label
class="screen-reader-text" for="oe-search">Search OpenEdition Search</label><input id="oe-search" type="search" name="q"
placeholder="OpenEdition Search"></form><a
class="hypotheses-bar__openedition" href="https://www.openedition.org/"><img src="https://verac.hypotheses.org/wp-content/mu-plugins/hypotheses/bar/oe-logo.svg"
alt="OpenEdition"></a></div></div>
<div id="page" class="site"><div class="site-inner"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-header-main"><div class="site-branding"><p class="site-title"><a href="https://verac.hypotheses.org/"
rel="home">Carnets de Vérac</a></p><p class="site-description">Notes on confraternities and parish life in the diocese of Vérac, 1600–1789</p></div>
<button id="menu-toggle" class="menu-toggle">Menu</button><div id="site-header-menu" class="site-header-menu"><nav id="site-navigation"
class="main-navigation" aria-label="Primary Menu"><div class="menu-main-container"><ul id="menu-main" class="primary-menu">${links(
  ['Home', 'About', 'Sources', 'Bibliography', 'Contact'],
  'menu-item menu-item-type-post_type',
)}</ul></div></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-412" class="post-412 post type-post status-publish format-standard hentry category-archives tag-accounts tag-bells tag-confraternities">
<header class="entry-header"><h1 class="entry-title">${hTitle}</h1></header>
<div class="entry-content">
<p>${hIntro}</p>
<h3 class="wp-block-heading">${hSecs[0]?.[0] ?? ''}</h3>
${ps(hSecs[0]?.[1] ?? [])}
<h3 class="wp-block-heading">${hSecs[1]?.[0] ?? ''}</h3>
${ps(hSecs[1]?.[1] ?? [])}
<ul class="wp-block-list">${lis(hList)}</ul>
<p>${hAfterList}</p>
<figure class="wp-block-image size-large"><img decoding="async" width="840" height="560"
src="https://verac.hypotheses.org/files/2027/03/4G218-f37v.jpg" alt="Page of an account book with a copied contract"
class="wp-image-418"><figcaption class="wp-element-caption">The bell contract as copied into the accounts (AD Vérac, 4 G 218, fol. 37v). Photo: the
author.</figcaption></figure>
${hSecs
  .slice(2)
  .map(([h, p]) => `<h3 class="wp-block-heading">${h}</h3>\n${ps(p)}`)
  .join('\n')}
<ol class="wp-block-footnotes">${hNotes
  .map((n, i) => `<li id="f${i + 1}c7e2">${n} <a href="#f${i + 1}c7e2-link" aria-label="Jump to footnote reference ${i + 1}">↩︎</a></li>`)
  .join('')}</ol>
<div class="hypotheses-citation"><h4 class="hypotheses-citation__title">Cite this post</h4><p class="hypotheses-citation__text">${hCite}</p><button
class="hypotheses-citation__copy" type="button">Copy</button></div>
</div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt="" src="https://secure.gravatar.com/avatar/7d2?s=49&amp;d=mm&amp;r=g"
class="avatar avatar-49 photo" height="49" width="49"><span class="screen-reader-text">Author </span> <a class="url fn n"
href="https://verac.hypotheses.org/author/mvidalenc">Marthe Vidalenc</a></span></span><span class="posted-on"><span class="screen-reader-text">Posted on
</span><a href="https://verac.hypotheses.org/412" rel="bookmark"><time class="entry-date published updated" datetime="2027-03-04T08:30:12+01:00">March 4,
2027</time></a></span><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="https://verac.hypotheses.org/category/archives"
rel="category tag">Archives</a></span><span class="tags-links"><span class="screen-reader-text">Tags </span>${hTags
  .map((t) => `<a href="https://verac.hypotheses.org/tag/${t}" rel="tag">${t}</a>`)
  .join(', ')}</span></footer></article>
<div id="comments" class="comments-area"><h2 class="comments-title">One thought on “${hTitle}”</h2>
<ol class="comment-list"><li id="comment-88" class="comment even thread-even depth-1"><article id="div-comment-88" class="comment-body"><footer
class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/5e1?s=42&amp;d=mm&amp;r=g" class="avatar avatar-42
photo" height="42" width="42"><b class="fn">Paul Esnault</b> <span class="says">says:</span></div><div class="comment-metadata"><a
href="https://verac.hypotheses.org/412#comment-88"><time datetime="2027-03-05T18:22:40+01:00">March 5, 2027 at 6:22 pm</time></a></div></footer><div
class="comment-content"><p>${hComment}</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#comment-88" data-commentid="88"
data-postid="412" aria-label="Reply to Paul Esnault">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow"
id="cancel-comment-reply-link" href="/412#respond" style="display:none;">Cancel reply</a></small></h2><form
action="https://verac.hypotheses.org/wp-comments-post.php"
method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be
published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p><p
class="comment-form-comment"><label
for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p
class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text" size="30"
required></p><p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email"
size="30" required></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div
class="nav-previous"><a href="https://verac.hypotheses.org/398" rel="prev"><span class="meta-nav" aria-hidden="true">Previous</span> <span
class="screen-reader-text">Previous post:</span> <span class="post-title">A visitation in the rain: Bishop Coutant at Lormes, 1697</span></a></div></div></nav>
</main></div>
<aside id="secondary" class="sidebar widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"
action="https://verac.hypotheses.org/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field"
placeholder="Search …" value="" name="s"></label><button type="submit" class="search-submit"><span
class="screen-reader-text">Search</span></button></form></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">About this blog</h2><div class="textwidget"><p>Research notebook of Marthe Vidalenc,
doctoral candidate at the Université de Lormes, working on lay confraternities in western France. Posts are drafts and notes: comments and corrections are
welcome.</p></div></section>
<section id="hypotheses-follow-2" class="widget widget_hypotheses_follow"><h2 class="widget-title">Follow this blog</h2><form class="hypotheses-follow"><label
for="follow-email">Get new posts by email</label><input id="follow-email" type="email" placeholder="Email address"><button
type="submit">Follow</button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2><nav
aria-label="Recent posts"><ul>${links(hRecent)}</ul></nav></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><nav
aria-label="Categories"><ul>${links(hCats, 'cat-item')}</ul></nav></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><span class="site-title"><a href="https://verac.hypotheses.org/" rel="home">Carnets de
Vérac</a></span><span class="hypotheses-issn">ISSN 2970-1186</span><a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a></div>
<div class="hypotheses-footer"><p>Carnets de Vérac is a blog of <a href="https://hypotheses.org/">Hypotheses</a>, the academic blogging platform of
<a href="https://www.openedition.org/">OpenEdition</a>.</p><ul>${links(['Legal notice', 'Privacy policy', 'Cookie management'])}</ul></div></footer></div></div>
<div id="tarteaucitronRoot" data-nosnippet="true" lang="en"><div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom" style="display: block;"><span
id="tarteaucitronDisclaimerAlert" role="paragraph">This site uses cookies and gives you control over what you want to activate</span><button type="button"
class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2"><span class="tarteaucitronCheck" aria-hidden="true"></span> OK, accept
all</button><button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2"><span class="tarteaucitronCross"
aria-hidden="true"></span> Deny all cookies</button><button type="button" id="tarteaucitronCloseAlert">Personalize</button></div></div>
<script id="twentysixteen-script-js-extra">var screenReaderText = {"expand":"expand child menu","collapse":"collapse child menu"};</script></body></html>`;
const hypotheses: TestPage = gold({
  name: 'heldout713-hypotheses-confraternity-accounts',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([hIntro, ...(hSecs[0]?.[1] ?? []), ...(hSecs[1]?.[1] ?? []), ...hList, hAfterList, ...hSecs.slice(2).flatMap(([, p]) => p)]),
  bylines: ['Marthe Vidalenc', 'March 4, 2027', 'Paul Esnault', 'March 5, 2027 at 6:22 pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Catalogue', 'Open a blog', 'Support', 'Search OpenEdition Search', 'Skip to content', 'Carnets de Vérac',
    'Notes on confraternities and parish life in the diocese of Vérac, 1600–1789', 'Menu', 'Home', 'About', 'Sources', 'Bibliography', 'Contact',
    'The bell contract as copied into the accounts (AD Vérac, 4 G 218, fol. 37v). Photo: the author.', ...hNotes, 'Cite this post', hCite, 'Copy',
    'Author', 'Posted on', 'Categories', 'Archives', 'Tags', ...hTags, `One thought on “${hTitle}”`, 'says:', hComment, 'Reply', 'Leave a Reply',
    'Your email address will not be published.', 'Required fields are marked *', 'Comment *', 'Name *', 'Email *', 'Post navigation', 'Previous post:',
    'A visitation in the rain: Bishop Coutant at Lormes, 1697', 'Search for:', 'Search', 'About this blog',
    'Research notebook of Marthe Vidalenc, doctoral candidate at the Université de Lormes, working on lay confraternities in western France. Posts are '
      + 'drafts and notes: comments and corrections are welcome.',
    'Follow this blog', 'Get new posts by email', 'Follow', 'Recent posts', ...hRecent, ...hCats, 'ISSN 2970-1186', 'Proudly powered by WordPress',
    'Carnets de Vérac is a blog of Hypotheses, the academic blogging platform of OpenEdition.', 'Legal notice', 'Privacy policy', 'Cookie management',
    'This site uses cookies and gives you control over what you want to activate', 'OK, accept all', 'Deny all cookies', 'Personalize',
  ],
});

const uTitle = 'the lantern sermons of hollin cross';
const uParas = [
  j(
    'ok so i promised in the tags of that bell-ringers post that i would explain the lantern sermons and then i went to bed for three',
    'weeks. here it is. it’s long, sorry.',
  ),
  j(
    'hollin cross is a village in the marsh country that, from about 1740 to 1790, had no vicar for most of the winter. the living was',
    'so poor that the vicars all lived in the market town eight miles away and only came out between easter and michaelmas. in winter,',
    'the parish clerk read the prayers and that was it.',
  ),
  j(
    'except that in 1744 a woman called hester amory, who kept the village shop, started holding what everyone called the lantern',
    'sermons. on winter sunday evenings people walked to her shop with lanterns, because there were no lamps and the causeway was',
    'dangerous in the dark, and she read aloud from a book of sermons while they sat on flour sacks.',
  ),
  'some things to know about this:',
];
const uList = [
  j(
    'she did not write the sermons. she read them from a printed collection, the same one every year, and people apparently knew the',
    'good ones by heart and would mouth along',
  ),
  j('the lanterns were left outside in a row along the shop wall and you could see them from the church tower, which is how the vicar', 'eventually found out'),
  'attendance at the actual church in winter was recorded as “eleven souls” in one year. the clerk’s note says the rest were “at the shop”',
];
const uParas2 = [
  j(
    'the vicar in 1761, a man called ellis grove, wrote to the bishop to complain. the bishop’s reply survives and it is honestly',
    'incredible. he said, more or less, that if the people of hollin cross were listening to approved sermons on a sunday evening then',
    'they were doing better than most parishes in the diocese, and perhaps mr grove could spend more of the winter in hollin cross.',
  ),
  'he did not.',
  j(
    'hester amory died in 1779 and her daughter kept the lantern sermons going for another eleven years. they stopped in 1790 when the',
    'parish finally got a resident curate. the shop is a house now. there’s a little blue plaque. it does not mention the sermons, which',
    'annoys me every time i think about it.',
  ),
  j(
    'source: the churchwardens’ accounts and the bishop’s letter books at the marsh country record office, plus a very kind archivist',
    'called deb who answered my increasingly unhinged emails.',
  ),
];
const uTags = ['#history', '#religious history', '#hollin cross', '#marsh country', '#long post', '#my posts'];
const uNav = ['home', 'ask', 'archive', 'my posts', 'faq'];
type UNote = { kind: 'reblog' | 'like' | 'posted'; who: string; from?: string; added?: string };
const uNotes: UNote[] = [
  {
    kind: 'reblog',
    who: 'marginaliaandmoss',
    from: 'the-parish-chest',
    added: 'THE BISHOP. “perhaps mr grove could spend more of the winter in hollin cross” is the politest burn i have ever read',
  },
  { kind: 'like', who: 'quietmarshes' },
  { kind: 'reblog', who: 'fenland-folk', from: 'marginaliaandmoss' },
  {
    kind: 'reblog',
    who: 'sextonsdaughter',
    from: 'the-parish-chest',
    added: 'every village needs a hester amory. also i would simply go to the shop',
  },
  { kind: 'like', who: 'ink-and-tallow' },
  { kind: 'like', who: 'oldchurchnerd' },
  { kind: 'posted', who: 'the-parish-chest' },
];
const uAction = (n: UNote): string =>
  n.kind === 'like'
    ? `${n.who} liked this`
    : n.kind === 'posted'
      ? `${n.who} posted this`
      : `${n.who} reblogged this from ${n.from}${n.added ? ' and added:' : ''}`;
const uNote = (
  n: UNote,
): string => `<li class="note ${n.kind === 'posted' ? 'original_post' : n.kind} tumblelog_${n.who} ${n.added ? 'with' : 'without'}_commentary"><a
rel="nofollow" class="avatar_frame" target="_blank" href="https://${n.who}.tumblr.com/" title="${n.who}"><img
src="https://64.media.tumblr.com/avatar_${n.who}_64.png"
class="avatar" alt=""></a><span class="action">${
  n.kind === 'reblog'
    ? `<a rel="nofollow" href="https://${n.who}.tumblr.com/" class="tumblelog" title="${n.who}">${n.who}</a> reblogged this from <a rel="nofollow"
href="https://${n.from}.tumblr.com/" class="source_tumblelog" title="${n.from}">${n.from}</a>${n.added ? ' and added:' : ''}`
    : `<a rel="nofollow" href="https://${n.who}.tumblr.com/" class="tumblelog" title="${n.who}">${n.who}</a> ${n.kind === 'like' ? 'liked' : 'posted'} this`
}</span><div class="clear"></div>${
  n.added ? `<blockquote><a rel="nofollow" href="https://${n.who}.tumblr.com/post/741" title="View post">${n.added}</a></blockquote>` : ''
}</li>`;
const uHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="x-dns-prefetch-control" content="off">
<title>the parish chest — the lantern sermons of hollin cross</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="ok so i promised in the tags of that bell-ringers post that i would explain the lantern sermons">
<meta property="og:type" content="tumblr-feed:entry"><meta property="og:site_name" content="the parish chest"><meta property="og:title" content="${uTitle}">
<meta property="og:url" content="https://the-parish-chest.tumblr.com/post/741209388110397440/the-lantern-sermons-of-hollin-cross">
<meta name="twitter:card" content="summary"><meta name="twitter:site" content="tumblr"><meta name="color:Background" content="#f4efe6">
<meta name="color:Accent" content="#7a4b2a"><meta name="if:Show tags" content="1"><meta name="text:Theme credit" content="pastelbones">
<link rel="alternate" type="application/rss+xml" title="RSS" href="https://the-parish-chest.tumblr.com/rss">
<script type="application/ld+json">{"@type":"SocialMediaPosting","@context":"http://schema.org",
"url":"https://the-parish-chest.tumblr.com/post/741209388110397440",
"headline":"${uTitle}","datePublished":"2027-03-04T21:48:17+00:00","author":{"@type":"Person","name":"the-parish-chest"},
"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":1542}]}</script>
<link rel="stylesheet" href="https://assets.tumblr.com/client/prod/standalone/blog-network-npf/index.build.css">
<style>body{background:#f4efe6;color:#2b2420;font-family:Georgia,serif}#container{max-width:560px;margin:40px auto}.post{background:#fffdf8;padding:24px}
.tags a{color:#7a4b2a;margin-right:6px}.notes{list-style:none;padding:0}.npf_row{display:flex}</style>
<script>var __tumblr = {"blogName":"the-parish-chest","postId":"741209388110397440","isPermalink":true};</script></head>
<body class="permalink-page">
<iframe id="tumblr_controls" class="tmblr-iframe tmblr-iframe--desktop-logged-out-controls iframe-controls--desktop"
src="https://www.tumblr.com/dashboard/iframe?tumblelogName=the-parish-chest&amp;pid=741209388110397440" width="1" height="1" title="Tumblr controls"
style="position:absolute;z-index:1337;top:0;right:0;border:0;"></iframe>
<div id="container"><header id="header"><a href="/"><img class="portrait" src="https://64.media.tumblr.com/avatar_the-parish-chest_128.png" alt=""></a>
<h1 id="blog-title"><a href="/">the parish chest</a></h1><div id="description"><p>small histories from old churches. mostly 1600–1850. asks open, answers
slow.</p></div><nav id="links">${uNav.map((t) => `<a href="/${t === 'home' ? '' : t.replace(/ /g, '-')}">${t}</a>`).join(' ')}</nav></header>
<main id="posts"><article class="post text" id="post-741209388110397440"><div class="post-inner">
<h2 class="post-title">${uTitle}</h2>
<div class="post-body">${ps(uParas.slice(0, 3))}
<figure class="tmblr-full" data-orig-height="900" data-orig-width="1200"><img src="https://64.media.tumblr.com/3f1e2c/tumblr_s9x2ab_1280.jpg"
data-orig-height="900" data-orig-width="1200" alt="A small brick house with a blue plaque beside the door"></figure>
<p>${uParas[3] ?? ''}</p><ul>${lis(uList)}</ul>
${ps(uParas2)}</div>
<div class="post-meta"><a class="date" href="https://the-parish-chest.tumblr.com/post/741209388110397440/the-lantern-sermons-of-hollin-cross">March 4th,
2027</a> <span class="sep">·</span> <a class="notecount" href="#notes">2,318 notes</a> <span class="sep">·</span> <a class="reblog-link"
href="https://www.tumblr.com/reblog/741209388110397440/kP2xq9Lm">reblog</a><div class="like_button" data-post-id="741209388110397440"
id="like_button_741209388110397440"><iframe id="like_iframe_741209388110397440"
src="https://assets.tumblr.com/assets/html/like_iframe.html?_v=66c22ab5&amp;id=741209388110397440" scrolling="no" width="20" height="20" frameborder="0"
class="like_toggle" allowtransparency="true" name="like_iframe_741209388110397440"></iframe></div></div>
<div class="tags">${uTags.map((t) => `<a href="/tagged/${t.slice(1).replace(/ /g, '%20')}">${t}</a>`).join('\n')}</div></div>
<section id="notes"><h3 class="notes-title">2,318 notes</h3><ol class="notes">${uNotes.map(uNote).join('\n')}</ol>
<a class="more_notes_link" href="#" onclick="this.style.display='none';return false;">Show more notes</a></section></article></main>
<nav id="pagination"><a class="prev" href="/post/741120388447211520">← previous post</a> <a class="next" href="/post/741390022870233088">next post →</a></nav>
<footer id="footer"><p>theme by <a href="https://pastelbones.tumblr.com/">pastelbones</a></p></footer></div>
<script src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js?_v=5cc3ef07"></script>
<script>Tumblr.LikeButton.get_status_by_page(1);</script></body></html>`;
const tumblr: TestPage = gold({
  name: 'heldout713-tumblr-lantern-sermons',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: [],
  body: texts([...uParas, ...uList, ...uParas2]),
  bylines: ['March 4th, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'the parish chest', 'small histories from old churches. mostly 1600–1850. asks open, answers slow.', ...uNav, '2,318 notes', 'reblog', ...uTags,
    ...uNotes.map(uAction), ...uNotes.flatMap((n) => (n.added ? [n.added] : [])), 'Show more notes', '← previous post', 'next post →',
    'theme by pastelbones',
  ],
});

export const HELDOUT713_C: readonly TestPage[] = [hypotheses, tumblr];
