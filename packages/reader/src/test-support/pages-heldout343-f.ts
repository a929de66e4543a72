import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout343-kit.js';

/**
 * Held-out batch 343, file f: a SoundCloud track page (the track description is the body; the play and stats bar, tags,
 * the uploader card, timed comments, "Related tracks", "In playlists" and the sign-in prompt are furniture) and a Vimeo video
 * page in React markup with styled-components class names (the video description with its chapter list is the body;
 * the player chrome, like / share bar, the channel card, comments and "More from" rail are furniture).
 */
const sTitle = 'Undertow (Live at the Boathouse)';
const sDesc = [
  j(
    'Recorded live at the Boathouse in Kelby on a very stormy Saturday in February. The power cut out twice during soundcheck,',
    'so we played the first half of the set with a generator humming outside the back door. You can hear it if you listen for it.',
  ),
  j(
    'Undertow is the oldest song we still play. It started as a two-chord loop on a broken cassette four-track and has grown',
    'every year since. This version has the new middle section with Ilka on cello, which we worked out in the van on the way.',
  ),
  'Played by:',
  'Jonah F.: voice, guitar, loops',
  'Ilka Marsden: cello, voice',
  'Dev Okonedo: drums and a bucket of gravel',
  j(
    'Recorded to tape by Corin Hale from the desk feed and two room microphones, mixed the following week in one afternoon.',
    'Free download for now: the full live album comes out on 12 April on Harrowgate Records, with the studio version of',
    'this song as a bonus track.',
  ),
];
const sPeople = sDesc.slice(3, 6);
const sTags = ['# Folk', 'livemusic', 'strings', 'boathousesessions'];
const sRelated = ['Saltwater Hymn', 'Gull Season (Demo)', 'North Road, 4am'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Stream ${sTitle} by Jonah Ferrier | Listen online for free on SoundCloud</title>
<meta property="og:title" content="${sTitle}"><meta property="og:type" content="music.song">
<meta property="twitter:player" content="https://w.soundcloud.example/player">
<meta name="description" content="Recorded live at the Boathouse in Kelby on a very stormy Saturday in February.">
<script>window.__sc_hydration = [{"hydratable":"sound","data":{"id":1820447113,"title":"${sTitle}","playback_count":21044}}];</script>
<script crossorigin src="https://a-v2.sndcdn.example/assets/app-5e1.js"></script></head>
<body class="theme-light"><div id="app"><div class="header sc-selection-disabled"><div class="header__inner l-container l-fullwidth">
<a href="/" class="header__logoLink sc-ir">SoundCloud</a>
<nav class="header__navMenu"><ul>${links(['Home', 'Feed', 'Library'], 'header__navMenuItem')}</ul></nav>
<form class="headerSearch"><input class="headerSearch__input sc-input" placeholder="Search"></form>
<a href="/signin" class="sc-button sc-button-medium loginButton">Sign in</a><a href="/signup" class="sc-button sc-button-cta">Create account</a>
<a href="/upload" class="header__link">Upload</a></div></div>
<div class="l-container l-content"><div class="l-listen-hero"><div class="fullHero__foreground"><div class="soundTitle sc-clearfix sc-hidden">
<div class="soundTitle__titleContainer"><a class="sc-button-play playButton sc-button" title="Play">Play</a>
<h1 class="soundTitle__title sc-font g-type-shrinkwrap-inline g-type-shrinkwrap-large-primary"><span>${sTitle}</span></h1>
<h2 class="soundTitle__username g-type-shrinkwrap-inline"><a href="/jonahferrier" class="soundTitle__username sc-link-light">Jonah Ferrier</a></h2>
<div class="soundTitle__uploadTime"><time class="relativeTime" datetime="2026-02-27T18:03:41.000Z" title="27 February 2026">1 week ago</time></div>
<div class="soundTitle__tagContainer"><a class="sc-tag sc-tag-large" href="/tags/folk"><span class="sc-truncate sc-tagContent">${sTags[0]}</span></a>
</div></div></div></div></div>
<div class="l-listen-wrapper"><div class="l-about-main"><div class="listenEngagement sc-clearfix"><div class="soundActions sc-button-toolbar">
<button class="sc-button-like sc-button">Like</button><button class="sc-button-repost sc-button">Repost</button>
<button class="sc-button-share sc-button">Share</button><button class="sc-button-copylink sc-button">Copy Link</button>
<button class="sc-button-more sc-button">More</button></div><ul class="soundStats sc-ministats-group">
<li title="21,044 plays" class="sc-ministats-item"><span class="sc-ministats sc-ministats-plays">21K</span></li>
<li title="1,108 likes"><span class="sc-ministats">1,108</span></li><li title="97 reposts"><span class="sc-ministats">97</span></li></ul></div>
<div class="commentForm"><input class="commentForm__input sc-input" placeholder="Write a comment"></div>
<div class="l-about-left"><div class="userBadge"><a class="userBadge__usernameLink" href="/jonahferrier">Jonah Ferrier</a>
<ul class="userBadge__stats"><li title="3,981 followers">3,981</li><li title="42 tracks">42</li></ul>
<button class="sc-button-follow sc-button">Follow</button></div></div>
<div class="l-about-right"><div class="listenDetails"><div class="listenDetails__description"><div class="truncatedAudioInfo">
<div class="truncatedAudioInfo__wrapper"><div class="truncatedAudioInfo__content"><div class="sc-type-small">
${ps(sDesc.slice(0, 3))}
<ul>${lis(sPeople)}</ul>
${ps(sDesc.slice(6))}
</div></div></div></div></div>
<div class="listenDetails__trackTags"><ul>${sTags
  .slice(1)
  .map((t) => `<li><a class="sc-tag" href="/tags/${t}">${t}</a></li>`)
  .join('')}</ul></div>
<div class="listenDetails__releaseData"><p>Released by: Harrowgate Records</p><p>Release date: 27 February 2026</p></div></div>
<div class="commentsList"><h3 class="commentsList__title sc-text-h4">86 comments</h3><ul>
<li class="commentItem"><a class="commentItem__username" href="/marisk">marisk</a> <span class="commentItem__timestamp">at 2:14</span>
<p class="commentItem__body">that cello entrance!!</p></li>
<li class="commentItem"><a class="commentItem__username" href="/petejordan">Pete Jordan</a> <span class="commentItem__timestamp">at 4:51</span>
<p class="commentItem__body">I was there, the generator really did add something.</p></li></ul></div></div></div>
<div class="l-sidebar-right"><div class="sidebarModule"><h3 class="sidebarHeader">Related tracks</h3><ul>${links(sRelated, 'soundList__item')}</ul></div>
<div class="sidebarModule"><h3 class="sidebarHeader">In playlists</h3><ul>${links(['Storm Songs', 'Late Folk Radio'])}</ul></div>
<div class="sidebarModule"><h3 class="sidebarHeader">Go mobile</h3></div>
<div class="footer"><ul>${links(['Legal', 'Privacy', 'Cookie Policy', 'Imprint', 'Artist Resources', 'Blog', 'Charts'])}</ul>
<p>Language: English (US)</p></div></div></div></div>
<div class="onetrust-pc-dark-filter"></div><div id="onetrust-banner-sdk"><p>We use cookies for various purposes including analytics and
personalised marketing.</p><button id="onetrust-accept-btn-handler">I Accept</button><button>Cookie settings</button></div></body></html>`;
const soundcloud: TestPage = {
  name: 'heldout343-soundcloud-track-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts(sDesc),
  bylines: ['Jonah Ferrier', '1 week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SoundCloud', 'Home', 'Feed', 'Library', 'Sign in', 'Create account', 'Upload', ...sTags, 'Like', 'Repost', 'Share', 'Copy Link',
    'More', '21K', '1,108', '3,981', 'Follow', 'Released by: Harrowgate Records', 'Release date: 27 February 2026', '86 comments',
    'marisk', 'at 2:14', 'that cello entrance!!', 'Pete Jordan', 'at 4:51', 'I was there, the generator really did add something.',
    'Related tracks', ...sRelated, 'In playlists', 'Storm Songs', 'Late Folk Radio', 'Go mobile', 'Legal', 'Privacy', 'Cookie Policy', 'Imprint',
    'Artist Resources', 'Blog', 'Charts', 'Language: English (US)', 'We use cookies for various purposes including analytics and personalised marketing.',
    'I Accept', 'Cookie settings',
  ],
};

const vTitle = 'Rebinding a paperback as a hardcover, start to finish';
const vDesc = [
  j(
    'In this video I take a falling-apart paperback and turn it into a cloth-covered hardback using only basic tools: a bone',
    'folder, a craft knife, PVA glue and a couple of heavy books for pressing. No press, no plough, nothing you need to order',
    'from a specialist shop.',
  ),
  j(
    'The book is a secondhand copy of a gardening manual whose spine had cracked in three places. The same method works for any',
    'perfect-bound paperback up to about four centimetres thick.',
  ),
  'Chapters:',
  '00:00 Why rebind a paperback at all',
  '02:40 Removing the old cover and cleaning the spine',
  '07:15 Gluing up the text block with mull and headbands',
  '14:30 Cutting the boards and making the case',
  '22:05 Casing in and pressing overnight',
  '27:50 The finished book, and what I would change next time',
  j(
    'Materials: 2 mm greyboard, bookcloth (I used a linen offcut), PVA, a strip of mull or cotton scrim, and decorative paper',
    'for the endpapers. If you cannot find mull, a piece of old cotton shirt works, just keep it thin.',
  ),
  j(
    'This is episode four of the Kitchen Table Bindery series. The printable template for the case measurements is linked on my',
    'website, and it is free to use for your own books.',
  ),
];
const vChapters = vDesc.slice(3, 9);
const vMore = ['Kitchen Table Bindery 3: Coptic stitch', 'Making paste from rice flour', 'Marbling endpapers with shaving foam'];
const vHtml = `<!DOCTYPE html><html lang="en" data-theme="dark"><head><meta charset="utf-8"><title>${vTitle} on Vimeo</title>
<meta property="og:title" content="${vTitle}"><meta property="og:type" content="video.other"><meta property="og:site_name" content="Vimeo">
<meta name="description" content="In this video I take a falling-apart paperback and turn it into a cloth-covered hardback.">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"VideoObject","name":"${vTitle}","duration":"PT31M12S",
"uploadDate":"2026-02-19T10:30:00-05:00","author":{"@type":"Person","name":"Wynn Abernethy"}}]</script>
<script>window.vimeo = window.vimeo || {}; window.vimeo.clip_page_config = {"clip":{"id":912284470,"title":"Rebinding"}};</script></head>
<body class="is-react"><div id="__next"><header class="sc-bczRLJ jPjSxG" data-testid="topnav"><a href="/" aria-label="Vimeo" class="sc-gsnTZi">Vimeo</a>
<nav class="sc-dkzDqf"><ul>${links(['Features', 'Solutions', 'Resources', 'Pricing'], 'sc-hKMtZM')}</ul></nav>
<a href="/log_in" class="sc-eCYdqJ">Log in</a><a href="/join" class="sc-eCYdqJ gAlMcz">Join</a></header>
<main class="sc-jSMfEi"><div class="sc-gKXOVf player_area" data-testid="player"><div class="vp-player-ui"><button class="vp-play">Play</button>
<div class="vp-controls"><span class="vp-duration">31:12</span><button aria-label="Settings">Settings</button>
<button aria-label="Fullscreen">Fullscreen</button></div></div></div>
<div class="sc-iBkjds clip_info" data-testid="clip-info"><h1 class="sc-ftvSup cGqRfe" data-testid="clip-title">${vTitle}</h1>
<div class="sc-papXJ" data-testid="clip-owner"><a href="/wynnabernethy" class="sc-jqUVSM">Wynn Abernethy</a>
<span class="sc-kDDrLX">PRO</span><button class="sc-iqcoie">Follow</button></div>
<div class="sc-crXcEl" data-testid="clip-stats"><span>12.4K views</span> <span title="2026-02-19 10:30">3 weeks ago</span></div>
<div class="sc-evZas" data-testid="clip-actions"><button>Like</button><button>Watch Later</button><button>Add to collection</button>
<button>Share</button></div>
<div class="sc-breuTD clip_details-description" data-testid="clip-description"><div class="sc-ksZaOG">
${ps(vDesc.slice(0, 3))}
<ul class="chapters">${lis(vChapters)}</ul>
${ps(vDesc.slice(9))}
</div></div>
<div class="sc-hAZoDl" data-testid="clip-tags"><span>Tags</span><ul>${links(['bookbinding', 'diy', 'paper crafts'])}</ul></div>
<div class="sc-fnykZs" data-testid="clip-license"><span>Attribution-NonCommercial</span></div></div>
<section class="sc-fEOsli" data-testid="comments"><h2 class="sc-bjUoiL">Comments (3)</h2>
<div class="sc-jIZahH"><a href="/lilasb">Lila Sandberg</a><span>2 weeks ago</span><p>The tip about the shirt fabric saved me a trip to town.</p></div>
<div class="sc-jIZahH"><a href="/mkwon">Minseo Park</a><span>1 week ago</span><p>Could you do one on rounding the spine?</p></div>
<a href="#" class="sc-himrzO">Log in to comment</a></section>
<aside class="sc-ikZpkk" data-testid="more-from"><h2>More from Wynn Abernethy</h2><ul>${links(vMore)}</ul>
<h2>Related videos</h2><ul>${links(['Japanese stab binding for beginners', 'Restoring a water-damaged atlas'])}</ul></aside></main>
<footer class="sc-jdAMXn"><ul>${links(['About', 'Careers', 'Help Center', 'Terms', 'Privacy', 'Cookies', 'Accessibility'])}</ul>
<p>© 2026 Vimeo.com, Inc. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk"><p>Vimeo uses cookies and similar technologies to run the site and to measure and improve it.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-reject-all-handler">Reject All</button></div></div></body></html>`;
const vimeo: TestPage = {
  name: 'heldout343-vimeo-video-docs',
  kind: 'docs',
  html: vHtml,
  title: vTitle,
  headings: [],
  body: texts(vDesc),
  bylines: ['Wynn Abernethy', '3 weeks ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Features', 'Solutions', 'Resources', 'Pricing', 'Log in', 'Join', 'Play', '31:12', 'Settings', 'Fullscreen', 'PRO', 'Follow', '12.4K views', 'Like',
    'Watch Later', 'Add to collection', 'Share', 'Tags', 'bookbinding', 'diy', 'paper crafts', 'Attribution-NonCommercial', 'Comments (3)',
    'Lila Sandberg', '2 weeks ago', 'The tip about the shirt fabric saved me a trip to town.', 'Minseo Park', '1 week ago',
    'Could you do one on rounding the spine?', 'Log in to comment', 'More from Wynn Abernethy', ...vMore, 'Related videos',
    'Japanese stab binding for beginners', 'Restoring a water-damaged atlas', 'About', 'Careers', 'Help Center', 'Terms', 'Privacy', 'Cookies',
    'Accessibility', '© 2026 Vimeo.com, Inc. All rights reserved.',
    'Vimeo uses cookies and similar technologies to run the site and to measure and improve it.', 'Accept All', 'Reject All',
  ],
};

export const HELDOUT343_F: readonly TestPage[] = [soundcloud, vimeo];
