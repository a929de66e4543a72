import { links, ps, type TestPage, texts } from './page-kit.js';
import { hubspot } from './pages-heldout425-f2.js';
import { j } from './pages-heldout425-kit.js';

/**
 * Held-out batch 425, file f: a Dailymotion video page (top bar, the player, the title, the channel line with Follow, views
 * and date, like / share / add buttons, the expanded description which is the body, tags, the "Up next" rail with autoplay,
 * the ad slot, the consent dialog and the footer) and, from file f2, a webinar replay on a HubSpot drag-and-drop landing page.
 */
const mTitle = 'Dunmere harbour wall: residents fear winter storms as repairs stall';
const mDesc = [
  j(
    'Residents of Dunmere say they are bracing for another winter without a working sea defence, after repairs to the harbour',
    'wall stopped for the third time this year. A forty-metre section of the wall collapsed in the February storms, and temporary',
    'rock armour was placed in front of the gap while a permanent repair was designed.',
  ),
  j(
    'The contractor left the site in September after a dispute with the council over the cost of the work, which has risen from',
    'an estimated 1.8 million to more than 3 million. Council officers say a new contract will be signed before Christmas, but',
    'work cannot safely begin until the spring.',
  ),
  j(
    'In this report, our coast correspondent speaks to families living on Quay Row, the street closest to the breach, who had',
    'water in their homes twice last winter. Some have moved furniture upstairs permanently. Others say they have been unable to',
    'renew their home insurance.',
  ),
  'The report also covers:',
];
const mList = [
  'what the temporary rock armour can and cannot do in a storm surge,',
  'why the repair cost has almost doubled since the spring,',
  'and what the council says it will do if the wall fails again before the new contract starts.',
];
const mDesc2 = [
  j(
    'Dunmere harbour council will hold a public meeting on the repairs at the lifeboat station hall on the 14th. Residents are',
    'invited to bring questions for the engineers.',
  ),
  j(
    'If you live in the area and have been affected by flooding from the breach, we would like to hear from you. We are',
    'also following up on the insurance question, including what happens to homeowners whose policies renew over the winter.',
  ),
];
const mTop = ['For You', 'Explore', 'Following', 'Log in', 'Sign up'];
const mTags = ['Dunmere', 'coastal flooding', 'local news'];
const mNext = [
  ['Lifeboat crew rescue two from cut-off sandbank', 'Coastwatch 24', '12.4K views'],
  ['Ferry timetable cut as operator loses second boat', 'Coastwatch 24', '8.1K views'],
  ['Storm Perrin: the night the pier lights went out', 'Harbour Lights TV', '51K views'],
] as const;
const mFoot = ['About', 'Press', 'Careers', 'Help', 'Terms of Use', 'Privacy Policy', 'Cookie Policy', 'Do Not Sell My Personal Information'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${mTitle} - video Dailymotion</title>
<meta name="description" content="Residents of Dunmere say they are bracing for another winter without a working sea defence."><meta property="og:site_name"
content="Dailymotion"><meta property="og:type" content="video.other"><meta property="og:title" content="${mTitle}"><meta name="twitter:card" content="player">
<link rel="canonical" href="https://www.dailymotion.com/video/x9f3kq2"><script type="application/ld+json">{"@context":"http://schema.org","@type":
"VideoObject","name":"${mTitle}","uploadDate":"2026-03-15T17:02:11+00:00","duration":"PT4M06S","author":{"@type":"Organization","name":"Coastwatch 24"}}
</script><script>window.__PLAYER_CONFIG__={"context":{"video_id":"x9f3kq2"}};</script></head>
<body><div id="root"><div class="App__app___1Kq3p"><header class="TopBar__topBar___2n6Ko" data-testid="top-bar"><a class="TopBar__logo___1Jr2b" href="/"
aria-label="Dailymotion"></a><nav class="TopBar__nav___3u1bq"><ul>${links(mTop, 'TopBar__navItem___w6oQ2')}</ul></nav><form class="SearchBox__form___Kj4nL"
role="search"><input placeholder="Search" aria-label="Search"></form></header>
<main class="WatchingLayout__main___1Gqmb"><div class="WatchingLayout__primary___3Jw0s"><div class="Player__player___3tHa1" id="player"><div
class="dmp_Player"><video class="dmp_VideoView"></video><span class="dmp_ControlBar-time">4:06</span></div></div>
<div class="VideoInfo__videoInfo___2rN4p" data-testid="video-info"><h1 class="VideoInfoTitle__videoTitle___3WLn9">${mTitle}</h1>
<div class="ChannelLine__channelLine___1u0fS"><a href="/Coastwatch24" class="ChannelLine__channelName___3hJ2c">Coastwatch 24</a><button
class="FollowButton__button___1Hq9a">Follow</button></div><div class="VideoInfoStats__stats___2Yq0e"><span class="VideoInfoStats__views___1O0b9">3,958
views</span><span class="VideoInfoStats__date___2hT0r">Published on 15 March 2026</span></div>
<div class="VideoActions__actions___1Jk8q"><button aria-label="Like" class="VideoActions__like___1i9Zp">Like</button><button aria-label="Share"
class="VideoActions__share___2D6mr">Share</button><button aria-label="Add to playlist">Add</button></div>
<div class="VideoInfoDescription__description___1Gn7L VideoInfoDescription__expanded___3Hb2v" data-testid="video-description">
${ps(mDesc, ' class="VideoInfoDescription__paragraph___2kQm4"')}
<ul class="VideoInfoDescription__list___1c3Qf">${mList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(mDesc2, ' class="VideoInfoDescription__paragraph___2kQm4"')}
<button class="VideoInfoDescription__toggle___2o1J9">Show less</button></div>
<ul class="VideoInfoTags__tags___1Yq3e">${mTags.map((t) => `<li><a class="Tag__tag___3p0Kv" href="/tag/${t}">#${t}</a></li>`).join('\n')}</ul></div></div>
<aside class="WatchingLayout__secondary___1mS2b"><div class="AdSlot__adSlot___1vQ2f"><span class="AdSlot__label___2bL1c">Advertisement</span><div
id="dm_ad_320x250"></div></div><div class="UpNext__upNext___2uPqB"><div class="UpNext__header___3vJ0t"><h2 class="UpNext__title___1L8h4">Up next</h2><label
class="UpNext__autoplay___1oK2x">Autoplay<input type="checkbox" checked></label></div><ul>${mNext
  .map(
    ([t, c, v]) => `<li class="VideoCard__videoCard___2eW3h"><a href="/video/x"><h3 class="VideoCard__title___3uXq1">${t}</h3><div
class="VideoCard__channel___1R1Jq">${c}</div><div class="VideoCard__views___3nP8o">${v}</div></a></li>`,
  )
  .join('\n')}</ul></div></aside></main>
<footer class="Footer__footer___3uJ2a"><ul>${links(mFoot)}</ul><p>© 2026 Dailymotion</p></footer>
<div id="didomi-host" class="didomi-notice"><div class="didomi-popup-container" role="dialog" aria-label="Consent"><h1 class="didomi-popup-notice-title">Welcome
to Dailymotion</h1><p class="didomi-popup-notice-text">We and our partners store and access information on your device, such as cookies, to personalise
ads and content.</p><button id="didomi-notice-agree-button">Agree and close</button><button id="didomi-notice-disagree-button">Refuse and
close</button><button id="didomi-notice-learn-more-button">Learn more</button></div></div></div></div></body></html>`;
const dailymotion: TestPage = {
  name: 'heldout425-dailymotion-video-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts([...mDesc, ...mList, ...mDesc2]),
  bylines: ['Coastwatch 24', 'Published on 15 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mTop, '4:06', 'Follow', '3,958 views', 'Like', 'Share', 'Add', 'Show less', ...mTags.map((t) => `#${t}`), 'Advertisement', 'Up next', 'Autoplay',
    ...mNext.map(([t]) => t), 'Harbour Lights TV', '12.4K views', '8.1K views', '51K views', ...mFoot, '© 2026 Dailymotion', 'Welcome to Dailymotion',
    'We and our partners store and access information on your device, such as cookies, to personalise ads and content.', 'Agree and close',
    'Refuse and close', 'Learn more',
  ],
};

export const HELDOUT425_F: readonly TestPage[] = [dailymotion, hubspot];
