import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout293-kit.js';

/**
 * Held-out batch 293, file d: a Genius lyrics page (React with styled-components class names: song header with artist,
 * album and release date, lyrics containers with <br> lines and section labels, contributor count, "About" description,
 * credits, Q&A prompt, comments and the cookie dialog) and a church's sermon transcript on Squarespace 7.1 (blog item
 * with author and date meta, audio block, scripture blockquote, share buttons, item pagination, newsletter block and the
 * Squarespace cookie banner).
 */
const lTitle = 'Copper Bell Road';
const lStanzas = [
  [
    '[Verse 1]',
    'Left the lamp on in the signal box',
    'Left a note beneath the clock',
    'Said I’d be back before the frost',
    'But the frost came early and the line was lost',
  ],
  [
    '[Chorus]',
    'Ring me down on Copper Bell Road',
    'Where the slow trains carried the coal',
    'If you’re waiting, wait a little more',
    'I can hear the bell from the old shop door',
  ],
  [
    '[Verse 2]',
    'They pulled the rails up in seventy-one',
    'Sold the sleepers one by one',
    'Now the cuttings full of broom and rain',
    'And the kids don’t know it was ever a train',
  ],
  ['[Bridge]', 'Oh, the bell, the bell', 'Hangs in a garden wall', 'Nobody rings it at all'],
  [
    '[Chorus]',
    'Ring me down on Copper Bell Road',
    'Where the slow trains carried the coal',
    'If you’re waiting, wait a little more',
    'I can hear the bell from the old shop door',
  ],
];
const lAbout = [
  j(
    '“Copper Bell Road” is the third track on the second album by the four-piece folk band. Singer Nell Askew has said in interviews that the',
    'song grew out of a walk along the disused branch line near her grandmother’s village, where the station bell now hangs in a',
    'private garden.',
  ),
  j('The band recorded it live in one take in a converted chapel, and the creak heard before the final chorus is the chapel door.'),
];
const stanzaHtml = (s: string[]): string => s.join('<br>\n');
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Hollin Mile – ${lTitle} Lyrics | Genius Lyrics</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:title" content="The Hollin Mile – ${lTitle}">
<meta property="og:type" content="music.song"><meta property="og:site_name" content="Genius">
<link rel="canonical" href="https://genius.com/The-hollin-mile-copper-bell-road-lyrics">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MusicRecording","name":"${lTitle}","byArtist":{"@type":"MusicGroup",
"name":"The Hollin Mile"},"inAlbum":{"@type":"MusicAlbum","name":"Smoke Over Ellerby"},"datePublished":"2025-03-07"}</script>
<script>window.__PRELOADED_STATE__ = JSON.parse('{\\"songPage\\":{\\"song\\":8812404,\\"pageType\\":\\"song\\"}}');</script>
<style data-styled="true" data-styled-version="5.3.11">.kUgSbL{padding:0 1.3125rem;}</style></head>
<body><div id="application"><div class="PageHeaderdesktop__Container-bhjz7b-0 kdGuBr"><a href="/" class="PageHeaderLogo__Link-sc-175tsd3-0">Genius</a>
<nav class="PageHeaderdesktop__Subnavigation-bhjz7b-6"><a href="/#featured-stories">Featured</a><a href="/#top-songs">Charts</a>
<a href="/#videos">Videos</a><a href="/promote-your-music">Promote Your Music</a></nav>
<div class="PageHeaderdesktop__Right"><button class="PageHeaderButton">Sign Up</button></div></div>
<main class="SongPage__Container-sc-19xhmoi-0"><div class="SongHeaderdesktop__Container-sc-1effuo1-0 hvtoFN">
<div class="SongHeaderdesktop__Information"><h1 class="SongHeaderdesktop__Title-sc-1effuo1-8">
<span class="SongHeaderdesktop__HiddenMask-sc-1effuo1-11">${lTitle}
</span></h1><div class="SongHeaderdesktop__Artist-sc-1effuo1-11"><a href="/artists/The-hollin-mile" class="StyledLink-sc-3ea0mt-0">The Hollin Mile</a></div>
<div class="HeaderTracklist__Album-sc-1qmk74v-3"><a href="#primary-album">Track 3 on Smoke Over Ellerby</a></div>
<div class="MetadataStats__Container-sc-1t7d8ac-0"><span class="LabelWithIcon__Label">March 7, 2025</span>
<span class="LabelWithIcon__Label">1 viewer</span><span class="LabelWithIcon__Label">48.1K views</span></div></div></div>
<div class="SongPage__LyricsWrapper-sc-19xhmoi-5"><div id="lyrics-root" class="Lyrics__Root-sc-1ynbvzw-0">
<div class="LyricsHeader__Container-sc-1hb6p7o-0"><div class="ContributorsCreditSong__Container"><span>14 Contributors</span></div>
<div class="LyricsHeader__TranslationsContainer"><span>Translations</span></div><h2 class="LyricsHeader__Title-sc-1hb6p7o-9">${lTitle} Lyrics</h2></div>
<div data-lyrics-container="true" class="Lyrics__Container-sc-1ynbvzw-1 kUgSbL">${lStanzas.slice(0, 2).map(stanzaHtml).join('<br><br>\n')}</div>
<div class="RightSidebar__Container-pajcl2-0"><div class="InreadContainer__Container"><span>Advertisement</span></div></div>
<div data-lyrics-container="true" class="Lyrics__Container-sc-1ynbvzw-1 kUgSbL">${lStanzas.slice(2).map(stanzaHtml).join('<br><br>\n')}</div>
<div class="LyricsFooter__Container-sc-1gyp9rl-0"><button class="EmbedButton__Button">Embed</button></div></div>
<div class="SongDescription__Container" id="about"><h2 class="AboutHeader">About</h2><div class="SongDescription__Content-sc-615rvk-2">
<div class="RichText__Container-oz284w-0">${ps(lAbout)}</div></div><button class="ExpandableContent__Button">Expand</button></div>
<div class="QuestionList__Container"><h2>Q&amp;A</h2><p class="QuestionList__Prompt">Find answers to frequently asked questions about the song
and explore its deeper meaning</p><button>Ask a question</button></div>
<div class="SongInfo__Container-nekw6x-0"><h2 class="SongInfo__Title">Credits</h2><div class="SongInfo__Credit"><div class="SongInfo__Label">Produced By</div>
<div><a href="/artists/Dara-whitfell">Dara Whitfell</a></div></div><div class="SongInfo__Credit"><div class="SongInfo__Label">Written By</div>
<div><a href="/artists/Nell-askew">Nell Askew</a></div></div><div class="SongInfo__Credit"><div class="SongInfo__Label">Release Date</div>
<div>March 7, 2025</div></div><div class="SongTags__Container"><a class="SongTags__Tag" href="/tags/folk">Folk</a>
<a class="SongTags__Tag" href="/tags/indie">Indie</a></div></div>
<div class="CommentsSection"><h2>Comments</h2><div class="Comment__Body"><span class="UserBadge">ellerby_kate</span>
<p>the bit about the bell in the garden wall gets me every single time</p></div><button>Add a comment</button></div></div></main>
<footer class="PageFooterdesktop__Container"><a href="/about">About Genius</a> <a href="/contributor_guidelines">Contributor Guidelines</a>
<a href="/press">Press</a> <a href="/static/terms">Terms of Use</a> <span>© 2026 ML Genius Holdings, LLC</span></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies and similar technologies
to store and access information on your device.</p><button id="onetrust-accept-btn-handler">I Accept</button>
<button id="onetrust-pc-btn-handler">Show Purposes</button></div></div></body></html>`;
const genius: TestPage = {
  name: 'heldout293-genius-lyrics',
  kind: 'blog',
  html: lHtml,
  title: lTitle,
  headings: [`${lTitle} Lyrics`, 'About'],
  body: [...lStanzas.map((s) => s.join(' ')), ...texts(lAbout)],
  bylines: ['The Hollin Mile', 'March 7, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Genius', 'Featured', 'Charts', 'Videos', 'Promote Your Music', 'Sign Up', 'Track 3 on Smoke Over Ellerby', '1 viewer', '48.1K views',
    '14 Contributors', 'Translations', 'Advertisement', 'Embed', 'Expand', 'Q&A', 'Ask a question',
    'Find answers to frequently asked questions about the song and explore its deeper meaning', 'Credits', 'Produced By', 'Dara Whitfell',
    'Written By', 'Release Date', 'Folk', 'Indie', 'Comments', 'ellerby_kate', 'the bit about the bell in the garden wall gets me every single time',
    'Add a comment', 'About Genius', 'Contributor Guidelines', 'Press', 'Terms of Use', '© 2026 ML Genius Holdings, LLC', 'I Accept', 'Show Purposes',
    'We and our partners use cookies and similar technologies to store and access information on your device.',
  ],
};

const sTitle = 'Bread for the Road';
const sIntro = [
  j(
    'Good morning, church. This week we come to the end of our series on the journeys of Elijah, and to one of the quietest',
    'scenes in the whole story. There is no fire from heaven here, no crowd on a mountain. There is a tired man under a bush, and',
    'an angel who tells him to eat.',
  ),
];
const sH = ['When the strong run out', 'Rest before instruction', 'The journey is too much for you'];
const sQuote = j(
  'He lay down and slept under the broom bush. All at once an angel touched him and said, “Get up and eat.” (1 Kings 19:5, as we',
  'read it together this morning)',
);
const sS1 = [
  j(
    'Elijah has just seen the greatest victory of his life, and within a day he is running for it, so afraid and so spent that he',
    'asks to die. I find that strangely comforting. The Bible does not pretend that faithful people never reach the end of',
    'themselves. Some of you came in this morning running on empty, and you are in good company.',
  ),
];
const sS2 = [
  j(
    'Notice what God does not do. He does not give Elijah a lecture. He does not send him straight back to work. He gives him',
    'bread baked on hot stones and a jar of water, and then he lets him sleep again. Only after the second meal does the journey',
    'begin.',
  ),
  'We often want it the other way round. We want to be told what to do next before we have been fed. But here the order is clear:',
];
const sList = [
  'first the touch, when he did not ask for it;',
  'then the food, which he did not have to earn;',
  'then the rest, which was not a waste of time;',
  'and only then the road ahead.',
];
const sS3 = [
  j(
    'The angel says something on the second visit that I want you to take home: “the journey is too much for you.” It is not a',
    'rebuke. It is the plain truth, spoken kindly. The road to Horeb was forty days long, and Elijah could not walk it on his own',
    'strength. Neither can we walk ours.',
  ),
  j(
    'So this week, when you are tired, do not read it as failure. Read it as an invitation to sit down and eat. Come to the table',
    'this morning as people on a journey, and let yourself be fed.',
  ),
];
const sNav = ['I’m New', 'About Us', 'Sermons', 'Events', 'Groups', 'Give', 'Contact'];
const sHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${sTitle} — Grace Hollow Community Church</title><link rel="canonical" href="https://www.gracehollow.example/sermons/bread-for-the-road">
<meta property="og:site_name" content="Grace Hollow Community Church"><meta property="og:title" content="${sTitle} — Grace Hollow Community Church">
<meta itemprop="author" content="Rev. Hannah Brightwell"><meta itemprop="datePublished" content="2026-03-08T10:30:00+0000">
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT =
{"website":{"siteTitle":"Grace Hollow Community Church"},"templateId":"5c5a519771c10ba3470d8101"};
</script><script type="application/ld+json">{"url":"https://www.gracehollow.example","name":"Grace Hollow Community Church","@context":"http://schema.org",
"@type":"WebSite"}</script><link href="//static1.squarespace.example/static/versioned-site-css/site.css" rel="stylesheet" type="text/css"></head>
<body id="item-6609e" class="header-width-full tweak-blog-item-width-medium tweak-blog-item-meta-position-above-title view-item collection-type-blog">
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner">
<div class="header-title"><div class="header-title-text"><a href="/">Grace Hollow Community Church</a></div></div>
<div class="header-nav">
<nav class="header-nav-list">${sNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/">${n}</a></div>`).join('\n')}
</nav></div><div class="header-actions-action--cta"><a class="btn btn--border theme-btn--primary-inverse" href="/plan-a-visit">Plan a Visit</a></div></div>
</header>
<main id="page" class="container" role="main"><article class="sections" id="sections"><section class="page-section"><div class="content-wrapper">
<div class="blog-item-wrapper"><article class="blog-item entry h-entry" data-item-id="6609e"><div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-author blog-meta-item blog-meta-item--author">
<a href="/sermons?author=5f1">Rev. Hannah Brightwell</a></span>
<time class="dt-published blog-meta-item blog-meta-item--date" datetime="2026-03-08">8 March</time>
</div></div><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">${sTitle}</h1></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">
<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block audio-block sqs-block-audio"><div class="sqs-block-content">
<div class="sqs-audio-embed"><div class="title">Listen: ${sTitle}</div><div class="author">Series: Journeys of Elijah</div>
<div class="download"><a href="/s/bread-for-the-road.mp3">Download</a></div></div></div></div>
<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="sqsrte-small"><strong>Reading:</strong> 1 Kings 19:1–8</p>${ps(sIntro)}<h3>${sH[0]}</h3>${ps(sS1)}
<blockquote><p>${sQuote}</p></blockquote><h3>${sH[1]}</h3>${ps(sS2)}<ul data-rte-list="default">${sList.map((l) => `<li><p>${l}</p></li>`).join('')}</ul>
<h3>${sH[2]}</h3>${ps(sS3)}</div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Weekly Notes</h2><div class="newsletter-form-header-description"><p>Sermon notes and church news every Friday.</p>
</div><button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button>
<div class="newsletter-form-footnote"><p>We respect your privacy.</p></div></div></div></div></div></div></div></div></div>
<div class="blog-item-comments"></div><div class="blog-meta-item blog-meta-item--tags"><a href="/sermons?tag=old-testament">Old Testament</a>,
<a href="/sermons?tag=weariness">Weariness</a></div><div class="blog-share-like"><div class="ss-social-button-list"><a class="ss-social-button"
data-service="facebook"><span class="ss-social-button-text">Facebook</span></a><a class="ss-social-button" data-service="twitter">
<span class="ss-social-button-text">Twitter</span></a><a class="ss-social-button" data-service="linkedin">
<span class="ss-social-button-text">LinkedIn</span></a>
</div></div><section class="item-pagination item-pagination--prev-next">
<a class="item-pagination-link item-pagination-link--prev" href="/sermons/the-still-voice">
<div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">The Still Small Voice</h2></a>
<a class="item-pagination-link item-pagination-link--next" href="/sermons/fire-on-the-mountain"><div class="item-pagination-prev-next">Next</div>
<h2 class="item-pagination-title">Fire on the Mountain</h2></a></section></article></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="sqs-html-content"><p>Sundays at 10:30 am</p>
<p>14 Mill Lane, Penmarrow</p><p>Registered charity 1170345</p></div></section></footer></div>
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">This website uses cookies to improve your
experience.</div><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button></div></div>
<script defer src="https://static1.squarespace.example/static/vta/site-bundle.js"></script></body></html>`;
const squarespace: TestPage = {
  name: 'heldout293-squarespace-church-sermon',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sIntro, ...sS1, sQuote, ...sS2, ...sList, ...sS3]),
  bylines: ['Rev. Hannah Brightwell', '8 March'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Grace Hollow Community Church', ...sNav, 'Plan a Visit', `Listen: ${sTitle}`, 'Series: Journeys of Elijah', 'Download', 'Reading: 1 Kings 19:1–8',
    'Weekly Notes', 'Sermon notes and church news every Friday.', 'Sign Up', 'We respect your privacy.', 'Old Testament', 'Weariness', 'Facebook', 'Twitter',
    'LinkedIn', 'Previous', 'The Still Small Voice', 'Next', 'Fire on the Mountain', 'Sundays at 10:30 am', '14 Mill Lane, Penmarrow',
    'Registered charity 1170345', 'This website uses cookies to improve your experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT293_D: readonly TestPage[] = [genius, squarespace];
