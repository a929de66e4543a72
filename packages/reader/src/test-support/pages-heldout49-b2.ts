import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 49, file b2: a Bluesky post with its replies on bsky.app (React Native Web markup: atomic css class
 * soup, data-testid attributes, text in dir="auto" divs with pre-wrap newlines), saved logged out: the left pane with
 * "Join the conversation", the right pane with search and the legal links, the "Post" header with "Back", the anchor
 * post (name, handle, "Follow", text, date, "Everybody can reply", repost, quote and like counts), the author's own
 * continuation and the other replies with ages and counters; the head's og tags and the noscript notice with its
 * crawler summary of the post.
 */
const bsFirst = 'One year of bike counts on Calder Avenue';
const bsRest =
  'We counted bikes for a full year after the protected lane opened. Weekday trips went from about 410 a day to 1,150, and the ' +
  'biggest jump was not commuters. 🧵';
interface Post {
  name: string;
  handle: string;
  age: string;
  text: string;
  depth: number;
}
const RM = 'rmontez.bsky.social';
const bsReplies: Post[] = [
  {
    name: 'Rafaela Montez',
    handle: RM,
    age: '2d',
    depth: 0,
    text:
      'Weekend trips tripled, and school-run trips (7:30–8:30 and 2:45–3:45) more than doubled. A lot of the new riders are kids ' +
      'and parents, which is exactly who a painted lane never brought out. 2/4',
  },
  {
    name: 'Rafaela Montez',
    handle: RM,
    age: '2d',
    depth: 0,
    text:
      'What didn&#39;t happen: the traffic collapse people warned about. Car travel times on the corridor rose by about 40 seconds ' +
      'at the evening peak and were flat the rest of the day. Two shops on the block told us their takings were up. 3/4',
  },
  {
    name: 'Rafaela Montez',
    handle: RM,
    age: '2d',
    depth: 0,
    text:
      'The full report, with the counter data as a spreadsheet, goes to the transport committee on the 28th. I&#39;ll post the ' +
      'link here once it&#39;s public. 4/4',
  },
  {
    name: 'Tom Adeyemi',
    handle: 'tomadeyemi.bsky.social',
    age: '1d',
    depth: 0,
    text: 'The school-run numbers are the headline for me. Did you count e-bikes and cargo bikes separately, or are they folded into ' + 'the totals?',
  },
  {
    name: 'Rafaela Montez',
    handle: RM,
    age: '1d',
    depth: 1,
    text:
      'Separately for the last six months, once the new camera counters went in. Cargo bikes are about 6% of weekday trips, which ' + 'surprised all of us.',
  },
  {
    name: 'Lindiwe K.',
    handle: 'lindiwek.bsky.social',
    age: '1d',
    depth: 0,
    text:
      'Forty seconds at peak. Our council spent two years arguing about a lane on the strength of a traffic model that predicted ' +
      'ten-minute delays, and it still isn&#39;t built.',
  },
  {
    name: 'Calder Avenue Traders',
    handle: 'calderavetraders.org',
    age: '22h',
    depth: 0,
    text: 'Can confirm the takings bit, Saturdays especially. The loading bays at each end were the compromise that made it work for ' + 'us.',
  },
  {
    name: 'Mark Ellery',
    handle: 'markellery.bsky.social',
    age: '20h',
    depth: 0,
    text:
      'Would love the spreadsheet when it&#39;s out. We&#39;re trying to make the same case for a street in Leith, and before-and-after ' +
      'counts are the one thing councillors actually read.',
  },
];
const T = 'css-146c3p1 r-dnmrzs r-1udh08x r-1udbk01 r-3s2u2q r-1iln25a';
const V = 'css-175oi2r';
const item = (p: Post, i: number): string => `<div class="${V} r-1loqt21 r-1otgn73" data-testid="postThreadItem-by-${p.handle}" role="link" tabindex="0"
style="padding-left: ${12 + p.depth * 24}px;"><div class="${V} r-18u37iz"><div class="${V} r-1awozwy"><a href="/profile/${p.handle}"
aria-label="${p.name}&#39;s avatar"
class="${V}"><img src="https://cdn.bsky.app/img/avatar_thumbnail/plain/did:plc:${i}x7q/bafkrei${i}@jpeg" class="css-9pa8cd" alt=""></a></div>
<div class="${V} r-13awgt0"><div class="${V} r-18u37iz r-1wbh5a2"><a href="/profile/${p.handle}" class="${V}"><div dir="auto" class="${T}
r-b88u0q">${p.name}</div></a>
<div dir="auto" class="${T} r-1nf4jbm">@${p.handle}</div><div dir="auto" class="${T}" aria-hidden="true">·</div>
<a href="/profile/${p.handle}/post/3m2ac${i}kq7yw2" class="${V}"><div dir="auto" class="${T}" data-tooltip="October ${9 + (i > 3 ? 1 : 0)},
2025">${p.age}</div></a></div>
<div dir="auto" data-testid="postText" class="${T} r-1xnzce8" style="white-space: pre-wrap;">${p.text}</div>
<div class="${V} r-18u37iz r-1wtj0ep"><button aria-label="Reply" data-testid="replyBtn" class="${V}"><svg fill="none" width="18" viewBox="0 0 24 24"></svg>
<div dir="auto" class="${T}">${i % 3 === 0 ? 1 : ''}</div></button><button aria-label="Repost or quote post" data-testid="repostBtn" class="${V}">
<svg fill="none" width="18" viewBox="0 0 24 24"></svg></button><button aria-label="Like" data-testid="likeBtn" class="${V}"><svg fill="none" width="18"
viewBox="0 0 24 24">
</svg><div dir="auto" class="${T}">${[31, 18, 22, 9, 11, 14, 27, 6][i]}</div></button><button aria-label="Open post options menu"
data-testid="postDropdownBtn" class="${V}">
<svg fill="none" width="18" viewBox="0 0 24 24"></svg></button></div></div></div></div>`;
const bsLegal = ['Feedback', 'Privacy', 'Terms', 'Help'];
const bsHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1, viewport-fit=cover">
<meta name="referrer" content="origin-when-cross-origin"><title>Rafaela Montez: "${bsFirst}…" — Bluesky</title>
<meta property="og:site_name" content="Bluesky Social"><meta property="og:type" content="article"><meta property="profile:username" content="${RM}">
<meta property="og:title" content="Rafaela Montez (@${RM})"><meta property="article:published_time" content="2025-10-09T18:41:20.114Z">
<meta property="og:description" content="${bsFirst} We counted bikes for a full year after the protected lane opened.">
<link rel="alternate" href="at://did:plc:7x2mq4kds5yqv3o6lfxh2a4n/app.bsky.feed.post/3m2abzk7ql22c">
<style id="react-native-stylesheet">.css-175oi2r{align-items:stretch;border:0 solid
black;box-sizing:border-box;display:flex;flex-basis:auto;flex-direction:column}
.css-146c3p1{background-color:rgba(0,0,0,0);border:0 solid black;box-sizing:border-box;color:rgba(0,0,0,1);display:inline;font:14px -apple-system}</style>
</head><body><div id="root"><div class="${V} r-13awgt0 r-12vffkv"><div class="${V} r-1habvwh r-1h0z5md">
<nav role="navigation" class="${V} r-1d2f490 r-1xcajam r-ipm5af r-1t2qqvi"><a href="/" aria-label="Bluesky" class="${V}"><svg viewBox="0 0 64 57"
width="32"></svg></a>
<div dir="auto" class="${T} r-b88u0q r-1b43r93">Join the conversation</div>
<a href="/" role="link" class="${V} r-1awozwy r-1loqt21" data-testid="signUpButton"><div dir="auto" class="${T}">Create account</div></a>
<a href="/" role="link" class="${V} r-1awozwy r-1loqt21" data-testid="signInButton"><div dir="auto" class="${T}">Sign in</div></a></nav>
<main class="${V} r-13awgt0"><div class="${V} r-1d2f490 r-14lw9ot" data-testid="postThreadScreen">
<div class="${V} r-18u37iz r-1awozwy"><button aria-label="Back" data-testid="viewHeaderDrawerBtn" class="${V}"><svg width="24" viewBox="0 0 24
24"></svg></button>
<div dir="auto" role="heading" aria-level="1" class="${T} r-b88u0q">Post</div></div>
<div class="${V}" data-testid="postThreadItem-by-${RM}"><div class="${V} r-18u37iz r-1awozwy"><a href="/profile/${RM}" aria-label="Rafaela Montez&#39;s avatar"
class="${V}"><img src="https://cdn.bsky.app/img/avatar_thumbnail/plain/did:plc:7x2mq4kds5yqv3o6lfxh2a4n/bafkreia@jpeg" class="css-9pa8cd" alt=""></a>
<div class="${V} r-13awgt0"><a href="/profile/${RM}" class="${V}"><div dir="auto" class="${T} r-b88u0q r-1b43r93">Rafaela Montez</div></a>
<div dir="auto" class="${T} r-1nf4jbm">@${RM}</div></div>
<button aria-label="Follow Rafaela Montez" data-testid="followBtn" class="${V} r-1awozwy"><div dir="auto" class="${T} r-b88u0q">Follow</div></button></div>
<div dir="auto" data-testid="postText" class="${T} r-1xnzce8" style="font-size: 20px; white-space: pre-wrap;">${bsFirst}

${bsRest}</div>
<div class="${V} r-18u37iz r-1awozwy"><div dir="auto" class="${T} r-1nf4jbm">October 9, 2025 at 6:41 PM</div><div dir="auto" class="${T}">·</div>
<button class="${V}" aria-label="Who can reply"><div dir="auto" class="${T} r-1nf4jbm">Everybody can reply</div></button></div>
<div class="${V} r-18u37iz r-1kqtdi0"><a href="/profile/${RM}/post/3m2abzk7ql22c/reposted-by" class="${V}"><div dir="auto" class="${T}"><span
class="css-1jxf684 r-b88u0q">24</span>
reposts</div></a><a href="/profile/${RM}/post/3m2abzk7ql22c/quotes" class="${V}"><div dir="auto" class="${T}"><span class="css-1jxf684 r-b88u0q">3</span>
quotes</div></a>
<a href="/profile/${RM}/post/3m2abzk7ql22c/liked-by" class="${V}"><div dir="auto" class="${T}"><span class="css-1jxf684 r-b88u0q">181</span>
likes</div></a></div>
<div class="${V} r-18u37iz r-1wtj0ep"><button aria-label="Reply (8 replies)" data-testid="replyBtn" class="${V}"><svg width="22" viewBox="0 0 24
24"></svg></button>
<button aria-label="Repost or quote post (24 reposts)" data-testid="repostBtn" class="${V}"><svg width="22" viewBox="0 0 24 24"></svg></button>
<button aria-label="Like (181 likes)" data-testid="likeBtn" class="${V}"><svg width="22" viewBox="0 0 24 24"></svg></button>
<button aria-label="Open share menu" data-testid="postShareBtn" class="${V}"><svg width="22" viewBox="0 0 24 24"></svg></button></div></div>
${bsReplies.map(item).join('\n')}
<div class="${V} r-1awozwy r-1777fci" style="height: 300px;"></div></div></main>
<div class="${V} r-1d2f490 r-1xcajam r-ipm5af" role="complementary"><div class="${V} r-1awozwy r-18u37iz r-1loqt21" role="search">
<svg width="18" viewBox="0 0 24 24"></svg><input aria-label="Search" placeholder="Search" autocomplete="off" class="r-30o5oe r-1niwhzg" value=""></div>
<div class="${V} r-18u37iz r-1w6e6rj">${bsLegal
  .map(
    (t) => `<a href="https://bsky.social/about/support/${t.toLowerCase()}" class="${V}"><div dir="auto"
class="${T}">${t}</div></a>`,
  )
  .join('')}
</div></div></div></div></div>
<noscript><h1 lang="en">JavaScript Required</h1><p lang="en">This is a heavily interactive web application, and JavaScript is required. Simple HTML interfaces
are possible, but that is not what this is.</p><p lang="en">Learn more about Bluesky at <a href="https://bsky.social">bsky.social</a> and
<a href="https://atproto.com">atproto.com</a>.</p><div id="bsky_post_summary"><h3>Post</h3><p id="bsky_display_name">Rafaela Montez</p>
<p id="bsky_handle">${RM}</p><p id="bsky_did">did:plc:7x2mq4kds5yqv3o6lfxh2a4n</p><p id="bsky_post_text">${bsFirst}

${bsRest}</p><p id="bsky_post_indexedat">2025-10-09T18:41:20.114Z</p></div></noscript>
</body></html>`;
export const blueskyPost: TestPage = {
  html: bsHtml,
  name: 'heldout49-bluesky-post',
  kind: 'forum',
  // the post has no title: its first line is the title, the rest of the post is body with the author's own continuation posts
  // ("2/4" marks included, they are typed into the posts) and every reply; display names, handles, the post's date and the
  // replies' ages are bylines (each once); "Follow", "Everybody can reply", the repost, quote and like counts, the sign-up
  // pane, search, legal links and the noscript notice are furniture (the "Post" header is a word of the body: left out); the noscript crawler summary repeats
  // the post's text, name and handle (in neither list: the same words as the post), its DID and index time are furniture;
  // the reply and like counters (bare numbers) are left out
  title: bsFirst,
  headings: [],
  body: [bsRest, ...texts(bsReplies.map((p) => p.text))],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Rafaela Montez', `@${RM}`, 'October 9, 2025 at 6:41 PM', '2d', 'Tom Adeyemi', '@tomadeyemi.bsky.social', '1d', 'Lindiwe K.', '@lindiwek.bsky.social',
    'Calder Avenue Traders', '@calderavetraders.org', '22h', 'Mark Ellery', '@markellery.bsky.social', '20h',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Join the conversation', 'Create account', 'Sign in', 'Follow', 'Everybody can reply', '24 reposts', '3 quotes', '181 likes', ...bsLegal,
    'JavaScript Required', 'This is a heavily interactive web application, and JavaScript is required.',
    'Simple HTML interfaces are possible, but that is not what this is.', 'Learn more about Bluesky at bsky.social and atproto.com.',
    'did:plc:7x2mq4kds5yqv3o6lfxh2a4n', '2025-10-09T18:41:20.114Z',
  ],
};
