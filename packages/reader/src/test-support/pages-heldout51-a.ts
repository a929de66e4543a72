import { links, type TestPage, texts } from './page-kit.js';
import { deviation } from './pages-heldout51-a2.js';

/**
 * Held-out batch 51, file a: a Flickr photo page as a logged-out visitor saves it (the Ember app's global nav, the photo well
 * with its engagement buttons, the attribution block with "Follow", title and description, view/fave/comment counts, "Taken on"
 * date, licence, EXIF block, albums and groups, tags, the comment thread with a group-invite comment and the owner's reply,
 * the sign-up prompt, the photostream strip, the consent banner, the footer and the inlined model script).
 */
const fkTitle = 'Slipway at Porthgwarra, last light';
const fkOwner = 'Tamsin Kerrow';
const fkDesc = [
  'I had been trying to get this shot for three winters. The slipway at Porthgwarra faces almost due south-west, so for a few ' +
    'weeks either side of the solstice the sun drops straight down the line of the cove, and on a falling tide the wet granite ' +
    'turns into a mirror for about ten minutes.',
  'This was the first evening all year when the swell was low enough to stand on the lower ramp without getting soaked. I set ' +
    'up a little after four, sat out two showers in the tunnel the tin miners cut through the rock for the fishermen, and had ' +
    'the light for exactly one frame before a bank of cloud came in off Gwennap Head.',
  'Single exposure, no filters. I lifted the shadows on the boats a touch in Lightroom and pulled the sky down, but the colour ' +
    'is what was there. If you go, check the tide table first: the lower ramp is under water for most of the day and the weed ' +
    'on it is lethal.',
  'Prints of this one are available, but please send me a message rather than asking in the comments.',
];
interface FkComment {
  who: string;
  href: string;
  when: string;
  html: string;
  pro?: boolean;
}
const fkComments: FkComment[] = [
  {
    who: 'Peter Vallance',
    href: '/photos/pvallance/',
    when: '2w',
    html:
      'That reflection on the ramp is superb. I have stood on that exact spot twice and come away with nothing but grey. ' +
      'Worth every one of those three winters.',
    pro: true,
  },
  {
    who: 'Cornish Coastlines (admin)',
    href: '/photos/cornishcoastlines/',
    when: '2w',
    html: 'Hello, I help run a group called <a href="/groups/cornishcoastlines/">Cornish Coastlines</a>, and we would love to see ' + 'this added to the pool!',
  },
  {
    who: 'Mirela Dobos',
    href: '/photos/mireladobos/',
    when: '2w',
    html:
      'The way the last of the sun catches the edge of each boat is lovely. Did you have to wait long for people to clear off ' +
      'the ramp, or did you have it to yourself?',
  },
  {
    who: fkOwner,
    href: '/photos/tamsinkerrow/',
    when: '13d',
    html:
      'Mirela, completely to myself, which is normal down there in December. The only company was a seal in the cove, and it ' + 'did not stay for the photo.',
    pro: true,
  },
  { who: 'jb_outdoors', href: '/photos/jb_outdoors/', when: '1w', html: 'Faved. The tunnel trick is one I will remember next time it rains.' },
  {
    who: 'Anneke V.',
    href: '/photos/annekev/',
    when: '6d',
    html:
      'A beautiful balance between the cool rock and that warm strip of sky. The processing is spot on: it still looks like ' +
      'Cornwall in winter and not a postcard.',
  },
];
const fkNav = ['Explore', 'Recent Photos', 'Trending', 'Events', 'The Commons', 'Flickr Galleries', 'World Map', 'Camera Finder', 'Flickr Blog'];
const fkNav2 = ['Prints', 'The Print Shop', 'Prints & Wall Art', 'Photo Books', 'Get Pro'];
const fkTags = ['porthgwarra', 'cornwall', 'slipway', 'sunset', 'seascape', 'westpenwith', 'fujifilm', 'xt5'];
const fkAlbums = ['West Penwith 2025', 'Best of 2025'];
const fkGroups = ['Cornish Coastlines', 'Seascapes of the World', 'Fujifilm X-T5 Users'];
const fkExif = ['FUJIFILM X-T5', 'XF16-55mmF2.8 R LM WR', 'ƒ/11.0', '16.0 mm', '1/60', 'ISO 125', 'Flash (off, did not fire)'];
const fkFoot = ['About', 'Jobs', 'Blog', 'Developers', 'Guidelines', 'Help', 'Help forum', 'Privacy', 'Terms', 'Cookies'];
const fkStream = ['Gwennap Head in a squall', 'Nanjizal, Song of the Sea', 'Porthchapel steps', 'Tin coast from Botallack'];
const fkComment = (c: FkComment, i: number): string => `<div class="comment-view" id="comment${72157700000000 + i * 37}">
<div class="avatar-container"><a href="${c.href}" class="avatar person small"><img src="https://combo.staticflickr.com/pw/images/buddyicon00.png"
 alt=""></a></div><div class="comment-content"><header class="comment-header"><a class="comment-author" href="${c.href}">${c.who}</a>
${c.pro === true ? '<span class="pro-badge-new" title="Flickr Pro">PRO</span>' : ''}<span class="comment-date"><a href="#comment${i}">${c.when}</a></span>
</header><div class="comment-text"><p>${c.html}</p></div>
<div class="comment-actions" hidden><button class="comment-reply">Reply</button><button class="comment-flag" aria-label="Report abuse"></button></div>
</div></div>`;
const fkHtml = `<!DOCTYPE html>
<html lang="en-us" class="html-photo-page-scrappy-view"><head><meta charset="utf-8">
<title>${fkTitle} | Flickr</title><meta name="description" content="${fkDesc[0]!.slice(0, 150)}…">
<meta property="og:site_name" content="Flickr"><meta property="og:type" content="flickr_photos:photo"><meta property="og:title" content="${fkTitle}">
<meta name="twitter:card" content="photo"><link rel="canonical" href="https://www.flickr.com/photos/tamsinkerrow/54219876012/">
<style>.photo-well-media-scrappy-view{background:#212124}.comment-actions[hidden]{display:none}</style>
<script>window.performance && performance.mark && performance.mark('navStart');</script></head>
<body class="zeus exp-photo-page no-touch"><div id="eyebrow-root"></div>
<div class="global-nav-view"><div class="global-nav-content">
<a class="flickr-logo-container" href="/" aria-label="Flickr logo. If you click it, you'll go home">
<span class="logo"></span></a><ul class="nav-menu" role="menubar"><li class="nav-menu-item" data-track="gnExploreMainClick"><a href="/explore">You</a></li>
<li class="nav-menu-item has-submenu"><a href="/explore" aria-haspopup="true">${fkNav[0]}</a><ul class="gn-submenu">${links(fkNav.slice(1), 'gn-sub')}</ul></li>
<li class="nav-menu-item has-submenu"><a href="/prints" aria-haspopup="true">${fkNav2[0]}</a><ul class="gn-submenu">${links(fkNav2.slice(1, 4))}</ul></li>
<li class="nav-menu-item"><a class="gn-pro" href="/account/upgrade/pro">${fkNav2[4]}</a></li></ul>
<form class="search-field" action="/search/" role="search"><input id="search-field" type="text" placeholder="Photos, people, or groups"
 aria-label="Search"></form><ul class="gn-signin"><li><a class="gn-link" href="/signin/">Log In</a></li>
<li><a class="gn-signup" href="/signup/">Sign Up</a></li></ul></div></div>
<div class="photo-page-scrappy-view" id="content"><div class="sub-photo-view"><div class="photo-well-scrappy-view">
<div class="navigate-target navigate-prev" aria-label="Previous"><span class="navigate-icon"></span></div>
<div class="navigate-target navigate-next" aria-label="Next"><span class="navigate-icon"></span></div>
<div class="photo-well-media-scrappy-view"><img class="main-photo" src="//live.staticflickr.com/65535/54219876012_4c1f3a9b7e_b.jpg"
 alt="${fkTitle}" width="1024" height="683"></div>
<a class="entry-type do-not-evict" href="/photos/tamsinkerrow/">Back to photostream</a>
<div class="photo-engagement-view"><a class="fave-star" role="button" aria-label="Add to Favorites">Fave</a>
<a class="add-to-gallery" role="button" aria-label="Add to gallery">Add to gallery</a>
<a class="share-this" role="button">Share</a><a class="download" role="button" aria-label="Download this photo">Download</a></div></div>
<div class="sub-photo-content-container"><div class="sub-photo-left-view"><div class="attribution-view clear-float">
<a class="avatar person medium" href="/photos/tamsinkerrow/"></a><div class="attribution-info">
<a href="/photos/tamsinkerrow/" class="owner-name truncate" data-track="attributionNameClick">${fkOwner}</a>
<button class="follow-button flickr-button" data-track="followClick">Follow</button></div></div>
<div class="title-desc-block showFull"><h1 class="photo-title meta-field">${fkTitle}</h1>
<div class="photo-desc meta-field" dir="auto">${fkDesc.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="comments-view"><div class="comments-header"><span class="comments-count">${fkComments.length} comments</span></div>
<div class="comments-container">${fkComments.map(fkComment).join('\n')}</div>
<div class="add-comment-view logged-out"><p class="sign-up-prompt">Want to join the conversation? <a href="/signup/">Sign up for a free account</a>
 or <a href="/signin/">log in</a> to comment.</p></div></div></div>
<div class="sub-photo-right-view"><div class="view photo-stats-view"><ul class="stats"><li class="view-count"><span class="view-count-label">4,812</span>
<span class="stats-label">views</span></li><li class="fave-count"><span class="fave-count-label">386</span><span class="stats-label">faves</span></li>
<li class="comment-count"><span class="comment-count-label">${fkComments.length}</span><span class="stats-label">comments</span></li></ul>
<div class="date-info"><span class="date-taken-label" title="Taken on Sunday, December 14, 2025">Taken on December 14, 2025</span></div>
<div class="photo-license-info"><a href="/help/general/#147" rel="license"><span class="license-icon all-rights"></span>All rights reserved</a></div></div>
<div class="view sub-photo-tags-view"><h3 class="sub-photo-tags-heading">Tags</h3><ul class="tags-list">
${fkTags.map((t) => `<li class="tag"><a class="tag-link" href="/photos/tags/${t}" title="${t}">${t}</a></li>`).join('')}</ul></div>
<div class="view sub-photo-camera-view"><h3 class="exif-heading">Camera</h3><ul class="exif-list">
${fkExif.map((t) => `<li class="exif-item">${t}</li>`).join('')}</ul><a class="show-exif" href="/photos/tamsinkerrow/54219876012/meta/">Show EXIF</a></div>
<div class="view sub-photo-contexts-view"><h3 class="context-heading">This photo is in 2 albums</h3><ul>${links(fkAlbums, 'context-album')}</ul>
<h3 class="context-heading">This photo is in 3 groups</h3><ul>${links(fkGroups, 'context-group')}</ul></div>
<div class="view sub-photo-stream-view"><h3>More from ${fkOwner}</h3><ul>${links(fkStream, 'stream-thumb')}</ul></div></div></div></div></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" tabindex="0">
<p id="onetrust-policy-text">Flickr and our partners use cookies and similar technologies to run the site, understand how it is used and show you
 relevant prints offers.</p><button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-pc-btn-handler">Manage preferences</button></div>
<footer class="foot-nav-view"><ul class="foot-links">${links(fkFoot, 'foot-item')}</ul><div class="foot-lang"><button>English</button></div>
<p class="foot-tagline"><span class="smug">SmugMug+Flickr.</span> Connecting people through photography.</p></footer>
<noscript><p class="no-js">Flickr works best with JavaScript turned on.</p></noscript>
<script>modelExport={"photo-models":[{"id":"54219876012","owner":{"id":"201455120@N06","pathAlias":"tamsinkerrow"},"title":"${fkTitle}",
"mediaStatus":"ready","engagement":{"viewCount":4812,"faveCount":386,"commentCount":${fkComments.length}},"license":0}]};</script></body></html>`;
const flickr: TestPage = {
  html: fkHtml,
  name: 'heldout51-flickr-photo',
  kind: 'forum',
  // a photo page is a social post: the photo's title is the title, the owner's description and every comment (the group
  // admin's invite and the owner's reply included, they are comments of the thread) are body; the owner's name and each
  // commenter's name and age ("2w", "13d"...) are bylines, the "Taken on" date is the photo's dateline: a byline; the
  // commenter line "Cornish Coastlines (admin)" is a byline though the group's name is also a furniture link (the name alone);
  // "PRO" badges, counts, licence, tags, EXIF, albums, groups, the photostream strip, the engagement buttons, the sign-up
  // prompt, the consent banner, nav and footer are furniture; the hidden "Reply" buttons too; "Share" and "Fave" are not
  // words of the body ("Faved" is one word); left out as words of the title or body: the nav's "You" and "Prints", the
  // footer's "About" and "Help", the tags "porthgwarra", "cornwall" and "slipway", the group link "Cornish Coastlines"
  title: fkTitle,
  headings: [],
  body: [...texts(fkDesc), ...fkComments.map((c) => texts([c.html])[0]!)],
  bylines: [
    fkOwner,
    'Peter Vallance',
    'Cornish Coastlines (admin)',
    'Mirela Dobos',
    'jb_outdoors',
    'Anneke V.',
    '2w',
    '13d',
    '1w',
    '6d',
    'Taken on December 14, 2025',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fkNav, ...fkNav2.slice(1), 'Log In', 'Sign Up', 'Back to photostream', 'Fave', 'Add to gallery', 'Share', 'Download', 'Follow',
    '6 comments', 'PRO', 'Reply', 'Want to join the conversation? Sign up for a free account or log in to comment.', '4,812', 'views', '386', 'faves',
    'All rights reserved', 'Tags', ...fkTags.slice(3), 'Camera', ...fkExif, 'Show EXIF', 'This photo is in 2 albums', ...fkAlbums, 'This photo is in 3 groups',
    ...fkGroups.slice(1), `More from ${fkOwner}`, ...fkStream,
    'Flickr and our partners use cookies and similar technologies to run the site, understand how it is used and show you relevant prints offers.',
    'Accept all', 'Manage preferences',
    ...fkFoot.filter((t) => t !== 'About' && t !== 'Help'), 'English', 'SmugMug+Flickr.', 'Connecting people through photography.',
    'Flickr works best with JavaScript turned on.',
  ],
};

export const HELDOUT51_A: readonly TestPage[] = [flickr, deviation];
