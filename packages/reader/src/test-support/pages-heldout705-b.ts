import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout705-kit.js';

/**
 * Held-out batch 705, file b: an album review on a music magazine built on a Condé Nast-style (Pitchfork) styled-components
 * template, with its score, genre/label/date block, affiliate buy button and newsletter plug inside the body, and a book
 * review post on a Blogger blog (Simple theme) with threaded comments, an archive widget and Google's cookie notice.
 */
const pTitle = 'Lowland Radio';
const pArtist = 'Mavis Orr';
const pDek = j(
  'On her fourth album, the Marsh County songwriter builds a whole town out of AM static, church-hall pianos, and a voice',
  'that sounds like it has been waiting all night for a bus.',
);
const pBody = [
  j(
    'Somewhere near the end of “Signal Hill,” the third song on <em>Lowland Radio</em>, Mavis Orr stops singing and lets the tape',
    'run. For almost a minute you hear a kettle, a car passing in the rain, and a radio in another room tuned just off a station.',
    'It should feel like filler. Instead it is the moment the whole record comes into focus: an album about the sounds that fill',
    'a house after someone has left it.',
  ),
  j(
    'Orr has been making records from her home in Marsh County for more than a decade, and the three before this one—most',
    'notably 2021’s spare, lovely <em>Pilot Light</em>—established her as a writer of small, exact songs about weather and work.',
    '<em>Lowland Radio</em> keeps that precision but widens the frame. Recorded over two winters in a disused chapel with her',
    'longtime collaborator Ansel Reyes, it is thick with found sound: a church-hall upright piano, a pump organ with two dead keys,',
    'shortwave hiss captured on a cassette deck Orr bought at a yard sale for four dollars.',
  ),
  j(
    'The risk with a record this textured is that the songs disappear under the furniture. They rarely do. “Parish Lines” rides',
    'a simple three-chord figure for five minutes without ever feeling long, Orr’s voice moving from a murmur to a near-shout and',
    'back as the organ swells beneath her. “Ferryman’s Daughter,” the closest thing here to a single, borrows the loping rhythm',
    'of an old waltz and sets against it a lyric about a woman counting the cars on a bridge she is afraid to cross. “I know the',
    'number but I don’t know the way,” Orr sings, and the line lands like a confession.',
  ),
  j(
    'Reyes deserves a good deal of the credit. His arrangements are patient and occasionally very funny—a clarinet that keeps',
    'wandering in half a beat late on “Tuesday Choir,” a snare drum recorded so far from the microphone it sounds like it is in',
    'the next county. He and Orr have a way of leaving room, and the quiet on this album is as carefully placed as any of the notes.',
  ),
  j(
    'Not everything works. The two instrumental interludes, “Static I” and “Static II,” feel like sketches that wandered in from',
    'a different project, and the closing “Lowland” stretches a lovely melody past the point where it has anything left to say.',
    'At 54 minutes, the record would have been stronger at 45.',
  ),
  j(
    'But those are small complaints about an album this generous. <em>Lowland Radio</em> is the sound of an artist trusting her',
    'surroundings, listening hard to the hum of a place until it becomes music. By the time the final radio crackle fades, you',
    'may find yourself turning your own off and listening to what is left.',
  ),
];
const pAffiliate = j(
  'All products featured on Faultline are independently selected by our editors. However, when you buy something through our',
  'retail links, we may earn an affiliate commission.',
);
const pPlug = 'Catch up every Saturday with 10 of our best-reviewed albums of the week. Sign up for the 10 to Hear newsletter here.';
const pNav = ['News', 'Reviews', 'Best New Music', 'Features', 'Lists', 'Video', 'Festival'];
const pMore: [string, string, string][] = [
  ['Copperline', 'Night Ferries', '7.4'],
  ['Dessa Quayle', 'Glass Orchard', '8.0'],
  ['The Parlour Saints', 'Hymns for Tuesday', '6.1'],
];
const pFoot = ['About', 'Careers', 'Contact', 'Masthead', 'Newsletter', 'RSS Feeds', 'User Agreement', 'Privacy Policy', 'Your Privacy Choices'];
const sc = (name: string, hash: string): string => `${name}-sc-${hash}`;
const pHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Mavis Orr: Lowland Radio Album Review | Faultline</title>
<meta name="description" content="${pDek}"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Mavis Orr: Lowland Radio"><meta property="og:type" content="article"><meta property="og:site_name" content="Faultline">
<meta name="author" content="Jonah Pettigrew"><link rel="canonical" href="https://faultline.example/reviews/albums/mavis-orr-lowland-radio/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","itemReviewed":{"@type":"MusicAlbum","name":"Lowland Radio",
"byArtist":{"@type":"MusicGroup","name":"Mavis Orr"}},"reviewRating":{"@type":"Rating","bestRating":"10","ratingValue":8.2,"worstRating":"0"},
"author":[{"@type":"Person","name":"Jonah Pettigrew"}],"datePublished":"2027-10-03T05:00:00.000-04:00"}</script>
<style data-styled="true" data-styled-version="5.3.11">.${sc('BaseWrap', 'gjQpdd')}{margin:0 auto}</style>
<script>window.__PRELOADED_STATE__ = {"transformed":{"article":{"contentType":"musicalbumreview","rating":8.2,"isBestNewMusic":true,
"headerProps":{"dangerousHed":"Lowland Radio"}},"coreDataLayer":{"content":{"functionalTags":["best-new-music"]}}}};</script>
</head><body><div id="app-root"><div class="page" data-testid="page">
<div class="${sc('StackWrapper', 'bKvhWq')}"><a class="${sc('SkipLink', 'fPfKqZ')}" href="#main-content">Skip to main content</a></div>
<header class="${sc('NavigationWrapper', 'dQSgFk')}" data-testid="navigation"><div class="${sc('NavigationLogo', 'hBcUeC')}">
<a href="/" aria-label="Faultline home"><svg class="logo"></svg></a></div><nav aria-label="Main"><ul class="${sc('NavigationList', 'kXGvTm')}">
${links(pNav, sc('NavigationListItem', 'eCvzMx'))}</ul></nav>
<div class="${sc('NavigationUtility', 'jVqgLu')}"><a href="/newsletter" class="${sc('Button', 'kpiXmK')}">Newsletter</a>
<button class="${sc('SearchButton', 'bvXqEa')}"><span class="${sc('ButtonLabel', 'cLdUip')}">Search</span></button></div></header>
<main id="main-content" tabindex="-1"><article class="article main-content" lang="en-US"><header class="${sc('SplitScreenContentHeaderWrapper', 'fWXKpe')}">
<div class="${sc('SplitScreenContentHeaderInfo', 'cTwXTi')}"><div class="${sc('SplitScreenContentHeaderArtist', 'cFbMXJ')}">
<a href="/artists/mavis-orr/" class="${sc('BaseLink', 'eOCvjf')}">${pArtist}</a></div>
<h1 data-testid="ContentHeaderHed" class="${sc('BaseText', 'ewhhUZ')} ${sc('SplitScreenContentHeaderHed', 'lcCcNo')}">${pTitle}</h1>
<div class="${sc('SplitScreenContentHeaderScoreBox', 'gvYpRB')}"><div class="${sc('ScoreCircle', 'yVZCn')}"><p class="${sc('Rating', 'kHVVkL')}">8.2</p></div>
<p class="${sc('BestNewMusicText', 'jNfvEC')}"><svg class="icon icon-bnm"></svg>Best New Music</p></div>
<p class="${sc('SplitScreenContentHeaderReleaseYear', 'bpEUVo')}">Tinderbox • 2027</p></div>
<div class="${sc('SplitScreenContentHeaderLede', 'gRdmDe')}"><figure class="${sc('AlbumArt', 'kJmdtb')}"><img alt="Lowland Radio album artwork"
src="https://media.faultline.example/photos/66f1/1:1/w_320/lowland-radio.jpg"></figure></div></header>
<div class="${sc('SplitScreenContentHeaderDekDown', 'csTFQR')}"><div class="${sc('BaseText', 'ewhhUZ')} ${sc('ContentHeaderDek', 'fqQuNg')}">
<p>${pDek}</p></div></div>
<div class="${sc('ContentHeaderByline', 'jUDwjm')}" data-testid="BylinesWrapper"><p class="${sc('BylinePreamble', 'fBjDNi')}">By</p>
<span class="${sc('BylineName', 'kqTtdm')}"><a href="/staff/jonah-pettigrew/" class="${sc('BylineLink', 'gEdjNZ')}">Jonah Pettigrew</a></span></div>
<div class="${sc('InfoSliceWrapper', 'ftTdbA')}"><ul class="${sc('InfoSliceList', 'hJtyET')}">
<li class="${sc('InfoSliceListItem', 'gpbuIw')}">
<p class="${sc('InfoSliceKey', 'gLicrP')}">Genre:</p><p class="${sc('InfoSliceValue', 'kWYGkP')}">Folk/Country</p></li>
<li class="${sc('InfoSliceListItem', 'gpbuIw')}">
<p class="${sc('InfoSliceKey', 'gLicrP')}">Label:</p><p class="${sc('InfoSliceValue', 'kWYGkP')}">Tinderbox</p></li>
<li class="${sc('InfoSliceListItem', 'gpbuIw')}"><p class="${sc('InfoSliceKey', 'gLicrP')}">Reviewed:</p>
<p class="${sc('InfoSliceValue', 'kWYGkP')}">October 3, 2027</p></li></ul></div>
<div class="${sc('SocialIconsWrapper', 'aGmJGx')}" data-testid="SocialIcons"><ul>
<li><a href="https://www.facebook.com/dialog/share" aria-label="Share on Facebook"><svg></svg></a></li>
<li><a href="https://twitter.com/intent/tweet" aria-label="Share on X"><svg></svg></a></li>
<li><a href="mailto:?subject=Mavis%20Orr" aria-label="Share via Email"><svg></svg></a></li></ul>
<button class="${sc('SaveButton', 'dyCmfn')}"><span>Save this story</span></button></div>
<div class="${sc('ArticlePageChunks', 'kCeUso')}"><div class="body body__container article__body"><div class="container container--body">
<div class="container--body-inner"><div class="body__inner-container">
${ps(pBody.slice(0, 3))}
<div class="${sc('ProductEmbedWrapper', 'hzHrjy')}" data-testid="product-embed"><div class="${sc('ProductEmbedInfo', 'iQsJzq')}">
<p class="${sc('ProductEmbedHed', 'cXdJRa')}">Mavis Orr: Lowland Radio</p>
<a class="${sc('ProductOfferButton', 'jSMFBW')}" href="https://shop.example/marrow-records/lowland-radio" rel="sponsored noopener">$18 at Marrow Records</a>
</div></div>
${ps(pBody.slice(3))}
<hr class="${sc('Divider', 'hPAtMq')}"><p><em>${pAffiliate}</em></p>
<p><em>Catch up every Saturday with 10 of our best-reviewed albums of the week. Sign up for the 10 to Hear newsletter
<a href="https://faultline.example/newsletter/10-to-hear/">here</a>.</em></p></div></div></div></div></div>
<div class="${sc('ContentFooterWrapper', 'fGqoNB')}"><div class="${sc('AdWrapper', 'cPZvOj')}"><div class="ad__label">Advertisement</div>
<div class="ad ad--footer" data-slot="footer"></div></div>
<section class="${sc('RecircMoreReviews', 'jFxYpC')}"><h2 class="${sc('SectionTitle', 'dcDtNS')}">More Reviews</h2><ul>${pMore
  .map(
    ([artist, album, score]) => `<li class="${sc('SummaryItem', 'cDfxmA')}"><a href="/reviews/albums/${album.toLowerCase().replace(/ /g, '-')}/">
<div class="${sc('SummaryItemArtist', 'bFqlqY')}">${artist}</div><h3 class="${sc('SummaryItemHed', 'dTmQnx')}">${album}</h3></a>
<span class="${sc('SummaryItemRating', 'gcSsUn')}">${score}</span></li>`,
  )
  .join('\n')}</ul></section></div></article></main>
<footer class="${sc('PageFooterWrapper', 'kDCsSf')}"><nav aria-label="Footer"><ul>${links(pFoot, sc('PageFooterListItem', 'cZiQTR'))}</ul></nav>
<p class="${sc('PageFooterCopyright', 'dIxnqR')}">© 2027 Larkspur Publishing. All rights reserved. Faultline may earn a portion of sales from products that
are purchased through our site as part of our Affiliate Partnerships with retailers.</p></footer></div></div>
<script src="https://assets.faultline.example/verso/static/faultline/assets/main.3f9a1c.js" async></script></body></html>`;
const faultline: TestPage = gold({
  name: 'heldout705-condenast-album-review',
  kind: 'news',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts([pDek, ...pBody]),
  bylines: ['By Jonah Pettigrew', 'Jonah Pettigrew', 'Reviewed:', 'October 3, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...pNav, 'Newsletter', 'Search', pArtist, '8.2', 'Best New Music', 'Tinderbox • 2027', 'Genre:', 'Folk/Country',
    'Label:', 'Tinderbox', 'Save this story', 'Mavis Orr: Lowland Radio', '$18 at Marrow Records', pAffiliate, pPlug, 'Advertisement',
    'More Reviews', ...pMore.flat(), ...pFoot,
    j(
      '© 2027 Larkspur Publishing. All rights reserved. Faultline may earn a portion of sales from products that are purchased through our site as',
      'part of our Affiliate Partnerships with retailers.',
    ),
  ],
});

const bBlog = 'The Dog-Eared Shelf';
const bTitle = 'Review: The Lamplighter’s Almanac by Corin Ashdown';
const bInfo = [
  '<b>Title:</b> The Lamplighter’s Almanac',
  '<b>Author:</b> Corin Ashdown',
  '<b>Publisher:</b> Greywing Press',
  '<b>Pages:</b> 384',
  '<b>Source:</b> Borrowed from my local library',
  '<b>My rating:</b> 4 out of 5 cups of tea',
];
const bParas = [
  j(
    'I picked this one up on a whim at the library after seeing the cover face-out on the new arrivals shelf (that cover! the',
    'little brass lamps!), and I am so glad I did. <i>The Lamplighter’s Almanac</i> is Corin Ashdown’s second novel, and it is a',
    'quiet, strange, completely absorbing book about a city that runs out of light.',
  ),
  j(
    'The story follows Idony Vass, the youngest member of the Lamplighters’ Guild in the river city of Calder Mote. Every night',
    'the guild lights the eleven thousand lamps that keep the fog – and whatever lives in it – out of the streets. When the lamp',
    'oil starts to fail, and the guild masters refuse to say why, Idony begins copying pages from the guild’s secret almanac, a',
    'book that seems to predict which lamps will go out and when.',
  ),
  'What I loved',
  j(
    'The world-building is just gorgeous. Ashdown never stops to explain things; you learn about Calder Mote the way Idony does,',
    'one street at a time, and by the end I felt like I could have drawn a map. Each chapter opens with a short entry from the',
    'almanac itself, and these little fragments are some of the best writing in the book:',
  ),
  'Third night of the thaw. Lamp 4,112 on Salter’s Stair burns blue. Do not relight it. Do not stand beneath it. Write down who does.',
  j(
    'I also loved Idony’s friendship with Oswin, the grumpy old bookbinder who helps her decode the almanac. Their scenes',
    'together are funny and warm and gave me a bit of a lump in my throat near the end.',
  ),
  'What didn’t quite work for me',
  j(
    'The middle section drags a little. There is a long stretch where Idony is hiding in the guild archives and, honestly, not',
    'much happens except a lot of reading by candlelight (which, okay, is very on brand). I also guessed the big reveal about the',
    'guild master about a hundred pages before it arrived.',
  ),
  'A few things to know before you start:',
  'There is some peril involving a drowning, so be warned if that is difficult for you.',
  'It is a standalone, so no cliffhanger!',
  'The audiobook is narrated by Harriet Moss, and my friend Bea says it is excellent.',
  'Final thoughts',
  j(
    'If you like slow, atmospheric fantasy with a mystery at its heart, this is one to curl up with on a rainy evening. Four',
    'cups of tea out of five, and I will be reading Ashdown’s first novel, <i>The Salt Orchard</i>, next.',
  ),
  'Have you read this one? Let me know what you thought in the comments!',
];
const bDiv = (t: string): string => `<div style="text-align: justify;">${t}</div><div style="text-align: justify;"><br /></div>`;
const bHeads = [at(bParas, 2), at(bParas, 6), at(bParas, 12)];
const bComments: [string, string, string, boolean][] = [
  ['Bea Lindgren', '7 March 2027 at 10:02', 'Oh, I loved this one too! The almanac entries gave me chills. Great review, Tamsin.', false],
  ['Tamsin Rook', '7 March 2027 at 12:40', 'Thanks Bea! That blue lamp is going to haunt me for weeks.', true],
  ['Unknown', '8 March 2027 at 18:15', 'Adding this to my TBR right now. Would it be okay for a younger teen?', false],
  ['Tamsin Rook', '8 March 2027 at 19:03', 'I’d say thirteen and up, mostly because of that one scene near the river.', true],
  ['Pages &amp; Pinecones', '9 March 2027 at 09:21', 'Great review! I’ve been on the fence about this one but you’ve convinced me.', false],
];
const bComment = ([who, when, text]: [string, string, string, boolean], i: number): string => `<li class="comment" id="c58${i}1">
<div class="avatar-image-container">
<img src="//resources.blogblog.com/img/blank.gif" alt=""></div><div class="comment-block"><div class="comment-header"><cite class="user">
<a href="https://www.blogger.com/profile/0${i}" rel="nofollow">${who}</a></cite><span class="icon user"></span><span class="datetime secondary-text">
<a rel="nofollow" href="https://dogearedshelf.blogspot.com/2027/03/review-lamplighters-almanac.html?showComment=17889${i}#c58${i}1">${when}</a></span></div>
<p class="comment-content">${text}</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="58${i}1">Reply</a>
</span></div>`;
const bThread = bComments
  .map((c, i) => {
    const li = bComment(c, i);
    const next = bComments[i + 1];
    if (c[3]) return `${li}</li></ol></div></div></li>`;
    if (next?.[3]) return `${li}<div class="comment-replies"><div class="comment-thread inline-thread"><ol>`;
    return `${li}</li>`;
  })
  .join('\n');
const bArchive = ['► 2027 (9)', '▼ March (2)', bTitle, 'Top Ten Tuesday: Books With Maps', '► February (4)', '► January (3)', '► 2026 (41)'];
const bLabels = ['4 stars', 'fantasy', 'library books', 'reviews'];
const bHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en-GB' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'
xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head><meta content='width=1100' name='viewport'/><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/><link href='https://dogearedshelf.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://dogearedshelf.blogspot.com/2027/03/review-lamplighters-almanac.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="The Dog-Eared Shelf - Atom" href="https://dogearedshelf.blogspot.com/feeds/posts/default" />
<meta content='A cosy, spoiler-free review of The Lamplighter’s Almanac by Corin Ashdown.' name='description'/>
<meta content='${bTitle}' property='og:title'/><meta content='https://dogearedshelf.blogspot.com/2027/03/review-lamplighters-almanac.html' property='og:url'/>
<title>The Dog-Eared Shelf: ${bTitle}</title>
<style id='page-skin-1' type='text/css'><!--
/* Name: Simple  Designer: Blogger  URL: www.blogger.com */
body { font: normal normal 14px Georgia, Utopia, 'Palatino Linotype', Palatino, serif; color: #3d3d3d; background: #f3efe6 none repeat scroll top left; }
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css' />
<script type="text/javascript">(function() { var a=window,c="jstiming"; a.ptload=function(b){}; })();</script>
</head>
<body class='loading variant-literate'>
<div class='navbar no-items section' id='navbar' name='Navbar'></div>
<div id="cookieChoiceInfo" class="cookie-choices-info"><div class="cookie-choices-inner"><span class="cookie-choices-text">This site uses cookies from Google to
deliver its services and to analyse traffic. Your IP address and user agent are shared with Google, together with performance and security metrics, to ensure
quality of service, generate usage statistics and to detect and address abuse.</span></div><div class="cookie-choices-buttons">
<a class="cookie-choices-button" href="https://policies.google.com/technologies/cookies" target="_blank">Learn more</a>
<a class="cookie-choices-button" href="#" id="cookieChoiceDismiss">OK</a></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><div class='content-cap-top cap-top'></div><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header' name='Header'>
<div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://dogearedshelf.blogspot.com/'>${bBlog}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Cosy reviews of fantasy, mysteries and whatever the library had on the returns trolley.</span></p>
</div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='section' id='crosscol' name='Cross-Column'>
<div class='widget PageList' data-version='1' id='PageList1'>
<div class='widget-content'><ul><li class='selected'><a href='https://dogearedshelf.blogspot.com/'>Home</a></li>
<li><a href='https://dogearedshelf.blogspot.com/p/review-policy.html'>Review Policy</a></li>
<li><a href='https://dogearedshelf.blogspot.com/p/review-index.html'>Review Index</a></li>
<li><a href='https://dogearedshelf.blogspot.com/p/about.html'>About</a></li></ul></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-fluid-2'><div class='columns fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='Main'>
<div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Sunday, 7 March 2027</span></h2><div class="date-posts">
<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/lamplighter-cover.jpg' itemprop='image_url'/>
<a name='5819927741100000001'></a><h3 class='post-title entry-title' itemprop='name'>${bTitle}</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-5819927741100000001' itemprop='description articleBody'>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s1600/lamplighter-cover.jpg"
imageanchor="1" style="clear: left; float: left; margin-bottom: 1em; margin-right: 1em;"><img border="0" data-original-height="1500" data-original-width="980"
height="320" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/s320/lamplighter-cover.jpg" width="209" /></a></div>
<div>${bInfo.join('<br />\n')}</div><div><br /></div>
${bParas.slice(0, 2).map(bDiv).join('\n')}
<h3 style="text-align: left;">${at(bParas, 2)}</h3>
${bDiv(at(bParas, 3))}
<blockquote style="border: none; margin: 0px 0px 0px 40px; padding: 0px;"><div style="text-align: justify;"><i>${at(bParas, 4)}</i></div></blockquote>
<div><br /></div>${bDiv(at(bParas, 5))}
<h3 style="text-align: left;">${at(bParas, 6)}</h3>
${bParas.slice(7, 9).map(bDiv).join('\n')}
<ul style="text-align: left;">${lis(bParas.slice(9, 12))}</ul>
<h3 style="text-align: left;">${at(bParas, 12)}</h3>
${bParas.slice(13).map(bDiv).join('\n')}
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='https://www.blogger.com/profile/07713' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/07713' rel='author'
title='author profile'><span itemprop='name'>Tamsin Rook</span></a></span></span>
<span class='post-timestamp'>at <meta content='https://dogearedshelf.blogspot.com/2027/03/review-lamplighters-almanac.html' itemprop='url'/>
<a class='timestamp-link' href='https://dogearedshelf.blogspot.com/2027/03/review-lamplighters-almanac.html' rel='bookmark' title='permanent link'>
<abbr class='published' itemprop='datePublished' title='2027-03-07T08:14:00Z'>08:14</abbr></a></span>
<span class='post-comment-link'></span><span class='post-icons'></span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=77&amp;postID=58&amp;target=email' target='_blank'
title='Email This'><span class='share-button-link-text'>Email This</span></a>
<a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID=77&amp;postID=58&amp;target=blog' target='_blank'
title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a>
<a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID=77&amp;postID=58&amp;target=twitter'
target='_blank' title='Share to X'><span class='share-button-link-text'>Share to X</span></a>
<a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID=77&amp;postID=58&amp;target=facebook'
target='_blank' title='Share to Facebook'><span class='share-button-link-text'>Share to Facebook</span></a>
<a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?blogID=77&amp;postID=58&amp;target=pinterest'
target='_blank' title='Share to Pinterest'><span class='share-button-link-text'>Share to Pinterest</span></a></div></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels:
${bLabels.map((t) => `<a href='https://dogearedshelf.blogspot.com/search/label/${encodeURIComponent(t)}' rel='tag'>${t}</a>`).join(',\n')}</span></div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>5 comments:</h4><div class='comments-content'>
<div class='comment-thread toplevel-thread'><ol id='top-ra'>
${bThread}
</ol></div><div class='continue' id='top-continue'><a class='comment-reply' href='javascript:;' target='_self'>Add comment</a></div>
<div class='comment-replybox-thread' id='top-ce'></div><div class='loadmore hidden' data-post-id='58'><a href='javascript:;' target='_self'>Load more...</a>
</div></div>
<p class='comment-footer'><div class='comment-form'><a name='comment-form'></a><h4 id='comment-post-message'>Post a Comment</h4><p></p>
<a href='https://www.blogger.com/comment/frame/77?po=58&amp;hl=en-GB' id='comment-editor-src'></a>
<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor'
name='comment-editor' src='' width='100%'></iframe></div></p></div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link'
href='https://dogearedshelf.blogspot.com/2027/03/top-ten-tuesday-maps.html' id='Blog1_blog-pager-newer-link' title='Newer Post'>Newer Post</a></span>
<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='https://dogearedshelf.blogspot.com/2027/02/wrap-up.html'
id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span><a class='home-link' href='https://dogearedshelf.blogspot.com/'>Home</a></div>
<div class='clear'></div><div class='post-feeds'><div class='feed-links'>Subscribe to:
<a class='feed-link' href='https://dogearedshelf.blogspot.com/feeds/58/comments/default' target='_blank' type='application/atom+xml'>Post Comments (Atom)</a>
</div></div></div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'>
<a href='https://www.blogger.com/profile/07713'><img alt='My photo' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/tamsin.jpg'
width='80'/></a><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/07713'
rel='author'>Tamsin Rook</a></dt><dd class='profile-textblock'>Librarian by day, reader by night. I review one book a week, mostly fantasy and
cosy mysteries, always with a pot of tea.</dd></dl><a class='profile-link' href='https://www.blogger.com/profile/07713' rel='author'>View my complete
profile</a><div class='clear'></div></div></div>
<div class='widget HTML' data-version='1' id='HTML2'><h2 class='title'>Currently Reading</h2><div class='widget-content'>
<div class="gr_custom_container_1789"><div class="gr_custom_each_container_1789"><div class="gr_custom_title_1789">
<a href="https://www.shelfmark.example/book/show/88123">The Cartographer’s Daughter</a></div>
<div class="gr_custom_author_1789">by <a href="https://www.shelfmark.example/author/show/5512">Wilhelmina Strand</a></div></div></div>
<noscript>Share <a rel="nofollow" href="/">book reviews</a> and ratings with Tamsin, and even join a book club on Shelfmark.</noscript></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'>
<div id='BlogArchive1_ArchiveList'><ul class='hierarchy'>${bArchive
  .map((t) => `<li class='archivedate'><a class='post-count-link' href='https://dogearedshelf.blogspot.com/2027/'>${t}</a></li>`)
  .join('\n')}</ul></div></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Labels</h2><div class='widget-content cloud-label-widget-content'>
${bLabels
  .map((t) => `<span class='label-size label-size-3'><a dir='ltr' href='https://dogearedshelf.blogspot.com/search/label/${t}'>${t}</a></span>`)
  .join('\n')}
</div></div>
<div class='widget Followers' data-version='1' id='Followers1'><h2 class='title'>Followers</h2><div class='widget-content'>
<div id='Followers1-wrapper'><div style='margin-right:2px;'><div><script type="text/javascript" src="https://apis.google.com/js/platform.js"></script>
</div></div></div></div></div></div></aside></div></div></div></div></div></div>
<footer><div class='footer-outer'><div class='footer-inner'><div class='foot section' id='footer-3' name='Footer'>
<div class='widget Attribution' data-version='1'
id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Theme images by <a href='http://www.istockphoto.com/portfolio/luoman'
target='_blank'>luoman</a>. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1601900224-widgets.js"></script></body></html>`;
const blogger: TestPage = gold({
  name: 'heldout705-blogger-book-review',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: bHeads,
  body: texts([...bInfo, ...bParas.filter((t) => !bHeads.includes(t))]),
  bylines: ['Sunday, 7 March 2027', 'Posted by Tamsin Rook', 'at 08:14', ...texts(bComments.map((c) => c[0])), ...bComments.map((c) => c[1])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    j(
      'This site uses cookies from Google to deliver its services and to analyse traffic. Your IP address and user agent are shared with Google,',
      'together with performance and security metrics, to ensure quality of service, generate usage statistics and to detect and address abuse.',
    ),
    'Learn more', 'OK', bBlog, 'Cosy reviews of fantasy, mysteries and whatever the library had on the returns trolley.', 'Home', 'Review Policy',
    'Review Index', 'About', 'Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest', 'Labels:', ...bLabels,
    '5 comments:', ...texts(bComments.map((c) => c[2])), 'Reply', 'Add comment', 'Post a Comment', 'Newer Post', 'Older Post', 'Subscribe to:',
    'Post Comments (Atom)', 'About Me',
    'Librarian by day, reader by night. I review one book a week, mostly fantasy and cosy mysteries, always with a pot of tea.',
    'View my complete profile', 'Currently Reading', 'The Cartographer’s Daughter', 'by Wilhelmina Strand', 'Blog Archive', ...bArchive, 'Labels',
    'Followers', 'Simple theme. Theme images by luoman. Powered by Blogger.',
  ],
});

export const HELDOUT705_B: readonly TestPage[] = [faultline, blogger];
