import { links, type TestPage, texts } from './page-kit.js';
import { sheriffRelease } from './pages-heldout221-b2.js';

/**
 * Held-out batch 221, file b: a public Nextdoor post with replies as a signed-out visitor saves it (the "Get the app" banner,
 * the guest header with "Sign in" and "Join Nextdoor", the author row with neighborhood and time, the subject and post text,
 * reaction and comment counts, the Like / Comment / Share bar, replies with their author rows and Like / Reply links, the
 * "See more comments" sign-up gate, the "Discover more nearby" rail and the footer) and, from file b2, a county sheriff's
 * press release on a Drupal county site.
 */
const ndTitle = 'Recycling not picked up on Thursday – anyone else?';
type Post = { name: string; hood: string; ago: string; text: string; likes: string };
const ndPost: Post = {
  name: 'Gail Brennan',
  hood: 'Maple Heights',
  ago: '3 d ago',
  likes: '24',
  text:
    'Our blue bin has been sitting at the curb on Sycamore Court since Thursday morning and it still has not been emptied. The trash ' +
    'truck came as usual. I called the city’s 311 line on Friday and was told there was a “route delay” but nobody could say when ' +
    'they would be back. Is this happening to anyone else? I am trying to figure out if it is just our street or the whole ' +
    'neighborhood before I call again.',
};
const ndReplies: Post[] = [
  {
    name: 'Dennis Okafor',
    hood: 'Maple Heights',
    ago: '3 d ago',
    likes: '9',
    text: 'Same on Larchmont. Trash was picked up, recycling was not. Our neighbor said the recycling hauler lost two drivers last month.',
  },
  {
    name: 'Priscilla Vang',
    hood: 'Cedar Hollow',
    ago: '3 d ago',
    likes: '5',
    text:
      'Ours on Ridgeview was skipped too. I put in a request through the city app and got a ticket number, so at least it is on record. ' +
      'If enough of us report it they might send a truck out sooner.',
  },
  {
    name: 'Walt Hendricks',
    hood: 'Maple Heights',
    ago: '2 d ago',
    likes: '17',
    text:
      'I sit on the city’s solid waste advisory committee, so I can share what we were told at Monday’s meeting. The contractor that ' +
      'handles recycling for the east side is short on drivers and has been running the Thursday route a day or two late. They have ' +
      'promised to catch up by the end of this week. Leave your bins out; they are not supposed to skip anyone, and missed stops are ' +
      'supposed to be collected within two business days of a report.',
  },
  {
    name: 'Gail Brennan',
    hood: 'Maple Heights',
    ago: '2 d ago',
    likes: '6',
    text: 'Thank you Walt, that is really helpful. I will leave it out and report it in the app like Priscilla did.',
  },
  {
    name: 'Marisol Ortega',
    hood: 'Maple Heights',
    ago: '1 d ago',
    likes: '11',
    text:
      'Update for Sycamore and Larchmont: a truck came through this morning around 7:30 and emptied everything. Took a while but they ' +
      'did get to us. Thanks everyone for reporting it.',
  },
  {
    name: 'Harold Tisdale',
    hood: 'Brookside',
    ago: '1 d ago',
    likes: '3',
    text:
      'Still waiting on Brookside Lane. I will report it again. Honestly the city should post these delays on its website instead of ' +
      'making us find out here.',
  },
];
const ndCategory = 'General';
const ndBanner = ['Nextdoor is better on the app', 'Open app'];
const ndGate = [
  'See more comments',
  'Join Nextdoor to see more of what’s happening in your neighborhood',
  'Nextdoor is where you connect to the neighborhoods that matter to you so you can belong.',
  'Join Nextdoor',
  'Already have an account? Sign in',
] as const;
const ndNearby = [
  'Discover more nearby',
  'Sunday farmers market opens at Linden Square',
  'Found: grey cat with blue collar on Birchwood',
  'Looking for a reliable handyman for a deck repair',
  'Road work on Route 9 starting Monday',
];
const ndFoot = ['About', 'Careers', 'Press', 'Blog', 'Help', 'Guidelines', 'Privacy', 'Terms', 'Cookies', 'Do Not Sell or Share My Personal Information'];
const ndAuthor = (p: Post, cls: string): string => `<div class="${cls}" data-testid="author-row"><a class="_1U9Qq6bk" href="/profile/${p.name.length}/"
data-testid="avatar"><img alt="" class="_3gAxmkAh" src="https://us1-photo.nextdoor.example/user_photos/${p.name.length}.jpeg"></a><div class="_3QiDnQz2">
<a class="_1c3BH2Fm" data-testid="author-children-test" href="/profile/${p.name.length}/"><span class="Text__text blocks-1r5f7ez">${p.name}</span></a>
<div class="_2bJkC4Qh"><span class="Text__text blocks-kdyb9m" data-testid="neighborhood-link">${p.hood}</span><span aria-hidden="true"> · </span>
<span class="Text__text blocks-kdyb9m" data-testid="post-timestamp">${p.ago}</span></div></div></div>`;
const ndReply = (p: Post, i: number): string => `<div class="_2-vXS2cl" data-testid="comment-container" id="comment-${4410 + i}">${ndAuthor(p, '_3k1SGv9n')}
<div class="_1g6lDd2p comment-body-container"><span class="Text__text blocks-1ue4xva" data-testid="comment-detail-body"><span class="Linkify">
${p.text}</span></span></div><div class="_2Oq2BhjU" data-testid="comment-actions"><button class="blocks-1bfpkhn" data-testid="reaction-button"
type="button"><span class="Text__text">Like</span></button><button class="blocks-1bfpkhn" data-testid="comment-reply-button" type="button">
<span class="Text__text">Reply</span></button><span class="_1uYR0fGn" data-testid="comment-reaction-count">${p.likes}</span></div></div>`;
const ndHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Recycling not picked up on Thursday – anyone else? — Nextdoor</title>
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover"><meta name="robots" content="index,follow">
<meta property="og:title" content="Gail Brennan (Maple Heights): Recycling not picked up on Thursday – anyone else?"><meta property="og:site_name"
content="Nextdoor">
<meta property="og:description" content="Our blue bin has been sitting at the curb on Sycamore Court since Thursday morning..."><meta name="apple-itunes-app"
content="app-id=640360962">
<link rel="canonical" href="https://nextdoor.com/p/Zt7pK2mXwQhL"><link rel="stylesheet"
href="https://d19rpgkrjeba2z.cloudfront.example/static/nextdoorv2/css/main.6f1e.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"${ndTitle}","author":{"@type":"Person",
"name":"Gail Brennan"},"datePublished":"2025-05-08T14:02:11Z","commentCount":6,"interactionStatistic":{"@type":"InteractionCounter",
"interactionType":"https://schema.org/LikeAction","userInteractionCount":24}}</script>
<script>window.__NEXTDOOR_CONTEXT__ = {"locale":"en_US","isLoggedIn":false,"pageName":"public_post_detail"};</script></head>
<body class="blocks-theme-light"><div id="app-root"><div class="_2Yp3qFsz smart-banner" data-testid="app-download-banner" role="banner">
<span class="Text__text">${ndBanner[0]}</span><a class="blocks-1m7s8u2" href="https://nextdoor.app.link/open">${ndBanner[1]}</a></div>
<header class="_1wmfPQZW" data-testid="logged-out-header"><a href="/" aria-label="Nextdoor home" class="_2f8zbG4S"><svg width="120" height="24" role="img"
aria-hidden="true"></svg></a><div class="_3hV9jXQo"><a class="blocks-1uzgbyt" href="/login/" data-testid="header-sign-in">Sign in</a>
<a class="blocks-5hb0ba" href="/join/" data-testid="header-join">Join</a></div></header>
<main class="_3ZhYpVb5" role="main"><div class="_3xCW2Q8v" data-testid="post-detail-page"><div class="_1hVd0Lwn" data-testid="feed-item-card"
data-v3-view-type="post_detail">${ndAuthor(ndPost, '_2qnBwuzP')}<div class="_2wYWkR3H" data-testid="post-category"><span class="Text__text">Posted in </span>
<span class="Text__text">${ndCategory}</span></div><div class="_1cVy9pHg" data-testid="post-body"><h1 class="_3U5ObqwZ" data-testid="post-subject">
<span class="Text__text blocks-f7c9yx">${ndTitle}</span></h1><p class="content-body"><span class="Text__text blocks-1ue4xva" data-testid="styled-text">
<span class="Linkify">${ndPost.text}</span></span></p></div>
<div class="_1a7PvDmN" data-testid="post-reactions"><span class="_3EZ7JqnV" data-testid="reaction-count">${ndPost.likes}</span>
<span class="_2xVw3aGg" data-testid="comment-count">6 comments</span></div><div class="_2xW8Gk7l" role="group" data-testid="post-actions">
<button class="blocks-1bfpkhn" type="button" data-testid="reaction-button"><span class="Text__text">Like</span></button>
<button class="blocks-1bfpkhn" type="button" data-testid="post-comment-button"><span class="Text__text">Comment</span></button>
<button class="blocks-1bfpkhn" type="button" data-testid="share-button"><span class="Text__text">Share</span></button></div>
<div class="_3GwqLv1H" data-testid="comments-section">${ndReplies.map(ndReply).join('\n')}</div>
<div class="_1N8cYh4K" data-testid="logged-out-comment-gate"><button class="blocks-1tbfr3w" type="button">${ndGate[0]}</button>
<h2 class="Text__text blocks-p9lh6w">${ndGate[1]}</h2><p class="Text__text">${ndGate[2]}</p><a class="blocks-5hb0ba" href="/join/">${ndGate[3]}</a>
<p class="Text__text">${ndGate[4].replace('Sign in', '<a href="/login/">Sign in</a>')}</p></div></div></div>
<aside class="_2mWzBv4d" data-testid="nearby-content-rail"><h2 class="Text__text blocks-1tmx6gl">${ndNearby[0]}</h2><ul class="_1qRp3Jb8">
${links(ndNearby.slice(1), '_3Hb7Nz2s')}</ul></aside></main>
<footer class="_2g7R1wVx" data-testid="logged-out-footer"><ul class="_1bZ9Xk3m">${links(ndFoot, '_3TrQ0cKe')}</ul>
<span class="Text__text">© 2025 Nextdoor</span></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">We use cookies and similar technologies to run the site, personalize content and measure traffic. You can manage your choices at
any time.</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button>
<button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="https://d19rpgkrjeba2z.cloudfront.example/static/nextdoorv2/js/public_post.4c2a.js" defer></script></body></html>`;
const nextdoor: TestPage = {
  name: 'heldout221-nextdoor-post-replies',
  kind: 'forum',
  html: ndHtml,
  // thread convention: the post and every reply are body; names and times are bylines; the neighborhood label next to each name is
  // furniture (like a forum's location field), as are the "Posted in" category, counts, buttons and the sign-up gate
  title: ndTitle,
  headings: [],
  body: texts([ndPost.text, ...ndReplies.map((r) => r.text)]),
  bylines: ['Gail Brennan', ...ndReplies.map((r) => r.name), '3 d ago', '2 d ago', '1 d ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...ndBanner, 'Sign in', 'Join', 'Maple Heights', 'Cedar Hollow', 'Brookside', 'Posted in', ndCategory, '24', '6 comments', 'Like', 'Comment', 'Share',
    'Reply', ...ndReplies.map((r) => r.likes), ...ndGate, ...ndNearby, ...ndFoot, '© 2025 Nextdoor',
    'We use cookies and similar technologies to run the site, personalize content and measure traffic. You can manage your choices at any time.',
    'Cookie Settings', 'Accept All Cookies',
  ],
};

export const HELDOUT221_B: readonly TestPage[] = [nextdoor, sheriffRelease];
