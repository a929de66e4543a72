import type { TestPage } from './page-kit.js';
import { texts } from './page-kit.js';
import { j } from './pages-heldout333-kit.js';

/**
 * Held-out batch 333, file f2: a Patreon post page in its Next.js / styled-components markup (creator header with Join,
 * post card with data-tag attributes, a short public post with an attachment, like and comment counts, tags, comment rows,
 * the "Recommended" creators and membership tiers, and the footer), a page whose main text is short.
 */
const pTitle = 'Episode 14 is recorded (and what went wrong in the church)';
const pBody = [
  j(
    'We finished recording episode 14 of the show on Saturday night, in the side chapel of St Aldric’s, which the vicar lent',
    'us on the condition that we stopped before evensong. We did not quite manage it.',
  ),
  j(
    'The chapel gave us exactly the cold, echoing sound we wanted for the crypt scenes. It also gave us a bell-ringing practice we',
    'had not been told about, which is why Corinna’s big speech now exists in nine takes, each interrupted at a different bar.',
  ),
  'A few things patrons asked about last month:',
  'the release date for episode 14 is still 3 April, for patrons a week earlier;',
  'the script for episode 12 is attached below as a PDF, with my crossings-out left in;',
  'yes, the cat in episode 13 was real, and she has been paid in ham.',
  j(
    'Thank you, as ever, for keeping this strange little show going. Every pound goes on hire fees, microphones and biscuits for',
    'the cast, roughly in that order.',
  ),
];
const pTags = ['behind the scenes', 'recording diary', 'season two'];
const pComments: [string, string, string][] = [
  ['Harriet Vossberg', '2d', 'Nine takes! I would pay extra for the blooper reel with the bells.'],
  ['Lowen Pryce', '1d', 'That chapel sounds perfect. Can’t wait for the crypt scenes.'],
];
const pRec = ['Fogbound Radio', 'The Quiet Almanac Players'];
const pTiers: [string, string][] = [
  ['Listener', '£3 / month'],
  ['Cast Party', '£8 / month'],
];
const pFoot = ['About Patreon', 'Careers', 'Help Center', 'Terms of Use', 'Privacy', 'Cookie Policy'];
const pHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>${pTitle} | The Lantern Ward on Patreon</title>
<meta name="description" content="Get more from The Lantern Ward on Patreon"><meta property="og:title" content="${pTitle} | The Lantern Ward">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="preload" href="/_next/static/css/c19e.css" as="style"><style data-styled="active" data-styled-version="5.3.11">.sc-bdfBwQ{display:flex;}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SocialMediaPosting",
"headline":"${pTitle}","datePublished":"2026-03-02T21:14:00+00:00",
"author":{"@type":"Person","name":"The Lantern Ward"}}</script></head>
<body><div id="__next"><div class="sc-bdfBwQ jLmYpd"><header data-tag="header" class="sc-gsTCUz bhdLno"><a href="/home" aria-label="Patreon logo"
class="sc-dlfnbm"></a><nav><a href="/creators" class="sc-hKgILt">Creators</a><a href="/pricing" class="sc-hKgILt">Pricing</a>
<a href="/resources" class="sc-hKgILt">Resources</a></nav><div><a href="/login" data-tag="login-link">Log in</a>
<a href="/signup" data-tag="signup-link" class="sc-eCssSg">Get started</a></div></header>
<div data-tag="campaign-header" class="sc-jSgupP"><img src="https://c10.patreonusercontent.example/lantern/banner.jpg" alt="">
<div class="sc-gKsewC"><a href="/lanternward" data-tag="creator-name" class="sc-iBPRYJ">The Lantern Ward</a>
<p data-tag="creation-name" class="sc-fubCfw">Creating a gothic audio drama, one chapel at a time</p>
<a href="/join/lanternward" data-tag="join-button" class="sc-pFZIQ">Join for free</a> <a href="/lanternward/membership" class="sc-jrAGrp">See membership
options</a></div></div>
<main class="sc-kEjbxe"><div data-tag="post-card" class="sc-iqHYGH"><div class="sc-crrsfI">
<span data-tag="post-published-at" class="sc-dQppl"><a href="/posts/episode-14-is-recorded-118204417">Mar 2, 2026 at 9:14 PM</a></span>
<h1 data-tag="post-title" class="sc-gWHgXt">${pTitle}</h1>
<div data-tag="post-content" class="sc-bBHxTw"><div class="sc-ezbkAF"><p>${pBody[0]}</p><p>${pBody[1]}</p><p>${pBody[2]}</p>
<ul>${pBody
  .slice(3, 6)
  .map((x) => `<li><p>${x}</p></li>`)
  .join('')}</ul><p>${pBody[6]}</p></div></div>
<div data-tag="post-attachments" class="sc-hOGkXu"><p class="sc-dtMgUX">Attachments</p><a href="/file?h=118204417&amp;i=1">lantern-ward-ep12-script.pdf</a>
</div>
<div data-tag="post-tags" class="sc-ilfuhL">
${pTags.map((t) => `<a href="/lanternward/posts?filters[tag]=${t.length}" class="sc-uojGG">${t}</a>`).join('')}</div>
<div class="sc-bqiRlB"><button data-tag="like-button" aria-label="Like"><span data-tag="like-count">47</span></button>
<button data-tag="comment-post-icon"><span>12</span></button><button data-tag="share-post-icon">Share</button>
<button data-tag="more-actions" aria-label="More actions"></button></div></div>
<div data-tag="comments-container" class="sc-kLwhqv"><button data-tag="load-more-comments">Load more comments</button>
${pComments
  .map(
    ([u, t, c]) => `<div data-tag="comment-row" class="sc-hBURRC"><a data-tag="commenter-name" href="/user?u=${u.length}">${u}</a>
<span class="sc-fFeiMQ">${t}</span><div data-tag="comment-body" class="sc-jJoQJp">${c}</div><button data-tag="comment-like">Like</button>
<button data-tag="comment-reply">Reply</button></div>`,
  )
  .join('\n')}
<div class="sc-bkkeKt"><input placeholder="Join the conversation…" aria-label="Add a comment"></div></div></div>
<aside class="sc-ieecCq"><div data-tag="membership-tiers"><h2 class="sc-dIouRR">Choose your membership</h2>
${pTiers.map(([n, pr]) => `<div data-tag="tier-card"><h3>${n}</h3><span>${pr}</span><a href="/join/lanternward/checkout">Join</a></div>`).join('\n')}</div>
<div data-tag="recommended-creators"><h2 class="sc-dIouRR">Recommended</h2><ul>${pRec.map((r) => `<li><a href="/${r.length}">${r}</a></li>`).join('')}</ul>
</div>
</aside></main>
<footer data-tag="footer" class="sc-cxpSdN"><ul>${pFoot.map((f) => `<li><a href="/${f.length}">${f}</a></li>`).join('')}</ul><p>© 2026 Patreon</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to improve your experience and to show
you personalised content.</p><button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-pc-btn-handler">Cookie settings</button></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"bootstrapEnvelope":{"pageBootstrap":{"post":{"data":{"id":"118204417",
"type":"post"}}}}}},"page":"/posts/[slug]","buildId":"x91_a2"}</script></body></html>`;
export const patreon: TestPage = {
  name: 'heldout333-patreon-post-blog',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [],
  body: texts(pBody),
  bylines: ['The Lantern Ward', 'Mar 2, 2026 at 9:14 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Creators', 'Pricing', 'Resources', 'Log in', 'Get started', 'Creating a gothic audio drama, one chapel at a time', 'Join for free',
    'See membership options', 'Attachments', 'lantern-ward-ep12-script.pdf', ...pTags,
    'Share', 'Load more comments', ...pComments.flatMap(([u, , c]) => [u, c]),
    'Like', 'Reply', 'Choose your membership', ...pTiers.flat(), 'Join', 'Recommended', ...pRec, ...pFoot, '© 2026 Patreon',
    'We use cookies to improve your experience and to show you personalised content.', 'Accept all', 'Cookie settings',
  ],
};
