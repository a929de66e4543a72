import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 188, file b2: a Patreon public post as a signed-out visitor saves it (the creator page's header with avatar,
 * "Become a member" and "Log in", the creator nav tabs, the "Public post" label and the date above the title, the post body,
 * the audio attachment, tags, like and comment counts, the share menu, three comments with "Reply" and likes, "Load more
 * comments", the "Join to comment" prompt, the "More from" rail and the recommended tier card, the cookie banner and the
 * small footer).
 */
const paTitle = 'How the Harbour Suite got its fourth movement';
const paP1 = [
  'A lot of you asked after the October livestream why the Harbour Suite suddenly has four movements when I had been talking about ' +
    'three all year. The short answer is that the fourth one turned up uninvited. The longer answer is below, along with a rough ' +
    'recording of the piano sketch, because this post is public and I want people who are not members yet to hear where the money goes.',
];
const paH1 = 'Where it came from';
const paP2 = [
  'In August I spent two weeks in a borrowed cottage at Porth Eynon, meant to be finishing the slow movement. Every morning the ' +
    'fishing boats went out at about six, and every morning I could hear the same three notes from somebody’s radio drifting up from ' +
    'the slipway. I never found out what the song was. By the end of the first week I had written those three notes on the back of a ' +
    'tide table, and by the end of the second they had become a tune I could not get out of my head.',
  'It did not belong in the slow movement. It was too restless. So it sat in a notebook until September, when I played it to Hanne ' +
    'on the cello and she said, quite firmly, that it was obviously the ending.',
];
const paH2 = 'What it does';
const paP3 = [
  'The fourth movement is short, about five minutes, and it goes back over material from the first three. The rope-hauling rhythm ' +
    'from the opening comes back under the strings, the clarinet line from the second movement turns up in the viola, and the three ' +
    'radio notes tie it all together. It ends quietly, on a single held note, the way the harbour goes quiet once the last boat has ' +
    'gone out.',
  'I am still not sure about the middle section. At the moment it modulates twice in sixteen bars and that may be once too often. ' +
    'You can hear the problem at about 2:40 in the sketch below.',
];
const paH3 = 'What happens next';
const paList = [
  'Full score finished by the end of November.',
  'Parts copied and checked in the first week of December.',
  'First read-through with the Tawe Chamber Players on 13 December, recorded for members.',
  'Premiere at St Mary’s, Swansea, in March, with members-only early booking.',
];
const paP4 = [
  'Thank you, as always. Every tier pays for something real: the cottage rent this summer came entirely from Patreon, and so will ' +
    'the players’ fees for the read-through. I could not do any of this without you.',
];
const paNav = ['Home', 'Posts', 'Collections', 'Shop', 'About'];
const paTags = ['harbour suite', 'works in progress', 'audio'];
const paComments = [
  ['Gethin Lloyd', 'Nov 4, 2025', 'Those three notes at the start of the sketch gave me goosebumps. Can’t wait for March.', '14'],
  ['saoirse.m', 'Nov 4, 2025', 'I actually like the double modulation! It feels like the tide turning. Don’t cut it.', '9'],
  ['Patrick Oyelaran', 'Nov 5, 2025', 'Is there any chance the read-through recording will include the score on screen?', '3'],
] as const;
const paMore = ['Livestream notes: the October Q&A', 'A very small update on the violin concerto', 'Studio tour, finally'];
const paMoreDates = ['Oct 21, 2025', 'Oct 9, 2025', 'Sep 30, 2025'];
const paTier = ['Harbour Crew', '$5', 'per month', 'Early access to every recording, monthly sketch scores and members-only livestreams.', 'Join'];
const paCookie = [
  'We use cookies to help personalise your experience, analyse traffic and for marketing purposes.',
  'Accept all',
  'Reject non-essential',
  'Cookie settings',
];
const paFoot = ['Terms of Use', 'Privacy Policy', 'Cookie Policy', 'Help Centre', 'Report this post'];
const paHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${paTitle} | Patreon</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Get more from Odile Marchetti on Patreon"><meta property="og:site_name" content="Patreon">
<meta property="og:title" content="${paTitle} | Odile Marchetti"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.patreon.example/posts/how-harbour-suite-got-its-fourth-142211873">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting","headline":"${paTitle}",
"author":{"@type":"Person",
"name":"Odile Marchetti","url":"https://www.patreon.example/odilemarchetti"},"datePublished":"2025-11-03T18:02:00.000+00:00"}</script>
<link rel="stylesheet" href="https://c6.patreon.example/_next/static/css/a1f39c2e.css"></head>
<body><div id="__next"><div class="sc-jrAGrp pageContainer" data-tag="page-container"><header class="sc-fvhGYg creator-header" data-tag="creator-header">
<a href="/odilemarchetti" class="sc-ksBlkl creator-avatar"><img alt="Odile Marchetti" src="https://c10.patreonusercontent.example/avatar.png"></a>
<a href="/odilemarchetti" data-tag="creator-public-page-name"><span class="sc-eCImPb">Odile Marchetti</span></a>
<p class="sc-kEjbxe" data-tag="creator-tagline">creating chamber music about the sea</p><div class="sc-iqcoie header-actions">
<a class="sc-bdvvtL button-primary" data-tag="become-a-member-button" href="/checkout/odilemarchetti">Become a member</a>
<a class="sc-bdvvtL button-tertiary" href="/login">Log in</a></div><nav aria-label="Creator page" class="sc-crHmcD creator-nav">
${paNav.map((t) => `<a class="sc-egiyK${t === 'Posts' ? ' active' : ''}" href="/odilemarchetti/${t.toLowerCase()}">${t}</a>`).join('')}</nav></header>
<main class="sc-hKMtZM"><div class="sc-jSMfEi" data-tag="post-card"><div class="sc-gKPRtg post-meta"><span class="sc-iBkjds" data-tag="post-visibility">
Public post</span><span class="sc-ftvSup" data-tag="post-published-at"><a href="/posts/142211873">Nov 3, 2025 at 6:02 PM</a></span></div>
<h1 class="sc-1di2uql-0" data-tag="post-title">${paTitle}</h1><div class="sc-b20d4e5f-0" data-tag="post-content"><div class="sc-dmqHEX">
${paP1.map((t) => `<p>${t}</p>`).join('')}<h2>${paH1}</h2>${paP2.map((t) => `<p>${t}</p>`).join('')}<h2>${paH2}</h2>
${paP3.map((t) => `<p>${t}</p>`).join('')}<div class="sc-audio-player" data-tag="post-audio"><span class="sc-jdAMXn">Harbour Suite IV, piano sketch</span>
<span class="sc-time">0:00 / 5:12</span><button aria-label="Play" type="button"></button></div><h2>${paH3}</h2>
<ul>${paList.map((t) => `<li><p>${t}</p></li>`).join('')}</ul>${paP4.map((t) => `<p>${t}</p>`).join('')}</div></div>
<div class="sc-tags" data-tag="post-tags">${paTags.map((t) => `<a data-tag="post-tag" href="/odilemarchetti/posts?filters[tag]=${t}">${t}</a>`).join('')}</div>
<div class="sc-post-actions" data-tag="post-details"><button data-tag="like-button" type="button" aria-label="Like"><span data-tag="like-count">87</span>
</button><a data-tag="comment-count" href="#comments">12 comments</a><button data-tag="share-menu" type="button">Share</button>
<div role="menu" hidden><a role="menuitem">Copy link</a><a role="menuitem">Share on Facebook</a><a role="menuitem">Share on X</a></div></div>
<section id="comments" data-tag="comments-section"><div data-tag="comment-sign-in-prompt"><p>Join to comment on this post</p>
<a class="sc-bdvvtL button-secondary" href="/login">Log in</a></div>
${paComments
  .map(
    ([n, d, t, l]) => `<div data-tag="comment-row" class="sc-cOFTSb"><img alt="" src="/av/${l}.png"><div><a data-tag="commenter-name" href="/user/${l}">${n}</a>
<span data-tag="comment-date">${d}</span><div data-tag="comment-body"><p>${t}</p></div><div class="sc-comment-actions"><button data-tag="comment-like"
type="button">${l}</button><button data-tag="comment-reply" type="button">Reply</button></div></div></div>`,
  )
  .join('\n')}<button data-tag="load-more-comments" type="button">Load more comments</button></section></div>
<aside class="sc-more-from" data-tag="more-from-creator"><h2>More from Odile Marchetti</h2>${paMore
  .map(
    (t, i) => `<a data-tag="post-card-mini" href="/posts/${i}"><span class="sc-card-title">${t}</span><span class="sc-card-date">${paMoreDates[i]}</span></a>`,
  )
  .join('\n')}<a href="/odilemarchetti/posts">See all posts</a></aside>
<aside data-tag="recommended-tier"><h2>Recommended tier</h2><div data-tag="tier-card"><h3>${paTier[0]}</h3><div><span>${paTier[1]}</span>
<span>${paTier[2]}</span></div><p>${paTier[3]}</p><a class="sc-bdvvtL button-primary"
href="/checkout/odilemarchetti?rid=901">${paTier[4]}</a></div></aside></main>
<footer class="sc-footer"><span>© 2025 Patreon</span>${paFoot.map((t) => `<a href="/policy/${t.length}">${t}</a>`).join('')}</footer></div>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${paCookie[0]}</p>
<button id="onetrust-accept-btn-handler">${paCookie[1]}</button><button id="onetrust-reject-all-handler">${paCookie[2]}</button>
<button id="onetrust-pc-btn-handler">${paCookie[3]}</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"bootstrapEnvelope":{"pageBootstrap":{"post":{"data":{"id":"142211873",
"attributes":{"title":"${paTitle}","is_public":true,"like_count":87,"comment_count":12}}}}}}},"page":"/posts/[slug]"}</script>
<script src="https://c6.patreon.example/_next/static/chunks/pages/posts-4f1e9a.js" defer></script></body></html>`;
export const patreonPost: TestPage = {
  html: paHtml,
  name: 'heldout188-patreon-post-blog',
  kind: 'blog',
  // the creator's name and the post date are bylines; the creator tagline, "Public post", the audio player label, tags, counts,
  // share menu, comments (a blog post's reader comments), the "More from" rail, the tier card, cookie banner and footer are furniture
  title: paTitle,
  headings: [paH1, paH2, paH3],
  body: texts([...paP1, ...paP2, ...paP3, ...paList, ...paP4]),
  bylines: ['Odile Marchetti', 'Nov 3, 2025 at 6:02 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'creating chamber music about the sea', 'Become a member', 'Log in', ...paNav, 'Public post', 'Harbour Suite IV, piano sketch', '0:00 / 5:12', ...paTags,
    '87', '12 comments', 'Share', 'Copy link', 'Share on Facebook', 'Share on X', 'Join to comment on this post', ...paComments.flat(), 'Reply',
    'Load more comments', 'More from Odile Marchetti', ...paMore, ...paMoreDates, 'See all posts', 'Recommended tier', ...paTier, '© 2025 Patreon',
    ...paFoot, ...paCookie,
  ],
};
