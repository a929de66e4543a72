import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 51, file b2: a SoundCloud track page as a logged-out visitor saves it in 2025 (the rendered app over the
 * server's crawler markup in <noscript>: the header with "Sign in" and "Create account", the hero with title, artist,
 * upload age, genre tag and waveform, the engagement bar and stats, the artist badge, the truncated description with its
 * "Show more" and the uploader's credits, the tags, the timed comment list, the "Related tracks", "In playlists" and
 * "Likes" rails, the GDPR banner and the legal footer).
 */
const scTitle = 'Saltmarsh, Before the Ferry';
const scArtist = 'Wren Aldous';
const scDesc = [
  'Recorded on the saltmarsh at Tollesbury over three mornings in October, between first light and the seven o’clock ' +
    'ferry. The drone underneath everything is the wind across the mast of a sunken barge, picked up with a contact ' +
    'microphone taped to the rigging; the birds are redshank, curlew and a very persistent wren.',
  'I added a slow harmonium part afterwards, recorded in my kitchen, and tuned it to the pitch of the mast so the two ' +
    'would sit together. Nothing else is processed apart from a little noise reduction on the tide coming in, which on the ' +
    'raw recording sounds like a motorway.',
  'This is the second piece from the Estuary Tapes series. The whole series will come out on cassette and as a download ' +
    'in the spring, with a short booklet of photographs from the recording trips.',
  'Field recording and harmonium by Wren Aldous. Mixed at Quay Street Studio by Harriet Nyland. Free to use in ' +
    'non-commercial films and podcasts with credit; please get in touch for anything else.',
];
interface ScComment {
  who: string;
  at: string;
  ago: string;
  text: string;
}
const scComments: ScComment[] = [
  { who: 'marshlight', at: '0:47', ago: '3 weeks ago', text: 'that curlew right here gave me chills' },
  {
    who: 'Tomasz Brzeziński',
    at: '2:13',
    ago: '3 weeks ago',
    text: 'The harmonium entering under the wind is so subtle I only noticed it on the second listen. Beautiful work.',
  },
  {
    who: 'fieldnotes_audio',
    at: '4:05',
    ago: '2 weeks ago',
    text: 'Contact mic on the rigging is a brilliant idea. Which mic did you use? Mine always picks up too much handling noise.',
  },
  {
    who: scArtist,
    at: '4:05',
    ago: '2 weeks ago',
    text: '@fieldnotes_audio a cheap piezo disc with a lot of gaffer tape around it, honestly. The trick is to tape the cable down too.',
  },
  { who: 'Aoife Kerrigan', at: '6:31', ago: '5 days ago', text: 'Listening to this on a train going nowhere near the sea and feeling much calmer.' },
  { who: 'lowbridge', at: '8:58', ago: '2 days ago', text: 'can’t wait for the cassette' },
];
const scNav = ['Home', 'Feed', 'Library'];
const scTags = ['field recording', 'ambient', 'harmonium', 'estuary', 'drone', 'birdsong'];
const scRelated = ['Curlew Flats by Anna Sewell-Hart', 'Mudlark Morning by The Blackwater Field Group', 'Low Water, Maldon by Joe Ferris'];
const scPlaylists = ['Estuary Tapes by Wren Aldous', 'Slow Mornings by Quiet Sounds Club'];
const scLegal = ['Legal', 'Privacy', 'Cookie Policy', 'Cookie Manager', 'Imprint', 'Artist Resources', 'Newsroom', 'Charts', 'Transparency Reports'];
const scComment = (c: ScComment, i: number): string => `<li class="commentsList__item${c.who === scArtist ? ' commentsList__item--reply' : ''}">
<div class="commentItem" role="group" aria-label="Comment by ${c.who}"><div class="commentItem__avatar"><span class="sc-artwork" style="background-image:
 url(https://i1.sndcdn.com/avatars-000${i}-t50x50.jpg)"></span></div><div class="commentItem__content"><div class="commentItem__meta">
<a class="commentItem__username sc-link-dark" href="/${c.who.replace(/ /g, '-').toLowerCase()}">${c.who}</a>
<span class="commentItem__timestampLink"><span class="sc-visuallyhidden">at</span> <a class="commentItem__timestamp" href="#t=${c.at}">${c.at}</a></span>
</div><div class="commentItem__body sc-type-small"><span class="sc-text-body"><p>${c.text}</p></span></div>
<div class="commentItem__read"><span class="commentItem__createdAt"><time class="relativeTime" datetime="2025-11-10T08:00:00.000Z">${c.ago}</time></span>
<button class="sc-button-reply sc-button-small sc-button-secondary">Reply</button></div></div></div></li>`;
const scHtml = `<!DOCTYPE html>
<html lang="en" class="sc-classic"><head><meta charset="utf-8"><title>Stream ${scTitle} by ${scArtist} | Listen online for free on SoundCloud</title>
<meta name="description" content="Stream ${scTitle} by ${scArtist} on desktop and mobile. Play over 320 million tracks for free on SoundCloud.">
<meta property="og:type" content="music.song"><meta property="twitter:player" content="https://w.soundcloud.com/player/?url=...">
<link rel="canonical" href="https://soundcloud.com/wrenaldous/saltmarsh-before-the-ferry"></head>
<body><div id="app"><header role="banner" class="header sc-selection-disabled show fixed g-dark g-z-index-header">
<div class="header__inner l-container l-fullwidth"><div class="header__left"><div class="header__logo left"><a href="/" title="Home"
 class="header__logoLink sc-ir">SoundCloud</a></div><nav class="header__navWrapper left">
<ul class="header__navMenu">${links(scNav, 'header__navMenuItem')}</ul></nav></div>
<div class="header__middle"><form class="headerSearch" role="search"><input class="headerSearch__input sc-input" placeholder="Search for artists, bands, tracks,
 podcasts" type="search"></form></div><div class="header__right"><a class="header__proUpsell" href="/artist-pro">Try Artist Pro</a>
<a class="header__forArtists" href="/for-artists">For Artists</a><a class="header__upload" href="/upload">Upload</a>
<button class="loginButton sc-button-medium sc-button-secondary">Sign in</button>
<button class="signupButton sc-button-medium sc-button-cta">Create account</button>
</div></div></header><div role="main" class="l-container l-content"><div class="l-listen-hero"><div class="fullHero sc-media">
<div class="fullHero__foreground fullListenHero__foreground"><div class="fullHero__title"><div class="soundTitle sc-clearfix sc-hidden g-flex-row-centered">
<a role="button" class="sc-button-play playButton sc-button-xlarge" title="Play">Play</a><div class="soundTitle__titleContainer">
<div class="soundTitle__usernameTitleContainer"><h1 class="soundTitle__title sc-font g-type-shrinkwrap-inline g-type-shrinkwrap-large-primary">
<span class="">${scTitle}</span></h1><h2 class="soundTitle__username g-type-shrinkwrap-inline"><a href="/wrenaldous"
 class="soundTitle__username sc-link-dark">${scArtist}</a></h2></div><div class="soundTitle__additionalContainer">
<div class="soundTitle__uploadTime"><time class="relativeTime" title="Posted on 14 November 2025" datetime="2025-11-14T07:12:40.000Z">1 month ago</time></div>
<div class="soundTitle__tagContainer"><a class="sc-tag sc-tag-large" href="/tags/ambient"><span class="sc-truncate sc-tagContent">Ambient</span></a></div>
</div></div></div></div><div class="fullHero__waveform"><div class="waveform" aria-hidden="true"><canvas width="820" height="100"></canvas>
<div class="playbackTimeline__timePassed"><span aria-hidden="true">0:00</span></div><div class="playbackTimeline__duration">
<span aria-hidden="true">9:42</span></div></div></div>
</div></div></div><div class="l-listen-engagement g-border-bottom"><div class="listenEngagement sc-clearfix"><div class="soundActions sc-button-toolbar">
<div class="sc-button-group"><button class="sc-button-like sc-button sc-button-medium" title="Like">Like</button>
<button class="sc-button-repost sc-button sc-button-medium" title="Repost">Repost</button><button class="sc-button-share sc-button" title="Share">Share</button>
<button class="sc-button-copylink sc-button" title="Copy Link">Copy Link</button>
<button class="sc-button-more sc-button" aria-haspopup="true">More</button></div></div>
<div class="listenEngagement__footer"><ul class="soundStats sc-ministats-group"><li title="48,216 plays"><span class="sc-visuallyhidden">48,216 plays</span>
<span aria-hidden="true">48.2K</span></li><li title="1,904 likes"><span aria-hidden="true">1,904</span></li><li title="211 reposts">
<span aria-hidden="true">211</span></li>
</ul></div></div></div><div class="l-listen-wrapper"><div class="l-about-left"><div class="userBadge">
<a class="userBadge__username" href="/wrenaldous">${scArtist}</a>
<ul class="userBadge__stats"><li title="12,304 followers"><span>12.3K</span></li><li title="48 tracks"><span>48</span></li></ul>
<button class="sc-button-follow sc-button sc-button-small">Follow</button></div></div>
<div class="l-about-main"><div class="listenDetails"><div class="truncatedAudioInfo"><div class="truncatedAudioInfo__wrapper">
<div class="sc-type-small"><span class="sc-text-body"><div>${scDesc.map((p) => `<p>${p}</p>`).join('\n')}</div></span></div></div>
<button class="truncatedAudioInfo__collapse sc-button-secondary">Show less</button></div>
<div class="listenInfo__tagsList"><ul>${scTags
  .map(
    (t) => `<li><a class="sc-tag" href="/tags/${t.replace(/ /g, '%20')}"><span># ${t}</span></a>
</li>`,
  )
  .join('')}</ul></div>
<div class="listenInfo__release"><span>Released by:</span> <span>Estuary Tapes</span><span>Release date:</span> <span>14 November 2025</span></div>
</div><div class="commentsList"><div class="commentsList__title"><h3 class="sc-type-light"><span>${scComments.length} comments</span></h3>
<div class="commentsList__sort"><button class="sc-button-dropdown">Sorted by: Newest</button></div></div>
<div class="commentForm"><input class="commentForm__input" placeholder="Write a comment" disabled><p>Sign in to write a comment.</p></div>
<ul class="lazyLoadingList__list sc-list-nostyle">${scComments.map(scComment).join('\n')}</ul></div></div>
<div class="l-sidebar-right"><div class="sidebarModule"><h3 class="sidebarHeader"><a href="/recommended">Related tracks</a></h3>
<ul>${links(scRelated, 'soundBadgeList__item')}</ul></div><div class="sidebarModule"><h3 class="sidebarHeader">In playlists</h3>
<ul>${links(scPlaylists, 'soundBadgeList__item')}</ul><a href="/sets">View all</a></div><div class="sidebarModule"><h3 class="sidebarHeader">1,904 Likes</h3>
<ul class="userAvatarBadge__list"></ul></div><div class="sidebarModule"><div class="footer"><ul class="footer__links">${links(scLegal, 'footer__link')}</ul>
<p class="footer__lang">Language: <a href="#">English (US)</a></p></div></div></div></div></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner">
<p>We and our partners use cookies to personalise your experience, to show you ads based on
 your interests, and for measurement and analytics purposes.</p><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<noscript><div class="sc-visuallyhidden"><article itemscope itemtype="http://schema.org/MusicRecording"><header><h1 itemprop="name">
<a itemprop="url" href="/wrenaldous/saltmarsh-before-the-ferry">${scTitle}</a> by <a href="/wrenaldous">${scArtist}</a></h1>
published on <time pubdate>2025-11-14T07:12:40Z</time></header><meta itemprop="duration" content="PT00H09M42S">
<p itemprop="description">${scDesc.join('\n')}</p></article></div><p class="errorTitle">JavaScript is disabled</p>
<p class="errorText">You need to enable JavaScript to use SoundCloud.</p></noscript>
<script>window.__sc_hydration = [{"hydratable":"sound","data":{"title":"${scTitle}","genre":"Ambient",
"duration":582000,"comment_count":${scComments.length}}}];</script>
</body></html>`;
export const soundcloud: TestPage = {
  html: scHtml,
  name: 'heldout51-soundcloud-track',
  kind: 'forum',
  // the uploader's description (its credits paragraph included: the uploader wrote it as part of the text) and every comment
  // (the artist's reply included) are body; the <noscript> crawler copy of the description repeats it (in neither); the
  // artist and each commenter's name, the upload age and the comment ages are bylines (the noscript "published on" date too);
  // the comments' track positions ("at 4:05") are the player's cue points, not post times: furniture, with the hidden "at"
  // in neither; the genre tag, play/waveform times, engagement buttons, stats, follow badge, tags, release box, sort and
  // sign-in prompts, "Reply", the rails, legal footer, banner and noscript error lines are furniture; left out as words of
  // the body: the toolbar's "Like" ("sounds like"), the tags "field recording", "harmonium", "estuary" and "drone", the label
  // "Estuary Tapes"; the artist's name in the credits paragraph and the handle in the reply ("@fieldnotes_audio") are left
  // in those long body lines (bylines all the same)
  title: scTitle,
  headings: [],
  body: [...texts(scDesc), ...scComments.map((c) => c.text)],
  bylines: [
    scArtist,
    '1 month ago',
    '2025-11-14T07:12:40Z',
    'marshlight',
    'Tomasz Brzeziński',
    'fieldnotes_audio',
    'Aoife Kerrigan',
    'lowbridge',
    '3 weeks ago',
    '2 weeks ago',
    '5 days ago',
    '2 days ago',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'SoundCloud', ...scNav, 'Try Artist Pro', 'For Artists', 'Upload', 'Sign in', 'Create account', 'Play', 'Ambient', '0:00', '9:42',
    'Repost', 'Share', 'Copy Link', 'More', '48,216 plays', '48.2K', '1,904', '211', '12.3K', 'Follow', 'Show less', '# ambient', '# birdsong',
    'Released by:', 'Release date:', '14 November 2025', `${scComments.length} comments`, 'Sorted by: Newest',
    'Sign in to write a comment.', ...scComments.map((c) => c.at).filter((t, i, a) => a.indexOf(t) === i), 'Reply', 'Related tracks',
    ...scRelated, 'In playlists', ...scPlaylists, 'View all', '1,904 Likes', ...scLegal, 'Language:', 'English (US)',
    'We and our partners use cookies to personalise your experience, to show you ads based on your interests, and for measurement and analytics purposes.',
    'I Accept', 'Cookie Settings', 'JavaScript is disabled', 'You need to enable JavaScript to use SoundCloud.',
  ],
};
