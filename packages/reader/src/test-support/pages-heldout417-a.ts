import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout417-kit.js';

/**
 * Held-out batch 417, file a: a Webtoon-style episode viewer whose only text is the creator's note under the panels (top
 * bar, episode header, image list, Subscribe / Like bar, episode carousel, top comments, recommendations, cookie banner,
 * footer), and a Tapas-style novel episode (viewer header, episode text, creator's note, support bar, comments, footer).
 */
const wTitle = 'Ep. 47 - The Night Market';
const wNote = paras(`
Hi everyone! Episode 47 is finally here, and it is the longest one I have drawn so far: 61 panels, most of them lit only by
lanterns, which meant I repainted the whole colour pass twice before the night looked warm instead of muddy.

A lot of you asked in the comments of the last episode whether Teodora really sold her compass to the fish-oil merchant.
I will not spoil anything, but please look closely at the stall in the fourth panel from the bottom. Everything in the market
is a clue this week, even the songs the street cats are singing.

Some housekeeping: the season will pause for three weeks after Episode 50 so I can rest my wrist and finish the thumbnails for
the Dry Coast arc. The bonus comic about Old Basko's first boat will still go up during the break, and I will post the
colouring timelapse for this episode on my other pages.

Thank you for every comment and every fan drawing. I read all of them, usually at two in the morning with a cup of barley tea,
and they are the reason this story is still going after two years. See you next Friday!
`);
const wNav = ['ORIGINALS', 'CANVAS', 'Search', 'Publish', 'Log In'];
const wEps = ['Ep. 45 - Low Tide', 'Ep. 46 - The Compass Debt', 'Ep. 48 - Lantern Oil'];
const wRec = ['The Marrow Orchard', 'Second Shift Sorcery', 'Paper Moons Over Vell'];
const wFoot = ['Terms of Use', 'Privacy Policy', 'Cookie Policy', 'Help', 'Community Rules'];
const wComments = [
  'The cat song in panel 30 is the compass coordinates, I am calling it now',
  'Basko pretending not to care while buying her a skewer. My heart.',
];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lanternfall Harbor - ${wTitle} | TIDEPANEL</title>
<meta name="description" content="Teodora goes to the night market to buy back what she lost.">
<meta property="og:title" content="Lanternfall Harbor - ${wTitle}"><meta property="og:type" content="article">
<meta property="og:image" content="https://swebtoon-phinf.tidepanel.example/20260306_88/thumb.jpg"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.tidepanel.example/en/fantasy/lanternfall-harbor/ep-47/viewer?title_no=4417&amp;episode_no=47">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ComicIssue","name":"${wTitle}","issueNumber":47,
"isPartOf":{"@type":"ComicSeries","name":"Lanternfall Harbor"},"author":{"@type":"Person","name":"quillmoth"}}</script>
<script>var pageInfo = {titleNo: 4417, episodeNo: 47, webtoonType: "WEBTOON", genre: "FANTASY"};</script></head>
<body class="en"><div id="wrap"><div id="header" class="header"><div class="header_inner"><a href="/en/" class="logo"><span class="blind">TIDEPANEL</span></a>
<ul class="gnb">${links(wNav, 'gnb_item')}</ul></div></div>
<div id="container" class="viewer"><div class="subj_info"><a href="/en/fantasy/lanternfall-harbor/list?title_no=4417" class="subj"
title="Lanternfall Harbor">Lanternfall Harbor</a><span class="ico_arr2"></span><h1 class="subj_episode" title="${wTitle}">${wTitle}</h1></div>
<div class="paginate v2"><a href="/ep-46" class="pg_prev _prevEpisode">Previous Episode</a><a href="/list" class="btn_list">Episode List</a>
<a href="/ep-48" class="pg_next _nextEpisode">Next Episode</a></div>
<div id="content" class="cont_box"><div class="viewer_lst"><div class="viewer_img _img_viewer_area" id="_imageList">
<img src="https://webtoon-phinf.tidepanel.example/4417/47/01.jpg" alt="image" class="_images" width="800" height="1280">
<img src="https://webtoon-phinf.tidepanel.example/4417/47/02.jpg" alt="image" class="_images" width="800" height="1280">
<img src="https://webtoon-phinf.tidepanel.example/4417/47/03.jpg" alt="image" class="_images" width="800" height="1280"></div></div>
<div class="viewer_ad_area"><span class="ad_label">Advertisement</span><div id="div-gpt-ad-viewer-bottom"></div></div>
<div class="creator_note"><h2 class="title">Creator</h2><div class="author_area"><a href="/creator/quillmoth" class="author_thmb"><img
src="https://pstatic.tidepanel.example/creator/quillmoth.png" alt="quillmoth"></a><span class="author_name">quillmoth</span></div>
<div class="author_text">${ps(wNote)}</div></div>
<div class="viewer_footer"><ul class="btn_area"><li><a href="#" class="btn_subscribe _btnFavorite">Subscribe</a></li>
<li><a href="#" class="_likeItButton"><span class="ico_like"></span><em class="u_cnt _count">12,408</em></a></li>
<li><a href="#" class="btn_share _shareBtn">Share</a></li></ul>
<div class="episode_lst"><h3 class="episode_title">More Episodes</h3><ul class="episode_cont">${links(wEps, '_thumbnailList')}</ul></div></div>
<div id="comment_module" class="u_cbox"><h3 class="u_cbox_title">Top Comments</h3><ul class="u_cbox_list">
${wComments
  .map(
    (c, i) => `<li class="u_cbox_comment"><span class="u_cbox_nick">${['nightjar_reads', 'basko_defender'][i] ?? ''}</span>
<span class="u_cbox_date">Mar 6, 2026</span><span class="u_cbox_contents">${c}</span><span class="u_cbox_cnt_recomm">${['842', '611'][i] ?? ''}</span></li>`,
  )
  .join('\n')}
</ul><a href="#" class="u_cbox_btn_more">View all 1,093 comments</a></div>
<div class="detail_lst recommend"><h3 class="title">You may also like</h3><ul>${links(wRec, 'rec_item')}</ul></div></div></div>
<div id="footer"><ul class="footer_menu">${links(wFoot)}</ul><p class="copyright">© TIDEPANEL Entertainment Corp. All rights reserved.</p></div>
<div id="gdprLayer" class="gdpr_layer"><p class="gdpr_text">We use cookies to personalise content and ads and to analyse our traffic.</p>
<button class="gdpr_btn _accept">Accept All</button><button class="gdpr_btn _settings">Manage Settings</button></div></div>
<script src="https://static.tidepanel.example/js/viewer.min.js"></script></body></html>`;
const webtoon: TestPage = {
  name: 'heldout417-webtoon-blog',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wNote),
  bylines: ['quillmoth', 'Mar 6, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Lanternfall Harbor', 'Previous Episode', 'Episode List', 'Next Episode', 'Advertisement', 'Creator', 'Subscribe', '12,408', 'Share',
    'More Episodes', ...wEps, 'Top Comments', 'nightjar_reads', 'basko_defender', ...wComments, '842', '611', 'View all 1,093 comments',
    'You may also like', ...wRec, ...wFoot, '© TIDEPANEL Entertainment Corp. All rights reserved.',
    'We use cookies to personalise content and ads and to analyse our traffic.', 'Accept All', 'Manage Settings',
  ],
};

const tTitle = 'Episode 12 - A Letter for the Lighthouse';
const tBody = paras(`
The letter arrived on a Tuesday, which was strange, because the supply boat to Corrin Rock only came on Fridays and nobody else
had business crossing the strait in February. Ines found it wedged under the door of the lamp room, dry despite the rain,
sealed with green wax that smelled faintly of cloves.

She did not open it at once. Her uncle had taught her that a keeper's first duty was the light, and the light still needed
its wick trimmed and its lens wiped before the afternoon darkened. So she worked, and the letter waited on the table beside
the log book, and every few minutes she glanced at it as if it might have moved.

When the lamp was lit she finally broke the seal. The handwriting was her mother's, and her mother had been dead for eleven
years.

"If you are reading this," it began, "then the keeper has kept his promise, and you are old enough to know about the second
light." Ines read the line three times. There was no second light on Corrin Rock. There was the tower, the cottage, the goat
shed and the rusted winch, and beyond them only water.

The rest of the letter was a list, written in the careful, slanted hand her mother had used for recipes:

Ines turned the page over. On the back, in pencil, someone else had written a single word: Wait.

Outside, the beam swept over the strait, and for a moment, far to the north where there should have been nothing at all,
something answered it.
`);
const tList = [
  'Count the steps from the cottage door to the winch, then count them again at low tide.',
  'Look under the third stone of the goat shed, the one with the gull scratched into it.',
  'Do not tell the keeper what you find until the boat has come and gone.',
];
const tNote = 'Thank you for reading! Episode 13 goes up on Thursday. Ink Coins help me keep this story free for everyone.';
const tNav = ['Comics', 'Novels', 'Mature', 'Community', 'Ink Shop'];
const tFoot = ['About', 'Careers', 'Creator Program', 'Help Center', 'Terms', 'Privacy'];
const tHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Salt Keeper | ${tTitle} | Tapestria</title>
<meta name="description" content="Read Salt Keeper, a mystery novel by Ysolde Marr on Tapestria.">
<meta property="og:site_name" content="Tapestria"><meta property="og:title" content="Salt Keeper - ${tTitle}"><meta property="og:type" content="book">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Chapter","name":"${tTitle}","isPartOf":{"@type":"Book","name":"Salt Keeper",
"author":"Ysolde Marr"},"datePublished":"2026-02-24"}</script>
<script>window.tapas = {episodeId: 3318840, seriesId: 291775, isNovel: true, readingMode: "scroll"};</script></head>
<body class="body-content body--viewer"><div class="top-nav js-top-nav"><a href="/" class="top-nav__logo">Tapestria</a>
<ul class="top-nav__menu">${links(tNav, 'top-nav__item')}</ul><a href="/account/signin" class="top-nav__button">Log in</a></div>
<div class="viewer js-viewer" data-episode-id="3318840"><div class="viewer__header"><a href="/series/salt-keeper/info" class="series-title">Salt Keeper</a>
<h1 class="viewer__title title">${tTitle}</h1><p class="viewer__info"><span class="js-publish-date">Feb 24, 2026</span>
<span class="view-count">3.2k views</span><span class="like-count">418 likes</span></p></div>
<article class="viewer__body js-episode-article"><div class="ep-epub-contents">${ps(tBody.slice(0, 5))}
<ol>${lis(tList)}</ol>
${ps(tBody.slice(5))}</div></article>
<div class="creator-section"><p class="creator-section__title">Creator's note</p><a href="/ysolde" class="creator-name">Ysolde Marr</a>
<p class="creator-section__note">${tNote}</p></div>
<div class="viewer__support"><button class="js-like-btn">Like</button><button class="js-support-btn">Support creator</button>
<button class="js-subscribe-btn">Subscribe</button><button class="js-share-btn">Share</button></div>
<div class="viewer__nav"><a href="/episode/3318839" class="js-prev-ep">Previous episode</a><a href="/episode/3318841" class="js-next-ep">Next episode</a></div>
<section class="comment-section"><h3 class="comment-section__title">Comments (37)</h3><div class="comment-item"><a class="comment-item__name">gullwatcher</a>
<span class="comment-item__date">2 weeks ago</span><p class="comment-item__body">The second light!! I knew the winch mattered.</p></div>
<div class="comment-item"><a class="comment-item__name">strait_reader</a><span class="comment-item__date">13 days ago</span>
<p class="comment-item__body">Who wrote Wait on the back though. Not the keeper, the handwriting is described differently.</p></div></section></div>
<footer class="footer"><ul class="footer__menu">${links(tFoot)}</ul><p class="footer__copyright">© 2026 Tapestria Media, Inc.</p></footer>
<div class="cookie-consent js-cookie-consent"><p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p>
<button class="js-cookie-ok">Got it</button></div></body></html>`;
const tapas: TestPage = {
  name: 'heldout417-tapas-blog',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: [...texts(tBody.slice(0, 5)), ...texts(tList), ...texts(tBody.slice(5))],
  bylines: ['Feb 24, 2026', 'Ysolde Marr', 'gullwatcher', '2 weeks ago', 'strait_reader', '13 days ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tapestria', ...tNav, 'Log in', 'Salt Keeper', '3.2k views', '418 likes', "Creator's note", tNote, 'Like', 'Support creator', 'Subscribe', 'Share',
    'Previous episode', 'Next episode', 'Comments (37)', 'The second light!! I knew the winch mattered.',
    'Who wrote Wait on the back though. Not the keeper, the handwriting is described differently.', ...tFoot, '© 2026 Tapestria Media, Inc.',
    'This site uses cookies. By continuing to browse you agree to our use of cookies.', 'Got it',
  ],
};

export const HELDOUT417_A: readonly TestPage[] = [webtoon, tapas];
